/**
 * A real SMTP server (smtp-server, nodemailer's) that keeps what it receives in memory, and a
 * small HTTP side to read it back: GET /health, GET /messages. The two-instance test points both
 * app instances' SMTP_URL at it (tests/multi/two-instances.spec.ts).
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
}
const received: Received[] = [];

const header = (raw: string, name: string) =>
  new RegExp(`^${name}:[ \\t]*(.*(?:\\r?\\n[ \\t].*)*)`, "im")
    .exec(raw)?.[1]
    .replace(/\r?\n[ \t]+/g, " ")
    .trim() ?? null;

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
      // The headers only: the body of an email is nobody's business here.
      const raw = Buffer.concat(chunks)
        .toString("utf8")
        .split(/\r?\n\r?\n/)[0];
      received.push({
        sender: typeof session.user === "string" ? session.user : null,
        messageId: header(raw, "Message-ID"),
        to: session.envelope.rcptTo.map((r) => r.address),
        subject: header(raw, "Subject"),
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
