"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { enforce, requestAddress } from "@/lib/auth/rate-limits";
import { clearSession, reissueSession } from "@/lib/auth/session-cookie";
import { formAction } from "@/lib/actions/form-action";
import { mutation } from "@/lib/actions/mutation";
import { DomainError, notFound } from "@/lib/actions/result";
import { createApiToken, revokeApiToken } from "@/lib/data/api-tokens";
import { findValidInvite, joinTeam } from "@/lib/data/teams";
import { createUser, endSessions, findUserByEmail, isFirstAccount, registrationMode, setPassword } from "@/lib/data/users";
import { apiTokenRef, apiTokenSchema, changePasswordSchema, profileSchema, registerSchema } from "@/lib/validation/account";

const isUniqueViolation = (error: unknown) => typeof error === "object" && error !== null && "code" in error && error.code === "P2002";

/**
 * Registration answers the same whether or not the email already has an account (there is no mail to tell the
 * owner privately), and spends the same time: both paths hash the password once. The form then offers to sign in.
 */
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
      const address = await requestAddress();
      if (address) await enforce("register", address);
      const answer = { email: input.email };
      if (await findUserByEmail(input.email)) {
        await hashPassword(input.password);
        return answer;
      }
      try {
        const user = await createUser(input);
        if (team) await joinTeam(user.id, team.id);
      } catch (error) {
        // Registered a moment ago by a parallel request: the same answer as any existing email.
        if (!isUniqueViolation(error)) throw error;
      }
      return answer;
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

/** A new password ends every other session; this browser gets a fresh cookie and stays signed in. */
export const changePasswordAction = formAction(
  mutation({
    schema: changePasswordSchema,
    async run(input, viewer) {
      await enforce("passwordChange", `user:${viewer.id}`);
      const user = await db.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { passwordHash: true } });
      // Accounts created through SSO have no password yet and may set one.
      if (user.passwordHash && !(await verifyPassword(input.current, user.passwordHash))) {
        throw new DomainError(400, "Your current password is wrong.", { errors: { current: ["This is not your current password."] } });
      }
      await reissueSession(await setPassword(viewer.id, input.password));
      return "Your password was changed. Every other session was signed out.";
    },
  }),
);

/** Ends every session of the user, this one included, and sends them to sign in again. */
export const signOutEverywhereAction = formAction(
  mutation({
    schema: z.object({}),
    async run(_input, viewer) {
      await endSessions(viewer.id);
      await clearSession();
    },
  }),
  () => redirect("/signin?error=SignedOutEverywhere"),
);

export const createApiTokenAction = formAction(
  mutation({
    schema: apiTokenSchema,
    run: async (input, viewer) => ({ token: await createApiToken(viewer, input.name, input.expiresIn) }),
  }),
  () => revalidatePath("/settings"),
);

export const revokeApiTokenAction = formAction(
  mutation({
    schema: apiTokenRef,
    async run(input, viewer) {
      if (!(await revokeApiToken(viewer, input.tokenId, viewer.id))) throw notFound("That token does not exist or is already revoked.");
      return "Token revoked.";
    },
  }),
  () => revalidatePath("/settings"),
);
