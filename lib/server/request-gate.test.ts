import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER, CLIENT_IP_SIGNATURE_HEADER, clientIp } from "../http/client-ip";
import { compileProxyTrust, NO_PROXY_TRUST } from "../http/proxy-trust";
import { createRequestGate, type RequestGateOptions } from "./request-gate";

// The gate in front of a stand-in for Next.js that echoes the address it was handed, over
// real HTTP on loopback: what a browser on this machine, or a proxy on it, would send.
const secret = "gate-secret-gate-secret-gate-secret-gate";
const mailboxKey = "mailbox-key-mailbox-key-mailbox-key-mailbox";
const diagnosticsToken = "diagnostics-token-diagnostics-token-0123";
const servers: http.Server[] = [];

async function serve(options: Partial<RequestGateOptions>): Promise<string> {
  const gate = createRequestGate({
    secret,
    proxyTrust: NO_PROXY_TRUST,
    devMailbox: { enabled: true, key: null, secureCookie: false },
    diagnostics: null,
    ...options,
  });
  const server = http.createServer((req, res) => {
    if (gate(req, res)) return;
    const headers = new Headers({
      [CLIENT_IP_HEADER]: String(req.headers[CLIENT_IP_HEADER] ?? ""),
      [CLIENT_IP_SIGNATURE_HEADER]: String(req.headers[CLIENT_IP_SIGNATURE_HEADER] ?? ""),
    });
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ reached: "next", clientIp: clientIp(headers, secret) }));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

describe("the development mailbox behind the request gate", () => {
  let open: string;
  let behindLoopbackProxy: string;
  let disabled: string;
  let withKey: string;
  beforeAll(async () => {
    open = await serve({});
    behindLoopbackProxy = await serve({ proxyTrust: compileProxyTrust("127.0.0.1") });
    disabled = await serve({ devMailbox: { enabled: false, key: null, secureCookie: false } });
    withKey = await serve({ devMailbox: { enabled: true, key: mailboxKey, secureCookie: false } });
  });

  it("opens to a browser on this machine when it is on", async () => {
    expect((await fetch(`${open}/dev/mailbox`)).status).toBe(200);
  });

  it("is a plain 404 when it is off", async () => {
    const response = await fetch(`${disabled}/dev/mailbox`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("Not found");
  });

  it("refuses a client that a trusted proxy on this machine says is elsewhere", async () => {
    const response = await fetch(`${behindLoopbackProxy}/dev/mailbox`, { headers: { "x-forwarded-for": "203.0.113.7" } });
    expect(response.status).toBe(404);
    expect((await fetch(`${behindLoopbackProxy}/dev/mailbox`, { headers: { "x-forwarded-for": "127.0.0.1" } })).status).toBe(200);
  });

  it("refuses forwarded requests when no proxy is trusted (a same-host reverse proxy makes everyone local)", async () => {
    for (const [name, value] of [
      ["x-forwarded-for", "203.0.113.7"],
      ["forwarded", "for=203.0.113.7"],
      ["x-real-ip", "203.0.113.7"],
      ["via", "1.1 nginx"],
    ] as const) {
      expect((await fetch(`${open}/dev/mailbox`, { headers: { [name]: value } })).status, name).toBe(404);
    }
  });

  it("guards every spelling of the path that reaches the mailbox pages", async () => {
    for (const path of ["/ko/dev/mailbox", "/%64ev/mailbox", "//dev/mailbox", "/DEV/mailbox", "/x/../dev/mailbox/1", "/dev"]) {
      expect((await fetch(`${open}${path}`, { headers: { via: "1.1 proxy" } })).status, path).toBe(404);
    }
    expect((await fetch(`${open}/developers`, { headers: { via: "1.1 proxy" } })).status).toBe(200);
  });

  it("with a key: refuses without it or with a wrong one, and swaps the right one for a strict cookie", async () => {
    expect((await fetch(`${withKey}/dev/mailbox`)).status).toBe(404);
    expect((await fetch(`${withKey}/dev/mailbox?key=${mailboxKey}x`, { redirect: "manual" })).status).toBe(404);
    expect((await fetch(`${withKey}/dev/mailbox`, { headers: { cookie: "chorus_dev_mailbox=wrong" } })).status).toBe(404);

    const exchange = await fetch(`${withKey}/dev/mailbox?key=${mailboxKey}&page=2`, { redirect: "manual" });
    expect(exchange.status).toBe(303);
    expect(exchange.headers.get("location")).toBe("/dev/mailbox?page=2");
    // A path spelled to reach the mailbox from elsewhere never redirects elsewhere.
    const spelled = await new Promise<string | undefined>((resolve, reject) => {
      const url = new URL(withKey);
      http
        .get({ host: url.hostname, port: url.port, path: `/\\evil.example/../dev/mailbox?key=${mailboxKey}` }, (reply) => {
          reply.resume();
          resolve(reply.headers.location);
        })
        .on("error", reject);
    });
    expect(spelled).toBe("/dev/mailbox");
    const cookie = exchange.headers.get("set-cookie")!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const response = await fetch(`${withKey}/dev/mailbox`, { headers: { cookie: cookie.split(";")[0]! } });
    expect(response.status).toBe(200);
  });

  it("with a key, still only to this machine", async () => {
    const response = await fetch(`${withKey}/dev/mailbox?key=${mailboxKey}`, { redirect: "manual", headers: { "x-real-ip": "203.0.113.7" } });
    expect(response.status).toBe(404);
  });
});

describe("the client address handed on", () => {
  it("replaces an address and signature the client sent with the ones the server resolved", async () => {
    const url = await serve({});
    const forged = await fetch(`${url}/c/x`, { headers: { [CLIENT_IP_HEADER]: "198.51.100.9", [CLIENT_IP_SIGNATURE_HEADER]: "forged" } });
    expect(await forged.json()).toEqual({ reached: "next", clientIp: "127.0.0.1" });
  });

  it("is the X-Forwarded-For entry only from a trusted proxy", async () => {
    const trusting = await serve({ proxyTrust: compileProxyTrust("127.0.0.0/8") });
    const untrusting = await serve({ proxyTrust: compileProxyTrust("10.0.0.0/8") });
    const headers = { "x-forwarded-for": "6.6.6.6, 203.0.113.8:4431" };
    expect((await (await fetch(`${trusting}/`, { headers })).json()).clientIp).toBe("203.0.113.8");
    expect((await (await fetch(`${untrusting}/`, { headers })).json()).clientIp).toBe("127.0.0.1");
  });
});

describe("diagnostics", () => {
  it("are not served unless on", async () => {
    const url = await serve({});
    expect(await (await fetch(`${url}/__chorus/memory`)).json()).toMatchObject({ reached: "next" });
  });

  it("when on, answer only the bearer of the token", async () => {
    const url = await serve({ diagnostics: { token: diagnosticsToken, send: (res) => res.writeHead(200).end("memory") } });
    expect((await fetch(`${url}/__chorus/memory`)).status).toBe(404);
    expect((await fetch(`${url}/__chorus/memory`, { headers: { authorization: "Bearer nope" } })).status).toBe(404);
    const response = await fetch(`${url}/__chorus/memory`, { headers: { authorization: `Bearer ${diagnosticsToken}` } });
    expect(await response.text()).toBe("memory");
  });
});
