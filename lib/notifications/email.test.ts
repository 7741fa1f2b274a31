import { describe, expect, it } from "vitest";
import { groupDigest, renderMail, type MailItem } from "@/lib/notifications/email";
import { unsubscribePath, validUnsubscribe } from "@/lib/notifications/unsubscribe";

const at = (minute: number) => new Date(Date.UTC(2026, 10, 22, 10, minute));
const item = (kind: MailItem["kind"], title: string, minute: number, body = ""): MailItem => ({
  kind,
  title,
  body,
  link: `/postmortems/${minute}`,
  createdAt: at(minute),
});

describe("notification mail", () => {
  it("groups a digest by kind in Settings order, oldest first within a kind", () => {
    const groups = groupDigest([item("mention", "m2", 5), item("sent_back", "s", 9), item("mention", "m1", 1), item("review_requested", "r", 3)]);
    expect(groups.map((g) => g.kind)).toEqual(["review_requested", "sent_back", "mention"]);
    expect(groups[2]!.items.map((i) => i.title)).toEqual(["m1", "m2"]);
  });

  it("writes plain text and escaped HTML with absolute links and one unsubscribe link per kind", () => {
    const mail = renderMail(
      [item("sent_back", "Bob sent back <script>", 1, 'Fix the "root cause" & retry'), item("mention", "Ann mentioned you", 2)],
      {
        baseUrl: "https://atlas.example",
        unsubscribeUrl: (kind) => `https://atlas.example/unsubscribe?k=${kind}`,
      },
    );
    expect(mail.subject).toBe("Postmortem Atlas: 2 notifications");
    expect(mail.text).toContain("https://atlas.example/postmortems/1");
    expect(mail.text).toContain("Stop these emails: https://atlas.example/unsubscribe?k=sent_back");
    expect(mail.text).toContain("https://atlas.example/unsubscribe?k=mention");
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("Bob sent back &lt;script&gt;");
    expect(mail.html).toContain("Fix the &quot;root cause&quot; &amp; retry");
    expect(renderMail([item("published", "Published!", 1)], { baseUrl: "https://a.example", unsubscribeUrl: () => "x" }).subject).toBe("Published!");
  });

  it("signs unsubscribe links per user and kind", () => {
    const path = unsubscribePath("secret", 7, "mention");
    const params = new URL(path, "https://a.example").searchParams;
    expect(validUnsubscribe("secret", 7, "mention", params.get("t")!)).toBe(true);
    expect(validUnsubscribe("secret", 8, "mention", params.get("t")!)).toBe(false);
    expect(validUnsubscribe("secret", 7, "comment", params.get("t")!)).toBe(false);
    expect(validUnsubscribe("other", 7, "mention", params.get("t")!)).toBe(false);
  });
});
