/** "N team postmortems resemble this": a count for everyone, never which ones (those appear under related, to their readers). */
export function ResemblanceNote({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <p className="text-sm">
      <strong>
        {count} team postmortem{count === 1 ? "" : "s"} resemble{count === 1 ? "s" : ""} this
      </strong>{" "}
      <span className="muted">— teams linked their own incidents to this story while filing them.</span>
    </p>
  );
}
