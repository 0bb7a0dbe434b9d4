// Prints the size and speed figures of issue 8 for the release build in dist/, so that they can
// be taken again on any machine. It prints and never fails on a figure (tests never assert on
// time); the size budget itself is checked by scripts/size-report.mjs.
//
// usage: node scripts/measure.mjs [dist] [runs]      (build first: ./scripts/dist.sh)
//
// 1. Size: the first load (html, js, wasm, css; the reference data is inside the wasm, but for the
//    occupation names, a file fetched at the occupation question) and what
//    the service worker adds to keep an offline copy, brotli -q 11, against the README budget;
//    beside it the SurveyJS form runtime (npm survey-core + survey-js-ui, minified, with its
//    CSS), compressed the same way, and the ratio.
// 2. Headless Chromium (Debian's, the browser tests' launch flags): time to first render and to
//    interactive, from a cold load (empty cache, no service worker) and a warm one (the service
//    worker answers); the median of `runs` loads each.
// 3. Occupation search in the release wasm, per keystroke, through src/ui/bench_exports.rs.
// 4. Evaluation of the example package in the release wasm (src/ui/bench_exports.rs).
// 5. The print view of 附件1 with 100 occupation rows on the forms page: from the route change to
//    the rows laid out (median of `runs`), the package opened as a user would open it.

import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, relative } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { chromium } from "@playwright/test";
import { chromiumArgs, serveDist } from "./browser-bench.mjs";

const [dist = "dist", runsArg = "5"] = process.argv.slice(2);
const runs = Math.max(1, Number(runsArg));
// MEASURE_PORT lets two checkouts measure side by side.
const PORT = Number(process.env.MEASURE_PORT ?? 8094);
const BUDGET_BROTLI_BYTES = 237 * 1024; // as scripts/size-report.mjs, which checks it (the aim is 200 KB)
const FORMS_BUDGET_BROTLI_BYTES = 305 * 1024; // the forms page (forms/), loaded when the forms are opened

