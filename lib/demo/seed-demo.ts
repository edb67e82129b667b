/**
 * The deterministic demo programme: the reference dual peer mentoring cohort of
 * ../shared/DOMAIN.md (150 first-years, 36 mentees in 6 groups of 6, 12 mentors in 6
 * clinical + preclinical pairs) with a few weeks of history before `today`.
 *
 * Deterministic: every choice comes from a seeded PRNG (mulberry32) and every date from
 * `today`, and ids are fixed strings ("cdemousr0001": cuid-shaped, so id validators accept
 * them). Same `today` => same rows (only the Argon2 hash differs, it has a random salt).
 * Fast: all rows are built in memory first, then written with one createMany per table inside
 * one interactive transaction (which uses only `tx`: on PGlite a query on the outer client
 * inside a transaction waits forever).
 */
import { mulberry32 } from "../pairing/rules/draw";
import { zonedToUtc } from "../time";
import type { Db } from "../db/client";
import { hashPassword } from "../auth/password";
import type { ContactChannel, ContactTopic, Gender, Prisma, TemplateCategory } from "../../generated/prisma/client";

export const DEMO_PASSWORD = "duomentor-demo";
export const DEMO_COHORT_NAME = "Dual Peer Mentoring 2026-2027";
export const DEMO_TIME_ZONE = "Europe/Berlin";
/** The recorded seed of the demo's random mentee draw (Cohort.menteeDrawSeed). */
export const DEMO_DRAW_SEED = "duomentor-demo-2026";
/** The cohort's default trainingModules (schema default); completions must name these. */
const TRAINING_MODULES = ["Mentoring concepts", "Communication skills"] as const;

export const DEMO_EMAILS = {
  coordinator: "coordinator@duomentor.test",
  supervisor: "supervisor@duomentor.test",
  clinicalMentor: "clinical.mentor@duomentor.test",
  preclinicalMentor: "preclinical.mentor@duomentor.test",
  mentee: "mentee@duomentor.test",
  roleModel: "rolemodel@duomentor.test",
} as const;

export interface DemoLogin {
  role: string;
  email: string;
  name: string;
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// ---------------------------------------------------------------- deterministic helpers

const DAY = 86_400_000;

/** An independent random stream per purpose, so changing one part never shifts another. */
function rngFor(name: string) {
  let h = 2_166_136_261;
  for (const ch of `${DEMO_DRAW_SEED}:${name}`) h = Math.imul(h ^ ch.charCodeAt(0), 16_777_619);
  const next = mulberry32(h);
  const rng = {
    next,
    /** integer in [min, max] */
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    shuffle: <T>(items: readonly T[]): T[] => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
    weighted: <T>(entries: readonly (readonly [T, number])[]): T => {
      const total = entries.reduce((s, [, w]) => s + w, 0);
      let x = next() * total;
      for (const [value, w] of entries) {
        x -= w;
        if (x < 0) return value;
      }
      return entries[entries.length - 1][0];
    },
  };
  return rng;
}
type Rng = ReturnType<typeof rngFor>;

/** "cdemousr0001": deterministic, unique per table, and shaped like a cuid. */
const idOf = (table: string, n: number) => `cdemo${table}${String(n).padStart(4, "0")}`;
function idMaker(table: string) {
  let n = 0;
  return () => idOf(table, ++n);
}

const utcMidnight = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY);
const addMinutes = (d: Date, n: number) => new Date(d.getTime() + n * 60_000);

/** The instant of a wall-clock time on a (UTC-midnight) day in the cohort's time zone. */
function localTime(day: Date, hour: number, minute = 0): Date {
  const pad = (n: number) => String(n).padStart(2, "0");
  return zonedToUtc(`${day.toISOString().slice(0, 10)}T${pad(hour)}:${pad(minute)}`, DEMO_TIME_ZONE);
}

const meetingFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: DEMO_TIME_ZONE,
  weekday: "long",
  day: "numeric",
  month: "long",
  hour: "2-digit",
  minute: "2-digit",
});

// ---------------------------------------------------------------- names

interface Culture {
  key: string;
  weight: number;
  /** Share of students from this background who came from abroad. */
  international: number;
  language: string | null;
  female: string[];
  male: string[];
  last: string[];
}

