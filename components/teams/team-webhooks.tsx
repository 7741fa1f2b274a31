import { ActionButton, ActionForm } from "@/components/forms/action-form";
import { Pager } from "@/components/pager";
import { createWebhookAction, revokeWebhookAction } from "@/lib/actions/webhook-actions";
import { listWebhookDeliveries, listWebhooks } from "@/lib/data/webhooks";
import { formatDateTime } from "@/lib/format";

const EVENT_SETS = [
  { value: "submitted,published,sent_back,action_overdue", label: "Submitted, published, sent back and action items overdue" },
  { value: "submitted,published,sent_back", label: "Submitted, published and sent back" },
  { value: "published", label: "Published only" },
  { value: "submitted,sent_back", label: "Submitted and sent back" },
  { value: "action_overdue", label: "Action items overdue only" },
];

const STATUS_LABEL: Record<string, string> = { pending: "Waiting to retry", sent: "Delivered", failed: "Failed" };

/** For leads: the team's webhooks, a form to add one (its secret shown once) and the delivery log. */
export async function TeamWebhooks({ teamId, page, href }: { teamId: number; page: number; href: (page: number) => string }) {
  const [hooks, log] = await Promise.all([listWebhooks(teamId), listWebhookDeliveries(teamId, page)]);
  return (
    <section aria-labelledby="webhooks" className="space-y-3">
      <h2 id="webhooks" className="section-title">
        Webhooks
      </h2>
      <p className="text-sm muted">
        Slack-compatible JSON (a Slack, Mattermost or Teams incoming-webhook URL works as is), signed: <code>X-Atlas-Signature</code> is{" "}
        <code>sha256=</code> HMAC-SHA256 of <code>X-Atlas-Timestamp</code>, a dot and the body, with the secret. <code>X-Atlas-Delivery</code> is the
        same on a retry. Failed calls are retried with backoff.
      </p>
      <ActionForm
        label="Add a webhook"
        action={createWebhookAction}
        submitLabel="Add webhook"
        secretLabel="Signing secret (copy it now; it is not shown again)"
        secretName="signing secret"
        fields={[
          { name: "teamId", label: "Team", type: "hidden", defaultValue: teamId },
          { name: "url", label: "Receiver URL", required: true, hint: "https://hooks.slack.com/services/…" },
          { name: "events", label: "Events", type: "select", defaultValue: EVENT_SETS[0]!.value, options: EVENT_SETS },
        ]}
      />
      {hooks.length > 0 && (
        <ul className="space-y-1 text-sm" aria-label="Active webhooks">
          {hooks.map((hook) => (
            <li key={hook.id} className="flex flex-wrap items-center justify-between gap-2">
              <span className="break-all">
                {hook.url} <span className="muted">({hook.events.replaceAll(",", ", ").replaceAll("_", " ")})</span>
              </span>
              <ActionButton
                action={revokeWebhookAction}
                values={{ webhookId: hook.id }}
                label={`Remove webhook ${hook.url}`}
                tone="danger"
                confirm="Remove this webhook? Calls still waiting are dropped."
              />
            </li>
          ))}
        </ul>
      )}
      <h3 className="text-sm font-semibold">Delivery log</h3>
      {log.rows.length === 0 ? (
        <p className="text-sm muted">No calls yet.</p>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="list-table">
            <caption className="sr-only">Webhook deliveries, newest first</caption>
            <thead className="text-xs uppercase muted">
              <tr>
                <th scope="col" className="py-1">
                  Event
                </th>
                <th scope="col">Status</th>
                <th scope="col">Tries</th>
                <th scope="col">Last answer</th>
                <th scope="col">Queued</th>
              </tr>
            </thead>
            <tbody>
              {log.rows.map((row) => (
                <tr key={row.id} className="border-t border-zinc-200 align-top dark:border-zinc-800">
                  <td className="py-2">
                    {row.event.replace("_", " ")}
                    <span className="block break-all text-xs muted">{row.webhook?.url}</span>
                  </td>
                  <td>
                    {STATUS_LABEL[row.status] ?? row.status}
                    {row.status === "pending" && row.attempts > 0 && (
                      <span className="block text-xs muted">next {formatDateTime(row.nextAttemptAt)}</span>
                    )}
                  </td>
                  <td>{row.attempts}</td>
                  <td>{row.lastStatus ? `HTTP ${row.lastStatus}` : (row.lastError ?? "—")}</td>
                  <td className="whitespace-nowrap">{formatDateTime(row.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager page={page} pages={log.pages} href={href} label="Delivery log pages" />
    </section>
  );
}
