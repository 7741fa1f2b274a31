"use server";

import { revalidatePath } from "next/cache";
import { canDeactivate, canManageUsers } from "@/lib/auth/permissions";
import { formAction } from "@/lib/actions/form-action";
import { mutation } from "@/lib/actions/mutation";
import { DomainError, forbidden, notFound } from "@/lib/actions/result";
import { revokeApiToken } from "@/lib/data/api-tokens";
import { setUserActive } from "@/lib/data/users";
import { apiTokenRef, userRef } from "@/lib/validation/account";

const refresh = () => revalidatePath("/admin/users");
const ADMINS_ONLY = "Only admins manage users.";

export const deactivateUserAction = formAction(
  mutation({
    schema: userRef,
    async run(input, viewer) {
      if (!canManageUsers(viewer)) throw forbidden(ADMINS_ONLY);
      if (!canDeactivate(viewer, input.userId)) throw new DomainError(400, "You cannot deactivate yourself. Ask another admin.");
      if (!(await setUserActive(viewer, input.userId, false))) throw notFound("That user does not exist or is already deactivated.");
      return "Deactivated. Their sessions and tokens stopped working.";
    },
  }),
  refresh,
);

export const reactivateUserAction = formAction(
  mutation({
    schema: userRef,
    async run(input, viewer) {
      if (!canManageUsers(viewer)) throw forbidden(ADMINS_ONLY);
      if (!(await setUserActive(viewer, input.userId, true))) throw notFound("That user does not exist or is already active.");
      return "Reactivated. They can sign in again.";
    },
  }),
  refresh,
);

export const adminRevokeTokenAction = formAction(
  mutation({
    schema: apiTokenRef,
    async run(input, viewer) {
      if (!canManageUsers(viewer)) throw forbidden(ADMINS_ONLY);
      if (!(await revokeApiToken(viewer, input.tokenId, null))) throw notFound("That token does not exist or is already revoked.");
      return "Token revoked.";
    },
  }),
  refresh,
);