const brotli = (bytes) =>
  brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(1)} ms`;
const fineMs = (value) => `${value.toFixed(3)} ms`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

// ---- 1. Size ------------------------------------------------------------------------------

const worker = (() => {
  try {
    return readFileSync(join(dist, "sw.js"), "utf8");
  } catch {
    console.error(`measure: no ${dist}/sw.js: build the release site first (./scripts/dist.sh)`);
    process.exit(2);
  }
})();
// A release build's sw.js is minified (scripts/postbuild.mjs): `PRECACHE=[...]`, spaces or not.
const precacheList = worker.match(/\bPRECACHE\s*=\s*(\[[\s\S]*?\])\s*[;,]/);
if (!precacheList) {
  console.error(`measure: ${dist} is a debug build (sw.js keeps no offline copy): run ./scripts/dist.sh`);
  process.exit(2);
}

const FIRST_LOAD = [".html", ".js", ".wasm", ".css"];
const builtFiles = filesUnder(dist).map((path) => ({ path, name: relative(dist, path), bytes: readFileSync(path) }));
// Both office workers (the export, forms/filing-office*, and the import, forms/filing-office-import*).
const isOfficeWorker = (file) => file.name.startsWith("forms/filing-office");
const isFormsPage = (file) => file.name.startsWith("forms/") && !isOfficeWorker(file);
// The receiving offices' page (office/) is no part of the first load either.
const isReceivingPage = (file) => file.name.startsWith("office/");
const firstLoad = builtFiles.filter((file) => FIRST_LOAD.includes(extname(file.name)) && file.name !== "sw.js" && !isFormsPage(file) && !isOfficeWorker(file) && !isReceivingPage(file));
const formsPage = builtFiles.filter((file) => FIRST_LOAD.includes(extname(file.name)) && isFormsPage(file));
const officeWorker = builtFiles.filter(isOfficeWorker);
// What the service worker adds on the first visit (its PRECACHE list, issue 16): the forms
// page and the workers only once the forms are opened, the definitions once fetched.
const precached = JSON.parse(precacheList[1]);
const offlineCopy = builtFiles.filter((file) => precached.includes(file.name.split("\\").join("/")) && !firstLoad.includes(file));
const sum = (files) => files.reduce((total, file) => total + brotli(file.bytes), 0);

console.log("== size (brotli -q 11) ==");
for (const file of firstLoad.sort((a, b) => brotli(b.bytes) - brotli(a.bytes))) {
  console.log(`  ${file.name.padEnd(40)} ${kb(brotli(file.bytes)).padStart(9)}`);
}
const firstLoadBrotli = sum(firstLoad);
console.log(
  `first load (html + js + wasm + css, data in the wasm): ${kb(firstLoadBrotli)} of the ${kb(BUDGET_BROTLI_BYTES)} budget (${((100 * firstLoadBrotli) / BUDGET_BROTLI_BYTES).toFixed(0)}%)`,
);
const formsPageBrotli = sum(formsPage);
console.log(
  `forms page (forms/: its own html + js + wasm + css, loaded when the user opens the forms): ${kb(formsPageBrotli)} of its ${kb(FORMS_BUDGET_BROTLI_BYTES)} budget`,
);
const exportWorker = officeWorker.filter((file) => !file.name.startsWith("forms/filing-office-import"));
console.log(`office export worker (forms/filing-office*: loaded when the user asks for a DOCX or an XLSX): ${kb(sum(exportWorker))}`);
console.log(`office import worker (forms/filing-office-import*: loaded when the user imports a spreadsheet): ${kb(sum(officeWorker.filter((file) => !exportWorker.includes(file))))}`);
console.log(
  `offline copy, fetched by the service worker on the first visit (${offlineCopy.map((file) => file.name).join(", ")}): +${kb(sum(offlineCopy))}`,
);

const SURVEYJS = [
  "node_modules/survey-core/survey.core.min.js",
  "node_modules/survey-js-ui/survey-js-ui.min.js",
  "node_modules/survey-core/survey-core.min.css",
];
let surveyBrotli = 0;
try {
  const versions = ["survey-core", "survey-js-ui"].map(
    (name) => `${name} ${JSON.parse(readFileSync(`node_modules/${name}/package.json`, "utf8")).version}`,
  );
  console.log(`SurveyJS form runtime (${versions.join(", ")}; minified, with its CSS):`);
  for (const path of SURVEYJS) {
    const size = brotli(readFileSync(path));
    surveyBrotli += size;
    console.log(`  ${path.padEnd(46)} ${kb(size).padStart(9)}`);
  }
  console.log(`SurveyJS runtime total: ${kb(surveyBrotli)}`);
  console.log(
    `ratio: this whole app's first load is ${((100 * firstLoadBrotli) / surveyBrotli).toFixed(0)}% of the SurveyJS runtime alone (${(surveyBrotli / firstLoadBrotli).toFixed(2)}x smaller)`,
  );
} catch (error) {
  console.log(`SurveyJS runtime: not measured (${error.message}): run npm ci`);
}

// ---- 2.–3. Headless Chromium ------------------------------------------------------------

// The browser tests' own launch arguments, and dist/ on loopback (scripts/browser-bench.mjs).
const args = chromiumArgs();
const server = await serveDist(dist, PORT);
const baseUrl = server.baseUrl;

// Runs in the page before any of its scripts: notes when the first heading is in the DOM (first
// render), the first contentful paint, and when Trunk's loader says the app has started (the
// wasm is instantiated and Leptos has mounted with its event handlers: interactive).
const MARKS = () => {
  // Whether the service worker answered this load (read before it could claim the page).
  const marks = (window.__marks = { controlled: navigator.serviceWorker?.controller != null });
  new MutationObserver((_, observer) => {
    // The app's heading, not the one of the static message that waits for it (#boot).
    if (document.querySelector("#main h1")) {
      marks.render = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === "first-contentful-paint") marks.paint = entry.startTime;
  }).observe({ type: "paint", buffered: true });
  addEventListener("TrunkApplicationStarted", () => (marks.interactive = performance.now()));
};

async function loadOnce(page) {
  await page.goto(baseUrl);
  await page.waitForFunction(() => window.__marks?.interactive !== undefined && window.__marks?.paint !== undefined);
  return page.evaluate(() => window.__marks);
}

function report(label, samples) {
  const pick = (key) => ms(median(samples.map((sample) => sample[key])));
  console.log(
    `${label.padEnd(30)} first render ${pick("render").padStart(9)}  first paint ${pick("paint").padStart(9)}  interactive ${pick("interactive").padStart(9)}`,
  );
}

