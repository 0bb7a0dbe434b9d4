//! `filing-check`: the command-line face of the pure core, for receiving offices and tests.
//!
//! It reads a package file (or standard input), recomputes the evaluation from its facts and
//! prints it as JSON, or as readable text with `--text`. Bad input gets a message naming the
//! field and exit status 1; a usage error exits with 2. It never panics on input.

use std::{fmt::Write as _, io::Read, process::ExitCode};

use henan_filing::core::{
    APP_VERSION, Evaluation, Lang, PROCEDURES, RULE_TABLE_EDITION,
    evaluate::{DateOutcome, Outcome, evaluate_with},
    forms::{Problem, labels::field_label, validate_form_set},
    package::read_package,
    register::{Addressed, MAX_PACKAGE_BYTES, Office, Register, RegisterBuilder, office_by_code, receiving_offices, record::WorkRecord},
    reference::calendar::YearSource,
    site::{SiteSettings, read_holidays_file},
};
use henan_filing::office::xlsx::write_register;

const USAGE: &str = "usage: filing-check [FILE | -] [--text] [--lang zh-CN|en] [--holidays FILE]...
       filing-check batch DIR|FILE... [--office CODE] [--xlsx OUT.xlsx] [--json] [--lang zh-CN|en] [--holidays FILE]...
       filing-check --offices
       filing-check --version
       filing-check --procedures [--lang zh-CN|en]

Reads a package file (JSON, schema_version 2, or 1 migrated on reading; `-` or no FILE reads
standard input) and prints
its evaluation: JSON by default, readable text with --text.
--holidays adds years' holiday arrangements this version does not have: a holiday-cn year file
(YYYY.json), a list of them, or a site.json; entries it cannot use are named on standard error.
The evaluation comes with the forms' field problems (`form_problems`; a section with --text).

batch reads every package of the folders (their *.json files, not sub-folders) and files given,
and prints the receiving office's register: a table by default, JSON with --json; --xlsx also
writes it as a workbook (the register, the problems, 附件7 and 附件8). --office names the office
it is for (a code of --offices, or a place code such as 4107 for its HR bureau), so each package
says whether it is addressed to it. Exit status: 0 when every file was read, 1 when some were
refused (each named on standard error), 2 on usage errors.";

/// Why the command failed: bad usage (exit 2) or bad input (exit 1).
enum Failure {
    Usage(String),
    Input(String),
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().is_some_and(|first| first == "batch") {
        return batch_main(&args[1..]);
    }
    let mut warnings = Vec::new();
    let result = run(&args, &mut std::io::stdin(), &mut warnings);
    for warning in warnings {
        eprintln!("filing-check: warning: {warning}");
    }
    match result {
        Ok(output) => {
            print!("{output}");
            ExitCode::SUCCESS
        }
        Err(Failure::Usage(message)) => {
            eprintln!("filing-check: {message}\n{USAGE}");
            ExitCode::from(2)
        }
        Err(Failure::Input(message)) => {
            eprintln!("filing-check: {message}");
            ExitCode::from(1)
        }
    }
}

#[derive(Default)]
struct Options {
    lang: Lang,
    text: bool,
    file: Option<String>,
    holidays: Vec<String>,
    action: Option<&'static str>,
}

fn parse_args(args: &[String]) -> Result<Options, Failure> {
    let mut options = Options::default();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--version" | "-V" => options.action = Some("version"),
            "--procedures" => options.action = Some("procedures"),
            "--offices" => options.action = Some("offices"),
            "--help" | "-h" => options.action = Some("help"),
            "--text" => options.text = true,
            "--lang" => {
                let tag = rest.next().ok_or_else(|| Failure::Usage("--lang needs a value: zh-CN or en".into()))?;
                options.lang = Lang::from_tag(tag).ok_or_else(|| Failure::Usage(format!("unknown language {tag:?}")))?;
            }
            "--holidays" => {
                let path = rest.next().ok_or_else(|| Failure::Usage("--holidays needs a file".into()))?;
                options.holidays.push(path.clone());
            }
            flag if flag.starts_with("--") => return Err(Failure::Usage(format!("unknown argument {flag:?}"))),
            file if options.file.is_none() => options.file = Some(file.to_string()),
            extra => return Err(Failure::Usage(format!("only one package file at a time, got {extra:?} too"))),
        }
    }
    Ok(options)
}

