import type { ParamErrors } from "@/lib/validation/browse-params";

/** Explains which URL parameters were ignored, instead of failing the page. */
export function ParamErrorNotice({ errors }: { errors: ParamErrors }) {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div
      role="alert"
      className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/50 dark:text-amber-100"
    >
      <p className="font-medium">Some filters in this link were ignored:</p>
      <ul className="mt-1 list-disc pl-5">
        {entries.map(([param, message]) => (
          <li key={param}>
            <code>{param}</code>: {message}
          </li>
        ))}
      </ul>
    </div>
  );
}
