// The forms page: every form a self-check needs, filled in, checked, printed on A4 (a PDF from
// Chromium, read back with poppler's pdftotext and pdfinfo), saved as a package and opened again.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations, SCREEN_SIZES, screenshotFolder } from "./fixtures";
import { SCENARIOS, completeSelfCheck } from "./self-check-flow";

const scenario = (name: string) => SCENARIOS.find((s) => s.name === name)!;
const PACKAGES = join(__dirname, "packages");
const COMPLETE_FIRST_FILING = join(PACKAGES, "complete-first-filing.json");
const COMPLETE_RENEWAL = join(PACKAGES, "complete-renewal.json");
const scratch = mkdtempSync(join(tmpdir(), "forms-test-"));

/** From the self-check's result to the forms page. */
async function openFormsFromResult(page: Page) {
  await page.getByRole("link", { name: "填写备案表格" }).click();
  await expect(page.locator("h1")).toHaveText("填写备案表格");
}

async function openFormsPage(page: Page, route = "/") {
  await page.goto(`/forms/#${route}`);
  await expect(page.locator("h1")).toBeVisible();
}

/** Opens a package file on the forms page, confirming the replacement when asked. */
async function openPackage(page: Page, file: string) {
  await page.locator("#package-file").setInputFiles(file);
  const replace = page.getByRole("button", { name: "用数据包替换" });
  const done = page.getByText(/^已导入/);
  await expect(replace.or(done)).toBeVisible();
  if (await replace.isVisible()) await replace.click();
  await expect(done).toBeVisible();
}

/** Prints the page as Chromium would (print media, the CSS page sizes) and reads the PDF back. */
async function printToPdf(page: Page, name: string) {
  const path = join(scratch, `${name}.pdf`);
  writeFileSync(path, await page.pdf({ preferCSSPageSize: true, printBackground: false }));
  const info = execFileSync("pdfinfo", [path], { encoding: "utf8" });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
  const text = execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" });
  const sizes: string[] = [];
  for (let n = 1; n <= pages; n++) {
    const pageInfo = execFileSync("pdfinfo", ["-f", String(n), "-l", String(n), path], { encoding: "utf8" });
    const [, width, height] = /Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/.exec(pageInfo)!;
    sizes.push(Number(width) > Number(height) ? "landscape" : "portrait");
  }
  // pdftotext separates pages with a form feed.
  // In drawing order, line by line: a box drawn at the end of a line is at the end of one here
  // (-layout may set a glyph of another font a line apart).
  const raw = execFileSync("pdftotext", ["-raw", path, "-"], { encoding: "utf8" });
  return { path, pages, text, raw, sizes, pageTexts: text.split("\f") };
}

/** The columns of one page of a PDF (rendered in grey at 100 dpi by poppler's pdftoppm) that
 * are dark from top to bottom for at least `share` of the page: a table's vertical lines. */
function verticalLines(pdf: string, pageNumber: number, share = 0.25): { lines: number[]; width: number } {
  const image = execFileSync("pdftoppm", ["-r", "100", "-gray", "-f", String(pageNumber), "-l", String(pageNumber), pdf], { maxBuffer: 64 << 20 });
  // A PGM: "P5\n<width> <height>\n255\n" then one byte a pixel.
  const header = image.subarray(0, 40).toString("latin1");
  const [, width, height] = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(header)!.map(Number);
  const start = image.length - width * height;
  const lines: number[] = [];
  for (let x = 0; x < width; x++) {
    let dark = 0;
    for (let y = 0; y < height; y++) if (image[start + y * width + x] < 110) dark++;
    if (dark > height * share) lines.push(x);
  }
  return { lines, width };
}

const storedForms = (page: Page) => page.evaluate(() => localStorage.getItem("henan-filing.forms"));
const storedDraft = (page: Page) => page.evaluate(() => localStorage.getItem("henan-filing.draft"));

