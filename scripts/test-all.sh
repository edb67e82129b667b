#!/usr/bin/env bash
# npm test: every test in one command.
#   1. vitest: unit + integration (a fresh migrated database per test file: PGlite, or the
#      server in TEST_DATABASE_URL)
#   2. next build
#   3. Playwright e2e against `next start` on a throwaway database (playwright.config.ts)
# JSON reports go to .ci-out/; the last line is `N passed, N failed`; exits 1 on any failure.
# Type checking and lint are separate (npm run typecheck / npm run lint; CI runs both).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
export NEXT_TELEMETRY_DISABLED=1
export NEXTAUTH_SECRET="${NEXTAUTH_SECRET:-test-only-secret-never-use-in-production-3f9a1c}"

OUT="${CI_OUT:-.ci-out}"
mkdir -p "$OUT"
is_pg() { [[ "${1:-}" =~ ^postgres(ql)?:// ]] && [[ ! "${1:-}" =~ ^postgres(ql)?://pglite/ ]]; }
if is_pg "${TEST_DATABASE_URL:-}"; then VITEST_DB=pg; else VITEST_DB=pglite; fi
if is_pg "${DATABASE_URL:-}"; then E2E_DB=pg; else E2E_DB=pglite; fi
VITEST_JSON="$OUT/vitest-$VITEST_DB.json"
E2E_JSON="$OUT/e2e-$E2E_DB.json"
STEP_JSON="$OUT/steps-npm-test.json"
rm -f "$VITEST_JSON" "$E2E_JSON" "$STEP_JSON"
REPORTS=("$VITEST_JSON")

T0=$SECONDS
step() { # step NAME CMD...: runs CMD, prints a timed line, returns its exit code
  local name="$1" t=$SECONDS rc
  shift
  echo "::: $name"
  "$@"
  rc=$?
  echo "::: $name $((SECONDS - t))s$([ "$rc" = 0 ] || echo " (exit $rc)")"
  return "$rc"
}
step_failed() { # records a failed step that has no test report of its own
  printf '{"step": "%s", "ok": false}\n' "$1" >"$STEP_JSON"
  REPORTS+=("$STEP_JSON")
}

# 1. unit + integration
step "vitest ($VITEST_DB)" vitest run --reporter=default --reporter=json --outputFile.json="$VITEST_JSON"

# 2. production build, which e2e runs against
if step "next build" next build; then
  # 3. a browser: Debian's chromium (never `playwright install`: no download host here)
  CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
  #    and fonts for Persian and Korean, so screenshots show glyphs, not boxes (docs/i18n.md)
  PKGS=()
  [ -x "$CHROMIUM" ] || PKGS+=(chromium)
  fc-list "Noto Sans Arabic" 2>/dev/null | grep -q . || PKGS+=(fonts-noto-core)
  fc-list "Noto Sans CJK KR" 2>/dev/null | grep -q . || PKGS+=(fonts-noto-cjk)
  if [ "${#PKGS[@]}" -gt 0 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    step "apt-get install ${PKGS[*]}" bash -c "apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${PKGS[*]} >/dev/null"
  fi
  if [ -x "$CHROMIUM" ]; then
    REPORTS+=("$E2E_JSON")
    PLAYWRIGHT_JSON_OUTPUT_NAME="$E2E_JSON" step "playwright e2e ($E2E_DB)" playwright test --reporter=list,json
  else
    echo "npm test: no Chromium at $CHROMIUM, so the e2e suite cannot run." >&2
    echo "  Install Debian's: sudo apt-get install -y chromium (or set CHROMIUM_PATH to a Chromium binary)." >&2
    step_failed "e2e: chromium missing"
  fi
else
  echo "npm test: next build failed, so the e2e suite did not run." >&2
  step_failed "next build"
fi

echo "::: npm test $((SECONDS - T0))s"
node scripts/summarise-tests.mjs "${REPORTS[@]}"
