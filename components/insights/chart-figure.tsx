import type { ReactNode } from "react";

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

/** A plain data table for a chart: the first column names the row (styles live on `.data-table` in globals.css). */
export function DataTable({ caption, head, rows }: { caption: string; head: string[]; rows: { key: string; cells: ReactNode[] }[] }) {
  return (
    <table className="data-table">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, i) =>
              i === 0 ? (
                <th key={i} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={i}>{cell}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
