import { notFoundJson } from "@/lib/api/respond";

// Unknown API paths answer JSON, not the HTML 404 page.
const unknown = () => notFoundJson("API endpoint");
export { unknown as GET, unknown as POST, unknown as PUT, unknown as PATCH, unknown as DELETE };
