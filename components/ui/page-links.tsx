import Link from "next/link";
import { useTranslations } from "next-intl";
import { pageWindow } from "@/lib/pagination";
import { cx } from "./cx";

/**
 * Numbered page links for a long list: the first, the last and two either side of the current
 * page (lib/pagination.ts), "…" between, so a list of 50,000 people has 7 links, not 1,000.
 * `href(n)` builds each page's URL (keep the list's filters in it).
 */
export function PageLinks({
  page,
  pages,
  href,
  label,
}: {
  page: number;
  pages: number;
  href: (n: number) => string;
  label: string;
}) {
  const t = useTranslations("ui.pages");
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className="mt-4 flex flex-wrap items-center gap-2 text-sm">
      {pageWindow(page, pages).map((n, i) =>
        n === null ? (
          <span key={`gap-${i}`} aria-hidden className="px-1 text-stone-500">
            …
          </span>
        ) : (
          <Link
            key={n}
            href={href(n)}
            aria-current={n === page ? "page" : undefined}
            aria-label={t("page", { n })}
            className={cx(
              "inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg border px-2 tabular-nums",
              n === page ? "border-brand-600 bg-brand-600 text-white" : "border-stone-300 hover:bg-stone-100",
            )}
          >
            {t("number", { n })}
          </Link>
        ),
      )}
    </nav>
  );
}
