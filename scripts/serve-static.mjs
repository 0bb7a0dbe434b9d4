// A minimal static file server for the browser tests: serves a built dist/ on loopback, both at
// the root and under a sub-path, the way a government site might host it. No dependencies.
//
// usage: node scripts/serve-static.mjs <dir> <port> [sub-path, e.g. /hosted/filing/]

import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const [root = "dist", port = "8081", subPath = "/hosted/under/a/sub-path/"] = process.argv.slice(2);
const rootDir = resolve(root);

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

async function fileFor(urlPath) {
  let path = decodeURIComponent(urlPath.split("?")[0]);
  if (path.startsWith(subPath)) path = "/" + path.slice(subPath.length);
  if (path.endsWith("/")) path += "index.html";
  const file = normalize(join(rootDir, path));
  if (!file.startsWith(rootDir)) return null; // no escaping the served folder
  try {
    return (await stat(file)).isFile() ? file : null;
  } catch {
    return null;
  }
}

createServer(async (request, response) => {
  const file = await fileFor(request.url ?? "/");
  if (!file) {
    response.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
    response.end("not found");
    return;
  }
  // A validator, as static hosts send one: a copy the browser (or the service worker's install,
  // which asks for the files the page has just loaded) already has is answered 304, not sent again.
  const { size, mtimeMs } = await stat(file);
  const etag = `"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`;
  const headers = { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-cache", etag };
  if (request.headers["if-none-match"] === etag) {
    response.writeHead(304, headers);
    response.end();
    return;
  }
  response.writeHead(200, headers);
  const body = await readFile(file);
  // The tests that count what a visit downloads read this (tests/browser/servers.ts).
  if (process.env.SERVE_STATIC_LOG) console.log(`served ${file.slice(rootDir.length + 1).split("\\").join("/")} ${body.length}`);
  response.end(body);
}).listen(Number(port), "127.0.0.1", () => {
  console.log(`serving ${rootDir} on http://127.0.0.1:${port}/ and http://127.0.0.1:${port}${subPath}`);
});
