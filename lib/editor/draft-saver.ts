import type { ActionResult, FieldErrors } from "@/lib/actions/result";
import { postmortemInput, type FieldErrorMap, type PostmortemFields } from "@/lib/validation/postmortem";

export type Conflict = { version: number; fields: PostmortemFields; savedBy: string | null; savedAt: string | null };
/** A conflict the user has to settle: the fields both sides changed, each their own way. */
export type Clash = Conflict & { clashes: (keyof PostmortemFields)[] };
/** Fields a newer version saved elsewhere changed, whose text the form took in while this editor kept its own. */
export type Merged = { fields: (keyof PostmortemFields)[]; savedBy: string | null; savedAt: string | null };

export type SaveStatus =
  | { kind: "new" }
  | { kind: "idle" }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "saved"; at: number }
  | { kind: "invalid"; at: number | null }
  | { kind: "retrying"; at: number; seconds: number; offline: boolean }
  | { kind: "error"; message: string }
  | { kind: "conflict" };

export type SaverSnapshot = {
  values: PostmortemFields;
  slug: string | null;
  status: SaveStatus;
  errors: FieldErrors;
  conflict: Clash | null;
  /** Said until the user dismisses it, so that text appearing in a field they were not editing is never a surprise. */
  merged: Merged | null;
  /** Text an earlier visit left in this browser that the server does not have: offered back, never dropped silently. */
  offer: { copy: LocalCopy; fields: (keyof PostmortemFields)[]; server: PostmortemFields } | null;
};

/** What this browser keeps of a draft until the server has acknowledged exactly this content. */
export type LocalCopy = { values: PostmortemFields; acked: PostmortemFields; version: number; at: string };

type Saved = { slug: string; version: number; saved?: string[]; errors?: FieldErrorMap };
export type SendDraft = (request: {
  slug: string | null;
  version: number;
  teamId: number;
  fields: Partial<PostmortemFields>;
}) => Promise<ActionResult<Saved>>;
type KeyValueStore = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export const AUTOSAVE_DELAY_MS = 1200;
const RETRY_BASE_MS = 2000;
const RETRY_MAX_MS = 30_000;
/** Browsers refuse keepalive bodies over 64 KiB; leave room for headers. Larger edits rely on the local copy. */
export const KEEPALIVE_MAX_BYTES = 60 * 1024;
const NEW_DRAFT_KEY = "new";

export const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
export const localCopyKey = (slug: string | null) => `atlas:draft:${slug ?? NEW_DRAFT_KEY}`;
const fieldNames = (values: PostmortemFields) => Object.keys(values) as (keyof PostmortemFields)[];

/**
 * Three-way merge of a draft: `base` is what this editor last had from the server, `mine` the form, `theirs` the
 * newer version saved elsewhere (another person, or this person in another tab). A field only one side changed takes
 * that side's value; `clashes` are the fields both changed to different values, which hold mine until the user picks.
 */
export function mergeDraft(base: PostmortemFields, mine: PostmortemFields, theirs: PostmortemFields) {
  const merged = { ...theirs };
  const clashes: (keyof PostmortemFields)[] = [];
  for (const key of fieldNames(mine)) {
    if (same(mine[key], base[key])) continue;
    Object.assign(merged, { [key]: mine[key] });
    if (!same(theirs[key], base[key]) && !same(theirs[key], mine[key])) clashes.push(key);
  }
  return { merged, clashes };
}

/** Field errors by path (e.g. `sources.0.url`), with the same schema the server applies. */
export function validate(values: PostmortemFields): FieldErrorMap {
  const parsed = postmortemInput.safeParse(values);
  if (parsed.success) return {};
  const errors: FieldErrorMap = {};
  for (const issue of parsed.error.issues) (errors[issue.path.map(String).join(".")] ??= []).push(issue.message);
  return errors;
}

// Choices a new list row starts with; a row with nothing but these (and empty text) holds nothing typed.
const ROW_DEFAULTS = new Set(["type", "status", "marker", "ownerId"]);
const blankRow = (row: unknown) =>
  typeof row === "string"
    ? row.trim() === ""
    : typeof row === "object" && row !== null && Object.entries(row).every(([k, v]) => ROW_DEFAULTS.has(k) || v === null || String(v).trim() === "");
/** A field's value as far as typed text goes: list rows that were added but never filled in do not count. */
const typed = (value: unknown) => (Array.isArray(value) ? value.filter((row) => !blankRow(row)) : value);

