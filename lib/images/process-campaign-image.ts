import sharp, { type Metadata } from "sharp";
import { CAMPAIGN_IMAGE_MAX_WIDTH, MAX_CAMPAIGN_IMAGE_BYTES, MAX_CAMPAIGN_IMAGE_PIXELS, type CampaignImageErrorCode } from "./campaign-image-limits";

export type CampaignImageFormat = "jpeg" | "png" | "webp" | "gif";

export type ProcessCampaignImageResult =
  | { ok: true; bytes: Buffer; contentType: "image/webp"; width: number; height: number }
  | { ok: false; code: Exclude<CampaignImageErrorCode, "NO_FILE"> };

const FORMAT_OF_EXTENSION: Record<string, CampaignImageFormat> = {
  jpg: "jpeg", jpeg: "jpeg", jpe: "jpeg", jfif: "jpeg", png: "png", webp: "webp", gif: "gif",
};
const FORMAT_OF_MEDIA_TYPE: Record<string, CampaignImageFormat> = {
  "image/jpeg": "jpeg", "image/jpg": "jpeg", "image/pjpeg": "jpeg", "image/png": "png", "image/x-png": "png",
  "image/webp": "webp", "image/gif": "gif",
};

/** The extension of "photo.JPG" ("jpg"); none for "photo" or "notes v1.2" (digits only). */
function extensionOf(fileName: string): string | null {
  const match = /\.([a-z0-9]{1,10})$/i.exec(fileName.trim());
  return match?.[1] && /[a-z]/i.test(match[1]) ? match[1].toLowerCase() : null;
}

/**
 * Whether what the browser said about the file (its name, its type) agrees with what its
 * bytes are. Saying nothing (no extension, no type or the generic octet-stream) agrees.
 */
function declarationMatches(format: CampaignImageFormat, fileName: string, declaredType: string): boolean {
  const extension = extensionOf(fileName);
  if (extension !== null && FORMAT_OF_EXTENSION[extension] !== format) return false;
  const type = declaredType.split(";")[0]!.trim().toLowerCase();
  if (type && type !== "application/octet-stream" && FORMAT_OF_MEDIA_TYPE[type] !== format) return false;
  return true;
}

function isCampaignImageFormat(format: string | undefined): format is CampaignImageFormat {
  return format === "jpeg" || format === "png" || format === "webp" || format === "gif";
}

type ProcessCampaignImageOptions = {
  bytes: Uint8Array;
  /** The uploaded file's name and type as the browser declared them. */
  fileName: string;
  declaredType: string;
};

/**
 * Checks an uploaded campaign image by its bytes, not its name, and makes a safe copy:
 * turned upright by its EXIF orientation, stripped of ALL metadata (a photo's GPS position
 * could endanger the person who took it), at most 1600 px wide, re-encoded as WebP (an
 * animated GIF keeps its first frame). Re-encoding also means no bytes of the upload are
 * ever served as they came.
 */
export async function processCampaignImage({ bytes, fileName, declaredType }: ProcessCampaignImageOptions): Promise<ProcessCampaignImageResult> {
  if (bytes.byteLength > MAX_CAMPAIGN_IMAGE_BYTES) return { ok: false, code: "TOO_LARGE" };
  let metadata: Metadata;
  try {
    // Reads the header only: nothing is decoded yet, so the pixel limit is checked below
    // (where an oversized image gets its own answer) rather than here.
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return { ok: false, code: "NOT_AN_IMAGE" };
  }
  // SVG (scripts), TIFF, HEIF and the rest are refused: only what browsers show everywhere.
  if (!isCampaignImageFormat(metadata.format)) return { ok: false, code: "NOT_AN_IMAGE" };
  if (!declarationMatches(metadata.format, fileName, declaredType)) return { ok: false, code: "WRONG_EXTENSION" };
  const width = metadata.width ?? 0;
  const height = metadata.pageHeight ?? metadata.height ?? 0;
  if (width * height > MAX_CAMPAIGN_IMAGE_PIXELS) return { ok: false, code: "TOO_MANY_PIXELS" };

  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: MAX_CAMPAIGN_IMAGE_PIXELS, failOn: "error", animated: false })
      .timeout({ seconds: 20 })
      .autoOrient()
      .resize({ width: CAMPAIGN_IMAGE_MAX_WIDTH, height: CAMPAIGN_IMAGE_MAX_WIDTH * 2, fit: "inside", withoutEnlargement: true })
      // No withMetadata/keepExif: sharp writes no EXIF, XMP, IPTC or ICC profile (colours are converted to sRGB).
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
    return { ok: true, bytes: data, contentType: "image/webp", width: info.width, height: info.height };
  } catch {
    // A header that promised an image over bytes that do not decode.
    return { ok: false, code: "NOT_AN_IMAGE" };
  }
}