/// Turns the arguments (and standard input) into the text to print; what was left out of a
/// `--holidays` file goes to `warnings`.
fn run(args: &[String], stdin: &mut dyn Read, warnings: &mut Vec<String>) -> Result<String, Failure> {
    let options = parse_args(args)?;
    match options.action {
        Some("version") => return Ok(format!("filing-check {APP_VERSION}\nrule tables: {RULE_TABLE_EDITION}\n")),
        Some("help") => return Ok(format!("{USAGE}\n")),
        Some("procedures") => {
            return Ok(PROCEDURES.iter().map(|p| format!("{}\t{}\t{}\n", p.part, p.id, p.title.get(options.lang))).collect());
        }
        Some("offices") => return Ok(receiving_offices().iter().map(|office| format!("{}\t{}\n", office.code, office.name.get(options.lang))).collect()),
        _ => {}
    }
    let json = match options.file.as_deref() {
        None | Some("-") => {
            let mut text = String::new();
            stdin.read_to_string(&mut text).map_err(|e| Failure::Input(format!("cannot read standard input: {e}")))?;
            text
        }
        Some(path) => std::fs::read_to_string(path).map_err(|e| Failure::Input(format!("cannot read {path}: {e}")))?,
    };
    let calendar = host_calendar(&options.holidays, warnings)?;
    let package = read_package(&json).map_err(|e| Failure::Input(format!("not a valid package: {e}")))?;
    let evaluation = evaluate_with(&package.facts, &calendar);
    let problems = validate_form_set(&package.facts, &package.forms);
    if options.text {
        let mut out = text_report(&evaluation, options.lang);
        out.push_str(&form_problems_text(&problems, options.lang));
        Ok(out)
    } else {
        // The evaluation's own keys, and the forms' problems beside them.
        let mut json = serde_json::to_value(&evaluation).expect("an evaluation always serialises");
        if let serde_json::Value::Object(object) = &mut json {
            object.insert("form_problems".into(), serde_json::to_value(&problems).expect("problems always serialise"));
        }
        let mut out = serde_json::to_string_pretty(&json).expect("an evaluation always serialises");
        out.push('\n');
        Ok(out)
    }
}

/// The forms' field problems, after the report: each with the field's label and path.
fn form_problems_text(problems: &[Problem], lang: Lang) -> String {
    let t = |zh: &str, en: &str| if lang == Lang::ZhCn { zh.to_string() } else { en.to_string() };
    let mut out = String::new();
    if problems.is_empty() {
        let _ = writeln!(out, "\n{}", t("表单：未发现问题", "Forms: no problem found"));
        return out;
    }
    let _ = writeln!(out, "\n{} ({})", t("表单问题", "Form problems"), problems.len());
    for problem in problems {
        let label = field_label(&problem.path).map(|label| format!("{} ", label.get(lang))).unwrap_or_default();
        let _ = writeln!(out, "  {} {label}[{}]: {}", problem.form.attachment(), problem.path, problem.message.get(lang));
    }
    out
}

// ---------------------------------------------------------------- batch: the office's register

#[derive(Default)]
struct BatchOptions {
    paths: Vec<String>,
    office: Option<Office>,
    xlsx: Option<String>,
    json: bool,
    lang: Lang,
    holidays: Vec<String>,
}

