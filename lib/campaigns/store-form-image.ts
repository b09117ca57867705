import "server-only";
import { campaignImageMessage } from "../images/campaign-image-limits";
import { saveCampaignImage } from "../images/save-campaign-image";
import type { FileStorage } from "../storage/file-storage";

export type StoreFormImageResult =
  | { ok: true; url: string | null }
  | { ok: false; code: string; field: "image"; params: Record<string, number> };

/**
 * The image a campaign form sent, checked and stored: its URL, null when no file was
 * chosen, or the `campaignContent` message that explains a refusal.
 */
export async function storeFormImage({ storage, file }: { storage: FileStorage; file: FormDataEntryValue | null }): Promise<StoreFormImageResult> {
  if (!(file instanceof File) || file.size === 0) return { ok: true, url: null };
  const saved = await saveCampaignImage({ storage, file });
  if (saved.ok) return { ok: true, url: saved.url };
  const { key, values } = campaignImageMessage(saved.code);
  return { ok: false, code: key, field: "image", params: values };
}
