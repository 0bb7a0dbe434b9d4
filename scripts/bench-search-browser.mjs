// Prints the occupation search's time per query in headless Chromium, on the release build in
// dist/ (build it first: ./scripts/size.sh or trunk build --release).
//
// usage: node scripts/bench-search-browser.mjs [dist] [rounds]
//
// It serves dist/ with scripts/serve-static.mjs, opens the app, and calls the wasm exports of
// src/ui/bench_exports.rs through window.wasmBindings (where Trunk puts the wasm-bindgen
// exports). It prints figures and never fails on time: the target is under 5 ms per keystroke.

import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { chromium } from "@playwright/test";

const [dist = "dist", roundsArg = "200"] = process.argv.slice(2);
const rounds = Number(roundsArg);
const PORT = 8093;

// The launch arguments are the browser tests' own, read from playwright.config.ts so that the
// two never drift (Node 20 cannot import a .ts file).
const config = readFileSync(new URL("../playwright.config.ts", import.meta.url), "utf8");
const argsBlock = config.match(/args:\s*\[([\s\S]*?)\]/);
if (!argsBlock) {
  console.error("bench-search-browser: no launch args found in playwright.config.ts");
  process.exit(2);
}
const args = [...argsBlock[1].matchAll(/"([^"]+)"/g)].map((match) => match[1]);

const server = spawn(process.execPath, ["scripts/serve-static.mjs", dist, String(PORT)], { stdio: "ignore" });
const baseUrl = `http://127.0.0.1:${PORT}/`;

async function waitForServer() {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    try {
      if ((await fetch(baseUrl)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the static server did not answer at ${baseUrl}`);
}

const QUERIES = ["6-18", "车工", "烹调", "chegong", "cg", "c", "zhongshipengtiao"];

let browser;
try {
  await waitForServer();
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args });
  const page = await browser.newPage();
  await page.goto(baseUrl);
  await page.waitForFunction(() => typeof window.wasmBindings?.bench_search_occupations === "function");
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
  server.kill();
}
