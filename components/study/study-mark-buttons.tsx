import { Bookmark, BookmarkCheck, Circle, CircleCheck } from "lucide";
import { Icon } from "@/components/icon";

type Change = { studied?: boolean; bookmarked?: boolean };

const TOGGLES = [
  { name: "studied", on: { icon: CircleCheck, label: "Studied — undo" }, off: { icon: Circle, label: "Mark as studied" } },
  { name: "bookmarked", on: { icon: BookmarkCheck, label: "Bookmarked — remove" }, off: { icon: Bookmark, label: "Bookmark" } },
] as const;

/** The two study toggles; the caller decides whether they submit a form (name/value) or write to the browser. */
export function StudyMarkButtons({
  studied,
  bookmarked,
  disabled,
  onToggle,
}: {
  studied: boolean;
  bookmarked: boolean;
  disabled?: boolean;
  onToggle?: (change: Change) => void;
}) {
  const state = { studied, bookmarked };
  return (
    <>
      {TOGGLES.map((toggle) => {
        const set = state[toggle.name];
        const { icon, label } = set ? toggle.on : toggle.off;
        return (
          <button
            key={toggle.name}
            type={onToggle ? "button" : "submit"}
            name={toggle.name}
            value={String(!set)}
            className={`${set ? "btn" : "btn-quiet"} gap-1.5`}
            disabled={disabled}
            onClick={onToggle && (() => onToggle({ [toggle.name]: !set }))}
          >
            <Icon node={icon} className="size-4" />
            {label}
          </button>
        );
      })}
    </>
  );
}
