// The guided self-check as a new user meets it: every procedure × kind of applicant through the
// UI, one flow by keyboard alone, a reload mid-way, a change from the review page, errors,
// storage that fails, axe on every page and screenshots of the result.
import { test, expect, openRoute, expectNoAxeViolations, takeErrors, SCREEN_SIZES, screenshotFolder } from "./fixtures";
import { SCENARIOS, completeSelfCheck, continueButton, expectResult, formsNeeded } from "./self-check-flow";

for (const scenario of SCENARIOS) {
  test(`full self-check: ${scenario.name}`, async ({ page }) => {
    await completeSelfCheck(page, scenario);
    await expectResult(page, scenario.expect);
    // Then the forms this applicant must hand in, each started (prefilled) and printable.
    // Not eligible: the forms stay reachable, not offered as the next step (issue 14, item 4).
    await page.getByRole("link", { name: scenario.expect.verdict === "暂不符合" ? "仍要填写表格" : "填写备案表格" }).click();
    await expect(page.locator("h1")).toHaveText("填写备案表格");
    const forms = formsNeeded(scenario.procedure);
    const needed = page.locator("#forms-needed").locator("xpath=..");
    await expect(needed.locator(".form-list__attachment")).toHaveText(forms);
    if (forms.length === 0) await expect(needed).toContainText("此事项无需填写指南附件中的表格");
    await page.getByRole("link", { name: "打印全部表格" }).click();
    for (const form of forms) await expect(page.locator(`.sheet[aria-label^="${form} "]`).first()).toBeVisible();
    await expect(page.locator(".sheet")).toHaveCount(forms.length + (forms.includes("附件1") ? 1 : 0) + (forms.includes("附件4") ? 1 : 0));
  });
}

test("a failed rule shows its reason, what to do and the guide's own words", async ({ page }) => {
  await completeSelfCheck(page, { ...SCENARIOS[1], legalForm: "政府及所属部门", expect: SCENARIOS[1].expect });
  await expect(page.locator("h1")).toHaveText("暂不符合");
  const rule = page.locator("#to-fix ~ ul [data-rule=social-not-government]");
  await expect(rule).toContainText("申请单位性质为政府及所属部门，属于不能申报的情形");
  await expect(rule).toContainText("怎么办：");
  await rule.locator("summary").click();
  await expect(rule.locator("blockquote")).toHaveText("政府及所属部门（事业单位、未与政府部门脱钩的社会团体）不能申报。");
});

test("the error summary lists what is missing and takes the user to the field", async ({ page }) => {
  await openRoute(page, "/procedure/first-school");
  await page.getByRole("button", { name: "开始自查" }).click();
  await continueButton(page).click();
  const summary = page.locator(".error-summary");
  await expect(summary).toBeFocused();
  // The school track asks the kind of school and 公办/民办, never the legal form.
  await expect(summary).toContainText("请选择院校类型");
  await expect(summary).toContainText("请选择公办或民办");
  await expect(page.locator("#legal-form")).toHaveCount(0);
  await summary.getByRole("link", { name: "请选择院校类型" }).click();
  await expect(page.locator("#school-kind")).toBeFocused();
  await expectNoAxeViolations(page, "a page with errors");
  await page.getByRole("radio", { name: "地方所属中等职业学校", exact: true }).check();
  await continueButton(page).click();
  await expect(page.locator(".field-error")).toContainText("请选择公办或民办");
});

test("a public county school on the school track is never refused for being a 事业单位", async ({ page }) => {
  // A draft that once answered 事业单位 (another procedure) keeps that answer, and the school
  // track neither asks nor reads it.
  await openRoute(page, "/procedure/first-social-org");
  await page.getByRole("button", { name: "开始自查" }).click();
  await page.getByRole("radio", { name: "事业单位", exact: true }).check();
  await continueButton(page).click();
  await completeSelfCheck(page, { name: "county school", procedure: "first-school", legalForm: "事业单位", schoolKind: "地方所属中等职业学校", place: "周口市",
    occupations: [{ search: "chegong", level: "三级/高级工", standard: "国家职业（技能）标准" }], date: "2026-12-01",
    expect: { verdict: "可以备案", authority: "place-education", steps: [], materials: [] } });
  await expect(page.locator("h1")).toHaveText("可以备案");
  await expect(page.locator("[data-authority]")).toHaveAttribute("data-authority", "place-education");
  await expect(page.locator("[data-rule=school-is-school]").first()).not.toContainText("不是院校");
});