fn parse_batch_args(args: &[String]) -> Result<BatchOptions, Failure> {
    let mut options = BatchOptions::default();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--json" => options.json = true,
            "--office" => {
                let code = rest.next().ok_or_else(|| Failure::Usage("--office needs a code (filing-check --offices lists them)".into()))?;
                options.office = Some(office_by_code(code).ok_or_else(|| Failure::Usage(format!("unknown office {code:?}: filing-check --offices lists the codes")))?);
            }
            "--xlsx" => options.xlsx = Some(rest.next().ok_or_else(|| Failure::Usage("--xlsx needs a file to write".into()))?.clone()),
            "--lang" => {
                let tag = rest.next().ok_or_else(|| Failure::Usage("--lang needs a value: zh-CN or en".into()))?;
                options.lang = Lang::from_tag(tag).ok_or_else(|| Failure::Usage(format!("unknown language {tag:?}")))?;
            }
            "--holidays" => options.holidays.push(rest.next().ok_or_else(|| Failure::Usage("--holidays needs a file".into()))?.clone()),
            flag if flag.starts_with("--") => return Err(Failure::Usage(format!("unknown argument {flag:?}"))),
            path => options.paths.push(path.to_string()),
        }
    }
    if options.paths.is_empty() {
        return Err(Failure::Usage("batch needs at least one folder or package file".into()));
    }
    Ok(options)
}

/// What a batch prints, and the files it refused (for standard error and the exit status).
struct BatchOutput {
    stdout: String,
    refused: Vec<String>,
    warnings: Vec<String>,
}

fn batch_main(args: &[String]) -> ExitCode {
    match run_batch(args) {
        Ok(output) => {
            print!("{}", output.stdout);
            for warning in &output.warnings {
                eprintln!("filing-check: warning: {warning}");
            }
            for refusal in &output.refused {
                eprintln!("filing-check: refused {refusal}");
            }
            if output.refused.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) }
        }
        Err(Failure::Usage(message)) => {
            eprintln!("filing-check: {message}\n{USAGE}");
            ExitCode::from(2)
        }
        Err(Failure::Input(message)) => {
            eprintln!("filing-check: {message}");
            ExitCode::from(1)
        }
    }
}

/// The files of the paths: a folder's `*.json` files by name, a file as given. A path that
/// cannot be listed is a file that could not be read, refused by the register like any other.
fn batch_files(paths: &[String]) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for path in paths {
        let path = std::path::Path::new(path);
        match std::fs::read_dir(path) {
            Ok(entries) => {
                let mut found: Vec<std::path::PathBuf> = entries
                    .filter_map(Result::ok)
                    .map(|entry| entry.path())
                    .filter(|file| file.is_file() && file.extension().is_some_and(|ext| ext.eq_ignore_ascii_case("json")))
                    .collect();
                found.sort();
                files.extend(found);
            }
            Err(_) => files.push(path.to_path_buf()),
        }
    }
    files
}

/// The working-day calendar with the years of the `--holidays` files; what is wrong in a file is
/// left out and said in `warnings`.
fn host_calendar(paths: &[String], warnings: &mut Vec<String>) -> Result<henan_filing::core::reference::calendar::Calendar, Failure> {
    let mut host_years = Vec::new();
    for path in paths {
        let text = std::fs::read_to_string(path).map_err(|e| Failure::Input(format!("cannot read {path}: {e}")))?;
        let SiteSettings { calendar, problems, .. } = read_holidays_file(&text);
        warnings.extend(problems.into_iter().map(|problem| format!("{path}: {problem}")));
        host_years.extend(calendar.host_years().iter().cloned());
    }
    Ok(henan_filing::core::reference::calendar::Calendar::with_host_years(host_years))
}

