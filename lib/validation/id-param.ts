/** A numeric route id, or null for anything else ("12abc", "-1", huge numbers), so pages can answer 404. */
export function parseId(raw: string | undefined): number | null {
  if (!raw || !/^\d{1,9}$/.test(raw)) return null;
  const id = Number(raw);
  return id > 0 ? id : null;
}
