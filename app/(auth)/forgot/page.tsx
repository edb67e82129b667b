import { ForgotForm } from "@/components/auth/forgot-form";

export const metadata = { title: "Reset your password", robots: { index: false } };

export default function ForgotPage() {
  return (
    <>
      <h1 className="text-xl font-semibold">Reset your password</h1>
      <p className="mt-1 text-sm text-stone-600">
        Enter the email you sign in with. If it belongs to an account, we send it a link to choose a new password.
      </p>
      <ForgotForm />
    </>
  );
}
