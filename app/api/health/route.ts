import { apiRoute } from "@/lib/api/api-route";
import { json } from "@/lib/api/respond";
import { checkHealth } from "@/lib/data/health";

// Never prerendered or cached: every call asks the database.
export const dynamic = "force-dynamic";

async function health() {
  const report = await checkHealth();
  return json(report, report.status === "ok" ? 200 : 503);
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute({ GET: health });
