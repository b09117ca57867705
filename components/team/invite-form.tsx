"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { inviteCoOrganizerAction } from "@/app/[locale]/(signed-in)/dashboard/campaigns/[id]/team/actions";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { initialFormState } from "@/lib/forms/form-state";

/** The owner's form to invite a co-organizer by email. */
export function InviteForm({ campaignId }: { campaignId: string }) {
  const t = useTranslations("team");
  const [state, formAction, pending] = useActionState(inviteCoOrganizerAction, initialFormState);
  // After a sent invitation the field starts empty again; after an error it shows what was typed.
  const typed = state.status === "error" ? (state.values.email ?? "") : "";
  return (
    <form action={formAction} className="card form" noValidate aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t("inviteHeading")}</h2>
      <p>{t("inviteIntro")}</p>
      <FormStatus state={state} testId="invite-status" fieldOrder={["email"]} />
      <input type="hidden" name="campaignId" value={campaignId} />
      <FormField name="email" label={t("email")} hint={t("emailHint")} error={state.fieldErrors.email}>
        {(control) => <input {...control} type="email" autoComplete="off" inputMode="email" required defaultValue={typed} key={`${state.status}:${typed}`} />}
      </FormField>
      <button type="submit" className="button" disabled={pending}>
        {t("inviteSubmit")}
      </button>
    </form>
  );
}