test("an applicant fills in 附件1 by hand: checks, inline messages, a fix, and the print on A4", async ({ page }) => {
  await completeSelfCheck(page, scenario("social organisation first filing"));
  await openFormsFromResult(page);
  // The forms a first filing needs, in the guide's order.
  await expect(page.locator(".form-list").first().locator(".form-list__attachment")).toHaveText(["附件1", "附件2", "附件3", "附件5", "附件6"]);
  // 附件2 is the guide's sample: no sentence is written for the applicant.
  await page.getByRole("link", { name: "职业技能等级认定工作实施方案", exact: true }).click();
  await expect(page.locator("#field-plan-sections-evaluation-object")).toHaveValue("");
  await expect(page.locator("#field-plan-sections-occupation-scope")).toHaveValue("");
  await expect(page.locator(".form-page")).toContainText("可填写“见附件”");
  await page.getByRole("link", { name: "返回表格列表" }).first().click();
  await page.getByRole("link", { name: "河南省职业技能等级评价机构备案申请表", exact: true }).click();
  await expect(page.locator("h1")).toHaveText("附件1 河南省职业技能等级评价机构备案申请表");
  // Prefilled from the self-check: the occupation row and the institution type. The name is the
  // row's own (the forms page is built without the occupation table's names).
  await expect(page.locator("#field-application-occupations-0-code")).toHaveValue("6-18-01-01");
  await expect(page.locator("#field-application-occupations-0-occupation")).toHaveValue("车工");
  await expect(page.getByRole("radio", { name: "省内其他社评组织" })).toBeChecked();

  await page.getByRole("button", { name: "检查本表" }).click();
  const summary = page.locator(".error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("请填写单位名称");

  await page.getByRole("textbox", { name: "单位名称" }).fill("新乡某职业培训学校有限公司");
  await page.getByLabel("办公地址：市").fill("新乡");
  await page.getByLabel("办公地址：区").fill("红旗");
  await page.getByLabel("办公地址：街道门牌（号）").fill("平原路1");
  await page.getByLabel("注册（登记）机关").fill("河南省市场监督管理局");
  // One character off: the check character of GB 32100-2015 catches it, where the user looks.
  await page.getByLabel("统一社会信用代码").fill("91350100M000100Y44");
  await page.getByLabel("统一社会信用代码").blur();
  await expect(page.locator("#field-application-credit_code-error")).toContainText("统一社会信用代码");
  await page.getByLabel("统一社会信用代码").fill("91350100M000100Y43");
  await page.getByLabel("统一社会信用代码").blur();
  await expect(page.locator("#field-application-credit_code-error")).toHaveCount(0);
  await page.getByLabel("注册（登记）资金").fill("500万元");
  await page.getByRole("radio", { name: "企业", exact: true }).check();
  await page.getByLabel("单位法人：姓名").fill("张三");
  await page.getByLabel("单位法人：联系电话").fill("13812345678");
  const id = page.getByLabel("单位法人：身份证号");
  await id.fill("11010519491231002X");
  // Personal data: dots on screen unless the field has the focus.
  await page.getByLabel("联系人：姓名").focus();
  expect(await id.evaluate((input) => getComputedStyle(input).getPropertyValue("-webkit-text-security"))).toBe("disc");
  await id.focus();
  expect(await id.evaluate((input) => getComputedStyle(input).getPropertyValue("-webkit-text-security"))).toBe("none");
  await page.getByLabel("联系人：姓名").fill("李四");
  await page.getByLabel("联系人：联系电话").fill("0373-1234567");
  await page.getByLabel("职工总数").fill("50");
  await page.getByLabel("缴纳社保人数").fill("48");
  await page.getByLabel("技能人员数（仅企业填）").fill("30");
  await page.getByLabel("评价标准").fill("国标2018年版");
  await page.getByLabel("评价标准").blur();
  await expect(summary).toHaveCount(0);
  await page.getByRole("button", { name: "检查本表" }).click();
  await expect(page.getByRole("status").filter({ hasText: "本表已填写完整" })).toBeVisible();

  await page.getByRole("link", { name: "打印预览" }).click();
  await expect(page.locator("h1")).toHaveText("打印预览：附件1 河南省职业技能等级评价机构备案申请表");
  // On screen the ID number is masked; on paper it is printed in full.
  await expect(page.locator(".sheets")).toContainText("1101**********002X");
  await expectNoAxeViolations(page, "附件1 print preview");
  const pdf = await printToPdf(page, "application");
  expect(pdf.sizes.every((size) => size === "portrait")).toBe(true);
  expect(pdf.pages).toBe(3);
  expect(pdf.pageTexts[0]).toContain("备案申请表");
  expect(pdf.pageTexts[0]).toContain("☑首次备案");
  expect(pdf.text).toContain("新乡某职业培训学校有限公司");
  expect(pdf.text).toContain("91350100M000100Y43");
  expect(pdf.text).toContain("11010519491231002X");
  expect(pdf.text).not.toContain("1101**********002X");
  expect(pdf.text).toContain("6-18-01-01");
  expect(pdf.text).toContain("国标2018年版");
  // No app chrome on paper.
  expect(pdf.text).not.toContain("打印预览");
  expect(pdf.text).not.toContain("备案助手");
});

test("every form of a first filing prints on A4 in the guide's order, the staff table on landscape pages", async ({ page }) => {
  await openFormsPage(page);
  await openPackage(page, COMPLETE_FIRST_FILING);
  const needed = page.locator(".form-list").first();
  await expect(needed.locator(".tag")).toHaveText(["已完成", "已完成", "已完成", "已完成", "已完成"]);
  await page.getByRole("link", { name: "打印全部表格" }).click();
  await expect(page.locator("h1")).toHaveText("打印全部表格");
  await expect(page.locator(".print-bar .notice")).toHaveCount(0);
  const pdf = await printToPdf(page, "first-filing");
  const order = ["附件1", "附件2", "附件3", "附件5", "附件6"].map((label) => pdf.text.indexOf(label));
  expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1])), `attachments in order: ${order}`).toBe(true);
  for (const title of ["职业技能等级认定工作实施方案", "评价管理制度清单", "设施设备清单", "队伍建设情况", "考评人员队伍", "内部质量监督人员队伍"]) {
    expect(pdf.text).toContain(title);
  }
  // 附件6 (the last form) is wide: its pages are landscape, the others portrait.
  const staffPage = pdf.pageTexts.findIndex((text) => text.includes("队伍建设情况"));
  expect(pdf.sizes.slice(0, staffPage).every((size) => size === "portrait")).toBe(true);
  expect(pdf.sizes.slice(staffPage).every((size) => size === "landscape")).toBe(true);

  // Each form on its own: its pages, their orientation, its own words.
  const forms: [string, number, string, string[]][] = [
    ["application", 3, "portrait", ["备案申请表", "申请职业（工种）", "提交材料清单", "申请单位承诺"]],
    ["plan", 2, "portrait", ["职业技能等级认定工作实施方案", "六、证书样式", "见正文"]],
    ["systems", 2, "portrait", ["评价管理制度清单", "（供参考）", "（十八）单位消防安全管理相关制度。"]],
    ["equipment", 1, "portrait", ["设施设备清单", "数控车床", "CK6140", "填表说明：分职业（工种）填写。"]],
    ["staff", 1, "landscape", ["工作人员情况", "考评人员队伍", "专家队伍", "内部质量监督人员队伍", "440524188001010014"]],
  ];
  let total = 0;
  for (const [form, pages, orientation, words] of forms) {
    await page.goto(`/forms/#/print/${form}`);
    await expect(page.locator(".sheet").first()).toBeVisible();
    const one = await printToPdf(page, `single-${form}`);
    // 附件3 prints the guide's list; where each system stands is the applicant's note, on screen.
    if (form === "systems") expect(one.text).not.toContain("已制定");
    expect(one.pages, `${form}: pages`).toBe(pages);
    expect(one.sizes.every((size) => size === orientation), `${form}: ${orientation}`).toBe(true);
    for (const word of words) expect(one.text, `${form}: text`).toContain(word);
    total += one.pages;
  }
  expect(pdf.pages).toBe(total);
});

