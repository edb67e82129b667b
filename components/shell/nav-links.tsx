"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cx } from "@/components/ui/cx";
import type { NavItem } from "./nav";

export function NavLinks({ items, label }: { items: NavItem[]; label: string }) {
  const pathname = usePathname();
  const t = useTranslations();
  return (
    <nav aria-label={label} className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <ul className="flex min-w-max gap-1">
        {items.map((item) => {
          const current =
            pathname === item.href || (item.href.split("/").length > 2 && pathname.startsWith(item.href + "/"));
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={cx(
                  "inline-flex min-h-11 items-center rounded-lg px-3 text-sm font-medium",
                  current ? "bg-brand-50 text-brand-800" : "text-stone-700 hover:bg-stone-100",
                )}
              >
                {/* i18n-keys: shell.nav.* (the labels in nav.ts) */}
                {t.has(item.label) ? t(item.label) : item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
