/**
 * Whether a Prisma error is a unique-index violation on `field` (P2002). With the pg
 * driver adapter the constraint's columns are in the adapter error's cause; older shapes
 * name them in `meta.target`. Anything else (another index, another error) is not.
 */
export function isUniqueViolation(error: unknown, field: string): boolean {
  if (typeof error !== "object" || error === null || (error as { code?: unknown }).code !== "P2002") return false;
  const meta = (error as { meta?: Record<string, unknown> }).meta ?? {};
  const target = meta.target;
  if (Array.isArray(target) ? target.includes(field) : target === field) return true;
  const cause = (meta.driverAdapterError as { cause?: { constraint?: { fields?: unknown; index?: unknown } } } | undefined)?.cause;
  const fields = cause?.constraint?.fields;
  if (Array.isArray(fields)) return fields.some((name) => String(name).replace(/"/g, "") === field);
  const index = cause?.constraint?.index;
  return typeof index === "string" && index.endsWith(`_${field}_key`);
}
