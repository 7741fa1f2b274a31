import { expect, test } from "@playwright/test";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("/api renders the API reference from the OpenAPI document on the server", async ({ page, request }) => {
    const doc = (await (await request.get("/api/v1/openapi.json")).json()) as { paths: Record<string, Record<string, unknown>> };
    const operations = Object.values(doc.paths).reduce((n, methods) => n + Object.keys(methods).length, 0);
    await page.goto("/api");
    await expect(page.getByRole("heading", { level: 1, name: "API" })).toBeVisible();
    await expect(page.locator('a[href="/api/v1/openapi.json"]')).toBeVisible();
    // One section per operation, each reachable from the endpoint list.
    await expect(page.getByRole("navigation", { name: "Endpoints" }).getByRole("link")).toHaveCount(operations);
    const create = page.getByRole("region", { name: "POST /api/v1/postmortems" });
    await expect(create.getByRole("table", { name: "Request body of POST /api/v1/postmortems" }).getByRole("row", { name: /teamId/ })).toContainText(
      "required",
    );
    const list = page.getByRole("region", { name: "GET /api/v1/postmortems" });
    await expect(list.getByRole("table", { name: "Parameters of GET /api/v1/postmortems" }).getByRole("row", { name: /severity/ })).toContainText(
      "production",
    );
    // Answers fold away in <details>, which opens without JavaScript.
    await list.getByText("200: One page of postmortems you may see").click();
    await expect(list.getByRole("table", { name: "Answer of GET /api/v1/postmortems" })).toContainText("items[].slug");
  });
});