const CULTURES: Culture[] = [
  {
    key: "german",
    weight: 34,
    international: 0,
    language: null,
    female: [
      "Anna",
      "Lena",
      "Marie",
      "Sophie",
      "Laura",
      "Hannah",
      "Lea",
      "Clara",
      "Johanna",
      "Emma",
      "Mia",
      "Charlotte",
      "Greta",
      "Paula",
      "Frieda",
      "Luisa",
    ],
    male: [
      "Lukas",
      "Jonas",
      "Felix",
      "Maximilian",
      "Paul",
      "Leon",
      "Niklas",
      "Tobias",
      "Florian",
      "Moritz",
      "Jan",
      "David",
      "Simon",
      "Julian",
      "Benedikt",
      "Henrik",
    ],
    last: [
      "Müller",
      "Schmidt",
      "Schneider",
      "Fischer",
      "Weber",
      "Meyer",
      "Wagner",
      "Becker",
      "Schulz",
      "Koch",
      "Richter",
      "Klein",
      "Wolf",
      "Neumann",
      "Braun",
      "Zimmermann",
      "Krüger",
      "Hartmann",
      "Lange",
      "Vogel",
    ],
  },
  {
    key: "persian",
    weight: 15,
    international: 0.25,
    language: "Persian",
    female: [
      "Sara",
      "Maryam",
      "Zahra",
      "Fatemeh",
      "Niloufar",
      "Shirin",
      "Parisa",
      "Mahsa",
      "Negar",
      "Yasaman",
      "Ava",
      "Roya",
      "Setareh",
      "Bahar",
      "Azadeh",
      "Golnaz",
    ],
    male: [
      "Ali",
      "Reza",
      "Amir",
      "Mohammad",
      "Hossein",
      "Arash",
      "Kian",
      "Babak",
      "Dariush",
      "Farid",
      "Navid",
      "Omid",
      "Payam",
      "Saeed",
      "Kourosh",
      "Mehdi",
    ],
    last: [
      "Ahmadi",
      "Hosseini",
      "Rahimi",
      "Karimi",
      "Moradi",
      "Jafari",
      "Rezaei",
      "Mohammadi",
      "Sadeghi",
      "Tehrani",
      "Kazemi",
      "Najafi",
      "Ghorbani",
      "Shirazi",
      "Esfahani",
      "Mousavi",
      "Akbari",
      "Bahrami",
    ],
  },
  {
    key: "arabic",
    weight: 10,
    international: 0.3,
    language: "Arabic",
    female: [
      "Layla",
      "Noor",
      "Fatima",
      "Amira",
      "Yasmin",
      "Huda",
      "Mariam",
      "Salma",
      "Rania",
      "Dina",
      "Hana",
      "Zainab",
    ],
    male: [
      "Omar",
      "Ahmed",
      "Youssef",
      "Khalid",
      "Karim",
      "Hassan",
      "Ibrahim",
      "Tariq",
      "Samir",
      "Faisal",
      "Nabil",
      "Ziad",
    ],
    last: [
      "Al-Masri",
      "Haddad",
      "Khoury",
      "Nasser",
      "Saleh",
      "Hamdan",
      "Mansour",
      "Aziz",
      "Barakat",
      "Darwish",
      "El-Sayed",
      "Qasim",
    ],
  },
  {
    key: "korean",
    weight: 8,
    international: 0.5,
    language: "Korean",
    female: ["Seo-yeon", "Ji-woo", "Ha-eun", "Soo-ah", "Ye-jin", "Ji-min", "Yu-na", "Da-eun", "Chae-won", "Eun-ji"],
    male: [
      "Min-jun",
      "Seo-jun",
      "Do-yun",
      "Ji-ho",
      "Hyun-woo",
      "Jae-won",
      "Tae-yang",
      "Joon-ho",
      "Sung-min",
      "Woo-jin",
    ],
    last: ["Kim", "Lee", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin", "Oh"],
  },
  {
    key: "turkish",
    weight: 8,
    international: 0.1,
    language: "Turkish",
    female: ["Elif", "Zeynep", "Ayşe", "Defne", "Ece", "Selin", "Merve", "Büşra"],
    male: ["Emre", "Mehmet", "Can", "Burak", "Deniz", "Kerem", "Mert", "Yusuf"],
    last: ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Koç"],
  },
  {
    key: "french",
    weight: 3,
    international: 0.4,
    language: "French",
    female: ["Camille", "Inès", "Chloé", "Manon", "Juliette"],
    male: ["Hugo", "Antoine", "Louis", "Théo", "Mathis"],
    last: ["Dubois", "Moreau", "Laurent", "Lefebvre", "Girard", "Fontaine"],
  },
  {
    key: "italian",
    weight: 3,
    international: 0.4,
    language: "Italian",
    female: ["Giulia", "Chiara", "Francesca", "Sofia", "Alessia"],
    male: ["Luca", "Matteo", "Lorenzo", "Marco", "Davide"],
    last: ["Rossi", "Bianchi", "Ricci", "Romano", "Conti", "Esposito"],
  },
  {
    key: "spanish",
    weight: 2,
    international: 0.4,
    language: "Spanish",
    female: ["Lucía", "Carmen", "Marta", "Elena"],
    male: ["Mateo", "Pablo", "Javier", "Diego"],
    last: ["García", "Fernández", "López", "Martínez", "Sánchez"],
  },
  {
    key: "polish",
    weight: 3,
    international: 0.2,
    language: "Polish",
    female: ["Zofia", "Maja", "Agnieszka", "Katarzyna"],
    male: ["Piotr", "Tomasz", "Jakub", "Michał"],
    last: ["Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Lewandowski"],
  },
  {
    key: "greek",
    weight: 2,
    international: 0.4,
    language: "Greek",
    female: ["Eleni", "Katerina", "Dimitra"],
    male: ["Nikos", "Giorgos", "Konstantinos"],
    last: ["Papadopoulos", "Georgiou", "Nikolaidis", "Vlachos"],
  },
  {
    key: "indian",
    weight: 4,
    international: 0.5,
    language: "Hindi",
    female: ["Priya", "Ananya", "Diya", "Kavya", "Meera"],
    male: ["Arjun", "Rohan", "Vikram", "Aditya", "Karan"],
    last: ["Sharma", "Patel", "Reddy", "Iyer", "Gupta", "Nair"],
  },
  {
    key: "chinese",
    weight: 4,
    international: 0.5,
    language: "Mandarin",
    female: ["Mei", "Xinyi", "Yuxuan", "Lin", "Jiayi"],
    male: ["Wei", "Hao", "Jun", "Zihan", "Yichen"],
    last: ["Wang", "Zhang", "Chen", "Liu", "Huang", "Zhao"],
  },
  {
    key: "west-african",
    weight: 4,
    international: 0.4,
    language: null,
    female: ["Chiamaka", "Adaeze", "Amara", "Folake", "Abena"],
    male: ["Chinedu", "Tunde", "Emeka", "Kwame", "Kofi"],
    last: ["Okafor", "Adeyemi", "Eze", "Mensah", "Okonkwo", "Boateng"],
  },
];

const FIXED_PEOPLE = {
  coordinator: {
    first: "Yasaman",
    last: "Karimi",
    gender: "FEMALE" as Gender,
    languages: ["German", "English", "Persian"],
  },
  supervisor: { first: "Katharina", last: "Hoffmann", gender: "FEMALE" as Gender, languages: ["German", "English"] },
  roleModel: { first: "Min-seo", last: "Park", gender: "FEMALE" as Gender, languages: ["German", "English", "Korean"] },
  roleModel2: { first: "Omar", last: "Haddad", gender: "MALE" as Gender, languages: ["German", "English", "Arabic"] },
};

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

interface Person {
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
  const nextUserId = idMaker("usr");
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

// ---------------------------------------------------------------- texts

const TEMPLATES: { category: TemplateCategory; title: string; subject: string; body: string }[] = [
  {
    category: "STUDY_METHODS",
    title: "Study methods before the respiratory block exam",
    subject: "{{menteeFirstName}}, a study plan for the respiratory block exam",
    body: `Hi {{menteeFirstName}},

The respiratory block exam is coming up, and this is where many first-years find out that reading the slides twice is not enough. What worked for us:

- Active recall: close the book and explain ventilation and gas exchange out loud, then check what you missed.
- Spaced repetition: review each lecture after one day, three days and a week (flashcards work well for the anatomy of the airways).
- Draw it yourself: the pressure-volume curve, the oxygen-haemoglobin dissociation curve and the bronchial tree stick once you have drawn them.
- Past questions under time pressure, then go back to the topics you got wrong.
- One study-group session a week where each of you teaches the others one topic.

If you like, we can look at your plan together at our next meeting ({{nextMeeting}}).

Good luck,
{{mentorName}}`,
  },
  {
    category: "EXAM_PREPARATION",
    title: "The last two weeks before an exam block",
    subject: "Getting ready for the exam block",
    body: `Hi {{menteeFirstName}},

A few things we wish someone had told us before our first exam block:

- Plan backwards from the exam date: list every topic, give each a day, and keep two days free for catching up.
- Do at least one full practice exam in real time, so the format holds no surprises.
- Sleep is part of revision: memory consolidates overnight, and all-nighters cost more than they bring.
- Check the exam regulations now: where, when, what ID to bring, how resits work.
- The day before: light review only, prepare your things, go to bed at a normal time.

We will not call during the exam block itself, but you can always message us. Next time we talk: {{nextMeeting}}.

Fingers crossed,
{{mentorName}}`,
  },
  {
    category: "ADAPTATION",
    title: "Settling into dormitory life",
    subject: "How are you settling into the dormitory, {{menteeFirstName}}?",
    body: `Hi {{menteeFirstName}},

The first weeks in a dormitory are a big change: shared kitchens, noise, cooking for yourself, and being far from family. Some things that helped us:

- Agree on quiet hours with your corridor early, before the first exams.
- Use the dormitory study room for focused work and keep your room for rest.
- Cook with others once or twice a week: it saves money and it is the easiest way to make friends.
- Keep a simple weekly routine (sport, a call home, one evening off).
- Homesickness is normal, especially for students from abroad; tell us if it does not get better.

Let's talk about how it is going at {{nextMeeting}}.

Best,
{{mentorName}}`,
  },
  {
    category: "ADAPTATION",
    title: "Finding your way in the first weeks",
    subject: "Finding your way around medical school",
    body: `Hi {{menteeFirstName}},

Some practical tips for the first weeks:

- The library's group study rooms can be booked online a week ahead; they go fast before exams.
- The skills lab has open practice hours; first-years are welcome.
- Lecture recordings are no replacement for the seminars: attendance there counts.
- The student council runs a second-hand book market at the start of each semester.
- Save the contacts of the Educational Affairs Office and the Student Counselling Centre now, so you have them when you need them.

Any questions, just ask. See you at {{nextMeeting}}.

{{mentorName}}`,
  },
  {
    category: "WELLBEING",
    title: "Managing stress in the first year",
    subject: "Looking after yourself, {{menteeFirstName}}",
    body: `Hi {{menteeFirstName}},

Almost every first-year medical student feels overwhelmed at some point: the amount of material, comparing yourself with others, being away from home. Feeling stressed does not mean you are not cut out for medicine.

What helps: regular sleep, moving every day, eating properly, one evening a week without studying, and talking about it — with friends, with us, or with professionals.

Warning signs worth taking seriously: sleeping badly for weeks, losing interest in things you used to enjoy, feeling hopeless. If you notice them, tell one of us; with your consent we can put you in touch with the Student Counselling Centre, which is free and confidential.

We are here for you. Next time we talk: {{nextMeeting}}.

{{mentorName}}`,
  },
  {
    category: "BASIC_SCIENCE_RELEVANCE",
    title: "Why basic science matters in the clinic",
    subject: "What your first-year courses have to do with the ward",
    body: `Hi {{menteeFirstName}},

On the wards I use first-year knowledge every single day, often without noticing:

- Physiology: reading a blood gas in a breathless patient is the acid-base chemistry you are learning now.
- Anatomy: where to put a chest drain, or why a pain in the shoulder can come from the diaphragm.
- Biochemistry: diabetic ketoacidosis makes complete sense once you know ketone body metabolism.
- Pharmacology starts with the receptor biology of your first semester.

So when a lecture feels abstract, ask yourself which patient it might be about one day. We can talk about examples from my rotations at {{nextMeeting}}.

Best wishes,
{{mentorName}}`,
  },
  {
    category: "PROFESSIONALISM",
    title: "Professionalism starts in the first year",
    subject: "Professionalism: it starts now, not on the wards",
    body: `Hi {{menteeFirstName}},

Professionalism is not something you switch on in the final year. A few first-year examples:

- In the dissection room: respect for the body donors, no photos, ever.
- Confidentiality: once you meet patients (even in early clinical courses), nothing about them goes on social media or into group chats.
- Reliability: be on time, and tell your group or tutor in advance if you cannot come.
- Honesty in exams and assignments, and in admitting what you do not know.
- How you talk about patients, colleagues and other professions, also when they are not listening.

I would like to hear what you think about this at {{nextMeeting}}.

{{mentorName}}`,
  },
  {
    category: "STUDY_METHODS",
    title: "A weekly plan that actually works",
    subject: "Time management in the first year",
    body: `Hi {{menteeFirstName}},

A simple weekly routine saves a lot of stress:

- On Sunday evening, look at the week's timetable and block fixed study times right after the lectures they belong to.
- Review the same day: twenty minutes after a lecture beats two hours a week later.
- Keep one afternoon for the week's hardest subject, and one evening completely free.
- Use a to-do list with three priorities a day, not twenty.

Bring your timetable to {{nextMeeting}} and we can plan a week together.

{{mentorName}}`,
  },
];

const CATEGORY_TOPIC: Record<TemplateCategory, ContactTopic> = {
  STUDY_METHODS: "STUDY_METHODS_EXAMS",
  EXAM_PREPARATION: "STUDY_METHODS_EXAMS",
  ADAPTATION: "ADAPTATION_DORMITORY",
  WELLBEING: "STRESS_WELLBEING",
  PROFESSIONALISM: "PROFESSIONAL_IDENTITY_ETHICS",
  BASIC_SCIENCE_RELEVANCE: "BASIC_SCIENCE_RELEVANCE",
};

const AGREEMENT_TEXT = `Our mentoring agreement

What help is given: your preclinical mentor helps with first-year courses, study methods and exams; your clinical mentor talks with you about professional identity, ethics, professionalism and why basic science matters in the clinic. Your mentors are students, not counsellors: for psychological, educational, financial or health matters they refer you, with your consent, to the university's support centres.

How often we meet: a phone call every week at the start, gradually reduced to once every three weeks by the end of the year, plus face-to-face meetings, individually or as a group, about once a month. No contact is expected during exam blocks.

Contact etiquette: reply within two days; tell us in advance if you cannot make a call or a meeting; call or message between 9:00 and 20:00 unless it is urgent. What you tell your mentors stays with your two mentors and the programme's supervisor, except when someone's safety is at risk.

Feedback: at the end of each semester you will be asked how the programme works for you, and your feedback helps your mentors improve.`;

const SELECTION_CRITERIA = [
  "Mentors: clinical phase (years 5-6) or preclinical phase (years 2-3) in good academic standing",
  "Mentors: complete the mentor training (mentoring concepts, communication skills) before the first contact",
  "Mentors: commit to weekly contact at the start and to the weekly inter-mentor session",
  "Mentees: first-year students, drawn at random from the applicants, balanced by gender",
];

const PRECLINICAL_TOPICS: ContactTopic[] = ["STUDY_METHODS_EXAMS", "ADAPTATION_DORMITORY", "STRESS_WELLBEING", "OTHER"];
const CLINICAL_TOPICS: ContactTopic[] = [
  "PROFESSIONAL_IDENTITY_ETHICS",
  "BASIC_SCIENCE_RELEVANCE",
  "CAREER",
  "STRESS_WELLBEING",
  "STUDY_METHODS_EXAMS",
];

const NOTES: Partial<Record<ContactTopic, string[]>> = {
  STUDY_METHODS_EXAMS: [
    "Struggling with the amount of anatomy; suggested flashcards and a study group.",
    "Feels unsure how to prepare for the respiratory block; went through a revision plan together.",
    "Doing well in histology, less so in biochemistry. Will send past questions.",
  ],
  ADAPTATION_DORMITORY: [
    "Noisy corridor in the dormitory; talked about quiet hours and the study room.",
    "Homesick in the first weeks, better now that the study group has formed.",
    "Still sorting out residence registration and a bank account.",
  ],
  STRESS_WELLBEING: [
    "Tired and behind on sleep; agreed on a simple weekly routine.",
    "Worried about keeping up; reassured, will check in again next week.",
  ],
  PROFESSIONAL_IDENTITY_ETHICS: [
    "Talked about the first dissection course and respect for body donors.",
    "Asked what professionalism means for first-years; discussed social media.",
  ],
  BASIC_SCIENCE_RELEVANCE: [
    "Explained how acid-base physiology shows up on the ICU.",
    "Wanted to know why biochemistry matters; used diabetic ketoacidosis as an example.",
  ],
  CAREER: ["Interested in research early on; pointed to the student research day."],
};

const MENTEE_MOTIVATIONS = [
  "I moved here for medical school and would like someone to ask about the first year.",
  "I want help organising my studying and preparing for the first exams.",
  "I'd like to understand how the basic sciences connect to clinical work.",
  "A friend recommended the programme; I am the first in my family to study medicine.",
  "I'm living in the dormitory and would like support settling in.",
  null,
  null,
];
const MENTOR_MOTIVATIONS = [
  "My own first year was hard and a senior student helped me a lot; I want to do the same.",
  "I enjoy teaching and want to improve my communication skills.",
  "I came from abroad myself and know how isolating the first months can be.",
  "I'd like first-years to see early why the basic sciences matter on the wards.",
];
const AVAILABILITY_NOTES = [
  "Evenings after 18:00",
  "Weekends preferred",
  "Not on Wednesdays (lab course)",
  "Lunch breaks on weekdays",
  null,
  null,
];

// ---------------------------------------------------------------- the build

export interface DemoData {
  logins: DemoLogin[];
  users: Prisma.UserCreateManyInput[];
  cohort: Prisma.CohortCreateManyInput;
  pausedPeriods: Prisma.PausedPeriodCreateManyInput[];
  memberships: Prisma.MembershipCreateManyInput[];
  trainings: Prisma.TrainingCompletionCreateManyInput[];
  pairs: Prisma.MentorPairCreateManyInput[];
  assignments: Prisma.MenteeAssignmentCreateManyInput[];
  agreementAcks: Prisma.AgreementAcknowledgementCreateManyInput[];
  supportCentres: Prisma.SupportCentreCreateManyInput[];
  templates: Prisma.EmailTemplateCreateManyInput[];
  slots: Prisma.AvailabilitySlotCreateManyInput[];
  bookings: Prisma.BookingCreateManyInput[];
  contactLogs: Prisma.ContactLogCreateManyInput[];
  templateSends: Prisma.TemplateSendCreateManyInput[];
  referrals: Prisma.ReferralCreateManyInput[];
  referralEvents: Prisma.ReferralEventCreateManyInput[];
  sessions: Prisma.ProgramSessionCreateManyInput[];
  attendance: Prisma.AttendanceCreateManyInput[];
  surveys: Prisma.SurveyCreateManyInput[];
  surveyItems: Prisma.SurveyItemCreateManyInput[];
}

/** The start of the cohort: the Monday five weeks before the week of `today`. */
export function demoCohortStart(today: Date): Date {
  const day = utcMidnight(today);
  const weekday = (day.getUTCDay() + 6) % 7; // Monday = 0
  return addDays(day, -weekday - 35);
}

/**
 * Builds every row of the demo programme in memory (no database). `passwordHash` is shared
 * by all demo users.
 */
export function buildDemoData(todayInput: Date, passwordHash: string): DemoData {
  const today = utcMidnight(todayInput);
  const startsOn = demoCohortStart(today);
  const thisMonday = addDays(startsOn, 35);
  const endsOn = addDays(startsOn, 30 * 7 - 3); // the Friday of week 30
  const setUpAt = localTime(addDays(startsOn, -45), 10); // accounts imported, cohort set up
  const drawnAt = localTime(addDays(startsOn, -10), 11); // mentees drawn, mentors accepted
  const publishedAt = localTime(addDays(startsOn, -3), 12); // pairs and groups published
  const D = (n: number) => addDays(today, n);

  const peopleRng = rngFor("people");
  const people = makePeopleFactory(peopleRng);
  const cohortId = idOf("coh", 1);

  // --- people
  const coordinator = people.fixed(FIXED_PEOPLE.coordinator, DEMO_EMAILS.coordinator);
  const supervisor = people.fixed(FIXED_PEOPLE.supervisor, DEMO_EMAILS.supervisor, "Dr. ");
  const roleModel = people.fixed(FIXED_PEOPLE.roleModel, DEMO_EMAILS.roleModel, "Dr. ");
  const roleModel2 = people.fixed(
    FIXED_PEOPLE.roleModel2,
    people.emailFor(FIXED_PEOPLE.roleModel2.first, FIXED_PEOPLE.roleModel2.last, "faculty.duomentor.test"),
    "Dr. ",
  );

  const mentorGenders = peopleRng.shuffle<Gender>([
    ...Array<Gender>(6).fill("FEMALE"),
    ...Array<Gender>(6).fill("MALE"),
  ]);
  const mentorPeople = mentorGenders.map((g) => people.student(g));
  const clinicalPeople = mentorPeople.slice(0, 6);
  const preclinicalPeople = mentorPeople.slice(6);
  clinicalPeople[0].email = DEMO_EMAILS.clinicalMentor;
  preclinicalPeople[0].email = DEMO_EMAILS.preclinicalMentor;

  // 150 first-years: 78 female, 70 male, one other, one undisclosed.
  const firstYearGenders = peopleRng.shuffle<Gender>([
    ...Array<Gender>(78).fill("FEMALE"),
    ...Array<Gender>(70).fill("MALE"),
    "OTHER",
    "UNDISCLOSED",
  ]);
  const firstYears = firstYearGenders.map((g) => people.student(g));

  // The random draw: 18 women and 18 men, then 3 + 3 per group.
  const drawRng = rngFor("draw");
  const drawnFemale = drawRng.shuffle(firstYears.filter((p) => p.gender === "FEMALE")).slice(0, 18);
  const drawnMale = drawRng.shuffle(firstYears.filter((p) => p.gender === "MALE")).slice(0, 18);
  const groups: Person[][] = Array.from({ length: 6 }, (_, g) =>
    drawRng.shuffle([...drawnFemale.slice(g * 3, g * 3 + 3), ...drawnMale.slice(g * 3, g * 3 + 3)]),
  );
  const drawn = new Set(groups.flat());
  const demoMentee = groups[0][0];
  demoMentee.email = DEMO_EMAILS.mentee;
  for (const p of drawn) {
    p.preferredChannel = drawRng.weighted<ContactChannel>([
      ["PHONE", 5],
      ["MESSAGE", 2],
      ["EMAIL", 1.5],
      ["FACE_TO_FACE", 1.5],
    ]);
  }
  for (const p of mentorPeople) p.preferredChannel = drawRng.pick<ContactChannel>(["PHONE", "MESSAGE", "EMAIL"]);

  const allPeople = [coordinator, supervisor, roleModel, roleModel2, ...mentorPeople, ...firstYears];
  const users: Prisma.UserCreateManyInput[] = allPeople.map((p) => ({
    id: p.id,
    email: p.email,
    name: p.name,
    passwordHash,
    phone: p.phone,
    preferredChannel: p.preferredChannel,
    gender: p.gender,
    international: p.international,
    languages: p.languages,
    createdAt: setUpAt,
    updatedAt: setUpAt,
  }));

  // --- cohort
  const examStart = addDays(thisMonday, 6 * 7);
  const cohort: Prisma.CohortCreateManyInput = {
    id: cohortId,
    name: DEMO_COHORT_NAME,
    academicYear: "2026-2027",
    startsOn,
    endsOn,
    timeZone: DEMO_TIME_ZONE,
    status: "ACTIVE",
    groupSize: 6,
    maxMenteesPerMentor: 6,
    firstIntervalDays: 7,
    lastIntervalDays: 21,
    selectionCriteria: SELECTION_CRITERIA,
    applicationsOpen: false, // coordinators open /apply in the cohort settings
    agreementText: AGREEMENT_TEXT,
    menteeDrawSeed: DEMO_DRAW_SEED,
    groupsPublishedAt: publishedAt,
    createdAt: setUpAt,
    updatedAt: publishedAt,
  };
  const pausedPeriods: Prisma.PausedPeriodCreateManyInput[] = [
    { id: idOf("pau", 1), cohortId, label: "Mid-year exam block", startsOn: examStart, endsOn: addDays(examStart, 11) },
  ];

  // --- memberships
  const nextMembershipId = idMaker("mem");
  const membershipOf = new Map<Person, string>();
  const memberships: Prisma.MembershipCreateManyInput[] = [];
  const member = (p: Person, data: Omit<Prisma.MembershipCreateManyInput, "userId" | "cohortId" | "id">) => {
    const id = nextMembershipId();
    membershipOf.set(p, id);
    memberships.push({ id, userId: p.id, cohortId, createdAt: setUpAt, updatedAt: data.decidedAt ?? setUpAt, ...data });
    return id;
  };
  const mRng = rngFor("memberships");
  member(coordinator, { role: "COORDINATOR", yearOfStudy: 4 });
  member(supervisor, { role: "SUPERVISOR" });
  const roleModelId = member(roleModel, { role: "ROLE_MODEL" });
  const roleModel2Id = member(roleModel2, { role: "ROLE_MODEL" });
  const trainedAt = localTime(addDays(startsOn, -12), 16);
  const mentorMember = (p: Person, phase: "CLINICAL" | "PRECLINICAL") =>
    member(p, {
      role: "MENTOR",
      phase,
      yearOfStudy: phase === "CLINICAL" ? mRng.int(5, 6) : mRng.int(2, 3),
      dormitory: p.dormitory,
      motivation: mRng.pick(MENTOR_MOTIVATIONS),
      availabilityNote: mRng.pick(AVAILABILITY_NOTES),
      decisionReason: "Meets the selection criteria; interview and references positive.",
      decidedAt: addDays(drawnAt, -5),
      trainingCompletedAt: trainedAt,
    });
  const clinicalIds = clinicalPeople.map((p) => mentorMember(p, "CLINICAL"));
  const preclinicalIds = preclinicalPeople.map((p) => mentorMember(p, "PRECLINICAL"));
  for (const p of firstYears) {
    const selected = drawn.has(p);
    member(p, {
      role: "MENTEE",
      status: selected ? "ACTIVE" : "CANDIDATE",
      yearOfStudy: 1,
      dormitory: p.dormitory,
      motivation: mRng.pick(MENTEE_MOTIVATIONS),
      availabilityNote: mRng.pick(AVAILABILITY_NOTES),
      decisionReason: selected ? `Drawn at random (seed ${DEMO_DRAW_SEED}), 18 women and 18 men` : null,
      decidedAt: selected ? drawnAt : null,
    });
  }
  const mid = (p: Person) => membershipOf.get(p)!;

  const trainings: Prisma.TrainingCompletionCreateManyInput[] = [];
  const nextTrainingId = idMaker("trn");
  for (const mentorId of [...clinicalIds, ...preclinicalIds]) {
    TRAINING_MODULES.forEach((module, i) =>
      trainings.push({
        id: nextTrainingId(),
        membershipId: mentorId,
        module,
        completedAt: localTime(addDays(startsOn, -14 + 2 * i), 16),
        recordedById: coordinator.id,
      }),
    );
  }

  // --- pairs and groups
  const pairs: Prisma.MentorPairCreateManyInput[] = clinicalIds.map((clinicalMentorId, g) => ({
    id: idOf("pair", g + 1),
    cohortId,
    label: `Group ${g + 1}`,
    clinicalMentorId,
    preclinicalMentorId: preclinicalIds[g],
    createdAt: addDays(drawnAt, 1),
    updatedAt: addDays(drawnAt, 1),
  }));
  const assignments: Prisma.MenteeAssignmentCreateManyInput[] = [];
  groups.forEach((group, g) =>
    group.forEach((p) =>
      assignments.push({
        id: idOf("asg", assignments.length + 1),
        cohortId,
        pairId: pairs[g].id!,
        menteeId: mid(p),
        createdAt: addDays(drawnAt, 1),
      }),
    ),
  );
  // Everyone acknowledged the agreement after publishing, except two mentees (so the
  // reminder has someone to remind).
  const agreementAcks: Prisma.AgreementAcknowledgementCreateManyInput[] = [];
  const notAcknowledged = new Set([groups[4][5], groups[5][5]]);
  groups.forEach((group, g) => {
    const members = [clinicalIds[g], preclinicalIds[g], ...group.filter((p) => !notAcknowledged.has(p)).map(mid)];
    members.forEach((membershipId, i) =>
      agreementAcks.push({
        id: idOf("ack", agreementAcks.length + 1),
        pairId: pairs[g].id!,
        membershipId,
        acknowledgedAt: addMinutes(publishedAt, 90 + 211 * i + 37 * g),
      }),
    );
  });

  // --- support centres
  const centres = {
    counselling: idOf("ctr", 1),
    education: idOf("ctr", 2),
    finance: idOf("ctr", 3),
    health: idOf("ctr", 4),
  };
  const supportCentres: Prisma.SupportCentreCreateManyInput[] = [
    {
      id: centres.counselling,
      cohortId,
      name: "Student Counselling Centre",
      category: "PSYCHOLOGICAL",
      emergency: true,
      contact: "Student Services Building, room 0.14 · counselling@duomentor.test · +49 30 0000 1100",
      hours: "Mon-Fri 9:00-17:00; open consultation Tue and Thu 13:00-15:00",
      howToRefer:
        "Refer through the app with the mentee's consent; the supervisor arranges a first appointment within a week (within 48 hours when urgent). " +
        "Crisis: outside opening hours call the 24-hour crisis line (Telefonseelsorge) 0800 111 0 111, free of charge; if anyone is in immediate danger call 112.",
      createdAt: setUpAt,
    },
    {
      id: centres.education,
      cohortId,
      name: "Educational Affairs Office",
      category: "EDUCATIONAL",
      contact: "Dean's Office, room 2.03 · education@duomentor.test · +49 30 0000 1200",
      hours: "Mon-Thu 10:00-16:00",
      howToRefer:
        "Refer through the app; the office advises on study skills, exam regulations, resits and reduced study plans. Mentees can also come to the front desk without an appointment.",
      createdAt: setUpAt,
    },
    {
      id: centres.finance,
      cohortId,
      name: "Financial Aid Office",
      category: "FINANCIAL",
      contact: "Student Services Building, room 1.20 · finaid@duomentor.test · +49 30 0000 1300",
      hours: "Mon, Wed, Fri 9:00-13:00",
      howToRefer:
        "Refer through the app or send the mentee directly: student finance, scholarships, emergency loans and part-time work that fits the timetable.",
      createdAt: setUpAt,
    },
    {
      id: centres.health,
      cohortId,
      name: "Student Health Service",
      category: "HEALTH",
      contact: "Campus Health Centre, ground floor · health@duomentor.test · +49 30 0000 1400",
      hours: "Mon-Fri 8:00-16:00; walk-in until 11:00",
      howToRefer:
        "Mentees can walk in; refer through the app when a follow-up is wanted. Also handles the vaccinations needed before clinical courses.",
      createdAt: setUpAt,
    },
  ];

  // --- email templates (the coordinator's library)
  const templates: Prisma.EmailTemplateCreateManyInput[] = TEMPLATES.map((t, i) => ({
    id: idOf("tpl", i + 1),
    cohortId,
    ownerId: null,
    authorId: coordinator.id,
    category: t.category,
    title: t.title,
    subject: t.subject,
    body: t.body,
    createdAt: addMinutes(setUpAt, 60 * 24 * 20 + 15 * i),
    updatedAt: addMinutes(setUpAt, 60 * 24 * 20 + 15 * i),
  }));

  // --- slots and bookings (face-to-face meetings)
  const slots: Prisma.AvailabilitySlotCreateManyInput[] = [];
  const bookings: Prisma.BookingCreateManyInput[] = [];
  const slot = (
    g: number,
    mentorId: string,
    day: number,
    hour: number,
    minute: number,
    length: number,
    place: string,
    kind: "INDIVIDUAL" | "GROUP" = "INDIVIDUAL",
  ) => {
    const startsAt = localTime(D(day), hour, minute);
    const createdAt = localTime(D(Math.min(day, 0) - 3), 20, 5 * g);
    const id = idOf("slot", slots.length + 1);
    slots.push({
      id,
      cohortId,
      pairId: pairs[g].id!,
      mentorId,
      startsAt,
      endsAt: addMinutes(startsAt, length),
      place,
      kind,
      capacity: kind === "GROUP" ? 6 : 1,
      createdAt,
      updatedAt: createdAt,
    });
    return { id, startsAt, createdAt };
  };
  const book = (
    s: { id: string; createdAt: Date },
    mentee: Person,
    hoursAfter: number,
    status: "BOOKED" | "ATTENDED" = "BOOKED",
    markedAt?: Date,
  ) => {
    const id = idOf("bkg", bookings.length + 1);
    const bookedAt = addMinutes(s.createdAt, 60 * hoursAfter);
    bookings.push({
      id,
      slotId: s.id,
      menteeId: mid(mentee),
      status,
      bookedAt,
      markedAt: markedAt ?? null,
      updatedAt: markedAt ?? bookedAt,
    });
    return id;
  };
  const pastSlot = slot(0, preclinicalIds[0], -4, 16, 0, 45, "Dormitory study room");
  const pastMeetingEnd = addMinutes(pastSlot.startsAt, 45);
  const attendedBooking = book(pastSlot, demoMentee, 14, "ATTENDED", addMinutes(pastMeetingEnd, 30));
  book(slot(0, preclinicalIds[0], 2, 16, 0, 45, "Dormitory study room"), demoMentee, 18);
  slot(0, clinicalIds[0], 3, 12, 30, 45, "Campus cafe");
  slot(0, clinicalIds[0], 5, 17, 0, 45, "Campus cafe");
  const groupSlot = slot(0, preclinicalIds[0], 6, 18, 0, 90, "Lecture room B", "GROUP");
  book(groupSlot, groups[0][1], 2);
  book(groupSlot, groups[0][2], 5);
  book(groupSlot, groups[0][4], 21);
  book(slot(1, clinicalIds[1], 4, 13, 0, 60, "Campus cafe"), groups[1][2], 10);
  slot(2, preclinicalIds[2], 2, 17, 30, 45, "Library group study room 2");
  book(slot(3, preclinicalIds[3], 7, 18, 0, 60, "Dormitory study room"), groups[3][0], 6);
  slot(4, clinicalIds[4], 8, 12, 15, 45, "Lecture room B");
  slot(5, preclinicalIds[5], 9, 16, 0, 90, "Campus cafe", "GROUP");

  // --- contact logs
  const cRng = rngFor("contacts");
  const contactLogs: Prisma.ContactLogCreateManyInput[] = [];
  const nextLogId = idMaker("log");
  const log = (row: Omit<Prisma.ContactLogCreateManyInput, "id" | "cohortId" | "createdAt">) => {
    const id = nextLogId();
    const occurredAt = new Date(row.occurredAt);
    contactLogs.push({ id, cohortId, ...row, createdAt: addMinutes(occurredAt, cRng.int(5, 90)) });
    return id;
  };
  const topicsFor = (clinical: boolean, dormitory: boolean): ContactTopic[] => {
    const pool = clinical ? CLINICAL_TOPICS : PRECLINICAL_TOPICS;
    const first = dormitory && !clinical && cRng.chance(0.4) ? "ADAPTATION_DORMITORY" : cRng.pick(pool);
    const second = cRng.chance(0.4) ? cRng.pick(pool) : first;
    return first === second ? [first] : [first, second];
  };
  const noteFor = (topics: ContactTopic[]) =>
    cRng.chance(0.3) ? (cRng.pick(NOTES[topics[0]] ?? ["Good conversation; nothing to follow up."]) ?? null) : null;

  // The ones the later "overdue" views should show: no completed contact in 10+ days.
  const overdue = new Set([groups[0][3], groups[2][1], groups[4][4]]);
  const referralMentee = groups[0][2]; // the referral under review (Group 1)
  const educationalMentee = groups[2][3]; // the new routine referral (Group 3)
  let referralContactId = "";
  let referralContactAt = new Date(0);
  let educationalContactId = "";
  let educationalContactAt = new Date(0);

  groups.forEach((group, g) => {
    const pairId = pairs[g].id!;
    // One group meeting in the second week.
    const groupMeetingAt = localTime(addDays(startsOn, 8 + cRng.int(0, 3)), 17, 30);
    log({
      pairId,
      mentorId: preclinicalIds[g],
      menteeId: null,
      channel: "FACE_TO_FACE",
      occurredAt: groupMeetingAt,
      minutes: 60,
      topics: ["ADAPTATION_DORMITORY", "STUDY_METHODS_EXAMS"],
      note: `Group meeting with both mentors; ${cRng.int(4, 6)} of 6 came. Agreed on the mentoring agreement and how to reach us.`,
    });

    group.forEach((p, i) => {
      const menteeId = mid(p);
      const isOverdue = overdue.has(p);
      // Contact days, walking back from the latest one roughly weekly to the cohort start.
      const lastGap =
        p === referralMentee ? 3 : p === educationalMentee ? 2 : isOverdue ? cRng.int(13, 16) : cRng.int(1, 7);
      const days: Date[] = [];
      for (let day = D(-lastGap); day.getTime() > startsOn.getTime(); day = addDays(day, -cRng.int(6, 8))) {
        days.unshift(day);
      }
      days.forEach((day, k) => {
        const last = k === days.length - 1;
        let clinical = (k + i) % 2 === 1;
        if (last && p === referralMentee) clinical = true;
        if (last && p === educationalMentee) clinical = false;
        const mentorId = clinical ? clinicalIds[g] : preclinicalIds[g];
        const hour = cRng.int(9, 15);
        const minute = 5 * cRng.int(0, 11);
        const at = localTime(day, hour, minute);

        if (k === 0) {
          log({
            pairId,
            mentorId,
            menteeId,
            channel: "PHONE",
            occurredAt: at,
            minutes: cRng.int(20, 40),
            topics: ["ADAPTATION_DORMITORY", "OTHER"],
            note: "Introduction call: agreed to talk weekly by phone and to meet with the group in week 2.",
          });
          return;
        }
        if (last && p === referralMentee) {
          referralContactAt = at;
          referralContactId = log({
            pairId,
            mentorId,
            menteeId,
            channel: "PHONE",
            occurredAt: at,
            minutes: 35,
            topics: ["STRESS_WELLBEING"],
            note: "Low mood and poor sleep for several weeks. Asked directly: no thoughts of self-harm. Agreed to a referral to the counselling centre.",
            followUpOn: D(4),
          });
          return;
        }
        if (last && p === educationalMentee) {
          educationalContactAt = at;
          educationalContactId = log({
            pairId,
            mentorId,
            menteeId,
            channel: "FACE_TO_FACE",
            occurredAt: at,
            minutes: 40,
            topics: ["STUDY_METHODS_EXAMS"],
            note: "Failed the anatomy midterm, unsure about resit rules; suggested the Educational Affairs Office.",
          });
          return;
        }
        const roll = cRng.next();
        const channel: ContactChannel =
          roll < 0.1 ? "FACE_TO_FACE" : roll < 0.16 ? "MESSAGE" : roll < 0.22 ? "EMAIL" : "PHONE";
        const topics = topicsFor(clinical, p.dormitory);
        if (channel === "PHONE" && cRng.chance(0.12)) {
          // An unanswered call, then the mentor keeps trying: called back later that day.
          log({
            pairId,
            mentorId,
            menteeId,
            channel,
            outcome: "NO_ANSWER",
            occurredAt: at,
            minutes: null,
            note: cRng.chance(0.5) ? "No answer; left a voicemail." : null,
          });
          log({
            pairId,
            mentorId,
            menteeId,
            channel,
            occurredAt: addMinutes(at, 60 * cRng.int(3, 5)),
            minutes: cRng.int(5, 30),
            topics,
            note: noteFor(topics),
          });
          return;
        }
        log({
          pairId,
          mentorId,
          menteeId,
          channel,
          occurredAt: at,
          minutes:
            channel === "FACE_TO_FACE" ? cRng.int(25, 40) : channel === "PHONE" ? cRng.int(5, 40) : cRng.int(5, 15),
          topics,
          note: noteFor(topics),
        });
      });
      // Persistence with one overdue mentee: calls that were not answered.
      if (p === groups[0][3]) {
        for (const [gap, mentorId] of [
          [7, preclinicalIds[0]],
          [3, clinicalIds[0]],
        ] as const) {
          log({
            pairId,
            mentorId,
            menteeId,
            channel: "PHONE",
            outcome: "NO_ANSWER",
            occurredAt: localTime(D(-gap), 18, 15),
            minutes: null,
            note: "No answer; sent a text asking for a good time to call.",
          });
        }
      }
    });
  });
  // The face-to-face meeting that was booked and marked attended.
  log({
    pairId: pairs[0].id!,
    mentorId: preclinicalIds[0],
    menteeId: mid(demoMentee),
    channel: "FACE_TO_FACE",
    occurredAt: pastSlot.startsAt,
    minutes: 45,
    topics: ["STUDY_METHODS_EXAMS", "ADAPTATION_DORMITORY"],
    note: "Went through the revision plan for the respiratory block.",
    bookingId: attendedBooking,
  });

  // --- template sends (each an EMAIL contact)
  const templateSends: Prisma.TemplateSendCreateManyInput[] = [];
  const send = (
    g: number,
    clinical: boolean,
    templateIndex: number,
    recipients: Person[],
    sentAt: Date,
    nextMeeting: string,
    batch: number,
  ) => {
    const t = TEMPLATES[templateIndex];
    const senderId = clinical ? clinicalIds[g] : preclinicalIds[g];
    const sender = clinical ? clinicalPeople[g] : preclinicalPeople[g];
    for (const p of recipients) {
      const render = (s: string) =>
        s
          .replaceAll("{{menteeFirstName}}", p.first)
          .replaceAll("{{mentorName}}", sender.name)
          .replaceAll("{{nextMeeting}}", nextMeeting);
      const contactLogId = log({
        pairId: pairs[g].id!,
        mentorId: senderId,
        menteeId: mid(p),
        channel: "EMAIL",
        occurredAt: sentAt,
        minutes: null,
        topics: [CATEGORY_TOPIC[t.category]],
        note: null,
      });
      templateSends.push({
        id: idOf("snd", templateSends.length + 1),
        cohortId,
        templateId: templates[templateIndex].id,
        senderId,
        menteeId: mid(p),
        batchId: idOf("bat", batch),
        subject: render(t.subject),
        body: render(t.body),
        sentAt,
        readAt: cRng.chance(0.6) ? addMinutes(sentAt, cRng.int(30, 60 * 20)) : null,
        contactLogId,
      });
    }
  };
  const fmt = (d: Date) => meetingFormat.format(d);
  // Group 1: study methods before the respiratory block, to the whole group.
  const respiratorySent = localTime(D(-12), 19, 30);
  send(0, false, 0, groups[0], respiratorySent, `${fmt(localTime(D(-8), 17, 30))}, Dormitory study room`, 1);
  // Group 2: why basic science matters, to one mentee.
  send(1, true, 5, [groups[1][0]], localTime(D(-6), 20, 10), `our call next week`, 2);
  // Group 4: managing stress, to two mentees.
  send(
    3,
    false,
    4,
    [groups[3][1], groups[3][4]],
    localTime(D(-4), 18, 45),
    `${fmt(localTime(D(7), 18, 0))}, Dormitory study room`,
    3,
  );

  // --- referrals
  const referrals: Prisma.ReferralCreateManyInput[] = [];
  const referralEvents: Prisma.ReferralEventCreateManyInput[] = [];
  const r1At = addMinutes(referralContactAt, 70);
  const r1Ack = addMinutes(r1At, 60 * 19 + 20);
  referrals.push({
    id: idOf("ref", 1),
    cohortId,
    pairId: pairs[0].id!,
    menteeId: mid(referralMentee),
    referredById: clinicalIds[0],
    contactLogId: referralContactId,
    category: "PSYCHOLOGICAL",
    urgency: "SOON",
    reason:
      `Over our last few calls ${referralMentee.first} has described sleeping badly, losing interest in studying and feeling isolated since the start of the semester. ` +
      `I asked directly about thoughts of self-harm: none. ${referralMentee.first} would like to talk to someone at the counselling centre and agreed that they may make contact.`,
    menteeInformed: true,
    menteeConsented: true,
    status: "ACKNOWLEDGED",
    createdAt: r1At,
    acknowledgedAt: r1Ack,
    updatedAt: r1Ack,
  });
  referralEvents.push(
    {
      id: idOf("rev", 1),
      referralId: idOf("ref", 1),
      actorId: clinicalPeople[0].id,
      fromStatus: null,
      toStatus: "SUBMITTED",
      createdAt: r1At,
    },
    {
      id: idOf("rev", 2),
      referralId: idOf("ref", 1),
      actorId: supervisor.id,
      fromStatus: "SUBMITTED",
      toStatus: "ACKNOWLEDGED",
      message: "Thank you — under review. I will speak to the counselling centre about a first appointment this week.",
      createdAt: r1Ack,
    },
  );
  const r2At = addMinutes(educationalContactAt, 95);
  referrals.push({
    id: idOf("ref", 2),
    cohortId,
    pairId: pairs[2].id!,
    menteeId: mid(educationalMentee),
    referredById: preclinicalIds[2],
    contactLogId: educationalContactId,
    category: "EDUCATIONAL",
    urgency: "ROUTINE",
    reason: `${educationalMentee.first} failed the anatomy midterm and is unsure about the resit rules and whether a reduced study plan is possible. Would benefit from advice by the Educational Affairs Office.`,
    menteeInformed: true,
    menteeConsented: true,
    status: "SUBMITTED",
    createdAt: r2At,
    updatedAt: r2At,
  });
  referralEvents.push({
    id: idOf("rev", 3),
    referralId: idOf("ref", 2),
    actorId: preclinicalPeople[2].id,
    fromStatus: null,
    toStatus: "SUBMITTED",
    createdAt: r2At,
  });

  // --- programme sessions
  const sRng = rngFor("sessions");
  const sessions: Prisma.ProgramSessionCreateManyInput[] = [];
  const attendance: Prisma.AttendanceCreateManyInput[] = [];
  const session = (
    row: Omit<Prisma.ProgramSessionCreateManyInput, "id" | "cohortId" | "createdAt" | "updatedAt">,
    createdAt: Date,
  ) => {
    const id = idOf("ses", sessions.length + 1);
    sessions.push({ id, cohortId, ...row, createdAt, updatedAt: createdAt });
    return id;
  };
  const attend = (
    sessionId: string,
    membershipId: string,
    status: "REGISTERED" | "ATTENDED" | "ABSENT",
    registeredAt: Date,
  ) => attendance.push({ id: idOf("att", attendance.length + 1), sessionId, membershipId, status, registeredAt });
  const mentorIds = [...clinicalIds, ...preclinicalIds];
  const menteeIds = groups.flat().map(mid);

  const trainingStart = localTime(addDays(startsOn, -14), 10);
  const training = session(
    {
      kind: "TRAINING",
      title: "Mentor training: mentoring concepts and communication skills",
      description:
        "Two half-days before mentoring starts: what mentoring is (and is not), active listening, difficult conversations, when and how to refer.",
      speakerName: supervisor.name,
      startsAt: trainingStart,
      endsAt: addMinutes(trainingStart, 6 * 60),
      place: "Skills lab seminar room",
      capacity: 15,
      audience: "MENTORS",
    },
    addDays(setUpAt, 5),
  );
  mentorIds.forEach((m) => attend(training, m, "ATTENDED", addDays(trainingStart, -7)));

  const briefingStart = localTime(addDays(startsOn, 1), 17);
  const briefing = session(
    {
      kind: "BRIEFING",
      title: "Programme briefing for mentees and mentors",
      description:
        "How dual peer mentoring works: your two mentors, contact by phone, email and face-to-face, the referral system and the surveys.",
      speakerName: coordinator.name,
      startsAt: briefingStart,
      endsAt: addMinutes(briefingStart, 90),
      place: "Lecture hall 2",
      capacity: 60,
      audience: "EVERYONE",
    },
    addDays(setUpAt, 5),
  );
  mentorIds.forEach((m) => attend(briefing, m, "ATTENDED", addDays(briefingStart, -6)));
  const absentFromBriefing = new Set(sRng.shuffle(menteeIds).slice(0, 4));
  menteeIds.forEach((m) =>
    attend(briefing, m, absentFromBriefing.has(m) ? "ABSENT" : "ATTENDED", addDays(briefingStart, -5)),
  );

  const roleModelStart = localTime(D(10), 17);
  const roleModelSession = session(
    {
      kind: "ROLE_MODEL",
      title: "Why basic science matters at the bedside",
      description:
        "Dr. Min-seo Park (internal medicine) on the first-year physiology and biochemistry she uses every day on the ward, and on her way from medical student to young doctor.",
      speakerId: roleModelId,
      startsAt: roleModelStart,
      endsAt: addMinutes(roleModelStart, 90),
      place: "Lecture hall 2",
      capacity: 40,
      audience: "MENTEES",
    },
    localTime(D(-9), 11),
  );
  sRng
    .shuffle(menteeIds.filter((m) => m !== mid(demoMentee)))
    .slice(0, 9)
    .forEach((m, i) =>
      attend(roleModelSession, m, "REGISTERED", localTime(D(-8 + Math.floor(i / 2)), 12 + (i % 8), 5 * i)),
    );

  const secondRoleModelStart = localTime(D(24), 17);
  session(
    {
      kind: "ROLE_MODEL",
      title: "From the anatomy lab to the operating theatre",
      description: "Dr. Omar Haddad (surgery) on why anatomy is the surgeon's everyday language.",
      speakerId: roleModel2Id,
      startsAt: secondRoleModelStart,
      endsAt: addMinutes(secondRoleModelStart, 90),
      place: "Lecture hall 2",
      capacity: 40,
      audience: "MENTEES",
    },
    localTime(D(-2), 10),
  );

  const interMentorStart = localTime(addDays(thisMonday, 9), 18, 30); // Wednesday next week
  session(
    {
      kind: "INTER_MENTOR",
      title: "Weekly inter-mentor session",
      description:
        "Mentors exchange ideas, share experiences and solve mentees' problems together. Supervisor present.",
      startsAt: interMentorStart,
      endsAt: addMinutes(interMentorStart, 60),
      place: "Seminar room 3",
      audience: "MENTORS",
    },
    localTime(D(-1), 9),
  );

  // --- the end-of-semester survey
  const surveyId = idOf("svy", 1);
  const opensAt = localTime(addDays(startsOn, 16 * 7), 9);
  const surveys: Prisma.SurveyCreateManyInput[] = [
    {
      id: surveyId,
      cohortId,
      title: "End-of-semester satisfaction",
      description:
        "Five minutes, anonymous in the reports: how well is the programme working for you? 1 = not at all, 5 = very high.",
      audience: "EVERYONE",
      aboutMentors: false,
      opensAt,
      closesAt: addDays(opensAt, 14),
      createdAt: addDays(setUpAt, 6),
    },
  ];
  const surveyItems: Prisma.SurveyItemCreateManyInput[] = [
    { kind: "LIKERT_5", prompt: "How appropriate is the mentoring programme for first-year medical students?" },
    { kind: "LIKERT_5", prompt: "How satisfied are you with the other party (your mentors, or your mentees)?" },
    { kind: "LIKERT_5", prompt: "How satisfied are you with the mentoring programme overall?" },
    { kind: "TEXT", prompt: "What should we keep, and what should we change next semester?", required: false },
  ].map(
    (item, i) => ({ id: idOf("itm", i + 1), surveyId, position: i + 1, ...item }) as Prisma.SurveyItemCreateManyInput,
  );

  const logins: DemoLogin[] = [
    { role: "coordinator", email: coordinator.email, name: coordinator.name },
    { role: "supervisor", email: supervisor.email, name: supervisor.name },
    { role: "clinical mentor (Group 1)", email: clinicalPeople[0].email, name: clinicalPeople[0].name },
    { role: "preclinical mentor (Group 1)", email: preclinicalPeople[0].email, name: preclinicalPeople[0].name },
    { role: "mentee (Group 1)", email: demoMentee.email, name: demoMentee.name },
    { role: "role model", email: roleModel.email, name: roleModel.name },
  ];

  return {
    logins,
    users,
    cohort,
    pausedPeriods,
    memberships,
    trainings,
    pairs,
    assignments,
    agreementAcks,
    supportCentres,
    templates,
    slots,
    bookings,
    contactLogs,
    templateSends,
    referrals,
    referralEvents,
    sessions,
    attendance,
    surveys,
    surveyItems,
  };
}

// ---------------------------------------------------------------- writing it

let demoHash: Promise<string> | undefined;
/** Hashed once per process: every demo user shares the password. */
function demoPasswordHash(): Promise<string> {
  demoHash ??= hashPassword(DEMO_PASSWORD);
  return demoHash;
}

const LOGIN_ORDER: { role: string; email: string }[] = [
  { role: "coordinator", email: DEMO_EMAILS.coordinator },
  { role: "supervisor", email: DEMO_EMAILS.supervisor },
  { role: "clinical mentor (Group 1)", email: DEMO_EMAILS.clinicalMentor },
  { role: "preclinical mentor (Group 1)", email: DEMO_EMAILS.preclinicalMentor },
  { role: "mentee (Group 1)", email: DEMO_EMAILS.mentee },
  { role: "role model", email: DEMO_EMAILS.roleModel },
];

/** The demo sign-ins that exist in this database (names as stored). */
async function existingLogins(db: Db): Promise<DemoLogin[]> {
  const users = await db.user.findMany({
    where: { email: { in: LOGIN_ORDER.map((l) => l.email) } },
    select: { email: true, name: true },
  });
  const byEmail = new Map(users.map((u) => [u.email, u.name]));
  return LOGIN_ORDER.filter((l) => byEmail.has(l.email)).map((l) => ({ ...l, name: byEmail.get(l.email)! }));
}

async function write(tx: Tx, d: DemoData) {
  await tx.user.createMany({ data: d.users });
  await tx.cohort.createMany({ data: [d.cohort] });
  await tx.pausedPeriod.createMany({ data: d.pausedPeriods });
  await tx.membership.createMany({ data: d.memberships });
  await tx.trainingCompletion.createMany({ data: d.trainings });
  await tx.mentorPair.createMany({ data: d.pairs });
  await tx.menteeAssignment.createMany({ data: d.assignments });
  await tx.agreementAcknowledgement.createMany({ data: d.agreementAcks });
  await tx.supportCentre.createMany({ data: d.supportCentres });
  await tx.emailTemplate.createMany({ data: d.templates });
  await tx.availabilitySlot.createMany({ data: d.slots });
  await tx.booking.createMany({ data: d.bookings });
  await tx.contactLog.createMany({ data: d.contactLogs });
  await tx.templateSend.createMany({ data: d.templateSends });
  await tx.referral.createMany({ data: d.referrals });
  await tx.referralEvent.createMany({ data: d.referralEvents });
  await tx.programSession.createMany({ data: d.sessions });
  await tx.attendance.createMany({ data: d.attendance });
  await tx.survey.createMany({ data: d.surveys });
  await tx.surveyItem.createMany({ data: d.surveyItems });
}

/**
 * Creates the demo programme unless a cohort already exists (then nothing is written).
 * Returns the demo sign-ins present in the database either way.
 */
export async function seedDemo(prisma: Db, opts: { today: Date }): Promise<{ created: boolean; logins: DemoLogin[] }> {
  if ((await prisma.cohort.count()) > 0) return { created: false, logins: await existingLogins(prisma) };
  const data = buildDemoData(opts.today, await demoPasswordHash());
  const created = await prisma.$transaction(
    async (tx) => {
      // Checked again inside the transaction; a concurrent seed fails on the fixed ids.
      if ((await tx.cohort.count()) > 0) return false;
      await write(tx, data);
      return true;
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
  return { created, logins: created ? data.logins : await existingLogins(prisma) };
}
