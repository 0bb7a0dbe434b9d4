// Offline use and updates, the way a user on a poor network meets them: the first load installs
// the service worker; afterwards the self-check works with the server gone; the forms page and
// the office worker, once the forms have been opened (not before: issue 16); a newly published build is
// announced and taken only when the user asks, and drafts survive it.
//
// Each test serves its own copy of dist/ on a port of its own, so it can stop the server and
// publish a changed build without disturbing the other tests.
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import type { Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations, SUB_PATH } from "./fixtures";
import { changedBuild, copyOfDist, removeCopies, serviceWorkerVersion, startStaticServer } from "./servers";
import { SCENARIOS, completeSelfCheck, expectResult } from "./self-check-flow";

const OFFLINE_PORT = Number(process.env.TEST_PORT ?? 8081) + 16;
const UPDATE_PORT = Number(process.env.TEST_PORT ?? 8081) + 17;
const INTENT_PORT = Number(process.env.TEST_PORT ?? 8081) + 18; // and + 19
const BYTES_PORT = Number(process.env.TEST_PORT ?? 8081) + 20;
// Issue 16: what a visitor who only checks downloads in all, the service worker's background
// included. Measured 274.8 KB on 2026-11-30 (the aim: 300), then 286.0 KB with issue 14's result
// page: the occupation names left the first load for a file of their own (occupation-names.txt,
// 13.3 KB, which this visit fetches at the occupation question), and the result page's code is
// in the first load. That is the one time this budget went up, still under the 300 KB
// aim (docs/bytes.md "Issue 14's result page, landed"). 271.6 KB on 2026-12-01 with the release
// build on a pinned nightly (docs/bytes.md "Nightly for the release build"); 269.7 KB with the
// wasm-bindgen glue minified (scripts/postbuild.mjs); 269.3 KB with the start script and sw.js
// minified too. The budget keeps about 1 KB for a build in another folder. Lower it as the first
// load shrinks.
const SELF_CHECK_VISIT_BUDGET_BROTLI_BYTES = 270 * 1024;

test.afterAll(removeCopies);

/** Waits until the service worker has precached everything and controls the page. */
async function waitForServiceWorker(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test.describe("offline", () => {
  test.use({ baseURL: `http://127.0.0.1:${OFFLINE_PORT}/` });

  test("after the first load the app works with the server stopped, under a sub-path", async ({ page }) => {
    const server = await startStaticServer(copyOfDist(), OFFLINE_PORT);
    try {
      await page.goto(`${SUB_PATH}#/`);
      await expect(page.locator("h1")).toHaveText("河南省职业技能等级评价机构备案助手");
      await waitForServiceWorker(page);
      // The definitions are not downloaded on the first visit (issue 16), only when fetched,
      // and kept from then on.
      const kept = () =>
        page.evaluate(() => caches.keys().then((names) => Promise.all(names.map((name) => caches.open(name).then((cache) => cache.match("occupation-definitions.json"))))).then((hits) => hits.some(Boolean)));
      expect(await kept(), "definitions cached before they were asked for").toBe(false);
      expect(await page.evaluate(() => fetch("occupation-definitions.json").then((response) => response.status))).toBe(200);
      await expect.poll(kept).toBe(true);
    } finally {
      await server.stop();
    }
    await expect(fetch(`${server.origin}/`), "the server is really stopped").rejects.toThrow();

    // A reload and a fresh load of another page both come from the service worker.
    await page.reload();
    await expect(page.locator("h1")).toHaveText("河南省职业技能等级评价机构备案助手");
    await expect(page.locator(".procedure-card__link")).toHaveCount(7);
    await page.goto(`${SUB_PATH}#/procedure/renewal`);
    await page.reload();
    await expect(page.locator("h1")).toHaveText("评价机构备案续期");
    await page.getByRole("link", { name: "返回首页" }).click();
    await expect(page.locator(".procedure-card__link")).toHaveCount(7);

    // What the app fetches on demand (the definitions once fetched), and what installing it
    // needs, are there too.
    for (const file of ["occupation-definitions.json", "occupation-names.txt", "guide-clauses.json", "manifest.webmanifest", "icons/icon-192.png", "site.json"]) {
      const status = await page.evaluate((path) => fetch(path).then((response) => response.status), file);
      expect(status, `${file} offline`).toBe(200);
    }

    // A whole self-check, still offline, and its print preview.
    await completeSelfCheck(page, SCENARIOS[1], SUB_PATH);
    await expectResult(page, SCENARIOS[1].expect);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".site-header")).toBeHidden();
    await expect(page.locator("h1")).toHaveText("可以备案");
    await expect(page.locator("[data-material]")).toHaveCount(SCENARIOS[1].expect.materials.length);
    await page.emulateMedia({ media: "screen" });

    // The forms page and the office worker were never opened, so they were not downloaded:
    // offline, the forms page does not open (issue 16: a self-check costs no forms).
    const kept = await page.evaluate(() =>
      caches
        .keys()
        .then((names) => Promise.all(names.map((name) => caches.open(name).then((cache) => cache.keys()))))
        .then((lists) => lists.flat().map((request) => request.url)),
    );
    expect(kept.filter((url) => url.includes("/forms/"))).toEqual([]);
    await expect(page.goto(`${SUB_PATH}forms/#/`)).rejects.toThrow();
  });
});

