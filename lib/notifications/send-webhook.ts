import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, signWebhook, TIMESTAMP_HEADER } from "@/lib/notifications/signing";
import { DeliveryError } from "@/lib/notifications/delivery-error";

/** POSTs the stored body, signed; any answer but 2xx (or no answer within 10 s) is a failure to retry. */
export async function sendWebhook(hook: { url: string; secret: string }, delivery: { key: string; event: string; payload: string }) {
  const timestamp = Math.floor(Date.now() / 1000);
  let response: Response;
  try {
    response = await fetch(hook.url, {
      method: "POST",
      redirect: "manual",
      signal: AbortSignal.timeout(10_000),
      headers: {
        "content-type": "application/json",
        "user-agent": "PostmortemAtlas-Webhook/1",
        [DELIVERY_HEADER]: delivery.key,
        [EVENT_HEADER]: delivery.event,
        [TIMESTAMP_HEADER]: String(timestamp),
        [SIGNATURE_HEADER]: signWebhook(hook.secret, timestamp, delivery.payload),
      },
      body: delivery.payload,
    });
  } catch (error) {
    throw new DeliveryError(error instanceof Error ? `${error.name}: ${error.message}` : "request failed");
  }
  await response.body?.cancel();
  if (!response.ok) throw new DeliveryError(`HTTP ${response.status}`, response.status);
  return response.status;
}
