import "server-only";
import { db } from "@/lib/db";
import { writeTransaction } from "@/lib/db-client";
import { DomainError, notFound } from "@/lib/actions/result";
import { canRemoveMember } from "@/lib/auth/permissions";
import { hashToken, randomToken } from "@/lib/auth/secrets";
import type { Viewer } from "@/lib/auth/viewer-types";
import { recordAudit } from "@/lib/data/audit";
import { teamLeads } from "@/lib/data/notifications";
import { notify } from "@/lib/data/notify";
import type { Tx } from "@/lib/data/postmortem-children";

// Membership, roles, invites and team settings decide who reads team-only postmortems: every change is audited
// in the transaction that makes it, against the team, so its leads see it in the audit log.

export const listTeams = () =>
  db.team.findMany({ orderBy: { name: "asc" }, select: { id: true, slug: true, name: true, _count: { select: { memberships: true } } } });

export async function getTeam(slug: string) {
  return db.team.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      requireSecondReviewer: true,
      memberships: { orderBy: [{ role: "asc" }, { user: { name: "asc" } }], select: { role: true, user: { select: { id: true, name: true, email: true } } } },
      invites: {
        where: { revokedAt: null, expiresAt: { gt: new Date() } },
        orderBy: { createdAt: "desc" },
        select: { id: true, expiresAt: true, createdAt: true, createdBy: { select: { name: true } } },
      },
    },
  });
}

async function teamLabel(tx: Tx, teamId: number) {
  const team = await tx.team.findUnique({ where: { id: teamId }, select: { slug: true } });
  if (!team) throw notFound("Team not found.");
  return team.slug;
}

const audit = (tx: Tx, actor: Pick<Viewer, "id">, teamId: number, label: string, action: string, before: unknown, after: unknown) =>
  recordAudit(tx, actor, { action, entityType: "team", entityLabel: label, teamId, before, after });

export async function createTeam(actor: Viewer, input: { name: string; slug: string }) {
  return writeTransaction(db, async (tx) => {
    if (await tx.team.findUnique({ where: { slug: input.slug }, select: { id: true } })) {
      throw new DomainError(400, "That address is taken.", { errors: { slug: ["Another team uses this address."] } });
    }
    const team = await tx.team.create({ data: { ...input, memberships: { create: { userId: actor.id, role: "lead" } } }, select: { id: true, slug: true } });
    await audit(tx, actor, team.id, team.slug, "team.create", null, { name: input.name, lead: actor.email });
    return team;
  });
}

export async function addMember(actor: Viewer, teamId: number, email: string) {
  return writeTransaction(db, async (tx) => {
    const label = await teamLabel(tx, teamId);
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, name: true, email: true } });
    if (!user) throw new DomainError(400, "No account uses that email.", { errors: { email: ["No account uses that email. Send them an invite link instead."] } });
    const existing = await tx.membership.findUnique({ where: { userId_teamId: { userId: user.id, teamId } }, select: { role: true } });
    if (existing) return { ...user, role: existing.role, added: false };
    await tx.membership.create({ data: { userId: user.id, teamId } });
    await audit(tx, actor, teamId, label, "team.member_add", null, { member: user.email, role: "member" });
    return { ...user, role: "member", added: true };
  });
}

/** A team always has a lead, who manages it: refuses to remove or demote the last one. */
async function keepALead(tx: Tx, teamId: number, name: string) {
  if ((await tx.membership.count({ where: { teamId, role: "lead" } })) <= 1) {
    throw new DomainError(409, `${name} is this team's only lead. Make someone else a lead first.`);
  }
}

export async function removeMember(actor: Viewer, teamId: number, userId: number) {
  return writeTransaction(db, async (tx) => {
    const label = await teamLabel(tx, teamId);
    const membership = await tx.membership.findUnique({ where: { userId_teamId: { userId, teamId } }, select: { role: true, user: { select: { name: true, email: true } } } });
    if (!membership) throw notFound("That person is not in this team.");
    if (!canRemoveMember(actor, teamId, { id: userId, role: membership.role })) throw new DomainError(403, "Only admins remove leads; a lead may leave the team.");
    if (membership.role === "lead") await keepALead(tx, teamId, membership.user.name);
    await tx.membership.delete({ where: { userId_teamId: { userId, teamId } } });
    await audit(tx, actor, teamId, label, "team.member_remove", { member: membership.user.email, role: membership.role }, null);
    return membership.user;
  });
}

