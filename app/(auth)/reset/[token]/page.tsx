import { ResetForm } from "@/components/auth/reset-form";

export const metadata = { title: "Choose a new password", robots: { index: false }, referrer: "no-referrer" };

/** The token is checked when the form is sent (publicAction), so this page reveals nothing about it. */
export default async function ResetPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <>
      <h1 className="text-xl font-semibold">Choose a new password</h1>
      <p className="mt-1 text-sm text-stone-600">Every device where you are signed in will be signed out.</p>
      <ResetForm token={token} />
    </>
  );
}
