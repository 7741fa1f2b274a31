// The Postmortem row of a listed entry, shared by the content sync (a CLI, so no "server-only") and accepted
// suggestions. Everything a retold story has beyond what the list says stays empty: nothing is invented.

export type ListedFacts = {
  title: string;
  organization: string;
  /** "2019" or "2019-06": when the story was published, which is all the list says about dates. */
  published: string;
  url: string;
  /** What kind of source: "blog post", "KubeCon Barcelona"… ("" when unknown). */
  format: string;
  impact: string;
  involved: string[];
  severity: string;
  tierRule: string | null;
  platform: string;
};

export function listedRow(facts: ListedFacts) {
  const [year, month] = facts.published.split("-").map(Number) as [number, number | undefined];
  const precision = month ? "month" : "year";
  return {
    kind: "curated",
    status: "published",
    visibility: "public",
    coverage: "listed",
    title: facts.title,
    organization: facts.organization,
    severity: facts.severity,
    incidentDate: new Date(Date.UTC(year, (month ?? 1) - 1, 1)),
    datePrecision: precision,
    dateNote: `The ${precision} the story was published; the incident itself may be earlier.`,
    durationMinutes: null,
    durationApproximate: false,
    durationNote: null,
    platform: facts.platform,
    environment: "",
    summary: "",
    impact: facts.impact,
    trigger: "",
    rootCause: "",
    detection: "",
    resolution: "",
    caveats: "[]",
    body: "",
    // Searchable text: the impact and the involved terms, including those the taxonomy does not know.
    bodyText: [facts.impact, facts.involved.join(", "), facts.format].filter(Boolean).join("\n"),
    involved: JSON.stringify(facts.involved),
    tierRule: facts.tierRule,
  };
}

export const listedSource = (facts: Pick<ListedFacts, "title" | "organization" | "format" | "url">) => ({
  title: `${facts.title} (${[facts.organization, facts.format].filter(Boolean).join(", ")})`,
  url: facts.url,
});
