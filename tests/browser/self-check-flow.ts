// The guided self-check driven as a user would: shared by the self-check, offline and embed
// tests. `completeSelfCheck` answers every page a scenario meets, whatever pages the rules ask.
import type { Page } from "@playwright/test";
import { expect, openRoute } from "./fixtures";

export type Scenario = {
  name: string;
  procedure: string;
  filedAs?: string; // label of the kind, for parts 四–七
  legalForm: string; // not asked on the school track (part 三, or filed as a school)
  schoolKind?: string;
  ownership?: string; // 公办 (the default) or 民办, for schools
  affiliations?: string[];
  place: string;
  occupations?: { search: string; level: string; standard: string }[];
  date: string;
  expiry?: string;
  noticeStart?: string;
  expect: { verdict: string; authority: string; steps: string[]; materials: string[]; deadlines?: Record<string, string> };
};

const ROW = { search: "chegong", level: "三级/高级工", standard: "国家职业（技能）标准" };
const NORM_ROW = { search: "6-18-01-01", level: "四级/中级工", standard: "经人社部备案公示的评价规范" };
const EMPLOYER_STEPS = ["employer-apply", "employer-accept", "employer-assess", "employer-file", "employer-publish"];
const SOCIAL_STEPS = ["social-apply", "social-accept", "social-assess", "social-public-notice", "social-file", "social-publish"];
const CHANGE = { verdict: "可以申请备案信息变更", steps: ["change-apply", "change-process"], materials: ["change-application-letter", "change-application-form", "change-evidence"] };
const INCREMENTAL_MATERIALS = ["incremental-application-letter", "incremental-application-form", "incremental-assets-proof", "incremental-question-bank", "incremental-assessor-credentials"];
const RENEWAL = { verdict: "可以申请续期", steps: ["renewal-apply", "renewal-decision", "renewal-operation"], materials: ["renewal-application-letter", "renewal-summary-report", "renewal-application-form"] };
const TERMINATION = { verdict: "可以申请终止备案", steps: ["termination-prepare", "termination-apply", "termination-assess", "termination-terminate"], materials: ["termination-application-letter", "termination-closing-plan"] };
const RENEWAL_DEADLINES = { "renewal-submit": "2027-05-01", "renewal-decision": "2027-05-31", "renewal-handling": "2027-05-01" };

