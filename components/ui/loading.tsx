import { useTranslations } from "next-intl";

/** A calm placeholder while a page's data loads; announced once to screen readers. */
export function PageLoading({ label }: { label?: string }) {
  const t = useTranslations("ui");
  label ??= t("loading");
  return (
    <div role="status" aria-label={label} className="animate-pulse space-y-4">
      <div className="h-8 w-56 rounded-lg bg-stone-200" />
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className="h-24 rounded-xl bg-stone-200/70" />
        ))}
      </div>
      <div className="h-48 rounded-xl bg-stone-200/70" />
      <span className="sr-only">{label}…</span>
    </div>
  );
}
