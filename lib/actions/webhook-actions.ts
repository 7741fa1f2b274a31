"use server";

import { revalidatePath } from "next/cache";
import { canManageTeam } from "@/lib/auth/permissions";
import { formAction } from "@/lib/actions/form-action";
import { mutation } from "@/lib/actions/mutation";
import { forbidden, notFound } from "@/lib/actions/result";
import { createWebhook, revokeWebhook, webhookTeamId } from "@/lib/data/webhooks";
import { webhookInput, webhookRef } from "@/lib/validation/notifications";

const refresh = () => revalidatePath("/teams", "layout");
const REFUSAL = "Only this team's leads and admins can manage its webhooks.";

export const createWebhookAction = formAction(
  mutation({
    schema: webhookInput,
    async run(input, viewer) {
      if (!canManageTeam(viewer, input.teamId)) throw forbidden(REFUSAL);
      return { token: await createWebhook(viewer, input.teamId, input.url, input.events) };
    },
  }),
  refresh,
);

export const revokeWebhookAction = formAction(
  mutation({
    schema: webhookRef,
    async run(input, viewer) {
      const hook = await webhookTeamId(input.webhookId);
      if (!hook) throw notFound("That webhook does not exist.");
      if (!canManageTeam(viewer, hook.teamId)) throw forbidden(REFUSAL);
      await revokeWebhook(viewer, input.webhookId);
      return "Webhook removed.";
    },
  }),
  refresh,
);
