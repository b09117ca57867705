// The places a signer can share a campaign to, and the `src=` tag each one's link carries
// (read back by the referral statistics as the channel a signer came through).

/** Networks reached through a plain share URL: a real link, no script of theirs on our page. */
export const LINK_NETWORKS = ["x", "facebook", "whatsapp", "telegram", "line", "weibo", "email"] as const;
export type LinkNetwork = (typeof LINK_NETWORKS)[number];

/** Every `src=` value a Chorus share link may carry. */
export const SHARE_SOURCES = [...LINK_NETWORKS, "kakaotalk", "copy", "qr", "native"] as const;
export type ShareSource = (typeof SHARE_SOURCES)[number];

/** Each network's name as its owner spells it (the same in every interface language but Korean's KakaoTalk). */
export const NETWORK_NAMES: Record<LinkNetwork | "kakaotalk", string> = {
  x: "X",
  facebook: "Facebook",
  whatsapp: "WhatsApp",
  telegram: "Telegram",
  line: "LINE",
  weibo: "Weibo",
  email: "Email",
  kakaotalk: "KakaoTalk",
};
