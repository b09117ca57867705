import type { Db } from "../db";

export const DEMO_CAMPAIGN_SLUG = "save-my-friend";

// Our own text, in the spirit of the "Save My Friend" campaign: relatives and activists
// asking a government not to send arrested refugees back to danger.
const story = `My friend Ji-woo left North Korea with her younger brother. Last month they were
stopped at a bus station in China, together with eleven other people, and taken into detention.
Everyone who has been sent back in the same way has faced prison camps, torture, or worse.

**We are asking for one thing: do not send them back.**

China is bound by the 1951 Refugee Convention and the Convention against Torture, both of which
forbid returning anyone to a country where they face persecution. The UN High Commissioner for
Refugees has offered to help. South Korea has said it will receive them. There is a safe way out,
and it only needs the will to take it.

### What you can do
1. **Sign this petition.** Every name tells the government that the world is watching.
2. **Share it** with your friends, your community and anyone with a voice.
3. **Write to your representative** and ask them to raise the case.

Families have waited too long in silence. Together we can make sure these people are not forgotten.`;

export const demoCampaign = {
  slug: DEMO_CAMPAIGN_SLUG,
  title: "Save my friend: stop the forced return of 13 refugees",
  summary:
    "Thirteen refugees arrested in China face being sent back to North Korea, where they would be imprisoned or worse. Ask the government to let them go somewhere safe.",
  story,
  target: "The Government of the People's Republic of China",
  goal: 200_000,
  status: "PUBLISHED" as const,
  language: "en",
  hashtag: "SaveMyFriend",
  shareText: "13 refugees arrested in China face forced return to North Korea. Sign to ask for their safe passage.",
  imageUrl: "/campaigns/save-my-friend.svg",
  imageAlt: "Candles lit at dusk for the detained refugees",
};

// Written as a Korean or Chinese reader would read it, not word for word. Paragraphs are
// single lines: a line break inside a paragraph would show as a space between characters.
const koreanStory = `제 친구 지우는 어린 남동생과 함께 북한을 떠났습니다. 지난달 두 사람은 중국의 한 버스 터미널에서 다른 열한 명과 함께 붙잡혀 구금되었습니다. 이렇게 강제로 돌려보내진 사람들은 모두 정치범수용소와 고문, 그보다 더한 일을 겪었습니다.

**우리가 바라는 것은 단 하나입니다. 이들을 돌려보내지 마십시오.**

중국은 1951년 난민협약과 고문방지협약의 당사국이며, 두 협약 모두 박해받을 위험이 있는 나라로 사람을 돌려보내는 것을 금지합니다. 유엔난민기구는 돕겠다고 나섰고, 대한민국은 이들을 받아들이겠다고 밝혔습니다. 안전한 길은 이미 있습니다. 그 길을 열겠다는 의지만 있으면 됩니다.

### 함께할 수 있는 일
1. **이 청원에 서명해 주세요.** 이름 하나하나가 세계가 지켜보고 있다는 뜻입니다.
2. **널리 알려 주세요.** 친구와 이웃, 목소리를 낼 수 있는 모든 분께 전해 주세요.
3. **지역구 의원에게 편지를 써서** 이 사건을 다뤄 달라고 요청해 주세요.

가족들은 너무 오랫동안 침묵 속에서 기다려 왔습니다. 함께라면 이들이 잊히지 않게 할 수 있습니다.`;

const chineseStory = `我的朋友智友带着年幼的弟弟离开了朝鲜。上个月，他们和另外十一个人在中国的一个汽车站被拦下，随后被拘留。以同样方式被遣返的人，都遭受了劳改营、酷刑，甚至更糟的命运。

**我们只有一个请求：不要遣返他们。**

中国是1951年《难民公约》和《禁止酷刑公约》的缔约国，这两项公约都禁止将任何人送回可能遭受迫害的国家。联合国难民署已表示愿意提供帮助，韩国也表示愿意接收他们。安全的出路已经存在，只需要迈出这一步的决心。

### 您可以做什么
1. **在这份请愿书上签名。** 每一个名字都在告诉政府：全世界都在关注。
2. **转发分享**给您的朋友、社区以及每一位能发声的人。
3. **写信给您所在地区的议员或代表**，请他们关注此案。

这些家庭已经在沉默中等待了太久。团结起来，我们就能让他们不被遗忘。`;

/** The demo campaign in its other languages, published. */
export const demoTranslations = [
  {
    language: "ko",
    title: "내 친구를 구해 주세요: 탈북민 13명의 강제 북송을 막아 주세요",
    summary:
      "중국에서 체포된 탈북민 13명이 북한으로 강제 송환될 위기에 놓였습니다. 돌아가면 수감되거나 그보다 더한 일을 겪게 됩니다. 이들이 안전한 곳으로 갈 수 있도록 해 달라고 정부에 요청해 주세요.",
    story: koreanStory,
    target: "중화인민공화국 정부",
    shareText: "중국에서 체포된 탈북민 13명이 강제 북송될 위기에 있습니다. 안전한 곳으로 갈 수 있도록 서명해 주세요.",
    imageAlt: "구금된 탈북민들을 위해 해 질 녘에 밝힌 촛불",
    isDraft: false,
  },
  {
    language: "zh",
    title: "救救我的朋友：阻止强制遣返13名朝鲜难民",
    summary: "在中国被捕的13名难民面临被遣返朝鲜的危险，一旦被遣返，他们将被关押甚至遭受更严重的迫害。请呼吁政府允许他们前往安全的地方。",
    story: chineseStory,
    target: "中华人民共和国政府",
    shareText: "13名在中国被捕的朝鲜难民面临强制遣返。请签名，呼吁让他们安全离开。",
    imageAlt: "黄昏时为被拘留的难民点燃的蜡烛",
    isDraft: false,
  },
];

// Before translations existed the demo story carried Korean and Chinese summaries pasted
// at its end; a database seeded then gets them moved into translations.
const PASTED_SUMMARIES = "\n\n---\n\n### 요약 (한국어)";

/**
 * Creates the demo campaign and its translations once; later runs leave it (and any edits
 * to it) alone, apart from moving the summaries an older seed pasted into its story.
 */
export async function seedDemoCampaign(db: Db): Promise<{ created: boolean }> {
  const existing = await db.campaign.findUnique({
    where: { slug: DEMO_CAMPAIGN_SLUG },
    select: { id: true, story: true, _count: { select: { translations: true } } },
  });
  if (existing) {
    const pasted = existing.story.indexOf(PASTED_SUMMARIES);
    if (pasted !== -1 && existing._count.translations === 0) {
      await db.$transaction([
        db.campaign.update({ where: { id: existing.id }, data: { story: existing.story.slice(0, pasted) } }),
        db.campaignTranslation.createMany({
          data: demoTranslations.map((translation) => ({ ...translation, campaignId: existing.id })),
          skipDuplicates: true,
        }),
      ]);
    }
    return { created: false };
  }
  const created = await db.$transaction(async (tx) => {
    const campaigns = await tx.campaign.createManyAndReturn({ data: [demoCampaign], skipDuplicates: true, select: { id: true } });
    if (campaigns.length === 0) return false;
    await tx.campaignTranslation.createMany({
      data: demoTranslations.map((translation) => ({ ...translation, campaignId: campaigns[0]!.id })),
    });
    return true;
  });
  return { created };
}
