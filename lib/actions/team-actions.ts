"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { enforce } from "@/lib/auth/rate-limits";
import { canAppointLeads, canCreateTeams, canManageTeam } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";
import { formAction } from "@/lib/actions/form-action";
import { mutation } from "@/lib/actions/mutation";
import { DomainError, forbidden, notFound } from "@/lib/actions/result";
import {
  addMember,
  createInvite,
  createTeam,
  findValidInvite,
  inviteTeamId,
  joinTeam,
  removeMember,
  revokeInvite,
  setMemberRole,
} from "@/lib/data/teams";
import { acceptInviteSchema, addMemberSchema, createInviteSchema, inviteRef, memberRef, setRoleSchema, teamSchema } from "@/lib/validation/account";

const requireTeamManager = (viewer: Viewer, teamId: number) => {
  if (!canManageTeam(viewer, teamId)) throw forbidden("Only this team's leads and admins can manage its members.");
};
const refreshTeams = () => revalidatePath("/teams", "layout");

export const createTeamAction = formAction(
  mutation({
    schema: teamSchema,
    async run(input, viewer) {
      if (!canCreateTeams(viewer)) throw forbidden("Only admins can create teams.");
      return createTeam(input, viewer.id);
    },
  }),
  (team) => {
    revalidatePath("/", "layout");
    redirect(`/teams/${team.slug}`);
  },
);

export const addMemberAction = formAction(
  mutation({
    schema: addMemberSchema,
    async run(input, viewer) {
      requireTeamManager(viewer, input.teamId);
      const user = await addMember(input.teamId, input.email);
      return `${user.name} is now a member.`;
    },
  }),
  refreshTeams,
);

export const removeMemberAction = formAction(
  mutation({
    schema: memberRef,
    async run(input, viewer) {
      requireTeamManager(viewer, input.teamId);
      await removeMember(input.teamId, input.userId);
      return "Removed from the team.";
    },
  }),
  refreshTeams,
);

export const setRoleAction = formAction(
  mutation({
    schema: setRoleSchema,
    async run(input, viewer) {
      if (!canAppointLeads(viewer)) throw forbidden("Only admins appoint and remove leads.");
      await setMemberRole(input.teamId, input.userId, input.role);
      return input.role === "lead" ? "Appointed as lead." : "Now a member.";
    },
  }),
  refreshTeams,
);

export const createInviteAction = formAction(
  mutation({
    schema: createInviteSchema,
    async run(input, viewer) {
      requireTeamManager(viewer, input.teamId);
      return { token: await createInvite(input.teamId, viewer.id, input.days), days: input.days };
    },
  }),
  refreshTeams,
);

export const revokeInviteAction = formAction(
  mutation({
    schema: inviteRef,
    async run(input, viewer) {
      const invite = await inviteTeamId(input.inviteId);
      if (!invite) throw notFound("That invite does not exist.");
      requireTeamManager(viewer, invite.teamId);
      await revokeInvite(input.inviteId);
      return "Invite revoked.";
    },
  }),
  refreshTeams,
);

export const acceptInviteAction = formAction(
  mutation({
    schema: acceptInviteSchema,
    async run(input, viewer) {
      await enforce("inviteAccept", `user:${viewer.id}`);
      const team = await findValidInvite(input.token);
      if (!team) throw new DomainError(400, "This invite link has expired or was revoked. Ask your team lead for a new one.");
      await joinTeam(viewer.id, team.id);
      return team;
    },
  }),
  (team) => {
    revalidatePath("/", "layout");
    redirect(`/teams/${team.slug}`);
  },
);
