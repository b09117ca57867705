import { createHash, randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createBufferPool } from "../../lib/email/reused-buffers";
import { parseJsonArray } from "./json-array-elements";

export type RecordedEmailRequest = {
  path: string;
  idempotencyKey: string | null;
  body: { from: string; to: string[]; subject: string; html: string; text: string };
};

/** One well-formed request as it arrived, repeats of an idempotency key included. */
export type ReceivedEmailRequest = RecordedEmailRequest & { status?: number };

export type BatchEmail = RecordedEmailRequest["body"] & { headers: Record<string, string> };
/** One well-formed batch request (POST /emails/batch) as it arrived; `emails` only when bodies are kept. */
export type ReceivedBatchRequest = { idempotencyKey: string; to: string[]; emails?: BatchEmail[]; status?: number };

/** A scripted answer: a status, with a Retry-After header (seconds) when given. */
export type ScriptedFailure = number | { status: number; retryAfter?: string };

type FakeResendOptions = {
  /** Keep each batch's emails (html, text, headers); off for the benchmark's 175,000. */
  keepBodies?: boolean;
  /** How long each accepted request takes to answer, in ms (a provider's latency). */
  latencyMs?: number;
};

const UNSUBSCRIBE_URL = /^<https?:\/\/[^>\s]+\/api\/unsubscribe\/[A-Za-z0-9._-]+>(, <mailto:[^>\s]+>)?$/;

/**
 * Stands in for the Resend API at the edge of the internet. It checks what it receives
 * (method, path, bearer key, JSON body shape, idempotency key) and answers 422 when a
 * request is malformed, so a wrong call fails the test. Like Resend, a repeated
 * idempotency key returns the first response instead of sending again (409 while the
 * first is still being processed). `delivered` is what Resend would deliver (one per
 * key); `received` is every well-formed request, so a test can see a message sent twice.
 */
