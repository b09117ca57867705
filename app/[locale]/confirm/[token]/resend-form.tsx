"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ResendState } from "./actions";

export function ResendForm({ action }: { action: () => Promise<ResendState> }) {
  const t = useTranslations("confirm");
  const [state, formAction, pending] = useActionState(action, { sent: false });
  if (state.sent) {
    return (
      <p className="alert alert--ok" role="status">
        {t("resent")}
      </p>
    );
  }
  return (
    <form action={formAction}>
      <button type="submit" className="button button--secondary" disabled={pending}>
        {t("resend")}
      </button>
    </form>
  );
}
