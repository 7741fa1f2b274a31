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

/** Deactivating ends the user's sessions and stops their tokens at once; nobody deactivates themselves. */
const setActiveAction = (active: boolean) =>
  formAction(
    mutation({
      schema: userRef,
      async run(input, viewer) {
        if (!canManageUsers(viewer)) throw forbidden(ADMINS_ONLY);
        if (!active && !canDeactivate(viewer, input.userId)) throw new DomainError(400, "You cannot deactivate yourself. Ask another admin.");
        if (!(await setUserActive(viewer, input.userId, active))) {
          throw notFound(`That user does not exist or is already ${active ? "active" : "deactivated"}.`);
        }
        return active ? "Reactivated. They can sign in again." : "Deactivated. Their sessions and tokens stopped working.";
      },
    }),
    refresh,
  );

export const deactivateUserAction = setActiveAction(false);
export const reactivateUserAction = setActiveAction(true);

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
