import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_JSON_BODY_BYTES } from "../http/read-json-body";
import { readJsonObject, sendJson } from "./node-http";

// readJsonObject behind a real node:http server: what the sign and confirm endpoints do first.
let server: http.Server;
let url: string;

beforeAll(async () => {
  server = http.createServer(async (req, res) => {
    const body = await readJsonObject(req, res);
    if (body) sendJson(res, 200, { keys: Object.keys(body) });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** A body sent in pieces with Transfer-Encoding: chunked, so no Content-Length warns the server. */
function chunkedBody(totalBytes: number, chunkBytes = 1024): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      const piece = new Uint8Array(Math.min(chunkBytes, totalBytes - sent)).fill(0x20);
      if (sent === 0) piece[0] = 0x7b; // "{", so it starts like a JSON object
      sent += piece.length;
      controller.enqueue(piece);
    },
  });
}

describe("readJsonObject", () => {
  it("answers a chunked body over the limit (no Content-Length) with a 413 JSON error", async () => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: chunkedBody(MAX_JSON_BODY_BYTES * 4),
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toMatchObject({ error: { code: "PAYLOAD_TOO_LARGE" } });
  });

  it("answers a declared Content-Length over the limit with 413 before reading it", async () => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: `{"a":"${"x".repeat(MAX_JSON_BODY_BYTES)}"}`,
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: "PAYLOAD_TOO_LARGE" } });
  });

  it("reads a chunked body under the limit", async () => {
    const text = `{"name":"Ada"}`;
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(text.slice(0, 5)));
        controller.enqueue(new TextEncoder().encode(text.slice(5)));
        controller.close();
      },
    });
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: stream, duplex: "half" } as RequestInit);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ keys: ["name"] });
  });
});
