/**
 * A deterministic "university scale" cohort, generated inside PostgreSQL (set-based INSERTs with
 * generate_series, every constraint and trigger on): the same sizes give the same rows, ids
 * and dates (relative to `today`). Used by bench/pages.ts (npm run bench:pages).
 *
 *   students  people in the cohort (memberships): mentees + 2 mentors per group + candidates
 *   mentees   assigned mentees, 6 per group (the cohort's group size)
 *   contacts  contact logs over the cohort's first half-year; about 1 in 5 with the whole group
 *
 * Sign-ins (password: the demo password, the hash copied from a demo user): scale-coordinator@,
 * scale-supervisor@, scale-clin-0@ / scale-pre-0@ (Group 1's mentors), scale-mentee-0@ (in Group 1),
 * all @bench.test.
 */
export interface ScaleSizes {
  students: number;
  mentees: number;
  contacts: number;
}

export const SCALE_EMAILS = {
  coordinator: "scale-coordinator@bench.test",
  supervisor: "scale-supervisor@bench.test",
  clinicalMentor: "scale-clin-0@bench.test",
  preclinicalMentor: "scale-pre-0@bench.test",
  mentee: "scale-mentee-0@bench.test",
};

/** The statements, in order; `hashFrom` is the email of a user whose password hash every scale user gets. */
export function scaleCohortSql(sizes: ScaleSizes, today: Date, hashFrom: string): string[] {
  const mentees = Math.max(6, Math.floor(sizes.mentees));
  const pairs = Math.ceil(mentees / 6);
  const candidates = Math.max(0, Math.floor(sizes.students) - mentees - 2 * pairs);
  const contacts = Math.max(0, Math.floor(sizes.contacts));
  const day = today.toISOString().slice(0, 10);
  // The cohort started 180 days before `today` and runs a year; contacts fall in the first 180 days.
  return [
    `INSERT INTO "Cohort" (id, name, "academicYear", "startsOn", "endsOn", "timeZone", status, "groupSize",
        "maxMenteesPerMentor", "groupsPublishedAt", "updatedAt")
     VALUES ('scale', 'University scale', 'bench', DATE '${day}' - 180, DATE '${day}' + 185, 'Europe/Berlin',
        'ACTIVE', 6, 6, (DATE '${day}' - 183)::timestamptz, now())`,
    `INSERT INTO "PausedPeriod" (id, "cohortId", label, "startsOn", "endsOn")
     VALUES ('scale-exams', 'scale', 'Exam block', DATE '${day}' - 120, DATE '${day}' - 109)`,
    // People: staff, mentees, mentors (two per group), candidates.
    `INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt")
     SELECT u.id, u.email, u.name, (SELECT "passwordHash" FROM "User" WHERE email = '${hashFrom}'), now()
       FROM (
         SELECT 'su-coord' AS id, '${SCALE_EMAILS.coordinator}' AS email, 'Scale Coordinator' AS name
         UNION ALL SELECT 'su-super', '${SCALE_EMAILS.supervisor}', 'Scale Supervisor'
         UNION ALL SELECT 'su-mentee-' || i, 'scale-mentee-' || i || '@bench.test', 'Mentee ' || i
           FROM generate_series(0, ${mentees - 1}) i
         UNION ALL SELECT 'su-clin-' || i, 'scale-clin-' || i || '@bench.test', 'Clinical mentor ' || i
           FROM generate_series(0, ${pairs - 1}) i
         UNION ALL SELECT 'su-pre-' || i, 'scale-pre-' || i || '@bench.test', 'Preclinical mentor ' || i
           FROM generate_series(0, ${pairs - 1}) i
         UNION ALL SELECT 'su-cand-' || i, 'scale-cand-' || i || '@bench.test', 'Candidate ' || i
           FROM generate_series(0, ${candidates - 1}) i
       ) u`,
    `INSERT INTO "Membership" (id, "userId", "cohortId", role, status, phase, "trainingCompletedAt", "updatedAt")
     SELECT substr(u.id, 2), u.id, 'scale', u.role::"Role", u.status::"MembershipStatus", u.phase::"Phase",
            CASE WHEN u.role = 'MENTOR' THEN (DATE '${day}' - 190)::timestamptz END, now()
       FROM (
         SELECT 'su-coord' AS id, 'COORDINATOR' AS role, 'ACTIVE' AS status, NULL AS phase
         UNION ALL SELECT 'su-super', 'SUPERVISOR', 'ACTIVE', NULL
         UNION ALL SELECT 'su-mentee-' || i, 'MENTEE', 'ACTIVE', NULL FROM generate_series(0, ${mentees - 1}) i
         UNION ALL SELECT 'su-clin-' || i, 'MENTOR', 'ACTIVE', 'CLINICAL' FROM generate_series(0, ${pairs - 1}) i
         UNION ALL SELECT 'su-pre-' || i, 'MENTOR', 'ACTIVE', 'PRECLINICAL' FROM generate_series(0, ${pairs - 1}) i
         UNION ALL SELECT 'su-cand-' || i, 'MENTEE', 'CANDIDATE', NULL FROM generate_series(0, ${candidates - 1}) i
       ) u`,
    `INSERT INTO "MentorPair" (id, "cohortId", label, "clinicalMentorId", "preclinicalMentorId", "updatedAt")
     SELECT 'sp-' || i, 'scale', 'Group ' || (i + 1), 'u-clin-' || i, 'u-pre-' || i, now()
       FROM generate_series(0, ${pairs - 1}) i`,
    `INSERT INTO "MenteeAssignment" (id, "cohortId", "pairId", "menteeId")
     SELECT 'sa-' || i, 'scale', 'sp-' || (i / 6), 'u-mentee-' || i FROM generate_series(0, ${mentees - 1}) i`,
    // Contacts: contact k belongs to group k % pairs; 1 in 5 is with the whole group, the others
    // with mentee (k / pairs) % 6 of that group (when the group has that many); spread over 180 days.
    `INSERT INTO "ContactLog" (id, "cohortId", "pairId", "mentorId", "menteeId", channel, outcome, "occurredAt", minutes)
     SELECT 'sc-' || k, 'scale', 'sp-' || g,
            CASE WHEN k % 2 = 0 THEN 'u-clin-' ELSE 'u-pre-' END || g,
            CASE WHEN k % 5 = 0 OR g * 6 + (k / ${pairs}) % 6 >= ${mentees} THEN NULL
                 ELSE 'u-mentee-' || (g * 6 + (k / ${pairs}) % 6) END,
            (ARRAY['PHONE','PHONE','PHONE','MESSAGE','EMAIL','FACE_TO_FACE','VIDEO'])[(1 + (k / 7) % 7)::int]::"ContactChannel",
            CASE WHEN k % 11 = 0 THEN 'NO_ANSWER' ELSE 'COMPLETED' END::"ContactOutcome",
            (DATE '${day}' - 180)::timestamptz + ((k * 7919) % (180 * 1440))::int * interval '1 minute',
            CASE WHEN k % 11 = 0 THEN NULL ELSE (5 + k % 56)::int END
       FROM (SELECT k, k % ${pairs} AS g FROM generate_series(0::bigint, ${contacts - 1}) k) s`,
    // Times: each group offers two per week over the whole year (odd weeks: a group time for 6),
    // by alternating mentors; past ones attended or missed, future ones booked by one mentee.
    `INSERT INTO "AvailabilitySlot" (id, "cohortId", "pairId", "mentorId", "startsAt", "endsAt", place, kind, capacity, "updatedAt")
     SELECT 'ss-' || g || '-' || w || '-' || j, 'scale', 'sp-' || g,
            CASE WHEN j = 0 THEN 'u-clin-' ELSE 'u-pre-' END || g,
            (DATE '${day}' - 182)::timestamptz + (w * 7 + j * 2 + 1) * interval '1 day' + (9 + g % 8) * interval '1 hour',
            (DATE '${day}' - 182)::timestamptz + (w * 7 + j * 2 + 1) * interval '1 day' + (10 + g % 8) * interval '1 hour',
            'Room ' || (g % 40), CASE WHEN w % 2 = 1 AND j = 1 THEN 'GROUP' ELSE 'INDIVIDUAL' END::"SlotKind",
            CASE WHEN w % 2 = 1 AND j = 1 THEN 6 ELSE 1 END, now()
       FROM generate_series(0, ${pairs - 1}) g, generate_series(0, 51) w, generate_series(0, 1) j`,
    `INSERT INTO "Booking" (id, "slotId", "menteeId", status, "bookedAt", "markedAt", "updatedAt")
     SELECT 'sb-' || s.id, s.id, 'u-mentee-' || (substring(s."pairId" from 4)::int * 6 + (abs(hashtext(s.id)) % 6)),
            CASE WHEN s."startsAt" > DATE '${day}' THEN 'BOOKED'
                 WHEN abs(hashtext(s.id)) % 9 = 0 THEN 'NO_SHOW' ELSE 'ATTENDED' END::"BookingStatus",
            s."startsAt" - interval '3 days', CASE WHEN s."startsAt" <= DATE '${day}' THEN s."endsAt" END, now()
       FROM "AvailabilitySlot" s
      WHERE s."cohortId" = 'scale' AND substring(s."pairId" from 4)::int * 6 + (abs(hashtext(s.id)) % 6) < ${mentees}`,
    `VACUUM ANALYZE`,
  ];
}
