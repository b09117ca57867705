import type { IncomingMessage, ServerResponse } from "node:http";
import { CLIENT_IP_HEADER, CLIENT_IP_SIGNATURE_HEADER, hasUntrustedForwarding, resolveClientIp, signClientIp } from "../http/client-ip";
import type { ProxyTrust } from "../http/proxy-trust";
import { cookieValue, DEV_MAILBOX_COOKIE, mayOpenDevMailbox, sameSecret, type DevMailboxPolicy } from "./dev-mailbox-access";

export type RequestGateOptions = {
  secret: string;
  proxyTrust: ProxyTrust;
  devMailbox: DevMailboxPolicy & { secureCookie: boolean };
  /** GET /__chorus/memory for the benchmark, to a bearer of the token; null: not served. */
  diagnostics: { token: string; send: (res: ServerResponse) => void } | null;
};

// Any spelling Next.js could route to app/[locale]/dev/…: /dev/…, /ko/dev/…, %64ev, //dev.
const DEV_PATH = /^\/(?:[a-z]{2}(?:-[a-z0-9]+)?\/)?dev(?:\/|$)/;

/** The path with runs of slashes made one (so "//dev" is no protocol-relative URL), and the query. */
function splitUrl(url: string | undefined): { path: string; query: URLSearchParams } {
  const [path = "/", query = ""] = (url ?? "/").split(/\?(.*)/s, 2);
  return { path: path.replace(/\/{2,}/g, "/"), query: new URLSearchParams(query) };
}

function normalizedPath(rawPath: string): string {
  let path = new URL(rawPath, "http://chorus.invalid").pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // Left encoded: the pattern still sees the plain spellings.
  }
  return path.replace(/\/{2,}/g, "/").toLowerCase();
}

/** A plain 404, the same as for a page that does not exist: a refusal tells nothing. */
function refuse(res: ServerResponse): true {
  res.writeHead(404, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" }).end("Not found");
  return true;
}

/**
 * What the Chorus server does to every request before the API or Next.js sees it: puts the
 * client address it resolved (and its signature) on the request, and answers the requests
 * only it may answer. Returns true when it answered.
 */
export function createRequestGate(options: RequestGateOptions) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const ip = resolveClientIp(req.socket.remoteAddress, req.headers["x-forwarded-for"] as string | undefined, options.proxyTrust);
    // Whatever a client sent under these names is replaced by what we determined.
    delete req.headers[CLIENT_IP_HEADER];
    delete req.headers[CLIENT_IP_SIGNATURE_HEADER];
    if (ip) {
      req.headers[CLIENT_IP_HEADER] = ip;
      req.headers[CLIENT_IP_SIGNATURE_HEADER] = signClientIp(options.secret, ip);
    }

    const { path: rawPath, query } = splitUrl(req.url);
    const path = normalizedPath(rawPath);
    if (path === "/__chorus/memory") {
      if (!options.diagnostics) return false;
      const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
      if (!sameSecret(bearer, options.diagnostics.token)) return refuse(res);
      options.diagnostics.send(res);
      return true;
    }
    if (DEV_PATH.test(path)) return gateDevMailbox(options.devMailbox, req, res, { ip, query }, options.proxyTrust);
    return false;
  };
}

type GatedRequest = { ip: string | null; query: URLSearchParams };

function gateDevMailbox(policy: RequestGateOptions["devMailbox"], req: IncomingMessage, res: ServerResponse, request: GatedRequest, trust: ProxyTrust): boolean {
  const { ip, query } = request;
  // A reverse proxy we were not told about makes every visitor look local: refuse what it forwards.
  if (hasUntrustedForwarding(req.headers, req.socket.remoteAddress, trust)) return refuse(res);
  const offeredKey = query.get("key");
  if (policy.key !== null && offeredKey !== null) {
    // The link from the console: swap the key for a cookie and drop it from the address bar.
    if (!mayOpenDevMailbox(policy, { clientIp: ip, cookieKey: offeredKey })) return refuse(res);
    // Always to the mailbox itself: the raw path could be spelled to leave this site ("/\\evil…").
    query.delete("key");
    const location = query.size > 0 ? `/dev/mailbox?${query}` : "/dev/mailbox";
    const cookie = `${DEV_MAILBOX_COOKIE}=${policy.key}; Path=/; HttpOnly; SameSite=Strict${policy.secureCookie ? "; Secure" : ""}`;
    res.writeHead(303, { location, "set-cookie": cookie, "cache-control": "no-store" }).end();
    return true;
  }
  const cookieKey = cookieValue(req.headers.cookie, DEV_MAILBOX_COOKIE);
  if (!mayOpenDevMailbox(policy, { clientIp: ip, cookieKey })) return refuse(res);
  return false;
}
