import { campaignShareLink } from "./campaign-share-link";
import type { ShareContent } from "./share-content";
import type { LinkNetwork } from "./share-networks";
import { textForX } from "./x-text";

// Each network's own web share address. encodeURIComponent throughout: it writes a space as
// %20 (mailto: must not get `+`), and `&`, `#`, `?` in a title as %26, %23, %3F, so a title
// can never end the text early or add a parameter.
const query = (params: Record<string, string | null>) =>
  Object.entries(params)
    .filter((entry): entry is [string, string] => entry[1] !== null && entry[1] !== "")
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join("&");

/** The message with the hashtag after it, unless the organizer already wrote it in. */
export function messageWithHashtag(message: string, hashtag: string | null, style: "plain" | "weibo" = "plain"): string {
  if (!hashtag) return message;
  const written = new RegExp(`#${hashtag.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}_])`, "iu");
  if (written.test(message)) return message;
  // Weibo marks a topic with a '#' on both sides (#话题#).
  return `${message} #${hashtag}${style === "weibo" ? "#" : ""}`;
}

/** The address of the "Share on <network>" link: the network's composer prefilled with the message and our link. */
export function shareUrlFor(network: LinkNetwork, content: ShareContent, referralCode?: string | null): string {
  const link = campaignShareLink({ campaignUrl: content.campaignUrl, referralCode, source: network });
  const message = messageWithHashtag(content.message, content.hashtag);
  switch (network) {
    case "x":
      // The only network with a hashtag parameter; the text is cut to fit X's 280.
      return `https://x.com/intent/tweet?${query({ text: textForX(content.message, content.hashtag), url: link, hashtags: content.hashtag })}`;
    case "facebook":
      // Facebook takes only the address; the text and image come from the page's Open Graph tags.
      return `https://www.facebook.com/sharer/sharer.php?${query({ u: link })}`;
    case "whatsapp":
      return `https://wa.me/?${query({ text: `${message} ${link}` })}`;
    case "telegram":
      return `https://t.me/share/url?${query({ url: link, text: message })}`;
    case "line":
      return `https://social-plugins.line.me/lineit/share?${query({ url: link, text: message })}`;
    case "weibo":
      return `https://service.weibo.com/share/share.php?${query({ url: link, title: messageWithHashtag(content.message, content.hashtag, "weibo") })}`;
    case "email":
      // RFC 6068: line breaks in a mailto: body are %0D%0A.
      return `mailto:?${query({ subject: content.title, body: `${message}\r\n\r\n${link}` })}`;
  }
}
