import { CopyButton } from "@/components/copy-button";

export const CHECK_LABEL: Record<string, string> = {
  kubectl: "Check with kubectl",
  cli: "Check from the command line",
  policy: "Enforce with a policy",
  config: "Check the configuration",
};

/**
 * How to check a control: the command or snippet, wrapped rather than scrolled sideways so a long one-liner
 * stays readable on a phone, with a copy button (copying takes the exact text, line breaks as written).
 */
export function CheckSnippet({ check, kind, lang, control }: { check: string; kind: string; lang: string; control: string }) {
  const label = CHECK_LABEL[kind] ?? kind;
  return (
    <div className="space-y-1">
      <div className="flex items-center justify-between gap-2">
        <p className="text-xs font-semibold uppercase tracking-wide muted">{label}</p>
        <CopyButton text={check} label="check" />
      </div>
      <pre
        className="rounded-md bg-zinc-100 p-3 text-xs leading-5 whitespace-pre-wrap [overflow-wrap:anywhere] dark:bg-zinc-900"
        tabIndex={0}
        aria-label={`${label}: ${control}`}
      >
        <code data-lang={lang}>{check}</code>
      </pre>
    </div>
  );
}