test("a private college under part 二 is asked how it is registered, by keyboard and in English", async ({ page }) => {
  await openRoute(page, "/procedure/first-social-org");
  await page.getByRole("button", { name: "开始自查" }).click();
  await expect(page.locator("#legal-form-hint")).toContainText("院校（含公办）请选“院校”");
  await page.getByRole("radio", { name: "院校", exact: true }).check();
  await page.getByRole("radio", { name: "高等职业学校", exact: true }).check();
  // 公办 then 民办 by the arrow key, as a keyboard user would.
  await page.locator("#school-ownership").focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("radio", { name: "民办", exact: true })).toBeChecked();
  await continueButton(page).click();
  await expect(page.locator(".field-error")).toContainText("请选择民办院校的登记类型");
  await page.getByRole("button", { name: /English/ }).click();
  await expect(page.getByRole("group", { name: "Where is the private school registered?" })).toBeVisible();
  await page.getByRole("radio", { name: "Private non-enterprise unit (registered with civil affairs)", exact: true }).check();
  await expectNoAxeViolations(page, "the school questions (en)");
  await page.getByRole("button", { name: /中文/ }).click();
  await continueButton(page).click();
  await continueButton(page).click();
  await page.getByLabel("申请单位在哪个省辖市或示范区？").selectOption({ label: "洛阳市" });
  await continueButton(page).click();
  // Registered as a 民办非企业单位: its civil-affairs records are asked (2.7.2(2), (3)).
  await expect(page.locator("h1")).toHaveText("登记和信用记录");
  await expect(page.locator("#inspection-failed")).toBeVisible();
  await expect(page.locator("#abnormal-listed")).toHaveCount(0);
});

test("a reload mid-way brings the user back with every answer", async ({ page }) => {
  await openRoute(page, "/procedure/first-social-org");
  await page.getByRole("button", { name: "开始自查" }).click();
  await page.getByRole("radio", { name: "民办非企业单位", exact: true }).check();
  await continueButton(page).click();
  await continueButton(page).click();
  await page.getByLabel("申请单位在哪个省辖市或示范区？").selectOption({ label: "安阳市" });
  await page.reload();
  await expect(page.locator("h1")).toHaveText("所在地");
  await expect(page.getByLabel("申请单位在哪个省辖市或示范区？")).toHaveValue("4105");
  await page.goto("/#/check/organisation");
  await expect(page.getByRole("radio", { name: "民办非企业单位", exact: true })).toBeChecked();
  await openRoute(page, "/");
  await expect(page.getByText("您有一份未完成的自查：社会培训评价组织备案")).toBeVisible();
});

test("changing an early answer on the review page keeps all the others", async ({ page }) => {
  await completeSelfCheck(page, SCENARIOS[1]);
  await page.getByRole("link", { name: "返回核对页" }).click();
  await page.getByRole("link", { name: "修改 申请单位的性质是什么？" }).click();
  await page.getByRole("radio", { name: "民办非企业单位", exact: true }).check();
  await page.getByRole("button", { name: "保存并返回核对页" }).click();
  await expect(page.locator("h1")).toHaveText("核对您的回答");
  const answers = page.locator("main");
  await expect(answers).toContainText("民办非企业单位");
  await expect(answers).toContainText("洛阳市");
  await expect(answers).toContainText("6-18-01-01 车工");
  // A private non-enterprise unit is asked about its own records (2.7.2(2), (3)); the other
  // answers are all still there, so the result only needs those two.
  await page.getByRole("button", { name: "查看结果" }).click();
  await expect(page.locator("h1")).toHaveText("需进一步确认");
  expect(await page.locator("#to-fix ~ ul [data-rule]").evaluateAll((els) => els.map((el) => el.getAttribute("data-rule"))))
    .toEqual(["social-annual-inspections-passed", "social-not-illegal-organisation"]);
});

