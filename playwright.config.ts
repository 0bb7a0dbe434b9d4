// Browser tests against the release build in dist/, served on loopback by scripts/serve-static.mjs.
// Chromium is Debian's (/usr/bin/chromium); Playwright never downloads a browser here.
import { defineConfig } from "@playwright/test";

// TEST_PORT lets two checkouts run their browser tests side by side (the offline tests use
// TEST_PORT + 16 to + 20).
const PORT = Number(process.env.TEST_PORT ?? 8081);

export default defineConfig({
  testDir: "tests/browser",
  outputDir: "target/playwright-results",
  fullyParallel: true,
  // Generous: a fresh CI machine is slower than this one, and a timeout is not an assertion.
  timeout: 60_000,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    locale: "zh-CN",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      // Without the background-networking flags Chromium calls out to Google's hosts, which
      // this machine refuses, and which the no-outside-request test must not see anyway.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: `node scripts/serve-static.mjs dist ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    stdout: "pipe",
  },
});
