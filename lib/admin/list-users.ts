import "server-only";
import type { Db } from "../db";
import type { Prisma } from "../generated/prisma/client";

export const USERS_PER_PAGE = 50;

type ListUsersOptions = { db: Db; emailContains?: string | null; page?: number };

/** People who have signed in, newest first, optionally those whose email contains a text. */
export async function listUsers({ db, emailContains, page = 1 }: ListUsersOptions) {
  const search = emailContains?.trim().toLowerCase();
  const where: Prisma.UserWhereInput = search ? { email: { contains: search } } : {};
  const [users, total] = await Promise.all([
    db.user.findMany({
      where,
      select: { id: true, email: true, role: true, trusted: true, createdAt: true },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (Math.max(page, 1) - 1) * USERS_PER_PAGE,
      take: USERS_PER_PAGE,
    }),
    db.user.count({ where }),
  ]);
  return { users, total, pages: Math.max(1, Math.ceil(total / USERS_PER_PAGE)) };
}
