import Link from "next/link";
import { InvitationForm } from "@/components/people/invitation-form";
import { getInvitation } from "@/lib/people/queries";

export const metadata = { title: "Set your password", robots: { index: false } };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await getInvitation(token);
  if (!invitation) {
    return (
      <>
        <h1 className="text-xl font-semibold">This link no longer works</h1>
        <p className="mt-2 text-sm text-stone-600">
          It has expired or was already used. Ask your programme coordinator for a new invitation, or sign in if you
          have set your password.
        </p>
        <Link href="/login" className="text-brand-700 mt-4 inline-flex min-h-11 items-center font-medium underline">
          Sign in
        </Link>
      </>
    );
  }
  return (
    <>
      <h1 className="text-xl font-semibold">Welcome, {invitation.name}</h1>
      <p className="mt-1 text-sm text-stone-600">
        Set a password for <span className="font-medium break-all">{invitation.email}</span> to join the mentoring
        programme.
      </p>
      <InvitationForm token={token} email={invitation.email} />
    </>
  );
}
