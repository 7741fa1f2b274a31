"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
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
  setRequireSecondReviewer,
} from "@/lib/data/teams";
import {
  acceptInviteSchema,
  addMemberSchema,
  createInviteSchema,
  inviteRef,
  memberRef,
  secondReviewerSchema,
  setRoleSchema,
  teamSchema,
} from "@/lib/validation/account";

const requireTeamManager = (viewer: Viewer, teamId: number) => {
  if (!canManageTeam(viewer, teamId)) throw forbidden("Only this team's leads and admins can manage its members.");
};
const refreshTeams = () => revalidatePath("/teams", "layout");

/** A form action only the team's leads and admins may run; it refreshes the team pages. */
const managerAction = <S extends z.ZodType<{ teamId: number }>, T>(schema: S, run: (input: z.infer<S>, viewer: Viewer) => Promise<T>) =>
  formAction(
    mutation({
      schema,
      async run(input, viewer) {
        requireTeamManager(viewer, input.teamId);
        return run(input, viewer);
      },
    }),
    refreshTeams,
  );

export const createTeamAction = formAction(
  mutation({
    schema: teamSchema,
    async run(input, viewer) {
      if (!canCreateTeams(viewer)) throw forbidden("Only admins can create teams.");
      return createTeam(viewer, input);
    },
  }),
  (team) => {
    revalidatePath("/", "layout");
    redirect(`/teams/${team.slug}`);
  },
);

export const addMemberAction = managerAction(addMemberSchema, async (input, viewer) => {
  const user = await addMember(viewer, input.teamId, input.email);
  return user.added ? `${user.name} is now a member.` : `${user.name} is already in this team (${user.role}).`;
});

export const removeMemberAction = managerAction(memberRef, async (input, viewer) => {
  const user = await removeMember(viewer, input.teamId, input.userId);
  return `${user.name} was removed from the team.`;
});

export const setRoleAction = formAction(
  mutation({
    schema: setRoleSchema,
    async run(input, viewer) {
      if (!canAppointLeads(viewer)) throw forbidden("Only admins appoint and remove leads.");
      const member = await setMemberRole(viewer, input.teamId, input.userId, input.role);
      return `${member.name} is now a ${member.role}.`;
    },
  }),
  refreshTeams,
);

export const secondReviewerAction = managerAction(secondReviewerSchema, async (input, viewer) => {
  const { required } = await setRequireSecondReviewer(viewer, input.teamId, input.required);
  return required
    ? "A second reviewer is now required: authors cannot publish their own postmortems."
    : "Authors who are leads can publish their own postmortems again.";
});

export const createInviteAction = managerAction(createInviteSchema, async (input, viewer) => ({
  token: await createInvite(viewer, input.teamId, input.days),
  days: input.days,
}));

export const revokeInviteAction = formAction(
  mutation({
    schema: inviteRef,
    async run(input, viewer) {
      const invite = await inviteTeamId(input.inviteId);
      if (!invite) throw notFound("That invite does not exist.");
      requireTeamManager(viewer, invite.teamId);
      await revokeInvite(viewer, input.inviteId);
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
