import { EventEmitter } from "node:events";

// Wakes this process's worker as soon as an email is enqueued, instead of waiting for
// its next poll. Other processes' workers find the row on their poll. Kept on globalThis
// because Next.js can load this module in several bundles of one process.
const globalForOutbox = globalThis as unknown as { chorusOutboxSignal?: EventEmitter };
const signal = (globalForOutbox.chorusOutboxSignal ??= new EventEmitter());

export function notifyOutbox(): void {
  signal.emit("enqueued");
}

export function onOutboxEnqueued(listener: () => void): () => void {
  signal.on("enqueued", listener);
  return () => signal.off("enqueued", listener);
}
