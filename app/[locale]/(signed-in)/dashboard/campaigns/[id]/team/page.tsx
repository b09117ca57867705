import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { InviteForm } from "@/components/team/invite-form";
import { TeamTables } from "@/components/team/team-tables";
import styles from "@/components/team/team.module.css";
import { requirePageAccess } from "@/lib/auth/require-page-access";
import { getOrganizerCampaign } from "@/lib/campaigns/get-organizer-campaign";
import { dashboardPath, teamPath } from "@/lib/campaigns/organizer-paths";
import { getDb } from "@/lib/db";
import { setPageLocale } from "@/lib/i18n/page-locale";
import { listTeam } from "@/lib/team/list-team";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("team");
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function TeamPage({ params }: Props) {
  await setPageLocale(params);
  const { id } = await params;
  const { membership } = await requirePageAccess("campaignOrganizer", { returnTo: teamPath(id), campaignId: id });
  const db = getDb();
  const campaign = await getOrganizerCampaign({ db, campaignId: id });
  if (!campaign) notFound();
  const { members, invitations } = await listTeam({ db, campaignId: id });
  const t = await getTranslations("team");
  const format = await getFormatter();
  const isOwner = membership?.role === "OWNER";
  const when = (date: Date) => format.dateTime(date, { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

  return (
    <div className={`page narrow ${styles.page}`}>
      <p className={styles.back}>
        <Link href={dashboardPath(id)}>{t("backToDashboard")}</Link>
      </p>
      <header>
        <p className={styles.kicker}>{campaign.title}</p>
        <h1 className={styles.title}>{t("title")}</h1>
        <p>{t("intro")}</p>
        {!isOwner && (
          <p className="alert alert--info" data-testid="owner-only">
            {t("ownerOnly")}
          </p>
        )}
      </header>
      <TeamTables
        campaignId={id}
        canManage={isOwner}
        members={members.map((member) => ({ userId: member.userId, email: member.email, role: member.role }))}
        invitations={invitations.map((invitation) => ({ id: invitation.id, email: invitation.email, sentAt: invitation.sentAt.toISOString(), sentLabel: when(invitation.sentAt) }))}
      />
      {isOwner && <InviteForm campaignId={id} />}
    </div>
  );
}
