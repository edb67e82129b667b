import { LogoutButton } from "@/components/auth/logout-button";

export const metadata = { title: "Sign out" };

export default function LogoutPage() {
  return (
    <>
      <h1 className="text-xl font-semibold">Sign out</h1>
      <p className="mt-1 text-sm text-stone-600">On a shared or borrowed device, always sign out when you are done.</p>
      <LogoutButton />
    </>
  );
}
