// What the figure scripts (measure.mjs, bench-search-browser.mjs) share: Chromium's launch
// arguments, read from playwright.config.ts so that they never drift from the browser tests'
// (Node 20 cannot import a .ts file), and a static server for a built dist/ on loopback.

import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";

/** The browser tests' Chromium launch arguments. */
export function chromiumArgs() {
  const config = readFileSync(new URL("../playwright.config.ts", import.meta.url), "utf8");
  const block = config.match(/args:\s*\[([\s\S]*?)\]/);
  if (!block) throw new Error("no launch args found in playwright.config.ts");
  return [...block[1].matchAll(/"([^"]+)"/g)].map((match) => match[1]);
}

/** Serves `dist` on 127.0.0.1:`port` (scripts/serve-static.mjs); resolves once it answers. */
export async function serveDist(dist, port) {
  const server = spawn(process.execPath, ["scripts/serve-static.mjs", dist, String(port)], { stdio: "ignore" });
  const baseUrl = `http://127.0.0.1:${port}/`;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    try {
      if ((await fetch(baseUrl)).ok) return { baseUrl, stop: () => server.kill() };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`the static server did not answer at ${baseUrl}`);
}
