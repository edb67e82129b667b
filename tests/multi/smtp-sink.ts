/**
 * A real SMTP server (smtp-server, nodemailer's) that keeps what it receives in memory, and a
 * small HTTP side to read it back: GET /health, GET /messages. The two-instance test points both
 * app instances' SMTP_URL at it (tests/multi/two-instances.spec.ts); the empty-database journey
 * (tests/e2e/first-run.spec.ts, playwright.config.ts with E2E_EMPTY_DB=1) follows the links in
 * the emails it receives (invitations, a password reset), so it keeps each text body too. Only
 * what the app sends is understood: one text/plain part, 7bit, quoted-printable or base64.
 */
import http from "node:http";
import { SMTPServer } from "smtp-server";

const smtpPort = Number(process.env.SINK_SMTP_PORT ?? 2525);
const httpPort = Number(process.env.SINK_HTTP_PORT ?? 2580);

interface Received {
  /** the SMTP user name: which instance sent it */
  sender: string | null;
  messageId: string | null;
  to: string[];
  subject: string | null;
  /** the decoded text body */
  text: string;
  /** the http(s) links in the text body, in order */
  links: string[];
}
const received: Received[] = [];

const header = (raw: string, name: string) =>
  new RegExp(`^${name}:[ \\t]*(.*(?:\\r?\\n[ \\t].*)*)`, "im")
    .exec(raw)?.[1]
    .replace(/\r?\n[ \t]+/g, " ")
    .trim() ?? null;

/** Quoted-printable (RFC 2045): soft line breaks go, =XX are bytes of UTF-8 text. */
function decodeQuotedPrintable(body: string): string {
  const bytes: number[] = [];
  const text = body.replace(/=\r?\n/g, "");
  for (let i = 0; i < text.length; i++) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === "=" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(text[i]!, "utf8"));
  }
  return Buffer.from(bytes).toString("utf8");
}

function decodeBody(headers: string, body: string): string {
  const encoding = (header(headers, "Content-Transfer-Encoding") ?? "7bit").toLowerCase();
  if (encoding === "quoted-printable") return decodeQuotedPrintable(body);
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  return body;
}

const smtp = new SMTPServer({
  authOptional: true,
  allowInsecureAuth: true,
  disabledCommands: ["STARTTLS"],
  onAuth(auth, _session, callback) {
    callback(null, { user: auth.username });
  },
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (c: Buffer) => chunks.push(c));
    stream.on("end", () => {
      const message = Buffer.concat(chunks).toString("utf8");
      const split = /\r?\n\r?\n/.exec(message);
      const raw = split ? message.slice(0, split.index) : message;
      const text = split ? decodeBody(raw, message.slice(split.index + split[0].length)) : "";
      received.push({
        sender: typeof session.user === "string" ? session.user : null,
        messageId: header(raw, "Message-ID"),
        to: session.envelope.rcptTo.map((r) => r.address),
        subject: header(raw, "Subject"),
        text,
        links: text.match(/https?:\/\/[^\s<>"]+/g) ?? [],
      });
      callback();
    });
  },
});
smtp.listen(smtpPort, "127.0.0.1");

http
  .createServer((req, res) => {
    res.setHeader("content-type", "application/json");
    if (req.url === "/messages") res.end(JSON.stringify(received));
    else res.end(JSON.stringify({ ok: true, smtpPort }));
  })
  .listen(httpPort, "127.0.0.1");

console.log(`smtp-sink: SMTP on 127.0.0.1:${smtpPort}, HTTP on 127.0.0.1:${httpPort}`);
