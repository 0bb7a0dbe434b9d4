// Finishes a Trunk build for offline use and a strict Content-Security-Policy. Trunk runs it as
// its post_build hook (Trunk.toml) on the staging folder, so every `trunk build` and `trunk serve`
// gets it; it can also be run by hand on a built folder, and running it twice changes nothing.
//
// usage: node scripts/postbuild.mjs [dir] [release|debug]
//   (under Trunk: TRUNK_STAGING_DIR and TRUNK_PROFILE give both)
//
// 1. Moves Trunk's inline loader <script> into a file of its own (start-<hash>.js), so the CSP
//    needs no 'unsafe-inline' and no per-build hash: `script-src 'self' 'wasm-unsafe-eval'`.
//    The loader itself is written from scripts/start.template.js, which does what Trunk's does
//    and, where the app cannot start, shows the page's message with the reason (#boot).
//    Strips the comments of the page and its style sheets (with their integrity computed again),
//    and in a release build minifies the wasm-bindgen glue and the start script (terser,
//    package.json).
// 2. Checks that index.html carries the CSP <meta> and no inline script is left.
// 3. Writes sw.js: for a release build, scripts/sw.template.js with the lists of every file in the
//    build output (the self-check's, cached on the first visit; the forms page's, on opening it) and a version hash of their names and contents (so a changed build is a new
//    service worker), minified; for a debug build, scripts/sw-retire.js, so development is never
//    served from a stale cache.

import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? "dist";
const profile = process.argv[3] ?? process.env.TRUNK_PROFILE ?? "release";
const SERVICE_WORKER = "sw.js";

function fail(message) {
  console.error(`postbuild: ${message}`);
  process.exit(1);
}

const sha256 = (data) => createHash("sha256").update(data).digest("hex");
// A <link>'s integrity attribute (Trunk writes sha384) computed again for a file's new content.
const withIntegrity = (link, content) =>
  link.replace(/\bintegrity="sha384-[^"]*"/, `integrity="sha384-${createHash("sha384").update(content).digest("base64")}"`);

// A release build's scripts are minified with terser (package.json): the glue (1c), the start
// script (1) and the service worker (3). Their names and words for their readers stay in
// scripts/ and in a debug build.
let minify;
if (profile === "release") {
  try {
    ({ minify } = await import("terser"));
  } catch {
    fail("terser is not installed: run `npm ci` (scripts/lib.sh ensure_tools does)");
  }
}

// 1. Inline scripts out of index.html.
const indexPath = join(dir, "index.html");
let html;
try {
  html = readFileSync(indexPath, "utf8");
} catch {
  fail(`no index.html in ${dir}: build first`);
}
// Trunk 0.21's loader, exactly: anything else that imports the glue means Trunk has changed, and
// the template must be checked against the new loader before it replaces it.
const TRUNK_LOADER =
  /^\s*import init, \* as bindings from '([^']+)';\s*const wasm = await init\(\{ module_or_path: '([^']+)' \}\);\s*window\.wasmBindings = bindings;\s*dispatchEvent\(new CustomEvent\("TrunkApplicationStarted", \{detail: \{wasm\}\}\)\);\s*$/;
const startTemplate = readFileSync(new URL("start.template.js", import.meta.url), "utf8");
// Each inline script is replaced by a placeholder first and written out after, since terser is
// asynchronous and String.replace is not.
const inlineScripts = [];
html = html.replace(/<script([^>]*)>([\s\S]*?)<\/script>/g, (whole, attributes, body) => {
  if (/\ssrc\s*=/.test(attributes)) return whole;
  inlineScripts.push({ attributes, body });
  return `\0inline-script-${inlineScripts.length - 1}\0`;
});
for (const [index, { attributes, body: inline }] of inlineScripts.entries()) {
  let body = inline;
  const loader = body.match(TRUNK_LOADER);
  if (loader) {
    // The template's comments are for its readers here, not bytes of every first load.
    body = startTemplate
      .replace(/^\s*\/\/.*\n/gm, "")
      .replace('"__GLUE__"', JSON.stringify(loader[1]))
      .replace('"__WASM__"', JSON.stringify(loader[2]));
    const preamble = "// scripts/start.template.js, written by scripts/postbuild.mjs";
    // About 0.1 KB brotli of every page's first load (docs/bytes.md).
    body = minify ? (await minify(body, { module: true, format: { preamble } })).code : `${preamble}\n${body}`;
  } else if (/\binit\b/.test(body) && /\bimport\b/.test(body)) {
    fail(`Trunk's loader is not the one scripts/start.template.js replaces:\n${body}`);
  }
  // `trunk serve` fills these placeholders of its live-reload script only inside index.html;
  // in a file of its own the script reads the same values from the page's address instead.
  body = body
    .replace(/'\{\{__TRUNK_ADDRESS__\}\}'/g, "window.location.host")
    .replace(/'\{\{__TRUNK_WS_BASE__\}\}'/g, "'/'");
  const name = `start-${sha256(body).slice(0, 16)}.js`;
  writeFileSync(join(dir, name), body.trim() + "\n");
  html = html.replace(`\0inline-script-${index}\0`, () => `<script${attributes} src="./${name}"></script>`);
}
// 1b. Comments out of the page and its style sheets: they are for their readers in the source
//     (index.html, style/), not bytes of every first load (about 0.9 KB brotli of the self-check's).
//     A style sheet's integrity attribute is computed again for its new content.
html = html.replace(/<!--[\s\S]*?-->\n?/g, "");
html = html.replace(/<link\b[^>]*\bhref="\.\/([^"]+\.css)"[^>]*>/g, (link, name) => {
  const path = join(dir, name);
  const css = readFileSync(path, "utf8").replace(/\/\*[\s\S]*?\*\/\n?/g, "");
  writeFileSync(path, css);
  return withIntegrity(link, css);
});
// 1c. A release build's wasm-bindgen glue (each `<name>.js` beside its `<name>_bg.wasm`: the
//     pages' ES modules and the office workers' classic scripts) is minified with terser: about
//     2 KB brotli less on each page (docs/bytes.md "The glue, minified"). Exported names stay,
//     so do a classic script's top-level names (a worker's loader calls `wasm_bindgen`) and
//     property names, which the wasm's imports are looked up by. A modulepreload's integrity is
//     computed again for the new content. The file starts with a marker, so a second run leaves
//     it as it is.
const GLUE_MARKER = "/* wasm-bindgen glue, minified by scripts/postbuild.mjs */";
if (minify) {
  const names = readdirSync(dir);
  const glueFiles = names.filter((name) => name.endsWith(".js") && names.includes(name.replace(/\.js$/, "_bg.wasm")));
  for (const name of glueFiles) {
    const path = join(dir, name);
    const source = readFileSync(path, "utf8");
    if (source.startsWith(GLUE_MARKER)) continue;
    const isModule = /^export /m.test(source);
    const result = await minify(source, { module: isModule, format: { preamble: GLUE_MARKER } });
    writeFileSync(path, result.code + "\n");
  }
  html = html.replace(/<link\b[^>]*\bhref="\.\/([^"]+\.js)"[^>]*>/g, (link, name) => {
    if (!glueFiles.includes(name)) return link;
    if (!/\bintegrity="/.test(link)) return link;
    if (!/\bintegrity="sha384-[^"]*"/.test(link)) fail(`the glue's integrity is not sha384, which this computes: ${link}`);
    return withIntegrity(link, readFileSync(join(dir, name)));
  });
}
writeFileSync(indexPath, html);

