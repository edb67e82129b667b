"use client";
import { Button } from "@/components/ui/button";

/** Unexpected errors: a calm message and the reference the server logged (no details). */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-16">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-stone-600">
        This page could not be shown. Please try again; if it keeps happening, tell your coordinator
        {error.digest ? (
          <>
            {" "}
            and mention reference <code className="rounded bg-stone-100 px-1">{error.digest}</code>
          </>
        ) : null}
        .
      </p>
      <Button className="mt-6" onClick={reset}>
        Try again
      </Button>
    </main>
  );
}
