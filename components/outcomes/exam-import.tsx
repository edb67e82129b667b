"use client";
import { useTranslations } from "next-intl";
import Papa from "papaparse";
import { useId, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { importExamResultsAction, previewExamImportAction } from "@/lib/outcomes/actions";
import type { Problem } from "@/lib/outcomes/rules";
import { normaliseHeader } from "@/lib/people/rules";

type Row = Record<string, string>;
type LineProblem = { line: number; email: string; problems: Problem[] };
type UnknownNumber = { number: string; line: number };
/** At most this many unknown student numbers are listed (the count is always given). */
const SHOW_NUMBERS = 50;
const CHUNK = 250;

/**
 * The exam-results import: every chunk is checked on the server (preview, nothing written) and
 * problems are listed by line; then the valid rows are imported in chunks, the others skipped.
 */
export function ExamImport() {
  const t = useTranslations("outcomes");
  const inputId = useId();
  const statusRef = useRef<HTMLDivElement>(null);
  const [rows, setRows] = useState<Row[] | null>(null);
  const [file, setFile] = useState("");
  const [preview, setPreview] = useState<{
    rows: number;
    valid: number;
    problems: LineProblem[];
    unknownNumbers: UnknownNumber[];
    fileProblems: Problem[];
  } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [pending, start] = useTransition();
  const say = (p: Problem) => t(p.key.replace(/^outcomes\./, "") as never, p.values as never);
  const focusStatus = () => requestAnimationFrame(() => statusRef.current?.focus());

  async function inChunks<T extends { ok: boolean }>(data: Row[], send: (chunk: Row[], offset: number) => Promise<T>) {
    const results: T[] = [];
    for (let i = 0; i < data.length; i += CHUNK) {
      const r = await send(data.slice(i, i + CHUNK), i);
      results.push(r);
      if (!r.ok) break;
      setProgress({ done: Math.min(data.length, i + CHUNK), total: data.length });
    }
    setProgress(null);
    return results;
  }

  function onFile(f: File | undefined) {
    setPreview(null);
    setMessage(null);
    setError(null);
    setRows(null);
    if (!f) return;
    setFile(f.name);
    start(async () => {
      const parsed = Papa.parse<Row>(await f.text(), {
        header: true,
        skipEmptyLines: "greedy",
        transformHeader: normaliseHeader,
      });
      setRows(parsed.data);
      const results = await inChunks(parsed.data, (rows, offset) => previewExamImportAction(null, { rows, offset }));
      const bad = results.find((r) => !r.ok);
      if (bad && !bad.ok) setError(bad.error);
      else
        setPreview({
          rows: parsed.data.length,
          valid: results.reduce((a, r) => a + (r.ok ? r.data.valid : 0), 0),
          problems: results.flatMap((r) => (r.ok ? r.data.problems : [])),
          unknownNumbers: results.flatMap((r) => (r.ok ? r.data.unknownNumbers : [])),
          fileProblems: results[0]?.ok ? results[0].data.fileProblems : [],
        });
      focusStatus();
    });
  }

  function onImport() {
    if (!rows) return;
    start(async () => {
      const results = await inChunks(rows, (chunk, offset) => importExamResultsAction(null, { rows: chunk, offset }));
      const bad = results.find((r) => !r.ok);
      if (bad && !bad.ok) setError(bad.error);
      else {
        const imported = results.reduce((a, r) => a + (r.ok ? r.data.imported : 0), 0);
        const skipped = results.reduce((a, r) => a + (r.ok ? r.data.skipped : 0), 0);
        setMessage(t("done", { count: imported, skipped }));
        setPreview(null);
        setRows(null);
      }
      focusStatus();
    });
  }

  return (
    <div className="space-y-4">
      <div className="space-y-1.5">
        <label htmlFor={inputId} className="block text-sm font-medium text-stone-800">
          {t("import.file")}
        </label>
        <input
          id={inputId}
          type="file"
          accept=".csv,text/csv"
          aria-describedby={`${inputId}-hint`}
          onChange={(e) => onFile(e.currentTarget.files?.[0])}
          className="block min-h-11 w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm file:me-3 file:rounded-md file:border-0 file:bg-stone-100 file:px-3 file:py-1.5"
        />
        <p id={`${inputId}-hint`} className="text-sm text-stone-600">
          {t("import.hint")}
        </p>
      </div>
      <div ref={statusRef} tabIndex={-1} role="status" aria-label={t("import.status")} className="space-y-2 text-sm">
        {pending && !progress && <p>{t("import.checking", { file })}</p>}
        {progress && (
          <>
            <progress className="w-full" max={progress.total} value={progress.done} />
            <p>{t("import.progress", progress)}</p>
          </>
        )}
        {message && (
          <p className="border-brand-200 bg-brand-50 text-brand-800 rounded-lg border px-4 py-3">{message}</p>
        )}
        {error && <p className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-red-800">{error}</p>}
        {preview && <p>{t("import.summary", { file, rows: preview.rows, valid: preview.valid })}</p>}
      </div>
      {preview && (
        <section aria-label={t("import.title")} className="space-y-3">
          {preview.fileProblems.length > 0 ? (
            <div className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900">
              <p className="font-medium">{t("import.fileProblems")}</p>
              <ul className="mt-2 list-disc ps-5">
                {preview.fileProblems.map((p) => (
                  <li key={p.key + JSON.stringify(p.values)}>{say(p)}</li>
                ))}
              </ul>
            </div>
          ) : (
            <>
              {preview.unknownNumbers.length > 0 && (
                <div className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
                  <p className="font-medium">{t("import.unknownNumbers", { count: preview.unknownNumbers.length })}</p>
                  <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1" aria-label={t("import.unknownList")}>
                    {preview.unknownNumbers.slice(0, SHOW_NUMBERS).map((u) => (
                      <li key={u.line}>{t("import.unknownNumber", { number: u.number, line: u.line })}</li>
                    ))}
                  </ul>
                  {preview.unknownNumbers.length > SHOW_NUMBERS && (
                    <p className="mt-2">
                      {t("import.moreNumbers", { count: preview.unknownNumbers.length - SHOW_NUMBERS })}
                    </p>
                  )}
                </div>
              )}
              {preview.problems.length > 0 && (
                <div className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900">
                  <p className="font-medium">{t("import.problemsTitle", { count: preview.problems.length })}</p>
                  <DataTable<LineProblem>
                    className="mt-3"
                    tone="alert"
                    minWidth="min-w-full"
                    caption={t("import.problemsTitle", { count: preview.problems.length })}
                    rows={preview.problems}
                    rowKey={(p) => p.line}
                    columns={[
                      { key: "line", header: t("import.line"), rowHeader: true, cell: (p) => p.line },
                      {
                        key: "email",
                        header: t("import.student"),
                        cell: (p) => <span className="break-all">{p.email || "—"}</span>,
                      },
                      { key: "problem", header: t("import.problem"), cell: (p) => p.problems.map(say).join(" ") },
                    ]}
                  />
                </div>
              )}
              {preview.valid > 0 && (
                <Button type="button" onClick={onImport} pending={pending}>
                  {t("import.submit", { count: preview.valid })}
                </Button>
              )}
            </>
          )}
        </section>
      )}
    </div>
  );
}
