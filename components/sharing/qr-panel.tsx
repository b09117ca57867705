"use client";

import Image from "next/image";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { QrCodeImages } from "@/lib/sharing/qr-code";
import { DownloadIcon, QrIcon } from "./share-icons";
import styles from "./share-bar.module.css";

type Props = {
  /** The address the code opens (with `src=qr`). The parent keys this component by it. */
  link: string;
  slug: string;
};

/**
 * "Show QR code": made in the browser on first opening (the library loads only then), shown
 * and offered as PNG (to print) and SVG (to scale), both as data URLs the page policy allows.
 */
export function QrPanel({ link, slug }: Props) {
  const t = useTranslations("sharing");
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [images, setImages] = useState<QrCodeImages | "failed" | null>(null);

  const toggle = () => {
    setOpen(!open);
    if (!open && images === null) {
      import("@/lib/sharing/qr-code")
        .then(({ qrCodeImages }) => qrCodeImages(link))
        .then(setImages, () => setImages("failed"));
    }
  };

  return (
    <div className={styles.qr}>
      <button type="button" className={styles.action} aria-expanded={open} aria-controls={panelId} onClick={toggle}>
        <QrIcon />
        <span>{open ? t("hideQr") : t("showQr")}</span>
      </button>
      <div id={panelId} hidden={!open} className={styles.qrPanel}>
        {images === null && <p className={styles.note}>{t("qrMaking")}</p>}
        {images === "failed" && <p className={styles.note}>{t("qrFailed")}</p>}
        {images && images !== "failed" && (
          <>
            <Image className={styles.qrImage} src={images.svg} alt={t("qrAlt")} width={220} height={220} unoptimized data-testid="share-qr" />
            <p className={styles.note}>{t("qrHint")}</p>
            <div className={styles.downloads}>
              <a className={styles.action} href={images.png} download={`${slug}-qr.png`}>
                <DownloadIcon />
                <span>{t("downloadPng")}</span>
              </a>
              <a className={styles.action} href={images.svg} download={`${slug}-qr.svg`}>
                <DownloadIcon />
                <span>{t("downloadSvg")}</span>
              </a>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
