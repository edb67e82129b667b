import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { connection } from "next/server";
import type { ReactNode } from "react";
import type { Messages } from "@/lib/i18n/catalog";
import { clientMessages } from "@/lib/i18n/client-messages";
import { isLocale, localeDir } from "@/lib/i18n/config";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return {
    title: { default: t("title"), template: `%s · ${t("title")}` },
    description: t("description"),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1f7168" };

/**
 * The reader's language (lib/i18n/server.ts) sets <html lang dir>: Persian mirrors every page
 * (the layout uses logical properties: docs/i18n.md). The provider hands the catalogs to client
 * components (useTranslations), less the namespaces only the server reads (lib/i18n/client-messages.ts).
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request, so Next.js can put this request's CSP nonce (proxy.ts) on
  // its scripts; a page prerendered at build time would carry none and be blocked.
  await connection();
  const locale = await getLocale();
  const dir = isLocale(locale) ? localeDir(locale) : "ltr";
  const messages = clientMessages((await getMessages()) as Messages);
  return (
    <html lang={locale} dir={dir}>
      <body className="font-sans">
        <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
