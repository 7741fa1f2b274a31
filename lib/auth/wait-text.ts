/** "40 seconds", "15 minutes": how long until a rate limit lets the next attempt through. */
export function waitText(seconds: number) {
  if (seconds < 90) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  return `${Math.ceil(seconds / 60)} minutes`;
}
