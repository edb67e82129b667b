import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "DuoMentor", template: "%s · DuoMentor" },
  description: "Dual peer mentoring for first-year medical students: clinical and preclinical mentor pairs.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1f7168" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="font-sans">{children}</body>
    </html>
  );
}
