import http from "node:http";
import https from "node:https";
import type { BatchSendResult, OutgoingBatch, OutgoingBatchEmail } from "./email-transport";
import { classifyFailure, parseRetryAfter } from "./resend-failures";
import { createBufferPool } from "./reused-buffers";

// Connections kept open between batches: a send of 175,000 makes 1,750 requests.
const agents = { http: new http.Agent({ keepAlive: true, maxSockets: 32 }), https: new https.Agent({ keepAlive: true, maxSockets: 32 }) };

// Request bodies (about 1.2 MB for 100 update emails) written into memory used before: a
// worker sends a few at once (EMAIL_BATCH_CONCURRENCY, 4 by default).
const bodies = createBufferPool({ keep: 8 });

const NON_ASCII = /[\u007f-\uffff]/g;

/**
 * JSON with every non-ASCII character written as \uXXXX: the same document to any JSON
 * parser, but a one-byte string, which Node turns into bytes with a copy. As a two-byte
 * string (one “ or 한 makes the whole body one) the conversion took most of a batch's CPU.
 */
export function asciiJsonString(value: unknown): string {
  return JSON.stringify(value).replace(NON_ASCII, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

// What JSON.stringify escapes in a string (quote, backslash, controls, lone surrogates) or asciiJson does.
const NEEDS_ESCAPE = /["\\\u0000-\u001f\u007f-\uffff]/;

/** A string as it appears between the quotes of asciiJsonString(value). */
export function asciiJsonStringContent(value: string): string {
  return NEEDS_ESCAPE.test(value) ? asciiJsonString(value).slice(1, -1) : value;
}

export function asciiJson(value: unknown): Buffer {
  return Buffer.from(asciiJsonString(value), "latin1");
}

/** One email of a batch as Resend's API takes it; the one place that says which fields, in which order. */
export function resendBatchElement(from: string, email: OutgoingBatchEmail) {
  return { from, to: [email.to], subject: email.subject, html: email.html, text: email.text, headers: email.headers };
}

/**
 * The request body for these emails: asciiJson of their array, written element by element so
 * the whole body is never one string (strings over half a megabyte live in V8's large-object
 * space until a full collection). What every other way of building the body must equal.
 */
export function resendBatchBody(from: string, emails: readonly OutgoingBatchEmail[]): Buffer {
  const chunks: Buffer[] = [Buffer.from("[")];
  emails.forEach((email, index) => {
    if (index > 0) chunks.push(Buffer.from(","));
    chunks.push(asciiJson(resendBatchElement(from, email)));
  });
  chunks.push(Buffer.from("]"));
  return Buffer.concat(chunks);
}

/**
 * POST /emails/batch (the request the SDK's resend.batch.send makes: the same JSON array,
 * the same Idempotency-Key and x-batch-validation headers) written with node:http as one
 * Buffer, which the batch's emails build (BatchEmails.resendBody). The SDK's fetch turns a
 * body into a web stream and re-validates the string, which measured at about a third of a
 * worker's CPU per batch of 100 emails; this path is what lets one worker send thousands
 * of emails a second (README, "Email updates").
 */
export function postResendBatch(baseUrl: string, apiKey: string, userAgent: string, batch: OutgoingBatch): Promise<BatchSendResult> {
  const body = batch.emails.resendBody(batch.from, bodies.take);
  const count = batch.emails.count;
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
          "Content-Length": body.length,
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
            if (ids.length === count) return resolve({ ok: true, providerIds: ids });
            return resolve({ ok: false, kind: "retry", status, retryAfterMs: null, error: `answered ${ids.length} ids for ${count} emails` });
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
    // Written out to the socket in full: its memory may take the next body. A request cut
    // off earlier leaves it to the garbage collector, as a write of it may still be pending.
    request.on("finish", () => bodies.give(body));
    request.end(body);
  });
}
