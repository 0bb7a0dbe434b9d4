// The receiving offices' page (office/, issue 15), as a clerk of the 新乡 HR bureau uses it: a
// folder of 20 generated packages opened at once (tests/browser/office-packages.mjs), the
// register filtered, one package opened and its 受理 checklist ticked (the ticks come back after
// a reload), a code typed from the paper found, 附件7 and 附件8 built, printed to PDF on A4
// landscape (read back with pdftotext) and downloaded as XLSX (opened with LibreOffice); axe on
// every page; the fixtures fail any test that sends a request off this machine.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations } from "./fixtures";
import { copyOfDist, removeCopies, startStaticServer } from "./servers";

const scratch = mkdtempSync(join(tmpdir(), "office-page-test-"));
const XINXIANG_HR = "place-hrss:4107";

type Generated = { file: string; name: string; code: string | null; renewal: boolean; termination: boolean; ours: boolean };
let folder: { root: string; dir: string; packages: Generated[] };

test.beforeAll(() => {
  // The generator is shared with scripts/bench-office.mjs, a plain ES module: run as a command.
  folder = JSON.parse(execFileSync(process.execPath, [join(__dirname, "office-packages.mjs"), "20"], { encoding: "utf8" }));
});

test.afterAll(() => {
  removeCopies();
  rmSync(folder.root, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

/** Opens the office page as the 新乡 HR bureau and the generated folder through the folder picker. */
async function openFolder(page: Page) {
  await page.goto("/office/#/");
  await expect(page.locator("h1")).toHaveText("受理机构：申报登记簿");
  await page.locator("#office-who").selectOption(XINXIANG_HR);
  await page.getByTestId("open-folder").setInputFiles(folder.dir);
  // 20 packages and the broken file: readme.txt is not a package file and is not read.
  await expect(page.getByTestId("register-count")).toHaveText("显示 20 份，共 20 份");
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
  return { pages, text, sizes };
}

/** Opens a file with LibreOffice headless and returns its text (every sheet of a workbook). */
function libreOfficeText(path: string): string {
  const out = mkdtempSync(join(scratch, "lo-"));
  const profile = `-env:UserInstallation=file://${out}/profile`;
  const filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
  execFileSync("soffice", [profile, "--headless", "--convert-to", filter, "--outdir", out, path], { stdio: "pipe", timeout: 120_000 });
  const files = readdirSync(out).filter((name) => name.endsWith(".csv"));
  expect(files.length, `LibreOffice converted ${path}`).toBeGreaterThan(0);
  return files.map((name) => readFileSync(join(out, name), "utf8")).join("\n");
}

const rows = (page: Page) => page.getByTestId("register").locator("tbody tr");

test("a folder of 20 packages becomes a register: refusals, not ours, duplicates, filters", async ({ page }) => {
  await openFolder(page);
  await expectNoAxeViolations(page, "the office register");
  // The broken file is listed with its reason; the text file was never a package.
  await expect(page.getByTestId("refused")).toContainText("broken.json");
  await expect(page.getByTestId("refused")).not.toContainText("readme.txt");
  // The packages in 郑州 are not the 新乡 office's, and say where they go.
  const notOurs = folder.packages.filter((p) => !p.ours);
  await page.locator("#filter-addressed").selectOption("not-ours");
  await expect(page.getByTestId("register-count")).toHaveText(`显示 ${notOurs.length} 份，共 20 份`);
  for (const row of await rows(page).all()) await expect(row).toContainText("非本机构：应交");
  // Renewals only.
  await page.locator("#filter-addressed").selectOption("");
  await page.locator("#filter-procedure").selectOption("renewal");
  const renewals = folder.packages.filter((p) => p.renewal);
  await expect(page.getByTestId("register-count")).toHaveText(`显示 ${renewals.length} 份，共 20 份`);
  for (const row of await rows(page).all()) await expect(row).toContainText("备案续期");
  // Not ready: the packages that answered a declaration "no".
  await page.locator("#filter-procedure").selectOption("");
  await page.locator("#filter-verdict").selectOption("not-ready");
  await expect(rows(page).first()).toContainText("暂不符合");
  // The same institution twice: both marked, the newer first.
  await page.locator("#filter-verdict").selectOption("");
  await page.locator("#filter-problems").selectOption("duplicates");
  await expect(page.getByTestId("register-count")).toHaveText("显示 2 份，共 20 份");
  await expect(page.getByTestId("register")).toContainText("同一机构共 2 份，此份最新");
  await expect(page.getByTestId("register")).toContainText("较新的是 packages/0020-首次备案.json");
  // Sorting by institution, descending, keyboard only.
  await page.locator("#filter-problems").selectOption("");
  const sortByInstitution = page.getByRole("button", { name: "机构", exact: true });
  await sortByInstitution.focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("columnheader", { name: "机构", exact: true })).toHaveAttribute("aria-sort", "descending");
});

test("one package: its result and forms, the 受理 checklist ticked, and the ticks after a reload", async ({ page }) => {
  await openFolder(page);
  await page.getByRole("link", { name: "新乡第3职业培训学校有限公司" }).click();
  await expect(page.locator("h1")).toHaveText("新乡第3职业培训学校有限公司");
  await expect(page.getByText("本机构受理", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, "one package");
  const code = (await page.getByTestId("package-code").textContent())!.trim();
  expect(code).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
  const checklist = page.getByTestId("checklist");
  const boxes = checklist.getByRole("checkbox");
  expect(await boxes.count()).toBeGreaterThan(2);
  await boxes.nth(0).check();
  await boxes.nth(2).check();
  await checklist.getByRole("textbox").nth(2).fill("原件已核对，复印件缺1页");
  await checklist.getByRole("textbox").nth(2).blur();
  await page.getByLabel("受理日期（办理时限从此日起算）").fill("2026-11-25");
  // Its forms print as the institution prints them.
  await page.getByRole("link", { name: "打印申报包中的表格" }).click();
  await expect(page.locator(".sheets")).toContainText("备案续期申请表");
  await expect(page.locator(".sheets")).toContainText("新乡第3职业培训学校有限公司");
  await expectNoAxeViolations(page, "a package's forms");
  // The record survives a reload; the packages are opened again (they are not kept by default).
  await page.reload();
  await expect(page.locator("h1")).toHaveText("未找到申报包");
  await page.goto("/office/#/");
  await page.getByTestId("open-folder").setInputFiles(folder.dir);
  await expect(page.getByTestId("register-count")).toHaveText("显示 20 份，共 20 份");
  await page.goto(`/office/#/package/${code}`);
  const again = page.getByTestId("checklist").getByRole("checkbox");
  await expect(again.nth(0)).toBeChecked();
  await expect(again.nth(1)).not.toBeChecked();
  await expect(again.nth(2)).toBeChecked();
  await expect(page.getByTestId("checklist").getByRole("textbox").nth(2)).toHaveValue("原件已核对，复印件缺1页");
  await expect(page.getByLabel("受理日期（办理时限从此日起算）")).toHaveValue("2026-11-25");
  // The dates: the renewal's handling time runs from the receipt date, 30 days.
  await page.getByRole("link", { name: "办理期限" }).click();
  await expect(page.getByTestId("dates")).toContainText("2026-12-25");
  await expectNoAxeViolations(page, "the office's dates");
});

test("the code typed from the paper finds its package, or says no package here has it", async ({ page }) => {
  await openFolder(page);
  await page.getByRole("link", { name: "新乡第4职业培训学校有限公司" }).click();
  const code = (await page.getByTestId("package-code").textContent())!.trim();
  await page.getByRole("link", { name: "申报登记簿", exact: true }).click();
  // Typed as a clerk types it: lower case, no hyphen.
  await page.getByLabel(/纸质表格页脚上的申报包代码/).fill(code.replace("-", "").toLowerCase());
  await page.getByRole("button", { name: "核对" }).click();
  await expect(page.getByTestId("paper-result")).toContainText(`代码 ${code} 一致`);
  await page.getByTestId("paper-result").getByRole("link").click();
  await expect(page.locator("h1")).toHaveText("新乡第4职业培训学校有限公司");
  await page.getByRole("link", { name: "申报登记簿", exact: true }).click();
  const other = code.startsWith("0") ? "1" + code.slice(1) : "0" + code.slice(1);
  await page.getByLabel(/纸质表格页脚上的申报包代码/).fill(other);
  await page.getByRole("button", { name: "核对" }).click();
  await expect(page.getByTestId("paper-result")).toContainText(`已打开的申报包中没有代码为 ${other} 的`);
  await page.getByLabel(/纸质表格页脚上的申报包代码/).fill("not a code");
  await page.getByRole("button", { name: "核对" }).click();
  await expect(page.getByTestId("paper-result")).toContainText("这不是申报包代码");
});

test("附件7 and 附件8 from the packages: the office's columns, printed landscape, and as XLSX", async ({ page }) => {
  // Two PDFs, the worker's first start and two LibreOffice conversions: more than a minute on a
  // busy machine (a timeout is not an assertion).
  test.setTimeout(240_000);
  await openFolder(page);
  await page.getByRole("link", { name: "附件7、附件8" }).click();
  await page.getByLabel("填报人", { exact: true }).fill("周八");
  await page.getByLabel("联系电话", { exact: true }).fill("0373-7654321");
  await page.getByLabel("填报日期").fill("2026-12-01");
  const renewalRows = page.getByTestId("renewal-rows").locator("tbody tr");
  const ourRenewals = folder.packages.filter((p) => p.renewal && p.ours);
  await expect(renewalRows).toHaveCount(ourRenewals.length);
  await page.getByLabel("新乡第3职业培训学校有限公司：续期决定").selectOption("renew");
  await page.getByLabel("新乡第6职业培训学校有限公司：续期决定").selectOption("terminated");
  await page.getByLabel("新乡第6职业培训学校有限公司：理由").fill("备案期内未开展评价");
  await page.getByLabel("新乡第6职业培训学校有限公司：理由").blur();
  const termination = page.getByTestId("termination-rows").locator("tbody tr").first();
  await termination.getByLabel(/机构名称$/).fill("新乡终止职业培训学校");
  await termination.getByLabel(/终止备案原因$/).fill("业务调整");
  await termination.getByLabel(/终止备案原因$/).blur();
  await expectNoAxeViolations(page, "附件7 and 附件8");

  await page.getByRole("link", { name: "打印附件7" }).click();
  const sheet = page.locator(".sheets");
  // The renewals addressed to 新乡, one row each; 郑州's (not ours) left out.
  for (const p of ourRenewals) await expect(sheet).toContainText(p.name);
  await expect(sheet).not.toContainText("新乡第15职业培训学校有限公司");
  await expectNoAxeViolations(page, "附件7 print");
  const renewal = await printToPdf(page, "renewal-summary");
  expect(renewal.sizes.every((size) => size === "landscape")).toBe(true);
  // Narrow columns wrap the names in the PDF's text; the short values are whole.
  for (const value of ["备案续期汇总表", "新乡市人力资源和社会保障局", "周八", "0373-7654321", "新乡市", "社评组织", "豫评备2024-001", "续期", "终止备案", "备案期内未"]) {
    expect(renewal.text).toContain(value);
  }
  expect(renewal.text.match(/豫评备2024-001/g)).toHaveLength(ourRenewals.length);

  await page.goto("/office/#/summaries/print/8");
  await expect(page.locator(".sheets")).toContainText("终止备案汇总表");
  const terminationPdf = await printToPdf(page, "termination-summary");
  expect(terminationPdf.sizes.every((size) => size === "landscape")).toBe(true);
  await expect(page.locator(".sheets")).toContainText("新乡第6职业培训学校有限公司");
  await expect(page.locator(".sheets")).toContainText("新乡终止职业培训学校");
  for (const value of ["终止备案汇总表", "业务调整", "新乡市"]) {
    expect(terminationPdf.text).toContain(value);
  }

  await page.goto("/office/#/summaries");
  for (const [button, values] of [
    ["下载附件7（XLSX）", ["新乡第3职业培训学校有限公司", "周八", "续期"]],
    ["下载附件8（XLSX）", ["新乡终止职业培训学校", "业务调整"]],
  ] as const) {
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: button }).click();
    const file = await downloading;
    await expect(page.getByText(`已下载：${file.suggestedFilename()}`)).toBeVisible();
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    const path = join(scratch, file.suggestedFilename());
    await file.saveAs(path);
    const text = libreOfficeText(path);
    for (const value of values) expect(text, `${file.suggestedFilename()} in LibreOffice`).toContain(value);
  }
});

test("the work record exports, deletes, and opens again; delete everything asks first", async ({ page }) => {
  await openFolder(page);
  await page.getByRole("link", { name: "新乡第1职业培训学校有限公司" }).first().click();
  await page.getByTestId("checklist").getByRole("checkbox").first().check();
  await page.getByRole("link", { name: "本机构与数据" }).click();
  await expectNoAxeViolations(page, "the office's data");
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "导出受理记录" }).click();
  const file = await downloading;
  const path = join(scratch, file.suggestedFilename());
  await file.saveAs(path);
  const record = JSON.parse(readFileSync(path, "utf8"));
  expect(record.format).toBe("henan-filing-office-record");
  expect(record.office).toBe(XINXIANG_HR);
  expect(Object.keys(record.packages)).toHaveLength(1);

  await page.getByRole("button", { name: "删除全部数据…" }).click();
  await expect(page.getByRole("alertdialog")).toBeVisible();
  await expectNoAxeViolations(page, "delete everything, asking");
  await page.getByRole("button", { name: "确定删除" }).click();
  await expect(page.getByTestId("settings-status")).toContainText("已删除本页在本机保存的全部数据");
  await expect(page.locator("#office-who")).toHaveValue("");
  const left = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("henan-filing.office.")));
  expect(left).toEqual([]);

  // A file that is not a record leaves the (empty) record as it is; the exported one comes back.
  const notRecord = join(scratch, "not-a-record.json");
  writeFileSync(notRecord, '{"schema_version": 2}');
  await page.getByTestId("open-record").setInputFiles(notRecord);
  await expect(page.getByTestId("settings-status")).toContainText("无法打开，现有记录未改动");
  await page.getByTestId("open-record").setInputFiles(path);
  await expect(page.getByTestId("settings-status")).toContainText("已打开受理记录");
  await expect(page.locator("#office-who")).toHaveValue(XINXIANG_HR);
  await page.reload();
  await expect(page.locator("#office-who")).toHaveValue(XINXIANG_HR);
});

