import Link from "next/link";

export default function Forbidden() {
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-16">
      <p className="text-sm font-medium text-red-700">403</p>
      <h1 className="mt-1 text-2xl font-semibold">This page is not part of your role</h1>
      <p className="mt-2 text-stone-600">
        You are signed in, but this page belongs to another role in the programme. Your own home has everything you can
        do.
      </p>
      <Link href="/" className="text-brand-700 mt-6 inline-block font-medium underline">
        Go to your home
      </Link>
    </main>
  );
}
