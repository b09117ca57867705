// A campaign page loaded as a mid-range phone on a mobile network would load it: Chromium
// with Lighthouse's mobile throttling (150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up,
// CPU slowed 4×), a phone-sized screen and an empty cache. Reports the largest contentful
// paint and the longest task that blocked the main thread (a script run, a layout).
import { chromium } from "@playwright/test";

export type MobilePageResult = { runs: number; lcpMs: number[]; longestTaskMs: number[]; medianLcpMs: number; worstLongestTaskMs: number };

const MOBILE_NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;

export async function measureMobilePage(url: string, runs = 3): Promise<MobilePageResult> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
  const lcpMs: number[] = [];
  const longestTaskMs: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({
        viewport: { width: 412, height: 823 },
        deviceScaleFactor: 1.75,
        isMobile: true,
        hasTouch: true,
        userAgent: "Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36",
      });
      const page = await context.newPage();
      await page.addInitScript(() => {
        const seen = { lcp: 0, longestTask: 0 };
        (window as unknown as { __perf: typeof seen }).__perf = seen;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) seen.lcp = entry.startTime;
        }).observe({ type: "largest-contentful-paint", buffered: true });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) seen.longestTask = Math.max(seen.longestTask, entry.duration);
        }).observe({ type: "longtask", buffered: true });
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", MOBILE_NETWORK);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
      await page.goto(url, { waitUntil: "load", timeout: 60_000 });
      // LCP is final once the page settles; give late images and hydration time to land.
      await page.waitForTimeout(3000);
      const perf = await page.evaluate(() => (window as unknown as { __perf: { lcp: number; longestTask: number } }).__perf);
      lcpMs.push(Math.round(perf.lcp));
      longestTaskMs.push(Math.round(perf.longestTask));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const sorted = [...lcpMs].sort((a, b) => a - b);
  return { runs, lcpMs, longestTaskMs, medianLcpMs: sorted[Math.floor(sorted.length / 2)]!, worstLongestTaskMs: Math.max(...longestTaskMs) };
}

// Standalone: `npx tsx scripts/bench/mobile-page.ts http://localhost:3000/c/save-my-friend`
if (process.argv[1]?.endsWith("mobile-page.ts") && process.argv[2]) {
  measureMobilePage(process.argv[2]).then((result) => console.log(JSON.stringify(result, null, 2)));
}
