import { describe, expect, it } from "vitest";
import { tierFromImpact } from "@/lib/k8saf/tier";

describe("tierFromImpact", () => {
  it.each([
    ["partial production outage", "production"],
    ["production Universe search and reporting outage", "production"],
    ["prolonged downtime of non-prod environment, nodes lost, failed master upgrade", "non-production"],
    ["nonproduction cluster outage", "non-production"],
    ["development environment outage", "non-production"],
    ["QA/dev cluster outage", "non-production"],
  ])("%s → %s", (impact, severity) => {
    const decision = tierFromImpact(impact);
    expect(decision.severity).toBe(severity);
    expect(decision.rule).toMatch(new RegExp(`^${severity}:`));
  });

  it.each([
    "insufficient cluster capacity in testing environments, failed deployments in production and staging environments",
    "broken control plane on production with no access to o11y due to broken authentication system, no actual business impact",
    "no impact on end users",
    "high latency, errors",
    "",
  ])("gives no tier when the text is not unambiguous: %s", (impact) => {
    const decision = tierFromImpact(impact);
    expect(decision.severity).toBeUndefined();
    expect(decision.rule).toMatch(/^no tier: /);
  });
});
