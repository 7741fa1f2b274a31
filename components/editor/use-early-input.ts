"use client";
import { useEffect, type RefObject } from "react";

/**
 * On a slow connection the editor's server-rendered fields take typing before React has hydrated them. That text is
 * in the DOM but not in React's state, and React's next render of the field puts the state back: the text is lost.
 * After hydration, each field whose value differs from what the server rendered gets the event React missed, so its
 * own onChange adopts the value (and autosave saves it).
 */
export function useEarlyInput(form: RefObject<HTMLFormElement | null>) {
  useEffect(() => {
    let stopped = false;
    // Read every early value first: each adoption re-renders the editor, which resets the fields not yet adopted.
    const changed = Array.from(form.current?.elements ?? [])
      .filter(changedBeforeHydration)
      .map((field) => ({ field, typed: field instanceof HTMLInputElement && field.type === "checkbox" ? field.checked : field.value }));
    void (async () => {
      for (const { field, typed } of changed) {
        if (stopped) return;
        adopt(field, typed);
        // The editor's handlers merge into the values of their last render: let React render before the next one.
        await new Promise((resolve) => setTimeout(resolve));
      }
    })();
    return () => {
      stopped = true;
    };
  }, [form]);
}

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const renderedOption = (select: HTMLSelectElement) => Array.from(select.options).find((option) => option.defaultSelected) ?? select.options[0];

function changedBeforeHydration(element: Element): element is Field {
  if (element instanceof HTMLInputElement) {
    if (element.type === "checkbox") return element.checked !== element.defaultChecked;
    return element.type !== "radio" && element.type !== "file" && element.value !== element.defaultValue;
  }
  if (element instanceof HTMLTextAreaElement) return element.value !== element.defaultValue;
  if (element instanceof HTMLSelectElement) return element.value !== (renderedOption(element)?.value ?? element.value);
  return false;
}

function adopt(field: Field, typed: string | boolean) {
  if (typeof typed === "boolean") {
    // The opposite state (React's tracker learns it too), then a real click: React sees the change to `typed`.
    (field as HTMLInputElement).checked = !typed;
    field.click();
    return;
  }
  // Through React's tracking setter first, so that it believes the field holds what was rendered: React drops an
  // event whose value its tracker already knows.
  field.value = field instanceof HTMLSelectElement ? renderedOption(field)!.value : field.defaultValue;
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), "value")!.set!.call(field, typed);
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? "change" : "input", { bubbles: true }));
}