test("the start page links to the office page in its footer, and the office page reads in English", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "受理机构：核对申报包" }).click();
  await expect(page.locator("h1")).toHaveText("受理机构：申报登记簿");
  await page.getByRole("button", { name: /English/ }).click();
  await expect(page.locator("h1")).toHaveText("Receiving office: register");
  await expectNoAxeViolations(page, "the office register in English");
});

test("package files dropped on the page are read like chosen ones", async ({ page }) => {
  await page.goto("/office/#/");
  await page.locator("#office-who").selectOption(XINXIANG_HR);
  const packages = join(__dirname, "packages");
  const files = ["complete-first-filing.json", "complete-renewal.json"].map((name) => [name, readFileSync(join(packages, name), "utf8")]);
  // A drop from the page's own script carries files, not folder entries: the page reads them
  // through getAsFile (a folder dropped from the desktop is walked with webkitGetAsEntry).
  const dataTransfer = await page.evaluateHandle((files) => {
    const transfer = new DataTransfer();
    for (const [name, text] of files) transfer.items.add(new File([text], name, { type: "application/json" }));
    return transfer;
  }, files);
  await page.locator(".office-drop").dispatchEvent("dragover", { dataTransfer });
  await page.locator(".office-drop").dispatchEvent("drop", { dataTransfer });
  await expect(page.getByTestId("register-count")).toHaveText("显示 2 份，共 2 份");
  await expect(page.getByTestId("register")).toContainText("complete-renewal.json");
});

test.describe("offline", () => {
  // A port of its own (offline.spec.ts uses TEST_PORT + 16 and + 17).
  const OFFICE_OFFLINE_PORT = Number(process.env.TEST_PORT ?? 8081) + 18;
  test.use({ baseURL: `http://127.0.0.1:${OFFICE_OFFLINE_PORT}/` });

  test("once visited, the office page opens and reads packages with the server stopped", async ({ page }) => {
    const server = await startStaticServer(copyOfDist(), OFFICE_OFFLINE_PORT);
    try {
      await page.goto("/office/#/");
      await expect(page.locator("h1")).toHaveText("受理机构：申报登记簿");
      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    } finally {
      await server.stop();
    }
    await page.reload();
    await expect(page.locator("h1")).toHaveText("受理机构：申报登记簿");
    await page.locator("#office-who").selectOption(XINXIANG_HR);
    await page.getByTestId("open-files").setInputFiles(join(__dirname, "packages", "complete-renewal.json"));
    await expect(page.getByTestId("register-count")).toHaveText("显示 1 份，共 1 份");
  });
});
