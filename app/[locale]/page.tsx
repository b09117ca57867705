import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listPublicCampaigns } from "@/lib/campaigns/get-public-campaign";
import { getDb } from "@/lib/db";
import { setPageLocale } from "@/lib/i18n/page-locale";

// The list changes with every campaign and needs the database, which a build may not have.
export const dynamic = "force-dynamic";

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  await setPageLocale(params);
  const t = await getTranslations("home");
  const campaigns = await listPublicCampaigns(getDb());
  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {campaigns.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="campaign-list">
          {campaigns.map((campaign) => (
            <li key={campaign.id} className="card campaign-list__item">
              <h2 lang={campaign.language}>
                <Link href={`/c/${campaign.slug}`}>{campaign.title}</Link>
              </h2>
              <p lang={campaign.language} style={{ margin: 0 }}>
                {campaign.summary}
              </p>
              <p style={{ margin: 0, fontWeight: 700 }}>{t("signatures", { count: campaign.signatureCount })}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
