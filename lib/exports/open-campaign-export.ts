import "server-only";
import type { Readable } from "node:stream";
import type pg from "pg";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db";
import { exportFileName } from "./export-file-name";
import { streamConsentingSignersCsv } from "./stream-consenting-signers-csv";
import { streamCountryCountsCsv } from "./stream-country-counts-csv";

export type CampaignExportKind = "signers" | "countries";

type OpenCampaignExportOptions = {
  db: Db;
  pool: pg.Pool;
  kind: CampaignExportKind;
  campaignId: string;
  /** Who downloads: the caller has checked they are on the campaign's team. */
  actorId: string;
  now?: Date;
};

/**
 * Starts a CSV download of a campaign's data, and logs who asked for it and when
 * ("export.signers", "export.countries") before the first byte leaves. The row count is not
 * logged: it would cost a second pass over the signers.
 */
export async function openCampaignExport({ db, pool, kind, campaignId, actorId, now = new Date() }: OpenCampaignExportOptions): Promise<{
  fileName: string;
  stream: Readable;
} | null> {
  const campaign = await db.$transaction(async (tx) => {
    const found = await tx.campaign.findUnique({ where: { id: campaignId }, select: { slug: true } });
    if (found) await recordAudit(tx, { actorId, action: `export.${kind}`, campaignId });
    return found;
  });
  if (!campaign) return null;
  const stream = kind === "signers" ? await streamConsentingSignersCsv({ pool, campaignId }) : await streamCountryCountsCsv({ db, campaignId });
  return { fileName: exportFileName(campaign.slug, kind, now), stream };
}
