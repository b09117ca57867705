import http from "node:http";
import type { AddressInfo } from "node:net";

export type HostSite = { origin: string; close: () => Promise<void> };

/**
 * Another website, as a blogger's or an NGO's would be: a plain node:http server with its own
 * pages, on http://localhost:<port>, a different site from the app's http://127.0.0.1:<port>
 * (so the browser treats the widget frame as third-party: cross-origin and cross-site).
 */
export async function startHostSite(pages: Record<string, string>): Promise<HostSite> {
  const server = http.createServer((req, res) => {
    const html = pages[(req.url ?? "/").split("?")[0]!];
    if (html === undefined) return void res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A blog post with whatever HTML is pasted into it. */
export const blogPost = (pasted: string, options: { dark?: boolean } = {}) => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>A blog post</title>
<style>
  body { font-family: Georgia, serif; max-width: 720px; margin: 0 auto; padding: 1.5rem 1rem; ${options.dark ? "background: #101014; color: #eee;" : "background: #fffdf7; color: #222;"} }
</style></head>
<body>
<h1>Why I signed</h1>
<p>Our neighbours need our help. Please read and sign below.</p>
${pasted}
<p id="after">Thank you for reading.</p>
</body></html>`;
