// What a campaign image may be, shared by the form (no server imports here) and the server.

/** The largest upload taken (5 MB): a phone photo fits. */
export const MAX_CAMPAIGN_IMAGE_BYTES = 5 * 1024 * 1024;
/** Pixels decoded at most (50 megapixels, e.g. 8192 × 6104): a tiny file can declare a huge image. */
export const MAX_CAMPAIGN_IMAGE_PIXELS = 50_000_000;
/** Stored images are at most this wide (and twice as tall); smaller ones keep their size. */
export const CAMPAIGN_IMAGE_MAX_WIDTH = 1600;
/** For the file input's `accept` attribute: the formats taken. */
export const CAMPAIGN_IMAGE_ACCEPT = "image/jpeg,image/png,image/webp,image/gif";

export type CampaignImageErrorCode = "NO_FILE" | "TOO_LARGE" | "NOT_AN_IMAGE" | "WRONG_EXTENSION" | "TOO_MANY_PIXELS";

type CampaignImageMessage =
  | { key: "imageMissing" | "imageNotAnImage" | "imageWrongExtension"; values: Record<string, never> }
  | { key: "imageTooLarge"; values: { maxMegabytes: number } }
  | { key: "imageTooManyPixels"; values: { maxMegapixels: number } };

/** The `campaignContent` message (and its values) that explains a refused image. */
export function campaignImageMessage(code: CampaignImageErrorCode): CampaignImageMessage {
  switch (code) {
    case "NO_FILE":
      return { key: "imageMissing", values: {} };
    case "TOO_LARGE":
      return { key: "imageTooLarge", values: { maxMegabytes: MAX_CAMPAIGN_IMAGE_BYTES / (1024 * 1024) } };
    case "NOT_AN_IMAGE":
      return { key: "imageNotAnImage", values: {} };
    case "WRONG_EXTENSION":
      return { key: "imageWrongExtension", values: {} };
    case "TOO_MANY_PIXELS":
      return { key: "imageTooManyPixels", values: { maxMegapixels: MAX_CAMPAIGN_IMAGE_PIXELS / 1_000_000 } };
  }
}
