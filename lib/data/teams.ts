import "server-only";
import { db } from "@/lib/db";
import { DomainError, notFound } from "@/lib/actions/result";
import { hashToken, randomToken } from "@/lib/auth/secrets";

export const listTeams = () =>
  db.team.findMany({ orderBy: { name: "asc" }, select: { id: true, slug: true, name: true, _count: { select: { memberships: true } } } });

export async function getTeam(slug: string) {
  return db.team.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      memberships: { orderBy: [{ role: "asc" }, { user: { name: "asc" } }], select: { role: true, user: { select: { id: true, name: true, email: true } } } },
      invites: {
        where: { revokedAt: null, expiresAt: { gt: new Date() } },
        orderBy: { createdAt: "desc" },
        select: { id: true, expiresAt: true, createdAt: true, createdBy: { select: { name: true } } },
      },
    },
  });
}

export async function createTeam(input: { name: string; slug: string }, creatorId: number) {
  if (await db.team.findUnique({ where: { slug: input.slug } })) {
    throw new DomainError(400, "That address is taken.", { errors: { slug: ["Another team uses this address."] } });
  }
  return db.team.create({ data: { ...input, memberships: { create: { userId: creatorId, role: "lead" } } }, select: { slug: true } });
}

export async function addMember(teamId: number, email: string) {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true } });
  if (!user) throw new DomainError(400, "Could not add them.", { errors: { email: ["No account uses that email. Send them an invite link instead."] } });
  await db.membership.upsert({ where: { userId_teamId: { userId: user.id, teamId } }, create: { userId: user.id, teamId }, update: {} });
  return user;
}

export async function removeMember(teamId: number, userId: number) {
  await db.membership.deleteMany({ where: { teamId, userId } });
}

export async function setMemberRole(teamId: number, userId: number, role: "member" | "lead") {
  const { count } = await db.membership.updateMany({ where: { teamId, userId }, data: { role } });
  if (count === 0) throw notFound("That person is not in this team.");
}

/** Creates an invite link; the token is returned once and only its hash is kept. */
export async function createInvite(teamId: number, createdById: number, days: number) {
  const token = randomToken(24);
  await db.invite.create({ data: { teamId, createdById, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + days * 86_400_000) } });
  return token;
}

export async function revokeInvite(inviteId: number) {
  return db.invite.update({ where: { id: inviteId }, data: { revokedAt: new Date() }, select: { teamId: true } });
}

export const inviteTeamId = (inviteId: number) => db.invite.findUnique({ where: { id: inviteId }, select: { teamId: true } });

/** The team an invite token lets you join, if it is valid now. */
export async function findValidInvite(token: string) {
  const invite = await db.invite.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, revokedAt: true, expiresAt: true, team: { select: { id: true, slug: true, name: true } } },
  });
  if (!invite || invite.revokedAt || invite.expiresAt <= new Date()) return null;
  return invite.team;
}

export async function joinTeam(userId: number, teamId: number) {
  await db.membership.upsert({ where: { userId_teamId: { userId, teamId } }, create: { userId, teamId }, update: {} });
}