for (const { first, path, port } of [
  { first: "the self-check, then the forms", path: ["#/", "forms/#/"], port: INTENT_PORT },
  { first: "the forms (the first visit of all)", path: ["forms/#/"], port: INTENT_PORT + 1 },
]) {
  test.describe(`offline after opening the forms: ${first}`, () => {
    test.use({ baseURL: `http://127.0.0.1:${port}/` });

    test("once opened, the forms page and the office worker work offline", async ({ page }) => {
      const server = await startStaticServer(copyOfDist(), port);
      try {
        for (const step of path) {
          await page.goto(`${SUB_PATH}${step}`);
          await expect(page.locator("h1")).toBeVisible();
          await waitForServiceWorker(page);
        }
        await expect(page.locator("h1")).toHaveText("填写备案表格");
        // The worker fetches them in the background once the forms are opened.
        await expect
          .poll(() =>
            page.evaluate(async () => {
              const names = await caches.keys();
              const hits = await Promise.all(names.map((name) => caches.open(name).then((cache) => cache.match("filing-office_bg.wasm"))));
              return hits.some(Boolean);
            }),
          )
          .toBe(true);
      } finally {
        await server.stop();
      }

      // Offline: the forms page opens and the office worker's files are there.
      await page.reload();
      await expect(page.locator("h1")).toHaveText("填写备案表格");
      for (const file of ["filing-office.js", "filing-office_loader.js", "filing-office_bg.wasm"]) {
        const status = await page.evaluate((name) => fetch(name).then((response) => response.status), file);
        expect(status, `${file} offline`).toBe(200);
      }
      // A whole self-check, still offline, then its forms: filled in and printed.
      await completeSelfCheck(page, SCENARIOS[1], SUB_PATH);
      await expectResult(page, SCENARIOS[1].expect);
      await page.getByRole("link", { name: "填写备案表格" }).click();
      await expect(page.locator("h1")).toHaveText("填写备案表格");
      await page.getByRole("link", { name: "河南省职业技能等级评价机构备案申请表", exact: true }).click();
      await page.getByRole("textbox", { name: "单位名称" }).fill("离线也能填写的单位");
      await page.getByRole("link", { name: "打印预览" }).click();
      await expect(page.locator(".sheets")).toContainText("离线也能填写的单位");
    });
  });
}

