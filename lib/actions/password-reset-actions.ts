"use server";

import { canManageUsers } from "@/lib/auth/permissions";
import { enforce, requestAddress } from "@/lib/auth/rate-limits";
import { formAction } from "@/lib/actions/form-action";
import { mutation } from "@/lib/actions/mutation";
import { DomainError, forbidden, notFound } from "@/lib/actions/result";
import { createPasswordReset, RESET_MINUTES, redeemPasswordReset } from "@/lib/data/password-resets";
import { findUserByEmail } from "@/lib/data/users";
import { env } from "@/lib/env";
import { sendResetMail } from "@/lib/notifications/send-mail";
import { forgotPasswordSchema, resetPasswordSchema, userRef } from "@/lib/validation/account";

const resetUrl = (token: string) => `${env().NEXTAUTH_URL ?? "http://localhost:3000"}/reset-password/${token}`;

const SENT = `If an account uses this email, a link to set a new password is on its way. It works once, for ${RESET_MINUTES} minutes.`;

/**
 * The same answer, after the same work, whether or not the email has an account: the mail goes out in the
 * background, so the answer's timing does not tell either. Limited per address and per email like sign-in.
 */
export const forgotPasswordAction = formAction(
  mutation({
    schema: forgotPasswordSchema,
    auth: "none",
    async run(input) {
      if (!env().SMTP_URL) throw new DomainError(400, "This atlas cannot send email. Ask an admin for a reset link.");
      const address = await requestAddress();
      if (address) await enforce("passwordReset", address);
      await enforce("passwordReset", `email:${input.email.toLowerCase()}`);
      const user = await findUserByEmail(input.email);
      const token = user ? await createPasswordReset(user.id) : null;
      if (user && token) {
        void sendResetMail(user.email, resetUrl(token)).catch((error: unknown) =>
          console.error("password reset mail:", error instanceof Error ? error.message : error),
        );
      }
      return SENT;
    },
  }),
);

export const resetPasswordAction = formAction(
  mutation({
    schema: resetPasswordSchema,
    auth: "none",
    async run(input) {
      const address = await requestAddress();
      if (address) await enforce("passwordReset", address);
      if (!(await redeemPasswordReset(input.token, input.password))) {
        throw new DomainError(400, "This link has expired or was already used. Ask for a new one.");
      }
      return "Your password was changed and every session of your account was signed out. Sign in with the new password.";
    },
  }),
);

/** Admins, when there is no mail server (or the mail went astray): a link to hand over, shown once. */
export const adminResetLinkAction = formAction(
  mutation({
    schema: userRef,
    async run(input, viewer) {
      if (!canManageUsers(viewer)) throw forbidden("Only admins manage users.");
      const token = await createPasswordReset(input.userId, viewer);
      if (!token) throw notFound("That user does not exist or is deactivated.");
      return { token: resetUrl(token) };
    },
  }),
);
