"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import styles from "./embed-snippet.module.css";

const noSubscription = () => () => {};

/** The snippet in a read-only box, and (with JavaScript) a button that copies it and says so. */
export function CopySnippet({ snippet, id }: { snippet: string; id: string }) {
  const t = useTranslations("embed");
  // The button only does something with JavaScript: without it, the box is there to select from.
  const interactive = useSyncExternalStore(noSubscription, () => true, () => false);
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  const box = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (status === "idle") return;
    // Cleared after a while, so copying again is announced again.
    const timer = setTimeout(() => setStatus("idle"), 4_000);
    return () => clearTimeout(timer);
  }, [status]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setStatus("copied");
    } catch {
      box.current?.select();
      setStatus("failed");
    }
  };

  return (
    <div className={styles.copy}>
      <label htmlFor={id} className={styles.label}>
        {t("snippetLabel")}
      </label>
      <textarea
        id={id}
        ref={box}
        className={styles.code}
        readOnly
        rows={5}
        spellCheck={false}
        value={snippet}
        onFocus={(event) => event.currentTarget.select()}
        data-testid="embed-snippet"
      />
      <div className={styles.actions}>
        {interactive && (
          <button type="button" className={`button button--secondary ${styles.button}`} onClick={copy}>
            {t("copy")}
          </button>
        )}
        <p role="status" className={`${styles.status} ${status === "failed" ? styles.failed : ""}`}>
          {status === "copied" ? t("copied") : status === "failed" ? t("copyFailed") : ""}
        </p>
      </div>
    </div>
  );
}
