import { redirect } from "next/navigation";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/session";

/** Everyone lands on the home of their first role; anonymous visitors sign in. */
export default async function Home() {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  const role = viewer.roles[0];
  if (!role) redirect("/no-role");
  redirect(ROLE_HOME[role]);
}
