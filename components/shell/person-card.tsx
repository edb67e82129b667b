import { useTranslations } from "next-intl";
import { PhaseBadge } from "@/components/ui/badge";
import type { LABEL } from "@/lib/format";

export interface PersonInfo {
  name: string;
  email: string;
  phone: string | null;
  preferredChannel: keyof typeof LABEL.channel | null;
  phase?: "CLINICAL" | "PRECLINICAL";
  yearOfStudy?: number | null;
}

/** A mentor or co-mentor with the ways to reach them (tap to call or email on a phone). */
export function PersonCard({ person, caption }: { person: PersonInfo; caption?: string }) {
  const t = useTranslations("shell.person");
  const tc = useTranslations("common");
  return (
    <article className="rounded-xl border border-stone-200 bg-white p-4 shadow-xs">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="text-base font-semibold text-stone-900">
          <bdi>{person.name}</bdi>
        </h3>
        {person.phase ? <PhaseBadge phase={person.phase} /> : null}
      </div>
      {caption || person.yearOfStudy ? (
        <p className="mt-1 text-sm text-stone-600">
          {[caption, person.yearOfStudy ? t("yearOfStudy", { year: person.yearOfStudy }) : null]
            .filter(Boolean)
            .join(" · ")}
        </p>
      ) : null}
      <ul className="mt-3 flex flex-wrap gap-2 text-sm">
        <li>
          <a
            className="text-brand-700 hover:bg-brand-50 inline-flex min-h-11 items-center rounded-lg border border-stone-300 px-3 font-medium"
            href={`mailto:${person.email}`}
          >
            <span>
              {t("email")} <span className="sr-only">{person.name}</span>
            </span>
          </a>
        </li>
        {person.phone ? (
          <li>
            <a
              className="text-brand-700 hover:bg-brand-50 inline-flex min-h-11 items-center rounded-lg border border-stone-300 px-3 font-medium"
              href={`tel:${person.phone.replace(/[^+0-9]/g, "")}`}
            >
              {/* one child of the flex link: as separate flex items the words and the number lose the
                  space between them, and the number runs into the Persian ("تماس با+49 …") */}
              <span>{t.rich("call", { phone: person.phone, ltr: (chunks) => <bdi dir="ltr">{chunks}</bdi> })}</span>
            </a>
          </li>
        ) : null}
      </ul>
      {person.preferredChannel ? (
        <p className="mt-2 text-sm text-stone-600">
          {t("prefers", { channel: tc(`channel.${person.preferredChannel}`) })}
        </p>
      ) : null}
    </article>
  );
}
