import createMiddleware from "next-intl/middleware";
import { routing } from "./lib/i18n/routing";

export default createMiddleware(routing);

export const config = {
  // Pages only: not the JSON API, uploaded files (/media/), Next.js assets or files with an extension.
  matcher: "/((?!api|media/|_next|_vercel|.*\\..*).*)",
};
