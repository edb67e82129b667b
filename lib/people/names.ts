/**
 * Telling people with the same name apart (issue 10, item 2): wherever two people of a list share
 * a name, each is shown with a distinguishing detail, the student number when there is one, else
 * the email ("Sara Ahmadi (no. 40321)", "Sara Ahmadi (sara.a@uni.test)"). Names compare without
 * case, surrounding spaces, doubled spaces or Unicode form differences. Pure: no Prisma, no next/*.
 */
export interface NamedPerson {
  name: string;
  email: string;
  studentNumber?: string | null;
}

/** The form two names are compared in. */
export function nameKey(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase();
}

/** The name keys that occur more than once among these people. */
export function sharedNames(people: Iterable<{ name: string }>): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const p of people) {
    const k = nameKey(p.name);
    if (seen.has(k)) shared.add(k);
    else seen.add(k);
  }
  return shared;
}

/** The detail that tells this person apart: their student number, else their email. */
export function distinguishingDetail(p: NamedPerson): string {
  return p.studentNumber || p.email;
}

/** The name to show: the name alone, or with its detail when someone else in `shared` has it too. */
export function displayName(p: NamedPerson, shared: ReadonlySet<string>): string {
  return shared.has(nameKey(p.name)) ? `${p.name} (${distinguishingDetail(p)})` : p.name;
}

/** Every person of a list with the name to show (one pass to find the shared names, one to label). */
export function withDisplayNames<P extends NamedPerson>(people: readonly P[]): (P & { displayName: string })[] {
  const shared = sharedNames(people);
  return people.map((p) => ({ ...p, displayName: displayName(p, shared) }));
}
