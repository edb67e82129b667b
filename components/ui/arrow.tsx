import { cx } from "./cx";

/**
 * A direction-aware arrow for "back"/"previous" and "forward"/"next" links: it points the way
 * the page reads (mirrored in right-to-left pages). Decorative: the link's words say where it goes.
 *
 *   <Link href="/mentor/referrals"><Arrow to="back" /> {t("backToReferrals")}</Link>
 */
export function Arrow({ to, className }: { to: "back" | "forward"; className?: string }) {
  return (
    <span aria-hidden="true" className={cx("inline-block rtl:-scale-x-100", className)}>
      {to === "back" ? "←" : "→"}
    </span>
  );
}
