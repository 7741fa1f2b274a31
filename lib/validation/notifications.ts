import { z } from "zod";
import { NOTIFICATION_KINDS, WEBHOOK_EVENTS } from "@/lib/notifications/kinds";
import { PRIVATE_TARGET, refusedTarget } from "@/lib/notifications/webhook-target";

export const notificationRef = z.object({ id: z.coerce.number().int().positive() });

// One checkbox per kind, all named "email" with the kind as value: the ticked ones arrive (formToObject makes a list).
const list = (v: unknown) => (v === undefined ? [] : [v].flat().filter((s) => s !== ""));

export const notificationSettingsInput = z.object({
  delivery: z.enum(["immediate", "digest"], { message: "Choose immediate or a daily digest." }),
  email: z.preprocess(list, z.array(z.enum(NOTIFICATION_KINDS, { message: "Unknown kind of notification." }))),
});

export const unsubscribeInput = z.object({
  u: z.coerce.number().int().positive(),
  k: z.enum(NOTIFICATION_KINDS, { message: "Unknown kind of notification." }),
  t: z.string().min(10).max(100),
});

export const webhookInput = z.object({
  teamId: z.coerce.number().int().positive(),
  url: z
    // abort: the checks below parse the address, so they run only on one that is a URL.
    .url({ protocol: /^https?$/, message: "Enter an http(s) URL, like https://hooks.slack.com/services/…", abort: true })
    .max(2000, "Use at most 2,000 characters.")
    .refine((url) => refusedTarget(url) === null, PRIVATE_TARGET)
    // Webhook addresses are listed on the team page and in the delivery log.
    .refine(
      (url) => !new URL(url).username && !new URL(url).password,
      "Leave the user name and password out of the address: it is shown on the team page and in the delivery log.",
    ),
  // One value per event, or several joined by commas (the form offers common sets).
  events: z.preprocess((v) => list(v).flatMap((s) => String(s).split(",")), z.array(z.enum(WEBHOOK_EVENTS)).min(1, "Choose at least one event.")),
});

export const webhookRef = z.object({ webhookId: z.coerce.number().int().positive() });
