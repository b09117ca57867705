import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export type RecordedEmailRequest = {
  path: string;
  idempotencyKey: string | null;
  body: { from: string; to: string[]; subject: string; html: string; text: string };
};

/** One well-formed request as it arrived, repeats of an idempotency key included. */
export type ReceivedEmailRequest = RecordedEmailRequest & { status?: number };

/**
 * Stands in for the Resend API at the edge of the internet. It checks what it receives
 * (method, path, bearer key, JSON body shape, idempotency key) and answers 422 when a
 * request is malformed, so a wrong call fails the test. Like Resend, a repeated
 * idempotency key returns the first response instead of sending again (409 while the
 * first is still being processed). `delivered` is what Resend would deliver (one per
 * key); `received` is every well-formed request, so a test can see a message sent twice.
 */
export async function startFakeResend(expectedApiKey: string) {
  const delivered: RecordedEmailRequest[] = [];
  const received: ReceivedEmailRequest[] = [];
  const rejected: string[] = [];
  const byIdempotencyKey = new Map<string, string>();
  const inProgress = new Set<string>();
  const scriptedFailures: number[] = [];
  let holdCount = 0;
  let held: (() => void)[] = [];

  const server = http.createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const answer = (status: number, body: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    };
    const problem = (message: string) => {
      rejected.push(message);
      answer(422, { statusCode: 422, name: "validation_error", message });
    };

    if (request.method !== "POST" || request.url !== "/emails") return problem(`unexpected ${request.method} ${request.url}`);
    if (request.headers.authorization !== `Bearer ${expectedApiKey}`) {
      return answer(401, { statusCode: 401, name: "missing_api_key", message: "bad key" });
    }
    if (!String(request.headers["content-type"]).startsWith("application/json")) return problem("content-type");

    let body: RecordedEmailRequest["body"];
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
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
    if (failure) return reply(failure, { statusCode: failure, name: "scripted_failure", message: `scripted ${failure}` });
    const previous = byIdempotencyKey.get(idempotencyKey);
    if (previous) return reply(200, { id: previous });
    const id = randomUUID();
    byIdempotencyKey.set(idempotencyKey, id);
    delivered.push({ path: request.url, idempotencyKey, body });
    reply(200, { id });
  });

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
    /** The next requests answer these statuses, in order, before any is accepted. */
    failNext: (...statuses: number[]) => scriptedFailures.push(...statuses),
    /** The next `count` requests hang until releaseHeld(), then answer as they would have. */
    holdNext: (count: number) => {
      holdCount += count;
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
