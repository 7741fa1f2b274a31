import type { Metadata } from "next";
import Link from "next/link";
import { listChecklists } from "@/lib/data/checklists";

export const metadata: Metadata = { title: "Checklists" };

export default async function ChecklistsPage() {
  const checklists = await listChecklists();
  const items = checklists.reduce((sum, c) => sum + c.itemCount, 0);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">Checklists</h1>
        <p className="muted">
          {checklists.length} checklists, {items} controls. Every control cites the incidents it would have prevented or shortened, and says how to
          check it. Teams can run a checklist against a cluster and track the answers; <Link href="/exposure">Am I exposed?</Link> picks the controls
          for your stack.
        </p>
      </header>
      {checklists.length === 0 ? (
        <p className="card text-sm">No checklists yet. Add files to content/checklists and restart.</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {checklists.map((c) => (
            <li key={c.slug} className="card space-y-2">
              <h2 className="text-lg font-semibold">
                <Link href={`/checklists/${c.slug}`}>{c.title}</Link>
              </h2>
              <p className="text-sm">{c.summary}</p>
              <p className="text-xs muted">
                {c.itemCount} controls · backed by {c.storyCount} {c.storyCount === 1 ? "story" : "stories"}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
