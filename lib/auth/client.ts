import "server-only";
import { isIP } from "node:net";
import { env } from "../env";

/**
 * Who is asking, as far as a server can tell: the client's IP address and browser, from request
 * headers. `next start` puts the socket's address in X-Forwarded-For only when the request has none,
 * so behind a reverse proxy the address is the TRUSTED_PROXY_HOPS-th entry from the right (default
 * 1: one proxy, or none). Directly exposed, a client can forge the header: the per-IP budget then
 * slows honest clients only, and the global budget still bounds spraying (docs/decisions/061).
 */
export interface ClientInfo {
  ip: string;
  userAgent: string | null;
  /** raw Cookie header value of the device cookie, if any */
  deviceCookie: string | null;
}

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(h: HeaderBag, name: string): string | undefined {
  if (h instanceof Headers) return h.get(name) ?? undefined;
  const v = h[name] ?? h[name.toLowerCase()];
  return Array.isArray(v) ? v.join(", ") : v;
}

export function clientIp(h: HeaderBag): string {
  const hops = Math.max(1, env.TRUSTED_PROXY_HOPS);
  const list = (header(h, "x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const candidate = list[list.length - hops] ?? list[0] ?? header(h, "x-real-ip") ?? "";
  const ip = candidate.replace(/^::ffff:/, "");
  return isIP(ip) ? ip : "unknown";
}

export const DEVICE_COOKIE = "dm-device";

export function cookieValue(h: HeaderBag, name: string): string | null {
  const raw = header(h, "cookie") ?? "";
  for (const part of raw.split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return decodeURIComponent(v.join("="));
  }
  return null;
}

export function clientInfo(h: HeaderBag): ClientInfo {
  return {
    ip: clientIp(h),
    userAgent: header(h, "user-agent")?.slice(0, 400) ?? null,
    deviceCookie: cookieValue(h, DEVICE_COOKIE),
  };
}

/** The current request's client, for server actions; a fixed stand-in outside a request (tests). */
export async function requestClient(): Promise<ClientInfo> {
  try {
    const { headers } = await import("next/headers");
    return clientInfo(await headers());
  } catch {
    return { ip: "unknown", userAgent: null, deviceCookie: null };
  }
}

/** "Chrome on Linux": enough to recognise a device on the sessions page, no version or build. */
export function describeUserAgent(ua: string | null | undefined): string {
  if (!ua) return "Unknown browser";
  const browser = /Edg\//.test(ua)
    ? "Edge"
    : /Firefox\//.test(ua)
      ? "Firefox"
      : /Chrome\/|Chromium\//.test(ua)
        ? "Chrome"
        : /Safari\//.test(ua)
          ? "Safari"
          : "A browser";
  const os = /Android/.test(ua)
    ? "Android"
    : /iPhone|iPad|iOS/.test(ua)
      ? "iOS"
      : /Windows/.test(ua)
        ? "Windows"
        : /Mac OS X|Macintosh/.test(ua)
          ? "macOS"
          : /Linux|X11/.test(ua)
            ? "Linux"
            : "an unknown system";
  return `${browser} on ${os}`;
}
