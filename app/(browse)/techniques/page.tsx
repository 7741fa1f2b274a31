import type { Metadata } from "next";
import Link from "next/link";
import { TechniqueList } from "@/components/techniques/technique-list";
import { listTechniques } from "@/lib/data/techniques";

export const metadata: Metadata = {
  title: "Debugging techniques",
  description: "Debugging techniques for Kubernetes clusters: the symptom, the commands, what to look for, and what can go wrong.",
};

export default async function TechniquesPage() {
  const techniques = await listTechniques();
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-semibold">Debugging techniques</h1>
        <p className="max-w-3xl text-lg muted">
          How engineers found the cause: each technique starts from a symptom, gives the commands and what to look for in their output, and says what
          can go wrong on a production node. Many come from Klustered, a live stream of deliberately broken clusters. Study them in order in{" "}
          <Link href="/study">the study tracks</Link>.
        </p>
      </header>
      {techniques.length > 0 ? <TechniqueList techniques={techniques} /> : <p className="card text-sm muted">No techniques yet.</p>}
    </div>
  );
}
