import { subscriberPrefix } from "../security/hash-ip";

export type StreamLimits = {
  /** Open streams one client address (an IPv6 /64) may hold. */
  perClient: number;
  /** Open streams the whole process holds. */
  total: number;
};

export type StreamSlot = { release: () => void };
export type StreamRefusal = { refused: "client" | "total" };

export type StreamSlots = {
  /** A slot for one stream of this client, or why there is none. Release it exactly when the stream ends. */
  acquire(clientIp: string | null): StreamSlot | StreamRefusal;
  stats(): { total: number; clients: number };
};

/**
 * Counts the open live-count streams of this process, by client and in total, so one
 * address cannot hold every socket and the process cannot be held open without bound.
 * Per process and in memory: a stream lives on one process, and so does its cost.
 */
export function createStreamSlots(limits: StreamLimits): StreamSlots {
  const byClient = new Map<string, number>();
  let total = 0;

  return {
    acquire(clientIp) {
      // Same key as the sign limiter: one home or phone holds a whole IPv6 /64.
      const key = clientIp ? subscriberPrefix(clientIp) : "unknown";
      const held = byClient.get(key) ?? 0;
      if (held >= limits.perClient) return { refused: "client" };
      if (total >= limits.total) return { refused: "total" };
      byClient.set(key, held + 1);
      total++;
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          total--;
          const left = byClient.get(key)! - 1;
          if (left === 0) byClient.delete(key);
          else byClient.set(key, left);
        },
      };
    },
    stats: () => ({ total, clients: byClient.size }),
  };
}
