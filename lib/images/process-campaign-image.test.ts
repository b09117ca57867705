import { crc32 } from "node:zlib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { MAX_CAMPAIGN_IMAGE_BYTES } from "./campaign-image-limits";
import { processCampaignImage } from "./process-campaign-image";

const solid = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 40, b: 40 } } });

/** A phone photo: sideways (EXIF orientation 6), with where it was taken and who took it. */
async function photoWithGps() {
  return solid(400, 200)
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Artist: "Secret Person", Copyright: "Secret Person" },
      IFD3: { GPSMapDatum: "WGS-84", GPSLatitudeRef: "N", GPSLatitude: "37/1 33/1 59/1", GPSLongitudeRef: "E", GPSLongitude: "126/1 58/1 40/1" },
    })
    .toBuffer();
}

/** A small PNG whose header claims width × height: a decompression bomb's signature. */
async function pngClaiming(width: number, height: number) {
  const png = Buffer.from(await solid(8, 8).png().toBuffer());
  // IHDR: length (4) at 8, type at 12, width at 16, height at 20, …, CRC over type+data at 29.
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

const upload = (bytes: Uint8Array, fileName: string, declaredType = "") => processCampaignImage({ bytes, fileName, declaredType });

describe("processCampaignImage", () => {
  it("turns a photo upright and strips its EXIF, GPS position included", async () => {
    const photo = await photoWithGps();
    const before = await sharp(photo).metadata();
    expect(before.orientation).toBe(6);
    expect(before.exif?.includes("WGS-84")).toBe(true);
    expect(photo.includes("Secret Person")).toBe(true);

    const result = await upload(photo, "IMG_0001.JPG", "image/jpeg");
    if (!result.ok) throw new Error(result.code);
    const after = await sharp(result.bytes).metadata();
    expect(after.format).toBe("webp");
    expect(result.contentType).toBe("image/webp");
    // Sideways 400 × 200 stored upright.
    expect([after.width, after.height, result.width, result.height]).toEqual([200, 400, 200, 400]);
    expect(after.orientation).toBeUndefined();
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.iptc).toBeUndefined();
    expect(after.icc).toBeUndefined();
    expect(result.bytes.includes("Secret Person")).toBe(false);
    expect(result.bytes.includes("WGS-84")).toBe(false);
  });

  it("drops XMP and colour profiles too", async () => {
    const xmp = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Secret Person</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>`;
    const png = await solid(50, 50).png().withIccProfile("p3").withXmp(xmp).toBuffer();
    expect((await sharp(png).metadata()).xmp).toBeDefined();
    const result = await upload(png, "logo.png", "image/png");
    if (!result.ok) throw new Error(result.code);
    const after = await sharp(result.bytes).metadata();
    expect(after.xmp).toBeUndefined();
    expect(after.icc).toBeUndefined();
    expect(result.bytes.includes("Secret Person")).toBe(false);
  });

  it("shrinks wide images to 1600 px, keeping the proportions, and never enlarges small ones", async () => {
    const wide = await upload(await solid(3200, 1000).png().toBuffer(), "banner.png");
    expect(wide).toMatchObject({ ok: true, width: 1600, height: 500 });
    const small = await upload(await solid(640, 480).webp().toBuffer(), "small.webp", "image/webp");
    expect(small).toMatchObject({ ok: true, width: 640, height: 480 });
  });

  it("keeps the first frame of an animated GIF", async () => {
    const frames = await Promise.all(["red", "blue", "green"].map((colour) =>
      sharp({ create: { width: 30, height: 20, channels: 3, background: colour } }).png().toBuffer()));
    const gif = await sharp(frames, { join: { animated: true } }).gif().toBuffer();
    expect((await sharp(gif).metadata()).pages).toBe(3);
    const result = await upload(gif, "party.gif", "image/gif");
    if (!result.ok) throw new Error(result.code);
    const after = await sharp(result.bytes).metadata();
    expect(after.pages ?? 1).toBe(1);
    expect([result.width, result.height]).toEqual([30, 20]);
    const { dominant } = await sharp(result.bytes).stats();
    expect(dominant.r).toBeGreaterThan(200);
    expect(dominant.b).toBeLessThan(50);
  });

  it("refuses a text file named .png as not an image", async () => {
    expect(await upload(Buffer.from("just some notes, not a picture\n".repeat(20)), "notes.png", "image/png")).toEqual({
      ok: false,
      code: "NOT_AN_IMAGE",
    });
  });

  it("refuses images browsers do not all show, SVG (which can carry scripts) among them", async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
    expect(await upload(svg, "logo.svg", "image/svg+xml")).toEqual({ ok: false, code: "NOT_AN_IMAGE" });
    const tiff = await solid(10, 10).tiff().toBuffer();
    expect(await upload(tiff, "scan.tiff", "image/tiff")).toEqual({ ok: false, code: "NOT_AN_IMAGE" });
  });

  it("refuses a header that promises an image over bytes that do not decode", async () => {
    const jpeg = await solid(300, 300).jpeg().toBuffer();
    const truncated = jpeg.subarray(0, 400);
    expect((await sharp(truncated).metadata()).format).toBe("jpeg");
    expect(await upload(truncated, "cut.jpg", "image/jpeg")).toEqual({ ok: false, code: "NOT_AN_IMAGE" });
  });

  it("refuses a file whose name or declared type contradicts its contents", async () => {
    const png = await solid(20, 20).png().toBuffer();
    expect(await upload(png, "photo.jpg", "image/jpeg")).toEqual({ ok: false, code: "WRONG_EXTENSION" });
    expect(await upload(png, "photo.jpg", "")).toEqual({ ok: false, code: "WRONG_EXTENSION" });
    expect(await upload(png, "photo.png", "image/jpeg")).toEqual({ ok: false, code: "WRONG_EXTENSION" });
    expect(await upload(png, "photo.exe", "application/octet-stream")).toEqual({ ok: false, code: "WRONG_EXTENSION" });
    expect(await upload(png, "photo.txt", "text/plain")).toEqual({ ok: false, code: "WRONG_EXTENSION" });
  });

  it("accepts any spelling of the right extension, and names or types that say nothing", async () => {
    const jpeg = await solid(20, 20).jpeg().toBuffer();
    for (const [name, type] of [["A.JPG", "image/jpeg"], ["a.jpeg", "image/pjpeg"], ["a.jfif", ""], ["blob", ""], ["scan v1.2", "application/octet-stream"]]) {
      expect((await upload(jpeg, name!, type!)).ok, `${name} ${type}`).toBe(true);
    }
  });

  it("refuses files over 5 MB before looking inside them", async () => {
    const oversized = Buffer.alloc(MAX_CAMPAIGN_IMAGE_BYTES + 1);
    expect(await upload(oversized, "huge.png", "image/png")).toEqual({ ok: false, code: "TOO_LARGE" });
    const justUnder = Buffer.concat([await solid(10, 10).png().toBuffer(), Buffer.alloc(MAX_CAMPAIGN_IMAGE_BYTES - 1000)]);
    expect((await upload(justUnder.subarray(0, MAX_CAMPAIGN_IMAGE_BYTES), "ok.png")).ok).toBe(true);
  });

  it("refuses a small file that declares an enormous image (a decompression bomb) without decoding it", async () => {
    const bomb = await pngClaiming(30_000, 30_000);
    expect(bomb.byteLength).toBeLessThan(1000);
    expect(await sharp(bomb, { limitInputPixels: false }).metadata()).toMatchObject({ format: "png", width: 30_000, height: 30_000 });
    expect(await upload(bomb, "bomb.png", "image/png")).toEqual({ ok: false, code: "TOO_MANY_PIXELS" });
    // Just over 50 megapixels is refused; a large real photo is not.
    expect(await upload(await pngClaiming(10_000, 5_001), "big.png")).toEqual({ ok: false, code: "TOO_MANY_PIXELS" });
  });
});
