import { timingSafeEqual } from "node:crypto";
import { isIP } from "node:net";
import type { FastifyReply, FastifyRequest } from "fastify";

export const TOKEN_COOKIE = "ytterby_token";

export interface AccessOptions {
  /** When set, every /api route but /api/health needs it (Authorization: Bearer, or the cookie set by /?token=). */
  token?: string;
  /**
   * Host names (without port) the server answers to. A page on another site can point its own host name at
   * 127.0.0.1 (DNS rebinding) and then read a loopback server as same-origin; checking Host defeats that.
   */
  allowedHosts: readonly string[];
}

const LOOPBACK_NAMES = ["127.0.0.1", "localhost", "[::1]"];

/** The loopback names, the bound address unless it is a wildcard, and YTTERBY_ALLOWED_HOSTS (comma-separated names). */
export function allowedHostsFor(host: string, extra: string | undefined = process.env.YTTERBY_ALLOWED_HOSTS): string[] {
  const bound = isIP(host) === 6 ? `[${host}]` : host.toLowerCase();
  const names = new Set([...LOOPBACK_NAMES, ...(host === "0.0.0.0" || host === "::" ? [] : [bound])]);
  for (const entry of (extra ?? "").split(",").map((s) => s.trim().toLowerCase()).filter(Boolean)) names.add(entry);
  return [...names];
}

/** The name part of a Host header: `[::1]:8080` → `[::1]`, `example.org:80` → `example.org`. */
const hostName = (header: string) => (header.startsWith("[") ? header.slice(0, header.indexOf("]") + 1) : (header.split(":")[0] ?? ""));

export function isLoopback(host: string): boolean {
  return host === "127.0.0.1" || host === "::1" || host === "localhost" || host.startsWith("127.");
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export class AccessDeniedError extends Error {
  override name = "AccessDeniedError";
  constructor(
    message: string,
    readonly statusCode: 401 | 403 | 421,
  ) {
    super(message);
  }
}

function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith("Bearer ")) return header.slice("Bearer ".length).trim();
  return request.cookies?.[TOKEN_COOKIE];
}

/** The onRequest check: Host first (before anything is read), then Origin for requests that carry one, then the token. */
export function checkAccess(request: FastifyRequest, options: AccessOptions): void {
  const host = (request.headers.host ?? "").toLowerCase();
  if (!options.allowedHosts.includes(hostName(host))) {
    throw new AccessDeniedError(`request: Host "${host.slice(0, 100)}" is not one this server answers to. Open it as http://127.0.0.1:<port>/, or add the name to YTTERBY_ALLOWED_HOSTS.`, 421);
  }
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== "null") {
    let originHost = "";
    try {
      originHost = new URL(origin).host.toLowerCase();
    } catch {
      originHost = "";
    }
    if (originHost !== host) throw new AccessDeniedError(`request: cross-origin requests from ${origin.slice(0, 100)} are refused.`, 403);
  } else if (origin === "null") {
    throw new AccessDeniedError("request: requests from an opaque origin are refused.", 403);
  }
  const path = request.url.split("?")[0] ?? "";
  if (!options.token || !path.startsWith("/api/") || path === "/api/health") return;
  const given = bearer(request);
  if (!given || !sameSecret(given, options.token)) {
    throw new AccessDeniedError("request: this server needs its access token. Send `Authorization: Bearer <token>`, or open the explorer once as /?token=<token>.", 401);
  }
}

/** `/?token=…` in the browser: check it, keep it in a same-site, script-inaccessible cookie, and drop it from the address bar. */
export function acceptTokenFromQuery(request: FastifyRequest, reply: FastifyReply, token: string | undefined): boolean {
  const given = (request.query as Record<string, unknown> | undefined)?.token;
  if (!token || typeof given !== "string") return false;
  if (!sameSecret(given, token)) throw new AccessDeniedError("request: that token is not this server's.", 401);
  void reply.setCookie(TOKEN_COOKIE, given, { httpOnly: true, sameSite: "strict", path: "/" }).redirect("/", 303);
  return true;
}
