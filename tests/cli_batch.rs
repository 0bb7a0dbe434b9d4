//! `filing-check batch` and the single-file report's form problems, run as the binary: exit
//! status, standard output and standard error, and the workbook it writes.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn filing_check(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_filing-check")).args(args).current_dir(root()).output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("filing-check-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn a_folder_of_good_packages_exits_0_with_the_register_table() {
    let out = filing_check(&["batch", "tests/browser/packages", "--office", "4107"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stderr), "");
    let stdout = text(&out.stdout);
    assert!(stdout.starts_with("本机构: 新乡市人力资源和社会保障局（组织人社局）技能人才评价指导部门 (place-hrss:4107)\n读取2份，无法读取0份"), "{stdout}");
    let first = stdout.lines().find(|line| line.starts_with("1  ")).unwrap();
    assert!(first.contains("complete-first-filing.json") && first.contains("首次备案") && first.contains("需进一步确认") && first.contains("本机构"), "{first}");
}

#[test]
fn refused_files_exit_1_and_are_named_on_stderr() {
    let out = filing_check(&["batch", "tests/browser/packages", "tests/register-packages", "--office", "place-hrss:4107", "--json"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    let refused: Vec<&str> = stderr.lines().collect();
    assert_eq!(refused.len(), 3, "{stderr}");
    assert!(refused[0].starts_with("filing-check: refused tests/register-packages/broken-not-json.json: not a JSON document"), "{stderr}");
    assert!(refused[1].starts_with("filing-check: refused tests/register-packages/broken-unknown-field.json: forms.staff.assessors[0].colour: unknown field"), "{stderr}");
    assert!(refused[2].starts_with("filing-check: refused tests/register-packages/broken-unknown-place.json: facts.applicant.place: unknown place code"), "{stderr}");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["office"]["code"], "place-hrss:4107");
    let entries = json["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 5);
    let nanyang = entries.iter().find(|entry| entry["file_name"].as_str().unwrap().ends_with("employer-nanyang.json")).unwrap();
    assert_eq!(nanyang["addressed"]["status"], "not-ours");
    assert_eq!(nanyang["addressed"]["goes_to"]["place"], "4113");
    assert_eq!(nanyang["verdict"], "needs-confirmation");
    assert_eq!(json["refused"][2]["path"], "facts.applicant.place");
    assert_eq!(json["duplicates"][0]["credit_code"], "91350100M000100Y43");
    // Every entry's verdict is the one the single-file check gives for the same file.
    for entry in entries {
        let file = entry["file_name"].as_str().unwrap();
        let single: serde_json::Value = serde_json::from_slice(&filing_check(&[file]).stdout).unwrap();
        assert_eq!(entry["verdict"], single["verdict"], "{file}");
    }
}

#[test]
fn usage_errors_exit_2() {
    for args in [&["batch"][..], &["batch", "--office"], &["batch", "tests/browser/packages", "--office", "no-such-office"], &["batch", "tests/browser/packages", "--csv"], &["batch", "tests/cases/../../src/core/register"]] {
        let out = filing_check(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", text(&out.stderr));
        assert!(text(&out.stderr).contains("usage: filing-check"), "{args:?}");
    }
    // A path that is not there is a file that cannot be read: refused, exit 1.
    let out = filing_check(&["batch", "no/such/folder"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).starts_with("filing-check: refused no/such/folder: cannot read"), "{}", text(&out.stderr));
}

#[test]
fn the_workbook_has_the_register_the_problems_and_the_summaries() {
    let dir = temp_dir("xlsx");
    // A renewal and a termination of the test packages, beside a file that is not UTF-8.
    for file in ["tests/browser/packages/complete-renewal.json", "tests/register-packages/termination-xinxiang.json", "tests/register-packages/employer-nanyang.json"] {
        std::fs::copy(root().join(file), dir.join(Path::new(file).file_name().unwrap())).unwrap();
    }
    std::fs::write(dir.join("gbk.json"), [0xc4u8, 0xe3, 0xba, 0xc3]).unwrap();
    std::fs::write(dir.join("notes.txt"), "not a package, not read").unwrap();
    let xlsx = dir.join("register.xlsx");
    let out = filing_check(&["batch", dir.to_str().unwrap(), "--office", "4107", "--xlsx", xlsx.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("gbk.json: not UTF-8 text"), "{}", text(&out.stderr));
    let mut workbook: Xlsx<_> = open_workbook_from_rs(std::io::Cursor::new(std::fs::read(&xlsx).unwrap())).unwrap();
    assert_eq!(workbook.sheet_names(), ["登记表", "问题", "附件7 备案续期汇总表", "附件8 终止备案汇总表"]);
    let cell = |range: &calamine::Range<Data>, row: usize, column: usize| range.get((row, column)).map(|data| data.to_string()).unwrap_or_default();
    let register = workbook.worksheet_range("登记表").unwrap();
    // Title, the count line, the headings, then a row per package read.
    assert_eq!(cell(&register, 2, 1), "文件");
    let files: Vec<String> = (3..6).map(|row| cell(&register, row, 1)).collect();
    assert!(files[0].ends_with("complete-renewal.json") && files[1].ends_with("employer-nanyang.json") && files[2].ends_with("termination-xinxiang.json"), "{files:?}");
    assert_eq!(cell(&register, 3, 8), "需进一步确认");
    assert!(cell(&register, 4, 13).starts_with("非本机构：应交南阳市"), "{}", cell(&register, 4, 13));
    let problems = workbook.worksheet_range("问题").unwrap();
    assert!(cell(&problems, 2, 0).ends_with("gbk.json") && cell(&problems, 2, 2) == "无法读取", "{:?}", problems.rows().nth(2));
    let renewals = workbook.worksheet_range("附件7 备案续期汇总表").unwrap();
    let renewal_row: Vec<String> = renewals.rows().nth(3).unwrap().iter().map(|data| data.to_string()).collect();
    assert!(renewal_row.contains(&"新乡某职业培训学校有限公司".to_string()) && renewal_row.contains(&"豫评备2024-001".to_string()), "{renewal_row:?}");
    assert!(cell(&renewals, 1, 0).starts_with("填报单位：新乡市人力资源和社会保障局"), "{}", cell(&renewals, 1, 0));
    let terminations = workbook.worksheet_range("附件8 终止备案汇总表").unwrap();
    assert_eq!(cell(&terminations, 3, 0), "新乡市");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_single_package_reports_its_forms_field_problems() {
    let dir = temp_dir("single");
    let package = std::fs::read_to_string(root().join("tests/browser/packages/complete-first-filing.json")).unwrap();
    let broken = package.replacen("\"credit_code\": \"91350100M000100Y43\"", "\"credit_code\": \"91350100M000100Y44\"", 1);
    assert_ne!(broken, package);
    let file = dir.join("wrong-credit-code.json");
    std::fs::write(&file, broken).unwrap();
    let out = filing_check(&[file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["form_problems"][0]["path"], "application.credit_code", "{}", json["form_problems"]);
    assert!(json["verdict"].is_string());
    let out = filing_check(&[file.to_str().unwrap(), "--text"]);
    let report = text(&out.stdout);
    assert!(report.contains("表单问题 (1)\n  附件1 统一社会信用代码 [application.credit_code]: 统一社会信用代码校验位不符"), "{report}");
    let clean = filing_check(&["tests/browser/packages/complete-first-filing.json", "--text", "--lang", "en"]);
    assert!(text(&clean.stdout).ends_with("Forms: no problem found\n"), "{}", text(&clean.stdout));
    std::fs::remove_dir_all(&dir).unwrap();
}
