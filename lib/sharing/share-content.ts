import type { LocalizedCampaign } from "../campaigns/translations/localize-campaign";
import { campaignPublicUrl } from "./campaign-share-link";

/** What every share button of one campaign page needs; plain data, handed to the browser. */
export type ShareContent = {
  /** The plain public address, `${APP_URL}/c/<slug>`, without parameters. */
  campaignUrl: string;
  slug: string;
  /** The campaign's title in the page's language (the email subject). */
  title: string;
  /** The organizer's share text in that language when they wrote one, else the title. */
  message: string;
  /** Without the '#' (as stored). */
  hashtag: string | null;
  /** KAKAO_JAVASCRIPT_KEY (public), or null: no KakaoTalk button. */
  kakaoJavaScriptKey: string | null;
};

type CampaignForSharing = { slug: string; hashtag: string | null; localized: Pick<LocalizedCampaign, "text"> };

type SharingSettings = { appUrl: string; kakaoJavaScriptKey?: string | null };

/** The share data of a campaign as the page shows it (its language already chosen). */
export function shareContentFor(campaign: CampaignForSharing, { appUrl, kakaoJavaScriptKey }: SharingSettings): ShareContent {
  const { text } = campaign.localized;
  const shareText = text.shareText?.trim();
  return {
    campaignUrl: campaignPublicUrl(appUrl, campaign.slug),
    slug: campaign.slug,
    title: text.title,
    message: shareText || text.title,
    hashtag: campaign.hashtag?.replace(/^#/, "") || null,
    kakaoJavaScriptKey: kakaoJavaScriptKey ?? null,
  };
}
