"use server";

import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/lib/auth/auth";
import { checkSignInLimit } from "@/lib/auth/sign-in-limiter";
import { safeCallbackPath } from "@/lib/auth/sign-in-link";
import { signInRequestSchema } from "@/lib/auth/sign-in-request";
import { recipientKey } from "@/lib/email/recipient-key";
import { getEnv } from "@/lib/env";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { clientIp } from "@/lib/http/client-ip";
import { hashIp } from "@/lib/security/hash-ip";
import { logError } from "@/lib/observability/log-error";

export async function requestSignInLinkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const t = await getTranslations("signIn");
  const failed = (formError: string | null, fieldErrors: Record<string, string> = {}): FormState => ({
    status: "error",
    fieldErrors,
    formError,
    values,
    message: null,
  });
  const parsed = signInRequestSchema.safeParse(values);
  if (!parsed.success) return failed(null, { email: t("invalidEmail") });

  const env = getEnv();
  const { email, callbackUrl } = parsed.data;
  try {
    const wait = await checkSignInLimit({
      emailKey: recipientKey(env.APP_SECRET, email),
      ipKey: hashIp(env.APP_SECRET, clientIp(await headers())),
    });
    if (wait !== null) return failed(t("rateLimited", { minutes: Math.ceil(wait / 60) }));
    await signIn("email", { email, redirectTo: safeCallbackPath(callbackUrl, env.APP_URL), redirect: false });
  } catch (error) {
    logError("sign-in", error);
    return failed((await getTranslations("forms"))("unexpected"));
  }
  redirect("/sign-in/check-email");
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
