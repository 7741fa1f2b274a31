import { z } from "zod";
import { SLUG_PATTERN } from "@/lib/validation/vocabulary";

export const email = z
  .string({ message: "Enter your email address." })
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long.")
  .pipe(z.email({ message: "Enter a valid email address, like name@example.com." }));

export const PASSWORD_MIN = 12;
export const password = z
  .string({ message: "Enter a password." })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(200, "Use at most 200 characters.");

const name = z.string({ message: "Enter your name." }).trim().min(1, "Enter your name.").max(100, "Use at most 100 characters.");

export const registerSchema = z
  .object({ email, name, password, confirm: z.string(), invite: z.string().max(200).optional() })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The passwords do not match." });

export const signInSchema = z.object({ email, password: z.string().min(1, "Enter your password.").max(200) });

export const changePasswordSchema = z
  .object({ current: z.string().max(200), password, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The passwords do not match." });

export const forgotPasswordSchema = z.object({ email });
export const resetPasswordSchema = z
  .object({ token: z.string().min(20).max(100), password, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The passwords do not match." });

export const profileSchema = z.object({ name });

export const teamSchema = z.object({
  name: z.string().trim().min(2, "Use at least 2 characters.").max(80, "Use at most 80 characters."),
  slug: z.string().trim().toLowerCase().regex(SLUG_PATTERN, "Use lowercase letters, digits and dashes, like `platform-eu`.").max(60),
});

export const teamRef = z.object({ teamId: z.coerce.number().int().positive() });
export const addMemberSchema = teamRef.extend({ email });
export const memberRef = teamRef.extend({ userId: z.coerce.number().int().positive() });
export const setRoleSchema = memberRef.extend({ role: z.enum(["member", "lead"]) });
export const secondReviewerSchema = teamRef.extend({ required: z.enum(["on", "off"]).transform((v) => v === "on") });
export const createInviteSchema = teamRef.extend({ days: z.coerce.number().int().min(1, "At least 1 day.").max(30, "At most 30 days.").default(7) });
export const inviteRef = z.object({ inviteId: z.coerce.number().int().positive() });
export const acceptInviteSchema = z.object({ token: z.string().min(10).max(200) });

/** How long a new API token lives, in days; "never" only when chosen explicitly. */
export const TOKEN_LIFETIMES = ["7", "30", "90", "365", "never"] as const;
export const DEFAULT_TOKEN_LIFETIME = "90";
export const apiTokenSchema = z.object({
  name: z.string().trim().min(1, "Name the token, e.g. “CI import”.").max(60, "Use at most 60 characters."),
  expiresIn: z
    .enum(TOKEN_LIFETIMES, { message: "Choose 7, 30, 90 or 365 days, or never." })
    .default(DEFAULT_TOKEN_LIFETIME)
    .transform((days) => (days === "never" ? null : Number(days))),
});
export const apiTokenRef = z.object({ tokenId: z.coerce.number().int().positive() });
export const userRef = z.object({ userId: z.coerce.number().int().positive() });

/** `/admin/users` parameters from the URL; odd values fall back rather than failing the page. */
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
export const userListParams = z.object({
  q: z.preprocess(first, z.string().trim().max(100).optional().catch(undefined)),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000).catch(1)).default(1),
});
