// The forms page: every form a self-check needs, filled in, checked, printed on A4 (PDF from
// Chromium, read back with poppler's pdftotext), saved as a package and opened again.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations } from "./fixtures";
import { SCENARIOS, completeSelfCheck } from "./self-check-flow";

const scenario = (name: string) => SCENARIOS.find((s) => s.name === name)!;

/** From the self-check's result to the forms page. */
async function openForms(page: Page) {
  await page.getByRole("link", { name: "填写备案表格" }).click();
  await expect(page.locator("h1")).toHaveText("填写备案表格");
}

test("smoke: the forms page opens from a result", async ({ page }) => {
  await completeSelfCheck(page, scenario("social organisation first filing"));
  await openForms(page);
  await page.screenshot({ path: "target/forms-overview.png", fullPage: true });
  await page.getByRole("link", { name: "河南省职业技能等级评价机构备案申请表", exact: true }).click();
  await expect(page.locator("h1")).toContainText("附件1");
  await page.screenshot({ path: "target/forms-application.png", fullPage: true });
  await page.getByRole("button", { name: "检查本表" }).click();
  await page.screenshot({ path: "target/forms-application-errors.png", fullPage: true });
  await page.getByRole("link", { name: "打印预览" }).first().click();
  await page.screenshot({ path: "target/forms-print.png", fullPage: true });
});