export async function startFakeResend(expectedApiKey: string, options: FakeResendOptions = {}) {
  const delivered: RecordedEmailRequest[] = [];
  const received: ReceivedEmailRequest[] = [];
  const rejected: string[] = [];
  const byIdempotencyKey = new Map<string, string>();
  const inProgress = new Set<string>();
  const scriptedFailures: ScriptedFailure[] = [];
  const receivedBatches: ReceivedBatchRequest[] = [];
  // Like Resend: a batch key remembers its body's hash and its answer (the ids, in order).
  const batchesByKey = new Map<string, { bodyHash: string; ids: string[] }>();
  /** Emails the provider accepted for delivery, per recipient address: 1 each is exactly once. */
  const acceptedPerAddress = new Map<string, number>();
  const deliveredBatchEmails: BatchEmail[] = [];
  let holdCount = 0;
  let held: (() => void)[] = [];

  // Batch bodies of about 1.2 MB are read into memory used before (see createBufferPool).
  const bodies = createBufferPool({ keep: 16 });
  const readBody = async (request: http.IncomingMessage): Promise<Buffer> => {
    const declared = Number(request.headers["content-length"]);
    const chunks: Buffer[] = [];
    let length = 0;
    for await (const chunk of request) {
      chunks.push(chunk as Buffer);
      length += (chunk as Buffer).length;
    }
    if (!Number.isSafeInteger(declared) || declared !== length) return Buffer.concat(chunks);
    const body = bodies.take(length);
    let offset = 0;
    for (const chunk of chunks) offset += chunk.copy(body, offset);
    return body;
  };

  const server = http.createServer(async (request, response) => {
    const raw = await readBody(request);
    try {
      await handle(request, response, raw);
    } finally {
      bodies.give(raw);
    }
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse, raw: Buffer) {
    const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      if (response.destroyed) return; // the client gave up (or was killed); the work is done all the same
      response.writeHead(status, { "content-type": "application/json", ...headers });
      response.end(JSON.stringify(body));
    };
    const problem = (message: string) => {
      rejected.push(message);
      answer(422, { statusCode: 422, name: "validation_error", message });
    };

    if (request.method !== "POST" || (request.url !== "/emails" && request.url !== "/emails/batch")) return problem(`unexpected ${request.method} ${request.url}`);
    if (request.headers.authorization !== `Bearer ${expectedApiKey}`) {
      return answer(401, { statusCode: 401, name: "missing_api_key", message: "bad key" });
    }
    if (!String(request.headers["content-type"]).startsWith("application/json")) return problem("content-type");
    if (request.url === "/emails/batch") return batch(request, raw, answer, problem);

    let body: RecordedEmailRequest["body"];
    try {
      body = JSON.parse(raw.toString("utf8"));
    } catch {
      return problem("body is not JSON");
    }
    if (typeof body.from !== "string" || !body.from.includes("@")) return problem("from");
    if (!Array.isArray(body.to) || body.to.length !== 1 || !String(body.to[0]).includes("@")) return problem("to");
    if (typeof body.subject !== "string" || body.subject.length === 0) return problem("subject");
    if (typeof body.html !== "string" || !body.html.includes("<html")) return problem("html");
    if (typeof body.text !== "string" || body.text.length === 0) return problem("text");
    const idempotencyKey = (request.headers["idempotency-key"] as string | undefined) ?? null;
    if (!idempotencyKey) return problem("missing Idempotency-Key");

    const record: ReceivedEmailRequest = { path: request.url, idempotencyKey, body };
    received.push(record);
    const reply = (status: number, replyBody: unknown) => {
      record.status = status;
      answer(status, replyBody);
    };

    if (inProgress.has(idempotencyKey)) {
      return reply(409, { statusCode: 409, name: "concurrent_idempotent_requests", message: "still processing" });
    }
    if (holdCount > 0) {
      holdCount--;
      // A hung provider: no answer until the test releases it (or the server closes).
      inProgress.add(idempotencyKey);
      await new Promise<void>((resolve) => held.push(resolve));
      inProgress.delete(idempotencyKey);
    }
    const failure = scriptedFailures.shift();
    if (failure) {
      const status = typeof failure === "number" ? failure : failure.status;
      return reply(status, { statusCode: status, name: "scripted_failure", message: `scripted ${status}` });
    }
    const previous = byIdempotencyKey.get(idempotencyKey);
    if (previous) return reply(200, { id: previous });
    const id = randomUUID();
    byIdempotencyKey.set(idempotencyKey, id);
    delivered.push({ path: request.url, idempotencyKey, body });
    reply(200, { id });
  }

  /** POST /emails/batch, checked as Resend would, and deduplicated by idempotency key and body. */
  async function batch(
    request: http.IncomingMessage,
    raw: Buffer,
    answer: (status: number, body: unknown, headers?: Record<string, string>) => void,
    problem: (message: string) => void,
  ) {
    let emails: BatchEmail[];
    try {
      // Element by element: the same checks as JSON.parse of the whole, at a fraction of the cost.
      emails = parseJsonArray(raw) as BatchEmail[];
    } catch {
      return problem("body is not JSON");
    }
    if (!Array.isArray(emails) || emails.length === 0) return problem("batch: not a non-empty array");
    if (emails.length > 100) return problem(`batch: ${emails.length} emails (at most 100)`);
    for (const [index, email] of emails.entries()) {
      if (typeof email.from !== "string" || !email.from.includes("@")) return problem(`batch[${index}].from`);
      if (!Array.isArray(email.to) || email.to.length !== 1 || !String(email.to[0]).includes("@")) return problem(`batch[${index}].to`);
      if (typeof email.subject !== "string" || email.subject.length === 0 || /[\r\n]/.test(email.subject)) return problem(`batch[${index}].subject`);
      if (typeof email.html !== "string" || !email.html.includes("<html")) return problem(`batch[${index}].html`);
      if (typeof email.text !== "string" || email.text.length === 0) return problem(`batch[${index}].text`);
      const headers = email.headers ?? {};
      if (!UNSUBSCRIBE_URL.test(headers["List-Unsubscribe"] ?? "")) return problem(`batch[${index}] List-Unsubscribe: ${headers["List-Unsubscribe"]}`);
      if (headers["List-Unsubscribe-Post"] !== "List-Unsubscribe=One-Click") return problem(`batch[${index}] List-Unsubscribe-Post`);
    }
    const idempotencyKey = (request.headers["idempotency-key"] as string | undefined) ?? null;
    if (!idempotencyKey) return problem("missing Idempotency-Key");

    const record: ReceivedBatchRequest = {
      idempotencyKey,
      to: emails.map((email) => email.to[0]!),
      ...(options.keepBodies === false ? {} : { emails }),
    };
    receivedBatches.push(record);
    const reply = (status: number, body: unknown, headers?: Record<string, string>) => {
      record.status = status;
      answer(status, body, headers);
    };
    if (inProgress.has(idempotencyKey)) {
      return reply(409, { statusCode: 409, name: "concurrent_idempotent_requests", message: "still processing" });
    }
    inProgress.add(idempotencyKey);
    try {
      if (holdCount > 0) {
        holdCount--;
        await new Promise<void>((resolve) => held.push(resolve));
      } else if (options.latencyMs) {
        await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
      }
    } finally {
      inProgress.delete(idempotencyKey);
    }
    const failure = scriptedFailures.shift();
    if (failure) {
      const status = typeof failure === "number" ? failure : failure.status;
      const retryAfter = typeof failure === "number" ? undefined : failure.retryAfter;
      return reply(status, { statusCode: status, name: "scripted_failure", message: `scripted ${status}` }, retryAfter ? { "retry-after": retryAfter } : undefined);
    }
    const bodyHash = createHash("sha256").update(raw).digest("hex");
    const previous = batchesByKey.get(idempotencyKey);
    if (previous) {
      if (previous.bodyHash !== bodyHash) {
        return reply(409, { statusCode: 409, name: "invalid_idempotent_request", message: "same idempotency key, different body" });
      }
      return reply(200, { data: previous.ids.map((id) => ({ id })) });
    }
    const ids = emails.map(() => randomUUID());
    batchesByKey.set(idempotencyKey, { bodyHash, ids });
    for (const email of emails) {
      acceptedPerAddress.set(email.to[0]!, (acceptedPerAddress.get(email.to[0]!) ?? 0) + 1);
      if (options.keepBodies !== false) deliveredBatchEmails.push(email);
    }
    reply(200, { data: ids.map((id) => ({ id })) });
  }

  const releaseHeld = () => {
    const waiting = held;
    held = [];
    for (const resolve of waiting) resolve();
  };

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    delivered,
    received,
    rejected,
    /** Every well-formed batch request, repeats included. */
    receivedBatches,
    /** Emails accepted for delivery per address (a repeated key is not delivered again). */
    acceptedPerAddress,
    /** The accepted batch emails (when bodies are kept). */
    deliveredBatchEmails,
    /** The next requests answer these statuses (with Retry-After when given), in order, before any is accepted. */
    failNext: (...statuses: ScriptedFailure[]) => scriptedFailures.push(...statuses),
    /** The next `count` requests hang until releaseHeld(), then answer as they would have. */
    holdNext: (count: number) => {
      holdCount += count;
    },
    /** Stops holding requests that have not arrived yet (those hanging stay until released). */
    stopHolding: () => {
      holdCount = 0;
    },
    /** How many requests are hanging right now. */
    get heldCount() {
      return held.length;
    },
    /** Answers every hanging request (a scripted failure, if one is queued, or success). */
    releaseHeld,
    close: () => {
      releaseHeld();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** How many times each idempotency key was sent: more than 1 means a message went out twice. */
export function sendsPerKey(requests: readonly ReceivedEmailRequest[]): Map<string | null, number> {
  const counts = new Map<string | null, number>();
  for (const request of requests) counts.set(request.idempotencyKey, (counts.get(request.idempotencyKey) ?? 0) + 1);
  return counts;
}
