// Issue 14, items 2, 4, 6, 8, 15, 16 and 17, as a user meets them: late renewals, bars said
// early and when they end, the printed result's header and footer, the guide's own numbering,
// links back to questions, English, the calendar file, and the start page's buttons.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { test, expect, openRoute, expectNoAxeViolations, SCREEN_SIZES, screenshotFolder } from "./fixtures";
import { SCENARIOS, completeSelfCheck, continueButton, type Scenario } from "./self-check-flow";

async function screenshots(page: Page, name: string) {
  const folder = screenshotFolder();
  for (const [, width, height] of SCREEN_SIZES) {
    await page.setViewportSize({ width, height });
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at ${width}px scrolls sideways`).toBeLessThanOrEqual(width);
    await page.screenshot({ path: `${folder}/${name}-${width}x${height}.png`, fullPage: true });
  }
}

const RENEWAL: Scenario = { ...SCENARIOS[9], date: "2027-07-01", expiry: "2027-06-30" };
const deadlineIds = (page: Page) => page.locator("ul.deadlines > li").evaluateAll((els) => els.map((el) => el.getAttribute("data-deadline")));

test("a late renewal marks passed dates, lists them in date order and offers a calendar of future ones only", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2027-07-01T09:00:00"));
  await completeSelfCheck(page, RENEWAL);
  expect(await deadlineIds(page)).toEqual(["renewal-submit", "renewal-decision", "submission", "renewal-handling"]);
  await expect(page.locator("ul.deadlines [data-deadline=renewal-submit] [data-date-status]")).toHaveText("已过");
  await expect(page.locator("ul.deadlines [data-deadline=renewal-decision] [data-date-status]")).toHaveText("已过");
  await expect(page.locator("ul.deadlines [data-deadline=renewal-handling] [data-date-status]")).toHaveText("还剩 30 天");
  await expect(page.locator("ul.deadlines [data-deadline=renewal-handling]")).toContainText("自提交日 2027-07-01 起算");
  await expect(page.getByRole("button", { name: "下载日历文件（.ics）" })).toBeVisible();
  await screenshots(page, "late-renewal");
  await expectNoAxeViolations(page, "late renewal result");

  // A month later every date has passed: no calendar file, and the page says why.
  await page.clock.setFixedTime(new Date("2027-08-05T09:00:00"));
  await page.reload();
  await expect(page.locator("ul.deadlines [data-deadline=renewal-handling] [data-date-status]")).toHaveText("已过");
  await expect(page.getByRole("button", { name: "下载日历文件（.ics）" })).toHaveCount(0);
  await expect(page.locator("[data-no-calendar]")).toHaveText("这些日期都已过去，因此不提供日历文件。");
});

test("an early renewal lists its handling end after the submission it follows", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2027-01-04T09:00:00"));
  await completeSelfCheck(page, { ...SCENARIOS[9], date: "2027-01-04", expiry: "2027-06-30" });
  expect(await deadlineIds(page)).toEqual(["submission", "renewal-handling", "renewal-submit", "renewal-decision"]);
  await expect(page.locator("[data-step=renewal-operation] .timeline__date")).toContainText("2027-02-03");
  await expect(page.locator("[data-step=renewal-operation] .timeline__date")).toContainText("自提交日 2027-01-04 起算");
});

test("the calendar file is named by procedure and institution and carries reminders", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2027-04-01T09:00:00"));
  await page.addInitScript(() => localStorage.setItem("henan-filing.forms", JSON.stringify({ application: { unit_name: "新乡某某/有限公司" } })));
  await completeSelfCheck(page, SCENARIOS[9]);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "下载日历文件（.ics）" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("评价机构备案续期-新乡某某-有限公司-deadlines.ics");
  const text = (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  expect(await text).toMatch(/BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P7D/);
  expect(await text).toContain("TRIGGER:-P1D");
});

const ABNORMAL: Scenario = { ...SCENARIOS[1], place: "新乡市" };

test("a bar is said on the page that answered it, with the day it ends, and the result states the finding", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-12-01T09:00:00"));
  await openRoute(page, "/procedure/first-social-org");
  await page.getByRole("button", { name: "开始自查" }).click();
  // Until the legal form and the place are known, no total is promised.
  await expect(page.locator(".caption")).toContainText("第 1 步（总步数取决于您的回答）");
  await page.getByRole("radio", { name: "企业", exact: true }).check();
  await continueButton(page).click();
  await continueButton(page).click();
  await page.getByLabel("申请单位在哪个省辖市或示范区？").selectOption({ label: "新乡市" });
  await continueButton(page).click();
  await expect(page.locator("h1")).toHaveText("登记和信用记录");
  await expect(page.locator(".caption")).toContainText("第 4 步，共 8 步");
  await expect(page.locator("[data-bar-notice]")).toHaveCount(0);
  await page.locator("fieldset:has(#abnormal-listed)").getByRole("radio", { name: "是", exact: true }).check();
  await page.locator("#abnormal-from").fill("2024-01-10");
  await page.locator("#abnormal-until").fill("2024-06-30");
  const notice = page.locator("[data-bar-notice]");
  await expect(notice).toContainText("这一回答使本机构暂不能申请");
  await expect(notice.locator("[data-bar=social-no-abnormal-operation]")).toContainText("3 年内曾被列入经营异常名录");
  await expect(notice).toContainText("可于2027-07-01起申请");
  await expect(notice).toContainText("第二部分（七）2.（4）");
  await screenshots(page, "records-bar-notice");
  await expectNoAxeViolations(page, "records page with a bar");
  await notice.getByRole("link", { name: "查看自查结果" }).click();
  await expect(page.locator("h1")).toHaveText("暂不符合");
  const rule = page.locator("#to-fix ~ ul [data-rule=social-no-abnormal-operation]");
  await expect(rule.locator(".rule__statement")).toHaveText("3 年内曾被列入经营异常名录");
  await expect(rule).toContainText("可于2027-07-01起申请");
  // The guide's own numbering, with the compact id.
  await expect(rule.locator(".citation__summary")).toHaveText("依据指南 第二部分（七）2.（4） [2.7.2(4)]");
  // Not invited to fill in the forms as if ready; they stay reachable, with the warning.
  await expect(page.getByRole("link", { name: "填写备案表格" })).toHaveCount(0);
  await expect(page.locator("[data-forms-not-ready]")).toContainText("现在提交会被退回");
  await expect(page.getByRole("link", { name: "仍要填写表格" })).toHaveAttribute("href", "forms/#/");
});

test("a needs-confirmation item links back to its question and advises answering it", async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem("seeded")) return;
    sessionStorage.setItem("seeded", "1");
    const draft = { procedure: "first-social-org", legal_form: "enterprise", place: "4107", application_date: "2026-12-01" };
    localStorage.setItem("henan-filing.draft", JSON.stringify({ schema_version: 2, draft }));
  });
  await openRoute(page, "/result");
  await expect(page.locator("h1")).toHaveText("需进一步确认");
  const rule = page.locator("#to-fix ~ ul [data-rule=social-no-bad-record]");
  await expect(rule.locator(".rule__fix")).toContainText("回答这一问题即可判断");
  await expect(rule).not.toContainText("不能申报");
  await rule.getByRole("link", { name: "修改这一回答" }).click();
  await expect(page.locator("h1")).toHaveText("禁止性规定");
});

test("the printed result has a header and footer with real page numbers", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2027-04-01T09:00:00"));
  await page.addInitScript(() => localStorage.setItem("henan-filing.forms", JSON.stringify({ application: { unit_name: "新乡某某有限公司" } })));
  await completeSelfCheck(page, SCENARIOS[9]);
  const folder = mkdtempSync(join(tmpdir(), "result-print-"));
  const path = join(folder, "result.pdf");
  writeFileSync(path, await page.pdf({ preferCSSPageSize: true }));
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [path], { encoding: "utf8" }))![1]);
  expect(pages).toBeGreaterThan(1);
  const text = execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" }).split("\f").filter((sheet) => sheet.trim());
  expect(text).toHaveLength(pages);
  for (const [index, sheet] of text.entries()) {
    expect(sheet).toContain("评价机构备案续期 · 新乡某某有限公司 · 打印于 2027-04-01");
    expect(sheet).toContain("河南省职业技能等级评价机构备案工作指南（2024年版）");
    expect(sheet).toMatch(/版本 \d+\.\d+\.\d+/);
    expect(sheet).toContain(`第 ${index + 1} 页，共 ${pages} 页`);
  }
});

test("in English: office names translated, English punctuation, each procedure's own words", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2027-04-01T09:00:00"));
  await completeSelfCheck(page, SCENARIOS[9]);
  await page.getByRole("button", { name: /English/ }).click();
  await expect(page.locator("h1")).toHaveText("You can apply for renewal");
  await expect(page.locator("[data-authority]")).toHaveText("Xinxiang Municipal Human Resources and Social Security Bureau (skill evaluation guidance unit)");
  const main = await page.locator("main").innerText();
  expect(main).not.toContain("You can file");
  // Full-width colons only inside Chinese quotations of the guide (closed, so not rendered).
  const lines = main.split("\n").filter((line) => line.includes("："));
  expect(lines).toEqual([]);
});

test("the delete button stays red on hover, and the large-text toggle shows its state", async ({ page }) => {
  await openRoute(page, "/");
  const remove = page.getByRole("button", { name: "删除本设备上的全部数据" });
  await remove.hover();
  const colour = await remove.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(colour).toBe("rgb(138, 10, 23)");
  const toggle = page.getByRole("button", { name: "大字模式" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  const off = await toggle.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el, "::before").content]);
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  const on = await toggle.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el, "::before").content]);
  expect(on[0]).not.toBe(off[0]);
  expect(on[1]).toBe('"✓ "');
  await screenshots(page, "start-large-text-on");
});