test("removing an occupation row keeps every other row's answers in place", async ({ page }) => {
  await openRoute(page, "/procedure/first-employer");
  await page.getByRole("button", { name: "开始自查" }).click();
  await page.goto("/#/check/occupations");
  await expect(page.locator("h1")).toHaveText("申报职业（工种）");
  for (const [n, query] of [[1, "chegong"], [2, "zhongshipengtiao"]] as const) {
    await page.getByRole("button", { name: "添加职业（工种）" }).click();
    await page.locator(`#occupation-${n}-search`).fill(query);
    await expect(page.locator(`#occupation-${n}-results [role=option]`).first()).toBeVisible();
    await page.locator(`#occupation-${n}-search`).press("ArrowDown");
    await page.locator(`#occupation-${n}-search`).press("Enter");
  }
  await page.getByRole("group", { name: "第 2 行" }).getByRole("checkbox", { name: "四级/中级工" }).check();
  await page.getByRole("button", { name: "删除第 1 行" }).click();
  await expect(page.locator("#occupation-1-search")).toHaveValue("4-03-02-01 中式烹调师");
  await expect(page.getByRole("group", { name: "第 1 行" }).getByRole("checkbox", { name: "四级/中级工" })).toBeChecked();
  await expect(page.locator("#occupation-2-search")).toHaveCount(0);
});

test("the occupation picker follows the ARIA combobox pattern: no active option until an arrow key", async ({ page }) => {
  await openRoute(page, "/procedure/first-employer");
  await page.getByRole("button", { name: "开始自查" }).click();
  await page.goto("/#/check/occupations");
  await expect(page.locator("h1")).toHaveText("申报职业（工种）");
  await page.getByRole("button", { name: "添加职业（工种）" }).click();
  const input = page.locator("#occupation-1-search");
  const options = page.locator("#occupation-1-results [role=option]");
  await expect(page.locator("#occupation-1-search-hint")).toHaveText(/用上下键选择，回车确认/);
  await input.fill("cg");
  await expect(options.first()).toBeVisible();
  expect(await options.count()).toBeGreaterThan(1);
  const first = (await options.first().textContent())!.replace(/\s+/g, " ").trim();
  // Nothing is highlighted yet: Enter picks nothing and does not leave the page.
  await expect(input).not.toHaveAttribute("aria-activedescendant", /./);
  await expect(page.locator("#occupation-1-results [aria-selected=true]")).toHaveCount(0);
  await input.press("Enter");
  await expect(input).toHaveValue("cg");
  await expect(page.locator("h1")).toHaveText("申报职业（工种）");
  // ↓ goes to the first option, and the input says which one is active.
  await input.press("ArrowDown");
  await expect(input).toHaveAttribute("aria-activedescendant", "occupation-1-option-0");
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  await input.press("ArrowDown");
  await expect(input).toHaveAttribute("aria-activedescendant", "occupation-1-option-1");
  await input.press("ArrowUp");
  await expect(input).toHaveAttribute("aria-activedescendant", "occupation-1-option-0");
  await input.press("Enter");
  await expect(input).toHaveValue(first);
  await expect(input).toHaveValue(/^6-18-01-01 车工$/);
});

// The names and pinyin are not in the first load: the page fetches occupation-names.txt when
// the occupation question is first shown (core::reference::occupation::NAMES_FILE). No service
// worker here, so that the route sees every request.
test.describe("the occupation list, fetched when its question is shown", () => {
  test.use({ serviceWorkers: "block" });

  test("a failed fetch is said where the user types, the draft is kept, and 重试 loads it", async ({ page, watch }) => {
    let fail = true;
    let fetched = 0;
    await page.route("**/occupation-names.txt", async (route) => {
      fetched++;
      if (fail) await route.fulfill({ status: 503, body: "" });
      else await route.continue();
    });
    await openRoute(page, "/procedure/first-employer");
    await page.getByRole("button", { name: "开始自查" }).click();
    expect(fetched, "the start and the first question do not fetch the names").toBe(0);
    await page.goto("/#/check/occupations");
    await expect(page.locator("h1")).toHaveText("申报职业（工种）");
    await page.getByRole("button", { name: "添加职业（工种）" }).click();
    const status = page.locator("[data-occupation-names-state]");
    await expect(status).toContainText("职业目录暂时无法载入");
    expect(fetched).toBe(1);
    const input = page.locator("#occupation-1-search");
    await input.fill("chegong");
    await expect(page.locator("#occupation-1-results [role=option]")).toHaveCount(0);
    await expectNoAxeViolations(page, "the occupation list not loaded");
    fail = false;
    await status.getByRole("button", { name: "重试" }).click();
    await expect(status).toBeHidden();
    // What was typed is searched as soon as the names are in.
    await expect(page.locator("#occupation-1-results [role=option]").first()).toContainText("6-18-01-01 车工");
    await input.press("ArrowDown");
    await input.press("Enter");
    await expect(input).toHaveValue("6-18-01-01 车工");
    expect(fetched).toBe(2);
    // The one failure, as the browser reports it; nothing else went wrong.
    expect(takeErrors(watch, "503").length).toBeGreaterThan(0);
  });
});

