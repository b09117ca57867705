"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState, useSyncExternalStore } from "react";
import { campaignShareLink } from "@/lib/sharing/campaign-share-link";
import type { ShareContent } from "@/lib/sharing/share-content";
import { LINK_NETWORKS, NETWORK_NAMES, type ShareSource } from "@/lib/sharing/share-networks";
import { messageWithHashtag, shareUrlFor } from "@/lib/sharing/share-url-for";
import { shareOnKakaoTalk } from "./kakao-share";
import { QrPanel } from "./qr-panel";
import { LinkIcon, ShareIcon } from "./share-icons";
import styles from "./share-bar.module.css";

type Props = {
  content: ShareContent;
  /** The signer's own code: their links carry `?ref=` (after signing or confirming). */
  referralCode?: string | null;
  /** "page": anyone on the campaign page; "signed": right after signing or confirming. */
  variant: "page" | "signed";
};

const subscribeToNothing = () => () => {};
// Feature-detected after hydration (the server renders without it), so markup never mismatches.
const hasWebShare = () => typeof navigator.share === "function";

/** The networks whose names are translated; the others keep their own spelling everywhere. */
const TRANSLATED_NAMES = new Set(["kakaotalk", "weibo", "email"]);

/**
 * "Now share it": the device's share sheet where the browser has one, a link per network,
 * copy-link and a QR code. Every address is the campaign's plain URL plus the sharer's
 * `ref` and the button's `src` (see lib/sharing/).
 */
export function ShareBar({ content, referralCode, variant }: Props) {
  const t = useTranslations("sharing");
  const headingId = useId();
  const linkFieldId = useId();
  const canShareNatively = useSyncExternalStore(subscribeToNothing, hasWebShare, () => false);
  const [status, setStatus] = useState("");
  const [manualLink, setManualLink] = useState<string | null>(null);
  const clearStatus = useRef<ReturnType<typeof setTimeout>>(undefined);

  const linkFor = (source: ShareSource) => campaignShareLink({ campaignUrl: content.campaignUrl, referralCode, source });
  const nameOf = (network: keyof typeof NETWORK_NAMES) =>
    TRANSLATED_NAMES.has(network) ? t(`names.${network as "kakaotalk" | "weibo" | "email"}`) : NETWORK_NAMES[network];

  const announce = (message: string) => {
    clearTimeout(clearStatus.current);
    setStatus(message);
    clearStatus.current = setTimeout(() => setStatus(""), 6000);
  };

  const copy = async (source: ShareSource, copiedMessage: string) => {
    const link = linkFor(source);
    try {
      await navigator.clipboard.writeText(link);
      setManualLink(null);
      announce(copiedMessage);
    } catch {
      // Refused (no permission, an insecure origin, an old browser): show the link to copy by hand.
      setManualLink(link);
      announce(t("copyFailed"));
    }
  };

  const shareNatively = async () => {
    try {
      await navigator.share({ title: content.title, text: messageWithHashtag(content.message, content.hashtag), url: linkFor("native") });
    } catch {
      // Dismissed by the person (AbortError) or refused: nothing to undo.
    }
  };

  const shareOnKakao = async (key: string) => {
    try {
      await shareOnKakaoTalk(key, messageWithHashtag(content.message, content.hashtag), linkFor("kakaotalk"));
    } catch {
      // The SDK did not load (blocked, offline) or refused the key: hand over the link instead.
      await copy("kakaotalk", t("kakaoFailed"));
    }
  };

  return (
    <section className={`${styles.bar} ${variant === "page" ? styles.page : ""}`} aria-labelledby={headingId} data-testid={`share-bar-${variant}`}>
      <h2 id={headingId} className={styles.heading}>
        {variant === "page" ? t("headingPage") : t("headingSigned")}
      </h2>
      <p className={styles.intro}>{variant === "page" ? t("introPage") : t("introSigned")}</p>

      <div>
        <div className={styles.primary}>
          {canShareNatively && (
            <button type="button" className={`${styles.action} ${styles.native}`} onClick={shareNatively}>
              <ShareIcon />
              <span>{t("nativeShare")}</span>
            </button>
          )}
          <button type="button" className={styles.action} onClick={() => copy("copy", t("linkCopied"))}>
            <LinkIcon />
            <span>{t("copyLink")}</span>
          </button>
        </div>
        <p className={styles.status} role="status" aria-live="polite" data-testid="share-status">
          {status}
        </p>
        {manualLink && (
          <div className={styles.manual}>
            <label htmlFor={linkFieldId}>{t("linkLabel")}</label>
            <input id={linkFieldId} type="text" readOnly value={manualLink} onFocus={(event) => event.currentTarget.select()} />
          </div>
        )}
      </div>

      <ul className={styles.networks} aria-label={t("networksLabel")}>
        {LINK_NETWORKS.map((network) => (
          <li key={network}>
            <a
              className={styles.network}
              data-network={network}
              href={shareUrlFor(network, content, referralCode)}
              aria-label={t(`shareOn.${network}`)}
              // An email opens the mail app; a new tab would stay behind empty.
              {...(network === "email" ? {} : { target: "_blank", rel: "noopener noreferrer" })}
            >
              <span className={styles.dot} aria-hidden="true" />
              {nameOf(network)}
            </a>
          </li>
        ))}
        {content.kakaoJavaScriptKey && (
          <li>
            <button
              type="button"
              className={styles.network}
              data-network="kakaotalk"
              aria-label={t("shareOn.kakaotalk")}
              onClick={() => shareOnKakao(content.kakaoJavaScriptKey!)}
            >
              <span className={styles.dot} aria-hidden="true" />
              {nameOf("kakaotalk")}
            </button>
          </li>
        )}
      </ul>

      <QrPanel key={linkFor("qr")} link={linkFor("qr")} slug={content.slug} />
    </section>
  );
}
