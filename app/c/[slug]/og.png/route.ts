import { apiError } from "@/lib/http/api-error";
import { logError } from "@/lib/observability/log-error";
import { campaignPreviewImage } from "@/lib/sharing/campaign-preview-image";

// The link-preview image of a campaign: /c/<slug>/og.png?lang=ko. Outside app/[locale]
// (and not matched by proxy.ts, having a dot): its language is the `lang` parameter only,
// so every cache can key it by URL. Public like the campaign page it illustrates.
export const dynamic = "force-dynamic";

export async function GET(request: Request, context: { params: Promise<{ slug: string }> }) {
  const { slug } = await context.params;
  const lang = new URL(request.url).searchParams.get("lang");
  try {
    const image = await campaignPreviewImage(slug, lang);
    if (!image) return apiError(404, "CAMPAIGN_NOT_FOUND", "There is no public campaign at this address.");
    return new Response(new Uint8Array(image.png), {
      status: 200,
      headers: {
        "Content-Type": "image/png",
        "Content-Length": String(image.png.byteLength),
        "Cache-Control": image.cacheControl,
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    logError("link-preview", error);
    return apiError(500, "INTERNAL_ERROR", "The preview image could not be drawn.");
  }
}
