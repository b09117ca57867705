import "server-only";
import { apiError } from "../http/api-error";
import { getDb, type Db } from "../db";
import { logError } from "../observability/log-error";
import { ACCESS_STATUS, type Access } from "./access";
import { checkAccess } from "./check-access";
import type { Person } from "./person";

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

export type ProtectedRouteRun = (context: {
  request: Request;
  person: Person;
  db: Db;
  params: Record<string, string | string[] | undefined>;
}) => Promise<Response>;

type ProtectedRouteOptions = { access: Access; run: ProtectedRouteRun };

const MESSAGES = {
  unauthenticated: ["UNAUTHENTICATED", "Sign in first."],
  forbidden: ["FORBIDDEN", "You do not have permission to do this."],
  notFound: ["NOT_FOUND", "Not found."],
} as const;

/**
 * The route-handler form of protectedAction: the campaign is the route's `campaignId`
 * parameter; refusals are the API's JSON errors with 401, 403 or 404.
 */
export function protectedRoute({ access, run }: ProtectedRouteOptions) {
  return async function handler(request: Request, context: RouteContext): Promise<Response> {
    const params = await context.params;
    const campaignId = typeof params.campaignId === "string" ? params.campaignId : null;
    const { decision, person } = await checkAccess(access, campaignId);
    if (decision !== "allowed") {
      const [code, message] = MESSAGES[decision];
      return apiError(ACCESS_STATUS[decision], code, message);
    }
    try {
      return await run({ request, person: person!, db: getDb(), params });
    } catch (error) {
      logError(`route:${new URL(request.url).pathname.split("/").slice(0, 3).join("/")}`, error);
      return apiError(500, "INTERNAL", "Something went wrong on our side.");
    }
  };
}
