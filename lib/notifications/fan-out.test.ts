import { describe, expect, it } from "vitest";
import { answersTo, mentionedHandles, recipientsFor } from "@/lib/notifications/fan-out";

describe("notification fan-out", () => {
  const audience = { actorId: 1, authorId: 2, leads: [1, 3, 4], participants: [2, 5, 1], mentioned: [5, 6] };

  it("sends review requests and joins to the leads, never to whoever acted", () => {
    expect(recipientsFor("review_requested", audience)).toEqual([3, 4]);
    expect(recipientsFor("invite_accepted", { actorId: 9, leads: [3, 3, 4] })).toEqual([3, 4]);
  });

  it("sends decisions to the author only, and nothing when the author made the move", () => {
    for (const kind of ["sent_back", "published", "unpublished"] as const) expect(recipientsFor(kind, audience)).toEqual([2]);
    expect(recipientsFor("published", { actorId: 2, authorId: 2 })).toEqual([]);
    expect(recipientsFor("published", { actorId: 1, authorId: null })).toEqual([]);
  });

  it("tells mentioned people once, as a mention, and everyone else in the thread as a comment", () => {
    expect(recipientsFor("mention", audience)).toEqual([5, 6]);
    expect(recipientsFor("comment", audience)).toEqual([2]);
    expect(recipientsFor("mention", { actorId: 5, mentioned: [5] })).toEqual([]);
  });

  it("tells an action item's owner it was given to them and when it falls due; nobody is told of their own choice", () => {
    expect(recipientsFor("action_assigned", { actorId: 1, owner: 7 })).toEqual([7]);
    expect(recipientsFor("action_assigned", { actorId: 7, owner: 7 })).toEqual([]);
    expect(recipientsFor("action_due", { actorId: null, owner: 7 })).toEqual([7]);
    expect(recipientsFor("action_due", { actorId: null, owner: null })).toEqual([]);
  });

  it("finds @handles and whole emails, not email addresses written in text", () => {
    expect(mentionedHandles("@alice please check, cc @Bob.Smith. And @carol@example.com")).toEqual(["alice", "bob.smith", "carol@example.com"]);
    expect(mentionedHandles("mail dave@example.com or visit a@")).toEqual([]);
    expect(answersTo("Alice@Example.com", "alice")).toBe(true);
    expect(answersTo("alice@example.com", "alice@example.com")).toBe(true);
    expect(answersTo("alicia@example.com", "alice")).toBe(false);
  });
});
