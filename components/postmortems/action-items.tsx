import type { PostmortemDetail } from "@/lib/data/postmortems";
import { isoDate } from "@/lib/format";
import { ACTION_STATUS_LABELS, type ActionStatus } from "@/lib/validation/vocabulary";

/** What to do, linked to where it is tracked when there is a link. */
export function ActionDescription({ item }: { item: { description: string; link: string | null } }) {
  return item.link ? (
    <a href={item.link} rel="noopener noreferrer">
      {item.description}
    </a>
  ) : (
    item.description
  );
}

export function ActionItems({ items }: { items: PostmortemDetail["actionItems"] }) {
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-zinc-200 text-xs uppercase tracking-wide muted dark:border-zinc-800">
          <tr>
            <th scope="col" className="py-2 pr-3">
              Type
            </th>
            <th scope="col" className="py-2 pr-3">
              Action
            </th>
            <th scope="col" className="py-2 pr-3">
              Owner
            </th>
            <th scope="col" className="py-2 pr-3">
              Status
            </th>
            <th scope="col" className="py-2">
              Due
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, i) => (
            <tr key={i} className="border-b border-zinc-100 align-top dark:border-zinc-900">
              <td className="py-2 pr-3 capitalize">{item.type}</td>
              <td className="py-2 pr-3">
                <ActionDescription item={item} />
              </td>
              <td className="py-2 pr-3">{item.owner ?? <span className="muted">—</span>}</td>
              <td className={item.status === "unknown" ? "py-2 pr-3 muted" : "py-2 pr-3"}>
                {ACTION_STATUS_LABELS[item.status as ActionStatus] ?? item.status}
              </td>
              <td className="py-2">{item.dueDate ? isoDate(item.dueDate) : <span className="muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