test("附件1 prints as the paper form: its right border, boxes with their labels, whole words, whole rows", async ({ page }) => {
  const complete = JSON.parse(readFileSync(COMPLETE_FIRST_FILING, "utf8"));
  const row = complete.forms.application.occupations[0];
  // Nine rows take the closing table across the page break.
  complete.forms.application.occupations = Array.from({ length: 9 }, (_, i) => ({ ...row, job_type: `工种${i + 1}` }));
  const file = join(scratch, "nine-rows.json");
  writeFileSync(file, JSON.stringify(complete));
  await openFormsPage(page);
  await openPackage(page, file);
  await page.goto("/forms/#/print/application");
  await expect(page.locator(".sheet__table--rows tbody tr")).toHaveCount(9);
  const pdf = await printToPdf(page, "application-layout");
  // The table's right border is drawn as its left one is: the outermost lines of the page are
  // as far from the right edge as from the left (margins are the same).
  const { lines, width } = verticalLines(pdf.path, 2);
  const [left, right] = [lines[0], lines[lines.length - 1]];
  expect(Math.abs(left - (width - 1 - right)), `left border at ${left}px, right border at ${right}px of ${width}`).toBeLessThanOrEqual(3);
  // A box never ends a line away from its label (☐ / 行业社评组织分支).
  expect(pdf.raw).not.toMatch(/[☐☑][ \t]*$/m);
  for (const whole of ["☐行业社评组织分支", "☐民办非企业单位", "☐其他事业单位", "☑1.", "备案地人社部门意见", "注册（登记）机关", "申请备案评价机构", "技能人员数"]) {
    expect(pdf.raw, `${whole} in one piece`).toContain(whole);
  }
  // No row is split across pages: a box's first and last lines, a signature and its date, on
  // the same page.
  for (const [first, last] of [["1. 备案或增量备案", "9. 其他（例"], ["本人承诺申报材料真实有效", "法定代表人签字"]]) {
    const where = pdf.pageTexts.findIndex((text) => text.includes(first));
    expect(where, first).toBeGreaterThan(0);
    expect(pdf.pageTexts[where], `${first} … ${last} on one page`).toContain(last);
  }
});

test("附件1 with 100 occupation rows repeats its table header on every page of rows", async ({ page }) => {
  const complete = JSON.parse(readFileSync(COMPLETE_FIRST_FILING, "utf8"));
  const row = complete.forms.application.occupations[0];
  complete.forms.application.occupations = Array.from({ length: 100 }, (_, i) => ({ ...row, job_type: `工种${i + 1}` }));
  const file = join(scratch, "hundred-rows.json");
  writeFileSync(file, JSON.stringify(complete));
  await openFormsPage(page);
  await openPackage(page, file);
  await page.goto("/forms/#/print/application");
  await expect(page.locator(".sheet__table--rows tbody tr")).toHaveCount(100);
  const pdf = await printToPdf(page, "hundred-rows");
  const rowPages = pdf.pageTexts.filter((text) => /工种\d+/.test(text));
  expect(rowPages.length).toBeGreaterThan(1);
  for (const text of rowPages) expect(text).toMatch(/序号\s+职业编码\s+职业名称\s+工种名称\s+等级\s+评价标准/);
  expect(pdf.text).toContain("工种100");
});

test("the package downloads, says it holds personal data, and opens again exactly", async ({ page }) => {
  await openFormsPage(page);
  await openPackage(page, COMPLETE_FIRST_FILING);
  const formsBefore = await storedForms(page);
  const draftBefore = await storedDraft(page);
  await page.goto("/#/result");
  const verdict = await page.locator("h1").textContent();
  await openFormsPage(page);
  await expect(page.locator(".notice--warning")).toContainText("本文件含有个人信息");
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "下载数据包（JSON）" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^新乡某职业培训学校有限公司-备案材料-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = join(scratch, "downloaded.json");
  await download.saveAs(saved);
  const json = JSON.parse(readFileSync(saved, "utf8"));
  expect(json.schema_version).toBe(2);
  expect(json.contains_personal_data).toBe(true);
  expect(json.created).toBe("2026-11-20T08:00:00Z");
  expect(json.forms).toEqual(JSON.parse(readFileSync(COMPLETE_FIRST_FILING, "utf8")).forms);
  await expect(page.getByRole("status").filter({ hasText: "已下载" })).toContainText("本文件含有个人信息");

  // Forget everything on this device, then open the downloaded file: the same draft and forms.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByText("请先完成自查")).toBeVisible();
  await openPackage(page, saved);
  expect(await storedForms(page)).toEqual(formsBefore);
  expect(await storedDraft(page)).toEqual(draftBefore);
  // The self-check page reads the same answers.
  await page.goto("/#/result");
  await expect(page.locator("h1")).toHaveText(verdict!);
});

