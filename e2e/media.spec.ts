import { randomBytes } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { processCampaignImage } from "../lib/images/process-campaign-image";
import { storeCampaignImage } from "../lib/images/store-campaign-image";
import { LocalDiskStorage } from "../lib/storage/local-disk-storage";

// The folder the server under test keeps uploads in (its default: it runs in this checkout).
const uploadsDir = process.env.UPLOADS_DIR ?? path.resolve(".data", "uploads");
const storage = new LocalDiskStorage(uploadsDir);

/** A GET with the path sent exactly as written (fetch and Playwright would normalise "../" and "%2e%2e"). */
function rawGet(baseURL: string, rawPath: string): Promise<{ status: number; body: string; location?: string }> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    http
      .get({ hostname, port, path: rawPath }, (response) => {
        let body = "";
        response.setEncoding("latin1");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body, location: response.headers.location }));
      })
      .on("error", reject);
  });
}

test("an uploaded image is served as stored: WebP, no metadata, unsniffable, cached for good", async ({ request }) => {
  const photo = await sharp({ create: { width: 300, height: 200, channels: 3, background: "orange" } })
    .jpeg()
    .withExifMerge({ IFD0: { Artist: "Secret Person" }, IFD3: { GPSMapDatum: "WGS-84", GPSLatitudeRef: "N", GPSLatitude: "37/1 33/1 59/1" } })
    .toBuffer();
  const processed = await processCampaignImage({ bytes: photo, fileName: "photo.jpg", declaredType: "image/jpeg" });
  if (!processed.ok) throw new Error(processed.code);
  const { key, url } = await storeCampaignImage({ storage, bytes: processed.bytes, contentType: processed.contentType });
  try {
    const response = await request.get(url, { headers: { "Accept-Encoding": "gzip, br" } });
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers["content-type"]).toBe("image/webp");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    const body = await response.body();
    expect(body.equals(processed.bytes)).toBe(true);
    expect(body.includes("Secret Person")).toBe(false);
    expect(body.includes("WGS-84")).toBe(false);
  } finally {
    await storage.delete(key);
  }
});

test("unknown files are a JSON 404, not a page", async ({ request }) => {
  for (const url of ["/media/campaigns/0123456789abcdef0123456789abcdef.webp", "/media/campaigns/no-extension", "/media/nothing"]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(404);
    expect(response.headers()["content-type"], url).toContain("application/json");
    expect((await response.json()).error.code, url).toBe("NOT_FOUND");
  }
});

test("no spelling of ../ reaches a file beside the uploads folder", async ({ baseURL }) => {
  const name = `e2e-secret-${randomBytes(4).toString("hex")}.webp`;
  const secret = path.join(path.dirname(uploadsDir), name);
  await mkdir(uploadsDir, { recursive: true });
  await writeFile(secret, "top secret");
  try {
    for (const rawPath of [
      `/media/../${name}`,
      `/media/..%2f${name}`,
      `/media/..%2F${name}`,
      `/media/%2e%2e/${name}`,
      `/media/%2e%2e%2f${name}`,
      `/media/campaigns/..%2f..%2f${name}`,
      `/media/campaigns/%2e%2e/%2e%2e/${name}`,
      `/media/..%5c${name}`,
      `/media/%252e%252e%252f${name}`,
      `/media//..//${name}`,
    ]) {
      const response = await rawGet(baseURL!, rawPath);
      // Refused (404), or redirected by Next.js to a tidier path, which is asked in turn.
      expect([301, 308, 400, 404], rawPath).toContain(response.status);
      expect(response.body, rawPath).not.toContain("top secret");
      if (response.location) {
        const redirected = await rawGet(baseURL!, new URL(response.location, baseURL).pathname);
        expect(redirected.status, `${rawPath} → ${response.location}`).toBe(404);
        expect(redirected.body).not.toContain("top secret");
      }
    }
  } finally {
    await rm(secret, { force: true });
  }
});
