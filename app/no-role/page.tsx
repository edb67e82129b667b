import Link from "next/link";

export const metadata = { title: "No programme yet" };

export default function NoRole() {
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-16">
      <h1 className="text-2xl font-semibold">You are not in a programme yet</h1>
      <p className="mt-2 text-stone-600">
        Your account exists, but no coordinator has added you to a cohort. When they do, your home page appears here.
      </p>
      <Link href="/logout" className="mt-6 inline-block font-medium text-brand-700 underline">
        Sign out
      </Link>
    </main>
  );
}
