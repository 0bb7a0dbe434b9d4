// Office formats through the page, as a user gets them: each form's DOCX or XLSX is made by the
// office worker, downloaded, and opened with LibreOffice headless (Debian's package), whose
// text must carry the form's values; rows of 附件5 and 附件6 come back from XLSX and CSV files,
// with one message per bad row.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";

const PACKAGES = join(__dirname, "packages");
const scratch = mkdtempSync(join(tmpdir(), "office-test-"));

async function openPackage(page: Page, file: string) {
  await page.goto("/forms/#/");
  await expect(page.locator("h1")).toHaveText("填写备案表格");
  await page.locator("#package-file").setInputFiles(file);
  // A second package asks before it replaces the first.
  const replace = page.getByRole("button", { name: "用数据包替换" });
  const done = page.getByText(/^已导入/);
  await expect(replace.or(done)).toBeVisible();
  if (await replace.isVisible()) await replace.click();
  await expect(done).toBeVisible();
}

/** Downloads one office file from a form page. */
async function download(page: Page, form: string, button: string) {
  await page.goto(`/forms/#/edit/${form}`);
  await expect(page.locator("h1")).toBeVisible();
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: button }).click();
  const file = await downloading;
  const path = join(scratch, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

/** Opens a file with LibreOffice headless and returns its text (every sheet of a workbook). */
function libreOfficeText(path: string): string {
  const out = mkdtempSync(join(scratch, "lo-"));
  // A profile of its own: two tests may convert at once.
  const profile = `-env:UserInstallation=file://${out}/profile`;
  const filter = path.endsWith(".docx") ? "txt:Text (encoded):UTF8" : "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
  execFileSync("soffice", [profile, "--headless", "--convert-to", filter, "--outdir", out, path], { stdio: "pipe", timeout: 120_000 });
  const files = readdirSync(out).filter((name) => /\.(txt|csv)$/.test(name));
  expect(files.length, `LibreOffice converted ${path}`).toBeGreaterThan(0);
  return files.map((name) => readFileSync(join(out, name), "utf8")).join("\n");
}

/** Converts a file to PDF with LibreOffice headless; returns its pages' text (pdftotext -layout). */
function libreOfficePdf(path: string): string[] {
  const out = mkdtempSync(join(scratch, "pdf-"));
  const profile = `-env:UserInstallation=file://${out}/profile`;
  execFileSync("soffice", [profile, "--headless", "--convert-to", "pdf", "--outdir", out, path], { stdio: "pipe", timeout: 120_000 });
  const pdf = join(out, readdirSync(out).find((name) => name.endsWith(".pdf"))!);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  const pageTexts = text.split("\f").slice(0, pages);
  expect(pageTexts.length).toBe(pages);
  return pageTexts;
}

test("附件1's DOCX never splits a row across pages, and each XLSX prints its columns on one page's width", async ({ page }) => {
  test.setTimeout(180_000);
  const complete = JSON.parse(readFileSync(join(PACKAGES, "complete-first-filing.json"), "utf8"));
  const row = complete.forms.application.occupations[0];
  for (const rows of [5, 9]) {
    // Five rows put the break inside the commitment box, nine inside the list of materials.
    complete.forms.application.occupations = Array.from({ length: rows }, (_, i) => ({ ...row, job_type: `工种${i + 1}` }));
    const file = join(scratch, `rows-${rows}.json`);
    writeFileSync(file, JSON.stringify(complete));
    await openPackage(page, file);
    const pages = libreOfficePdf((await download(page, "application", "下载 Word 文档（.docx）")).path);
    for (const [first, last] of [["☑1. 备案", "☑9. 其他"], ["本人承诺申报材料真实有效", "法定代表人签字"], ["法定代表人签字", "年"]]) {
      const where = pages.findIndex((text) => text.includes(first));
      expect(where, `${rows} rows: ${first}`).toBeGreaterThan(0);
      expect(pages[where].slice(pages[where].indexOf(first)), `${rows} rows: ${first} … ${last} on one page`).toContain(last);
    }
  }
  // The tables: every column on the first page (fit to the page's width), so one page each.
  await openPackage(page, join(PACKAGES, "complete-first-filing.json"));
  for (const [form, headings] of [["application", ["序号", "职业编码", "评价标准"]], ["equipment", ["职业（工种）", "名称", "权属"]]] as const) {
    const pages = libreOfficePdf((await download(page, form, "下载 Excel 表格（.xlsx）")).path);
    expect(pages.length, `${form}.xlsx: pages`).toBe(1);
    for (const heading of headings) expect(pages[0]).toContain(heading);
  }
});

test("every office file of a first filing opens in LibreOffice with the form's values", async ({ page }) => {
  // Five conversions by LibreOffice: more than the default 60 s when another test converts too.
  test.setTimeout(180_000);
  await openPackage(page, join(PACKAGES, "complete-first-filing.json"));
  const today = new Date().toISOString().slice(0, 10);
  const expectations: [string, string, string[]][] = [
    ["application", "下载 Word 文档（.docx）", ["河南省职业技能等级评价机构备案申请表", "新乡某职业培训学校有限公司", "91350100M000100Y43", "11010519491231002X", "6-18-01-01", "国标2018年版", "☑首次备案"]],
    ["application", "下载 Excel 表格（.xlsx）", ["职业编码", "6-18-01-01", "车工", "三级、四级、五级", "国标2018年版"]],
    ["plan", "下载 Word 文档（.docx）", ["职业技能等级认定工作实施方案", "一、单位基本情况", "见正文"]],
    ["equipment", "下载 Excel 表格（.xlsx）", ["设施设备清单", "数控车床", "CK6140", "自有"]],
    ["staff", "下载 Excel 表格（.xlsx）", ["考评人员队伍", "内部质量监督人员队伍", "王五", "11010519491231002X", "440524188001010014", "高级技师"]],
  ];
  for (const [form, button, values] of expectations) {
    const file = await download(page, form, button);
    expect(file.name).toMatch(new RegExp(`^新乡某职业培训学校有限公司-附件\\d-${today}\\.(docx|xlsx)$`));
    const text = libreOfficeText(file.path);
    for (const value of values) expect(text, `${file.name} in LibreOffice`).toContain(value);
  }
  // The files with ID numbers say so.
  await expect(page.getByRole("status").filter({ hasText: "已下载" })).toContainText("本文件含有个人信息");
});

test("附件4 as DOCX and the offices' 附件7 and 附件8 as XLSX open in LibreOffice", async ({ page }) => {
  await openPackage(page, join(PACKAGES, "complete-renewal.json"));
  const renewal = await download(page, "renewal", "下载 Word 文档（.docx）");
  const text = libreOfficeText(renewal.path);
  for (const value of ["备案续期申请表", "办公室主任", "office@example.cn", "300元", "备案续期起止日期"]) expect(text).toContain(value);

  // An office, with its own table only.
  await page.goto("/forms/#/edit/termination_summary");
  await page.getByLabel("填报单位").fill("新乡市人社局");
  await page.getByRole("button", { name: "添加一行" }).click();
  await page.getByRole("group", { name: "第 1 行" }).getByLabel("机构名称").fill("终止的机构");
  const termination = await download(page, "termination_summary", "下载 Excel 表格（.xlsx）");
  expect(termination.name).toMatch(/-附件8-/);
  const sheet = libreOfficeText(termination.path);
  for (const value of ["河南省职业技能等级评价机构终止备案汇总表", "填报单位：新乡市人社局", "是否有尚未入网的证书数据", "终止的机构"]) expect(sheet).toContain(value);
  await page.goto("/forms/#/edit/renewal_summary");
  await page.getByRole("button", { name: "添加一行" }).click();
  await page.getByRole("group", { name: "第 1 行" }).getByLabel("机构名称").fill("续期的机构");
  const summary = libreOfficeText((await download(page, "renewal_summary", "下载 Excel 表格（.xlsx）")).path);
  expect(summary).toContain("续期的机构");
  expect(summary).toContain("续期起止日期");
});

test("staff rows come from a CSV with a message per bad row, and equipment from the XLSX the page made", async ({ page }) => {
  await openPackage(page, join(PACKAGES, "complete-first-filing.json"));
  await page.goto("/forms/#/edit/staff");
  const csv = join(scratch, "考评员.csv");
  writeFileSync(
    csv,
    "\ufeff序号,姓名,身份证件号,职务/职称/技能等级,学历,考评职业（工种）\n" +
      "1,孙一,11010519491231002X,高级技师,本科,车工\n" +
      "2,,440524188001010014,技师,大专,车工\n" +
      "3,周二,440524188001010015,技师,大专,焊工\n" +
      "4,吴三,440524188001010014,技师,大专,焊工\n",
  );
  await page.getByLabel("导入到").selectOption({ label: "考评人员队伍" });
  await page.getByLabel("选择表格文件").setInputFiles(csv);
  const report = page.locator(".import-report");
  await expect(report).toContainText("“考评员.csv”：读取 4 行，可导入 2 行。");
  await expect(report.locator(".import-problems li")).toHaveText([/^第 3 行：缺少姓名$/, /^第 4 行：身份证件号：/]);
  await report.getByRole("button", { name: "导入 2 行到“考评人员队伍”，替换现有 2 行" }).click();
  await expect(report).toContainText("已导入2行。");
  const stored = JSON.parse((await page.evaluate(() => localStorage.getItem("henan-filing.forms")))!);
  expect(stored.forms.staff.assessors.map((m: { name: string }) => m.name)).toEqual(["孙一", "吴三"]);
  // The other tables are untouched.
  expect(stored.forms.staff.workers.map((m: { name: string }) => m.name)).toEqual(["王五"]);

  // 附件5: the page's own XLSX, edited elsewhere, comes back in.
  const exported = await download(page, "equipment", "下载 Excel 表格（.xlsx）");
  await page.getByLabel("选择表格文件").setInputFiles(exported.path);
  await expect(report).toContainText("可导入 2 行");
  await report.getByRole("button", { name: /^导入 2 行/ }).click();
  const after = JSON.parse((await page.evaluate(() => localStorage.getItem("henan-filing.forms")))!);
  expect(after.forms.equipment.groups.map((g: { items: unknown[] }) => g.items.length)).toEqual([1, 1]);

  // Not a spreadsheet: one message, nothing changed.
  const junk = join(scratch, "junk.xlsx");
  writeFileSync(junk, "not a spreadsheet");
  await page.getByLabel("选择表格文件").setInputFiles(junk);
  await expect(report).toContainText("文件不是可读取的XLSX表格");
  expect(await page.evaluate(() => localStorage.getItem("henan-filing.forms"))).toEqual(JSON.stringify(after, null, 2));
});
