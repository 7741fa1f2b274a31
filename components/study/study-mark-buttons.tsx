import { Bookmark, BookmarkCheck, CircleCheck, Circle } from "lucide-react";

/** The two study toggles; the caller decides whether they submit a form or write to the browser. */
export function StudyMarkButtons({
  studied,
  bookmarked,
  disabled,
  onToggle,
}: {
  studied: boolean;
  bookmarked: boolean;
  disabled?: boolean;
  onToggle?: (change: { studied?: boolean; bookmarked?: boolean }) => void;
}) {
  const type = onToggle ? "button" : "submit";
  return (
    <>
      <button
        type={type}
        name="studied"
        value={String(!studied)}
        className={studied ? "btn" : "btn-quiet"}
        disabled={disabled}
        onClick={onToggle && (() => onToggle({ studied: !studied }))}
      >
        {studied ? <CircleCheck aria-hidden className="size-4" /> : <Circle aria-hidden className="size-4" />}
        {studied ? "Studied — undo" : "Mark as studied"}
      </button>
      <button
        type={type}
        name="bookmarked"
        value={String(!bookmarked)}
        className={bookmarked ? "btn" : "btn-quiet"}
        disabled={disabled}
        onClick={onToggle && (() => onToggle({ bookmarked: !bookmarked }))}
      >
        {bookmarked ? <BookmarkCheck aria-hidden className="size-4" /> : <Bookmark aria-hidden className="size-4" />}
        {bookmarked ? "Bookmarked — remove" : "Bookmark"}
      </button>
    </>
  );
}
