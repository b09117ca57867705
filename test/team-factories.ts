import { randomBytes } from "node:crypto";
import type { Db } from "../lib/db";
import { publishedCampaign } from "./factories";

/** A signed-up person (a User row), as a sign-in would have made them. */
export async function person(db: Db, email = `person-${randomBytes(4).toString("hex")}@example.org`) {
  return db.user.create({ data: { email, emailVerified: new Date() } });
}

/** A published campaign with its owner, and co-organizers when asked for. */
export async function campaignWithTeam(db: Db, { coOrganizers = 0 } = {}) {
  const owner = await person(db);
  const campaign = await publishedCampaign(db);
  await db.campaign.update({ where: { id: campaign.id }, data: { ownerId: owner.id } });
  await db.campaignMember.create({ data: { campaignId: campaign.id, userId: owner.id, role: "OWNER" } });
  const organizers = [];
  for (let index = 0; index < coOrganizers; index++) {
    const organizer = await person(db);
    await db.campaignMember.create({ data: { campaignId: campaign.id, userId: organizer.id, role: "ORGANIZER" } });
    organizers.push(organizer);
  }
  return { campaign, owner, organizers };
}