test("a broken or foreign package is refused with its field path, and the draft is untouched", async ({ page }) => {
  await openFormsPage(page);
  await openPackage(page, COMPLETE_FIRST_FILING);
  const formsBefore = await storedForms(page);
  const draftBefore = await storedDraft(page);
  const broken = JSON.parse(readFileSync(COMPLETE_FIRST_FILING, "utf8"));
  broken.facts.applicant.legal_form = "spaceship";
  const words = JSON.parse(readFileSync(COMPLETE_FIRST_FILING, "utf8"));
  words.forms.application.occupations[0].levels = ["三百"];
  // Said in the page's language, with the form's label and row, never serde's words.
  const files: [string, string, RegExp][] = [
    ["wrong-value.json", JSON.stringify(broken), /单位性质：“spaceship”不是可选的值/],
    ["words-for-numbers.json", JSON.stringify(words), /申请职业（工种）第1行 等级：应为数字，现为“三百”/],
    ["not-json.json", "{ this is not json", /文件不是 JSON 格式，无法读取（第1行第3列）/],
    ["newer.json", JSON.stringify({ ...broken, schema_version: 99 }), /此数据包为第99版/],
  ];
  for (const [name, content, expected] of files) {
    const file = join(scratch, name);
    writeFileSync(file, content);
    await page.locator("#package-file").setInputFiles(file);
    const message = page.locator(".package-message .error-message");
    await expect(message).toContainText(`无法导入“${name}”，当前内容没有改变。`);
    await expect(message).toContainText(expected);
    await expect(message).not.toContainText(/invalid type|expected u32|not a JSON|unknown variant/);
    expect(await storedForms(page)).toEqual(formsBefore);
    expect(await storedDraft(page)).toEqual(draftBefore);
  }
  // A good file asks before it replaces anything; cancelling keeps everything.
  await page.locator("#package-file").setInputFiles(COMPLETE_RENEWAL);
  const question = page.getByRole("alert").filter({ hasText: "导入将替换本设备上当前的回答和表格" });
  await expect(question).toBeVisible();
  // When it was last changed, as a person reads a time (the browser's zone), not ISO 8601.
  await expect(question).toContainText(/2026年11月20日 \d\d:00/);
  await expect(question).not.toContainText("T08:00:00Z");
  await page.getByRole("button", { name: "取消" }).click();
  expect(await storedForms(page)).toEqual(formsBefore);
  expect(await storedDraft(page)).toEqual(draftBefore);
  await expect(page.locator(".form-list").first().locator(".form-list__attachment")).toHaveText(["附件1", "附件2", "附件3", "附件5", "附件6"]);
});

test("附件4 for a renewal: statistics, fee cells that refuse what is not a fee, and its print", async ({ page }) => {
  await openFormsPage(page);
  await openPackage(page, COMPLETE_RENEWAL);
  await expect(page.locator(".form-list").first().locator(".form-list__attachment")).toHaveText(["附件4"]);
  await page.getByRole("link", { name: "河南省职业技能等级评价机构备案续期申请表", exact: true }).click();
  const fee = page.locator("#field-renewal-fees-0-fees-0");
  await fee.fill("三百");
  await fee.blur();
  const unreadable = page.getByText("请填写金额（如 300、150.5 或 150元/人）或“无”");
  await expect(unreadable).toBeVisible();
  // Fen and unit words are amounts too (附件4 sets no format).
  await page.locator("#field-renewal-fees-0-fees-1").fill("150.5");
  await page.locator("#field-renewal-fees-0-fees-1").blur();
  await expect(unreadable).toHaveCount(1);
  await fee.fill("500元/人");
  await fee.blur();
  await expect(unreadable).toHaveCount(0);
  await page.getByRole("button", { name: "添加一行" }).first().click();
  await page.getByRole("button", { name: "检查本表" }).click();
  await expect(page.locator(".error-summary")).toContainText("评价情况第2行的职业（工种）");
  await page.getByRole("button", { name: "删除第 2 行" }).click();
  await expect(page.locator(".error-summary")).toHaveCount(0);
  await page.getByRole("link", { name: "打印预览" }).click();
  await expect(page.locator(".sheet").first()).toBeVisible();
  const pdf = await printToPdf(page, "renewal");
  expect(pdf.pageTexts[0]).toContain("备案续期申请表");
  expect(pdf.text).toMatch(/车工\s+500元\/人\s+150\.5元\s+300元\s+200元\s+无/);
  expect(pdf.text).toContain("备案续期起止日期");
  // The cover: 单位名称：<name>（印章）, the seal's words after the underlined name, not in it.
  await expect(page.locator(".sheet--cover .sheet__cover-value").first()).not.toContainText("印章");
  await expect(page.locator(".sheet--cover dd").first()).toContainText("（印章）");
});

