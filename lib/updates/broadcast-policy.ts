// The numbers that keep a broadcast's batches sent once, in time, without hammering a
// provider that is down. Pure, so unit tests pin them.

/** A batch that could not be sent within this long of the broadcast's start is given up. */
export const BROADCAST_GIVE_UP_AFTER_MS = 48 * 60 * 60 * 1000;

/** Default claim lease on a batch (EMAIL_BATCH_LEASE_SECONDS). */
export const DEFAULT_BATCH_LEASE_SECONDS = 120;

/**
 * How long one batch request may take. Half the lease, at most 30 s: the lease is renewed
 * right before the request (after the wait for a rate-limit turn), so it outlasts the
 * request plus the few queries that record its answer, however slow the provider is. A
 * claim can therefore never run out while its worker may still be sending.
 */
export function sendTimeoutMs(leaseSeconds: number): number {
  return Math.min(30_000, Math.floor((leaseSeconds * 1000) / 2));
}

/** 5 s, 10 s, 20 s … capped at 15 minutes, after the n-th failed attempt. */
export function backoffMs(attempts: number): number {
  return Math.min(5_000 * 2 ** Math.max(0, attempts - 1), 15 * 60_000);
}

/**
 * When to try a batch again after a transient failure: when the provider said (Retry-After
 * on a 429 or 503), else by backoff; never sooner than a second, never later than an hour.
 */
export function retryDelayMs(attempts: number, retryAfterMs: number | null): number {
  const delay = retryAfterMs ?? backoffMs(attempts);
  return Math.min(Math.max(delay, 1_000), 60 * 60_000);
}

/** Whether a transient failure at `failedAt` ends the batch (it has been retried for 48 hours). */
export function givesUp(startedAt: Date, failedAt: Date): boolean {
  return failedAt.getTime() - startedAt.getTime() >= BROADCAST_GIVE_UP_AFTER_MS;
}
