// Markup built as a string, for large read-only fragments (the insights charts and their data tables) that React
// would otherwise render element by element twice, as HTML and as the RSC payload: a page of charts is ~1,300
// elements and was 60% of the page's server time. Every interpolated value is escaped unless it is itself Markup
// made here, so text from the taxonomy or a story title can never become markup. Interpolate only into element
// content and into double-quoted attribute values; never into a tag or attribute name.

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** A fragment of markup that is safe to insert as it is (its values were escaped when it was built). */
export class Markup {
  constructor(readonly html: string) {}
}

/** A value for an interpolation: text and numbers are escaped, Markup is kept, lists are joined, nothing is empty. */
export type MarkupValue = Markup | string | number | null | undefined | false | readonly MarkupValue[];

function render(value: MarkupValue): string {
  if (value instanceof Markup) return value.html;
  if (Array.isArray(value)) return value.map(render).join("");
  if (value === null || value === undefined || value === false) return "";
  return escapeHtml(String(value));
}

/** Tagged template: markup`<text x="${x}">${label}</text>` escapes `x` and `label`. */
export function markup(strings: TemplateStringsArray, ...values: MarkupValue[]): Markup {
  let html = strings[0]!;
  for (let i = 0; i < values.length; i++) html += render(values[i]!) + strings[i + 1]!;
  return new Markup(html);
}
