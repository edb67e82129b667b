import "server-only";
import type { Db } from "../db/client";
import type { Tx } from "../actions";
import type { GroupMentee, GroupPair } from "./rules/grouping";
import { isTrained } from "./rules/pairs";

type Client = Db | Tx;

/**
 * What grouping works on, read in a few queries (no N+1): the pairs with their mentors' traits,
 * the cohort's selected mentees, and who is in which group. Shared by "suggest groups" (in its
 * transaction) and the balance report on the page, so both see the same facts.
 */
export async function loadGroupingInput(client: Client, cohortId: string) {
  const cohort = await client.cohort.findUniqueOrThrow({
    where: { id: cohortId },
    select: { groupSize: true, maxMenteesPerMentor: true, trainingRequired: true, trainingModules: true },
  });
  const mentorSelect = {
    id: true,
    userId: true,
    dormitory: true,
    trainings: { select: { module: true } },
    user: { select: { name: true, gender: true, international: true, languages: true } },
  } as const;
  const [pairs, mentees, assignments] = await Promise.all([
    client.mentorPair.findMany({
      where: { cohortId },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        label: true,
        clinicalMentor: { select: mentorSelect },
        preclinicalMentor: { select: mentorSelect },
      },
    }),
    client.membership.findMany({
      where: { cohortId, role: "MENTEE", status: "ACTIVE" },
      orderBy: { user: { email: "asc" } },
      select: {
        id: true,
        userId: true,
        dormitory: true,
        user: { select: { name: true, gender: true, international: true, languages: true } },
      },
    }),
    client.menteeAssignment.findMany({ where: { cohortId }, select: { menteeId: true, pairId: true } }),
  ]);
  const count = new Map<string, number>();
  for (const a of assignments) count.set(a.pairId, (count.get(a.pairId) ?? 0) + 1);
  const trained = (m: { trainings: { module: string }[] }) =>
    isTrained(
      m.trainings.map((t) => t.module),
      cohort.trainingModules,
    );
  const groupPairs: (GroupPair & { label: string; clinicalName: string; preclinicalName: string; trained: boolean })[] =
    pairs.map((p) => {
      const both = [p.clinicalMentor, p.preclinicalMentor];
      const isTrainedPair = both.every(trained);
      return {
        id: p.id,
        label: p.label,
        clinicalName: p.clinicalMentor.user.name,
        preclinicalName: p.preclinicalMentor.user.name,
        trained: isTrainedPair,
        current: count.get(p.id) ?? 0,
        capacity: Math.min(cohort.groupSize, cohort.maxMenteesPerMentor),
        eligible: isTrainedPair || !cohort.trainingRequired,
        mentorUserIds: both.map((m) => m.userId),
        languages: [...new Set(both.flatMap((m) => m.user.languages))],
        international: both.some((m) => m.user.international),
        dormitory: both.some((m) => m.dormitory),
        genders: both.map((m) => m.user.gender),
      };
    });
  const groupMentees: (GroupMentee & { name: string })[] = mentees.map((m) => ({
    id: m.id,
    userId: m.userId,
    name: m.user.name,
    gender: m.user.gender,
    international: m.user.international,
    dormitory: m.dormitory,
    languages: m.user.languages,
  }));
  return { cohort, pairs: groupPairs, mentees: groupMentees, assignments };
}
