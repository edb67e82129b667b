/** The coordinator's library of email templates in the demo (placeholders: lib/templates/rules.ts). */
import type { TemplateCategory } from "../../../generated/prisma/client";

export const TEMPLATES: { category: TemplateCategory; title: string; subject: string; body: string }[] = [
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
