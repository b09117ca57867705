import "server-only";
import type { Readable } from "node:stream";

/**
 * A Node stream as the web stream a route handler returns (`new Response(toWebStream(s), ...)`).
 * Pull-based, so backpressure holds: the next chunk is read only when the web stream's
 * consumer asks for it. Cancelling (what a client abort becomes in Next.js) destroys the
 * source, and an export then releases its connection.
 * Not `Readable.toWeb`: on Node 20 it still enqueues a chunk the source emits after a
 * cancel, which throws "Controller is already closed" as an uncaught exception.
 */
export function toWebStream(stream: Readable): ReadableStream<Uint8Array> {
  const chunks = stream[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      // A Buffer is a Uint8Array: passed on as it is, not copied.
      else controller.enqueue(typeof next.value === "string" ? new TextEncoder().encode(next.value) : (next.value as Uint8Array));
    },
    async cancel() {
      // Ends the iteration, which destroys the stream.
      await chunks.return?.();
    },
  });
}
