// Prints the occupation search's time per query in headless Chromium, on the release build in
// dist/ (build it first: ./scripts/size.sh or trunk build --release).
//
// usage: node scripts/bench-search-browser.mjs [dist] [rounds]
//
// It serves dist/ with scripts/serve-static.mjs, opens the app, and calls the wasm exports of
// src/ui/bench_exports.rs through window.wasmBindings (where Trunk puts the wasm-bindgen
// exports). It prints figures and never fails on time: the target is under 5 ms per keystroke.

import { chromium } from "@playwright/test";
import { chromiumArgs, serveDist } from "./browser-bench.mjs";

const [dist = "dist", roundsArg = "200"] = process.argv.slice(2);
const rounds = Number(roundsArg);
const PORT = 8093;

const args = chromiumArgs();
const server = await serveDist(dist, PORT);
const baseUrl = server.baseUrl;

const QUERIES = ["6-18", "车工", "烹调", "chegong", "cg", "c", "zhongshipengtiao"];

let browser;
try {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args });
  const page = await browser.newPage();
  await page.goto(baseUrl);
  await page.waitForFunction(() => typeof window.wasmBindings?.bench_search_occupations === "function");
  // The self-check fetches the occupation names when its question is shown (NAMES_FILE): here, now.
  await page.evaluate(() => window.wasmBindings.bench_load_occupation_names());
  // The first pinyin search also expands the pinyin dictionary (src/core/reference/search.rs):
  // shown on its own, then a warm-up so that the other figures do not include it.
  const firstMs = await page.evaluate(() => window.wasmBindings.bench_search_query("cg", 1));
  await page.evaluate(() => window.wasmBindings.bench_search_occupations(5));

  console.log(`occupation search, whole table, ${rounds} rounds per query (headless Chromium, release wasm)`);
  console.log(`${"first search (cg)".padStart(18)}  ${firstMs.toFixed(4).padStart(8)} ms (includes building the pinyin index)`);
  for (const query of QUERIES) {
    const ms = await page.evaluate(([q, n]) => window.wasmBindings.bench_search_query(q, n), [query, rounds]);
    console.log(`${query.padStart(18)}  ${ms.toFixed(4).padStart(8)} ms/query`);
  }
  const mean = await page.evaluate((n) => window.wasmBindings.bench_search_occupations(n), rounds);
  console.log(`${"mean (12 queries)".padStart(18)}  ${mean.toFixed(4).padStart(8)} ms/query (target < 5 ms per keystroke)`);
} finally {
  await browser?.close();
  server.stop();
}
