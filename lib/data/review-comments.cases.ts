import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { DatabaseProvider } from "@/lib/database-url";
import { createTempDatabase, type TempDatabase } from "@/test/temp-db";

// The review loop's messages: who hears about a submission, a send-back with a mention, a reply, a withdrawal,
// and who may resolve a thread. Against the real data layer, on each database.
export const reviewCommentsSuite = (provider: DatabaseProvider) =>
  describe(`review comments and notifications (${provider})`, () => {
    let temp: TempDatabase;
    let review: typeof import("@/lib/data/review");
    let comments: typeof import("@/lib/data/review-comments");
    let viewers: { lead: Viewer; author: Viewer; mate: Viewer; outsider: Viewer };
    let slug = "";
    beforeAll(async () => {
      temp = await createTempDatabase(provider);
      process.env.DATABASE_URL = temp.url;
      review = await import("@/lib/data/review");
      comments = await import("@/lib/data/review-comments");
      const user = (email: string) => temp.db.user.create({ data: { email, name: email.split("@")[0]! } });
      const [lead, author, mate, outsider] = [await user("lee@x.test"), await user("ann@x.test"), await user("max@x.test"), await user("out@x.test")];
      const team = await temp.db.team.create({
        data: { slug: "sre", name: "SRE", memberships: { create: [{ userId: lead.id, role: "lead" }, { userId: author.id }, { userId: mate.id }] } },
      });
      const pm = await temp.db.postmortem.create({
        data: {
          slug: "dns-down",
          kind: "team",
          status: "draft",
          visibility: "team",
          title: "DNS down",
          organization: "SRE",
          severity: "production",
          incidentDate: new Date("2026-05-01"),
          platform: "gke",
          summary: "",
          impact: "",
          trigger: "",
          rootCause: "ndots:5",
          detection: "",
          resolution: "",
          teamId: team.id,
          createdById: author.id,
          lessons: { create: [{ position: 0, text: "Set ndots" }] },
        },
      });
      slug = pm.slug;
      const viewer = (u: { id: number; email: string; name: string }, role?: "lead" | "member"): Viewer => ({
        ...u,
        isAdmin: false,
        teams: role ? [{ id: team.id, slug: team.slug, name: team.name, role }] : [],
      });
      viewers = { lead: viewer(lead, "lead"), author: viewer(author, "member"), mate: viewer(mate, "member"), outsider: viewer(outsider) };
    });
    afterAll(() => temp.cleanup());

    const inbox = (viewer: Viewer) => temp.db.notification.findMany({ where: { userId: viewer.id }, orderBy: { id: "asc" }, select: { kind: true, title: true, body: true, link: true } });

    it("tells the leads about a submission and the author and mentioned mate about a send-back, keeping the comment", async () => {
      await review.transition(viewers.author, slug, "submit");
      expect((await inbox(viewers.lead)).map((n) => n.kind)).toEqual(["review_requested"]);
      // The author is named too: they hear of it once, as a send-back, not also as a mention.
      await review.transition(viewers.lead, slug, "send_back", "Explain it, @max. @ann, see above.");
      // The review is over: the lead's "waits for review" notice is read.
      expect(await temp.db.notification.count({ where: { userId: viewers.lead.id, kind: "review_requested", readAt: null } })).toBe(0);
      const [sentBack] = await inbox(viewers.author);
      expect(sentBack).toMatchObject({ kind: "sent_back", body: "Explain it, @max. @ann, see above." });
      expect((await inbox(viewers.author)).map((n) => n.kind)).toEqual(["sent_back"]);
      expect(sentBack!.link).toMatch(/^\/postmortems\/dns-down#comment-\d+$/);
      expect((await inbox(viewers.mate)).map((n) => n.kind)).toEqual(["mention"]);
      const threads = await comments.listThreads(viewers.author, { id: (await temp.db.postmortem.findUniqueOrThrow({ where: { slug } })).id, kind: "team", teamId: viewers.lead.teams[0]!.id });
      expect(threads?.[0]).toMatchObject({ kind: "send_back", anchor: "general" });
    });

    it("quotes the anchored field, notifies the thread on a reply, and audits it", async () => {
      const id = await comments.createComment(viewers.mate, slug, { anchor: "lesson:1", body: "Which **value**? <script>x</script>" });
      const row = await temp.db.reviewComment.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({ anchor: "lesson:1", anchorText: "Set ndots" });
      expect(row.bodyHtml).toContain("<strong>value</strong>");
      expect(row.bodyHtml).not.toContain("<script>");
      await comments.createComment(viewers.lead, slug, { anchor: "general", body: "Two.", parentId: id });
      expect((await inbox(viewers.mate)).map((n) => n.kind)).toEqual(["mention", "comment"]);
      expect((await inbox(viewers.author)).map((n) => n.kind)).toEqual(["sent_back", "comment", "comment"]);
      await expect(comments.createComment(viewers.mate, slug, { anchor: "lesson:9", body: "x" })).rejects.toThrow("does not exist");
      expect(await temp.db.auditEntry.count({ where: { action: "comment.create" } })).toBe(3);
    });

    it("lets the thread's starter, the author and leads resolve; outsiders get not found", async () => {
      const [thread] = await temp.db.reviewComment.findMany({ where: { parentId: null, kind: "comment" } });
      await expect(comments.setResolved(viewers.outsider, slug, thread!.id, true)).rejects.toThrow("Postmortem not found.");
      await expect(comments.createComment(viewers.outsider, slug, { anchor: "general", body: "hi" })).rejects.toThrow("Postmortem not found.");
      expect(await comments.setResolved(viewers.author, slug, thread!.id, true)).toEqual({ slug, resolved: true });
      expect(await comments.setResolved(viewers.lead, slug, thread!.id, false)).toEqual({ slug, resolved: false });
      expect(await temp.db.auditEntry.count({ where: { action: { in: ["comment.resolve", "comment.reopen"] } } })).toBe(2);
    });

    it("lets the author withdraw a submission, and nobody else who is not a lead", async () => {
      await review.transition(viewers.author, slug, "submit");
      await expect(review.transition(viewers.mate, slug, "withdraw")).rejects.toThrow("Only its author and the team's leads can withdraw");
      expect(await review.transition(viewers.author, slug, "withdraw")).toEqual({ slug, status: "draft" });
      await expect(review.transition(viewers.author, slug, "withdraw")).rejects.toThrow("It is a draft, so it cannot be withdrawn.");
    });
  });
