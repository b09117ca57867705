import { describe, expect, it } from "vitest";
import { qrCodeImages } from "./qr-code";

describe("qrCodeImages", () => {
  it("returns a PNG and an SVG of the link", async () => {
    const { png, svg } = await qrCodeImages("https://petitions.example.org/c/save-my-friend?ref=Ab3_xY-9Qw12&src=qr");
    expect(png).toMatch(/^data:image\/png;base64,/);
    const bytes = Buffer.from(png.slice(png.indexOf(",") + 1), "base64");
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // 1024 px wide (the IHDR width), enough to print.
    expect(bytes.readUInt32BE(16)).toBe(1024);

    expect(svg).toMatch(/^data:image\/svg\+xml;charset=utf-8,/);
    const markup = decodeURIComponent(svg.slice(svg.indexOf(",") + 1));
    expect(markup).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* viewBox="0 0 \d+ \d+"/);
    expect(markup).toContain("<path");
  });
});
