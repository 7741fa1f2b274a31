import type { ReactNode } from "react";

/** A reference table: the first cell of each row names it (a row header), the page scrolls it sideways on phones. */
export function DocTable({ caption, columns, rows }: { caption: string; columns: string[]; rows: { key: string; cells: ReactNode[] }[] }) {
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-xs uppercase muted">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className="py-1 pr-3">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, cells: [first, ...rest] }) => (
            <tr key={key} className="border-t border-zinc-200 align-top dark:border-zinc-800">
              <th scope="row" className="py-1 pr-3 font-normal">
                {first}
              </th>
              {/* Only the last column (notes, with long patterns) may break anywhere; the others keep their words. */}
              {rest.map((cell, i) => (
                <td key={i} className={i === rest.length - 1 ? "py-1 [overflow-wrap:anywhere]" : "py-1 pr-3"}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
