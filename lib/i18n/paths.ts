/** Only same-site paths: never send a person to another site after a redirect. */
export function safeReturnPath(value: unknown, fallback = "/"): string {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === "string" && v.startsWith("/") && !v.startsWith("//") && !v.startsWith("/\\") ? v : fallback;
}
