"use client";

import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";
import { useHydrated } from "@/components/layout/use-hydrated";

/**
 * A button that shows and hides a panel (the disclosure pattern): aria-expanded and aria-controls on the button,
 * Esc closes and returns focus to it, following a link inside closes it. Before JavaScript runs (or without it)
 * the button is a link to the panel, and CSS shows the panel while it is the URL's :target.
 * The panel's classes decide at which widths it collapses at all (data-open is set while open).
 */
export function Disclosure({
  id,
  label,
  ariaLabel,
  buttonClassName,
  panelClassName,
  closeOnOutsideClick = false,
  children,
}: {
  id: string;
  label: ReactNode;
  /** The button's name when its label is only an icon. */
  ariaLabel?: string;
  buttonClassName: string;
  panelClassName: string;
  closeOnOutsideClick?: boolean;
  children: ReactNode;
}) {
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open || !closeOnOutsideClick) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open, closeOnOutsideClick]);

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
    <div ref={root} className="contents" onKeyDown={onKeyDown}>
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
