import type { Db } from "../db";
import { COUNT_CHANNEL } from "./count-channel";

/** At most one NOTIFY per campaign per this many ms from one process. */
export const ANNOUNCE_INTERVAL_MS = 100;

type Announcer = { announce: (campaignId: string) => void };

// One announcer per database handle (in practice: per process).
const announcers = new WeakMap<object, Announcer>();

/**
 * Tells every process (through NOTIFY) that a campaign's count changed, after the
 * confirming transaction committed. NOTIFY inside that transaction would take
 * PostgreSQL's global notify lock through the commit's disk flush and serialize every
 * confirm; sent afterwards and coalesced per campaign (first change at once, then at
 * most every 100 ms), it costs a few tiny statements a second however busy the campaign.
 * Should a process die between commit and NOTIFY, the hubs' periodic re-sync catches up.
 */
export function countAnnouncerFor(db: Db): Announcer {
  let announcer = announcers.get(db);
  if (announcer) return announcer;
  const lastSent = new Map<string, number>();
  const pending = new Set<string>();
  const send = (campaignId: string) => {
    lastSent.set(campaignId, Date.now());
    pending.delete(campaignId);
    db.$executeRaw`SELECT pg_notify(${COUNT_CHANNEL}, ${campaignId})`.catch((error: Error) =>
      console.error(`[live] NOTIFY failed: ${error.message}`),
    );
  };
  announcer = {
    announce(campaignId) {
      if (pending.has(campaignId)) return;
      const wait = (lastSent.get(campaignId) ?? 0) + ANNOUNCE_INTERVAL_MS - Date.now();
      if (wait <= 0) return send(campaignId);
      pending.add(campaignId);
      setTimeout(() => send(campaignId), wait).unref();
    },
  };
  announcers.set(db, announcer);
  return announcer;
}
