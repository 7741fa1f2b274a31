import http from "node:http";
import https from "node:https";
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, signWebhook, TIMESTAMP_HEADER } from "@/lib/notifications/signing";
import { DeliveryError } from "@/lib/notifications/delivery-error";
import { guardedLookup, refusedTarget } from "@/lib/notifications/webhook-target";

const TIMEOUT_MS = 10_000;

/**
 * POSTs the stored body, signed; any answer but 2xx (or no answer within 10 s) is a failure to retry. Only public
 * addresses are called (lib/notifications/webhook-target.ts): an address in the URL is checked here, a name where it
 * is resolved, as the connection is made. Redirects are not followed.
 */
export async function sendWebhook(hook: { url: string; secret: string }, delivery: { key: string; event: string; payload: string }) {
  const refused = refusedTarget(hook.url);
  if (refused) throw new DeliveryError(refused);
  const url = new URL(hook.url);
  const timestamp = Math.floor(Date.now() / 1000);
  const headers = {
    "content-type": "application/json",
    "content-length": String(Buffer.byteLength(delivery.payload)),
    "user-agent": "PostmortemAtlas-Webhook/1",
    [DELIVERY_HEADER]: delivery.key,
    [EVENT_HEADER]: delivery.event,
    [TIMESTAMP_HEADER]: String(timestamp),
    [SIGNATURE_HEADER]: signWebhook(hook.secret, timestamp, delivery.payload),
  };
  const status = await new Promise<number>((resolve, reject) => {
    const request = (url.protocol === "https:" ? https : http).request(
      url,
      { method: "POST", headers, lookup: guardedLookup(url.hostname), signal: AbortSignal.timeout(TIMEOUT_MS) },
      (response) => {
        response.resume(); // the body is not read, only drained
        resolve(response.statusCode ?? 0);
      },
    );
    request.on("error", (error) => reject(new DeliveryError(`${error.name}: ${error.message}`)));
    request.end(delivery.payload);
  });
  if (status < 200 || status > 299) throw new DeliveryError(`HTTP ${status}`, status);
  return status;
}
