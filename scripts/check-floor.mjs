// The oldest browsers the built site runs in, measured from the build, and checked against what
// README.md states ("Browsers"): exits non-zero when they differ, so a build that raises the
// floor (a wasm feature, newer JavaScript) fails until the README says so, and a README that
// claims a higher floor than the build needs is corrected too. Run by scripts/test.sh.
//
// usage: node scripts/check-floor.mjs [dist]
//
// 1. Each wasm module (the self-check, the forms page, the office workers, the receiving offices'
//    page): the WebAssembly
//    features it really uses, found by validating it with binaryen's wasm-opt (npm binaryen,
//    node_modules/.bin) without each feature it declares in turn; and whether an import or export
//    passes an i64 to JavaScript (BigInt integration).
// 2. Every JavaScript file (the start scripts, the wasm-bindgen glue and the worker's loader,
//    the service worker): the lowest ECMAScript edition es-check accepts for all of them, with
//    its feature checks. The nomodule script must be ES3: it runs in Internet Explorer.
// 3. Each feature and the edition mapped to the first browser versions that have them:
//    caniuse-lite for the wasm features (and modules, import()), es-check's table for the
//    editions; the floor is the highest of them per browser.

import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const dist = process.argv[2] ?? "dist";
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => join(root, "node_modules", ".bin", name);
const require = createRequire(import.meta.url);
const caniuse = require("caniuse-lite");
// es-check's own map from browser versions to the ECMAScript edition they parse (pinned in
// package.json; the package does not export it, so it is read from its file).
const { BROWSER_TO_ES_VERSION } = require(join(root, "node_modules/es-check/lib/constants/versions.js"));

const BROWSERS = ["chrome", "edge", "firefox", "safari"];
const NAMES = { chrome: "Chrome", edge: "Edge", firefox: "Firefox", safari: "Safari" };

const temporary = mkdtempSync(join(tmpdir(), "check-floor-"));
process.on("exit", () => rmSync(temporary, { recursive: true, force: true }));

function fail(message) {
  console.error(`check-floor: ${message}`);
  process.exit(1);
}

