/**
 * The demo's people: the staff, 12 mentors (6 of each gender) and 150 first-years (78 female,
 * 70 male, one other, one undisclosed), with names, languages and backgrounds drawn from
 * texts/names.ts. The demo sign-ins get their fixed addresses here.
 */
import type { ContactChannel, Gender } from "../../generated/prisma/client";
import { idOf, rngFor, type Rng } from "./context";
import { CULTURES, FIXED_PEOPLE } from "./texts/names";

export const DEMO_EMAILS = {
  coordinator: "coordinator@duomentor.test",
  supervisor: "supervisor@duomentor.test",
  clinicalMentor: "clinical.mentor@duomentor.test",
  preclinicalMentor: "preclinical.mentor@duomentor.test",
  mentee: "mentee@duomentor.test",
  roleModel: "rolemodel@duomentor.test",
} as const;

/** "Ayşe Yılmaz" -> "ayse.yilmaz"; "Müller" -> "mueller". */
function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .replace(/ı/g, "i")
    .replace(/ł/g, "l")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9-]/g, "");
}

export interface Person {
  id: string;
  first: string;
  name: string;
  email: string;
  gender: Gender;
  international: boolean;
  languages: string[];
  dormitory: boolean;
  phone: string | null;
  preferredChannel: ContactChannel | null;
}

function makePeopleFactory(rng: Rng) {
  const usedNames = new Set(Object.values(FIXED_PEOPLE).map((p) => `${p.first} ${p.last}`));
  const usedEmails = new Set<string>(Object.values(DEMO_EMAILS));
  let users = 0;
  const nextUserId = () => idOf("usr", ++users);
  const phone = () =>
    `+49 15${rng.int(1, 7)}${rng.int(0, 9)} ${rng.int(100, 999)} ${String(rng.int(0, 9999)).padStart(4, "0")}`;

  function emailFor(first: string, last: string, domain: string): string {
    const base = `${slug(first)}.${slug(last)}`;
    for (let n = 1; ; n++) {
      const email = `${base}${n === 1 ? "" : n}@${domain}`;
      if (!usedEmails.has(email)) {
        usedEmails.add(email);
        return email;
      }
    }
  }

  /** A student of a random background: name, languages, whether they came from abroad. */
  function student(gender: Gender): Person {
    const culture = rng.weighted(CULTURES.map((c) => [c, c.weight] as const));
    const firstPool =
      gender === "FEMALE" ? culture.female : gender === "MALE" ? culture.male : [...culture.female, ...culture.male];
    let first = rng.pick(firstPool);
    let last = rng.pick(culture.last);
    for (let tries = 0; usedNames.has(`${first} ${last}`) && tries < 20; tries++) {
      first = rng.pick(firstPool);
      last = rng.pick(culture.last);
    }
    usedNames.add(`${first} ${last}`);
    const international = rng.chance(culture.international);
    const languages = international
      ? ["English", ...(culture.language ? [culture.language] : [])]
      : culture.language === null
        ? ["German", "English"]
        : ["German", "English", ...(rng.chance(0.5) ? [culture.language] : [])];
    return {
      id: nextUserId(),
      first,
      name: `${first} ${last}`,
      email: emailFor(first, last, "students.duomentor.test"),
      gender,
      international,
      languages,
      dormitory: rng.chance(international ? 0.75 : 0.25),
      phone: phone(),
      preferredChannel: null,
    };
  }

  function fixed(p: (typeof FIXED_PEOPLE)[keyof typeof FIXED_PEOPLE], email: string, title = ""): Person {
    return {
      id: nextUserId(),
      first: p.first,
      name: `${title}${p.first} ${p.last}`,
      email,
      gender: p.gender,
      international: false,
      languages: p.languages,
      dormitory: false,
      phone: phone(),
      preferredChannel: "EMAIL",
    };
  }

  return { student, fixed, emailFor };
}

export interface DemoPeople {
  coordinator: Person;
  supervisor: Person;
  roleModel: Person;
  roleModel2: Person;
  /** clinical mentors; [0] is the demo's clinical mentor */
  clinical: Person[];
  /** preclinical mentors; [0] is the demo's preclinical mentor */
  preclinical: Person[];
  firstYears: Person[];
  /** the first-year who signs in as the demo mentee (the draw is chosen so they are drawn into Group 1) */
  demoMentee: Person;
  all: Person[];
}

const genders = (counts: [Gender, number][]) => counts.flatMap(([g, n]) => Array<Gender>(n).fill(g));

export function buildPeople(): DemoPeople {
  const rng = rngFor("people");
  const people = makePeopleFactory(rng);
  const coordinator = people.fixed(FIXED_PEOPLE.coordinator, DEMO_EMAILS.coordinator);
  const supervisor = people.fixed(FIXED_PEOPLE.supervisor, DEMO_EMAILS.supervisor, "Dr. ");
  const roleModel = people.fixed(FIXED_PEOPLE.roleModel, DEMO_EMAILS.roleModel, "Dr. ");
  const roleModel2 = people.fixed(
    FIXED_PEOPLE.roleModel2,
    people.emailFor(FIXED_PEOPLE.roleModel2.first, FIXED_PEOPLE.roleModel2.last, "faculty.duomentor.test"),
    "Dr. ",
  );
  const mentors = rng
    .shuffle(
      genders([
        ["FEMALE", 6],
        ["MALE", 6],
      ]),
    )
    .map((g) => people.student(g));
  const clinical = mentors.slice(0, 6);
  const preclinical = mentors.slice(6);
  clinical[0].email = DEMO_EMAILS.clinicalMentor;
  preclinical[0].email = DEMO_EMAILS.preclinicalMentor;
  const firstYears = rng
    .shuffle(
      genders([
        ["FEMALE", 78],
        ["MALE", 70],
        ["OTHER", 1],
        ["UNDISCLOSED", 1],
      ]),
    )
    .map((g) => people.student(g));
  // The demo mentee: a woman (the draw takes 18 women; lib/demo/pairs-groups.ts picks the seed).
  const demoMentee = firstYears.find((p) => p.gender === "FEMALE")!;
  demoMentee.email = DEMO_EMAILS.mentee;

  // How people like to be reached.
  const channels = rngFor("channels");
  for (const p of firstYears)
    p.preferredChannel = channels.weighted<ContactChannel>([
      ["PHONE", 5],
      ["MESSAGE", 2],
      ["EMAIL", 1.5],
      ["FACE_TO_FACE", 1.5],
    ]);
  for (const p of mentors) p.preferredChannel = channels.pick<ContactChannel>(["PHONE", "MESSAGE", "EMAIL"]);

  return {
    coordinator,
    supervisor,
    roleModel,
    roleModel2,
    clinical,
    preclinical,
    firstYears,
    demoMentee,
    all: [coordinator, supervisor, roleModel, roleModel2, ...mentors, ...firstYears],
  };
}

/** The i-th first-year's student number in the demo (the school's format: year and a serial). */
export function demoStudentNumber(i: number): string {
  return `2026${String(i + 1).padStart(4, "0")}`;
}
