// Embedding, as a host site does it: the app in an iframe on a page of another origin. The app
// posts a self-check's result to the host page only when the host opted in, only to the origin it
// named, and nothing but the verdict and the route (src/embed.rs, README "Embedding").
//
// The host page is served here on http://localhost:<a free port> (another site than the app's
// http://127.0.0.1:8081). Until the self-check result page exists and calls
// ui::embed::announce_result, the test triggers the same path through the test export
// test_announce_example_result (src/ui/test_exports.rs).
import { createServer, type Server } from "node:http";
import { test as base, expect, type Frame, type Page } from "@playwright/test";

const APP_ORIGIN = `http://127.0.0.1:${process.env.TEST_PORT ?? 8081}`;

type Recorded = {
  requests: { url: string; frameUrl: string; navigation: boolean }[];
  errors: string[];
  warnings: string[];
};

// Like fixtures.ts, but with two origins: the host page's requests stay on the host, the app's
// requests (in the iframe) stay on the app's origin, and nothing logs an error.
type Host = { origin: string; open: (appQuery: string) => Promise<Frame> };

const test = base.extend<{ host: Host; recorded: Recorded }>({
  recorded: async ({ page, host }, use) => {
    const HOST_ORIGIN = host.origin;
    const recorded: Recorded = { requests: [], errors: [], warnings: [] };
    page.on("request", (request) =>
      recorded.requests.push({
        url: request.url(),
        frameUrl: request.frame().url(),
        navigation: request.isNavigationRequest(),
      }),
    );
    page.on("console", (message) => {
      if (message.type() === "error") recorded.errors.push(message.text());
      if (message.type() === "warning") recorded.warnings.push(message.text());
    });
    page.on("pageerror", (error) => recorded.errors.push(error.message));
    await use(recorded);
    for (const { url, frameUrl, navigation } of recorded.requests) {
      if (url.startsWith("data:") || url.startsWith("blob:")) continue;
      const origin = new URL(url).origin;
      if (navigation) {
        // Loading a document: the host page itself, or the app into its iframe.
        expect([HOST_ORIGIN, APP_ORIGIN], `navigation to ${url}`).toContain(origin);
      } else {
        // Everything a document asks for comes from its own origin.
        expect(origin, `request ${url} from ${frameUrl}`).toBe(new URL(frameUrl).origin);
      }
    }
    expect(recorded.errors, "console errors and page errors").toEqual([]);
  },
  host: async ({ page }, use) => {
    const server: Server = createServer((request, response) => {
      const appQuery = new URL(request.url ?? "/", "http://localhost").searchParams.get("app") ?? "";
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title>
        <script>
          window.received = [];
          addEventListener("message", (event) => received.push({ origin: event.origin, data: event.data }));
        </script></head>
        <body><h1>A host site</h1>
        <iframe src="${APP_ORIGIN}/${appQuery}#/" title="备案助手" width="800" height="600"></iframe>
        </body></html>`);
    });
    // A free port of its own, so that tests run in parallel.
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const origin = `http://localhost:${(server.address() as { port: number }).port}`;
    const open = async (appQuery: string) => {
      await page.goto(`${origin}/?app=${encodeURIComponent(appQuery)}`);
      const frame = page.frame({ url: (url) => url.origin === APP_ORIGIN });
      if (!frame) throw new Error("the app's iframe did not load");
      await frame.waitForFunction(() => typeof (window as any).wasmBindings?.test_announce_example_result === "function");
      return frame;
    };
    await use({ origin, open });
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  },
});

async function announceAndCollect(page: Page, frame: Frame) {
  await frame.evaluate(() => (window as any).wasmBindings.test_announce_example_result());
  // postMessage is delivered asynchronously; give it ample time before reading.
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as any).received);
}

