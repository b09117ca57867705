/**
 * How long real signatures take in this process, so a honeypot hit can be answered after
 * about as long (a bot must not learn from a faster answer that it was caught). An
 * exponentially weighted average follows the database's current speed without keeping a
 * history; the jitter makes the decoy's delays spread like real ones instead of repeating
 * one value.
 */
export type SignDurationTracker = {
  /** Records how long a real signature's work took, in milliseconds. */
  record(durationMs: number): void;
  /** How long a decoy answer should wait now: the typical duration, give or take a quarter. */
  decoyDelayMs(): number;
};

type TrackerOptions = {
  /** The guess before any real signature was measured. */
  initialMs?: number;
  /** Weight of the newest measurement (0–1). */
  weight?: number;
  /** 0 ≤ random() < 1, for the jitter; injectable so tests know the delay. */
  random?: () => number;
};

const MAX_TRACKED_MS = 10_000;

export function createSignDurationTracker(options: TrackerOptions = {}): SignDurationTracker {
  const weight = options.weight ?? 0.1;
  const random = options.random ?? Math.random;
  let typicalMs = options.initialMs ?? 20;
  return {
    record(durationMs) {
      if (!Number.isFinite(durationMs) || durationMs < 0) return;
      // One stalled request (a lock wait, a GC pause) must not make every decoy slow.
      typicalMs += weight * (Math.min(durationMs, MAX_TRACKED_MS) - typicalMs);
    },
    decoyDelayMs() {
      return Math.max(0, typicalMs * (0.75 + 0.5 * random()));
    },
  };
}

const globalForTracker = globalThis as unknown as { chorusSignDurations?: SignDurationTracker };

/** This process's tracker, shared by the form and the API. */
export function processSignDurations(): SignDurationTracker {
  globalForTracker.chorusSignDurations ??= createSignDurationTracker();
  return globalForTracker.chorusSignDurations;
}