/**
 * The fields as they are saved: rows added and not yet filled in hold nothing, so they are neither sent nor
 * flagged, and they do not hold back the rest of their list.
 */
const withoutBlankRows = (values: PostmortemFields) => Object.fromEntries(fieldNames(values).map((k) => [k, typed(values[k])])) as PostmortemFields;

/** The errors of the rows that were typed in: a blank row's "say what happened" would scold an empty form. */
function typedErrors(values: PostmortemFields): FieldErrorMap {
  return Object.fromEntries(
    Object.entries(validate(values)).filter(([path]) => {
      const [field, row] = path.split(".");
      const list = values[field as keyof PostmortemFields];
      return !(Array.isArray(list) && row !== undefined && blankRow(list[Number(row)]));
    }),
  );
}

/**
 * The fields of a local copy that hold text the server has not got, compared with what it has now. Rows added
 * and left empty are not text: a copy holding only those is never offered over what the server has.
 */
export function unsavedFields(copy: LocalCopy, server: PostmortemFields): (keyof PostmortemFields)[] {
  return fieldNames(copy.values).filter((k) => {
    const mine = typed(copy.values[k]);
    return !same(mine, typed(copy.acked[k])) && !same(mine, typed(server[k]));
  });
}

export function readLocalCopy(store: KeyValueStore, key: string): LocalCopy | null {
  try {
    const copy = JSON.parse(store.getItem(key) ?? "null") as LocalCopy | null;
    return copy?.values && copy.acked ? copy : null;
  } catch {
    return null;
  }
}

/**
 * Keeps one postmortem draft saved, outside React so the queue, timers and retries are plain code:
 * - every edit is written to a local copy first, then saved after a pause;
 * - a save that comes due while another is in flight is queued and sent when it returns, with the latest text;
 * - network errors and server errors are retried with backoff; refusals (4xx) are shown, not retried;
 * - each valid field saves even when another is invalid; the invalid ones stay in the local copy;
 * - the local copy is removed only once the server has acknowledged exactly the text on screen.
 */
export class DraftSaver {
  private snapshot: SaverSnapshot;
  private readonly serverSnapshot: SaverSnapshot;
  private acked: PostmortemFields;
  private version: number;
  private teamId: number;
  private serverErrors: FieldErrorMap = {};
  private lastSavedAt: number | null = null;
  private inFlight = false;
  private queued = false;
  private attempt = 0;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private listeners = new Set<() => void>();

