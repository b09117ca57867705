/**
 * How precisely the public learns when someone signed. A confirmation time to the
 * millisecond can be matched with a person's known activity (an email read, a visit); ten
 * minutes is enough for "recent signers" and hides that.
 */
export const SIGNED_AT_GRANULARITY_MS = 10 * 60_000;

/** The time floored to the granularity, as an ISO string (so without seconds or milliseconds). */
export function coarseSignedAt(time: Date): string {
  return new Date(Math.floor(time.getTime() / SIGNED_AT_GRANULARITY_MS) * SIGNED_AT_GRANULARITY_MS).toISOString();
}
