"use client";

import { useEffect, useMemo, useSyncExternalStore } from "react";
import { ATTRIBUTION_PARAMS } from "@/lib/referrals/attribution";

type Attribution = Partial<Record<keyof typeof ATTRIBUTION_PARAMS, string>>;
type Stored = { attribution: Attribution; at: number };

/** How long the first shared link a visitor came through keeps the credit. */
const FIRST_TOUCH_MS = 30 * 24 * 60 * 60 * 1000;

function fromUrl(params: URLSearchParams): Attribution {
  const found: Attribution = {};
  for (const [field, param] of Object.entries(ATTRIBUTION_PARAMS) as [keyof Attribution, string][]) {
    const value = params.get(param);
    if (value) found[field] = value.slice(0, 200);
  }
  return found;
}

/**
 * Carries where the visitor came from (`?ref=`, `?src=`, `utm_*`) into the signature. The
 * first link they came through keeps the credit (first touch), remembered in this browser
 * for 30 days per campaign, so a later visit through another link or none changes nothing.
 * Read in the browser, so the campaign page's HTML stays the same for every visitor and can
 * be cached. The server cleans every value again: these are only hints.
 *
 * The address is read from `location` after hydration rather than with useSearchParams:
 * in a cached page useSearchParams suspends rendering up to the nearest boundary, which
 * took the whole sign form out of the HTML a browser without JavaScript gets.
 */
export function ReferralField() {
  const search = useSyncExternalStore(subscribeToNothing, () => window.location.search, () => "");
  const pathname = useSyncExternalStore(subscribeToNothing, () => window.location.pathname, () => "");
  const key = `chorus:attribution:${pathname}`;
  const stored = useSyncExternalStore(subscribeToNothing, () => (pathname ? readStorage(key) : null), () => null);
  const current = useMemo(() => fromUrl(new URLSearchParams(search)), [search]);
  const first = useMemo(() => parseFirstTouch(stored), [stored]);
  const attribution = first ?? current;

  useEffect(() => {
    // Remember this link as the first touch when there is none yet.
    if (pathname && !first && Object.keys(current).length > 0) writeStorage(key, JSON.stringify({ attribution: current, at: Date.now() }));
  }, [first, current, key, pathname]);

  return (
    <>
      {(Object.entries(attribution) as [keyof Attribution, string][]).map(([field, value]) => (
        <input key={field} type="hidden" name={ATTRIBUTION_PARAMS[field]} value={value} />
      ))}
    </>
  );
}

const subscribeToNothing = () => () => {};

function parseFirstTouch(stored: string | null): Attribution | null {
  if (!stored) return null;
  try {
    const parsed = JSON.parse(stored) as Stored;
    return Date.now() - parsed.at < FIRST_TOUCH_MS ? parsed.attribution : null;
  } catch {
    return null;
  }
}

// Storage may be refused (private mode, a sandboxed frame): then the current link's values stand.
function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeStorage(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // As above.
  }
}
