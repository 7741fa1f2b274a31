/** A save's time as the editor says it everywhere ("14:02"). */
export const clock = (at: number | string) => new Date(at).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

/** Who saved a newer version and when ("Ann saved at 14:02"), or `unnamed` when the server did not say who. */
export const whoSaved = (version: { savedBy: string | null; savedAt: string | null }, unnamed: string) =>
  `${version.savedBy ? `${version.savedBy} saved` : unnamed}${version.savedAt ? ` at ${clock(version.savedAt)}` : ""}`;
