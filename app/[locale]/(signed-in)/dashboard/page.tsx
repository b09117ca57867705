import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePageAccess } from "@/lib/auth/require-page-access";
import { listMyCampaigns } from "@/lib/campaigns/list-my-campaigns";
import { getDb } from "@/lib/db";
import { setPageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function DashboardPage({ params }: Props) {
  await setPageLocale(params);
  const { person } = await requirePageAccess("signedIn", { returnTo: "/dashboard" });
  const t = await getTranslations("dashboard");
  const format = await getFormatter();
  const campaigns = await listMyCampaigns({ db: getDb(), personId: person.id });
  return (
    <div className="page">
      <h1>{t("title")}</h1>
      {campaigns.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table data-testid="my-campaigns">
          <caption>{t("myCampaigns")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("campaign")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("signatures")}</th>
            </tr>
          </thead>
          <tbody>
            {campaigns.map((campaign) => (
              <tr key={campaign.id}>
                <th scope="row">
                  <Link href={`/dashboard/campaigns/${campaign.id}`}>{campaign.title}</Link>
                </th>
                <td>{t(`statuses.${campaign.status}`)}</td>
                <td>{format.number(campaign.confirmed)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <Link className="button" href="/start">
          {t("startCampaign")}
        </Link>
      </p>
    </div>
  );
}
