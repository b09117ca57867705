"use client";

import { useEffect, useRef } from "react";

/**
 * What the last button did, announced (role=status) and focused, so keyboard and screen
 * reader users land on the result rather than at the top of a reloaded page.
 */
export function StatusMessage({ children, tone }: { children: React.ReactNode; tone: "ok" | "error" }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <p ref={ref} className={`alert alert--${tone}`} role="status" tabIndex={-1} data-testid="preference-status">
      {children}
    </p>
  );
}