test("an information change marks the changed fields in red and leaves the occupations out", async ({ page }) => {
  await completeSelfCheck(page, scenario("social organisation change"));
  await openFormsFromResult(page);
  await expect(page.locator(".form-list").first().locator(".form-list__attachment")).toHaveText(["附件1"]);
  await page.getByRole("link", { name: "河南省职业技能等级评价机构备案申请表", exact: true }).click();
  await page.getByRole("textbox", { name: "单位名称" }).fill("开封某培训中心");
  await page.getByRole("group", { name: "变更的项目（打印时标红）" }).getByRole("checkbox", { name: "单位名称" }).check();
  await page.getByRole("link", { name: "打印预览" }).click();
  const changed = page.locator(".sheet td.changed", { hasText: "开封某培训中心" });
  await expect(changed).toHaveCSS("color", "rgb(192, 0, 0)");
  // The occupation table stays on the form, its rows blank ("仅填基础信息").
  const rows = page.locator(".sheet__table--rows tbody tr");
  await expect(rows).toHaveCount(3);
  await expect(rows.first().locator("td").nth(1)).toHaveText("");
  await expect(page.locator(".sheets")).toContainText("☑信息变更");
});

test("a receiving office fills in 附件8 without a self-check and prints it landscape", async ({ page }) => {
  await openFormsPage(page);
  await expect(page.getByText("请先完成自查")).toBeVisible();
  await page.getByRole("link", { name: "河南省职业技能等级评价机构终止备案汇总表", exact: true }).click();
  await page.getByLabel("填报单位").fill("新乡市人社局");
  await page.getByLabel("填报人").fill("周八");
  await page.getByLabel("联系电话").fill("0373-7654321");
  await page.getByLabel("填报日期").fill("2026-12-01");
  await page.getByRole("button", { name: "添加一行" }).click();
  const row = page.getByRole("group", { name: "第 1 行" });
  await row.getByLabel("地市").fill("新乡市");
  await row.getByRole("radio", { name: "社评组织", exact: true }).check();
  await row.getByLabel("机构名称").fill("新乡某职业培训学校有限公司");
  await row.getByLabel("备案号").fill("豫评备2024-001");
  await row.getByLabel("备案成功时间").fill("2024-05-01");
  await row.getByLabel("终止备案时间").fill("2026-11-20");
  for (const question of ["是否开展过评价", "是否发过证书", "是否有尚未入网的证书数据"]) {
    await row.getByRole("group", { name: question }).getByRole("radio", { name: "否" }).check();
  }
  await row.getByLabel("终止备案原因").fill("业务调整");
  await page.getByRole("button", { name: "检查本表" }).click();
  await expect(page.getByRole("status").filter({ hasText: "本表已填写完整" })).toBeVisible();
  await page.getByRole("link", { name: "打印预览" }).click();
  const pdf = await printToPdf(page, "termination-summary");
  expect(pdf.pages).toBe(1);
  expect(pdf.sizes).toEqual(["landscape"]);
  expect(pdf.text).toContain("河南省职业技能等级评价机构终止备案汇总表");
  for (const value of ["新乡市人社局", "周八", "2026年12月1日", "新乡市", "社评组织", "新乡某职业培训", "豫评备2024-001", "2024-05-01", "2026-11-20", "业务调整"]) {
    expect(pdf.text).toContain(value);
  }

  // 附件7, the same way: its reconstructed columns, landscape, one page.
  await page.goto("/forms/#/edit/renewal_summary");
  await page.getByLabel("填报单位").fill("新乡市人社局");
  await page.getByRole("button", { name: "添加一行" }).click();
  const renewalRow = page.getByRole("group", { name: "第 1 行" });
  await renewalRow.getByLabel("地市").fill("新乡市");
  await renewalRow.getByLabel("机构名称").fill("续期的机构");
  await renewalRow.getByLabel("备案到期时间").fill("2027-05-05");
  await renewalRow.getByLabel("备案期评价人次").fill("1234");
  await renewalRow.getByRole("group", { name: "续期决定" }).getByRole("radio", { name: "暂缓续期" }).check();
  await renewalRow.getByLabel("退出评价范围的职业（工种）").fill("中式烹调师");
  await renewalRow.getByLabel("退出评价范围的职业（工种）").blur();
  await page.goto("/forms/#/print/renewal_summary");
  // The reconstruction note is for the screen: the sealed sheet carries the guide's 说明 only.
  await expect(page.locator(".sheets")).toContainText("按附件8和附件4的栏目");
  const renewal = await printToPdf(page, "renewal-summary");
  expect(renewal.pages).toBe(1);
  expect(renewal.sizes).toEqual(["landscape"]);
  for (const value of ["河南省职业技能等级评价机构备案续期汇总表", "监管地意见", "续期决定", "续期的机构", "2027-05-05", "1234", "暂缓续期", "中式烹调师", "说明：备案机构包括"]) {
    expect(renewal.text).toContain(value);
  }
  expect(renewal.text).not.toContain("按附件8和附件4的栏目");
});

test("附件7 and 附件8 with no row yet print one blank row to fill in by hand", async ({ page }) => {
  await openFormsPage(page);
  for (const [form, title] of [["renewal_summary", "河南省职业技能等级评价机构备案续期汇总表"], ["termination_summary", "河南省职业技能等级评价机构终止备案汇总表"]]) {
    await page.goto(`/forms/#/edit/${form}`);
    await expect(page.locator("h1")).toContainText(title);
    await page.goto(`/forms/#/print/${form}`);
    await expect(page.locator(".sheet__table--rows tbody tr")).toHaveCount(1);
    const pdf = await printToPdf(page, `empty-${form}`);
    expect(pdf.text).toContain(title);
    expect(pdf.pages).toBe(1);
  }
});

