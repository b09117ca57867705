import pg from "pg";
import { COUNT_CHANNEL } from "./count-channel";

import type { PublicSigner } from "../signatures/recent-public-signers";

export type CountSnapshot = { signatureCount: number; recentSigners: PublicSigner[] };
export type CountListener = (snapshot: CountSnapshot) => void;

type CountHubOptions = {
  connectionString: string;
  /** Reads the exact count (the sum of the counter shards) and the latest public signers. */
  readSnapshot: (campaignId: string) => Promise<CountSnapshot>;
  /** At most one count read per campaign per this many ms, however many confirms arrive. */
  minReadIntervalMs?: number;
  /** Re-reads every followed count this often, in case a notification never came. */
  resyncIntervalMs?: number;
  log?: (message: string) => void;
};

type Channel = {
  listeners: Set<CountListener>;
  /** Listeners that joined since the last read and have not had a value yet. */
  awaitingFirst: Set<CountListener>;
  last: CountSnapshot | null;
  lastReadAt: number;
  timer: NodeJS.Timeout | null;
  reading: boolean;
  dirty: boolean;
};

/**
 * One LISTEN connection per process fans count changes out to every open stream of that
 * process, and a slow periodic re-read covers a notification that never came. Notifications are coalesced per campaign: a burst of 1,000 confirms costs a
 * few count reads, and every reader gets the exact value from the counter shards.
 * A lost connection is re-opened with backoff and all followed counts are re-read.
 */
export function createCountHub(options: CountHubOptions) {
  const minInterval = options.minReadIntervalMs ?? 200;
  const log = options.log ?? ((message: string) => console.log(`[live] ${message}`));
  const channels = new Map<string, Channel>();
  /** Other channels heard on the same connection (see listen()). */
  const otherChannels = new Map<string, (payload: string) => void>();
  let client: pg.Client | null = null;
  let closed = false;
  let reconnectDelay = 250;
  let connecting: Promise<void> | null = null;
  const resync = setInterval(() => {
    for (const [campaignId, channel] of channels) schedule(campaignId, channel);
  }, options.resyncIntervalMs ?? 5_000);
  resync.unref();

  const refresh = async (campaignId: string, channel: Channel) => {
    channel.reading = true;
    channel.dirty = false;
    channel.lastReadAt = Date.now();
    try {
      const snapshot = await options.readSnapshot(campaignId);
      // Counts only grow between reads unless someone repaired the counter; either way
      // the exact value is what every process must show.
      const changed = snapshot.signatureCount !== channel.last?.signatureCount;
      const receivers = changed ? channel.listeners : channel.awaitingFirst;
      channel.last = snapshot;
      for (const listener of receivers) listener(snapshot);
      channel.awaitingFirst.clear();
    } catch (error) {
      log(`count read failed for ${campaignId}: ${(error as Error).message}`);
      channel.dirty = true;
    } finally {
      channel.reading = false;
      if (channel.dirty) schedule(campaignId, channel);
    }
  };

  const schedule = (campaignId: string, channel: Channel) => {
    if (channel.listeners.size === 0 || channel.timer) return;
    if (channel.reading) {
      channel.dirty = true;
      return;
    }
    const wait = Math.max(0, channel.lastReadAt + minInterval - Date.now());
    channel.timer = setTimeout(() => {
      channel.timer = null;
      void refresh(campaignId, channel);
    }, wait);
  };

  const connect = async (): Promise<void> => {
    while (!closed) {
      const next = new pg.Client({ connectionString: options.connectionString });
      try {
        await next.connect();
        if (closed) {
          await next.end();
          return;
        }
        next.on("notification", (message) => {
          const other = otherChannels.get(message.channel);
          if (other) return other(message.payload ?? "");
          const channel = message.payload ? channels.get(message.payload) : undefined;
          if (channel) schedule(message.payload!, channel);
        });
        next.on("error", (error) => {
          log(`listen connection lost: ${error.message}`);
          void reconnect(next);
        });
        next.on("end", () => void reconnect(next));
        await next.query(`LISTEN ${COUNT_CHANNEL}`);
        for (const name of otherChannels.keys()) await next.query(`LISTEN ${name}`);
        client = next;
        reconnectDelay = 250;
        // Anything that changed while we were not listening is picked up now.
        for (const [campaignId, channel] of channels) schedule(campaignId, channel);
        return;
      } catch (error) {
        log(`listen connection failed: ${(error as Error).message}; retrying in ${reconnectDelay} ms`);
        await next.end().catch(() => {});
        await new Promise((resolve) => setTimeout(resolve, reconnectDelay));
        reconnectDelay = Math.min(reconnectDelay * 2, 10_000);
      }
    }
  };

  const reconnect = async (lost: pg.Client) => {
    if (closed || client !== lost) return;
    client = null;
    await lost.end().catch(() => {});
    connecting = connect();
    await connecting;
  };

  const ensureConnected = () => {
    connecting ??= connect();
    return connecting;
  };

  return {
    /** Follows a campaign's count; the listener gets the current value first, then each change. */
    async subscribe(campaignId: string, listener: CountListener): Promise<() => void> {
      await ensureConnected();
      let channel = channels.get(campaignId);
      if (!channel) {
        channel = {
          listeners: new Set(),
          awaitingFirst: new Set(),
          last: null,
          lastReadAt: 0,
          timer: null,
          reading: false,
          dirty: false,
        };
        channels.set(campaignId, channel);
      }
      channel.listeners.add(listener);
      if (channel.last !== null) {
        listener(channel.last);
      } else {
        channel.awaitingFirst.add(listener);
        schedule(campaignId, channel);
      }
      const current = channel;
      return () => {
        current.listeners.delete(listener);
        current.awaitingFirst.delete(listener);
        if (current.listeners.size === 0) {
          if (current.timer) clearTimeout(current.timer);
          channels.delete(campaignId);
        }
      };
    },
    /**
     * Hears another channel on the same connection, from now on and after every reconnect
     * (a notification sent while the connection was down is lost). `channel` is an identifier.
     */
    async listen(channel: string, handler: (payload: string) => void): Promise<void> {
      if (!/^[a-z_]+$/.test(channel)) throw new Error(`not a channel name: ${channel}`);
      otherChannels.set(channel, handler);
      await ensureConnected();
      await client?.query(`LISTEN ${channel}`);
    },
    /** The connection in use, for tests that cut it. */
    connection: () => client,
    stats: () => ({
      campaigns: channels.size,
      listeners: [...channels.values()].reduce((sum, channel) => sum + channel.listeners.size, 0),
    }),
    async close() {
      closed = true;
      clearInterval(resync);
      for (const channel of channels.values()) if (channel.timer) clearTimeout(channel.timer);
      channels.clear();
      await client?.end().catch(() => {});
    },
  };
}

export type CountHub = ReturnType<typeof createCountHub>;
