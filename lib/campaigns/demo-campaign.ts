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

Families have waited too long in silence. Together we can make sure these people are not forgotten.

---

### 요약 (한국어)
중국에서 체포된 탈북민 13명이 강제 북송될 위기에 처해 있습니다. 북송된 사람들은 수용소와 고문에
직면합니다. 중국 정부에 난민협약에 따라 이들을 북송하지 말고 안전한 곳으로 갈 수 있도록 허용할 것을
요청합니다. 서명하고 널리 알려 주세요.

### 摘要（中文）
十三名在中国被捕的朝鲜难民面临被强制遣返的危险。被遣返者将面临劳改营和酷刑。我们呼吁中国政府遵守
《难民公约》，不要遣返他们，并允许他们前往安全的地方。请签名并转发。`;

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
  imageUrl: "/campaigns/save-my-friend.svg",
  imageAlt: "Candles lit at dusk for the detained refugees",
};

/** Creates the demo campaign once; later runs leave it (and any edits to it) alone. */
export async function seedDemoCampaign(db: Db): Promise<{ created: boolean }> {
  const existing = await db.campaign.findUnique({ where: { slug: DEMO_CAMPAIGN_SLUG }, select: { id: true } });
  if (existing) return { created: false };
  const created = await db.campaign.createMany({ data: [demoCampaign], skipDuplicates: true });
  return { created: created.count === 1 };
}
