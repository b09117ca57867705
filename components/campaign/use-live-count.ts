"use client";

import { useEffect, useState } from "react";
import type { PublicSigner } from "@/lib/signatures/recent-public-signers";

export type LiveCount = { signatureCount: number; goal: number; recentSigners: PublicSigner[] };

const POLL_MS = 5_000;
const FIRST_EVENT_TIMEOUT_MS = 8_000;
const MAX_BACKOFF_MS = 30_000;

/**
 * Follows a campaign's count: the SSE stream first, reconnecting with backoff; polling
 * the (CDN-cacheable) JSON endpoint when streams fail or a proxy buffers them. A polled
 * count never lowers the one shown (a cache may answer with an older one); the stream's
 * may, because the server reads it fresh after every change, and withdrawn signatures do
 * take the count down.
 */
export function useLiveCount(slug: string, initial: LiveCount): LiveCount {
  const [live, setLive] = useState(initial);

  useEffect(() => {
    let stopped = false;
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    const encoded = encodeURIComponent(slug);

    const accept = (next: Partial<LiveCount> & { signatureCount: number }, fresh = false) =>
      setLive((current) =>
        next.signatureCount < current.signatureCount && !fresh
          ? current
          : { ...current, ...next, goal: Math.max(next.goal ?? current.goal, current.goal) },
      );

    const poll = async () => {
      if (stopped) return;
      try {
        const response = await fetch(`/api/v1/campaigns/${encoded}`, { headers: { accept: "application/json" } });
        if (response.ok) accept(await response.json());
      } catch {
        // Offline for a moment: the next poll tries again.
      }
      timer = setTimeout(poll, POLL_MS);
    };

    const connect = () => {
      if (stopped) return;
      if (typeof EventSource === "undefined" || failures >= 4) return void poll();
      let gotEvent = false;
      source = new EventSource(`/api/v1/campaigns/${encoded}/stream`);
      // The server sends the count at once; silence means a buffering proxy.
      timer = setTimeout(() => {
        if (gotEvent) return;
        source?.close();
        failures = 4;
        void poll();
      }, FIRST_EVENT_TIMEOUT_MS);
      source.addEventListener("count", (event) => {
        gotEvent = true;
        failures = 0;
        accept(JSON.parse((event as MessageEvent).data), true);
      });
      source.addEventListener("signers", (event) => {
        const recentSigners = JSON.parse((event as MessageEvent).data) as PublicSigner[];
        setLive((current) => ({ ...current, recentSigners }));
      });
      source.onerror = () => {
        source?.close();
        clearTimeout(timer);
        failures++;
        const delay = Math.min(1_000 * 2 ** failures, MAX_BACKOFF_MS) * (0.5 + Math.random() / 2);
        timer = setTimeout(connect, delay);
      };
    };

    connect();
    return () => {
      stopped = true;
      source?.close();
      clearTimeout(timer);
    };
  }, [slug]);

  return live;
}