let browser;
try {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args });

  console.log(`\n== load in headless Chromium (loopback, median of ${runs}; from navigation start) ==`);
  const cold = [];
  const warm = [];
  for (let run = 0; run < runs; run += 1) {
    // A new context is a new profile: empty HTTP cache, no service worker.
    const context = await browser.newContext();
    await context.addInitScript(MARKS);
    const page = await context.newPage();
    const first = await loadOnce(page);
    if (first.controlled) throw new Error("a cold load was already controlled by a service worker");
    cold.push(first);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const second = await loadOnce(await context.newPage());
    if (!second.controlled) throw new Error("the warm load was not answered by the service worker");
    warm.push(second);
    await context.close();
  }
  report("cold (network, empty cache)", cold);
  report("warm (service worker)", warm);

  console.log(`\n== occupation search in the release wasm (per keystroke, ${runs * 40} rounds each) ==`);
  const page = await browser.newPage();
  await page.goto(baseUrl);
  await page.waitForFunction(() => typeof window.wasmBindings?.bench_search_query === "function");
  // The self-check fetches the occupation names when its question is shown (NAMES_FILE): here, now.
  await page.evaluate(() => window.wasmBindings.bench_load_occupation_names());
  const rounds = runs * 40;
  // The first pinyin search builds the pinyin index once: shown on its own.
  const firstSearch = await page.evaluate(() => window.wasmBindings.bench_search_query("c", 1));
  console.log(`first search after load (builds the pinyin index): ${fineMs(firstSearch)}`);
  for (const word of ["zhongshipengtiao", "中式烹调师", "6-18-01-01"]) {
    const perKeystroke = [];
    for (let length = 1; length <= [...word].length; length += 1) {
      const prefix = [...word].slice(0, length).join("");
      perKeystroke.push(await page.evaluate(([q, n]) => window.wasmBindings.bench_search_query(q, n), [prefix, rounds]));
    }
    const mean = perKeystroke.reduce((a, b) => a + b, 0) / perKeystroke.length;
    console.log(
      `typing ${JSON.stringify(word).padEnd(20)} ${perKeystroke.length} keystrokes: mean ${fineMs(mean)}, worst ${fineMs(Math.max(...perKeystroke))} per keystroke`,
    );
  }
  const mixed = await page.evaluate((n) => window.wasmBindings.bench_search_occupations(n), rounds);
  console.log(`mixed picker queries (src/ui/bench_exports.rs): mean ${fineMs(mixed)} per query (target < 5 ms)`);

  console.log(`\n== evaluation in the release wasm (${rounds * 5} rounds) ==`);
  const evaluation = await page.evaluate((n) => window.wasmBindings.bench_evaluate(n), rounds * 5);
  console.log(`full evaluation of a social organisation's first filing with 20 occupation rows: mean ${fineMs(evaluation)} (natively: cargo bench --bench evaluate)`);

  console.log(`\n== print view of 附件1 with 100 occupation rows (forms page, median of ${runs}) ==`);
  const complete = JSON.parse(readFileSync("tests/browser/packages/complete-first-filing.json", "utf8"));
  const row = complete.forms.application.occupations[0];
  complete.forms.application.occupations = Array.from({ length: 100 }, (_, i) => ({ ...row, job_type: `工种${i + 1}` }));
  const packageFile = join(mkdtempSync(join(tmpdir(), "measure-")), "hundred-rows.json");
  writeFileSync(packageFile, JSON.stringify(complete));
  const formsPage = await browser.newPage();
  await formsPage.goto(`${baseUrl}forms/#/`);
  await formsPage.locator("#package-file").setInputFiles(packageFile);
  await formsPage.getByText(/^已导入/).waitFor();
  const renders = [];
  for (let run = 0; run < runs; run += 1) {
    await formsPage.evaluate(() => (location.hash = "#/"));
    await formsPage.locator("#package-file").waitFor();
    // From the route change to 100 rows in the DOM with their layout done.
    renders.push(
      await formsPage.evaluate(
        () =>
          new Promise((resolve) => {
            const start = performance.now();
            location.hash = "#/print/application";
            const check = () => {
              if (document.querySelectorAll(".sheet__table--rows tbody tr").length === 100) {
                void document.body.offsetHeight;
                resolve(performance.now() - start);
              } else requestAnimationFrame(check);
            };
            check();
          }),
      ),
    );
  }
  console.log(`route change to the laid-out print view (2 sheets, 100 rows): ${ms(median(renders))} (runs: ${renders.map((r) => r.toFixed(1)).join(", ")} ms)`);
} finally {
  await browser?.close();
  server.stop();
}