test("the forms as the guide has them: covers, address, 附件3's own list, 附件5's units and 16 rows, 附件6's documents, 附件1's boxes", async ({ page }) => {
  test.setTimeout(120_000);
  await openFormsPage(page);
  await openPackage(page, COMPLETE_FIRST_FILING);

  // 附件1: the address as typed with its own 市/区/号; an unticked box keeps its reason.
  await page.goto("/forms/#/edit/application");
  await page.getByLabel("办公地址：市").fill("新乡市");
  await page.getByLabel("办公地址：区").fill("红旗区");
  await page.getByLabel("办公地址：街道门牌（号）").fill("平原路1号");
  await page.getByRole("checkbox", { name: "不提交第8项" }).check();
  await page.getByLabel("不提交第8项的原因").fill("制度汇编随实施方案装订");
  await page.getByLabel("不提交第8项的原因").blur();
  expect(await storedForms(page)).toContain("制度汇编随实施方案装订");
  // The ID number has its own 显示 button, pressed while the field keeps the focus.
  const id = page.getByLabel("单位法人：身份证号");
  const show = page.locator(".id-number").filter({ has: id }).getByRole("button");
  await expect(show).toHaveText("显示");
  await page.getByLabel("联系人：姓名").focus();
  expect(await id.evaluate((input) => getComputedStyle(input).getPropertyValue("-webkit-text-security"))).toBe("disc");
  await show.click();
  await expect(show).toHaveAttribute("aria-pressed", "true");
  await expect(show).toHaveText("隐藏");
  expect(await id.evaluate((input) => getComputedStyle(input).getPropertyValue("-webkit-text-security"))).toBe("none");
  await page.goto("/forms/#/print/application");
  let pdf = await printToPdf(page, "guide-application");
  expect(pdf.text).toContain("新乡市红旗区平原路1号");
  expect(pdf.text).not.toMatch(/市市|区区|号号/);
  expect(pdf.text).toMatch(/☐8\. 评价管理制度/);
  // With no name, the cover keeps its line and its blank to write on.
  await page.goto("/forms/#/edit/application");
  await page.getByRole("textbox", { name: "单位名称" }).fill("");
  await page.getByRole("textbox", { name: "单位名称" }).blur();
  await page.goto("/forms/#/print/application");
  const blank = page.locator(".sheet--cover .sheet__cover-value").first();
  expect((await blank.boundingBox())!.width).toBeGreaterThan(100);
  pdf = await printToPdf(page, "guide-cover-blank");
  expect(pdf.pageTexts[0]).toContain("单位名称（印章）：");

  // 附件3: a system that does not apply is left out of the print, the institution's own is in.
  await page.goto("/forms/#/edit/systems");
  await page.getByRole("group", { name: "认定过程中值班专家管理办法" }).getByRole("radio", { name: "不适用" }).check();
  await page.locator("#field-systems-systems-6-note").fill("采用综合评审，无值班专家");
  await page.getByRole("button", { name: "添加一行（自行增加的制度）" }).click();
  const added = page.locator("#field-systems-additions-row-0");
  await added.getByRole("radio", { name: "二、考务管理制度" }).check();
  await added.getByLabel("制度名称").fill("综合评审实施办法");
  await added.getByRole("radio", { name: "已制定", exact: true }).check();
  await page.getByRole("button", { name: "检查本表" }).click();
  await expect(page.getByRole("status").filter({ hasText: "本表已填写完整" })).toBeVisible();
  await page.goto("/forms/#/print/systems");
  pdf = await printToPdf(page, "guide-systems");
  expect(pdf.text).toContain("综合评审实施办法");
  expect(pdf.text).not.toContain("值班专家");
  expect(pdf.text).not.toContain("不适用");

  // 附件5: 数量 with its unit, 权属 in the unit's words; an occupation with no item yet prints
  // the guide's 16 numbered rows.
  await page.goto("/forms/#/edit/equipment");
  await page.locator("#field-equipment-groups-0-items-0-ownership").fill("合作单位提供");
  await page.getByRole("button", { name: "添加一行（职业（工种））" }).click();
  await page.locator("#field-equipment-groups-2-occupation").fill("6-18-02-04 焊工");
  await page.locator("#field-equipment-groups-2-occupation").blur();
  await page.goto("/forms/#/print/equipment");
  pdf = await printToPdf(page, "guide-equipment");
  expect(pdf.text).toMatch(/数控车床\s+CK6140\s+4台\s+合作单位提供/);
  expect(pdf.text).toMatch(/职业（工种）：6-18-02-04 焊工[\s\S]*16\./);

  // 附件6: a passport holder is accepted and printed with the document's name.
  await page.goto("/forms/#/edit/staff");
  await page.getByRole("button", { name: "添加一行（专家队伍）" }).click();
  const expert = page.locator("#field-staff-experts-row-1");
  // The kind first, as a user does: choosing it stores the row, which redraws the fields.
  await expert.getByLabel("证件类型").selectOption({ label: "护照" });
  await expert.getByLabel("姓名").fill("John Smith");
  await expert.getByLabel("身份证件号", { exact: true }).fill("E12345678");
  await expert.getByLabel("职务/职称/技能等级").fill("高级工程师");
  await expert.getByLabel("学历").fill("硕士");
  await expert.getByLabel("考评职业（工种）").fill("车工");
  await page.getByRole("button", { name: "检查本表" }).click();
  await expect(page.getByRole("status").filter({ hasText: "本表已填写完整" })).toBeVisible();
  await page.goto("/forms/#/print/staff");
  pdf = await printToPdf(page, "guide-staff");
  expect(pdf.text).toContain("护照：E12345678");
});

