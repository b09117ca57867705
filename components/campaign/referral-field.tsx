"use client";

import { useSearchParams } from "next/navigation";

/**
 * Carries `?ref=` from a shared link into the signature. Read in the browser, so the
 * campaign page's HTML stays the same for every visitor and can be cached.
 */
export function ReferralField() {
  const ref = useSearchParams().get("ref");
  return ref ? <input type="hidden" name="ref" value={ref} /> : null;
}
