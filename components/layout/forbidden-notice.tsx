/** What a signed-in user sees on a page their role does not open. */
export function ForbiddenNotice({ title, reason }: { title: string; reason: string }) {
  return (
    <div className="mx-auto max-w-xl space-y-3">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="card text-sm">{reason}</p>
    </div>
  );
}
