import { describe, expect, it } from "vitest";
import { embedFrameAncestors, framingFor, isEmbedPath, SAME_ORIGIN_FRAMING, widgetFraming } from "./framing-policy";
import { documentPolicy } from "./content-security-policy";
import { securityHeaders } from "./security-headers";

describe("isEmbedPath", () => {
  it("matches every spelling Next.js routes to the widget", () => {
    for (const url of [
      "/embed/save-my-friend",
      "/embed/save-my-friend?theme=dark",
      "/embed/save-my-friend?theme=light&lang=ko",
      "/ko/embed/save-my-friend",
      "/zh/embed/save-my-friend",
      "/en/embed/dark/save-my-friend",
      "/%65mbed/save-my-friend",
      "/%65%6d%62%65%64/save-my-friend",
      "/embed/%73ave-my-friend",
      "//embed//save-my-friend",
      "/embed/no-such-campaign",
    ]) {
      expect(isEmbedPath(url), url).toBe(true);
    }
  });

  it("matches no other page, however the path is spelled", () => {
    for (const url of [
      "/",
      "/c/save-my-friend",
      "/confirm/abc",
      "/embed",
      "/embed/",
      "/embed.js",
      "/embedded/x",
      "/x/embed/save-my-friend",
      "/fr/embed/save-my-friend",
      "/EMBED/save-my-friend",
      "/embed/a/b/c",
      "/embed/../c/save-my-friend",
      "/embed/%2e%2e/c/save-my-friend",
      "/embed/..%2fc/save-my-friend",
      "/embed/..%2Fc",
      "/embed/x%2f..%2f..%2fc%2fslug",
      "/embed\\..\\c\\slug",
      "/c/save-my-friend?next=/embed/x",
      "/dashboard/campaigns/1?x=/embed/a",
      "/embed/%E0%A4%A",
      "/embed/x%00",
      undefined,
    ]) {
      expect(isEmbedPath(url), String(url)).toBe(false);
    }
  });
});

describe("framingFor", () => {
  it("lets the configured sites frame the widget, without X-Frame-Options", () => {
    expect(framingFor("/embed/x", widgetFraming("*"))).toEqual({ frameAncestors: "*", xFrameOptions: null });
    expect(framingFor("/ko/embed/x?theme=dark", widgetFraming("'self' https://a.example"))).toEqual({
      frameAncestors: "'self' https://a.example",
      xFrameOptions: null,
    });
  });

  it("keeps every other page to this origin, with X-Frame-Options", () => {
    expect(framingFor("/c/x", widgetFraming("*"))).toBe(SAME_ORIGIN_FRAMING);
    expect(framingFor("/embed/../c/x", widgetFraming("*"))).toBe(SAME_ORIGIN_FRAMING);
  });

  it("becomes the page's frame-ancestors directive and its headers", () => {
    const embed = framingFor("/embed/x", widgetFraming("*"));
    expect(documentPolicy({ scriptHashes: [], development: false, https: false, frameAncestors: embed.frameAncestors })).toContain(
      "frame-ancestors *",
    );
    expect(securityHeaders({ https: false, framing: embed }).map(([name]) => name)).not.toContain("X-Frame-Options");
    const page = framingFor("/c/x", widgetFraming("*"));
    expect(documentPolicy({ scriptHashes: [], development: false, https: false, frameAncestors: page.frameAncestors })).toContain(
      "frame-ancestors 'self'",
    );
    expect(securityHeaders({ https: false, framing: page })).toContainEqual(["X-Frame-Options", "SAMEORIGIN"]);
    // Without a framing, the strict one.
    expect(securityHeaders({ https: false })).toContainEqual(["X-Frame-Options", "SAMEORIGIN"]);
    expect(documentPolicy({ scriptHashes: [], development: false, https: false })).toContain("frame-ancestors 'self'");
  });
});

describe("embedFrameAncestors", () => {
  it("lets any site embed by default", () => {
    expect(embedFrameAncestors(undefined)).toBe("*");
    expect(embedFrameAncestors("")).toBe("*");
    expect(embedFrameAncestors(" * ")).toBe("*");
  });

  it("turns a list of origins into sources, with Chorus itself", () => {
    expect(embedFrameAncestors("https://blog.example.org, http://localhost:8080 https://*.ngo.example/")).toBe(
      "'self' https://blog.example.org http://localhost:8080 https://*.ngo.example",
    );
    expect(embedFrameAncestors("HTTPS://Blog.Example.org,https://blog.example.org")).toBe("'self' https://blog.example.org");
  });

  it("refuses anything that is not an origin, so nothing can be added to the policy", () => {
    for (const bad of [
      "https://a.example; script-src *",
      "https://a.example/path",
      "'unsafe-inline'",
      "a.example",
      "javascript:alert(1)",
      "*, https://a.example",
      "https://a.example:99999999",
      "https://*",
      "data:",
    ]) {
      expect(() => embedFrameAncestors(bad), bad).toThrow();
    }
  });
});
