import { expect, type Page } from "@playwright/test";

// React renders this placeholder on forms whose action is a server function; it is React's own, not user text.
const REACT_FORM_PLACEHOLDER = "javascript:throw new Error('A React form was unexpectedly submitted";

/** Nothing ran, no dialog opened, and the page holds no executable markup derived from user text. */
export async function expectInert(page: Page, dialogs: string[], where: string) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), `${where}: window.__xss`).toBeUndefined();
  expect(dialogs, `${where}: dialogs`).toEqual([]);
  const dangerous = await page.locator("#main").evaluate((main, placeholder) => {
    const found: string[] = [];
    for (const el of main.querySelectorAll("*")) {
      if (["SCRIPT", "IFRAME", "OBJECT", "EMBED", "BASE", "META", "LINK", "STYLE", "FRAMESET", "FRAME"].includes(el.tagName)) found.push(el.tagName);
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) found.push(`${el.tagName}[${attr.name}]`);
        if (
          /^(href|src|action|formaction|xlink:href|data|srcdoc|background)$/i.test(attr.name) &&
          /^\s*(javascript|data|vbscript):/i.test(attr.value) &&
          !attr.value.startsWith(placeholder)
        ) {
          found.push(`${el.tagName}[${attr.name}=${attr.value.slice(0, 40)}]`);
        }
      }
    }
    return found;
  }, REACT_FORM_PLACEHOLDER);
  expect(dangerous, `${where}: executable markup`).toEqual([]);
}

/** Records every dialog a page opens (and dismisses it), for expectInert. */
export function collectDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}
