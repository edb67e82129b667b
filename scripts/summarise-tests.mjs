#!/usr/bin/env node
/**
 * Sums test reports into ONE plain last line, `N passed, N failed` (what CI reads), and exits
 * 1 on any failure. Usage: node scripts/summarise-tests.mjs REPORT.json|DIR ...
 * Understands vitest's JSON reporter, Playwright's JSON reporter, and step records
 * `{"step": "next build", "ok": false}` written by scripts/test-all.sh and .ci/run.
 * A report that is named but missing (the runner crashed) counts as one failure.
 */
import fs from "node:fs";
import path from "node:path";

const args = process.argv.slice(2);
if (args.length === 0) {
  console.error("usage: summarise-tests.mjs REPORT.json|DIR ...");
  process.exit(2);
}

const files = args.flatMap((arg) =>
  fs.existsSync(arg) && fs.statSync(arg).isDirectory()
    ? fs
        .readdirSync(arg)
        .filter((f) => f.endsWith(".json"))
        .sort()
        .map((f) => path.join(arg, f))
    : [arg],
);

function count(report) {
  if (typeof report.step === "string") return { passed: 0, failed: report.ok ? 0 : 1, note: `step "${report.step}"` };

  if (report.stats && typeof report.stats.expected === "number") {
    // Playwright: top-level errors (web server did not start, no tests found…) are failures too.
    const { expected = 0, unexpected = 0, flaky = 0 } = report.stats;
    const errors = Array.isArray(report.errors) ? report.errors.length : 0;
    return {
      passed: expected + flaky,
      failed: unexpected + errors,
      note: errors ? `${errors} error(s) outside tests` : "",
    };
  }

  if (typeof report.numTotalTests === "number") {
    // vitest: a file that fails to load has no failed test, only a failed suite.
    let failed = report.numFailedTests ?? 0;
    const brokenFiles = (report.testResults ?? []).filter(
      (file) => file.status === "failed" && !(file.assertionResults ?? []).some((t) => t.status === "failed"),
    ).length;
    failed += brokenFiles;
    if (report.success === false && failed === 0) failed = 1; // e.g. unhandled errors
    return {
      passed: report.numPassedTests ?? 0,
      failed,
      note: brokenFiles ? `${brokenFiles} file(s) failed to run` : "",
    };
  }

  return { passed: 0, failed: 1, note: "unrecognised report format" };
}

let passed = 0;
let failed = 0;
for (const file of files) {
  let result;
  try {
    result = count(JSON.parse(fs.readFileSync(file, "utf8")));
  } catch (error) {
    result = {
      passed: 0,
      failed: 1,
      note: error.code === "ENOENT" ? "report missing (the runner did not finish)" : `unreadable: ${error.message}`,
    };
  }
  passed += result.passed;
  failed += result.failed;
  const name = path.basename(file, ".json");
  console.log(`  ${name}: passed ${result.passed}, failed ${result.failed}${result.note ? ` (${result.note})` : ""}`);
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