fn run_batch(args: &[String]) -> Result<BatchOutput, Failure> {
    let options = parse_batch_args(args)?;
    let mut warnings = Vec::new();
    let calendar = host_calendar(&options.holidays, &mut warnings)?;
    let files = batch_files(&options.paths);
    if files.is_empty() {
        return Err(Failure::Usage(format!("no package file (*.json) in {}", options.paths.join(", "))));
    }
    let mut builder = RegisterBuilder::new(options.office.clone()).with_calendar(calendar);
    for file in &files {
        let name = file.to_string_lossy();
        // The size first, so a huge file is refused without being read into memory.
        match std::fs::metadata(file) {
            Ok(meta) if meta.len() > MAX_PACKAGE_BYTES as u64 => {
                builder.refuse(&name, &format!("the file is {} bytes, more than the {} MB a package can be: not a package of this app", meta.len(), MAX_PACKAGE_BYTES >> 20));
                continue;
            }
            Err(e) => {
                builder.refuse(&name, &format!("cannot read: {e}"));
                continue;
            }
            Ok(_) => {}
        }
        match std::fs::read(file) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => builder.add(&name, &text),
                Err(_) => builder.refuse(&name, "not UTF-8 text: a package is a JSON file written by this app"),
            },
            Err(e) => builder.refuse(&name, &format!("cannot read: {e}")),
        }
    }
    let register = builder.finish();
    if let Some(out) = &options.xlsx {
        let bytes = write_register(&register, &WorkRecord::default()).map_err(Failure::Input)?;
        std::fs::write(out, bytes).map_err(|e| Failure::Input(format!("cannot write {out}: {e}")))?;
    }
    let stdout = if options.json {
        let mut out = serde_json::to_string_pretty(&register).expect("a register always serialises");
        out.push('\n');
        out
    } else {
        register_table(&register, options.lang)
    };
    let refused = register.refused.iter().map(|refusal| if refusal.path.is_empty() { format!("{}: {}", refusal.file_name, refusal.reason) } else { format!("{}: {}: {}", refusal.file_name, refusal.path, refusal.reason) }).collect();
    Ok(BatchOutput { stdout, refused, warnings })
}

