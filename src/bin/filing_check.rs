//! `filing-check`: the command-line face of the pure core, for receiving offices and tests.
//!
//! Today it reports which app version and rule-table edition it carries and lists the guide's
//! procedures; checking a package file is added with the rule tables.

use std::process::ExitCode;

use henan_filing::core::{APP_VERSION, Lang, PROCEDURES, RULE_TABLE_EDITION};

const USAGE: &str = "usage: filing-check [--version | --procedures [--lang zh-CN|en] | --help]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(output) => {
            print!("{output}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("filing-check: {message}");
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// Turns the arguments into the text to print, or an error message (lower-case, no period).
fn run(args: &[String]) -> Result<String, String> {
    let mut lang = Lang::ZhCn;
    let mut action = "--version";
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--version" | "-V" | "--procedures" | "--help" | "-h" => action = arg,
            "--lang" => {
                let tag = rest.next().ok_or("--lang needs a value: zh-CN or en")?;
                lang = Lang::from_tag(tag).ok_or_else(|| format!("unknown language {tag:?}"))?;
            }
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    Ok(match action {
        "--procedures" => PROCEDURES
            .iter()
            .map(|p| format!("{}\t{}\t{}\n", p.part, p.id, p.title.get(lang)))
            .collect(),
        "--help" | "-h" => format!("{USAGE}\n"),
        _ => format!("filing-check {APP_VERSION}\nrule tables: {RULE_TABLE_EDITION}\n"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn version_names_app_and_rule_edition() {
        let out = run(&args(&[])).unwrap();
        assert!(out.contains(APP_VERSION) && out.contains("2024年版"), "{out}");
    }

    #[test]
    fn procedures_list_all_seven_in_english() {
        let out = run(&args(&["--procedures", "--lang", "en"])).unwrap();
        assert_eq!(out.lines().count(), 7, "{out}");
        assert!(out.contains("Termination of filing"), "{out}");
    }

    #[test]
    fn bad_arguments_are_errors_not_panics() {
        assert!(run(&args(&["--bogus"])).unwrap_err().contains("--bogus"));
        assert!(run(&args(&["--lang"])).is_err());
        assert!(run(&args(&["--lang", "fr"])).unwrap_err().contains("fr"));
    }
}
