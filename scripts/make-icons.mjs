// Renders assets/icons/icon.svg to the PNG sizes the web app manifest names (192 and 512 px),
// with Debian's headless Chromium. The PNGs are committed; run this again after changing the SVG.
//
// usage: node scripts/make-icons.mjs

import { readFileSync } from "node:fs";
import { chromium } from "@playwright/test";

const svg = readFileSync(new URL("../assets/icons/icon.svg", import.meta.url), "utf8");
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
});
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{display:block}</style>` +
        `<img src="${dataUrl}" width="${size}" height="${size}" alt="">`,
    );
    await page.locator("img").evaluate((img) => img.decode());
    const path = new URL(`../assets/icons/icon-${size}.png`, import.meta.url).pathname;
    await page.screenshot({ path, omitBackground: true });
    console.log(`wrote ${path}`);
    await page.close();
  }
} finally {
  await browser.close();
}
