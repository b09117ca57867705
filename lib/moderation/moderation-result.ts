/** What a moderator's decision returns: the campaign it was about, or why nothing changed. */
export type ModerationResult =
  | { ok: true; campaign: { id: string; slug: string; title: string } }
  | {
      ok: false;
      /**
       * NOT_FOUND: no such campaign or report. ALREADY_DECIDED: its status is no longer the one
       * the moderator saw (someone else decided first). REASON_INVALID: 10–2000 characters needed.
       * CAMPAIGN_NOT_LIVE: a report's campaign cannot be unpublished because it is not live.
       */
      code: "NOT_FOUND" | "ALREADY_DECIDED" | "REASON_INVALID" | "CAMPAIGN_NOT_LIVE";
      field?: "reason";
    };

export const reasonInvalid = { ok: false, code: "REASON_INVALID", field: "reason" } as const;
