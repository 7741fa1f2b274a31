import type { Severity } from "@/lib/validation/vocabulary";

/** The tier a listed entry gets from its k8s.af impact line, and the rule that decided it, in words. */
export type TierDecision = { severity?: Extract<Severity, "production" | "non-production">; rule: string };

const NON_PRODUCTION = /\b(non-?prod(?:uction)?|nonproduction|testing environments?|development environment|qa\/dev|dev cluster)\b/i;
const PRODUCTION = /(?<!non-?)\bproduction\b/i;
const NO_IMPACT = /\bno (?:actual )?(?:business |user |customer )?impact\b|\bno impact on\b/i;

/**
 * A tier only when the impact text says so without doubt: it names production (and neither a non-production
 * environment nor "no impact"), or it names only a non-production environment. Anything else gets no tier.
 */
export function tierFromImpact(impact: string): TierDecision {
  const prod = PRODUCTION.exec(impact)?.[0];
  const nonProd = NON_PRODUCTION.exec(impact)?.[0];
  const noImpact = NO_IMPACT.exec(impact)?.[0];
  if (prod && nonProd) return { rule: `no tier: the impact names both "${prod}" and "${nonProd}"` };
  if (prod && noImpact) return { rule: `no tier: the impact names "${prod}" but also "${noImpact}"` };
  if (prod) return { severity: "production", rule: `production: the impact names "${prod}"` };
  if (nonProd) return { severity: "non-production", rule: `non-production: the impact names "${nonProd}"` };
  return { rule: impact ? "no tier: the impact names no environment" : "no tier: no impact line" };
}
