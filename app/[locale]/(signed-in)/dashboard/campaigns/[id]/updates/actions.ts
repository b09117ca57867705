"use server";

import { getLocale } from "next-intl/server";
import { protectedAction } from "@/lib/auth/protected-action";
import { isLocale } from "@/lib/i18n/locales";
import { getCampaignUpdate } from "@/lib/updates/get-campaign-update";
import { sendUpdateTest } from "@/lib/updates/send-update-test";
import { startUpdateBroadcast } from "@/lib/updates/start-update-broadcast";
import { createCampaignUpdate } from "@/lib/updates/create-campaign-update";
import { deleteCampaignUpdate } from "@/lib/updates/delete-campaign-update";
import { editCampaignUpdate } from "@/lib/updates/edit-campaign-update";
import { publishCampaignUpdate } from "@/lib/updates/publish-campaign-update";
import { refreshUpdatePages } from "@/lib/updates/refresh-update-pages";
import { unpublishCampaignUpdate } from "@/lib/updates/unpublish-campaign-update";
import { updatePathAfter, updatesPathAfterDelete } from "@/lib/updates/update-done";
import { createUpdateFormSchema, editUpdateFormSchema, sendUpdateFormSchema, testUpdateFormSchema, updateActionFormSchema } from "@/lib/updates/update-input";

// Every code a domain function returns is a key of this namespace ("stale", "notFound", "ALREADY_SENT"…).
const MESSAGES = "campaignUpdates";
const codeKey = (code: string) => (code === "STALE" ? "stale" : code === "NOT_FOUND" ? "notFound" : code);

/** "Save draft" on a new update. */
export const createUpdateAction = protectedAction({
  access: "campaignOrganizer",
  schema: createUpdateFormSchema,
  messages: MESSAGES,
  run: async ({ input, person, db }) => {
    const { campaignId, ...fields } = input;
    const created = await createCampaignUpdate({ db, actorId: person.id, campaignId, fields });
    if (!created.ok) return { ok: false, code: codeKey(created.code) };
    return { ok: true, redirectTo: updatePathAfter(campaignId, created.updateId, "created") };
  },
});

/** "Save changes": refused once emailed, or when someone saved since the form was loaded. */
export const saveUpdateAction = protectedAction({
  access: "campaignOrganizer",
  schema: editUpdateFormSchema,
  messages: MESSAGES,
  run: async ({ input, person, db }) => {
    const { campaignId, updateId, version, ...fields } = input;
    const saved = await editCampaignUpdate({ db, actorId: person.id, campaignId, updateId, version, fields });
    if (!saved.ok) return { ok: false, code: codeKey(saved.code) };
    if (saved.changed && saved.published) refreshUpdatePages(saved.slug, updateId);
    return { ok: true, redirectTo: updatePathAfter(campaignId, updateId, saved.changed ? "saved" : "unchanged") };
  },
});

/**
 * The confirmation step's button: publish on the page, email the consenting signers, or
 * both. The email send starts once however often this runs (two tabs, a double click):
 * startUpdateBroadcast's unique row answers ALREADY_STARTED to every later attempt.
 */
export const sendUpdateAction = protectedAction({
  access: "campaignOrganizer",
  schema: sendUpdateFormSchema,
  messages: MESSAGES,
  run: async ({ input, person, db }) => {
    const { campaignId, updateId, version, choice } = input;
    // The right checked is on the campaign: the update must be one of its own, as the organizer saw it.
    const update = await getCampaignUpdate(db, campaignId, updateId);
    if (!update) return { ok: false, code: "notFound" };
    if (choice !== "publish" && update.broadcast) return { ok: false, code: "ALREADY_STARTED" };
    if (update.version !== version) return { ok: false, code: "stale" };
    if (choice !== "email") {
      const published = await publishCampaignUpdate({ db, actorId: person.id, campaignId, updateId, version });
      if (!published.ok) return { ok: false, code: codeKey(published.code) };
      if (published.changed) refreshUpdatePages(published.slug, updateId);
      if (choice === "publish") return { ok: true, redirectTo: updatePathAfter(campaignId, updateId, "published") };
    }
    const started = await startUpdateBroadcast(db, { updateId, startedById: person.id });
    if (!started.ok) return { ok: false, code: codeKey(started.code) };
    return { ok: true, redirectTo: updatePathAfter(campaignId, updateId, choice === "both" ? "publishedEmailing" : "emailing", started.recipientCount) };
  },
});

/** "Send me a test email": to the signed-in organizer's own address, never one typed in. */
export const testUpdateAction = protectedAction({
  access: "campaignOrganizer",
  schema: testUpdateFormSchema,
  messages: MESSAGES,
  run: async ({ input, person, db, env }) => {
    const { campaignId, updateId } = input;
    if (!(await getCampaignUpdate(db, campaignId, updateId))) return { ok: false, code: "notFound" };
    const locale = await getLocale();
    const sent = await sendUpdateTest(db, {
      updateId,
      toAddress: person.email,
      locale: isLocale(locale) ? locale : "en",
      secret: env.APP_SECRET,
      appUrl: env.APP_URL,
    });
    if (!sent.ok) return { ok: false, code: sent.code === "NOT_FOUND" ? "notFound" : sent.code === "EMPTY_UPDATE" ? "EMPTY_UPDATE" : "testFailed" };
    return { ok: true, redirectTo: updatePathAfter(campaignId, updateId, "tested") };
  },
});

/** "Take off the campaign page". */
export const unpublishUpdateAction = protectedAction({
  access: "campaignOrganizer",
  schema: updateActionFormSchema,
  messages: MESSAGES,
  run: async ({ input, person, db }) => {
    const { campaignId, updateId } = input;
    const result = await unpublishCampaignUpdate({ db, actorId: person.id, campaignId, updateId });
    if (!result.ok) return { ok: false, code: codeKey(result.code) };
    if (result.changed) refreshUpdatePages(result.slug, updateId);
    return { ok: true, redirectTo: updatePathAfter(campaignId, updateId, "unpublished") };
  },
});

/** "Yes, delete the draft". */
export const deleteUpdateAction = protectedAction({
  access: "campaignOrganizer",
  schema: updateActionFormSchema,
  messages: MESSAGES,
  run: async ({ input, person, db }) => {
    const deleted = await deleteCampaignUpdate({ db, actorId: person.id, ...input });
    if (!deleted.ok) return { ok: false, code: codeKey(deleted.code) };
    return { ok: true, redirectTo: updatesPathAfterDelete(input.campaignId) };
  },
});
