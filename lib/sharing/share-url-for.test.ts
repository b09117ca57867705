import { describe, expect, it } from "vitest";
import { campaignShareLink, campaignPublicUrl } from "./campaign-share-link";
import { shareContentFor } from "./share-content";
import type { ShareContent } from "./share-content";
import { LINK_NETWORKS, type LinkNetwork } from "./share-networks";
import { messageWithHashtag, shareUrlFor } from "./share-url-for";
import { xWeight, X_MAX_WEIGHT, X_URL_WEIGHT } from "./x-text";

const CAMPAIGN_URL = "https://petitions.example.org/c/save-my-friend";
const CODE = "Ab3_xY-9Qw12";

const content = (message: string, overrides: Partial<ShareContent> = {}): ShareContent => ({
  campaignUrl: CAMPAIGN_URL,
  slug: "save-my-friend",
  title: message,
  message,
  hashtag: "SaveMyFriend",
  kakaoJavaScriptKey: null,
  ...overrides,
});

/** The network's query parameters, decoded the way the network reads them. */
function paramsOf(shareUrl: string): URLSearchParams {
  return new URL(shareUrl).searchParams;
}

/** Where each network puts our link and the message. */
const LINK_PARAM: Record<Exclude<LinkNetwork, "email">, { link: string | null; text: string | null }> = {
  x: { link: "url", text: "text" },
  facebook: { link: "u", text: null },
  whatsapp: { link: null, text: "text" },
  telegram: { link: "url", text: "text" },
  line: { link: "url", text: "text" },
  weibo: { link: "url", text: "title" },
};

function linkIn(network: LinkNetwork, shareUrl: string): string {
  if (network === "email") return decodeURIComponent(shareUrl.split("body=")[1]!).split("\r\n\r\n")[1]!;
  const params = paramsOf(shareUrl);
  const { link, text } = LINK_PARAM[network];
  if (link) return params.get(link)!;
  return params.get(text!)!.split(" ").at(-1)!;
}

function textIn(network: LinkNetwork, shareUrl: string): string | null {
  if (network === "email") return decodeURIComponent(shareUrl.split("body=")[1]!).split("\r\n\r\n")[0]!;
  const { text } = LINK_PARAM[network];
  return text ? paramsOf(shareUrl).get(text) : null;
}

const ADDRESSES: Record<LinkNetwork, string> = {
  x: "https://x.com/intent/tweet?",
  facebook: "https://www.facebook.com/sharer/sharer.php?",
  whatsapp: "https://wa.me/?",
  telegram: "https://t.me/share/url?",
  line: "https://social-plugins.line.me/lineit/share?",
  weibo: "https://service.weibo.com/share/share.php?",
  email: "mailto:?",
};

const TITLES = {
  English: "Free Kim & Lee now? #1 priority",
  Korean: "강제북송 위기의 탈북민을 구해주세요",
  Chinese: "请停止强制遣返脱北者",
  emoji: "Save my friend 🙏🏽 👨‍👩‍👧 🇰🇷",
};

describe("campaignShareLink", () => {
  it("is the plain campaign address with ref (when there is one) and src", () => {
    expect(campaignShareLink({ campaignUrl: CAMPAIGN_URL, referralCode: CODE, source: "line" })).toBe(`${CAMPAIGN_URL}?ref=${CODE}&src=line`);
    expect(campaignShareLink({ campaignUrl: CAMPAIGN_URL, source: "copy" })).toBe(`${CAMPAIGN_URL}?src=copy`);
    expect(campaignShareLink({ campaignUrl: CAMPAIGN_URL, referralCode: null, source: "qr" })).toBe(`${CAMPAIGN_URL}?src=qr`);
  });

  it("drops whatever query or fragment the base address had", () => {
    expect(campaignShareLink({ campaignUrl: `${CAMPAIGN_URL}?confirmed=1&lang=ko#story`, source: "native" })).toBe(`${CAMPAIGN_URL}?src=native`);
  });

  it("builds the public address from APP_URL with or without a trailing slash", () => {
    expect(campaignPublicUrl("https://petitions.example.org", "save-my-friend")).toBe(CAMPAIGN_URL);
    expect(campaignPublicUrl("https://petitions.example.org/", "save-my-friend")).toBe(CAMPAIGN_URL);
  });
});

