import type { ReactElement } from "react";
import satori from "satori";
import sharp from "sharp";
import type { PreviewEmoji } from "./preview-emoji";
import type { PreviewFontLibrary } from "./preview-fonts";
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from "./preview-layout";
import { textRunsOf } from "./text-runs";

/** What a render draws with: fonts and emoji pictures, all from npm packages on disk. */
export type PreviewAssets = { fonts: PreviewFontLibrary; emoji: PreviewEmoji };

/**
 * Draws a preview card to a PNG: satori lays it out into an SVG whose text is paths, and
 * sharp (librsvg, already used for uploads) rasterizes it. Not `next/og`'s ImageResponse:
 * it fetches fonts from Google Fonts and emoji from a CDN at run time for any character its
 * fonts lack, and keeps what it fetched in a map that only grows. Here no asset loader is
 * given, so nothing is ever downloaded: a character no packaged font has is drawn as a box.
 */
export async function renderPreviewPng(card: ReactElement, { fonts, emoji }: PreviewAssets): Promise<Buffer> {
  const runs = textRunsOf(card);
  const { graphemeImages, textOnly } = emoji.split(runs.map((run) => run.text));
  // Satori adds "…" where it cuts a clamped line.
  const textRuns = [...runs.map((run, index) => ({ ...run, text: textOnly[index]! })), { text: "…", weight: 400 as const }, { text: "…", weight: 700 as const }];
  const svg = await satori(card, { width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, fonts: fonts.fontsFor(textRuns).fonts, graphemeImages });
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
}
