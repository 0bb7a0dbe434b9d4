// Shared by every browser test: each page records every request it makes and every console
// error or page error it raises, and the test fails after the fact if any request left the
// local server or anything was logged as an error.
import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";

export const SUB_PATH = "/hosted/under/a/sub-path/";

/** The two widths every changed page is looked at and shot at: a phone and a desktop. */
export const SCREEN_SIZES = [
  ["phone", 360, 740],
  ["desktop", 1280, 800],
] as const;

/** `target/screenshots`, created if need be: where the browser tests leave their screenshots. */
export function screenshotFolder(): string {
  const folder = resolve("target/screenshots");
  mkdirSync(folder, { recursive: true });
  return folder;
}

export type Watch = { requests: string[]; errors: string[] };

export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page, baseURL }, use) => {
      const watch: Watch = { requests: [], errors: [] };
      page.on("request", (request) => watch.requests.push(request.url()));
      page.on("console", (message) => {
        if (message.type() === "error") watch.errors.push(`console: ${message.text()}`);
      });
      page.on("pageerror", (error) => watch.errors.push(`page error: ${error.message}`));
      page.on("response", (response) => {
        if (response.status() >= 400) watch.errors.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      await use(watch);
      const ownOrigin = new URL(baseURL!).origin;
      const foreign = watch.requests.filter(
        (url) => !url.startsWith("data:") && !url.startsWith("blob:") && new URL(url).origin !== ownOrigin,
      );
      expect(foreign, "requests to any host but the local server").toEqual([]);
      expect(watch.errors, "console errors and page errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** For a test that expects a console error: takes the errors that contain `text` out of the
 * watch (so they do not fail the test) and returns them, for the test to check. */
export function takeErrors(watch: Watch, text: string): string[] {
  const taken = watch.errors.filter((error) => error.includes(text));
  watch.errors = watch.errors.filter((error) => !error.includes(text));
  return taken;
}

/** Opens a hash route and waits until the app has rendered its page heading. */
export async function openRoute(page: Page, hashRoute: string, base = "/") {
  await page.goto(`${base}#${hashRoute}`);
  await expect(page.locator("h1")).toBeVisible();
}

/** Runs axe-core on the page as it is and expects no violation. */
export async function expectNoAxeViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}