function filesUnder(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

// ---- browser versions from caniuse-lite -----------------------------------------------------

/** The first version of `browser` that fully supports a caniuse feature, or Infinity. */
function firstVersion(featureId, browser) {
  const stats = caniuse.feature(caniuse.features[featureId]).stats[browser];
  const supported = Object.entries(stats)
    .filter(([, support]) => support.startsWith("y"))
    .map(([version]) => parseFloat(version.split("-")[0]))
    .filter((version) => !Number.isNaN(version));
  return supported.length ? Math.min(...supported) : Infinity;
}

/** The first version of `browser` whose parser es-check maps to `edition` (5, 6 = ES2015, ...). */
function firstVersionForEdition(edition, browser) {
  const table = BROWSER_TO_ES_VERSION[browser];
  const versions = Object.keys(table)
    .map(Number)
    .sort((a, b) => a - b)
    .filter((version) => table[version] >= edition);
  return versions.length ? versions[0] : Infinity;
}

// ---- 1. wasm --------------------------------------------------------------------------------

// binaryen's feature names, each with the caniuse-lite feature that says which browsers have it.
// A feature without one (exceptions, memory64, strings, ...) is refused outright.
const CANIUSE_OF_WASM_FEATURE = {
  "sign-ext": "wasm-signext",
  "mutable-globals": "wasm-mutable-globals",
  "nontrapping-float-to-int": "wasm-nontrapping-fptoint",
  "bulk-memory": "wasm-bulk-memory",
  // memory.copy and memory.fill alone: the part of bulk memory that LLVM emits for memcpy.
  "bulk-memory-opt": "wasm-bulk-memory",
  // A table index in call_indirect wider than one byte: it came with reference types.
  "call-indirect-overlong": "wasm-reference-types",
  "reference-types": "wasm-reference-types",
  multivalue: "wasm-multi-value",
  simd: "wasm-simd",
  "relaxed-simd": "wasm-relaxed-simd",
  threads: "wasm-threads",
  "tail-call": "wasm-tail-calls",
  "extended-const": "wasm-extended-const",
  gc: "wasm-gc",
  multimemory: "wasm-multi-memory",
};

/** The module without its custom sections, in a temporary file: binaryen enables whatever the
 *  `target_features` section lists (rustc's defaults, from a precompiled std; the release build compiles std itself), whatever the
 *  command line says, so only without it does validation show what the code itself uses. */
function withoutCustomSections(wasm) {
  const bytes = readFileSync(wasm);
  const kept = [bytes.subarray(0, 8)];
  let offset = 8;
  while (offset < bytes.length) {
    const start = offset;
    const id = bytes[offset++];
    let size = 0;
    for (let shift = 0; ; shift += 7) {
      const next = bytes[offset++];
      size += (next & 0x7f) * 2 ** shift;
      if ((next & 0x80) === 0) break;
    }
    offset += size;
    if (id !== 0) kept.push(bytes.subarray(start, offset));
  }
  const path = join(temporary, `${kept.length}-${Math.random().toString(16).slice(2)}.wasm`);
  writeFileSync(path, Buffer.concat(kept));
  return path;
}

// binaryen's features that a larger one includes: each with the features that include it.
const INCLUDED_IN = { "bulk-memory-opt": ["bulk-memory"], "call-indirect-overlong": ["reference-types"] };

/** Whether `wasm` validates with the MVP and exactly `features`. */
function validates(wasm, features) {
  return new Promise((resolve) => {
    const args = [wasm, "--mvp-features", ...features.map((feature) => `--enable-${feature}`)];
    const child = spawn(bin("wasm-opt"), args, { stdio: "ignore" });
    child.on("exit", (code) => resolve(code === 0));
  });
}

/** The features `original` really uses: of those it declares (or, declaring none, of all that
 *  browsers list), each one without which it no longer validates. */
async function wasmFeaturesUsed(original) {
  const printed = spawnSync(bin("wasm-opt"), [original, "--print-features"], { encoding: "utf8", maxBuffer: 64 << 20 });
  const declared = [...printed.stdout.matchAll(/^--enable-([a-z0-9-]+)$/gm)].map((match) => match[1]);
  const candidates = declared.length ? declared : Object.keys(CANIUSE_OF_WASM_FEATURE);
  const wasm = withoutCustomSections(original);
  if (!(await validates(wasm, candidates))) {
    fail(`${original} does not validate with the features it declares (${candidates.join(", ")})`);
  }
  // Without a feature, also without those that include it (bulk memory has memory.copy).
  const without = (feature) => candidates.filter((other) => other !== feature && !(INCLUDED_IN[feature] ?? []).includes(other));
  const needed = await Promise.all(candidates.map(async (feature) => ((await validates(wasm, without(feature))) ? null : feature)));
  return needed.filter(Boolean).sort();
}

/** Whether an imported or exported function of `wasm` takes or returns an i64 (BigInt in JS). */
function passesI64ToJavaScript(bytes) {
  let offset = 8;
  const byte = () => bytes[offset++];
  const leb = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const next = byte();
      result += (next & 0x7f) * 2 ** shift;
      shift += 7;
      if ((next & 0x80) === 0) return result;
    }
  };
  const limits = () => {
    const flags = byte();
    leb();
    if (flags & 1) leb();
  };
  const name = () => {
    const length = leb();
    offset += length;
  };
  const I64 = 0x7e;
  let types = [];
  const importedFunctionTypes = [];
  let definedFunctionTypes = [];
  const exportedFunctions = [];
  while (offset < bytes.length) {
    const id = byte();
    const size = leb();
    const end = offset + size;
    if (id === 1) {
      types = Array.from({ length: leb() }, () => {
        if (byte() !== 0x60) return false; // not a plain function type: no i64 check needed here
        const params = Array.from({ length: leb() }, byte);
        const results = Array.from({ length: leb() }, byte);
        return params.includes(I64) || results.includes(I64);
      });
    } else if (id === 2) {
      for (let count = leb(); count > 0; count -= 1) {
        name();
        name();
        const kind = byte();
        if (kind === 0) importedFunctionTypes.push(leb());
        else if (kind === 1) (byte(), limits());
        else if (kind === 2) limits();
        else if (kind === 3) offset += 2; // value type, mutability
        else if (kind === 4) (byte(), leb());
      }
    } else if (id === 3) {
      definedFunctionTypes = Array.from({ length: leb() }, leb);
    } else if (id === 7) {
      for (let count = leb(); count > 0; count -= 1) {
        name();
        const kind = byte();
        const index = leb();
        if (kind === 0) exportedFunctions.push(index);
      }
    }
    offset = end;
  }
  const functionTypes = [...importedFunctionTypes, ...definedFunctionTypes];
  return (
    importedFunctionTypes.some((type) => types[type]) ||
    exportedFunctions.some((index) => types[functionTypes[index]])
  );
}

// ---- 2. JavaScript --------------------------------------------------------------------------

const EDITIONS = [
  ["es5", 5],
  ["es2015", 6],
  ["es2016", 7],
  ["es2017", 8],
  ["es2018", 9],
  ["es2019", 10],
  ["es2020", 11],
  ["es2021", 12],
  ["es2022", 13],
  ["es2023", 14],
  ["es2024", 15],
  ["es2025", 16],
];

const isModule = (path) => /^\s*(import|export)\b/m.test(readFileSync(path, "utf8"));

