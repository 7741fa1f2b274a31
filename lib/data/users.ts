import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { containsText, writeTransaction } from "@/lib/db-client";
import { hashPassword } from "@/lib/auth/password";
import type { TeamRole, Viewer } from "@/lib/auth/viewer-types";
import { recordAudit } from "@/lib/data/audit";
import { env } from "@/lib/env";

export const isFirstAccount = async () => (await db.user.count()) === 0;

export const registrationMode = () => env().REGISTRATION;

/** Who a user is now, read fresh on every request (admin flag, team roles), with what a session must match. */
const loadAccount = cache(async (userId: number) => {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      isAdmin: true,
      sessionVersion: true,
      deactivatedAt: true,
      memberships: { orderBy: { team: { name: "asc" } }, select: { role: true, team: { select: { id: true, slug: true, name: true } } } },
    },
  });
  if (!user || user.deactivatedAt) return null;
  const teams = user.memberships.map((m) => ({ ...m.team, role: m.role as TeamRole }));
  const viewer: Viewer = { id: user.id, email: user.email, name: user.name, isAdmin: user.isAdmin, teams };
  return { viewer, sessionVersion: user.sessionVersion };
});

/** An active user (deactivated users are nobody: no session, no token works for them). */
export const loadViewer = async (userId: number): Promise<Viewer | null> => (await loadAccount(userId))?.viewer ?? null;

/** The user behind a session cookie, if that session has not been ended since it was issued (see 0004-sessions). */
export async function loadSessionViewer(userId: number, sessionVersion: number | undefined): Promise<Viewer | null> {
  const account = await loadAccount(userId);
  return account && account.sessionVersion === sessionVersion ? account.viewer : null;
}

export const findUserByEmail = (email: string) =>
  db.user.findUnique({
    where: { email: email.toLowerCase() },
    select: { id: true, email: true, name: true, passwordHash: true, deactivatedAt: true },
  });

/** Called when a session is issued: notes the sign-in and returns the version the session carries. */
export async function startSession(userId: number) {
  const user = await db.user.update({ where: { id: userId }, data: { lastSignInAt: new Date() }, select: { sessionVersion: true } });
  return user.sessionVersion;
}

/**
 * Ends every session of the user by moving their session version on. With `onlyIfVersion`, only when that is still
 * the current version, so an already-ended cookie cannot be used to sign its owner out again and again.
 * Returns the new version (null when nothing changed).
 */
export async function endSessions(userId: number, onlyIfVersion?: number): Promise<number | null> {
  const where = onlyIfVersion === undefined ? { id: userId } : { id: userId, sessionVersion: onlyIfVersion };
  const { count } = await db.user.updateMany({ where, data: { sessionVersion: { increment: 1 } } });
  if (count === 0) return null;
  return (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } })).sessionVersion;
}

/** Sets a new password and ends every session; returns the new session version (for re-issuing the current one). */
export async function setPassword(userId: number, password: string) {
  const passwordHash = await hashPassword(password);
  const user = await db.user.update({
    where: { id: userId },
    data: { passwordHash, sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  return user.sessionVersion;
}

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

/**
 * Deactivates or reactivates a user. Deactivating also ends their sessions at once; their tokens stop working
 * because deactivated users are nobody (loadViewer). Returns false when the user does not exist or is already
 * in that state.
 */
export async function setUserActive(actor: Viewer, userId: number, active: boolean) {
  return writeTransaction(db, async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, deactivatedAt: true } });
    if (!user || (user.deactivatedAt === null) === active) return false;
    const deactivatedAt = active ? null : new Date();
    await tx.user.update({
      where: { id: userId },
      data: active ? { deactivatedAt } : { deactivatedAt, sessionVersion: { increment: 1 } },
    });
    await recordAudit(tx, actor, {
      action: active ? "user.reactivate" : "user.deactivate",
      entityType: "user",
      entityLabel: user.email,
      before: { deactivatedAt: user.deactivatedAt },
      after: { deactivatedAt },
    });
    return true;
  });
}

export const USERS_PAGE_SIZE = 25;

/** The admin user list: everyone, newest first, with teams; `query` matches email or name. */
export async function listUsers(page: number, query?: string) {
  const where = query ? { OR: [{ email: containsText(query.toLowerCase()) }, { name: containsText(query) }] } : {};
  const [total, users] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: {
        id: true,
        email: true,
        name: true,
        isAdmin: true,
        createdAt: true,
        lastSignInAt: true,
        deactivatedAt: true,
        memberships: { orderBy: { team: { name: "asc" } }, select: { role: true, team: { select: { slug: true, name: true } } } },
      },
    }),
  ]);
  return { total, users };
}

/** Finds or creates the local user for an OIDC identity, linking by verified email. */
export async function userForOidcIdentity(identity: { provider: string; subject: string; email: string; emailVerified: boolean; name: string }) {
  const linked = await db.account.findUnique({
    where: { provider_providerAccountId: { provider: identity.provider, providerAccountId: identity.subject } },
    select: { userId: true, user: { select: { deactivatedAt: true } } },
  });
  if (linked) return { userId: linked.userId, created: false, deactivated: linked.user.deactivatedAt !== null };
  const existing = await findUserByEmail(identity.email);
  if (existing) {
    // Only an address the provider has verified may claim an existing account.
    if (!identity.emailVerified) return null;
    await db.account.create({ data: { userId: existing.id, provider: identity.provider, providerAccountId: identity.subject } });
    return { userId: existing.id, created: false, deactivated: existing.deactivatedAt !== null };
  }
  if (registrationMode() === "invite-only" && (await db.user.count()) > 0) return null;
  const user = await createUser({ email: identity.email, name: identity.name });
  await db.account.create({ data: { userId: user.id, provider: identity.provider, providerAccountId: identity.subject } });
  return { userId: user.id, created: true, deactivated: false };
}
