"use client";

import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";
import { useHydrated } from "@/components/layout/use-hydrated";

/**
 * A button that shows and hides a panel (the disclosure pattern): aria-expanded and aria-controls on the button,
 * Esc closes and returns focus to it, following a link inside closes it. Before JavaScript runs (or without it)
 * the button is a link to the panel, and CSS shows the panel while it is the URL's :target.
 * The panel's classes decide at which widths it collapses at all (data-open is set while open).
 * A `popover` (the header's menus) also closes when a click or the keyboard focus goes outside it, and on Esc
 * wherever the focus is: left open, it would cover the page the reader has moved on to.
 */
export function Disclosure({
  id,
  label,
  ariaLabel,
  buttonClassName,
  panelClassName,
  popover = false,
  children,
}: {
  id: string;
  label: ReactNode;
  /** The button's name when its label is only an icon. */
  ariaLabel?: string;
  buttonClassName: string;
  panelClassName: string;
  popover?: boolean;
  children: ReactNode;
}) {
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open || !popover) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    // Esc inside the panel is handled below (and stops there); this one is for Esc with the focus elsewhere.
    const onEscape = (event: globalThis.KeyboardEvent) => {
      if (event.key === "Escape") setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("keydown", onEscape);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("keydown", onEscape);
    };
  }, [open, popover]);

  // Focus leaving for another element of the page (Tab past the last link); not for another window or tab.
  const onBlur = (event: FocusEvent) => {
    if (popover && open && event.relatedTarget && !root.current?.contains(event.relatedTarget as Node)) setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !open) return;
    event.preventDefault();
    event.stopPropagation();
    setOpen(false);
    button.current?.focus();
  };
  // A client-side navigation keeps this component mounted, so a followed link must close the panel itself.
  const onClick = (event: MouseEvent) => {
    if ((event.target as HTMLElement).closest("a")) setOpen(false);
  };

  return (
    <div ref={root} className="contents" onKeyDown={onKeyDown} onBlur={onBlur}>
      {hydrated ? (
        <button
          ref={button}
          type="button"
          aria-expanded={open}
          aria-controls={id}
          aria-label={ariaLabel}
          className={buttonClassName}
          onClick={() => setOpen(!open)}
        >
          {label}
        </button>
      ) : (
        <a href={`#${id}`} aria-label={ariaLabel} className={buttonClassName}>
          {label}
        </a>
      )}
      <div id={id} data-open={open ? "" : undefined} className={panelClassName} onClick={onClick}>
        {children}
      </div>
    </div>
  );
}
