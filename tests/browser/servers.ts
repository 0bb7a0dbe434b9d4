// Static servers the offline and embedding tests start and stop themselves, on ports of their
// own (the shared webServer of playwright.config.ts must keep running for the other tests).
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";

/** `served`: the path (relative to the served folder) of every file answered, in order. */
export type StaticServer = { origin: string; stop: () => Promise<void>; served: string[] };

/** Serves `dir` with scripts/serve-static.mjs on 127.0.0.1:`port` (root and the sub-path). */
export async function startStaticServer(dir: string, port: number): Promise<StaticServer> {
  const child: ChildProcess = spawn(process.execPath, ["scripts/serve-static.mjs", dir, String(port)], {
    stdio: ["ignore", "pipe", "ignore"],
    env: { ...process.env, SERVE_STATIC_LOG: "1" },
  });
  const served: string[] = [];
  let pending = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    const lines = (pending + chunk.toString()).split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) {
      const match = line.match(/^served (\S+) \d+$/);
      if (match) served.push(match[1]);
    }
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt += 1) {
    try {
      // Any answer will do; a missing file is not logged in `served`.
      await fetch(`${origin}/server-ready-probe`);
      break;
    } catch {
      if (attempt > 50) throw new Error(`the static server did not answer at ${origin}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      // "close", not "exit": by then every line of `served` has been read.
      child.once("close", () => resolve());
      child.kill();
    });
  return { origin, stop, served };
}

const copies: string[] = [];

/** A copy of the built dist/ in a temporary folder, to serve or to change. */
export function copyOfDist(from = "dist"): string {
  const dir = mkdtempSync(join(tmpdir(), "henan-filing-dist-"));
  cpSync(from, dir, { recursive: true });
  copies.push(dir);
  return dir;
}

/** Removes every copy this worker made (call from test.afterAll). */
export function removeCopies() {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A copy of `dir` as the next release would be: one file changed and sw.js written again. */
export function changedBuild(dir: string): { dir: string; version: string } {
  const next = copyOfDist(dir);
  const html = join(next, "index.html");
  // Not a comment: scripts/postbuild.mjs strips those.
  writeFileSync(html, readFileSync(html, "utf8").replace("</head>", '<meta name="release" content="the next release">\n</head>'));
  execFileSync(process.execPath, ["scripts/postbuild.mjs", next, "release"]);
  return { dir: next, version: serviceWorkerVersion(next) };
}

/** The version written into a build's sw.js by scripts/postbuild.mjs. */
export function serviceWorkerVersion(dir: string): string {
  const match = readFileSync(join(dir, "sw.js"), "utf8").match(/\bVERSION\s*=\s*"([0-9a-f]+)"/);
  if (!match) throw new Error(`no version in ${dir}/sw.js`);
  return match[1];
}
