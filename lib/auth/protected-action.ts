import "server-only";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { getDb, type Db } from "../db";
import { getEnv, type Env } from "../env";
import { formValues, type FormState } from "../forms/form-state";
import { logError } from "../observability/log-error";
import type { Access, CampaignMembership } from "./access";
import { checkAccess } from "./check-access";
import type { Person } from "./person";

/** What a protected action's body returns: success, or a domain code the wrapper turns into a message. */
export type ActionResult =
  | { ok: true; message?: string; redirectTo?: string }
  | { ok: false; code: string; field?: string; params?: Record<string, string | number> };

export type ActionContext<Input> = {
  input: Input;
  person: Person;
  membership: CampaignMembership;
  db: Db;
  env: Env;
  formData: FormData;
};

type ProtectedActionOptions<Schema extends z.ZodType> = {
  access: Access;
  /** Parses the form's text fields (an object of strings); its messages are keys in `messages`. */
  schema: Schema;
  /**
   * The message namespace for zod messages, result codes and the success message, or
   * several, looked up in order (a form built from shared schemas, such as the campaign
   * form with the slug and image rules of `campaignContent`).
   */
  messages: string | readonly string[];
  run: (context: ActionContext<z.output<Schema>>) => Promise<ActionResult>;
};

type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * The one way to write an organizer, moderator or admin action: checks the session and the
 * person's right on the campaign (the form's `campaignId` field), parses with zod, runs the
 * domain function, and maps its result to the fixed state forms show, re-showing what the
 * person typed. Works for forms without JavaScript as well (useActionState).
 */
export function protectedAction<Schema extends z.ZodType>(options: ProtectedActionOptions<Schema>) {
  return async function action(_previous: FormState, formData: FormData): Promise<FormState> {
    const values = formValues(formData);
    const common = (await getTranslations("forms")) as unknown as Translate & { has: (key: string) => boolean };
    const namespaces = typeof options.messages === "string" ? [options.messages] : options.messages;
    const locals = await Promise.all(
      namespaces.map(async (namespace) => (await getTranslations(namespace as never)) as unknown as Translate & { has: (key: string) => boolean }),
    );
    const say = (key: string, params?: Record<string, string | number>) => {
      const local = locals.find((translate) => translate.has(key));
      return local ? local(key, params) : common.has(key) ? common(key, params) : common("invalid");
    };
    const failed = (formError: string | null, fieldErrors: Record<string, string> = {}): FormState => ({
      status: "error",
      fieldErrors,
      formError,
      values,
      message: null,
    });

    const { decision, person, membership } = await checkAccess(options.access, values.campaignId);
    if (decision !== "allowed") return failed(common(decision));

    const parsed = options.schema.safeParse(values);
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "form");
        fieldErrors[field] ??= say(issue.message);
      }
      return failed(null, fieldErrors);
    }

    let result: ActionResult;
    try {
      result = await options.run({ input: parsed.data, person: person!, membership, db: getDb(), env: getEnv(), formData });
    } catch (error) {
      logError(`action:${namespaces[0]}`, error);
      return failed(common("unexpected"));
    }
    if (!result.ok) {
      const message = say(result.code, result.params);
      return result.field ? failed(null, { [result.field]: message }) : failed(message);
    }
    // Outside the try: redirect() works by throwing.
    if (result.redirectTo) redirect(result.redirectTo);
    return { status: "success", fieldErrors: {}, formError: null, values, message: result.message ? say(result.message) : null };
  };
}