test("the app works inside an iframe on another site", async ({ page, host, recorded }) => {
  const frame = await host.open("");
  const app = page.frameLocator("iframe");
  await expect(app.locator("h1")).toHaveText("河南省职业技能等级评价机构备案助手");
  await app.locator(".procedure-card__link").nth(5).click();
  await expect(app.locator("h1")).toHaveText("评价机构备案续期");
  expect(frame.url()).toMatch(/#\/procedure\/renewal$/);
  expect(recorded.requests.some(({ url }) => url.startsWith(`${APP_ORIGIN}/filing-app-`))).toBe(true);
});

test("with the host's opt-in, a completed self-check is posted to that host only", async ({ page, host }) => {
  const frame = await host.open(`?embed=post-message&origin=${encodeURIComponent(host.origin)}`);
  const received = await announceAndCollect(page, frame);
  expect(received).toEqual([
    {
      origin: APP_ORIGIN,
      data: {
        type: "henan-filing:self-check-result",
        version: 1,
        verdict: "needs-confirmation",
        request: "first-filing",
        applicant: "social-org",
        part: 2,
        route_authority_id: "place-hrss",
        route_place: "4107",
        rule_edition: expect.any(String),
        app_version: expect.any(String),
      },
    },
  ]);
});

for (const [label, query, warning] of [
  ["without the opt-in", "", null],
  ["when the opt-in names another origin", "?embed=post-message&origin=https://other.example", null],
  ["when the opt-in says origin=*", "?embed=post-message&origin=*", "embed opt-in ignored: origin=* is refused"],
  ["when the opt-in names no origin", "?embed=post-message", "embed opt-in ignored: embed=post-message needs origin="],
] as const) {
  test(`nothing is posted to the host ${label}`, async ({ page, host, recorded }) => {
    const frame = await host.open(query);
    expect(await announceAndCollect(page, frame)).toEqual([]);
    if (warning) expect(recorded.warnings.some((text) => text.startsWith(warning)), recorded.warnings.join("\n")).toBe(true);
  });
}

test("opened directly, not in an iframe, the opt-in posts nothing and raises nothing", async ({ page, host, recorded }) => {
  await page.goto(`${APP_ORIGIN}/?embed=post-message&origin=${encodeURIComponent(host.origin)}#/`);
  await page.waitForFunction(() => typeof (window as any).wasmBindings?.test_announce_example_result === "function");
  const received: unknown[] = await page.evaluate(() => {
    const seen: unknown[] = [];
    addEventListener("message", (event) => seen.push(event.data));
    (window as any).wasmBindings.test_announce_example_result();
    return new Promise((resolve) => setTimeout(() => resolve(seen), 300));
  });
  expect(received).toEqual([]);
  expect(recorded.errors).toEqual([]);
});

test("a self-check completed inside the iframe is posted by the result page to the opted-in host", async ({ page, host }) => {
  const frame = await host.open(`?embed=post-message&origin=${encodeURIComponent(host.origin)}`);
  const heading = frame.locator("h1");
  const next = () => frame.getByRole("button", { name: "继续" }).click();
  await frame.evaluate(() => { location.hash = "#/procedure/termination"; });
  await frame.getByRole("button", { name: "开始自查" }).click();
  await expect(heading).toHaveText("已备案的机构类型");
  await frame.getByRole("radio", { name: "用人单位", exact: true }).check();
  await next();
  await expect(heading).toHaveText("单位性质");
  await frame.getByRole("radio", { name: "企业", exact: true }).check();
  await next();
  await expect(heading).toHaveText("隶属和层级");
  await next();
  await expect(heading).toHaveText("所在地");
  await frame.getByLabel("申请单位在哪个省辖市或示范区？").selectOption({ label: "新乡市" });
  await next();
  await expect(heading).toHaveText("申请信息");
  await frame.locator("#application-date").fill("2025-10-17");
  await frame.locator("#notice-start").fill("2025-09-01");
  for (const radio of await frame.getByRole("radio", { name: "符合", exact: true }).all()) await radio.check();
  await next();
  await expect(heading).toHaveText("核对您的回答");
  await frame.getByRole("button", { name: "查看结果" }).click();
  await expect(heading).toHaveText("可以申请终止备案");
  await page.waitForFunction(() => (window as any).received.length > 0);
  const received = await page.evaluate(() => (window as any).received);
  expect(received).toHaveLength(1);
  expect(received[0].origin).toBe(APP_ORIGIN);
  expect(received[0].data).toMatchObject({
    type: "henan-filing:self-check-result",
    verdict: "ready",
    request: "termination",
    applicant: "employer",
    route_authority_id: "place-hrss",
    route_place: "4107",
  });
  // Nothing the user typed travels: not the dates, not the place's name.
  expect(JSON.stringify(received)).not.toMatch(/2025-|新乡/);
});
