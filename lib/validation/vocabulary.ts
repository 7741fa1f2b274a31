// The shared vocabulary (severity tiers, platforms, statuses…), as closed sets with display labels; see README "What you can do".

export const SEVERITIES = ["trivial", "non-production", "production"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** `label`: k8s.af's words, for people; `short`: the plain name, for feeds, filters and forms. */
export const SEVERITY_INFO: Record<Severity, { emoji: string; label: string; short: string; description: string }> = {
  trivial: { emoji: "🤷", label: "Kinda bad", short: "Trivial", description: "No one affected." },
  "non-production": {
    emoji: "😅",
    label: "Not prod, still annoying",
    short: "Non-production",
    description: "No customer impact, but a lesson learned.",
  },
  production: {
    emoji: "🤬",
    label: "Houston, we have a problem in production",
    short: "Production",
    description: "Customers affected.",
  },
};

export const PLATFORMS = ["gke", "eks", "aks", "self-managed", "local", "other"] as const;
export type Platform = (typeof PLATFORMS)[number];

export const PLATFORM_LABELS: Record<Platform, string> = {
  gke: "GKE",
  eks: "EKS",
  aks: "AKS",
  "self-managed": "Self-managed",
  local: "minikube / local",
  other: "Other",
};

export const TIMELINE_MARKERS = ["trigger", "detection", "diagnosis", "mitigation", "resolution"] as const;
export type TimelineMarker = (typeof TIMELINE_MARKERS)[number];

export const ACTION_TYPES = ["prevent", "detect", "mitigate", "process"] as const;
// `unknown`: the source (or the team) does not say whether the action was carried out.
export const ACTION_STATUSES = ["open", "done", "wont-do", "unknown"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  open: "Open",
  done: "Done",
  "wont-do": "Won't do",
  unknown: "Status unknown",
};

export const DATE_PRECISIONS = ["minute", "day", "month", "year"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/**
 * `retold`: the full structure, written from the original (curated stories and everything teams file, which has
 * the same structure). `listed`: a k8s.af entry or an accepted suggestion: what the list says and a link.
 */
export const COVERAGES = ["retold", "listed"] as const;
export type Coverage = (typeof COVERAGES)[number];
export const COVERAGE_LABELS: Record<Coverage, string> = { retold: "Retold", listed: "Listed, not yet retold" };

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
