import type { FieldSpec } from "@/components/forms/action-form";
import { PASSWORD_MIN } from "@/lib/validation/account";

/** "New password" and its repetition, as Settings and the reset page ask for them. */
export const NEW_PASSWORD_FIELDS: FieldSpec[] = [
  {
    name: "password",
    label: "New password",
    type: "password",
    required: true,
    autoComplete: "new-password",
    hint: `At least ${PASSWORD_MIN} characters.`,
  },
  { name: "confirm", label: "Repeat the new password", type: "password", required: true, autoComplete: "new-password" },
];
