// Never a blank page: both pages carry a static message (#boot in index.html and forms.html,
// style/app.css ".boot") that says "loading" and, where the app cannot start, why and what to
// do. The app removes it when it mounts; the start script (scripts/start.template.js) shows its
// help with the reason when WebAssembly is missing, when the wasm fails to instantiate, and when
// nothing has started after 20 s; the nomodule script (assets/boot-nomodule.js) shows it at once
// where modules do not run; and where no script runs at all the help appears by itself.
import type { Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations } from "./fixtures";

const PAGES = [
  { name: "self-check", path: "/", title: "河南省职业技能等级评价机构备案助手" },
  { name: "forms page", path: "/forms/", title: "填写备案表格 · 河南省职业技能等级评价机构备案助手" },
];

const GUIDE_TITLE = "河南省职业技能等级评价机构备案工作指南（2024年版）";

/** The message with its help shown: the guide's title, what to do in both languages, the reason. */
async function expectHelpShown(page: Page, title: string, reason: RegExp) {
  const boot = page.locator("#boot");
  await expect(boot.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(boot.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(boot).toContainText(GUIDE_TITLE);
  await expect(boot).toContainText("极速模式");
  await expect(boot).toContainText("Edge、Chrome、Firefox");
  await expect(boot.locator("[lang=en]").last()).toContainText("This page has not started in this browser");
  await expect(page.locator("#boot-reason")).toHaveText(reason);
  await expect(boot.getByText("正在加载…")).toBeHidden();
}

/** Errors the test caused on purpose, taken out of those the fixture refuses. */
function forgetErrors(errors: string[], pattern: RegExp) {
  errors.splice(0, errors.length, ...errors.filter((error) => !pattern.test(error)));
}

/** As forgetErrors, but each pattern must have been logged. */
function expectAndForgetErrors(errors: string[], expected: RegExp[]) {
  for (const pattern of expected) {
    expect(errors.some((error) => pattern.test(error)), `an error matching ${pattern} in ${JSON.stringify(errors)}`).toBe(true);
    forgetErrors(errors, pattern);
  }
}

for (const { name, path, title } of PAGES) {
  test(`${name}: the page as served says it is loading, with its help hidden until needed`, async ({ page }) => {
    const html = await (await page.request.get(path)).text();
    expect(html).toContain('<div id="boot" class="boot" role="main">');
    expect(html).toContain("正在加载…");
    expect(html).toContain(GUIDE_TITLE);
    // A nomodule script of its own, and nothing inline (the Content-Security-Policy forbids it).
    expect(html).toMatch(/<script src="\.\/boot-nomodule-[0-9a-f]+\.js"[^>]* nomodule/);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  });

  test(`${name}: a normal start removes the message, and axe finds nothing`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator(".site-header")).toBeVisible();
    await expect(page.locator("#boot")).toHaveCount(0);
    await expect(page.locator("h1")).toHaveCount(1);
    await expectNoAxeViolations(page, `${name} after a normal start`);
  });

  test(`${name}: without WebAssembly the page says why and what to do`, async ({ page }) => {
    await page.addInitScript(() => {
      delete (window as { WebAssembly?: unknown }).WebAssembly;
    });
    await page.goto(path);
    await expectHelpShown(page, title, /^原因 Reason: 此浏览器不能运行 WebAssembly.*this browser cannot run WebAssembly/);
    await expect(page.locator(".site-header")).toHaveCount(0);
    await expectNoAxeViolations(page, `${name} without WebAssembly`);
  });

  test(`${name}: a wasm that fails to instantiate is reported with the reason`, async ({ page, watch }) => {
    await page.route("**/*_bg.wasm", (route) =>
      route.fulfill({ status: 200, contentType: "application/wasm", body: Buffer.from("this is not a wasm module") }),
    );
    await page.goto(path);
    await expectHelpShown(page, title, /^原因 Reason: CompileError: .*magic/);
    await expect(page.locator(".site-header")).toHaveCount(0);
    await expectNoAxeViolations(page, `${name} with a broken wasm`);
    // The start script logs the error for developers; the preload of the wasm may complain
    // that the garbage does not match its integrity hash.
    expectAndForgetErrors(watch.errors, [/the app did not start/]);
    forgetErrors(watch.errors, /integrity/);
  });

  test(`${name}: a start that never comes is explained after 20 s`, async ({ page }) => {
    await page.clock.install();
    // The wasm never arrives, as on a network that has stalled.
    await page.route("**/*_bg.wasm", () => {});
    await page.goto(path);
    await expect(page.getByText("正在加载…")).toBeVisible();
    await expect(page.locator("#boot h1")).toBeHidden();
    await expect(page.locator("#boot-reason")).toBeEmpty();
    await page.clock.runFor(20_000);
    await expectHelpShown(page, title, /^原因 Reason: 20 秒后仍未启动.*not started after 20 s/);
  });

  test(`${name}: a browser that does not run modules shows the help at once`, async ({ page }) => {
    // Chromium runs modules, so the page is served as such a browser would treat it: the
    // module start script is not run, and the nomodule script is.
    await page.route(`**${path}`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text())
        .replace(/<script type="module" src="[^"]*"><\/script>/, "")
        .replace(/(<script src="\.\/boot-nomodule-[^"]*"[^>]*) nomodule/, "$1");
      await route.fulfill({ response, body: html });
    });
    await page.goto(path);
    await expectHelpShown(page, title, /^原因：此浏览器不能运行 JavaScript 模块.*this browser cannot run JavaScript modules/);
    await expectNoAxeViolations(page, `${name} where modules do not run`);
  });
}

test("where no script can run at all, the help appears by itself after 20 s", async ({ page, watch }) => {
  // A start script this browser cannot parse (as for a browser that runs modules but not
  // import()): nothing explains, so the page's own style shows the help after its delay.
  await page.route("**/start-*.js", (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: "this is not JavaScript" }),
  );
  await page.goto("/");
  const heading = page.locator("#boot").getByRole("heading", { level: 1 });
  await expect(page.getByText("正在加载…")).toBeVisible();
  await expect(heading).toBeHidden();
  const cdp = await page.context().newCDPSession(page);
  // The page's animations (only the help's delay here) run a hundred times faster.
  await cdp.send("Animation.enable");
  await cdp.send("Animation.setPlaybackRate", { playbackRate: 100 });
  await expect(heading).toBeVisible();
  await expect(page.locator("#boot")).toContainText("极速模式");
  await expect(page.locator("#boot-reason")).toBeEmpty();
  await cdp.detach();
  expectAndForgetErrors(watch.errors, [/page error: .*Unexpected identifier/]);
});
