// Runs the delivery worker on its own, against DATABASE_URL, for test/delivery-crash.test.ts (which kills it with
// SIGKILL mid-delivery). The server runs the same worker from instrumentation.ts.
import { startDeliveryWorker } from "@/lib/notifications/worker";

startDeliveryWorker();
process.stdout.write("worker started\n");
