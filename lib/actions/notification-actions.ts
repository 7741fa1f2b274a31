"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { mutation } from "@/lib/actions/mutation";
import { DomainError, notFound } from "@/lib/actions/result";
import { markAllRead, markRead, saveNotificationSettings, unsubscribe } from "@/lib/data/notifications";
import { env } from "@/lib/env";
import { KIND_LABELS, NOTIFICATION_KINDS, type NotificationKind } from "@/lib/notifications/kinds";
import { validUnsubscribe } from "@/lib/notifications/unsubscribe";
import { notificationRef, notificationSettingsInput, unsubscribeInput } from "@/lib/validation/notifications";

const refresh = () => revalidatePath("/", "layout");

export const markReadAction = formAction(
  mutation({
    schema: notificationRef,
    async run(input, viewer) {
      if ((await markRead(viewer.id, input.id)) === null) throw notFound("That notification does not exist.");
      return "Marked read.";
    },
  }),
  refresh,
);

export const markAllReadAction = formAction(
  mutation({
    schema: z.object({}),
    async run(_input, viewer) {
      const count = await markAllRead(viewer.id);
      return count === 0 ? "Nothing was unread." : `Marked ${count} read.`;
    },
  }),
  refresh,
);

export const notificationSettingsAction = formAction(
  mutation({
    schema: notificationSettingsInput,
    async run(input, viewer) {
      const email = Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, input.email.includes(kind)])) as Record<NotificationKind, boolean>;
      await saveNotificationSettings(viewer.id, { digest: input.delivery === "digest", email });
      return "Notification settings saved.";
    },
  }),
  () => revalidatePath("/settings"),
);

/** From a mail's link, signed in or not: the signature says who and which kind. */
export const unsubscribeAction = formAction(
  mutation({
    schema: unsubscribeInput,
    auth: "none",
    async run(input) {
      if (!validUnsubscribe(env().NEXTAUTH_SECRET ?? "", input.u, input.k, input.t))
        throw new DomainError(400, "This unsubscribe link is not valid.");
      await unsubscribe(input.u, input.k);
      return `You will no longer get emails for: ${KIND_LABELS[input.k]}. The inbox still shows them.`;
    },
  }),
);
