export default function Loading() {
  return (
    <div role="status" aria-label="Loading postmortems" className="space-y-3">
      {Array.from({ length: 4 }, (_, i) => (
        <div key={i} className="card h-28 animate-pulse bg-zinc-100 dark:bg-zinc-900" />
      ))}
    </div>
  );
}
