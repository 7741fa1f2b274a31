import { Coffee, FlaskConical, Flame, type IconNode } from "lucide";
import { HtmlFragment } from "@/components/html-fragment";
import { Icon } from "@/components/icon";
import { iconMarkup } from "@/components/icon-markup";
import { markup, type Markup } from "@/lib/html/markup";
import { SEVERITY_INFO, type Severity } from "@/lib/validation/vocabulary";

const TONES: Record<Severity, string> = {
  trivial: "border-zinc-300 bg-zinc-100 text-zinc-800 dark:border-zinc-600 dark:bg-zinc-800 dark:text-zinc-200",
  "non-production": "border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200",
  production: "border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-200",
};

// SVG icons rather than the tiers' emoji: without an emoji font those draw as empty boxes. The icon is decoration; the text says the tier.
const ICONS: Record<Severity, IconNode> = { trivial: Coffee, "non-production": FlaskConical, production: Flame };

export function SeverityIcon({ severity, className = "size-3.5" }: { severity: Severity; className?: string }) {
  return <Icon node={ICONS[severity]} className={`shrink-0 ${className}`} />;
}

/** The tier's badge as markup: lists of cards build their badges as strings (lib/html/markup.ts). */
export function severityBadge(severity: string, long = false): Markup {
  const tier = (severity in SEVERITY_INFO ? severity : "trivial") as Severity;
  const info = SEVERITY_INFO[tier];
  return markup`<span class="inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium ${TONES[tier]}" title="${`${info.label}: ${info.description}`}">${iconMarkup(ICONS[tier], "shrink-0 size-3.5")}${long ? info.label : severityShortLabel(tier)}</span>`;
}

export function SeverityBadge({ severity, long = false }: { severity: string; long?: boolean }) {
  return <HtmlFragment markup={severityBadge(severity, long)} />;
}

export function severityShortLabel(severity: Severity): string {
  return SEVERITY_INFO[severity].short;
}
