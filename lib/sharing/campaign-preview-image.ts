import "server-only";
import { isWellFormedSlug } from "../campaigns/campaign-slug";
import { createPublicCampaignCache, type PublicCampaignCache } from "../campaigns/public-campaign-cache";
import { getDb } from "../db";
import { isLocale } from "../i18n/locales";
import { createPreviewEmoji } from "./preview-emoji";
import { createPreviewFontLibrary } from "./preview-fonts";
import { cacheControlFor, createRenderCache, type RenderCache } from "./render-cache";
import { renderCampaignPreview } from "./render-campaign-preview";
import type { PreviewAssets } from "./render-preview-png";

/** A count in a preview image is never older than this when someone sees it, through any cache. */
export const PREVIEW_MAX_STALENESS_MS = 10 * 60_000;
/** Kept back from that budget for time on the wire and caches that round. */
const MARGIN_MS = 30_000;
/** How long this process serves one render: each campaign and language renders at most this often. */
export const PREVIEW_RENDER_TTL_MS = 5 * 60_000;
/** Renders held (≈ 40–70 kB each). */
const MAX_RENDERS = 200;

type Previews = { renders: RenderCache<Buffer>; assets: PreviewAssets; campaigns: PublicCampaignCache };

const globalForPreviews = globalThis as unknown as { chorusPreviews?: Previews };

function previews(): Previews {
  globalForPreviews.chorusPreviews ??= {
    renders: createRenderCache<Buffer>({ ttlMs: PREVIEW_RENDER_TTL_MS, maxEntries: MAX_RENDERS }),
    assets: { fonts: createPreviewFontLibrary(), emoji: createPreviewEmoji() },
    campaigns: createPublicCampaignCache(getDb()),
  };
  return globalForPreviews.chorusPreviews;
}

/**
 * A campaign's link-preview image and how long caches may keep it, or null (404) for a
 * malformed slug or one no public campaign has. `lang` is the reader's language; an
 * unknown one counts as none (the campaign's own language).
 */
export async function campaignPreviewImage(slug: string, lang: string | null): Promise<{ png: Buffer; cacheControl: string } | null> {
  if (!isWellFormedSlug(slug)) return null;
  const { renders, assets, campaigns } = previews();
  // A campaign taken down stops being served within the 5 s of this lookup, not the render's 5 min.
  if (!(await campaigns.find(slug))) return null;
  const locale = isLocale(lang) ? lang : null;
  const rendered = await renders.get(`${slug}\n${locale ?? ""}`, () => renderCampaignPreview({ db: getDb(), slug, locale, assets }));
  if (!rendered) return null;
  return {
    png: rendered.value,
    cacheControl: cacheControlFor(rendered.renderedAt, Date.now(), { maxStalenessMs: PREVIEW_MAX_STALENESS_MS, marginMs: MARGIN_MS }),
  };
}
