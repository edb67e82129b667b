import { redirect } from "next/navigation";
import { ProfileForm } from "@/components/profile/profile-form";
import { Card, CardHeader, PageHeader } from "@/components/ui/card";
import { getSessionUserId } from "@/lib/auth/session";
import { getOwnProfile } from "@/lib/profile/queries";

export const metadata = { title: "Your details" };

export default async function SettingsPage() {
  const userId = await getSessionUserId();
  if (!userId) redirect("/login?callbackUrl=/settings");
  const profile = await getOwnProfile(userId);
  if (!profile) redirect("/login");
  return (
    <>
      <PageHeader title="Your details" description={`${profile.name} · ${profile.email}`} />
      <Card className="max-w-xl" aria-labelledby="contact-heading">
        <CardHeader
          id="contact-heading"
          title="How to reach you"
          description="Your mentors, co-mentor or mentees see these, so they can contact you the way you prefer."
        />
        <ProfileForm initial={{ phone: profile.phone ?? "", preferredChannel: profile.preferredChannel ?? "" }} />
      </Card>
    </>
  );
}