for (const lang of ["zh", "en"]) {
  test(`every form page, checked while empty: each message links to its field, and axe finds no violation (${lang})`, async ({ page }) => {
    // Eight form pages with their errors, each run through axe: more than the default 30 s on a
    // busy machine.
    test.setTimeout(120_000);
    // The self-check of the complete package, with every form still to fill in.
    const answersOnly = JSON.parse(readFileSync(COMPLETE_FIRST_FILING, "utf8"));
    answersOnly.forms = {};
    answersOnly.contains_personal_data = false;
    const file = join(scratch, `answers-only-${lang}.json`);
    writeFileSync(file, JSON.stringify(answersOnly));
    await openFormsPage(page);
    await openPackage(page, file);
    if (lang === "en") await page.getByRole("button", { name: "English" }).click();
    const check = lang === "zh" ? "检查本表" : "Check this form";
    await openFormsPage(page);
    await expectNoAxeViolations(page, `forms overview (${lang})`);
    for (const form of ["application", "plan", "systems", "renewal", "equipment", "staff", "renewal_summary", "termination_summary"]) {
      await openFormsPage(page, `/edit/${form}`);
      await page.getByRole("button", { name: check, exact: true }).click();
      const summary = page.locator(".error-summary");
      await expect(summary).toBeFocused();
      // Every message of the summary leads to an element of the page (the field, or its list).
      const targets = await summary.locator("a").evaluateAll((links) => links.map((link) => link.getAttribute("href")!.slice(1)));
      expect(targets.length, `${form}: messages`).toBeGreaterThan(0);
      const missing = await page.evaluate((ids) => ids.filter((id) => !document.getElementById(id)), targets);
      expect(missing, `${form}: summary links without a field`).toEqual([]);
      await expectNoAxeViolations(page, `${form} with its errors (${lang})`);
    }
    await openFormsPage(page, "/print");
    await expectNoAxeViolations(page, `print all (${lang})`);
  });
}

test("the package's code is at the foot of every printed sheet, and a QR code on 附件1's and 附件4's first page", async ({ page }) => {
  // The codes `filing-check batch` gives these files (tests/register.rs reads the same files).
  for (const [file, form, code] of [[COMPLETE_FIRST_FILING, "application", "8C2D-0D4C"], [COMPLETE_RENEWAL, "renewal", "04D0-E901"]]) {
    await openFormsPage(page);
    await openPackage(page, file);
    await page.goto(`/forms/#/print/${form}`);
    const sheets = page.locator(".sheet");
    await expect(sheets.first()).toBeVisible();
    await expect(page.locator(".sheet__code")).toHaveCount(await sheets.count());
    await expect(page.locator(".sheet__code").first()).toHaveText(`材料代码 ${code}`);
    await expect(sheets.first().locator(".sheet__qr svg")).toHaveAttribute("aria-label", code);
    await expect(page.locator(".sheet__qr")).toHaveCount(1);
    const pdf = await printToPdf(page, `code-${form}`);
    expect(pdf.text).toContain(`材料代码 ${code}`);
    if (form === "application") {
      // Other forms carry the line, not the QR code.
      await page.goto("/forms/#/print/staff");
      await expect(page.locator(".sheet__code").first()).toHaveText(`材料代码 ${code}`);
      await expect(page.locator(".sheet__qr")).toHaveCount(0);
    }
  }
});

test("the forms list says 未开始 until a form is opened, and leaves the offices' 附件7 and 附件8 to them", async ({ page }) => {
  await completeSelfCheck(page, scenario("social organisation first filing"));
  await openFormsFromResult(page);
  const needed = page.locator("section[aria-labelledby=forms-needed]");
  await expect(needed.locator(".form-list__attachment")).toHaveText(["附件1", "附件2", "附件3", "附件5", "附件6"]);
  // Prefilled from the self-check, but nothing asked of the user yet: no red counts.
  await expect(needed.locator(".tag")).toHaveText(["未开始", "未开始", "未开始", "未开始", "未开始"]);
  await expect(needed.locator(".tag--red")).toHaveCount(0);
  // The offices' tables are not the applicant's to fill in; they stay reachable, blank, under
  // the offices' heading.
  await expect(needed).not.toContainText("附件7");
  await expect(needed).not.toContainText("附件8");
  const office = page.locator("#blank-office-forms");
  await expect(page.locator("#forms-office")).toHaveText("受理机构用表");
  await expect(office.locator(".form-list__attachment")).toHaveText(["附件7", "附件8"]);
  // Once opened, the form says where it stands; the others still wait, also after a reload.
  await needed.getByRole("link", { name: "河南省职业技能等级评价机构备案申请表", exact: true }).click();
  await page.getByRole("link", { name: "返回表格列表" }).first().click();
  await expect(needed.locator(".tag").first()).toHaveText(/^\d+处需要修改$/);
  await expect(needed.locator(".tag").nth(1)).toHaveText("未开始");
  await page.reload();
  await expect(needed.locator(".tag").first()).toHaveText(/^\d+处需要修改$/);
  await expect(needed.locator(".tag").nth(1)).toHaveText("未开始");
});

