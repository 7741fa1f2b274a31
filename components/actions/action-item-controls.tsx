"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { ACTION_STATUS_LABELS, ACTION_STATUSES, type ActionStatus } from "@/lib/validation/vocabulary";

type Item = { id: number; description: string; status: string; dueDate: string | null; version: number };

/**
 * Status and due date of one action item, saved through PATCH /api/v1/action-items/{id} against the version this
 * page loaded. Works on published postmortems: nothing is reopened. A conflict takes the other person's values
 * and says so, so the next save is made knowingly.
 */
export function ActionItemControls({ item }: { item: Item }) {
  const router = useRouter();
  const id = useId();
  const [saved, setSaved] = useState(item);
  const [status, setStatus] = useState(item.status);
  const [dueDate, setDueDate] = useState(item.dueDate ?? "");
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const dirty = status !== saved.status || dueDate !== (saved.dueDate ?? "");

  async function save() {
    setBusy(true);
    setMessage(null);
    const response = await fetch(`/api/v1/action-items/${item.id}`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ status, dueDate: dueDate || null, baseVersion: saved.version }),
    }).catch(() => null);
    setBusy(false);
    if (!response) return setMessage({ text: "Not saved: the network failed. Try again.", error: true });
    const body = (await response.json().catch(() => ({}))) as Partial<Item> & { message?: string; current?: Item };
    if (response.ok) {
      setSaved({ ...saved, ...body } as Item);
      setMessage({ text: "Saved.", error: false });
      router.refresh();
    } else if (response.status === 409 && body.current) {
      setSaved(body.current);
      setStatus(body.current.status);
      setDueDate(body.current.dueDate ?? "");
      setMessage({ text: "Someone changed this item meanwhile; their values are shown. Save again to replace them.", error: true });
    } else {
      setMessage({ text: `Not saved: ${body.message ?? `error ${response.status}`}`, error: true });
    }
  }

  return (
    <form
      className="flex flex-wrap items-end gap-2"
      aria-label={`Update: ${item.description}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label className="space-y-1 text-xs">
        <span className="block font-medium">Status</span>
        <select id={`${id}-status`} className="input py-1" value={status} onChange={(e) => setStatus(e.target.value)}>
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {ACTION_STATUS_LABELS[s as ActionStatus]}
            </option>
          ))}
        </select>
      </label>
      <label className="space-y-1 text-xs">
        <span className="block font-medium">Due</span>
        <input id={`${id}-due`} type="date" className="input py-1" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
      </label>
      <button type="submit" className="btn py-1" disabled={busy || !dirty}>
        {busy ? "Saving…" : "Save"}
      </button>
      <p role="status" className={message?.error ? "w-full text-xs text-red-700 dark:text-red-400" : "w-full text-xs muted"}>
        {message?.text}
      </p>
    </form>
  );
}
