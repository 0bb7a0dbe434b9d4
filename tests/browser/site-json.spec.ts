// The host's site.json (README "The host's site.json"): a year's holiday arrangement it carries
// is used for the working days and named as the host's; without it the date is an estimate; a
// broken file or entry is reported in the console and the page works on.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { test, expect, openRoute, takeErrors } from "./fixtures";
import { completeSelfCheck, type Scenario } from "./self-check-flow";

// page.route serves site.json: the page fetches it once at start, before the service worker
// (installed on this first visit) controls the page, so the route sees the request.

// Playwright runs from the repository root (playwright.config.ts).
const EXAMPLE = JSON.parse(readFileSync("examples/site.json", "utf8"));

// Notice from Monday 2027-01-18, applying on 2027-03-01: on the estimate the 30 working days end
// on 02-26; the example's (invented) 2027 arrangement has a week of 春节 in them (03-08).
const TERMINATION_2027: Scenario = {
  name: "termination into 2027", procedure: "termination", filedAs: "用人单位", legalForm: "企业", place: "新乡市",
  date: "2027-03-01", noticeStart: "2027-01-18",
  expect: { verdict: "", authority: "place-hrss", steps: [], materials: [] },
};

async function serveSiteJson(page: Page, body: string) {
  await page.route("**/site.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body }));
}

const deadline = (page: Page) => page.locator("[data-deadline=termination-earliest-application]");
const year2027 = (page: Page) => page.locator("[data-calendar-year='2027']");

test("a 2027 arrangement in site.json gives the exact date and the verdict; a bad entry is left out and logged", async ({ page, watch }) => {
  const badEntry = { year: 2028, papers: ["https://example.org/2028"], days: [{ name: "元旦", date: "2028-13-01", isOffDay: true }] };
  await serveSiteJson(page, JSON.stringify({ ...EXAMPLE, holidays: [...EXAMPLE.holidays, badEntry] }));
  await completeSelfCheck(page, TERMINATION_2027);
  await expect(page.locator("h1")).toHaveText("暂不符合");
  await expect(deadline(page)).toContainText("2027-03-08");
  await expect(deadline(page)).not.toContainText("估算");
  await expect(year2027(page)).toHaveAttribute("data-calendar-source", "host");
  await expect(year2027(page)).toContainText("本站提供的节假日安排 https://example.org/invented-2027-holiday-arrangement");
  await expect(page.locator("[data-rule=termination-notice-served]").first()).toContainText("早7天");
  expect(takeErrors(watch, "site.json:")).toEqual([
    "console: site.json: holidays[1]: 2028: days[0].date: not a date YYYY-MM-DD of 2028 (or late 2027); the entry is ignored",
  ]);
});

test("without a 2027 arrangement the date is an estimate and the rule waits for it", async ({ page }) => {
  // dist/site.json as built: no years.
  await completeSelfCheck(page, TERMINATION_2027);
  await expect(page.locator("h1")).toHaveText("需进一步确认");
  await expect(deadline(page)).toContainText("2027-03-01（估算）");
  await expect(year2027(page)).toHaveAttribute("data-calendar-source", "estimated");
  await expect(year2027(page)).toContainText("2027年：安排尚未公布，日期为估算");
  await expect(page.locator("[data-rule=termination-notice-served]").first()).toContainText("须在安排公布后确认");
});

test("a broken site.json is reported in the console and ignored", async ({ page, watch }) => {
  await serveSiteJson(page, "{ \"holidays\": [");
  await completeSelfCheck(page, TERMINATION_2027);
  await expect(page.locator("h1")).toHaveText("需进一步确认");
  await expect(deadline(page)).toContainText("2027-03-01（估算）");
  const errors = takeErrors(watch, "site.json:");
  expect(errors).toHaveLength(1);
  expect(errors[0]).toContain("console: site.json: not a JSON document");
});

// Issue 14, item 5: the receiving office's contacts as the host publishes them, and its notice.
const EMPLOYER_XINXIANG: Scenario = {
  name: "employer in 新乡", procedure: "first-employer", legalForm: "企业", place: "新乡市", date: "2026-12-01",
  occupations: [{ search: "6-18-01-01", level: "四级/中级工", standard: "国家职业（技能）标准" }],
  expect: { verdict: "", authority: "place-hrss", steps: [], materials: [] },
};

test("the receiving office's contacts and the host's notice come from site.json; a bad office is logged and left out", async ({ page, watch }) => {
  const offices = { ...EXAMPLE.offices, "place-hrss@9999": { address: "x" } };
  await serveSiteJson(page, JSON.stringify({ ...EXAMPLE, offices }));
  await completeSelfCheck(page, EMPLOYER_XINXIANG);
  const contacts = page.locator("[data-office-contacts]");
  await expect(contacts).toContainText("示例：某某路 1 号（虚构地址）");
  await expect(contacts).toContainText("示例：0000-0000000（虚构）");
  await expect(contacts).toContainText("示例：工作日 9:00–12:00，14:00–17:00");
  await expect(contacts).toContainText("示例：窗口现场提交纸质材料");
  await expect(page.locator("[data-site-notice]")).toContainText("示例市人力资源和社会保障局（示例，非真实机构） 示例通知");
  await openRoute(page, "/");
  await expect(page.locator("[data-site-notice]")).toBeVisible();
  expect(takeErrors(watch, "site.json:")).toEqual([
    "console: site.json: offices.place-hrss@9999: not an office of the routes (an office id, and @place code for a place's office); ignored",
  ]);
});

test("without contacts the result names the office and says to ask it", async ({ page }) => {
  // dist/site.json as built: no offices.
  await completeSelfCheck(page, EMPLOYER_XINXIANG);
  await expect(page.locator("[data-office-contacts]")).toHaveAttribute("data-office-contacts", "none");
  await expect(page.locator("[data-office-contacts]")).toHaveText("地址、电话和办公时间请向新乡市人力资源和社会保障局（组织人社局）技能人才评价指导部门咨询（指南未列出）。");
  await expect(page.locator("[data-site-notice]")).toHaveCount(0);
});
