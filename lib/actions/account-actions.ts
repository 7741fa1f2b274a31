"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { formAction } from "@/lib/actions/form-action";
import { mutation } from "@/lib/actions/mutation";
import { DomainError, notFound } from "@/lib/actions/result";
import { createApiToken, revokeApiToken } from "@/lib/data/api-tokens";
import { findValidInvite, joinTeam } from "@/lib/data/teams";
import { createUser, findUserByEmail, isFirstAccount, registrationMode } from "@/lib/data/users";
import { apiTokenRef, apiTokenSchema, changePasswordSchema, profileSchema, registerSchema } from "@/lib/validation/account";

export const registerAction = formAction(
  mutation({
    schema: registerSchema,
    auth: "none",
    async run(input) {
      const team = input.invite ? await findValidInvite(input.invite) : null;
      if (input.invite && !team) throw new DomainError(400, "This invite link has expired or was revoked. Ask your team lead for a new one.");
      if (registrationMode() === "invite-only" && !team && !(await isFirstAccount())) {
        throw new DomainError(403, "Registration is by invitation only. Ask a team lead for an invite link.");
      }
      if (await findUserByEmail(input.email)) {
        throw new DomainError(400, "That email already has an account.", {
          errors: { email: ["An account with this email exists. Sign in instead."] },
        });
      }
      const user = await createUser(input);
      if (team) await joinTeam(user.id, team.id);
      return { email: user.email, isAdmin: user.isAdmin };
    },
  }),
);

export const updateProfileAction = formAction(
  mutation({
    schema: profileSchema,
    async run(input, viewer) {
      await db.user.update({ where: { id: viewer.id }, data: { name: input.name } });
      return "Your name was saved.";
    },
  }),
  () => revalidatePath("/", "layout"),
);

export const changePasswordAction = formAction(
  mutation({
    schema: changePasswordSchema,
    async run(input, viewer) {
      const user = await db.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { passwordHash: true } });
      // Accounts created through SSO have no password yet and may set one.
      if (user.passwordHash && !(await verifyPassword(input.current, user.passwordHash))) {
        throw new DomainError(400, "Your current password is wrong.", { errors: { current: ["This is not your current password."] } });
      }
      await db.user.update({ where: { id: viewer.id }, data: { passwordHash: await hashPassword(input.password) } });
      return "Your password was changed.";
    },
  }),
);

export const createApiTokenAction = formAction(
  mutation({ schema: apiTokenSchema, run: async (input, viewer) => ({ token: await createApiToken(viewer.id, input.name) }) }),
  () => revalidatePath("/settings"),
);

export const revokeApiTokenAction = formAction(
  mutation({
    schema: apiTokenRef,
    async run(input, viewer) {
      if (!(await revokeApiToken(viewer.id, input.tokenId))) throw notFound("That token does not exist or is already revoked.");
      return "Token revoked.";
    },
  }),
  () => revalidatePath("/settings"),
);
