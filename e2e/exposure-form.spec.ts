import { expect, test } from "@playwright/test";

test("Clear forgets the previous answers, so a new answer does not silently include them", async ({ page }) => {
  await page.goto("/exposure?platform=gke&admission=opa");
  await expect(page.getByRole("checkbox", { name: "OPA / Gatekeeper" })).toBeChecked();
  await page.getByRole("link", { name: "Clear" }).click();
  await expect(page).toHaveURL(/\/exposure$/);
  await expect(page.getByRole("checkbox", { name: "OPA / Gatekeeper" })).not.toBeChecked();
  await expect(page.getByRole("radio", { name: "GKE" })).not.toBeChecked();
  await page.getByRole("radio", { name: "EKS" }).check();
  await page.getByRole("checkbox", { name: "AWS VPC CNI" }).check();
  await page.getByRole("button", { name: "Show my exposure" }).click();
  await expect(page).toHaveURL(/\/exposure\?platform=eks&cni=aws-vpc-cni$/);
  await expect(page.getByText("You chose EKS, AWS VPC CNI.")).toBeVisible();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("an answered stack shows the stories first, with the questions folded away", async ({ page }) => {
    await page.goto("/exposure?platform=eks&cni=aws-vpc-cni");
    const stories = page.getByRole("heading", { name: "Stories like your stack" });
    expect((await stories.boundingBox())!.y).toBeLessThan(600);
    await expect(page.getByRole("radio", { name: "EKS" })).toBeHidden();
    const toggle = page.getByRole("button", { name: "Change your answers (2 chosen)" });
    await toggle.click();
    await expect(page.getByRole("radio", { name: "EKS" })).toBeChecked();
    await page.getByRole("radio", { name: "GKE" }).check();
    await page.getByRole("button", { name: "Show my exposure" }).click();
    await expect(page).toHaveURL(/platform=gke&cni=aws-vpc-cni/);
  });

  test("before answering, the questions are open", async ({ page }) => {
    await page.goto("/exposure");
    await expect(page.getByRole("radio", { name: "EKS" })).toBeVisible();
  });
});
