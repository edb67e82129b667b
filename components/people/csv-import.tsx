"use client";
import Papa from "papaparse";
import { useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { DataTable, type Column } from "@/components/ui/data-table";
import { importPeopleAction, previewImportAction } from "@/lib/people/actions";
import { normaliseHeader } from "@/lib/people/rules";

type Row = Record<string, string>;
type Preview = {
  rows: number;
  updates: number;
  mentors: number;
  problemCount: number;
  fileProblems: string[];
  problems: { line: number; name: string; email: string; problems: string[] }[];
};

const CHUNK = 250;

const PROBLEM_COLUMNS: Column<Preview["problems"][number]>[] = [
  { key: "line", header: "Line", rowHeader: true, cell: (p) => p.line },
  { key: "person", header: "Person", cell: (p) => <span className="break-all">{p.name || p.email || "—"}</span> },
  { key: "problem", header: "Problem", cell: (p) => p.problems.join(" ") },
];

/**
 * CSV import in two steps: the preview lists every row's problems and nothing is written until
 * the file is clean; then the rows go in chunks (with progress for large files).
 */
export function CsvImport({ cohortId }: { cohortId: string }) {
  const inputId = useId();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [fileName, setFileName] = useState("");
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [pending, start] = useTransition();

  function onFile(file: File | undefined) {
    setPreview(null);
    setDone(null);
    setError(null);
    setRows(null);
    if (!file) return;
    setFileName(file.name);
    start(async () => {
      const text = await file.text();
      const parsed = Papa.parse<Row>(text, {
        header: true,
        skipEmptyLines: "greedy",
        transformHeader: normaliseHeader,
      });
      const data = parsed.data;
      setRows(data);
      const result = await previewImportAction(null, { cohortId, rows: data, offset: 0 });
      if (!result.ok) setError(result.error);
      else setPreview(result.data);
    });
  }

  function onImport() {
    if (!rows) return;
    start(async () => {
      let created = 0;
      let updated = 0;
      setProgress({ done: 0, total: rows.length });
      for (let i = 0; i < rows.length; i += CHUNK) {
        const result = await importPeopleAction(null, { cohortId, rows: rows.slice(i, i + CHUNK), offset: i });
        if (!result.ok) {
          setError(`${result.error}${i > 0 ? ` (rows before line ${i + 2} were imported)` : ""}`);
          setProgress(null);
          return;
        }
        created += result.data.newMemberships;
        updated += result.data.updatedMemberships;
        setProgress({ done: Math.min(rows.length, i + CHUNK), total: rows.length });
      }
      setProgress(null);
      setPreview(null);
      setRows(null);
      setDone(
        `Imported ${created + updated} people: ${created} added to the cohort (nobody is emailed yet: mentors are invited when accepted, mentees when the groups are published), ${updated} already in it (updated).`,
      );
    });
  }

  const clean = preview && preview.problemCount === 0;
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
          className="block min-h-11 w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm file:mr-3 file:rounded-md file:border-0 file:bg-stone-100 file:px-3 file:py-1.5"
        />
        <p id={`${inputId}-hint`} className="text-sm text-stone-600">
          Columns: name, email, and optionally role (mentee or mentor), phase (preclinical or clinical), year, student
          number (exam results can be imported by it), gender, international (yes/no), dormitory (yes/no), languages
          (separated by ;), motivation, availability. Re-importing updates people by email.
        </p>
      </div>
      {pending && !progress ? (
        <p role="status" aria-label="Import progress" className="text-sm text-stone-700">
          Checking {fileName}…
        </p>
      ) : null}
      {progress ? (
        <div role="status" aria-label="Import progress" className="space-y-1">
          <progress className="w-full" max={progress.total} value={progress.done} />
          <p className="text-sm text-stone-700">
            Imported {progress.done} of {progress.total} rows…
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
      {preview ? (
        <section aria-label="Import preview" className="space-y-3">
          <p className="text-sm text-stone-800">
            <strong>{fileName}</strong>: {preview.rows} rows
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
                file and choose it again.
              </p>
              {preview.fileProblems.length ? (
                <ul className="mt-2 list-disc pl-5">
                  {preview.fileProblems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              ) : null}
              {preview.problems.length ? (
                <DataTable
                  className="mt-3"
                  tone="alert"
                  minWidth="min-w-full"
                  caption="Problems by line"
                  columns={PROBLEM_COLUMNS}
                  rows={preview.problems}
                  rowKey={(p) => p.line}
                />
              ) : null}
            </div>
          )}
        </section>
      ) : null}
    </div>
  );
}