  constructor(
    options: { slug: string | null; version: number; initial: PostmortemFields; teamId: number },
    private readonly send: SendDraft,
    private readonly store: () => KeyValueStore | null,
    private readonly onCreated: (slug: string) => void = () => {},
  ) {
    this.acked = options.initial;
    this.version = options.version;
    this.teamId = options.teamId;
    const status: SaveStatus = { kind: options.slug ? "idle" : "new" };
    const errors = options.slug ? this.errorsFor(options.initial) : {};
    // The server render has no local storage: it never offers anything, and hydration then picks the offer up.
    this.serverSnapshot = { values: options.initial, slug: options.slug, status, errors, conflict: null, merged: null, offer: null };
    const storage = this.store();
    const copy = storage && readLocalCopy(storage, localCopyKey(options.slug));
    const fields = copy ? unsavedFields(copy, options.initial) : [];
    this.snapshot = { ...this.serverSnapshot, offer: copy && fields.length ? { copy, fields, server: options.initial } : null };
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
  getSnapshot = () => this.snapshot;
  getServerSnapshot = () => this.serverSnapshot;

  /** Put the offered text back into the form and save it over what the server has now. */
  restore = () => {
    const offer = this.snapshot.offer;
    if (!offer) return;
    const values = { ...this.snapshot.values, ...Object.fromEntries(offer.fields.map((k) => [k, offer.copy.values[k]])) };
    this.update({ offer: null });
    this.edit(values);
    void this.save();
  };

  /** The user has read which fields came in from the newer version. */
  dismissMerged = () => this.update({ merged: null });

  /** The user chose to drop the offered text. */
  discard = () => {
    this.update({ offer: null });
    this.writeLocalCopy(this.snapshot.values);
  };

  setTeam(teamId: number) {
    this.teamId = teamId;
  }

  /**
   * One field changed in the form. It merges into the saver's current values, not the ones of the last render,
   * so two changes that land before React renders again both stay.
   */
  editField<K extends keyof PostmortemFields>(key: K, value: PostmortemFields[K]) {
    this.edit({ ...this.snapshot.values, [key]: value });
  }

  /** A change typed in the form. */
  edit(values: PostmortemFields) {
    this.writeLocalCopy(values);
    const kind = this.snapshot.status.kind;
    const busy = kind === "saving" || kind === "conflict" || kind === "retrying";
    this.update({ values, status: busy ? this.snapshot.status : { kind: "dirty" } });
    clearTimeout(this.debounce);
    if (!this.retry) this.debounce = setTimeout(() => void this.save(), AUTOSAVE_DELAY_MS);
  }

  /** Save now: also cuts a retry wait short. */
  saveNow = () => {
    clearTimeout(this.retry);
    this.retry = undefined;
    return this.save();
  };

  async save(): Promise<void> {
    clearTimeout(this.debounce);
    if (this.snapshot.conflict) return;
    if (this.inFlight) {
      this.queued = true;
      return;
    }
    const values = this.snapshot.values;
    const fields = this.sendable(values);
    // Field errors appear when a save is attempted, not at every keystroke of a half-typed value.
    if (!fields) {
      this.update({ status: this.settledStatus(values), errors: this.errorsFor(values) });
      return;
    }
    this.inFlight = true;
    this.update({ status: { kind: "saving" }, errors: this.errorsFor(values) });
    let result: Awaited<ReturnType<SendDraft>>;
    try {
      result = await this.send({ slug: this.snapshot.slug, version: this.version, teamId: this.teamId, fields });
    } catch (error) {
      this.inFlight = false;
      this.scheduleRetry(error);
      return;
    }
    this.inFlight = false;
    this.attempt = 0;
    this.retry = undefined;
    if (result.ok) this.acknowledge(fields, result.data);
    else if (result.status === 409) this.merge(result.conflict as Conflict);
    else {
      this.serverErrors = (result.errors ?? {}) as FieldErrorMap;
      const status: SaveStatus = result.status === 400 ? { kind: "invalid", at: this.lastSavedAt } : { kind: "error", message: result.message };
      this.update({ status, errors: this.errorsFor(this.snapshot.values) });
    }
    if (this.queued) {
      this.queued = false;
      await this.save();
    }
  }

  /** Closing the tab: send what is unsaved with a keepalive request if it fits; the local copy covers the rest. */
  flush = () => {
    const slug = this.snapshot.slug;
    if (!slug || this.inFlight || this.snapshot.conflict) return;
    const fields = this.sendable(this.snapshot.values);
    if (!fields) return;
    const body = JSON.stringify({ ...fields, baseVersion: this.version });
    if (new Blob([body]).size > KEEPALIVE_MAX_BYTES) return;
    void fetch(`/api/v1/postmortems/${slug}`, { method: "PATCH", keepalive: true, headers: { "content-type": "application/json" }, body }).catch(
      () => {},
    );
  };

  /** Keep my text in the fields both sides changed, and save it over the newer version. */
  keepMine = () => {
    if (!this.snapshot.conflict) return;
    this.update({ conflict: null, status: { kind: "dirty" } });
    void this.save();
  };

  /** Take the newer version's text in the fields both sides changed; my edits to other fields stay and are saved. */
  takeTheirs = () => {
    const conflict = this.snapshot.conflict;
    if (!conflict) return;
    const values = { ...this.snapshot.values, ...Object.fromEntries(conflict.clashes.map((key) => [key, conflict.fields[key]])) };
    this.serverErrors = {};
    this.writeLocalCopy(values);
    this.update({ values, conflict: null, status: { kind: "dirty" }, errors: this.errorsFor(values) });
    void this.save();
  };

  /**
   * A newer version was saved elsewhere. Its changes to fields not edited here come into the form, and this
   * editor's changes stay; if no field was changed on both sides, saving goes on (after the save in flight returns).
   * Otherwise the user settles the clashing fields, which hold their text meanwhile.
   */
  private merge(conflict: Conflict) {
    const shown = this.snapshot.values;
    const { merged, clashes } = mergeDraft(this.acked, shown, conflict.fields);
    const brought = fieldNames(merged).filter((key) => !same(merged[key], shown[key]));
    const earlier = this.snapshot.merged?.fields.filter((key) => !brought.includes(key)) ?? [];
    const notice = brought.length ? { fields: [...earlier, ...brought], savedBy: conflict.savedBy, savedAt: conflict.savedAt } : this.snapshot.merged;
    this.acked = conflict.fields;
    this.version = conflict.version;
    this.writeLocalCopy(merged);
    if (clashes.length === 0) {
      this.update({ values: merged, merged: notice, status: { kind: "dirty" } });
      this.queued = true;
    } else this.update({ values: merged, merged: notice, conflict: { ...conflict, clashes }, status: { kind: "conflict" } });
  }

  dispose() {
    clearTimeout(this.debounce);
    clearTimeout(this.retry);
  }

  /** Valid fields that differ from what the server has; a new draft needs its title and date first. */
  private sendable(shown: PostmortemFields): Partial<PostmortemFields> | null {
    const values = withoutBlankRows(shown);
    const invalid = new Set(Object.keys(validate(values)).map((path) => path.split(".")[0]));
    const creating = !this.snapshot.slug;
    if (creating && (invalid.has("title") || invalid.has("incidentDate"))) return null;
    const names = fieldNames(values).filter((k) => !invalid.has(k) && (creating || !same(values[k], this.acked[k])));
    return names.length ? Object.fromEntries(names.map((k) => [k, values[k]])) : null;
  }

  private acknowledge(sent: Partial<PostmortemFields>, data: Saved) {
    const created = !this.snapshot.slug;
    const saved = data.saved ?? Object.keys(sent);
    this.acked = { ...this.acked, ...Object.fromEntries(saved.map((k) => [k, sent[k as keyof PostmortemFields]])) };
    this.version = data.version;
    this.serverErrors = data.errors ?? {};
    this.lastSavedAt = Date.now();
    if (created) {
      this.store()?.removeItem(localCopyKey(null));
      this.update({ slug: data.slug });
      this.onCreated(data.slug);
    }
    this.writeLocalCopy(this.snapshot.values);
    this.update({ status: this.settledStatus(this.snapshot.values), errors: this.errorsFor(this.snapshot.values) });
  }

  /** The status once nothing is on its way: saved, waiting for a valid value, or waiting for the next save. */
  private settledStatus(shown: PostmortemFields): SaveStatus {
    const values = withoutBlankRows(shown);
    if (same(values, this.acked)) return this.lastSavedAt ? { kind: "saved", at: this.lastSavedAt } : { kind: this.snapshot.slug ? "idle" : "new" };
    if (Object.keys(validate(values)).length || Object.keys(this.serverErrors).length) return { kind: "invalid", at: this.lastSavedAt };
    return { kind: "dirty" };
  }

  private scheduleRetry(error: unknown) {
    this.attempt++;
    const delay = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** (this.attempt - 1));
    const offline = error instanceof TypeError || (typeof navigator !== "undefined" && !navigator.onLine);
    this.update({ status: { kind: "retrying", at: Date.now() + delay, seconds: delay / 1000, offline } });
    clearTimeout(this.retry);
    this.retry = setTimeout(() => {
      this.retry = undefined;
      void this.save();
    }, delay);
  }

