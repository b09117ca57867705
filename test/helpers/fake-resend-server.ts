import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export type RecordedEmailRequest = {
  path: string;
  idempotencyKey: string | null;
  body: { from: string; to: string[]; subject: string; html: string; text: string };
};

/**
 * Stands in for the Resend API at the edge of the internet. It checks what it receives
 * (method, path, bearer key, JSON body shape, idempotency key) and answers 422 when a
 * request is malformed, so a wrong call fails the test. Like Resend, a repeated
 * idempotency key returns the first response instead of sending again.
 */
export async function startFakeResend(expectedApiKey: string) {
  const delivered: RecordedEmailRequest[] = [];
  const rejected: string[] = [];
  const byIdempotencyKey = new Map<string, string>();
  const scriptedFailures: number[] = [];

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
    const failure = scriptedFailures.shift();
    if (failure) return answer(failure, { statusCode: failure, name: "scripted_failure", message: `scripted ${failure}` });

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

    const previous = byIdempotencyKey.get(idempotencyKey);
    if (previous) return answer(200, { id: previous });
    const id = randomUUID();
    byIdempotencyKey.set(idempotencyKey, id);
    delivered.push({ path: request.url, idempotencyKey, body });
    answer(200, { id });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    delivered,
    rejected,
    /** The next requests answer these statuses, in order, before any is accepted. */
    failNext: (...statuses: number[]) => scriptedFailures.push(...statuses),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
