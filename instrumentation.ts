// Runs once when a server instance starts: the outbox's delivery worker lives inside the server (one per instance;
// they share the work safely, see lib/data/deliveries.ts). Not during `next build`, and only in the Node runtime.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startDeliveryWorker } = await import("@/lib/notifications/worker");
  startDeliveryWorker();
}
