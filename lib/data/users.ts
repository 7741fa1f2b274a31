import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { writeTransaction } from "@/lib/db-client";
import { hashPassword } from "@/lib/auth/password";
import type { TeamRole, Viewer } from "@/lib/auth/viewer-types";

export const isFirstAccount = async () => (await db.user.count()) === 0;

export const registrationMode = () => (process.env.REGISTRATION === "invite-only" ? "invite-only" : "open");

/** Loads who a user is now (admin flag and team roles are read fresh on every request). */
export const loadViewer = cache(async (userId: number): Promise<Viewer | null> => {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      isAdmin: true,
      memberships: { orderBy: { team: { name: "asc" } }, select: { role: true, team: { select: { id: true, slug: true, name: true } } } },
    },
  });
  if (!user) return null;
  const { memberships, ...rest } = user;
  return { ...rest, teams: memberships.map((m) => ({ ...m.team, role: m.role as TeamRole })) };
});

export const findUserByEmail = (email: string) =>
  db.user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true, email: true, name: true, passwordHash: true } });

/** Creates a user; the very first account on a fresh install becomes an admin. */
export async function createUser(input: { email: string; name: string; password?: string }) {
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return writeTransaction(db, async (tx) => {
    const isFirst = (await tx.user.count()) === 0;
    return tx.user.create({
      data: { email: input.email.toLowerCase(), name: input.name, passwordHash, isAdmin: isFirst },
      select: { id: true, email: true, name: true, isAdmin: true },
    });
  });
}

/** Finds or creates the local user for an OIDC identity, linking by verified email. */
export async function userForOidcIdentity(identity: { provider: string; subject: string; email: string; emailVerified: boolean; name: string }) {
  const linked = await db.account.findUnique({
    where: { provider_providerAccountId: { provider: identity.provider, providerAccountId: identity.subject } },
    select: { userId: true },
  });
  if (linked) return { userId: linked.userId, created: false };
  const existing = await findUserByEmail(identity.email);
  if (existing) {
    // Only an address the provider has verified may claim an existing account.
    if (!identity.emailVerified) return null;
    await db.account.create({ data: { userId: existing.id, provider: identity.provider, providerAccountId: identity.subject } });
    return { userId: existing.id, created: false };
  }
  if (registrationMode() === "invite-only" && (await db.user.count()) > 0) return null;
  const user = await createUser({ email: identity.email, name: identity.name });
  await db.account.create({ data: { userId: user.id, provider: identity.provider, providerAccountId: identity.subject } });
  return { userId: user.id, created: true };
}
