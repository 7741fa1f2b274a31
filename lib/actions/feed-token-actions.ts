"use server";

import { revalidatePath } from "next/cache";
import { isMember } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer-types";
import { formAction } from "@/lib/actions/form-action";
import { mutation } from "@/lib/actions/mutation";
import { notFound } from "@/lib/actions/result";
import { createFeedToken, revokeFeedToken } from "@/lib/data/feed-tokens";
import { teamRef } from "@/lib/validation/account";

// A team's feed is for its members only: anyone else is told the team does not exist, as everywhere.
const requireMember = (viewer: Viewer, teamId: number) => {
  if (!isMember(viewer, teamId)) throw notFound("That team does not exist.");
};
const refreshTeams = () => revalidatePath("/teams", "layout");

export const createFeedTokenAction = formAction(
  mutation({
    schema: teamRef,
    async run(input, viewer) {
      requireMember(viewer, input.teamId);
      return { token: await createFeedToken(viewer, input.teamId) };
    },
  }),
  refreshTeams,
);

export const revokeFeedTokenAction = formAction(
  mutation({
    schema: teamRef,
    async run(input, viewer) {
      requireMember(viewer, input.teamId);
      if (!(await revokeFeedToken(viewer, input.teamId))) throw notFound("You have no feed link for this team.");
      return "Feed link revoked: feed readers using it now get “not found”.";
    },
  }),
  refreshTeams,
);