function esCheck(edition, files, { module = false, features = true } = {}) {
  if (files.length === 0) return { ok: true, output: "" };
  const args = [edition, ...files, "--noColor", "--noCache"];
  if (module) args.push("--module");
  // wasm-bindgen's glue uses FinalizationRegistry (ES2021) only where it exists (`typeof
  // FinalizationRegistry === 'undefined'`): without it, objects are freed when the code frees them.
  if (features) args.push("--checkFeatures", "--ignore", "FinalizationRegistry");
  const run = spawnSync(bin("es-check"), args, { encoding: "utf8", maxBuffer: 64 << 20 });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

/** The lowest edition es-check accepts for every file, with the output of the one below it. */
function lowestEdition(files) {
  const modules = files.filter(isModule);
  const scripts = files.filter((path) => !isModule(path));
  let refusal = "";
  for (const [edition, number] of EDITIONS) {
    const results = [esCheck(edition, scripts), esCheck(edition, modules, { module: true })];
    if (results.every((result) => result.ok)) return { edition, number, refusal };
    refusal = results.map((result) => result.output).join("\n");
  }
  fail(`no ECMAScript edition up to ES2025 accepts the JavaScript:\n${refusal.slice(0, 3000)}`);
}

// ---- 3. the floor, and what README.md says ----------------------------------------------------

function readmeFloor() {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const match = readme.match(/Floor, checked by `scripts\/check-floor\.mjs`: \*\*Chrome ≥ (\d+), Edge ≥ (\d+), Firefox ≥ (\d+), Safari ≥ ([\d.]+)\*\*/);
  if (!match) fail("README.md states no floor (\"Floor, checked by `scripts/check-floor.mjs`: **Chrome ≥ N, Edge ≥ N, Firefox ≥ N, Safari ≥ N**\")");
  return { chrome: Number(match[1]), edge: Number(match[2]), firefox: Number(match[3]), safari: Number(match[4]) };
}

const files = filesUnder(dist).map((path) => relative(dist, path).split("\\").join("/"));
const wasmFiles = files.filter((path) => path.endsWith(".wasm"));
if (wasmFiles.length !== 5) {
  fail(`expected the five wasm modules (self-check, forms page, office export and import workers, receiving offices' page) in ${dist}, found ${wasmFiles.length}: build the whole site first`);
}
const jsFiles = files.filter((path) => path.endsWith(".js"));
const nomodule = jsFiles.filter((path) => /(^|\/)boot-nomodule-[0-9a-f]+\.js$/.test(path));
if (nomodule.length !== 3) fail(`expected the nomodule script of the three pages in ${dist}, found ${nomodule.length}`);
const modern = jsFiles.filter((path) => !nomodule.includes(path));

// Why each browser's floor is what it is: [browser] -> [[version, reason]].
const reasons = Object.fromEntries(BROWSERS.map((browser) => [browser, []]));
function needs(reason, versionOf) {
  for (const browser of BROWSERS) reasons[browser].push([versionOf(browser), reason]);
}

needs("WebAssembly", (browser) => firstVersion("wasm", browser));
needs("JavaScript modules with import() (the start script)", (browser) => firstVersion("es6-module-dynamic-import", browser));

console.log("wasm modules, the features they use (validated with wasm-opt):");
for (const wasm of wasmFiles) {
  const path = join(dist, wasm);
  const used = await wasmFeaturesUsed(path);
  const bigint = passesI64ToJavaScript(readFileSync(path));
  console.log(`  ${wasm}: ${used.length ? used.join(", ") : "MVP only"}${bigint ? ", i64 to JavaScript (BigInt)" : ""}`);
  for (const feature of used) {
    const caniuseId = CANIUSE_OF_WASM_FEATURE[feature];
    if (!caniuseId) fail(`${wasm} uses the wasm feature ${feature}, which caniuse-lite does not map to browsers: avoid it`);
    needs(`wasm ${feature} (${wasm})`, (browser) => firstVersion(caniuseId, browser));
  }
  if (bigint) needs(`wasm i64 as BigInt (${wasm})`, (browser) => firstVersion("wasm-bigint", browser));
}

const js = lowestEdition(modern.map((path) => join(dist, path)));
console.log(`JavaScript (${modern.length} files): ${js.edition.toUpperCase()}, checked with es-check --checkFeatures`);
if (js.refusal) console.log(`  (refused as one edition lower:)\n${js.refusal.trim().split("\n").slice(0, 12).map((line) => `    ${line}`).join("\n")}`);
needs(`JavaScript ${js.edition.toUpperCase()}`, (browser) => firstVersionForEdition(js.number, browser));

const es3 = esCheck("es3", nomodule.map((path) => join(dist, path)), { features: false });
if (!es3.ok) fail(`the nomodule script must stay ES3 (it runs in Internet Explorer):\n${es3.output}`);
console.log(`nomodule script (${nomodule.length} copies): ES3`);

const stated = readmeFloor();
let differs = false;
console.log("\nfloor: measured (README.md)");
for (const browser of BROWSERS) {
  const [version, reason] = reasons[browser].reduce((highest, next) => (next[0] > highest[0] ? next : highest));
  const mark = version === stated[browser] ? "" : version > stated[browser] ? "   <-- RAISED past README.md" : "   <-- lower than README.md says";
  if (mark) differs = true;
  console.log(`  ${NAMES[browser].padEnd(8)} ≥ ${String(version).padEnd(5)} (${stated[browser]})  because of ${reason}${mark}`);
}
if (differs) {
  fail("the measured floor is not the one README.md states: lower what the build needs, or change README.md (\"Browsers\") and say why");
}
console.log("check-floor: README.md states the measured floor");
