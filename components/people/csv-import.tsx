"use client";
import { useLocale, useTranslations } from "next-intl";
import Papa from "papaparse";
import { useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { Locale } from "@/lib/i18n/config";
import { formatter } from "@/lib/i18n/format";
import { DataTable, type Column } from "@/components/ui/data-table";
import { importPeopleAction, previewImportAction } from "@/lib/people/actions";
import {
  IMPORT_FIELDS,
  applyMapping,
  chunkRanges,
  guessMapping,
  mappingProblems,
  type MappingProblem,
  type ColumnMapping,
  type ImportField,
} from "@/lib/people/mapping";
import type { MsgDescriptor } from "@/lib/i18n/msg";
import {
  groupMessage,
  groupProblems,
  problemKind,
  type ProblemGroup,
  type RowProblem,
  type RowProblems,
} from "@/lib/people/problems";
import { checkRows, MAX_CHUNK_ROWS } from "@/lib/people/rules";

type Row = Record<string, string>;
type Preview = {
  rows: number;
  updates: number;
  mentors: number;
  problemCount: number;
  fileProblems: MsgDescriptor[];
  groups: ProblemGroup[];
};

/** Rows per request, and JSON bytes per request (server actions refuse bodies over 1 MB). */
const CHUNK_ROWS = Math.min(1000, MAX_CHUNK_ROWS);
const CHUNK_BYTES = 900_000;

/**
 * CSV import in three steps (decision 129): choose the file; check which column holds which
 * field (guessed from the headers, changeable); the preview lists the problems grouped by kind
 * and nothing is written until the file is clean; then the rows go in chunks with progress.
 */
export function CsvImport({ cohortId }: { cohortId: string }) {
  const inputId = useId();
  const t = useTranslations("roster.csv");
  const f = formatter(useLocale() as Locale);
  // counts without grouping ("3000 rows"), in the reader's digits
  const n = (x: number) => f.number(x, { useGrouping: false });
  const say = (m: ReturnType<typeof groupMessage>) => t(m.key, m.values);
  // a row's problem and a file's problem in the reader's language (roster.csv.rowProblem.*, fileProblem.*)
  const sayProblem = (p: RowProblem) => t(`rowProblem.${problemKind(p)}`, p.values);
  const sayFileProblem = (p: MsgDescriptor) => t(`fileProblem.${p.key.split(".").pop()}`, p.values);
  const exampleColumns: Column<ProblemGroup["examples"][number]>[] = [
    { key: "line", header: t("line"), rowHeader: true, cell: (p) => n(p.line) },
    { key: "person", header: t("person"), cell: (p) => <span className="break-all">{p.name || p.email || "—"}</span> },
    { key: "problem", header: t("problem"), cell: (p) => sayProblem(p.problem) },
  ];
  const [file, setFile] = useState<{ name: string; headers: string[]; rows: Row[] } | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [preview, setPreview] = useState<Preview | null>(null);
  const [mapProblems, setMapProblems] = useState<MappingProblem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ verb: string; done: number; total: number } | null>(null);
  const [pending, start] = useTransition();

  /**
   * Checks the file as mapped: in the browser, then (when clean) on the server. The caller
   * clears the last preview first, outside the transition (inside it, the old preview and its
   * Import button would stay on screen until the new check ends).
   */
  async function check(f: { headers: string[]; rows: Row[] }, m: ColumnMapping) {
    const missing = mappingProblems(m, f.headers);
    setMapProblems(missing);
    if (missing.length) return;
    const rows = applyMapping(f.rows, m);
    // The whole file first, in the browser (duplicates across chunks, rows of any kind)…
    const local = checkRows(rows);
    if (local.problemCount > 0) {
      setPreview({
        rows: rows.length,
        updates: 0,
        mentors: local.checks.filter((c) => c.person?.kind === "MENTOR").length,
        problemCount: local.problemCount,
        fileProblems: local.fileProblems,
        groups: groupProblems(local.checks.filter((c) => c.problems.length)),
      });
      return;
    }
    // …then the server, chunk by chunk (who is already in the cohort, student numbers taken).
    let updates = 0;
    let mentors = 0;
    let problemCount = 0;
    const problems: RowProblems[] = [];
    setProgress({ verb: "Checked", done: 0, total: rows.length });
    for (const [from, to] of chunkRanges(rows, CHUNK_ROWS, CHUNK_BYTES)) {
      const result = await previewImportAction(null, { cohortId, rows: rows.slice(from, to), offset: from });
      if (!result.ok) {
        setError(result.error);
        setProgress(null);
        return;
      }
      updates += result.data.updates;
      mentors += result.data.mentors;
      problemCount += result.data.problemCount;
      problems.push(...result.data.problems);
      setProgress({ verb: "Checked", done: to, total: rows.length });
    }
    setProgress(null);
    setPreview({
      rows: rows.length,
      updates,
      mentors,
      problemCount,
      fileProblems: [],
      groups: groupProblems(problems),
    });
  }

  function onFile(chosen: File | undefined) {
    setFile(null);
    setPreview(null);
    setDone(null);
    setError(null);
    setMapProblems([]);
    if (!chosen) return;
    start(async () => {
      const text = await chosen.text();
      const parsed = Papa.parse<Row>(text, {
        header: true,
        skipEmptyLines: "greedy",
        transformHeader: (h) => h.replace(/^\uFEFF/, "").trim(),
      });
      const headers = (parsed.meta.fields ?? []).filter(Boolean);
      const f = { name: chosen.name, headers, rows: parsed.data };
      const m = guessMapping(headers);
      setFile(f);
      setMapping(m);
      await check(f, m);
    });
  }

  function onMap(field: ImportField, header: string) {
    if (!file) return;
    const m = { ...mapping };
    if (header) m[field] = header;
    else delete m[field];
    setMapping(m);
    setPreview(null);
    setError(null);
    setDone(null);
    start(() => check(file, m));
  }

  function onImport() {
    if (!file) return;
    const rows = applyMapping(file.rows, mapping);
    setError(null);
    setProgress({ verb: "Imported", done: 0, total: rows.length });
    start(async () => {
      let created = 0;
      let updated = 0;
      for (const [from, to] of chunkRanges(rows, CHUNK_ROWS, CHUNK_BYTES)) {
        const result = await importPeopleAction(null, { cohortId, rows: rows.slice(from, to), offset: from });
        if (!result.ok) {
          setError(`${result.error}${from > 0 ? t("partly", { line: n(from + 2) }) : ""}`);
          setProgress(null);
          return;
        }
        created += result.data.newMemberships;
        updated += result.data.updatedMemberships;
        setProgress({ verb: "Imported", done: to, total: rows.length });
      }
      setProgress(null);
      setPreview(null);
      setFile(null);
      setDone(
        t("done", { count: created + updated, total: n(created + updated), created: n(created), updated: n(updated) }),
      );
    });
  }

  const clean = preview && preview.problemCount === 0;
  const first = file?.rows[0];
  return (
    <div className="space-y-4">
      <div className="space-y-1.5">
        <label htmlFor={inputId} className="block text-sm font-medium text-stone-800">
          {t("file")}
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
          {t("hint")}
        </p>
      </div>
      {file ? (
        <fieldset className="space-y-3 rounded-lg border border-stone-200 p-4">
          <legend className="px-1 text-sm font-medium text-stone-800">{t("columns")}</legend>
          <p className="text-sm text-stone-600">
            {t.rich("columnsIntro", { file: file.name, bdi: (c) => <bdi>{c}</bdi> })}
          </p>
          <div className="grid gap-3 sm:grid-cols-2">
            {IMPORT_FIELDS.map((field) => {
              const id = `${inputId}-map-${field}`;
              const header = mapping[field];
              const sample = header !== undefined && first ? (first[header] ?? "").slice(0, 40) : "";
              return (
                <div key={field} className="space-y-1">
                  <label htmlFor={id} className="block text-sm font-medium text-stone-800">
                    {t(`field.${field}`)}
                  </label>
                  <select
                    id={id}
                    value={header ?? ""}
                    disabled={pending}
                    onChange={(e) => onMap(field, e.currentTarget.value)}
                    className="block min-h-11 w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm"
                  >
                    <option value="">{t("notInFile")}</option>
                    {file.headers.map((h) => (
                      <option key={h} value={h}>
                        {h}
                      </option>
                    ))}
                  </select>
                  {sample ? (
                    <p className="truncate text-xs text-stone-500">
                      {t.rich("example", { sample, bdi: (c) => <bdi>{c}</bdi> })}
                    </p>
                  ) : null}
                </div>
              );
            })}
          </div>
          {mapProblems.length ? (
            <ul role="alert" aria-label={t("columnProblems")} className="list-disc ps-5 text-sm text-red-800">
              {mapProblems.map((p) => (
                <li key={JSON.stringify(p)}>{t(`mapping.${p.code}`, "header" in p ? p : {})}</li>
              ))}
            </ul>
          ) : null}
        </fieldset>
      ) : null}
      {pending && !progress ? (
        <p role="status" aria-label={t("importProgress")} className="text-sm text-stone-700">
          {file ? t("checking", { file: file.name }) : t("checkingFile")}
        </p>
      ) : null}
      {progress ? (
        <div className="space-y-1">
          <progress
            aria-label={progress.verb === "Imported" ? t("importProgress") : t("checkProgress")}
            className="w-full"
            max={progress.total}
            value={progress.done}
          />
          <p role="status" aria-live="polite" className="text-sm text-stone-700">
            {progress.verb === "Imported"
              ? t("imported", { count: progress.total, done: n(progress.done), total: n(progress.total) })
              : t("checked", { count: progress.total, done: n(progress.done), total: n(progress.total) })}
          </p>
        </div>
      ) : null}
      {error ? (
        <div
          role="alert"
          aria-label={t("error")}
          className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800"
        >
          {error}
        </div>
      ) : null}
      {done ? (
        <div
          role="status"
          aria-label={t("result")}
          className="border-brand-200 bg-brand-50 text-brand-800 rounded-lg border px-4 py-3 text-sm"
        >
          {done}
        </div>
      ) : null}
      {preview && file ? (
        <section aria-label={t("preview")} className="space-y-3">
          <p className="text-sm text-stone-800">
            {t.rich("summary", {
              file: file.name,
              count: preview.rows,
              rows: n(preview.rows),
              mentors: preview.mentors ? n(preview.mentors) : "none",
              updates: n(preview.updates),
              b: (c) => <strong>{c}</strong>,
              bdi: (c) => <bdi>{c}</bdi>,
            })}
          </p>
          {clean ? (
            <>
              <p className="text-sm font-medium text-emerald-800">{t("clean")}</p>
              <Button type="button" onClick={onImport} pending={pending} pendingLabel={t("importing")}>
                {t("import", { count: preview.rows, rows: n(preview.rows) })}
              </Button>
            </>
          ) : (
            <div
              role="alert"
              aria-label={t("problems")}
              className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900"
            >
              <p className="font-medium">
                {t("problemCount", { count: preview.problemCount, n: n(preview.problemCount) })}
              </p>
              {preview.fileProblems.length ? (
                <ul className="mt-2 list-disc ps-5">
                  {preview.fileProblems.map((p) => (
                    <li key={p.key}>{sayFileProblem(p)}</li>
                  ))}
                </ul>
              ) : null}
              {preview.groups.map((g) => (
                <div key={g.kind} className="mt-3">
                  <p className="font-medium">{say(groupMessage(g, n))}</p>
                  <DataTable
                    className="mt-1"
                    tone="alert"
                    minWidth="min-w-full"
                    caption={g.count > g.examples.length ? t("firstN", { n: n(g.examples.length) }) : t("byLine")}
                    columns={exampleColumns}
                    rows={g.examples}
                    rowKey={(p) => `${p.line}-${p.problem.key}`}
                  />
                </div>
              ))}
            </div>
          )}
        </section>
      ) : null}
    </div>
  );
}
