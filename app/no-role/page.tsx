import Link from "next/link";

export const metadata = { title: "No programme yet" };

export default function NoRole() {
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-16">
      <h1 className="text-2xl font-semibold">You are not in a programme yet</h1>
      <p className="mt-2 text-stone-600">
        Your account exists, but no coordinator has added you to a cohort. When they do, your home page appears here.
      </p>
      <p className="mt-4 text-stone-600">
        Want to take part? When a cohort is taking applications, you can apply to mentor or to be mentored.
      </p>
      <Link
        href="/apply"
        className="bg-brand-600 hover:bg-brand-700 mt-4 inline-flex min-h-11 items-center rounded-lg px-4 font-medium text-white"
      >
        Apply to the programme
      </Link>
      <br />
      <Link href="/logout" className="text-brand-700 mt-6 inline-block font-medium underline">
        Sign out
      </Link>
    </main>
  );
}
