import type { ReactNode } from "react";
import styles from "./dashboard.module.css";

/**
 * A table's box that scrolls when the table is wider or taller than the screen: focusable
 * and named, so keyboard users can scroll it too (WCAG 2.1.1).
 */
export function ScrollArea({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div className={styles.scroll} tabIndex={0} role="group" aria-labelledby={labelledBy}>
      {children}
    </div>
  );
}
