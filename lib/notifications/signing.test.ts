import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { MAX_ATTEMPTS, retryDelayMs } from "@/lib/notifications/backoff";
import { signWebhook, verifyWebhook } from "@/lib/notifications/signing";
import { webhookBody } from "@/lib/notifications/webhook-body";

describe("webhook signing", () => {
  it("is HMAC-SHA256 of timestamp.body, as a receiver would compute it", () => {
    const body = JSON.stringify({ text: "hi" });
    const expected = createHmac("sha256", "whsec_x").update(`1700000000.${body}`).digest("hex");
    expect(signWebhook("whsec_x", 1700000000, body)).toBe(`sha256=${expected}`);
    expect(verifyWebhook("whsec_x", 1700000000, body, `sha256=${expected}`)).toBe(true);
    expect(verifyWebhook("whsec_x", 1700000001, body, `sha256=${expected}`)).toBe(false);
    expect(verifyWebhook("whsec_y", 1700000000, body, `sha256=${expected}`)).toBe(false);
    expect(verifyWebhook("whsec_x", 1700000000, body, "sha256=short")).toBe(false);
  });

  it("builds Slack-compatible text with a link and the comment quoted", () => {
    const body = webhookBody({
      event: "sent_back",
      title: "DNS <fell> over",
      body: "Add a lesson\nplease",
      url: "https://a.example/postmortems/dns",
      actor: "Lee",
    });
    expect(body.text).toBe("Lee: <https://a.example/postmortems/dns|DNS fell over> (sent back)\n> Add a lesson\n> please");
    expect(body).toMatchObject({ event: "sent_back", url: "https://a.example/postmortems/dns", comment: "Add a lesson\nplease" });
  });

  it("backs off exponentially, capped at an hour", () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 1000))).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelayMs(30, 60_000)).toBe(3_600_000);
    expect(MAX_ATTEMPTS).toBeGreaterThan(3);
  });
});