// 2. The policy must be there, and nothing inline that it would block.
if (!/<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self' 'wasm-unsafe-eval'/.test(html)) {
  fail("index.html has no Content-Security-Policy <meta> with script-src 'self' 'wasm-unsafe-eval'");
}
if (/<script(?![^>]*\ssrc\s*=)[^>]*>/.test(html)) fail("an inline <script> is left in index.html");
if (/\son[a-z]+\s*=/i.test(html)) fail("an inline event handler attribute (on...=) is in index.html");

// 3. The service worker, from the files actually built. The site has one worker, at its root,
//    whose scope covers the forms page (forms/) too: the forms page's own Trunk build leaves it
//    alone, and scripts/lib.sh (build_site) runs this script once more on the whole site after
//    both builds, so the list holds both pages' files.
// The receiving offices' page (office/) is a sub-page the same way.
const subPage = /(forms|office)\.html$/.test(process.env.TRUNK_HTML_FILE ?? "");
if (subPage) {
  console.log("postbuild: sub-page ready (the site's sw.js is written after every page is built)");
  process.exit(0);
}
function filesUnder(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
const files = filesUnder(dir)
  .map((path) => relative(dir, path).split(sep).join("/"))
  .filter((path) => path !== SERVICE_WORKER)
  .sort();
const templateName = profile === "release" ? "sw.template.js" : "sw-retire.js";
const template = readFileSync(new URL(templateName, import.meta.url), "utf8");
// The worker's own code is part of the version: a change to it alone is a new version too.
const version = createHash("sha256").update(template).update("\0");
for (const path of files) version.update(path).update("\0").update(readFileSync(join(dir, path))).update("\0");
const versionHash = version.digest("hex").slice(0, 16);
// The self-check's files are cached on the first visit; the forms page's (forms/, with both
// office workers) only when the user opens the forms, and the offices' page (office/, with the
// export worker it writes XLSX with) only when it is opened (sw.template.js, ON_INTENT).
// Files no page needs at once are cached when first fetched (ON_DEMAND).
const ON_DEMAND = ["occupation-definitions.json"];
const isExportWorker = (path) => path.startsWith("forms/filing-office") && !path.startsWith("forms/filing-office-import");
const onIntent = {
  "forms/": files.filter((path) => path.startsWith("forms/")),
  "office/": files.filter((path) => path.startsWith("office/") || isExportWorker(path)),
};
const onDemand = files.filter((path) => ON_DEMAND.includes(path));
const precache = files.filter((path) => !path.startsWith("forms/") && !path.startsWith("office/") && !onDemand.includes(path));
// Its comments are for its readers in scripts/, not bytes of every visit (as the loader's).
const worker = template
  .replace(/^\s*\/\/.*\n/gm, "")
  .replace('"__VERSION__"', JSON.stringify(versionHash))
  .replace("__PRECACHE__", JSON.stringify(precache, null, 2))
  .replace("__ON_INTENT__", JSON.stringify(onIntent, null, 2))
  .replace("__ON_DEMAND__", JSON.stringify(onDemand));
// A classic script: terser keeps its top-level names (VERSION, PRECACHE: tests and
// scripts/measure.mjs read them). About 0.2 KB brotli of every visit (docs/bytes.md).
writeFileSync(join(dir, SERVICE_WORKER), minify ? (await minify(worker, { module: false })).code + "\n" : worker);
console.log(
  profile === "release"
    ? `postbuild: ${SERVICE_WORKER} version ${versionHash}, ${precache.length} files precached, ${onIntent["forms/"].length} when the forms are opened, ${onIntent["office/"].length} when the offices' page is, ${onDemand.length} on demand`
    : `postbuild: ${SERVICE_WORKER} retires any earlier worker (${profile} build: no offline cache)`,
);
