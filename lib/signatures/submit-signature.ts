import type { Db } from "../db";
import { notifyOutbox } from "../email/outbox-signal";
import type { Locale } from "../i18n/locales";
import { hashEmailForLimits, hashIp } from "../security/hash-ip";
import type { SignRateLimiter } from "../security/sign-rate-limiter";
import { signPetition } from "./sign-petition";
import { fieldErrorsOf, signatureInputSchema, type SignatureFieldErrors } from "./signature-input";

export type SubmitSignatureResult =
  | { ok: true; email: string }
  | { ok: false; code: "VALIDATION_FAILED"; fields: SignatureFieldErrors }
  | { ok: false; code: "RATE_LIMITED"; retryAfterSeconds: number }
  | { ok: false; code: "CAMPAIGN_NOT_FOUND" | "CAMPAIGN_CLOSED" };

type SubmitSignatureOptions = {
  db: Db;
  limiter: SignRateLimiter;
  secret: string;
  campaignSlug: string;
  /** Untrusted input, from a form or a JSON body. */
  rawInput: Record<string, unknown>;
  locale: Locale;
  ip: string | null;
  now?: Date;
};

/** Everything a sign request goes through, shared by the page's form and the JSON API. */
export async function submitSignature(options: SubmitSignatureOptions): Promise<SubmitSignatureResult> {
  const { rawInput } = options;
  const parsed = signatureInputSchema.safeParse(rawInput);
  if (!parsed.success) return { ok: false, code: "VALIDATION_FAILED", fields: fieldErrorsOf(parsed.error) };
  const input = parsed.data;

  // A filled honeypot is a bot: it is told what a person would be told, and nothing is stored.
  if (typeof rawInput.hp === "string" && rawInput.hp.trim() !== "") return { ok: true, email: input.email };

  const ipHash = hashIp(options.secret, options.ip);
  const retryAfterSeconds = await options.limiter.check({
    ipKey: ipHash,
    emailKey: hashEmailForLimits(options.secret, options.campaignSlug, input.email),
  });
  if (retryAfterSeconds !== null) return { ok: false, code: "RATE_LIMITED", retryAfterSeconds };

  const result = await signPetition({
    db: options.db,
    secret: options.secret,
    campaignSlug: options.campaignSlug,
    input,
    locale: input.locale ?? options.locale,
    ipHash,
    now: options.now,
  });
  if (!result.ok) return result;
  if (result.outcome !== "unchanged") notifyOutbox();
  return { ok: true, email: input.email };
}
