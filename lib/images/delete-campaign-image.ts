import { isSafeStorageKey, type FileStorage } from "../storage/file-storage";
import { mediaKeyFromUrl } from "../storage/media-url";

/**
 * Removes a campaign image stored by saveCampaignImage, given the URL kept on the campaign
 * (after the campaign stops using it: the old key is never served again). Any other URL
 * (the demo's picture in public/, an address elsewhere) is left alone.
 */
export async function deleteCampaignImage({ storage, url }: { storage: FileStorage; url: string | null }): Promise<void> {
  const key = url ? mediaKeyFromUrl(url) : null;
  if (key?.startsWith("campaigns/") && isSafeStorageKey(key)) await storage.delete(key);
}
