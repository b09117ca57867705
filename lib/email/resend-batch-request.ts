import http from "node:http";
import https from "node:https";
import type { BatchSendResult, OutgoingBatch } from "./email-transport";
import { classifyFailure, parseRetryAfter } from "./resend-failures";

// Connections kept open between batches: a send of 175,000 makes 1,750 requests.
const agents = { http: new http.Agent({ keepAlive: true, maxSockets: 32 }), https: new https.Agent({ keepAlive: true, maxSockets: 32 }) };

/**
 * POST /emails/batch (the request the SDK's resend.batch.send makes: the same JSON array,
 * the same Idempotency-Key and x-batch-validation headers) written with node:http as one
 * Buffer. The SDK's fetch turns a body into a web stream and re-validates the string,
 * which measured at about a third of a worker's CPU per batch of 100 emails; this path
 * is what lets one worker send thousands of emails a second (README, "Email updates").
 */
const NON_ASCII = /[\u007f-\uffff]/g;

/**
 * JSON with every non-ASCII character written as \uXXXX: the same document to any JSON
 * parser, but a one-byte string, which Node turns into bytes with a copy. As a two-byte
 * string (one “ or 한 makes the whole body one) the conversion took most of a batch's CPU.
 */
export function asciiJson(value: unknown): Buffer {
  const json = JSON.stringify(value).replace(NON_ASCII, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return Buffer.from(json, "latin1");
}

/**
 * A JSON array written as one small buffer per element: byte for byte the same as
 * asciiJson(items), without ever holding the whole body as one string. Strings over half a
 * megabyte live in V8's large-object space until a full collection, which let a worker
 * sending 8 batches at once grow by hundreds of megabytes.
 */
export function asciiJsonArrayChunks(items: unknown[]): Buffer[] {
  const chunks: Buffer[] = [Buffer.from("[")];
  items.forEach((item, index) => {
    if (index > 0) chunks.push(Buffer.from(","));
    chunks.push(asciiJson(item));
  });
  chunks.push(Buffer.from("]"));
  return chunks;
}

export function postResendBatch(baseUrl: string, apiKey: string, userAgent: string, batch: OutgoingBatch): Promise<BatchSendResult> {
  const chunks = asciiJsonArrayChunks(
    batch.emails.map((email) => ({ from: batch.from, to: [email.to], subject: email.subject, html: email.html, text: email.text, headers: email.headers })),
  );
  const length = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const url = new URL(`${baseUrl.replace(/\/+$/, "")}/emails/batch`);
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve) => {
    const failed = (error: string): BatchSendResult => ({ ok: false, kind: "retry", status: null, retryAfterMs: null, error });
    const request = client.request(
      url,
      {
        method: "POST",
        agent: url.protocol === "https:" ? agents.https : agents.http,
        signal: batch.signal,
        headers: {
          Authorization: `Bearer ${apiKey}`,
          "User-Agent": userAgent,
          "Content-Type": "application/json",
          "Content-Length": length,
          "Idempotency-Key": batch.idempotencyKey,
          "x-batch-validation": "strict",
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", (error) => resolve(failed(`network: ${error.message}`)));
        response.on("end", () => {
          const status = response.statusCode ?? 0;
          let parsed: { data?: { id: string }[]; name?: string; message?: string } = {};
          try {
            parsed = JSON.parse(Buffer.concat(chunks).toString("utf8"));
          } catch {
            // a proxy's HTML error page: judged by its status alone
          }
          if (status >= 200 && status < 300 && Array.isArray(parsed.data)) {
            const ids = parsed.data.map((entry) => entry.id);
            if (ids.length === batch.emails.length) return resolve({ ok: true, providerIds: ids });
            return resolve({ ok: false, kind: "retry", status, retryAfterMs: null, error: `answered ${ids.length} ids for ${batch.emails.length} emails` });
          }
          const retryAfter = response.headers["retry-after"];
          resolve({
            ok: false,
            kind: status >= 200 && status < 300 ? "retry" : classifyFailure(status, parsed.name),
            status,
            retryAfterMs: parseRetryAfter(Array.isArray(retryAfter) ? retryAfter[0] : retryAfter),
            error: `${status} ${parsed.name ?? ""}: ${parsed.message ?? ""}`.slice(0, 1000),
          });
        });
      },
    );
    request.on("error", (error) => resolve(failed(`network: ${error.message}`)));
    request.cork();
    for (const chunk of chunks) request.write(chunk);
    request.uncork();
    request.end();
  });
}