export async function setMemberRole(actor: Viewer, teamId: number, userId: number, role: "member" | "lead") {
  return writeTransaction(db, async (tx) => {
    const label = await teamLabel(tx, teamId);
    const membership = await tx.membership.findUnique({ where: { userId_teamId: { userId, teamId } }, select: { role: true, user: { select: { name: true, email: true } } } });
    if (!membership) throw notFound("That person is not in this team.");
    if (membership.role !== role) {
      if (role === "member") await keepALead(tx, teamId, membership.user.name);
      await tx.membership.update({ where: { userId_teamId: { userId, teamId } }, data: { role } });
      await audit(tx, actor, teamId, label, "team.role", { member: membership.user.email, role: membership.role }, { member: membership.user.email, role });
    }
    return { name: membership.user.name, role };
  });
}

/** Four eyes: when on, the author of a postmortem cannot publish it themselves. */
export async function setRequireSecondReviewer(actor: Viewer, teamId: number, required: boolean) {
  return writeTransaction(db, async (tx) => {
    const team = await tx.team.findUnique({ where: { id: teamId }, select: { slug: true, requireSecondReviewer: true } });
    if (!team) throw notFound("Team not found.");
    if (team.requireSecondReviewer !== required) {
      await tx.team.update({ where: { id: teamId }, data: { requireSecondReviewer: required } });
      await audit(tx, actor, teamId, team.slug, "team.settings", { requireSecondReviewer: team.requireSecondReviewer }, { requireSecondReviewer: required });
    }
    return { required };
  });
}

/** Creates an invite link; the token is returned once and only its hash is kept (and never audited). */
export async function createInvite(actor: Viewer, teamId: number, days: number) {
  return writeTransaction(db, async (tx) => {
    const label = await teamLabel(tx, teamId);
    const token = randomToken(24);
    const expiresAt = new Date(Date.now() + days * 86_400_000);
    const invite = await tx.invite.create({ data: { teamId, createdById: actor.id, tokenHash: hashToken(token), expiresAt }, select: { id: true } });
    await audit(tx, actor, teamId, label, "team.invite_create", null, { invite: `#${invite.id}`, expires: expiresAt.toISOString().slice(0, 10) });
    return token;
  });
}

export async function revokeInvite(actor: Viewer, inviteId: number) {
  return writeTransaction(db, async (tx) => {
    const invite = await tx.invite.update({ where: { id: inviteId }, data: { revokedAt: new Date() }, select: { teamId: true, team: { select: { slug: true } } } });
    await audit(tx, actor, invite.teamId, invite.team.slug, "team.invite_revoke", { invite: `#${inviteId}`, status: "active" }, { invite: `#${inviteId}`, status: "revoked" });
    return invite;
  });
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

/** Joining through an invite link: the new member is the actor. */
export async function joinTeam(userId: number, teamId: number) {
  await writeTransaction(db, async (tx) => {
    if (await tx.membership.findUnique({ where: { userId_teamId: { userId, teamId } }, select: { role: true } })) return;
    const label = await teamLabel(tx, teamId);
    const membership = await tx.membership.create({ data: { userId, teamId }, select: { user: { select: { email: true, name: true } }, team: { select: { name: true } } } });
    await audit(tx, { id: userId }, teamId, label, "team.member_join", null, { member: membership.user.email, role: "member", via: "invite link" });
    await notify(tx, {
      kind: "invite_accepted",
      audience: { actorId: userId, leads: await teamLeads(tx, teamId) },
      title: `${membership.user.name} joined ${membership.team.name} with an invite link`,
      link: `/teams/${label}`,
      teamId,
    });
  });
}
