/** What a button on the unsubscribe page did, carried in `?done=` to the page's status message. */
export const PREFERENCE_OUTCOMES = {
  unsubscribed: "doneUnsubscribed",
  "stopped-all": "doneStoppedAll",
  resubscribed: "doneResubscribed",
  withdrawn: "doneWithdrawn",
  failed: "notPossible",
} as const;

export type PreferenceOutcome = keyof typeof PREFERENCE_OUTCOMES;

export function outcomeFrom(value: unknown): PreferenceOutcome | null {
  return typeof value === "string" && Object.hasOwn(PREFERENCE_OUTCOMES, value) ? (value as PreferenceOutcome) : null;
}
