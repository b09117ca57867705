// What a browser sends when a person signs and confirms, captured from a real Chromium at the
// start of each run (never written by hand): the bench then replays these exact requests,
// headers and bodies, with only the address (or the confirmation token) changed per request.
import { chromium, type Request } from "@playwright/test";

export type CapturedRequest = { method: string; path: string; headers: Record<string, string>; body: string };

type CaptureOptions = {
  base: string;
  slug: string;
  /** The confirmation token of the signature made with this address. */
  tokenFor: (email: string) => Promise<string>;
};

export type BrowserRequests = {
  /** The server the requests were captured from (their Origin and Referer name it). */
  capturedFrom: string;
  signWithScript: CapturedRequest;
  signWithoutScript: CapturedRequest;
  confirmWithScript: CapturedRequest;
  /** The local part of the address each captured sign request carries: made unique per replayed request. */
  markers: { withScript: string; withoutScript: string };
  /** The token the captured confirm request carries. */
  confirmToken: string;
};

// Set by the server or the connection, not by what the page sends.
const DROPPED_HEADERS = new Set(["host", "content-length", "connection"]);

async function capture(request: Request, base: string): Promise<CapturedRequest> {
  const headers = Object.fromEntries(Object.entries(await request.allHeaders()).filter(([name]) => !DROPPED_HEADERS.has(name) && !name.startsWith(":")));
  return { method: request.method(), path: request.url().slice(base.length), headers, body: request.postData() ?? "" };
}

export async function captureBrowserRequests({ base, slug, tokenFor }: CaptureOptions): Promise<BrowserRequests> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
  try {
    const sign = async (javaScriptEnabled: boolean, email: string) => {
      const context = await browser.newContext({ javaScriptEnabled, locale: "en-US" });
      const page = await context.newPage();
      await page.goto(`${base}/c/${slug}`);
      await page.getByLabel("Full name", { exact: true }).fill("Bench Browser");
      await page.getByLabel("Email address", { exact: true }).fill(email);
      await page.getByLabel("Country or region").selectOption("KR");
      const posted = page.waitForRequest((request) => request.method() === "POST");
      await page.getByRole("button", { name: "Sign the petition" }).click();
      const request = await posted;
      await page.getByText("Check your email").first().waitFor();
      return { context, page, request: await capture(request, base) };
    };

    const stamp = Date.now().toString(36);
    // Local parts only: a form body may encode the "@".
    const withScript = `browser-js-${stamp}`;
    const withoutScript = `browser-nojs-${stamp}`;
    const signedWithScript = await sign(true, `${withScript}@example.org`);
    const signedWithoutScript = await sign(false, `${withoutScript}@example.org`);
    await signedWithoutScript.context.close();

    // Confirmed in the browser that signed, as a person opening the link would.
    const confirmToken = await tokenFor(`${withScript}@example.org`);
    const page = signedWithScript.page;
    await page.goto(`${base}/confirm/${confirmToken}`);
    const posted = page.waitForRequest((request) => request.method() === "POST");
    await page.getByRole("button", { name: "Confirm my signature" }).click();
    const confirmWithScript = await capture(await posted, base);
    await page.waitForURL(/confirmed=1/);
    await signedWithScript.context.close();

    return {
      capturedFrom: base,
      signWithScript: signedWithScript.request,
      signWithoutScript: signedWithoutScript.request,
      confirmWithScript,
      markers: { withScript, withoutScript },
      confirmToken,
    };
  } finally {
    await browser.close();
  }
}

/**
 * The captured request with every occurrence of `marker` (in its path and body) replaced, sent
 * to `target` as a browser on that server would send it (Origin and Referer name it: Next.js
 * refuses a server action whose Origin is another host).
 */
export function replay(browser: Pick<BrowserRequests, "capturedFrom">, captured: CapturedRequest, target: string, marker: string, replacement: string) {
  const headers = Object.fromEntries(Object.entries(captured.headers).map(([name, value]) => [name, value.split(browser.capturedFrom).join(target)]));
  return {
    method: captured.method,
    path: captured.path.split(marker).join(replacement),
    headers,
    body: captured.body.split(marker).join(replacement),
  };
}
