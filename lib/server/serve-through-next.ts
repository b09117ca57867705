import type { IncomingMessage, ServerResponse } from "node:http";
import { Duplex } from "node:stream";
import compression from "compression";
import type { Framing } from "../http/framing-policy";
import { stampDocumentPolicy } from "./document-policy-stamp";
import type { PageCache } from "./page-cache";

type NextHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/**
 * Next.js's request handler behind compression and the pages' Content-Security-Policy.
 * Compression moves here from Next.js (`compress: false` in next.config.ts) because the
 * policy needs the page's text before it is compressed. `framing` is who may frame the page
 * (the embeddable widget's pages: the sites allowed to embed it; every other: this origin).
 * In front of it all, the page cache answers the shared pages it holds (see page-cache.ts).
 */
export function serveThroughNext(
  handleWithNext: NextHandler,
  options: { development: boolean; https: boolean; scriptOrigins?: string[]; pageCache?: PageCache },
) {
  const compress = compression();
  const { pageCache, ...stampOptions } = options;
  return (req: IncomingMessage, res: ServerResponse, framing: Framing) => {
    const cacheKey = pageCache?.keyFor(req) ?? null;
    if (cacheKey !== null) {
      if (pageCache!.serve(cacheKey, res)) return;
      // Before compression wraps the response: what is kept is what goes out.
      pageCache!.capture(cacheKey, res);
    }
    compress(req as never, res as never, () => {});
    // A client that leaves mid-response would otherwise leave the zlib stream open (Next.js does the same).
    res.once("close", () => {
      if (!res.writableFinished) releaseCompressionStream(res);
    });
    stampDocumentPolicy(res, { ...stampOptions, framing });
    return handleWithNext(req, res);
  };
}

function releaseCompressionStream(res: ServerResponse) {
  // compression's patched `on` hands back its zlib stream for "drain" listeners.
  const noop = () => {};
  const stream = res.on("drain", noop) as unknown;
  if (stream === res || !(stream instanceof Duplex)) res.off("drain", noop);
  else stream.destroy();
}
