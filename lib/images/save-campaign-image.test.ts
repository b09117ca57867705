import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LocalDiskStorage } from "../storage/local-disk-storage";
import { mediaKeyFromUrl } from "../storage/media-url";
import { MAX_CAMPAIGN_IMAGE_BYTES } from "./campaign-image-limits";
import { deleteCampaignImage } from "./delete-campaign-image";
import { saveCampaignImage } from "./save-campaign-image";

let root: string;
let storage: LocalDiskStorage;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "chorus-images-"));
  storage = new LocalDiskStorage(root);
});
afterEach(() => rm(root, { recursive: true, force: true }));

const storedFiles = async () => readdir(root, { recursive: true }).catch(() => []);

describe("saveCampaignImage", () => {
  it("stores a cleaned WebP under a new random key and returns its /media/ path", async () => {
    const png = await sharp({ create: { width: 2000, height: 1000, channels: 3, background: "teal" } }).png().toBuffer();
    const file = new File([new Uint8Array(png)], "banner.png", { type: "image/png" });
    const first = await saveCampaignImage({ storage, file });
    const second = await saveCampaignImage({ storage, file });
    if (!first.ok || !second.ok) throw new Error("refused");
    expect(first.url).toMatch(/^\/media\/campaigns\/[0-9a-f]{32}\.webp$/);
    expect(second.url).not.toBe(first.url);
    expect([first.width, first.height]).toEqual([1600, 800]);
    const stored = await storage.get(mediaKeyFromUrl(first.url)!);
    expect(stored?.contentType).toBe("image/webp");
    expect(await sharp(stored!.bytes).metadata()).toMatchObject({ format: "webp", width: 1600, height: 800 });
  });

  it("answers NO_FILE for an empty file field (no file chosen)", async () => {
    expect(await saveCampaignImage({ storage, file: new File([], "", { type: "application/octet-stream" }) })).toEqual({ ok: false, code: "NO_FILE" });
  });

  it("refuses a file over 5 MB without reading it", async () => {
    class UnreadableFile extends File {
      override arrayBuffer(): Promise<ArrayBuffer> {
        throw new Error("read");
      }
    }
    const file = new UnreadableFile([new Uint8Array(MAX_CAMPAIGN_IMAGE_BYTES + 1)], "huge.jpg", { type: "image/jpeg" });
    expect(await saveCampaignImage({ storage, file })).toEqual({ ok: false, code: "TOO_LARGE" });
  });

  it("stores nothing for a refused file", async () => {
    const text = new File(["hello, not an image"], "photo.png", { type: "image/png" });
    expect(await saveCampaignImage({ storage, file: text })).toEqual({ ok: false, code: "NOT_AN_IMAGE" });
    const jpeg = await sharp({ create: { width: 10, height: 10, channels: 3, background: "red" } }).jpeg().toBuffer();
    const misnamed = new File([new Uint8Array(jpeg)], "photo.png", { type: "image/png" });
    expect(await saveCampaignImage({ storage, file: misnamed })).toEqual({ ok: false, code: "WRONG_EXTENSION" });
    expect(await storedFiles()).toEqual([]);
  });
});

describe("deleteCampaignImage", () => {
  it("removes a stored image and leaves other URLs alone", async () => {
    const jpeg = await sharp({ create: { width: 10, height: 10, channels: 3, background: "red" } }).jpeg().toBuffer();
    const saved = await saveCampaignImage({ storage, file: new File([new Uint8Array(jpeg)], "a.jpg", { type: "image/jpeg" }) });
    if (!saved.ok) throw new Error(saved.code);
    for (const url of [null, "/campaigns/save-my-friend.svg", "https://example.org/a.webp", "/media/../secret.webp"]) {
      await deleteCampaignImage({ storage, url });
    }
    expect(await storage.get(mediaKeyFromUrl(saved.url)!)).not.toBeNull();
    await deleteCampaignImage({ storage, url: saved.url });
    expect(await storage.get(mediaKeyFromUrl(saved.url)!)).toBeNull();
  });
});
