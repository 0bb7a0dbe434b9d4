// Benchmark (prints figures, asserts nothing): the receiving offices' page opening 1,000
// packages in headless Chromium. Generates varied packages from the browser-test packages
// (tests/browser/office-packages.mjs), serves the built dist/, opens office/ as the 新乡 HR
// bureau, gives the whole folder to the folder picker and prints the time until the register
// shows every package, and the longest gap between two animation frames meanwhile (how long
// the page stopped answering: the reading runs in chunks with pauses for the event loop).
//
// usage: node scripts/bench-office.mjs [count=1000] [dist=dist] [port=8169]
//   (build first: source scripts/lib.sh && build_site --release)

import { rmSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumArgs, serveDist } from "./browser-bench.mjs";
import { writePackageFolder } from "../tests/browser/office-packages.mjs";

const count = Number(process.argv[2] ?? 1000);
const dist = process.argv[3] ?? "dist";
const port = Number(process.argv[4] ?? 8169);

const folder = writePackageFolder(count);
const server = await serveDist(dist, port);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs() });
try {
  const page = await browser.newPage();
  await page.goto(`${server.baseUrl}office/#/`);
  await page.locator("#office-who").selectOption("place-hrss:4107");
  // Frame gaps, from the page's own clock.
  await page.evaluate(() => {
    window.__frameGaps = [];
    let last = performance.now();
    const frame = (now) => {
      window.__frameGaps.push(now - last);
      last = now;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  // The page's own clock from the moment it gets the files (the input's change event), apart
  // from Playwright's handing over of a thousand paths.
  await page.evaluate(() => {
    document.querySelector('[data-testid="open-folder"]').addEventListener("change", () => (window.__filesGiven = performance.now()), { capture: true });
  });
  const started = Date.now();
  await page.getByTestId("open-folder").setInputFiles(folder.dir);
  // Reading the files is done when the checking starts ("已核查" in the progress).
  await page.getByText(/^已核查/).waitFor({ timeout: 600_000 });
  const read = Date.now() - started;
  await page.getByTestId("register-count").filter({ hasText: `共 ${count} 份` }).waitFor({ timeout: 600_000 });
  // The register draws its first rows (ui::receiving::views, ROWS_AT_ONCE) and a "show more".
  await page.getByTestId("register").locator("tbody tr").first().waitFor();
  const elapsed = Date.now() - started;
  const longestGap = await page.evaluate(() => Math.max(...window.__frameGaps));
  const inPage = await page.evaluate(() => performance.now() - window.__filesGiven);
  console.log(`office page: ${count} packages (+1 broken file) opened as a folder, register shown after ${(elapsed / 1000).toFixed(2)} s`);
  console.log(`  in the page, from the files given to the register shown: ${(inPage / 1000).toFixed(2)} s`);
  console.log(`  of which reading the files: ${(read / 1000).toFixed(2)} s; checking them and drawing the register: ${((elapsed - read) / 1000).toFixed(2)} s`);
  console.log(`longest gap between two animation frames while reading: ${longestGap.toFixed(0)} ms`);
} finally {
  await browser.close();
  server.stop();
  rmSync(folder.root, { recursive: true, force: true });
}
