"use client";
import Papa from "papaparse";
import { useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { DataTable, type Column } from "@/components/ui/data-table";
import { importPeopleAction, previewImportAction } from "@/lib/people/actions";
import {
  IMPORT_FIELDS,
  applyMapping,
  chunkRanges,
  guessMapping,
  mappingProblems,
  type ColumnMapping,
  type ImportField,
} from "@/lib/people/mapping";
import { groupProblems, type ProblemGroup, type RowProblems } from "@/lib/people/problems";
import { checkRows, MAX_CHUNK_ROWS } from "@/lib/people/rules";

type Row = Record<string, string>;
type Preview = {
  rows: number;
  updates: number;
  mentors: number;
  problemCount: number;
  fileProblems: string[];
  groups: ProblemGroup[];
};

/** Rows per request, and JSON bytes per request (server actions refuse bodies over 1 MB). */
const CHUNK_ROWS = Math.min(1000, MAX_CHUNK_ROWS);
const CHUNK_BYTES = 900_000;

const FIELD_LABEL: Record<ImportField, string> = {
  name: "Full name",
  firstName: "First name",
  lastName: "Last name",
  email: "Email",
  role: "Role (mentee or mentor)",
  phase: "Phase",
  year: "Year of study",
  studentNumber: "Student number",
  gender: "Gender",
  international: "International",
  dormitory: "Dormitory",
  languages: "Languages",
  motivation: "Motivation",
  availability: "Availability",
};

const EXAMPLE_COLUMNS: Column<ProblemGroup["examples"][number]>[] = [
  { key: "line", header: "Line", rowHeader: true, cell: (p) => p.line },
  { key: "person", header: "Person", cell: (p) => <span className="break-all">{p.name || p.email || "—"}</span> },
  { key: "problem", header: "Problem", cell: (p) => p.problem },
];

/**
 * CSV import in three steps (decision 129): choose the file; check which column holds which
 * field (guessed from the headers, changeable); the preview lists the problems grouped by kind
 * and nothing is written until the file is clean; then the rows go in chunks with progress.
 */
export function CsvImport({ cohortId }: { cohortId: string }) {
  const inputId = useId();
  const [file, setFile] = useState<{ name: string; headers: string[]; rows: Row[] } | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [preview, setPreview] = useState<Preview | null>(null);
  const [mapProblems, setMapProblems] = useState<string[]>([]);
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
          setError(
            `${result.error}${from > 0 ? ` (rows before line ${from + 2} were imported; importing the file again adds nobody twice)` : ""}`,
          );
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
        `Imported ${created + updated} people: ${created} added to the cohort (nobody is emailed yet: mentors are invited when accepted, mentees when the groups are published), ${updated} already in it (updated).`,
      );
    });
  }

  const clean = preview && preview.problemCount === 0;
  const first = file?.rows[0];
  return (
    <div className="space-y-4">
      <div className="space-y-1.5">
        <label htmlFor={inputId} className="block text-sm font-medium text-stone-800">
          CSV file of students
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
          Columns: name (or first and last name), email, and optionally role (mentee or mentor), phase (preclinical or
          clinical), year, student number (exam results can be imported by it), gender, international (yes/no),
          dormitory (yes/no), languages (separated by ;), motivation, availability. After choosing the file you can say
          which column is which. Re-importing updates people by email and adds nobody twice.
        </p>
      </div>
      {file ? (
        <fieldset className="space-y-3 rounded-lg border border-stone-200 p-4">
          <legend className="px-1 text-sm font-medium text-stone-800">Columns of the file</legend>
          <p className="text-sm text-stone-600">
            Which column of <bdi>{file.name}</bdi> holds what (guessed from its headers; change any of them).
          </p>
          <div className="grid gap-3 sm:grid-cols-2">
            {IMPORT_FIELDS.map((field) => {
              const id = `${inputId}-map-${field}`;
              const header = mapping[field];
              const sample = header !== undefined && first ? (first[header] ?? "").slice(0, 40) : "";
              return (
                <div key={field} className="space-y-1">
                  <label htmlFor={id} className="block text-sm font-medium text-stone-800">
                    {FIELD_LABEL[field]}
                  </label>
                  <select
                    id={id}
                    value={header ?? ""}
                    disabled={pending}
                    onChange={(e) => onMap(field, e.currentTarget.value)}
                    className="block min-h-11 w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm"
                  >
                    <option value="">— not in the file —</option>
                    {file.headers.map((h) => (
                      <option key={h} value={h}>
                        {h}
                      </option>
                    ))}
                  </select>
                  {sample ? (
                    <p className="truncate text-xs text-stone-500">
                      e.g. <bdi>{sample}</bdi>
                    </p>
                  ) : null}
                </div>
              );
            })}
          </div>
          {mapProblems.length ? (
            <ul role="alert" aria-label="Column problems" className="list-disc ps-5 text-sm text-red-800">
              {mapProblems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : null}
        </fieldset>
      ) : null}
      {pending && !progress ? (
        <p role="status" aria-label="Import progress" className="text-sm text-stone-700">
          Checking {file?.name ?? "the file"}…
        </p>
      ) : null}
      {progress ? (
        <div className="space-y-1">
          <progress
            aria-label={progress.verb === "Imported" ? "Import progress" : "Check progress"}
            className="w-full"
            max={progress.total}
            value={progress.done}
          />
          <p role="status" aria-live="polite" className="text-sm text-stone-700">
            {progress.verb} {progress.done} of {progress.total} rows…
          </p>
        </div>
      ) : null}
      {error ? (
        <div
          role="alert"
          aria-label="Import error"
          className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800"
        >
          {error}
        </div>
      ) : null}
      {done ? (
        <div
          role="status"
          aria-label="Import result"
          className="border-brand-200 bg-brand-50 text-brand-800 rounded-lg border px-4 py-3 text-sm"
        >
          {done}
        </div>
      ) : null}
      {preview && file ? (
        <section aria-label="Import preview" className="space-y-3">
          <p className="text-sm text-stone-800">
            <strong>
              <bdi>{file.name}</bdi>
            </strong>
            : {preview.rows} rows
            {preview.mentors ? `, ${preview.mentors} mentor applicants` : ""}, {preview.updates} update people already
            known (by email).
          </p>
          {clean ? (
            <>
              <p className="text-sm font-medium text-emerald-800">No problems found.</p>
              <Button type="button" onClick={onImport} pending={pending} pendingLabel="Importing…">
                Import {preview.rows} rows
              </Button>
            </>
          ) : (
            <div
              role="alert"
              aria-label="Import problems"
              className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900"
            >
              <p className="font-medium">
                {preview.problemCount} problem{preview.problemCount === 1 ? "" : "s"}: nothing was imported. Fix the
                file (or the columns above) and choose it again.
              </p>
              {preview.fileProblems.length ? (
                <ul className="mt-2 list-disc ps-5">
                  {preview.fileProblems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              ) : null}
              {preview.groups.map((g) => (
                <div key={g.kind} className="mt-3">
                  <p className="font-medium">{g.summary}</p>
                  <DataTable
                    className="mt-1"
                    tone="alert"
                    minWidth="min-w-full"
                    caption={g.count > g.examples.length ? `The first ${g.examples.length}` : "Problems by line"}
                    columns={EXAMPLE_COLUMNS}
                    rows={g.examples}
                    rowKey={(p) => `${p.line}-${p.problem}`}
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
