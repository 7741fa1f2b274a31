"use client";

import { Monitor, Moon, Sun } from "lucide";
import { Icon } from "@/components/icon";
import { useSyncExternalStore } from "react";

const THEMES = ["system", "light", "dark"] as const;
type Theme = (typeof THEMES)[number];
const LABELS: Record<Theme, string> = { system: "System theme", light: "Light theme", dark: "Dark theme" };
const ICONS = { system: Monitor, light: Sun, dark: Moon } satisfies Record<Theme, unknown>;

// The stored choice is external state: read it with useSyncExternalStore, and tell subscribers when it changes here
// (the storage event only fires in other tabs).
const listeners = new Set<() => void>();
function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}
function storedTheme(): Theme {
  try {
    const stored = localStorage.getItem("theme");
    return stored === "light" || stored === "dark" ? stored : "system";
  } catch {
    return "system"; // storage blocked: the system theme applies
  }
}

/** Cycles system → light → dark; the choice is kept in localStorage and applied before paint by ThemeScript. */
export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribe, storedTheme, () => "system" as Theme);

  function cycle() {
    const next = THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length]!;
    try {
      if (next === "system") localStorage.removeItem("theme");
      else localStorage.setItem("theme", next);
    } catch {
      // Storage blocked: the choice still applies to this page.
    }
    if (next === "system") document.documentElement.removeAttribute("data-theme");
    else document.documentElement.setAttribute("data-theme", next);
    listeners.forEach((listener) => listener());
  }

  return (
    <button
      type="button"
      onClick={cycle}
      className="btn-quiet size-9 shrink-0 px-0"
      aria-label={`${LABELS[theme]} (change theme)`}
      title={LABELS[theme]}
    >
      <Icon node={ICONS[theme]} className="size-4" />
    </button>
  );
}