test.describe("what a visit downloads", () => {
  test.use({ baseURL: `http://127.0.0.1:${BYTES_PORT}/` });

  test("a self-check-only visit, the service worker's background included, downloads at most 300 KB brotli and nothing of the forms", async ({
    page,
  }) => {
    const dir = copyOfDist();
    const server = await startStaticServer(dir, BYTES_PORT);
    try {
      await page.goto("/#/");
      await waitForServiceWorker(page);
      await completeSelfCheck(page, SCENARIOS[1]);
      await expectResult(page, SCENARIOS[1].expect);
    } finally {
      await server.stop();
    }
    // The local server does not compress: each file it sent is counted as brotli -q 11 would
    // send it (README "Size" counts the same way), every time it was sent.
    expect(server.served.filter((file) => file.startsWith("forms/")), "nothing of the forms").toEqual([]);
    const brotli = (file: string) =>
      brotliCompressSync(readFileSync(join(dir, file)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    const total = server.served.reduce((sum, file) => sum + brotli(file), 0);
    const raw = server.served.reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);
    test.info().annotations.push({
      type: "bytes",
      description: `${server.served.length} files, ${(total / 1024).toFixed(1)} KB brotli (${(raw / 1024).toFixed(1)} KB raw): ${server.served.join(", ")}`,
    });
    expect(total, server.served.join(", ")).toBeLessThanOrEqual(SELF_CHECK_VISIT_BUDGET_BROTLI_BYTES);
  });
});

test.describe("update", () => {
  test.use({ baseURL: `http://127.0.0.1:${UPDATE_PORT}/` });

  test("a published new version is announced, taken only when the user asks, and keeps the drafts", async ({ page }) => {
    const firstBuild = copyOfDist();
    let server = await startStaticServer(firstBuild, UPDATE_PORT);
    try {
      await page.goto("/#/");
      await expect(page.locator("h1")).toHaveText("河南省职业技能等级评价机构备案助手");
      await waitForServiceWorker(page);
      // No notice for the version the user already has.
      await expect(page.locator(".update-notice[role=status]")).toBeEmpty();
      // Something the user typed, as a draft would keep it.
      await page.evaluate(() => localStorage.setItem("henan-filing.test-draft", "车工 三级"));

      // The next release is published.
      await server.stop();
      const next = changedBuild(firstBuild);
      expect(next.version).not.toBe(serviceWorkerVersion(firstBuild));
      server = await startStaticServer(next.dir, UPDATE_PORT);

      // The page still runs the old version and says a new one is ready, without reloading.
      await page.reload();
      await page.evaluate(() => ((window as unknown as { stillThisPage: boolean }).stillThisPage = true));
      const notice = page.locator(".update-notice[role=status]");
      await expect(notice).toContainText("本页已有新版本");
      await expectNoAxeViolations(page, "start page with the update notice");
      await page.getByRole("button", { name: /English/ }).click();
      await expect(notice).toContainText("A new version of this page is ready");
      expect(await page.evaluate(() => (window as unknown as { stillThisPage?: boolean }).stillThisPage)).toBe(true);

      // The user chooses to reload: the page reloads once, into the new version.
      await Promise.all([page.waitForEvent("load"), notice.getByRole("button", { name: "Reload" }).click()]);
      await expect(page.locator("h1")).toHaveText("Henan skill-evaluation institution filing assistant");
      expect(await page.evaluate(() => (window as unknown as { stillThisPage?: boolean }).stillThisPage)).toBeUndefined();
      await expect(page.locator(".update-notice[role=status]")).toBeEmpty();
      expect(await page.content()).toContain("the next release");
      expect(await page.evaluate(() => localStorage.getItem("henan-filing.test-draft"))).toBe("车工 三级");
      // Only the new version's cache is left.
      const caches = await page.evaluate(() => window.caches.keys());
      expect(caches).toEqual([`henan-filing:http://127.0.0.1:${UPDATE_PORT}/:${next.version}`]);
    } finally {
      await server.stop();
    }
  });
});

test("the page can be installed: its manifest and icons satisfy Chromium, under a sub-path too", async ({ page }) => {
  for (const base of ["/", SUB_PATH]) {
    await page.goto(`${base}#/`);
    await expect(page.locator("h1")).toBeVisible();
    await waitForServiceWorker(page);
    const cdp = await page.context().newCDPSession(page);
    const manifest = await cdp.send("Page.getAppManifest");
    expect(manifest.errors, `manifest errors at ${base}`).toEqual([]);
    expect(manifest.url).toBe(new URL(`${base}manifest.webmanifest`, page.url()).href);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    // Playwright's contexts are incognito profiles, where Chromium never offers to install.
    const errors = installabilityErrors.map((error) => error.errorId).filter((id) => id !== "in-incognito");
    expect(errors, `installability at ${base}`).toEqual([]);
    await cdp.detach();
  }
});

test("without service workers the pages work online and say that offline use is unavailable", async ({ page }) => {
  // As in a browser without them (or a page served over plain http from another host).
  await page.addInitScript(() => {
    delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
  });
  await page.goto("/#/");
  await expect(page.locator("h1")).toHaveText("河南省职业技能等级评价机构备案助手");
  expect(await page.evaluate(() => "serviceWorker" in navigator)).toBe(false);
  const notice = page.locator(".update-notice");
  await expect(notice).toHaveAttribute("role", "status");
  await expect(notice).toHaveText("此浏览器不支持离线使用：本页可以正常使用，但断网后无法打开。");
  await expectNoAxeViolations(page, "start page without service workers");
  // Still a working page: a procedure, the language switch, the forms page.
  await page.locator(".procedure-card__link").first().click();
  await expect(page.locator("h1")).toHaveText("用人单位职业技能等级认定机构备案");
  await page.getByRole("button", { name: /English/ }).click();
  await expect(notice).toHaveText("Offline use is not available in this browser: the page works, but cannot be opened without a network.");
  await page.goto("/forms/#/");
  await expect(page.locator("h1")).toHaveText("Fill in the forms");
  await expect(page.locator(".update-notice")).toHaveText(/^Offline use is not available in this browser/);
});
