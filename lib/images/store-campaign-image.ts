import { randomBytes } from "node:crypto";
import type { FileStorage } from "../storage/file-storage";
import { mediaUrlFor } from "../storage/media-url";

type StoreCampaignImageOptions = {
  storage: FileStorage;
  /** An image made by processCampaignImage. */
  bytes: Uint8Array;
  contentType: "image/webp";
};

/**
 * Stores a processed image under a new random key and returns its public path. Keys are
 * never reused (a changed image gets a new one), so the file can be cached forever.
 */
export async function storeCampaignImage({ storage, bytes, contentType }: StoreCampaignImageOptions): Promise<{ key: string; url: string }> {
  const key = `campaigns/${randomBytes(16).toString("hex")}.webp`;
  await storage.put(key, bytes, contentType);
  return { key, url: mediaUrlFor(key) };
}
