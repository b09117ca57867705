import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { getEnv } from "@/lib/env";

/**
 * Auth.js builds its redirects from the request's URL, and the one Next.js hands a route
 * handler names Next's own host (localhost; even 127.0.0.1 is rewritten to localhost), not
 * the address the browser used. A plain Request on APP_URL gives it the public origin
 * (a NextRequest would normalize it back; AUTH_URL is left unset for the same reason).
 */
function onPublicOrigin(request: Request): NextRequest {
  const { pathname, search } = new URL(request.url);
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  return new Request(new URL(`${pathname}${search}`, getEnv().APP_URL), {
    method: request.method,
    headers: request.headers,
    body: hasBody ? request.body : undefined,
    duplex: "half",
  } as RequestInit) as NextRequest;
}

export const GET = (request: Request) => handlers.GET(onPublicOrigin(request));
export const POST = (request: Request) => handlers.POST(onPublicOrigin(request));
