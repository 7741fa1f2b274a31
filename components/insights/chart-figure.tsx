import type { ReactNode } from "react";
import { markup } from "@/lib/html/markup";

/** A chart with its heading, caption and a "Show data" table, so every number is also readable as text. */
export function ChartFigure({
  id,
  title,
  caption,
  data,
  children,
  wide = false,
}: {
  id: string;
  title: string;
  caption: ReactNode;
  data: ReactNode;
  children: ReactNode;
  wide?: boolean;
}) {
  return (
    <figure aria-labelledby={`${id}-title`} className={`card min-w-0 space-y-3 ${wide ? "lg:col-span-2" : ""}`}>
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
      <figcaption className="text-sm muted">{caption}</figcaption>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium">Show data</summary>
        <div className="mt-2 overflow-x-auto">{data}</div>
      </details>
    </figure>
  );
}

/** A table cell: text, a number, or a link. */
export type Cell = string | number | { href: string; text: string };

const cellMarkup = (cell: Cell) => (typeof cell === "object" ? markup`<a href="${cell.href}">${cell.text}</a>` : cell);

/**
 * A plain data table for a chart: the first column names the row (styles live on `.data-table` in globals.css). Its
 * rows are one string of markup (lib/html/markup.ts), not an element per cell.
 */
export function DataTable({ caption, head, rows }: { caption: string; head: string[]; rows: Cell[][] }) {
  const body = rows.map(
    (cells) =>
      markup`<tr>${cells.map((cell, i) => (i === 0 ? markup`<th scope="row">${cellMarkup(cell)}</th>` : markup`<td>${cellMarkup(cell)}</td>`))}</tr>`,
  );
  const html = markup`<caption class="sr-only">${caption}</caption><thead><tr>${head.map((h) => markup`<th scope="col">${h}</th>`)}</tr></thead><tbody>${body}</tbody>`;
  return <table className="data-table" dangerouslySetInnerHTML={{ __html: html.html }} />;
}
