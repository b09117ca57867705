// `npx tsx scripts/measure-link-preview.ts`: how long a link-preview image takes to draw
// (cold, warm, from the render cache) and what it costs in memory. No database: the card is
// drawn from sample data, as renderCampaignPreview does after its one query.
import { campaignPreviewCard, type PreviewCardData } from "../lib/sharing/campaign-preview-card";
import { createPreviewEmoji } from "../lib/sharing/preview-emoji";
import { createPreviewFontLibrary } from "../lib/sharing/preview-fonts";
import { createRenderCache } from "../lib/sharing/render-cache";
import { renderPreviewPng } from "../lib/sharing/render-preview-png";

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const memory = () => {
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed, external } = process.memoryUsage();
  return `rss ${mib(rss)}, heap ${mib(heapUsed)}, external ${mib(external)}`;
};
async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

const base: PreviewCardData = {
  locale: "en", title: "Save my friend: stop the forced return of 13 refugees", titleLanguage: "en",
  target: "The Government of the People's Republic of China", signatureCount: 12_345, goal: 25_000, goalIsFixed: false, state: "OPEN",
};
const korean: PreviewCardData = { ...base, locale: "ko", title: "내 친구를 구해 주세요: 탈북민 13명의 강제 북송을 막아 주세요", titleLanguage: "ko", target: "중화인민공화국 정부" };
const chinese: PreviewCardData = { ...base, locale: "zh", title: "救救我的朋友：阻止强制遣返13名朝鲜难民", titleLanguage: "zh", target: "中华人民共和国政府" };

console.log(`start: ${memory()}`);
const fonts = createPreviewFontLibrary();
const assets = { fonts, emoji: createPreviewEmoji() };
const [png, cold] = await timed(() => renderPreviewPng(campaignPreviewCard(base), assets));
console.log(`cold render (first in the process, English): ${cold.toFixed(0)} ms, ${png.byteLength} bytes`);
for (const [name, data] of [["Korean", korean], ["Chinese", chinese]] as const) {
  const [image, ms] = await timed(() => renderPreviewPng(campaignPreviewCard(data), assets));
  console.log(`first ${name} render (its font slices read and parsed): ${ms.toFixed(0)} ms, ${image.byteLength} bytes`);
}
const warm: number[] = [];
for (let i = 0; i < 5; i++) warm.push((await timed(() => renderPreviewPng(campaignPreviewCard({ ...korean, signatureCount: 12_345 + i }), assets)))[1]);
console.log(`warm render (fonts parsed, new count), median of 5: ${warm.sort((a, b) => a - b)[2]!.toFixed(0)} ms`);

const cache = createRenderCache<Buffer>({ ttlMs: 300_000, maxEntries: 200 });
await cache.get("save-my-friend\nko", () => renderPreviewPng(campaignPreviewCard(korean), assets));
const [, hits] = await timed(async () => {
  for (let i = 0; i < 10_000; i++) await cache.get("save-my-friend\nko", () => Promise.reject(new Error("not cached")));
});
console.log(`cached hit: ${((hits / 10_000) * 1000).toFixed(1)} µs each (10,000 hits)`);
console.log(`after these renders: ${memory()}`);

// Many different campaigns: Korean and Chinese titles that need other font slices each time.
const hangul = (i: number) => Array.from({ length: 24 }, (_, k) => String.fromCodePoint(0xac00 + ((i * 97 + k * 131) % 11172))).join("");
const han = (i: number) => Array.from({ length: 24 }, (_, k) => String.fromCodePoint(0x4e00 + ((i * 211 + k * 173) % 20902))).join("");
for (let i = 0; i < 60; i++) {
  const data = i % 2 ? { ...korean, title: hangul(i) } : { ...chinese, title: han(i) };
  await cache.get(`campaign-${i}\n${data.locale}`, () => renderPreviewPng(campaignPreviewCard(data), assets));
}
console.log(`after 60 more campaigns with scattered Hangul and Han (worst case for font slices): ${memory()}; font files held: ${fonts.cachedFiles()}; renders cached: ${cache.size}`);