export const SCENARIOS: Scenario[] = [
  { name: "employer first filing", procedure: "first-employer", legalForm: "企业", place: "新乡市", occupations: [NORM_ROW], date: "2026-12-01",
    expect: { verdict: "可以备案", authority: "place-hrss", steps: EMPLOYER_STEPS,
      materials: ["employer-application-letter", "employer-application-form", "employer-licences", "employer-integrity-pledge", "employer-implementation-plan", "employer-management-systems", "employer-evaluation-norms"] } },
  { name: "social organisation first filing", procedure: "first-social-org", legalForm: "企业", place: "洛阳市", occupations: [ROW], date: "2026-12-01",
    expect: { verdict: "可以备案", authority: "place-hrss", steps: SOCIAL_STEPS,
      materials: ["social-application-letter", "social-application-form", "social-licences", "social-integrity-pledge", "social-implementation-plan", "social-assets-proof", "social-question-bank", "social-assessor-credentials", "social-management-systems", "social-national-standards", "social-certificate-sample"] } },
  { name: "school first filing", procedure: "first-school", legalForm: "院校", schoolKind: "本科院校", place: "郑州市", occupations: [ROW], date: "2026-12-01",
    expect: { verdict: "可以备案", authority: "province-education", steps: ["school-apply", "school-preliminary-review", "school-assess", "school-file", "school-publish"],
      materials: ["school-application-letter", "school-application-form", "school-integrity-pledge", "school-implementation-plan", "school-management-systems", "school-other-evidence"] } },
  { name: "employer change", procedure: "information-change", filedAs: "用人单位", legalForm: "企业", place: "新乡市", date: "2026-12-01",
    expect: { authority: "place-hrss", ...CHANGE } },
  { name: "social organisation change", procedure: "information-change", filedAs: "社会培训评价组织", legalForm: "民办非企业单位", place: "开封市", date: "2026-12-01",
    expect: { authority: "place-hrss", ...CHANGE } },
  { name: "school change", procedure: "information-change", filedAs: "院校", legalForm: "院校", schoolKind: "技工院校", place: "南阳市", date: "2026-12-01",
    expect: { authority: "place-hrss", ...CHANGE } },
  { name: "employer incremental filing", procedure: "incremental", filedAs: "用人单位", legalForm: "中央企业驻豫分支机构", place: "郑州市", occupations: [ROW], date: "2026-12-01",
    expect: { verdict: "可以申请增量备案", authority: "province-hrss", steps: ["incremental-apply", "incremental-accept", "incremental-assess", "incremental-file", "incremental-publish"], materials: INCREMENTAL_MATERIALS } },
  { name: "social organisation incremental filing", procedure: "incremental", filedAs: "社会培训评价组织", legalForm: "企业", place: "新乡市", occupations: [ROW], date: "2026-12-01",
    expect: { verdict: "可以申请增量备案", authority: "place-hrss", steps: ["incremental-apply", "incremental-accept", "incremental-assess", "incremental-public-notice", "incremental-file", "incremental-publish"], materials: INCREMENTAL_MATERIALS } },
  { name: "school incremental filing", procedure: "incremental", filedAs: "院校", legalForm: "院校", schoolKind: "地方所属中等职业学校", place: "商丘市", occupations: [ROW], date: "2026-12-01",
    expect: { verdict: "可以申请增量备案", authority: "place-education", steps: ["incremental-apply", "incremental-accept-education", "incremental-preliminary-review", "incremental-assess", "incremental-file", "incremental-publish"], materials: INCREMENTAL_MATERIALS } },
  { name: "employer renewal", procedure: "renewal", filedAs: "用人单位", legalForm: "企业", place: "新乡市", date: "2027-04-01", expiry: "2027-06-30",
    expect: { authority: "place-hrss", ...RENEWAL, deadlines: RENEWAL_DEADLINES } },
  { name: "social organisation renewal", procedure: "renewal", filedAs: "社会培训评价组织", legalForm: "社会团体", place: "许昌市", date: "2027-04-01", expiry: "2027-06-30",
    expect: { authority: "place-hrss", ...RENEWAL, deadlines: RENEWAL_DEADLINES } },
  // Filed with the provincial department it was recommended to (3.9.2), supervised in 郑州: the
  // supervising place's opinion comes first (6.4.1).
  { name: "school renewal", procedure: "renewal", filedAs: "院校", legalForm: "院校", schoolKind: "高等职业学校", place: "郑州市", date: "2027-04-01", expiry: "2027-06-30",
    expect: { verdict: RENEWAL.verdict, authority: "province-hrss", steps: ["renewal-supervising-opinion", ...RENEWAL.steps], materials: RENEWAL.materials, deadlines: RENEWAL_DEADLINES } },
  { name: "employer termination", procedure: "termination", filedAs: "用人单位", legalForm: "企业", place: "新乡市", date: "2025-10-17", noticeStart: "2025-09-01",
    expect: { authority: "place-hrss", ...TERMINATION, deadlines: { "termination-earliest-application": "2025-10-17" } } },
  { name: "social organisation termination", procedure: "termination", filedAs: "社会培训评价组织", legalForm: "企业", place: "济源示范区", date: "2025-10-17", noticeStart: "2025-09-01",
    expect: { authority: "place-hrss", ...TERMINATION } },
  { name: "school termination", procedure: "termination", filedAs: "院校", legalForm: "院校", schoolKind: "技工院校", place: "航空港区", date: "2025-10-16", noticeStart: "2025-09-01",
    expect: { ...TERMINATION, verdict: "暂不符合", authority: "place-hrss" } },
];

export const continueButton = (page: Page) => page.getByRole("button", { name: /^(继续|保存并返回核对页)$/ });

/** Each question page's heading: the URL changes a moment before the page is drawn, so a
 * test waits for the heading before it reads the page's fields. */
const PAGE_HEADINGS: Record<string, string> = {
  "filed-as": "已备案的机构类型",
  organisation: "单位性质",
  affiliations: "隶属和层级",
  place: "所在地",
  records: "登记和信用记录",
  conditions: "申请条件",
  prohibitions: "禁止性规定",
  occupations: "申报职业（工种）",
  request: "申请信息",
};

