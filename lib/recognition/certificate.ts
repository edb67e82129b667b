/**
 * Volunteer-hours certificates as a PDF (one page per mentor), in one language: the mentor's
 * name, the programme and cohort, role and phase, the approved hours, the dates, the
 * supervisors' and coordinators' names, and the verification code with its URL.
 */
import { formatter } from "../i18n/format";
import { LOCALE_INFO, type Locale } from "../i18n/config";
import { translator } from "../i18n/translate";
import { PdfWriter } from "../pdf/writer";
import type { getCertificates } from "./queries";
import { hoursOf } from "./rules";

type Data = NonNullable<Awaited<ReturnType<typeof getCertificates>>>;

// i18n-keys: recognition.phase.*
export async function renderCertificates(data: Data, locale: Locale): Promise<Buffer> {
  const tr = translator(locale, data.cohort.timeZone);
  const t = tr.t;
  const f = formatter(locale, data.cohort.timeZone);
  const day = (iso: string) => f.day(new Date(`${iso}T00:00:00Z`));
  const w = new PdfWriter({ rtl: LOCALE_INFO[locale].dir === "rtl", title: t("recognition.certificate.title") });
  data.certificates.forEach((c, i) => {
    if (i > 0) w.doc.addPage();
    const centre = { align: "center" as const };
    w.doc
      .rect(30, 30, w.doc.page.width - 60, w.doc.page.height - 60)
      .lineWidth(2)
      .strokeColor("#0f766e")
      .stroke();
    w.y = 110;
    w.line(t("recognition.certificate.title"), w.y, { size: 26, weight: "bold", ...centre });
    w.y += 60;
    w.line(t("recognition.certificate.certifies"), w.y, { size: 12, ...centre });
    w.y += 34;
    w.line(c.name, w.y, { size: 22, weight: "bold", ...centre });
    w.y += 44;
    const role = c.phase ? t(`recognition.phase.${c.phase}`) : t("recognition.phase.MENTOR");
    w.line(t("recognition.certificate.served", { role }), w.y, { size: 12, ...centre });
    w.y += 22;
    w.line(t("recognition.certificate.programme", { cohort: data.cohort.name, year: data.cohort.academicYear }), w.y, {
      size: 12,
      ...centre,
    });
    w.y += 22;
    w.line(t("recognition.certificate.dates", { from: day(data.cohort.startsOn), to: day(data.cohort.endsOn) }), w.y, {
      size: 12,
      ...centre,
    });
    w.y += 40;
    w.line(t("recognition.certificate.hours", { hours: hoursOf(c.minutes) }), w.y, {
      size: 20,
      weight: "bold",
      colour: "#0f766e",
      ...centre,
    });
    w.y += 60;
    w.line(t("recognition.certificate.approvedOn", { date: f.date(c.approvedAt) }), w.y, { size: 10, ...centre });
    w.y += 40;
    if (data.supervisors.length > 0) {
      w.line(t("recognition.certificate.supervisor", { names: f.list(data.supervisors) }), w.y, {
        size: 11,
        ...centre,
      });
      w.y += 20;
    }
    if (data.coordinators.length > 0) {
      w.line(t("recognition.certificate.coordinator", { names: f.list(data.coordinators) }), w.y, {
        size: 11,
        ...centre,
      });
      w.y += 20;
    }
    w.y = w.doc.page.height - 150;
    w.line(t("recognition.certificate.code", { code: c.code }), w.y, { size: 11, weight: "bold", ...centre });
    w.y += 18;
    w.line(t("recognition.certificate.checkAt"), w.y, { size: 9, ...centre });
    w.y += 14;
    w.line(c.url, w.y, { size: 9, ...centre });
  });
  return w.toBuffer();
}