test("blank forms print and download empty from the start page and the forms list, and leave the user's forms alone", async ({ page }) => {
  test.setTimeout(180_000);
  await openFormsPage(page);
  await openPackage(page, COMPLETE_FIRST_FILING);
  const formsBefore = await storedForms(page);
  const draftBefore = await storedDraft(page);
  // From the start page, with no self-check needed.
  await page.goto("/");
  await page.getByRole("link", { name: "不自查，直接打印或下载空白表格（附件1至附件8）" }).click();
  await expect(page.locator("h1")).toHaveText("空白表格");
  await expect(page.locator("#blank-applicant-forms .form-list__attachment")).toHaveText(["附件1", "附件2", "附件3", "附件4", "附件5", "附件6"]);
  await expect(page.locator("#blank-office-forms .form-list__attachment")).toHaveText(["附件7", "附件8"]);
  await expectNoAxeViolations(page, "blank forms");
  await page.getByRole("link", { name: /^空白表格\s*:\s*河南省职业技能等级评价机构备案申请表$/ }).click();
  await expect(page.locator("h1")).toHaveText("空白表格：附件1 河南省职业技能等级评价机构备案申请表");
  // Not the user's form: no name, no tick, no count of problems, no "not filled in" marker.
  await expect(page.locator(".print-bar .notice--warning")).toHaveCount(0);
  const sheets = page.locator(".sheets");
  await expect(sheets).not.toContainText("新乡某职业培训学校有限公司");
  await expect(sheets).not.toContainText("尚未填写");
  await expect(sheets).not.toContainText("☑");
  await expect(page.locator(".sheet__table--rows tbody tr")).toHaveCount(3);
  await expectNoAxeViolations(page, "blank 附件1");
  const pdf = await printToPdf(page, "blank-application");
  expect(pdf.pages).toBe(3);
  expect(pdf.pageTexts[0]).toContain("☐首次备案");
  expect(pdf.pageTexts[0]).toContain("单位名称（印章）：");
  expect(pdf.text).toMatch(/年\s+月\s+日/);
  expect(pdf.raw).toMatch(/☐1\./);
  expect(pdf.text).not.toContain("☑");
  expect(pdf.text).not.toContain("新乡某");
  // The office file, empty too.
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "下载 Word 文档（.docx）" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("附件1-空白.docx");
  const docx = join(scratch, "blank.docx");
  await download.saveAs(docx);
  const text = execFileSync("unzip", ["-p", docx, "word/document.xml"], { encoding: "utf8" });
  expect(text).toContain("备案申请表");
  expect(text).not.toContain("新乡某");
  expect(text).not.toContain("☑");

  // Every attachment has its blank sheet, from the forms list too.
  await openFormsPage(page);
  const blankSection = page.locator("section[aria-labelledby=blank-forms]");
  for (const field of ["application", "plan", "systems", "renewal", "equipment", "staff", "renewal_summary", "termination_summary"]) {
    await blankSection.locator(`a[href="#/blank/${field}"]`).click();
    await expect(page.locator(".sheet").first()).toBeVisible();
    await expect(page.locator(".sheets")).not.toContainText("尚未填写");
    await expect(page.locator(".sheets")).not.toContainText("新乡某");
    await openFormsPage(page);
  }
  // Nothing the user filled in was read into them or changed by them.
  expect(await storedForms(page)).toEqual(formsBefore);
  expect(await storedDraft(page)).toEqual(draftBefore);
});

test("on a 360 px phone the print preview shows A4 at its width in a frame that scrolls, never reflowed", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openFormsPage(page);
  await openPackage(page, COMPLETE_FIRST_FILING);
  await page.goto("/forms/#/print/application");
  const sheet = page.locator(".sheet").nth(1);
  await expect(sheet).toBeVisible();
  // 210 mm at CSS's 96 px to the inch.
  const a4 = (210 / 25.4) * 96;
  expect(Math.abs((await sheet.boundingBox())!.width - a4)).toBeLessThan(1);
  // A label keeps its line: 统一社会信用代码 is one line high, not one character a line.
  const label = page.locator(".sheet th", { hasText: "统一社会信用代码" });
  const lineHeight = await label.evaluate((th) => parseFloat(getComputedStyle(th).fontSize) * 2);
  expect((await label.boundingBox())!.height).toBeLessThan(lineHeight + 12);
  // The frame scrolls, not the page.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const frame = page.locator(".sheets");
  expect(await frame.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await expectNoAxeViolations(page, "print preview at 360 px");
});

test("screenshots of the forms list, the blank forms and the print preview at phone and desktop widths", async ({ page }) => {
  const folder = screenshotFolder();
  await openFormsPage(page);
  await openPackage(page, COMPLETE_FIRST_FILING);
  for (const [name, width, height] of SCREEN_SIZES) {
    await page.setViewportSize({ width, height });
    for (const [route, label] of [
      ["/", "forms"],
      ["/blank", "blank-forms"],
      ["/blank/application", "blank-application"],
      ["/print/application", "print-application"],
    ]) {
      await openFormsPage(page, route);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${label} at ${width}px scrolls sideways`).toBeLessThanOrEqual(width);
      await page.screenshot({ path: `${folder}/${label}-${name}-${width}x${height}.png`, fullPage: true });
    }
  }
});