/** Answers whatever question page is shown, as the scenario says. */
async function answerPage(page: Page, s: Scenario, slug: string) {
  await expect(page.locator("h1")).toHaveText(PAGE_HEADINGS[slug]);
  switch (slug) {
    case "filed-as":
      await page.getByRole("radio", { name: s.filedAs!, exact: true }).check();
      break;
    case "organisation":
      // The school track asks the kind of school and 公办/民办 directly, not the legal form.
      if (await page.locator("#legal-form").count()) await page.getByRole("radio", { name: s.legalForm, exact: true }).check();
      if (s.schoolKind) await page.getByRole("radio", { name: s.schoolKind, exact: true }).check();
      if (await page.locator("#school-ownership").count()) await page.getByRole("radio", { name: s.ownership ?? "公办", exact: true }).check();
      break;
    case "affiliations":
      for (const affiliation of s.affiliations ?? []) await page.getByRole("checkbox", { name: affiliation }).check();
      break;
    case "place":
      await page.getByLabel("申请单位在哪个省辖市或示范区？").selectOption({ label: s.place });
      break;
    case "records":
      for (const group of await page.getByRole("group").all()) await group.getByRole("radio", { name: "否", exact: true }).check();
      break;
    case "conditions":
    case "prohibitions":
      for (const radio of await page.getByRole("radio", { name: "符合", exact: true }).all()) await radio.check();
      break;
    case "occupations":
      for (const [index, row] of (s.occupations ?? []).entries()) {
        await page.getByRole("button", { name: "添加职业（工种）" }).click();
        const n = index + 1;
        await page.locator(`#occupation-${n}-search`).fill(row.search);
        await expect(page.locator(`#occupation-${n}-results [role=option]`).first()).toBeVisible();
        // The combobox pattern: ↓ makes the first result active, Enter picks it.
        await page.locator(`#occupation-${n}-search`).press("ArrowDown");
        await page.locator(`#occupation-${n}-search`).press("Enter");
        const rowGroup = page.getByRole("group", { name: `第 ${n} 行` });
        await rowGroup.getByRole("checkbox", { name: row.level }).check();
        await rowGroup.getByRole("radio", { name: row.standard }).check();
        await rowGroup.getByRole("radio", { name: "已核对，在清单内" }).check();
        const count = page.locator(`#occupation-${n}-filed-count`);
        if (await count.count()) {
          await count.fill("1");
          await count.blur();
        }
      }
      break;
    case "request":
      // Asked only where a rule reads it (issue 14, item 15).
      if (await page.locator("#application-date").count()) await page.locator("#application-date").fill(s.date);
      if (s.expiry) {
        await page.locator("#filing-expiry").fill(s.expiry);
        await page.getByRole("group", { name: "备案期内是否受过处罚？" }).getByRole("radio", { name: "否" }).check();
      }
      if (s.noticeStart) await page.locator("#notice-start").fill(s.noticeStart);
      for (const radio of await page.getByRole("radio", { name: "符合", exact: true }).all()) await radio.check();
      break;
    default:
      throw new Error(`no answers for page ${slug}`);
  }
}

/** Runs a scenario from the procedure's start page to the result page. */
export async function completeSelfCheck(page: Page, s: Scenario, base = "/") {
  await openRoute(page, `/procedure/${s.procedure}`, base);
  await page.getByRole("button", { name: "开始自查" }).click();
  for (let pages = 0; pages < 12; pages++) {
    await expect(page).toHaveURL(/#\/(check\/[a-z-]+|review)$/);
    const match = /#\/check\/([a-z-]+)$/.exec(page.url());
    if (!match) break;
    await answerPage(page, s, match[1]);
    await continueButton(page).click();
    await expect(page).not.toHaveURL(new RegExp(`#/check/${match[1]}$`));
  }
  await expect(page.locator("h1")).toHaveText("核对您的回答");
  await page.getByRole("button", { name: "查看结果" }).click();
  await expect(page).toHaveURL(/#\/result$/);
}

export async function expectResult(page: Page, expected: Scenario["expect"]) {
  await expect(page.locator("h1")).toHaveText(expected.verdict);
  await expect(page.locator("[data-authority]")).toHaveAttribute("data-authority", expected.authority);
  expect(await page.locator("[data-step]").evaluateAll((els) => els.map((el) => el.getAttribute("data-step")))).toEqual(expected.steps);
  expect(await page.locator("[data-material]").evaluateAll((els) => els.map((el) => el.getAttribute("data-material")))).toEqual(expected.materials);
  for (const [id, date] of Object.entries(expected.deadlines ?? {})) {
    await expect(page.locator(`[data-deadline=${id}]`)).toContainText(date);
  }
}

/** The attachment forms a procedure needs from the applicant (the guide's materials; 附件5 and
 * 附件6 go with 附件2, whose sections三（三）and三（五）hand them in). */
export function formsNeeded(procedure: string): string[] {
  if (procedure.startsWith("first-")) return ["附件1", "附件2", "附件3", "附件5", "附件6"];
  switch (procedure) {
    case "information-change":
      return ["附件1"];
    case "incremental":
      return ["附件1", "附件5", "附件6"];
    case "renewal":
      return ["附件4"];
    default:
      return [];
  }
}

