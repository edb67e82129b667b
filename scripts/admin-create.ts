/**
 * npm run admin:create -- --email ana@school.example --name "Ana Rahimi" [--password]
 *
 * Creates a coordinator (issue 10, item 1), with a first cohort in draft, on the database the app
 * uses (DATABASE_URL, else the PGlite directory: stop the server first, PGlite has one owner).
 * Prints a one-time sign-in link (24 hours) where they choose their password; with --password,
 * asks for the password on the terminal instead (never on the command line: it would stay in the
 * shell history). Works on an empty install and on one that has coordinators already.
 */
import { createInterface } from "node:readline";
import { z } from "zod";
import { hashPassword } from "../lib/auth/password";
import { passwordProblem } from "../lib/auth/password-policy";
import { translator } from "../lib/i18n/translate";
import { openDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { dbTarget } from "../lib/db/target";
import { env } from "../lib/env";
import { createCoordinator, SIGN_IN_LINK_HOURS } from "../lib/first-run/create";

const args = z.object({
  email: z.string().trim().toLowerCase().email("--email: give an email address"),
  name: z.string().trim().min(1, "--name: give the person's name").max(120),
  password: z.boolean(),
});

function parseArgs(argv: string[]) {
  const out: Record<string, string | boolean> = { password: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--password") out.password = true;
    else if (a === "--email" || a === "--name") out[a.slice(2)] = argv[++i] ?? "";
    else if (a.startsWith("--email=") || a.startsWith("--name=")) {
      const [k, ...v] = a.slice(2).split("=");
      out[k] = v.join("=");
    } else throw new Error(`Unknown argument ${a}. Usage: npm run admin:create -- --email … --name … [--password]`);
  }
  return args.parse(out);
}

/** Reads a line without echoing it (a TTY), or the first line of stdin (a pipe). */
function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
    const out = rl as unknown as { _writeToOutput?: (s: string) => void; output: NodeJS.WriteStream };
    if (process.stdin.isTTY) {
      out._writeToOutput = (s: string) => {
        if (s.includes(question)) process.stdout.write(s);
      };
    }
    rl.question(question, (answer) => {
      rl.close();
      if (process.stdin.isTTY) process.stdout.write("\n");
      resolve(answer);
    });
  });
}

async function main() {
  const input = parseArgs(process.argv.slice(2));
  let passwordHash: string | null = null;
  if (input.password) {
    const password = await askHidden("Password: ");
    const problem = passwordProblem(password, input);
    if (problem) throw new Error(translator("en").resolve(problem));
    if (process.stdin.isTTY && (await askHidden("Repeat the password: ")) !== password)
      throw new Error("The two passwords differ.");
    passwordHash = await hashPassword(password);
  }
  const handle = openDb(dbTarget());
  try {
    // A fresh install: the schema first (applies only what is missing).
    await migrate(handle.sql);
    const created = await handle.prisma.$transaction((tx) =>
      createCoordinator(tx, { name: input.name, email: input.email, passwordHash, now: new Date() }),
    );
    if (!created) throw new Error("Nothing was created.");
    const base = (env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");
    console.log(
      `${input.email} coordinates a new draft cohort${created.existingAccount ? " (an existing account)" : ""}.`,
    );
    if (created.token) {
      console.log(`One-time sign-in link (valid ${SIGN_IN_LINK_HOURS} hours): choose a password there.`);
      console.log(`${base}/invite/${created.token}`);
    } else {
      console.log(`Sign in at ${base}/login`);
    }
  } finally {
    await handle.close();
  }
}

main().catch((e) => {
  console.error(
    e instanceof z.ZodError ? e.issues.map((i) => i.message).join("\n") : e instanceof Error ? e.message : e,
  );
  process.exit(1);
});
