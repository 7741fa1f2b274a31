// The reading paths the benchmark measures, each with one repeated URL and a generator of distinct URLs
// (different queries, facet combinations, pages and stories), so that caches cannot flatter the result.
import { COMMON_WORD, RARE_WORD } from "./synthesize.mjs";

const SEVERITIES = ["production", "non-production", "trivial"];
const PLATFORMS = ["gke", "eks", "aks", "self-managed", "local", "other"];
const RARE = [RARE_WORD, "mtu", "finalizer", "taint", "conntrack", "quorum", "garbage", "cron", "registry", "deadlocked"];
// Each in 20–37% of the synthetic stories, like COMMON_WORD (a third): the "common word".
const COMMON = [COMMON_WORD, "alert", "pod", "budget", "cluster", "webhook", "load", "cni", "etcd", "config"];
const EXPOSURE = [
  "platform=gke&admission=opa",
  "platform=eks&cni=aws-vpc-cni",
  "platform=aks&admission=kyverno",
  "platform=self-managed&cni=calico",
  "cni=cilium",
];

const YEARS = Array.from({ length: 12 }, (_, i) => `year=${2015 + i}`);
/** 77 filter sets that each keep most of the catalogue's facet values: every one-user insights request computes anew. */
const BROAD = [
  ...YEARS,
  ...SEVERITIES.map((s) => `severity=${s}`),
  ...PLATFORMS.map((p) => `platform=${p}`),
  "coverage=retold",
  "coverage=listed",
  ...YEARS.flatMap((year) => SEVERITIES.map((s) => `${year}&severity=${s}`)),
  ...PLATFORMS.flatMap((p) => SEVERITIES.map((s) => `platform=${p}&severity=${s}`)),
];

/** @param {number} stories how many synthetic stories exist (bench-0 … bench-N-1) */
export function targets(stories) {
  // With no synthetic stories, the seeded ones stand in.
  const seeded = [
    "reddit-2023-pi-day-outage",
    "monzo-2017-linkerd-outage",
    "datadog-2023-multi-region-outage",
    "jetstack-2019-opa-webhook-gke-upgrade",
  ];
  const story = (i) => (stories > 0 ? `/postmortems/bench-${i % stories}` : `/postmortems/${seeded[i % seeded.length]}`);
  const lastPage = Math.max(1, Math.floor(stories / 20));
  return [
    { name: "home", path: "/", distinct: () => "/" },
    { name: "browse", path: "/postmortems", distinct: (i) => `/postmortems?page=${1 + (i % Math.min(lastPage, 50))}` },
    {
      name: "search, rare word",
      path: `/postmortems?q=${RARE_WORD}`,
      // Page 1 only: a rare word has one page, and a later page redirects to it.
      distinct: (i) => `/postmortems?q=${RARE[i % RARE.length]}`,
    },
    {
      name: "search, common word",
      path: `/postmortems?q=${COMMON_WORD}`,
      distinct: (i) => `/postmortems?q=${COMMON[i % COMMON.length]}&sort=${i % 2 ? "relevance" : "newest"}&page=${1 + (i % 5)}`,
    },
    {
      name: "two-facet filter",
      path: "/postmortems?severity=production&platform=gke",
      distinct: (i) => `/postmortems?severity=${SEVERITIES[i % 3]}&platform=${PLATFORMS[(i >> 2) % 6]}&page=${1 + (i % 4)}`,
    },
    {
      name: "deep page",
      path: `/postmortems?page=${Math.min(500, lastPage)}`,
      distinct: (i) => `/postmortems?page=${Math.max(1, Math.min(lastPage, 400 + (i % 200)))}`,
    },
    { name: "detail", path: story(Math.floor(stories / 2)), distinct: (i) => story(i * 7919) },
    { name: "exposure", path: `/exposure?${EXPOSURE[0]}`, distinct: (i) => `/exposure?${EXPOSURE[i % EXPOSURE.length]}` },
    // Broad filters, each its own set of charts: lib/data/insights.ts keeps the newest charts per filter set.
    { name: "insights", path: "/insights", distinct: (i) => `/insights?${BROAD[i % BROAD.length]}` },
    {
      name: "insights, filtered",
      path: "/insights?severity=production&platform=gke",
      // 72 combinations, counted in mixed radix so that any 72 in a row differ: none is a hit in the insights memo.
      distinct: (i) =>
        `/insights?severity=${SEVERITIES[i % 3]}&platform=${PLATFORMS[Math.floor(i / 3) % 6]}&category=${Math.floor(i / 18) % 2 ? "networking" : "dns"}${Math.floor(i / 36) % 2 ? "&coverage=retold" : ""}`,
    },
    {
      // The editor's "similar stories" panel: a draft's words ORed, plus shared tags and components.
      name: "similar stories",
      path: `/api/v1/similar?title=CoreDNS+${COMMON_WORD}+timeouts&summary=Pods+could+not+resolve+names&rootCause=ndots+search+domains&tag=dns-policy&component=coredns`,
      distinct: (i) =>
        `/api/v1/similar?title=${COMMON[i % COMMON.length]}+${RARE[(i >> 1) % RARE.length]}+outage&summary=${COMMON[(i + 3) % COMMON.length]}&rootCause=${RARE[i % RARE.length]}+failure&tag=dns-policy&component=coredns`,
    },
    {
      name: "API search",
      path: `/api/v1/postmortems?q=${COMMON_WORD}`,
      distinct: (i) => `/api/v1/postmortems?q=${COMMON[i % COMMON.length]}&page=${1 + (i % 5)}`,
    },
  ];
}