describe.each(Object.entries(TITLES))("share URLs for a title in %s", (_language, title) => {
  it.each(LINK_NETWORKS)("%s: the network's own address, our link with ref and src, the text intact", (network) => {
    const url = shareUrlFor(network, content(title), CODE);
    expect(url.startsWith(ADDRESSES[network])).toBe(true);
    // Nothing but encoded characters after the '?': no raw space, '&' inside a value, '#' or '+'.
    expect(url.slice(ADDRESSES[network].length)).toMatch(/^[A-Za-z0-9\-_.!~*'()%=&]+$/);
    expect(url).not.toContain("+");

    const link = new URL(linkIn(network, url));
    expect(link.origin + link.pathname).toBe(CAMPAIGN_URL);
    expect(link.searchParams.get("ref")).toBe(CODE);
    expect(link.searchParams.get("src")).toBe(network);

    const text = textIn(network, url);
    if (network === "facebook") expect(text).toBeNull();
    else if (network === "x") expect(text).toBe(title);
    else if (network === "weibo") expect(text).toBe(`${title} #SaveMyFriend#`);
    else expect(text).toContain(`${title} #SaveMyFriend`);
  });
});

describe("X", () => {
  it("passes the hashtag in its own parameter, without the '#'", () => {
    const params = paramsOf(shareUrlFor("x", content("Free them"), CODE));
    expect(params.get("hashtags")).toBe("SaveMyFriend");
    expect(params.get("text")).toBe("Free them");
    expect([...params.keys()]).toEqual(["text", "url", "hashtags"]);
  });

  it("leaves the hashtag parameter out when the campaign has none", () => {
    const params = paramsOf(shareUrlFor("x", content("Free them", { hashtag: null })));
    expect(params.has("hashtags")).toBe(false);
    expect(new URL(params.get("url")!).searchParams.has("ref")).toBe(false);
  });

  it.each([
    ["Latin", "Release the prisoners now. ".repeat(12).slice(0, 300)],
    ["Korean", "강제북송을멈춰주세요".repeat(30)],
    ["emoji", "🙏🏽👨‍👩‍👧".repeat(150)],
    ["mixed", `${"한".repeat(99)}${"😀".repeat(201)}`],
  ])("cuts a 300-character %s text to fit 280 with the link and hashtag, at a whole grapheme", (_kind, long) => {
    expect([...long].length).toBeGreaterThanOrEqual(300);
    const text = paramsOf(shareUrlFor("x", content(long), CODE)).get("text")!;
    expect(text.endsWith("…")).toBe(true);
    expect(xWeight(text) + 1 + X_URL_WEIGHT + 1 + xWeight("#SaveMyFriend")).toBeLessThanOrEqual(X_MAX_WEIGHT);
    // Never a lone surrogate, never half an emoji sequence: the kept part is a prefix of whole graphemes.
    expect(text.isWellFormed()).toBe(true);
    const kept = text.slice(0, -1);
    expect(long.startsWith(kept)).toBe(true);
    const segments = [...new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(long)].map((part) => part.index);
    expect(segments).toContain(kept.length);
  });

  it("cuts spaced text at a word break", () => {
    const text = paramsOf(shareUrlFor("x", content("Release the prisoners now. ".repeat(12)))).get("text")!;
    expect(text).toMatch(/[a-z.]…$/);
    expect("Release the prisoners now. ".repeat(12)).toContain(`${text.slice(0, -1)} `);
  });

  it("keeps a text that fits whole", () => {
    const fits = "가".repeat(100);
    expect(paramsOf(shareUrlFor("x", content(fits))).get("text")).toBe(fits);
  });
});

describe("email", () => {
  it("is a mailto: with the title as subject and the message then our link as body, spaces as %20", () => {
    const url = shareUrlFor("email", content("Free them & #now", { title: "Free Kim? Yes & now" }), CODE);
    expect(url).toBe(
      `mailto:?subject=Free%20Kim%3F%20Yes%20%26%20now&body=Free%20them%20%26%20%23now%20%23SaveMyFriend%0D%0A%0D%0A${encodeURIComponent(`${CAMPAIGN_URL}?ref=${CODE}&src=email`)}`,
    );
  });
});

describe("the message and its hashtag", () => {
  it("appends the hashtag unless the organizer already wrote it", () => {
    expect(messageWithHashtag("Sign now", "SaveMyFriend")).toBe("Sign now #SaveMyFriend");
    expect(messageWithHashtag("Sign now #savemyfriend!", "SaveMyFriend")).toBe("Sign now #savemyfriend!");
    expect(messageWithHashtag("Sign now #SaveMyFriendToo", "SaveMyFriend")).toBe("Sign now #SaveMyFriendToo #SaveMyFriend");
    expect(messageWithHashtag("서명해 주세요", "세이브마이프렌드")).toBe("서명해 주세요 #세이브마이프렌드");
    expect(messageWithHashtag("请签名", "救救我的朋友", "weibo")).toBe("请签名 #救救我的朋友#");
    expect(messageWithHashtag("Sign now", null)).toBe("Sign now");
  });

  it("uses the share text, hashtag and language the page was given", () => {
    const url = shareUrlFor("telegram", content("ignored", { message: "지금 서명해 주세요!", hashtag: "북송반대" }));
    expect(paramsOf(url).get("text")).toBe("지금 서명해 주세요! #북송반대");
  });
});

describe("shareContentFor", () => {
  const campaign = (shareText: string | null, hashtag: string | null = "SaveMyFriend") => ({
    slug: "save-my-friend",
    hashtag,
    localized: {
      text: { title: "친구를 구해주세요", summary: "", story: "", target: "", shareText, imageAlt: null },
    },
  });

  it("shares the share text in the page's language, else the title", () => {
    expect(shareContentFor(campaign("지금 서명해 주세요"), { appUrl: "https://p.example.org" })).toEqual({
      campaignUrl: "https://p.example.org/c/save-my-friend",
      slug: "save-my-friend",
      title: "친구를 구해주세요",
      message: "지금 서명해 주세요",
      hashtag: "SaveMyFriend",
      kakaoJavaScriptKey: null,
    });
    expect(shareContentFor(campaign(null, null), { appUrl: "https://p.example.org", kakaoJavaScriptKey: "abc" })).toMatchObject({
      message: "친구를 구해주세요",
      hashtag: null,
      kakaoJavaScriptKey: "abc",
    });
  });
});
