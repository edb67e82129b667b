export interface GuidanceCentre {
  id: string;
  name: string;
  contact: string | null;
  hours: string | null;
  howToRefer: string | null;
}

/** Immediate guidance for an urgent referral: the directory's emergency centres, and 112. */
export function EmergencyGuidance({ centres, headingLevel = 2 }: { centres: GuidanceCentre[]; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <section
      aria-labelledby="emergency-guidance"
      className="rounded-xl border-2 border-red-300 bg-red-50 p-4 text-red-950 sm:p-5"
    >
      <H id="emergency-guidance" className="text-lg font-semibold">
        Urgent: what to do now
      </H>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        <li>
          If anyone is in <strong>immediate danger</strong>, call{" "}
          <a className="font-semibold underline" href="tel:112">
            112
          </a>{" "}
          now. Do not wait for the supervisor.
        </li>
        <li>
          Stay with the mentee or keep them on the phone if you can, and do not promise to keep a risk to safety secret.
        </li>
        <li>The supervisor has been notified and sees this referral at the top of the queue.</li>
      </ul>
      {centres.length > 0 ? (
        <ul className="mt-3 space-y-3" aria-label="Emergency contacts">
          {centres.map((c) => (
            <li key={c.id} className="rounded-lg bg-white p-3 text-sm text-stone-800 ring-1 ring-red-200">
              <p className="font-semibold text-stone-900">{c.name}</p>
              {c.contact ? <p>{c.contact}</p> : null}
              {c.hours ? <p className="text-stone-600">Hours: {c.hours}</p> : null}
              {c.howToRefer ? <p className="mt-1 text-stone-700">{c.howToRefer}</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3 text-sm">The coordinators have not marked an emergency centre in the directory yet.</p>
      )}
    </section>
  );
}
