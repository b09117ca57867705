import "server-only";
import type { FileStorage } from "../storage/file-storage";
import { MAX_CAMPAIGN_IMAGE_BYTES, type CampaignImageErrorCode } from "./campaign-image-limits";
import { processCampaignImage } from "./process-campaign-image";
import { storeCampaignImage } from "./store-campaign-image";

export type SaveCampaignImageResult =
  | { ok: true; url: string; width: number; height: number }
  | { ok: false; code: CampaignImageErrorCode };

/**
 * A campaign image from a form's file field, checked, cleaned and stored: what a server
 * action calls. An empty field (no file chosen) is NO_FILE; a file over the limit is
 * refused before its bytes are read. Explain a refusal with campaignImageMessage(code).
 */
export async function saveCampaignImage({ storage, file }: { storage: FileStorage; file: File }): Promise<SaveCampaignImageResult> {
  if (file.size === 0) return { ok: false, code: "NO_FILE" };
  if (file.size > MAX_CAMPAIGN_IMAGE_BYTES) return { ok: false, code: "TOO_LARGE" };
  const processed = await processCampaignImage({
    bytes: new Uint8Array(await file.arrayBuffer()),
    fileName: file.name,
    declaredType: file.type,
  });
  if (!processed.ok) return processed;
  const { url } = await storeCampaignImage({ storage, bytes: processed.bytes, contentType: processed.contentType });
  return { ok: true, url, width: processed.width, height: processed.height };
}
