import type { Db } from "../lib/db";
import { signatureRow } from "./signature-rows";

// Updates and their recipients, for the delivery tests.
export async function campaignUpdate(
  db: Db,
  campaignId: string,
  overrides: Partial<{ title: string; body: string; kind: "NEWS" | "RESPONSE" | "VICTORY" | "SETBACK" }> = {},
) {
  return db.campaignUpdate.create({
    data: {
      campaignId,
      kind: overrides.kind ?? "NEWS",
      title: overrides.title ?? "We delivered the petition",
      body: overrides.body ?? "Thank you, **all** of you.",
    },
  });
}

/** A confirmed signer who asked for updates, in a language, with an address a test can recognise. */
export async function consentingSigner(db: Db, campaignId: string, email: string, locale = "en") {
  const signature = await signatureRow(db, { campaignId, consentUpdates: true, email });
  return locale === "en" ? signature : db.signature.update({ where: { id: signature.id }, data: { locale } });
}
