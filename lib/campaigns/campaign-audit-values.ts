import type { Prisma } from "../generated/prisma/client";

/** A campaign's fields as an audit row keeps them: dates as ISO strings, absent values as null. */
export function campaignAuditValues(campaign: Record<string, unknown>, fields: readonly string[]): Prisma.InputJsonObject {
  const values: Record<string, Prisma.InputJsonValue | null> = {};
  for (const field of fields) {
    const value = campaign[field];
    values[field] = value instanceof Date ? value.toISOString() : ((value ?? null) as Prisma.InputJsonValue | null);
  }
  return values;
}
