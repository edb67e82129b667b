import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-16">
      <p className="text-sm font-medium text-stone-500">404</p>
      <h1 className="mt-1 text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-stone-600">The link may be old, or the page may have moved.</p>
      <Link href="/" className="text-brand-700 mt-6 inline-block font-medium underline">
        Go to your home
      </Link>
    </main>
  );
}
