// The app shell as a new visitor meets it: start page, language switch, procedure pages,
// keyboard use, sub-path hosting, accessibility and screenshots.
import { test, expect, openRoute, expectNoAxeViolations, SUB_PATH, SCREEN_SIZES, screenshotFolder } from "./fixtures";

const PROCEDURE_IDS = [
  "first-employer",
  "first-social-org",
  "first-school",
  "information-change",
  "incremental",
  "renewal",
  "termination",
];

test("the start page explains the app and lists the guide's seven procedures", async ({ page }) => {
  await openRoute(page, "/");
  await expect(page.locator("h1")).toHaveText("河南省职业技能等级评价机构备案助手");
  await expect(page).toHaveTitle("河南省职业技能等级评价机构备案助手");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  const links = page.locator(".procedure-card__link");
  await expect(links).toHaveCount(7);
  await expect(links.nth(0)).toHaveText("用人单位职业技能等级认定机构备案");
  await expect(links.nth(6)).toHaveText("评价机构申请终止备案");
  await expect(page.getByRole("heading", { level: 2, name: "首次备案" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "已备案机构" })).toBeVisible();
});

test("the language switch turns the page into English and the choice survives a reload", async ({ page }) => {
  await openRoute(page, "/");
  await page.getByRole("button", { name: /English/ }).click();
  await expect(page.locator("h1")).toHaveText("Henan skill-evaluation institution filing assistant");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator(".procedure-card__link").nth(5)).toHaveText("Renewal of filing");
  await page.reload();
  await expect(page.locator("h1")).toHaveText("Henan skill-evaluation institution filing assistant");
  await page.getByRole("button", { name: /简体中文/ }).click();
  await expect(page.locator("h1")).toHaveText("河南省职业技能等级评价机构备案助手");
});

test("each procedure page shows the guide's scope with its citation, and back returns to the start", async ({ page }) => {
  await openRoute(page, "/");
  for (const [index, id] of PROCEDURE_IDS.entries()) {
    const link = page.locator(".procedure-card__link").nth(index);
    const title = (await link.textContent())!;
    await link.click();
    await expect(page).toHaveURL(new RegExp(`#/procedure/${id}$`));
    await expect(page.locator("h1")).toHaveText(title);
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(`适用范围 ${index + 1}\\.1`) })).toBeVisible();
    await expect(page.locator("blockquote.guide-quote")).toContainText("适用于");
    await page.goBack();
    await expect(page.locator("h1")).toHaveText("河南省职业技能等级评价机构备案助手");
  }
});

test("an unknown address shows a not-found page with a way back", async ({ page }) => {
  await openRoute(page, "/procedure/no-such-thing");
  await expect(page.locator("h1")).toHaveText("找不到该页面");
  await page.getByRole("link", { name: "返回首页" }).click();
  await expect(page.locator(".procedure-card__link")).toHaveCount(7);
});

test("the start page works with the keyboard alone", async ({ page }) => {
  await openRoute(page, "/");
  // The first Tab reaches the skip link, which moves focus to the main content.
  await page.keyboard.press("Tab");
  await expect(page.locator(".skip-link")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("#main")).toBeFocused();
  // From the main content, Tab reaches the first procedure; Enter opens it and focus lands on
  // the new page's heading.
  await page.keyboard.press("Tab");
  await expect(page.locator(".procedure-card__link").first()).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.locator(".procedure-card__link").nth(1)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("h1")).toHaveText("社会培训评价组织备案");
  await expect(page.locator("h1")).toBeFocused();
  // Tab onward to the "back to start" link and follow it.
  const back = page.getByRole("link", { name: "返回首页" });
  for (let presses = 0; presses < 10 && !(await back.evaluate((el) => el === document.activeElement)); presses++) {
    await page.keyboard.press("Tab");
  }
  await expect(back).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("h1")).toHaveText("河南省职业技能等级评价机构备案助手");
  await expect(page.locator("h1")).toBeFocused();
  // The language switch works from the keyboard too: Shift+Tab back to it, Space presses it.
  const languageSwitch = page.getByRole("button", { name: /English/ });
  await languageSwitch.focus();
  await page.keyboard.press("Space");
  await expect(page.locator("h1")).toHaveText("Henan skill-evaluation institution filing assistant");
});

test("the app runs under a sub-path, as a host site would serve it", async ({ page }) => {
  await openRoute(page, "/procedure/renewal", SUB_PATH);
  await expect(page.locator("h1")).toHaveText("评价机构备案续期");
  await page.getByRole("link", { name: "返回首页" }).click();
  await expect(page).toHaveURL(new RegExp(`${SUB_PATH}#/$`));
  await expect(page.locator(".procedure-card__link")).toHaveCount(7);
});

for (const lang of ["zh-CN", "en"]) {
  test(`axe finds no violations on any page (${lang})`, async ({ page }) => {
    await openRoute(page, "/");
    if (lang === "en") await page.getByRole("button", { name: /English/ }).click();
    await expectNoAxeViolations(page, `start page (${lang})`);
    for (const id of PROCEDURE_IDS) {
      await openRoute(page, `/procedure/${id}`);
      await expectNoAxeViolations(page, `procedure ${id} (${lang})`);
    }
    await openRoute(page, "/no-such-page");
    await expectNoAxeViolations(page, `not-found page (${lang})`);
  });
}

test("screenshots at phone and desktop widths, with no horizontal scrolling", async ({ page }) => {
  const folder = screenshotFolder();
  for (const [name, width, height] of SCREEN_SIZES) {
    await page.setViewportSize({ width, height });
    for (const [route, label] of [
      ["/", "start"],
      ["/procedure/first-social-org", "procedure"],
    ]) {
      await openRoute(page, route);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth, `${label} at ${width}px scrolls sideways`).toBeLessThanOrEqual(width);
      await page.screenshot({ path: `${folder}/${label}-${name}-${width}x${height}.png`, fullPage: true });
    }
  }
  console.log(`screenshots written to ${folder}`);
});
