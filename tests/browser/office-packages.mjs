// Writes a folder of varied packages for the receiving offices' page, generated from the
// browser-test packages (tests/browser/packages/): first filings and renewals, in 新乡 (the
// test office's own place) and in 郑州 (not ours), some not ready (a declaration answered no),
// some with a form problem (a telephone number cut short), one institution handed in twice
// (the later copy newer), a termination every tenth (facts only: it has no form), plus one file
// that is not a package and one that is not JSON.
// Used by tests/browser/office.spec.ts (20 packages) and scripts/bench-office.mjs (1,000).
//
//   import { writePackageFolder } from "./office-packages.mjs";
//   const { dir, names } = writePackageFolder(20);

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const here = new URL("./packages/", import.meta.url);
const FIRST = JSON.parse(readFileSync(new URL("complete-first-filing.json", here), "utf8"));
const RENEWAL = JSON.parse(readFileSync(new URL("complete-renewal.json", here), "utf8"));
const TERMINATION = JSON.parse(readFileSync(new URL("../../register-packages/termination-xinxiang.json", here), "utf8"));

// GB 32100-2015: the 18th character of a 统一社会信用代码 is a check character over the first 17.
const CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
export function creditCode(serial) {
  // 91 (enterprise), 410700 (新乡), then nine characters of the serial.
  const body = `91410700${String(serial).padStart(9, "0")}`;
  const sum = [...body].reduce((total, char, index) => total + CODE_CHARS.indexOf(char) * WEIGHTS[index], 0);
  const check = (31 - (sum % 31)) % 31;
  return body + CODE_CHARS[check];
}

const clone = (value) => JSON.parse(JSON.stringify(value));

/** The n-th package of a generated folder (0-based), and its file name. */
export function generatedPackage(n) {
  if (n % 10 === 0 && n > 0) {
    const pkg = clone(TERMINATION);
    // Each its own notice start, so each termination is another package (another code).
    const day = String(1 + (n % 28)).padStart(2, "0");
    pkg.facts.details.termination_notice_start = `2026-09-${day}`;
    const file = `${String(n + 1).padStart(4, "0")}-终止备案.json`;
    return { file, name: "", code: null, renewal: false, termination: true, ours: true, json: JSON.stringify(pkg, null, 2) };
  }
  const renewal = n % 3 === 2;
  const pkg = clone(renewal ? RENEWAL : FIRST);
  // Institution 1 hands in twice: the last package of a folder of 20 is its newer copy.
  const institution = n === 19 ? 1 : n;
  const name = `新乡第${institution + 1}职业培训学校有限公司`;
  const code = creditCode(100000 + institution);
  if (renewal) {
    pkg.forms.renewal.institution_name = name;
    pkg.forms.renewal.credit_code = code;
  } else {
    pkg.forms.application.unit_name = name;
    pkg.forms.application.credit_code = code;
  }
  // Every fifth package is in 郑州市 (金水区): not the 新乡 office's.
  if (n % 5 === 4 && n !== 19) pkg.facts.applicant.place = "410105";
  // Every seventh answers one declaration "no": not ready.
  if (n % 7 === 3) pkg.facts.declarations["social-office-premises"] = false;
  // Every eighth has a telephone number cut short: a form problem.
  if (n % 8 === 6) {
    if (renewal) pkg.forms.renewal.contact_phone = "0373-12";
    else pkg.forms.application.contact.phone = "0373-12";
  }
  const day = String(1 + (n % 28)).padStart(2, "0");
  pkg.created = `2026-11-${day}T08:00:00Z`;
  pkg.updated = n === 19 ? "2026-11-29T09:00:00Z" : `2026-11-${day}T08:00:00Z`;
  const file = `${String(n + 1).padStart(4, "0")}-${renewal ? "续期" : "首次备案"}.json`;
  return { file, name, code, renewal, termination: false, ours: n % 5 !== 4 || n === 19, json: JSON.stringify(pkg, null, 2) };
}

/** Writes `count` generated packages, a broken file and a stray text file into a new folder
 * (`packages/` inside a temporary directory), and returns the folder and what is in it. */
export function writePackageFolder(count) {
  const root = mkdtempSync(join(tmpdir(), "office-packages-"));
  const dir = join(root, "packages");
  mkdirSync(dir);
  const packages = [];
  for (let n = 0; n < count; n += 1) {
    const generated = generatedPackage(n);
    writeFileSync(join(dir, generated.file), generated.json);
    packages.push(generated);
  }
  writeFileSync(join(dir, "broken.json"), '{"schema_version": 2, "facts": ');
  writeFileSync(join(dir, "readme.txt"), "not a package");
  return { root, dir, packages };
}

// As a command (the Playwright spec runs it so: its TypeScript loader does not take this
// module): `node tests/browser/office-packages.mjs 20` writes the folder and prints what
// writePackageFolder returns, as JSON.
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const { root, dir, packages } = writePackageFolder(Number(process.argv[2] ?? 20));
  console.log(JSON.stringify({ root, dir, packages: packages.map(({ json, ...rest }) => rest) }));
}