  /** Written before anything is sent; removed only when the server holds exactly these values. */
  private writeLocalCopy(values: PostmortemFields) {
    const store = this.store();
    if (!store) return;
    const key = localCopyKey(this.snapshot.slug);
    // Until the user answers an offer, its text stays in the copy for every field they have not touched since.
    const offer = this.snapshot.offer;
    const kept = offer ? offer.fields.filter((k) => same(values[k], offer.server[k])).map((k) => [k, offer.copy.values[k]]) : [];
    const stored = { ...values, ...Object.fromEntries(kept) } as PostmortemFields;
    if (same(withoutBlankRows(stored), this.acked)) return store.removeItem(key);
    const copy: LocalCopy = { values: stored, acked: this.acked, version: this.version, at: new Date().toISOString() };
    try {
      store.setItem(key, JSON.stringify(copy));
    } catch {
      // A full storage quota must not stop saving to the server; the status still says what is unsaved.
    }
  }

  /** Errors for the fields as they are now: the schema's, plus the server's for values it refused. */
  private errorsFor(values: PostmortemFields): FieldErrors {
    const saved = withoutBlankRows(values);
    const server = Object.fromEntries(
      Object.entries(this.serverErrors).filter(([path]) => {
        const field = path.split(".")[0] as keyof PostmortemFields;
        return !same(saved[field], this.acked[field]);
      }),
    );
    return { ...server, ...typedErrors(values) };
  }

  private update(change: Partial<SaverSnapshot>) {
    const next = { ...this.snapshot, ...change };
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }
}
