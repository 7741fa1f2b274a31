import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { sendWebhook } from "@/lib/notifications/send-webhook";
import { guardedLookup, isPublicAddress, PRIVATE_TARGET, refusedTarget } from "@/lib/notifications/webhook-target";
import { webhookInput } from "@/lib/validation/notifications";

const allowed = process.env.WEBHOOK_ALLOW_HOSTS;
afterEach(() => {
  process.env.WEBHOOK_ALLOW_HOSTS = allowed;
});

describe("webhook targets", () => {
  it("allows public unicast addresses only", () => {
    for (const address of ["8.8.8.8", "2606:4700::1111", "151.101.1.69"]) expect(isPublicAddress(address)).toBe(true);
    const internal = ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1", "fd00::1", "fe80::1"];
    for (const address of [...internal, "::ffff:127.0.0.1", "::ffff:169.254.169.254", "224.0.0.1", "not an address"])
      expect(isPublicAddress(address)).toBe(false);
  });

  it("refuses a URL with a user name or password in it, which the team page and delivery log would show", () => {
    const parse = (url: string) => webhookInput.safeParse({ teamId: 1, url, events: "published" });
    expect(parse("https://user:pass@hooks.example.com/x").error?.issues[0]?.message).toMatch(/^Leave the user name and password out/);
    expect(parse("https://token@hooks.example.com/x").success).toBe(false);
    expect(parse("https://hooks.example.com/services/T0/B0/secret").success).toBe(true);
  });

  it("says an address that is not a URL is not one, instead of failing on it in the checks that parse it", () => {
    for (const url of ["not a url", "http://", "https://exa mple.com/x"]) {
      const result = webhookInput.safeParse({ teamId: 1, url, events: "published" });
      expect(
        result.error?.issues.map((issue) => issue.message),
        url,
      ).toEqual(["Enter an http(s) URL, like https://hooks.slack.com/services/…"]);
    }
  });

  it("refuses internal addresses and localhost names in the URL, unless the operator allows the host", () => {
    process.env.WEBHOOK_ALLOW_HOSTS = "";
    for (const url of [
      "http://169.254.169.254/latest/meta-data",
      "http://localhost:3000/x",
      "https://api.localhost/x",
      "http://[::1]/x",
      "http://10.0.0.7/x",
    ]) {
      expect(refusedTarget(url), url).toBe(PRIVATE_TARGET);
    }
    expect(refusedTarget("https://hooks.slack.com/services/T/B/C")).toBeNull();
    process.env.WEBHOOK_ALLOW_HOSTS = "chat.internal, 10.0.0.7";
    expect(refusedTarget("http://10.0.0.7/x")).toBeNull();
    expect(refusedTarget("http://10.0.0.8/x")).toBe(PRIVATE_TARGET);
  });

  it("does not call a name that resolves to an internal address, and calls it once the host is allowed", async () => {
    const calls: string[] = [];
    const server = http.createServer((request, response) => {
      calls.push(request.url ?? "");
      response.writeHead(204).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const delivery = { key: "k1", event: "published", payload: "{}" };
    try {
      // A name is judged where it resolves, as the connection is made (localhost's name is also refused up front).
      process.env.WEBHOOK_ALLOW_HOSTS = "";
      const resolved = await new Promise<Error | null>((resolve) => guardedLookup("localhost")("localhost", {}, (error) => resolve(error)));
      expect(resolved?.message).toMatch(/^localhost resolves to (127\.0\.0\.1|::1)\. Webhooks can only call public addresses/);
      await expect(sendWebhook({ url: `http://localhost:${port}/hook`, secret: "s" }, delivery)).rejects.toThrow(PRIVATE_TARGET);
      await expect(sendWebhook({ url: `http://127.0.0.1:${port}/hook`, secret: "s" }, delivery)).rejects.toThrow(PRIVATE_TARGET);
      expect(calls).toEqual([]);
      process.env.WEBHOOK_ALLOW_HOSTS = "localhost";
      await expect(sendWebhook({ url: `http://localhost:${port}/hook`, secret: "s" }, delivery)).resolves.toBe(204);
      expect(calls).toEqual(["/hook"]);
    } finally {
      server.close();
    }
  });
});
