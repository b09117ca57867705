import { apiError } from "@/lib/http/api-error";
import { logError } from "@/lib/observability/log-error";
import { getServices } from "@/lib/server/services";
import { oneClickUnsubscribe } from "@/lib/unsubscribe/one-click-unsubscribe";

type Context = { params: Promise<{ token: string }> };

/**
 * RFC 8058 one-click unsubscribe: mail clients POST `List-Unsubscribe=One-Click` here,
 * without cookies or JavaScript. The signed token in the path is the proof, so no CSRF
 * token or Origin check applies (and proxy.ts does not run for /api/).
 */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { token } = await params;
  const { db, env } = getServices();
  try {
    const answer = await oneClickUnsubscribe(db, { secret: env.APP_SECRET, token, contentType: request.headers.get("content-type"), body: await request.text() });
    return Response.json(answer.body, { status: answer.status, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    logError("unsubscribe one-click", error);
    return apiError(500, "INTERNAL_ERROR", "Something went wrong; nothing was changed. Try again.");
  }
}

/** Someone opened the header's link in a browser: the page, which changes nothing on GET. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { token } = await params;
  return new Response(null, { status: 303, headers: { Location: `/unsubscribe/${encodeURIComponent(token)}`, "Cache-Control": "no-store" } });
}
