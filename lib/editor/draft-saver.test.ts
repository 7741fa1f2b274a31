import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AUTOSAVE_DELAY_MS, DraftSaver, localCopyKey, mergeDraft, readLocalCopy, type SendDraft } from "@/lib/editor/draft-saver";
import { emptyFields, type PostmortemFields } from "@/lib/validation/postmortem";

const base: PostmortemFields = { ...emptyFields("2026-01-02"), title: "A draft" };

function memoryStore() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
    data,
  };
}

/** A fake server: saves every field it is sent and answers with the next version. */
function server() {
  let version = 1;
  const calls: Parameters<SendDraft>[0][] = [];
  const send = vi.fn<SendDraft>(async (request) => {
    calls.push(request);
    version++;
    return { ok: true, data: { slug: "a-draft", version, saved: Object.keys(request.fields), errors: {} } };
  });
  return { send, calls };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("DraftSaver", () => {
  it("sends only valid changed fields and keeps the invalid ones in the local copy", async () => {
    const store = memoryStore();
    const { send, calls } = server();
    const saver = new DraftSaver({ slug: "a-draft", version: 1, initial: base, teamId: 1 }, send, () => store);
    saver.edit({ ...base, impact: "Typed", sources: [{ title: "x", url: "not a url" }] });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(calls).toEqual([{ slug: "a-draft", version: 1, teamId: 1, fields: { impact: "Typed" } }]);
    expect(saver.getSnapshot().status.kind).toBe("invalid");
    expect(readLocalCopy(store, localCopyKey("a-draft"))?.values.sources).toEqual([{ title: "x", url: "not a url" }]);

    saver.edit({ ...base, impact: "Typed", sources: [{ title: "x", url: "https://x.example" }] });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(calls[1]!.fields).toEqual({ sources: [{ title: "x", url: "https://x.example" }] });
    expect(calls[1]!.version).toBe(2);
    expect(saver.getSnapshot().status.kind).toBe("saved");
    expect(store.data.size).toBe(0);
  });

  it("does not offer a local copy whose only changes are list rows added and left empty", () => {
    const store = memoryStore();
    const blankEvent = { at: "", time: "", description: "", marker: "" };
    const blankAction = { type: "prevent", description: "", owner: "", ownerId: null, status: "open", dueDate: "", link: "" };
    const acked = { ...base, lessons: [] as string[] };
    const values = {
      ...acked,
      timeline: [blankEvent],
      lessons: [" "],
      actionItems: [blankAction],
      sources: [{ title: "", url: "" }],
    } as PostmortemFields;
    store.setItem(localCopyKey("a-draft"), JSON.stringify({ values, acked, version: 1, at: "2026-11-22T10:00:00Z" }));
    const server = { ...base, lessons: ["Saved elsewhere"], sources: [{ title: "Saved", url: "https://x.example" }] };
    const saver = new DraftSaver({ slug: "a-draft", version: 3, initial: server, teamId: 1 }, vi.fn<SendDraft>(), () => store);
    expect(saver.getSnapshot().offer).toBeNull();
    // A row with text in it is still offered.
    store.setItem(
      localCopyKey("a-draft"),
      JSON.stringify({ values: { ...values, lessons: ["Typed here"] }, acked, version: 1, at: "2026-11-22T10:00:00Z" }),
    );
    const again = new DraftSaver({ slug: "a-draft", version: 3, initial: server, teamId: 1 }, vi.fn<SendDraft>(), () => store);
    expect(again.getSnapshot().offer?.fields).toEqual(["lessons"]);
  });

  it("neither sends nor flags list rows added and left empty, and they do not hold back the rest of their list", async () => {
    const store = memoryStore();
    const { send, calls } = server();
    const saved = { ...base, lessons: ["Check ndots"] };
    const saver = new DraftSaver({ slug: "a-draft", version: 1, initial: saved, teamId: 1 }, send, () => store);
    const blankEvent = { at: "", time: "", description: "", marker: "" } as const;

    // "+ Add lesson" and "+ Add event": nothing typed yet, so nothing to save and nothing to fix.
    saver.edit({ ...saved, lessons: ["Check ndots", ""], timeline: [blankEvent] });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(calls).toEqual([]);
    expect(saver.getSnapshot().errors).toEqual({});
    expect(saver.getSnapshot().status.kind).toBe("idle");
    expect(store.data.size).toBe(0);

    // The other lesson is edited while the empty row is still there: the list saves without it.
    saver.edit({ ...saved, lessons: ["Check ndots first", ""], timeline: [blankEvent] });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(calls.map((call) => call.fields)).toEqual([{ lessons: ["Check ndots first"] }]);
    expect(saver.getSnapshot().status.kind).toBe("saved");
    expect(saver.getSnapshot().errors).toEqual({});

    // Half-filled, a row is checked as before: its empty field is flagged, in its place on screen.
    saver.edit({ ...saved, lessons: ["Check ndots first", ""], timeline: [blankEvent, { ...blankEvent, at: "14:10 UTC" }] });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(calls).toHaveLength(1);
    expect(Object.keys(saver.getSnapshot().errors)).toEqual(["timeline.1.description"]);
    expect(saver.getSnapshot().status.kind).toBe("invalid");

    saver.edit({
      ...saved,
      lessons: ["Check ndots first", "Alert on SERVFAIL"],
      timeline: [blankEvent, { ...blankEvent, at: "14:10 UTC", description: "Pods fail DNS" }],
    });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(calls[1]!.fields).toEqual({
      timeline: [{ ...blankEvent, at: "14:10 UTC", description: "Pods fail DNS" }],
      lessons: ["Check ndots first", "Alert on SERVFAIL"],
    });
    expect(saver.getSnapshot().status.kind).toBe("saved");
    expect(store.data.size).toBe(0);
  });

  it("keeps both of two field changes made before the form renders again", async () => {
    const { send, calls } = server();
    const saver = new DraftSaver({ slug: "a-draft", version: 1, initial: base, teamId: 1 }, send, () => null);
    saver.editField("impact", "Checkout failed");
    saver.editField("summary", "DNS timeouts");
    expect(saver.getSnapshot().values).toMatchObject({ impact: "Checkout failed", summary: "DNS timeouts" });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(calls).toEqual([{ slug: "a-draft", version: 1, teamId: 1, fields: { impact: "Checkout failed", summary: "DNS timeouts" } }]);
  });

  it("queues a save that comes due while another is in flight, then sends the latest text", async () => {
    let release!: () => void;
    const calls: Partial<PostmortemFields>[] = [];
    const send: SendDraft = async ({ fields }) => {
      calls.push(fields);
      if (calls.length === 1) await new Promise<void>((r) => (release = r));
      return { ok: true, data: { slug: "a-draft", version: calls.length + 1, saved: Object.keys(fields), errors: {} } };
    };
    const saver = new DraftSaver({ slug: "a-draft", version: 1, initial: base, teamId: 1 }, send, () => null);
    saver.edit({ ...base, impact: "one" });
    void saver.saveNow();
    saver.edit({ ...base, impact: "one two" });
    void saver.saveNow();
    expect(calls).toHaveLength(1);
    release();
    await vi.runAllTimersAsync();
    expect(calls).toEqual([{ impact: "one" }, { impact: "one two" }]);
    expect(saver.getSnapshot().status.kind).toBe("saved");
  });

  it("retries network errors with backoff, but shows refusals without retrying", async () => {
    const send = vi.fn<SendDraft>().mockRejectedValueOnce(new TypeError("Failed to fetch"));
    send.mockResolvedValueOnce({ ok: true, data: { slug: "a-draft", version: 2, saved: ["impact"], errors: {} } });
    const saver = new DraftSaver({ slug: "a-draft", version: 1, initial: base, teamId: 1 }, send, () => null);
    saver.edit({ ...base, impact: "x" });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(saver.getSnapshot().status).toMatchObject({ kind: "retrying", seconds: 2, offline: true });
    await vi.advanceTimersByTimeAsync(2000);
    expect(send).toHaveBeenCalledTimes(2);
    expect(saver.getSnapshot().status.kind).toBe("saved");

    send.mockResolvedValueOnce({ ok: false, status: 403, message: "You cannot edit this postmortem." });
    saver.edit({ ...base, impact: "y" });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 60_000);
    expect(send).toHaveBeenCalledTimes(3);
    expect(saver.getSnapshot().status).toEqual({ kind: "error", message: "You cannot edit this postmortem." });
  });

  it("offers a local copy only for text the server does not have", () => {
    const store = memoryStore();
    const copy = { values: { ...base, impact: "unsaved", summary: "saved later" }, acked: base, version: 1, at: "2026-11-22T10:00:00Z" };
    store.setItem(localCopyKey("a-draft"), JSON.stringify(copy));
    const server = { ...base, summary: "saved later" };
    const saver = new DraftSaver({ slug: "a-draft", version: 2, initial: server, teamId: 1 }, vi.fn<SendDraft>(), () => store);
    expect(saver.getServerSnapshot().offer).toBeNull();
    expect(saver.getSnapshot().offer?.fields).toEqual(["impact"]);
    saver.discard();
    expect(store.data.size).toBe(0);
  });

  it("merges field by field: each side's changes stay, and only fields both changed differently clash", () => {
    const mine = { ...base, detection: "Mine", impact: "Same on both", summary: "My summary" };
    const theirs = { ...base, resolution: "Theirs", impact: "Same on both", summary: "Their summary" };
    const { merged, clashes } = mergeDraft(base, mine, theirs);
    expect(merged).toEqual({ ...base, detection: "Mine", resolution: "Theirs", impact: "Same on both", summary: "My summary" });
    expect(clashes).toEqual(["summary"]);
    expect(mergeDraft(base, base, theirs)).toEqual({ merged: theirs, clashes: [] });
  });

  /** A server whose first answer is a conflict with `theirs` at version 5, then saves like server(). */
  function conflictingServer(theirs: PostmortemFields) {
    const calls: Parameters<SendDraft>[0][] = [];
    const send = vi.fn<SendDraft>(async (request) => {
      calls.push(request);
      if (calls.length === 1)
        return { ok: false, status: 409, message: "Newer version", conflict: { version: 5, fields: theirs, savedBy: "Me", savedAt: null } };
      return { ok: true, data: { slug: "a-draft", version: 5 + calls.length, saved: Object.keys(request.fields), errors: {} } };
    });
    return { send, calls };
  }

  it("after a newer save of other fields (another tab), takes them into the form and saves only its own change", async () => {
    const theirs = { ...base, resolution: "Saved in the other tab" };
    const { send, calls } = conflictingServer(theirs);
    const saver = new DraftSaver({ slug: "a-draft", version: 1, initial: base, teamId: 1 }, send, () => memoryStore());
    saver.editField("detection", "Typed here");
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(calls[1]).toEqual({ slug: "a-draft", version: 5, teamId: 1, fields: { detection: "Typed here" } });
    expect(saver.getSnapshot().conflict).toBeNull();
    expect(saver.getSnapshot().values).toEqual({ ...theirs, detection: "Typed here" });
    expect(saver.getSnapshot().status.kind).toBe("saved");
    // The reader is told which field changed under them, until they dismiss it.
    expect(saver.getSnapshot().merged).toEqual({ fields: ["resolution"], savedBy: "Me", savedAt: null });
    saver.dismissMerged();
    expect(saver.getSnapshot().merged).toBeNull();
  });

  it("stops on a field both changed; taking theirs there still saves this editor's other changes", async () => {
    const theirs = { ...base, impact: "Their impact", resolution: "Their resolution" };
    const { send, calls } = conflictingServer(theirs);
    const saver = new DraftSaver({ slug: "a-draft", version: 1, initial: base, teamId: 1 }, send, () => memoryStore());
    saver.edit({ ...base, impact: "My impact", detection: "My detection" });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(saver.getSnapshot().conflict?.clashes).toEqual(["impact"]);
    expect(saver.getSnapshot().merged?.fields).toEqual(["resolution"]);
    expect(saver.getSnapshot().values).toEqual({ ...theirs, impact: "My impact", detection: "My detection" });
    expect(calls).toHaveLength(1);
    saver.takeTheirs();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls[1]!.fields).toEqual({ detection: "My detection" });
    expect(saver.getSnapshot().values).toEqual({ ...theirs, detection: "My detection" });
  });
});