test("one full self-check by keyboard alone", async ({ page }) => {
  const tabTo = async (selector: string) => {
    const target = page.locator(selector).first();
    for (let presses = 0; presses < 60; presses++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await page.keyboard.press("Tab");
    }
    throw new Error(`Tab never reached ${selector}`);
  };
  await openRoute(page, "/");
  await tabTo("a[href='#/procedure/first-employer']");
  await page.keyboard.press("Enter");
  await tabTo("button.button--start");
  await page.keyboard.press("Enter");
  await expect(page.locator("h1")).toHaveText("单位性质");
  await tabTo("#legal-form");
  await page.keyboard.press("Space");
  await tabTo("button[type=submit]");
  await page.keyboard.press("Enter");
  await expect(page.locator("h1")).toHaveText("隶属和层级");
  await tabTo("button[type=submit]");
  await page.keyboard.press("Enter");
  await expect(page.locator("h1")).toHaveText("所在地");
  await tabTo("#place");
  await page.keyboard.press("ArrowDown");
  await expect(page.locator("#place")).toHaveValue("4101");
  await tabTo("button[type=submit]");
  await page.keyboard.press("Enter");
  await expect(page.locator("h1")).toHaveText("申请条件");
  const firstRadios = await page.locator(".radios__item:first-child input").evaluateAll((els) => els.map((el) => el.id));
  for (const id of firstRadios) {
    await tabTo(`#${id}`);
    await page.keyboard.press("Space");
  }
  await tabTo("button[type=submit]");
  await page.keyboard.press("Enter");
  await expect(page.locator("h1")).toHaveText("申报职业（工种）");
  await tabTo("button.button--secondary");
  await page.keyboard.press("Enter");
  await expect(page.locator("#occupation-1-search")).toBeFocused();
  await page.keyboard.type("cg");
  // As the hint says (用上下键选择，回车确认): ↓ goes to the first result, Enter takes it.
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page.locator("#occupation-1-search")).toHaveValue(/^6-18-01-01 车工$/);
  await tabTo("#occupation-1-levels");
  await page.keyboard.press("Space");
  await tabTo("#occupation-1-standard");
  await page.keyboard.press("Space");
  await tabTo("#occupation-1-official-list");
  await page.keyboard.press("Space");
  await tabTo("button[type=submit]");
  // No rule of an employer's first filing reads the application date, and it has no choice to
  // make: no application page (issue 14, item 15).
  await page.keyboard.press("Enter");
  await expect(page.locator("h1")).toHaveText("核对您的回答");
  await tabTo("button.button");
  await page.keyboard.press("Enter");
  await expect(page.locator("h1")).toHaveText("可以备案");
  await expect(page.locator("h1")).toBeFocused();
  await expect(page.locator("[data-authority]")).toHaveAttribute("data-authority", "place-hrss");
});

test("when storage is unavailable the page says so and still works", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", { get() { throw new DOMException("denied", "SecurityError"); } });
  });
  await openRoute(page, "/procedure/first-employer");
  await page.getByRole("button", { name: "开始自查" }).click();
  await expect(page.getByRole("alert")).toContainText("无法在本设备保存您的回答");
  await page.getByRole("radio", { name: "企业", exact: true }).check();
  await continueButton(page).click();
  await expect(page.locator("h1")).toHaveText("隶属和层级");
});