/// Columns padded to the widest cell, counting a Chinese character as two.
fn table(rows: &[Vec<String>]) -> String {
    let width = |text: &str| text.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum::<usize>();
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns).map(|column| rows.iter().filter_map(|row| row.get(column)).map(|cell| width(cell)).max().unwrap_or(0)).collect();
    let mut out = String::new();
    for row in rows {
        let mut line = String::new();
        for (column, cell) in row.iter().enumerate() {
            line.push_str(cell);
            if column + 1 < row.len() {
                line.push_str(&" ".repeat(widths[column] - width(cell) + 2));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The register as a table (a row per package), then per package what is wrong, then the
/// refused files and the duplicates.
fn register_table(register: &Register, lang: Lang) -> String {
    let t = |zh: &str, en: &str| if lang == Lang::ZhCn { zh.to_string() } else { en.to_string() };
    let mut out = String::new();
    match &register.office {
        Some(office) => {
            let _ = writeln!(out, "{}: {} ({})", t("本机构", "Office"), office.name.get(lang), office.code);
        }
        None => {
            let _ = writeln!(out, "{}", t("未指定本机构（--office），是否本机构受理未知", "No office given (--office): whose each package is, is unknown"));
        }
    }
    let _ = writeln!(
        out,
        "{}\n",
        t(
            &format!("读取{}份，无法读取{}份；结论按材料中的事实重新计算", register.entries.len(), register.refused.len()),
            &format!("{} read, {} refused; verdicts recomputed from each package's facts", register.entries.len(), register.refused.len())
        )
    );
    let mut rows = vec![vec![
        "#".to_string(),
        t("文件", "file"),
        t("代码", "code"),
        t("事项", "request"),
        t("结论", "verdict"),
        t("未满足", "not met"),
        t("需确认", "to confirm"),
        t("表单问题", "form problems"),
        t("缺表", "missing forms"),
        t("受理", "whose"),
        t("重复", "duplicate"),
    ]];
    for (index, entry) in register.entries.iter().enumerate() {
        let file = std::path::Path::new(&entry.file_name).file_name().map(|name| name.to_string_lossy().to_string()).unwrap_or_else(|| entry.file_name.clone());
        rows.push(vec![
            (index + 1).to_string(),
            file,
            entry.code.to_string(),
            entry.request.label().get(lang).to_string(),
            entry.verdict.label().get(lang).to_string(),
            entry.failed_rules.len().to_string(),
            entry.needs_confirmation.len().to_string(),
            entry.form_problems.len().to_string(),
            entry.missing_forms.iter().map(|form| form.attachment()).collect::<Vec<_>>().join(","),
            match &entry.addressed {
                Addressed::Ours { .. } => t("本机构", "ours"),
                Addressed::NotOurs { goes_to, .. } => format!("{}{}", t("非本机构→", "not ours → "), goes_to.name.get(lang)),
                Addressed::Unknown { .. } => t("未知", "unknown"),
            },
            entry.duplicate.as_ref().map(|mark| format!("{}/{}", mark.rank, mark.of)).unwrap_or_default(),
        ]);
    }
    out.push_str(&table(&rows));
    for (index, entry) in register.entries.iter().enumerate() {
        if entry.failed_rules.is_empty() && entry.needs_confirmation.is_empty() && entry.form_problems.is_empty() && !entry.addressed.is_not_ours() {
            continue;
        }
        let _ = writeln!(out, "\n{}. {} [{}] {}", index + 1, entry.file_name, entry.code, entry.institution.name);
        for rule in &entry.failed_rules {
            let _ = writeln!(out, "  ✗ {:<8} {}", rule.clause, rule.reason.get(lang));
        }
        for rule in &entry.needs_confirmation {
            let _ = writeln!(out, "  ? {:<8} {}", rule.clause, rule.reason.get(lang));
        }
        for problem in &entry.form_problems {
            let _ = writeln!(out, "  ! {} [{}]: {}", problem.form.attachment(), problem.path, problem.message.get(lang));
        }
        if entry.addressed.is_not_ours() {
            let _ = writeln!(out, "  → {}", entry.addressed.summary().get(lang));
        }
    }
    if !register.duplicates.is_empty() {
        let _ = writeln!(out, "\n{}", t("统一社会信用代码相同的材料（新的在前）", "Packages with the same credit code (newest first)"));
        for group in &register.duplicates {
            let files: Vec<String> = group.entries.iter().map(|index| format!("{} ({})", index + 1, register.entries[*index].file_name)).collect();
            let _ = writeln!(out, "  {}: {}", group.credit_code, files.join(", "));
        }
    }
    if !register.refused.is_empty() {
        let _ = writeln!(out, "\n{}", t("无法读取的文件", "Files refused"));
        for refusal in &register.refused {
            let at = if refusal.path.is_empty() { String::new() } else { format!("{}: ", refusal.path) };
            let _ = writeln!(out, "  {}: {at}{}", refusal.file_name, refusal.reason);
        }
    }
    out
}

/// A readable report: verdict, rules with reasons, route, steps, materials, deadlines.
fn text_report(evaluation: &Evaluation, lang: Lang) -> String {
    let t = |zh: &str, en: &str| if lang == Lang::ZhCn { zh.to_string() } else { en.to_string() };
    let mut out = String::new();
    let _ = writeln!(out, "{}: {}", t("结论", "Verdict"), evaluation.verdict.label_for(evaluation.request).get(lang));
    let _ = writeln!(out, "{}\n", t(&format!("依据：指南第{}部分", evaluation.part), &format!("Under: guide part {}", evaluation.part)));

    let _ = writeln!(out, "{}", t("逐项判断", "Rules"));
    for rule in &evaluation.rules {
        let mark = match rule.outcome {
            Outcome::Met => "✓",
            Outcome::NotMet => "✗",
            Outcome::NeedsConfirmation => "?",
            Outcome::NotApplicable => "–",
            Outcome::LeavesScope => "↘",
        };
        let row = rule.row.map(|row| format!(" [{}{row}]", t("第", "row "))).unwrap_or_default();
        let _ = writeln!(out, "  {mark} {:<10} {}{row}", rule.clause, rule.reason.get(lang));
        if let Some(fix) = &rule.fix {
            let _ = writeln!(out, "      → {}", fix.get(lang));
        }
    }

    let route = &evaluation.route;
    let _ = writeln!(out, "\n{} ({})", t("受理机构", "Receiving authority"), route.clause);
    match &route.authority {
        Some(office) => {
            let _ = writeln!(out, "  {}", office.name.get(lang));
        }
        None => {
            let _ = writeln!(out, "  {}", t("尚不能确定", "not yet known"));
        }
    }
    if let Some(missing) = &route.missing {
        let _ = writeln!(out, "  {}: {}", t("还需要", "still needed"), missing.get(lang));
    }
    for office in &route.alternatives {
        let _ = writeln!(out, "  {}: {}", t("也可", "or"), office.name.get(lang));
    }
    if let Some(office) = &route.recommends_to {
        let _ = writeln!(out, "  {}: {}", t("初审后推荐至", "recommended on to"), office.name.get(lang));
    }
    if let Some(office) = &route.supervising_opinion {
        let _ = writeln!(out, "  {}: {}", t("先由监管地出具意见", "opinion first from"), office.name.get(lang));
    }
    if let Some(note) = &route.note {
        let _ = writeln!(out, "  ! {}", note.get(lang));
    }
    if let Some(inherits) = &evaluation.inherits {
        for item in &inherits.not_evaluated {
            let _ = writeln!(out, "  ({}) {}", item.topic.name(), item.reason.get(lang));
        }
    }

    let _ = writeln!(out, "\n{}", t("办理流程", "Steps"));
    for (index, step) in evaluation.steps.iter().enumerate() {
        let _ = write!(out, "  {}. {} ({}) {}", index + 1, step.title.get(lang), step.clause, step.detail.get(lang));
        if let Some(deadline) = &step.deadline {
            let _ = write!(out, " [{}: {}]", deadline.title.get(lang), date_text(&deadline.date, lang));
        }
        out.push('\n');
    }

    let _ = writeln!(out, "\n{}", t("申请材料", "Materials"));
    for (index, material) in evaluation.materials.iter().enumerate() {
        let _ = writeln!(out, "  {}. {} ({})", index + 1, material.title.get(lang), material.clause);
        if let Some(note) = &material.note {
            let _ = writeln!(out, "     {}", note.get(lang));
        }
    }
    for rule in &evaluation.handling_rules {
        let _ = writeln!(out, "  * {} ({})", rule.text.get(lang), rule.clause);
    }

    if !evaluation.deadlines.is_empty() {
        let _ = writeln!(out, "\n{}", t("期限", "Deadlines"));
        for deadline in &evaluation.deadlines {
            let _ = writeln!(out, "  {} ({}): {}", deadline.title.get(lang), deadline.clause, date_text(&deadline.date, lang));
            if let Some(note) = &deadline.note {
                let _ = writeln!(out, "      ! {}", note.get(lang));
            }
        }
    }
    if !evaluation.calendar.is_empty() {
        let _ = writeln!(out, "\n{}", t("工作日依据", "Working days from"));
        for year in &evaluation.calendar {
            // The page says "supplied by this site"; here the years came from --holidays.
            let line = match year.source {
                YearSource::Host => format!("{}{} {}", year.year, t("年：--holidays 文件提供的节假日安排", ": the holiday arrangement from the --holidays file"), year.papers.join(" ")),
                _ => year.describe().get(lang).to_string(),
            };
            let _ = writeln!(out, "  {line}");
        }
    }
    let _ = writeln!(out, "\n{}: {} ({})", t("办理时限", "Handling time"), evaluation.handling_time.text.get(lang), evaluation.handling_time.clause);
    if let Some(letter) = &evaluation.result_letter {
        let _ = writeln!(out, "{}: {} ({})", t("办理结果", "Result letter"), letter.text.get(lang), letter.clause);
    }
    for fact in &evaluation.service {
        let _ = writeln!(out, "{} ({})", fact.text.get(lang), fact.clause);
    }
    out
}

fn date_text(date: &DateOutcome, lang: Lang) -> String {
    match (date, lang) {
        (DateOutcome::Known { date }, _) => date.to_string(),
        (DateOutcome::MissingInput { what }, Lang::ZhCn) => format!("需填写{}", what.zh),
        (DateOutcome::MissingInput { what }, Lang::En) => format!("needs {}", what.en.to_lowercase()),
        (DateOutcome::CalendarUnknown { year }, Lang::ZhCn) => format!("{year}年节假日安排未公布，无法计算"),
        (DateOutcome::CalendarUnknown { year }, Lang::En) => format!("calendar unknown for {year}"),
        (DateOutcome::Estimated { date, estimated_years }, Lang::ZhCn) => format!("{date}（估算：{}年节假日安排未公布）", years(estimated_years)),
        (DateOutcome::Estimated { date, estimated_years }, Lang::En) => format!("{date} (estimate: the {} holidays are not published)", years(estimated_years)),
        (DateOutcome::OutOfRange { reason }, _) => reason.get(lang).to_string(),
    }
}

fn years(years: &[i16]) -> String {
    years.iter().map(i16::to_string).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_with(list: &[&str], stdin: &str) -> Result<String, Failure> {
        let args: Vec<String> = list.iter().map(|s| s.to_string()).collect();
        run(&args, &mut stdin.as_bytes(), &mut Vec::new())
    }

    fn input_error(result: Result<String, Failure>) -> String {
        match result {
            Err(Failure::Input(message)) => message,
            Err(Failure::Usage(message)) => panic!("expected an input error, got usage: {message}"),
            Ok(out) => panic!("expected an input error, got output: {out}"),
        }
    }

    const PACKAGE: &str = r#"{"schema_version": 1, "facts": {"request": "first-filing",
        "applicant": {"kind": "social-org", "legal_form": "government-body", "place": "4107"},
        "application_date": "2026-12-01"}}"#;

    #[test]
    fn version_names_app_and_rule_edition() {
        let out = run_with(&["--version"], "").ok().unwrap();
        assert!(out.contains(APP_VERSION) && out.contains("2024年版"), "{out}");
    }

    #[test]
    fn procedures_list_all_seven_in_english() {
        let out = run_with(&["--procedures", "--lang", "en"], "").ok().unwrap();
        assert_eq!(out.lines().count(), 7, "{out}");
        assert!(out.contains("Termination of filing"), "{out}");
    }

    #[test]
    fn a_package_from_stdin_is_evaluated_as_json() {
        let out = run_with(&[], PACKAGE).ok().unwrap();
        let json: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(json["verdict"], "not-ready");
        assert_eq!(json["route"]["authority"]["name"]["zh"], "新乡市人力资源和社会保障局（组织人社局）技能人才评价指导部门");
    }

    #[test]
    fn the_text_report_names_the_failed_clause() {
        let out = run_with(&["-", "--text"], PACKAGE).ok().unwrap();
        assert!(out.starts_with("结论: 暂不符合"), "{out}");
        assert!(out.contains("✗ 2.7.1"), "{out}");
        let out = run_with(&["--text", "--lang", "en"], PACKAGE).ok().unwrap();
        assert!(out.starts_with("Verdict: Not yet eligible"), "{out}");
    }

    #[test]
    fn bad_input_is_an_error_naming_the_field_never_a_panic() {
        assert!(input_error(run_with(&[], "{")).contains("not a JSON document"));
        assert!(input_error(run_with(&[], r#"{"schema_version": 9}"#)).contains("schema_version: unsupported version 9"));
        let wrong_field = PACKAGE.replace("\"legal_form\"", "\"legalform\"");
        assert!(input_error(run_with(&[], &wrong_field)).contains("facts.applicant"));
        assert!(input_error(run_with(&["/no/such/file.json"], "")).contains("cannot read /no/such/file.json"));
    }

    #[test]
    fn the_cli_reads_what_the_browser_reads() {
        // A byte-order mark (Notepad's UTF-8) is read past, as the browser's file reader does.
        let out = run_with(&[], &format!("\u{feff}{PACKAGE}")).ok().unwrap();
        assert!(out.contains("\"verdict\""), "{out}");
        // One date parser: what the browser's date field refuses, the CLI refuses, by path.
        for date in ["20261201", "2026-12-01T10:00:00", "9999-12-31", "-009999-01-01"] {
            let message = input_error(run_with(&[], &PACKAGE.replace("2026-12-01", date)));
            assert!(message.contains("facts.application_date: invalid date") && message.contains("YYYY-MM-DD"), "{date}: {message}");
        }
        // A file without facts says what it lacks, by path.
        let message = input_error(run_with(&[], r#"{"schema_version": 2}"#));
        assert!(message.contains("facts: missing: the file has no `facts`"), "{message}");
    }

    #[test]
    fn the_readme_example_package_is_evaluated() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/package-social-org.json");
        let out = run_with(&[path, "--text"], "").ok().unwrap();
        assert!(out.starts_with("结论: 需进一步确认"), "{out}");
        // 长垣市 (410783) is under 新乡; the applicant chose the local path of 2.17.1.
        assert!(out.contains("新乡市人力资源和社会保障局"), "{out}");
        assert!(out.contains("也可: 河南省职业技能等级评价指导中心"), "{out}");
    }

    /// Notice from Monday 2027-01-18, applying on 2027-03-01: on the estimate, the 30 working days
    /// end on 02-26; the example's (invented) 2027 arrangement has a week of 春节 in them.
    const TERMINATION_2027: &str = r#"{"schema_version": 2, "facts": {"request": "termination",
        "applicant": {"kind": "employer", "legal_form": "enterprise", "place": "4107"},
        "application_date": "2027-03-01", "details": {"termination_notice_start": "2027-01-18"},
        "declarations": {"termination-registration-stopped": true, "termination-within-validity": true}}}"#;

    #[test]
    fn a_year_not_published_gives_an_estimate_said_as_such_in_both_forms() {
        let json: serde_json::Value = serde_json::from_str(&run_with(&[], TERMINATION_2027).ok().unwrap()).unwrap();
        assert_eq!(json["verdict"], "needs-confirmation");
        let deadline = &json["deadlines"][0];
        assert_eq!(deadline["date"], serde_json::json!({"status": "estimated", "date": "2027-03-01", "estimated_years": [2027]}));
        assert_eq!(json["calendar"][0]["source"], "estimated");
        let text = run_with(&["--text"], TERMINATION_2027).ok().unwrap();
        assert!(text.contains("2027-03-01（估算：2027年节假日安排未公布）"), "{text}");
        assert!(text.contains("工作日依据\n  2027年：安排尚未公布，日期为估算"), "{text}");
    }

    #[test]
    fn a_holidays_file_gives_the_exact_date_and_the_verdict() {
        let example = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/site.json");
        let mut warnings = Vec::new();
        let args: Vec<String> = ["--holidays", example, "--text", "--lang", "en"].iter().map(|s| s.to_string()).collect();
        let text = run(&args, &mut TERMINATION_2027.as_bytes(), &mut warnings).ok().unwrap();
        assert_eq!(warnings, Vec::<String>::new());
        assert!(text.starts_with("Verdict: Not yet eligible"), "{text}");
        assert!(text.contains("Earliest day to apply for termination (after 30 working days of notice) (7.4.1): 2027-03-08"), "{text}");
        assert!(text.contains("2027: the holiday arrangement from the --holidays file https://example.org/"), "{text}");
    }

    #[test]
    fn a_bad_holidays_entry_is_ignored_and_named() {
        let dir = std::env::temp_dir().join(format!("filing-check-holidays-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("2027.json");
        std::fs::write(&path, r#"{"year": 2027, "papers": ["https://example.org/x"], "days": [{"name": "元旦", "date": "2027-1-1", "isOffDay": true}]}"#).unwrap();
        let path = path.to_string_lossy().to_string();
        let mut warnings = Vec::new();
        let args: Vec<String> = ["--holidays", &path].iter().map(|s| s.to_string()).collect();
        let out = run(&args, &mut TERMINATION_2027.as_bytes(), &mut warnings).ok().unwrap();
        assert_eq!(warnings, [format!("{path}: holidays[0]: 2027: days[0].date: not a date YYYY-MM-DD of 2027 (or late 2026); the entry is ignored")]);
        assert!(out.contains(r#""status": "estimated""#), "{out}");
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(input_error(run_with(&["--holidays", "/no/such/holidays.json"], TERMINATION_2027)).contains("cannot read /no/such/holidays.json"));
    }

    #[test]
    fn bad_arguments_are_usage_errors() {
        for args in [&["--bogus"][..], &["--lang"], &["--lang", "fr"], &["a.json", "b.json"], &["--holidays"]] {
            assert!(matches!(run_with(args, ""), Err(Failure::Usage(_))), "{args:?}");
        }
    }
}