test("a damaged saved draft is kept aside and the page starts blank", async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem("henan-filing.draft", "{not json");
      sessionStorage.setItem("seeded", "1");
    }
  });
  await openRoute(page, "/");
  await expect(page.getByRole("alert")).toContainText("上次保存的回答无法读取");
  expect(await page.evaluate(() => localStorage.getItem("henan-filing.draft-unreadable"))).toBe("{not json");
});

test("start over asks first, and delete-all removes everything the page stored", async ({ page }) => {
  await completeSelfCheck(page, SCENARIOS[0]);
  // A receiving office's work on the same device is the office page's, not this page's: it stays.
  await page.evaluate(() => localStorage.setItem("henan-filing.office.work", "{\"kept\":true}"));
  await openRoute(page, "/");
  page.once("dialog", (dialog) => dialog.dismiss());
  await page.getByRole("button", { name: "重新开始" }).click();
  // A completed check is not called 未完成 (issue 14, item 17).
  await expect(page.getByText("您已完成一份自查：用人单位职业技能等级认定机构备案")).toBeVisible();
  await expect(page.getByText("未完成")).toHaveCount(0);
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "删除本设备上的全部数据" }).click();
  await expect(page.getByText("您已完成一份自查")).toHaveCount(0);
  // ... and says it is done.
  await expect(page.getByRole("status").filter({ hasText: "已删除本页在此设备上保存的全部内容" })).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("henan-filing.")))).toEqual(["henan-filing.office.work"]);
  expect(await page.evaluate(() => localStorage.getItem("henan-filing.office.work"))).toBe('{"kept":true}');
});

test("the result's dates download as a calendar file", async ({ page }) => {
  // Only dates from today on go into the file: today is fixed before them.
  await page.clock.setFixedTime(new Date("2027-04-01T09:00:00"));
  await completeSelfCheck(page, SCENARIOS[9]);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "下载日历文件（.ics）" }).click();
  const file = await download;
  // Named by procedure (and institution, when the forms give one: result-fidelity.spec.ts).
  expect(file.suggestedFilename()).toBe("评价机构备案续期-deadlines.ics");
  const text = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  expect(text).toContain("DTSTART;VALUE=DATE:20270501");
  expect(text).toContain("TRIGGER:-P7D");
});

test("axe finds no violations on any page of the self-check, in both languages", async ({ page }) => {
  // Twenty axe runs: more than the default 30 s when the machine is shared.
  test.setTimeout(120_000);
  await completeSelfCheck(page, { ...SCENARIOS[1], affiliations: [] });
  for (const lang of ["zh-CN", "en"]) {
    if (lang === "en") await page.getByRole("button", { name: /English/ }).click();
    await expectNoAxeViolations(page, `result (${lang})`);
    for (const slug of ["organisation", "affiliations", "place", "records", "conditions", "prohibitions", "occupations", "request"]) {
      await openRoute(page, `/check/${slug}`);
      await expectNoAxeViolations(page, `${slug} (${lang})`);
    }
    await openRoute(page, "/review");
    await expectNoAxeViolations(page, `review (${lang})`);
    await openRoute(page, "/procedure/first-social-org");
    await expectNoAxeViolations(page, `procedure start (${lang})`);
    await openRoute(page, "/result");
  }
});

test("the result in English and large text, with screenshots at phone and desktop widths", async ({ page }) => {
  await completeSelfCheck(page, SCENARIOS[10]);
  const folder = screenshotFolder();
  for (const [name, width, height] of SCREEN_SIZES) {
    await page.setViewportSize({ width, height });
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, `result at ${width}px scrolls sideways`).toBeLessThanOrEqual(width);
    await page.screenshot({ path: `${folder}/result-${name}-${width}x${height}.png`, fullPage: true });
  }
  await page.getByRole("button", { name: /English/ }).click();
  await expect(page.locator("h1")).toHaveText("You can apply for renewal");
  await page.getByRole("button", { name: "大字模式" }).or(page.getByRole("button", { name: "Large text" })).click();
  await expect(page.locator("html")).toHaveClass(/large-text/);
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.screenshot({ path: `${folder}/result-phone-en-large-text.png`, fullPage: true });
  console.log(`screenshots written to ${folder}`);
});
