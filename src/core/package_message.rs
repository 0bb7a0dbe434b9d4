//! A package's reading error in the page's language: where (the form's own label and the row,
//! `申请职业（工种）第1行 等级`) and what (`应为数字，现为“三百”`), from the path and reason that
//! `package::read_package` gives (serde's words, which the CLI keeps printing as they are).

use crate::core::forms::labels::field_label;
use crate::core::package::PackageError;
use crate::core::text::Lang;

/// The facts' fields a package most often gets wrong, labelled as the self-check asks them.
const FACT_LABELS: &[(&str, &str, &str)] = &[
    ("facts.occupations", "申报职业（工种）", "Occupations"),
    ("facts.occupations[].code", "职业编码", "Occupation code"),
    ("facts.occupations[].levels", "等级", "Levels"),
    ("facts.application_date", "申请日期", "Application date"),
    ("facts.applicant.place", "所在地", "Place"),
    ("facts.applicant.legal_form", "单位性质", "Legal form"),
    ("facts.request", "申请事项", "Request"),
    ("schema_version", "数据包版本", "Package version"),
    ("created", "创建时间", "Created"),
    ("updated", "修改时间", "Last changed"),
];

fn label(generic: &str, lang: Lang) -> Option<&'static str> {
    match generic.strip_prefix("forms.") {
        Some(form_path) => field_label(form_path).map(|label| label.get(lang)).filter(|label| !label.is_empty()),
        None => FACT_LABELS.iter().find(|(path, ..)| *path == generic).map(|(_, zh, en)| if lang == Lang::ZhCn { *zh } else { *en }),
    }
}

/// `申请职业（工种）第1行 等级`, or the path itself where a step has no label.
pub fn place(path: &str, lang: Lang) -> String {
    let zh = lang == Lang::ZhCn;
    let mut generic = String::new();
    let mut parts: Vec<String> = Vec::new();
    let mut rest = path;
    while !rest.is_empty() {
        let end = rest.find(['.', '[']).unwrap_or(rest.len());
        let (key, after) = rest.split_at(end);
        if !key.is_empty() {
            if !generic.is_empty() {
                generic.push('.');
            }
            generic.push_str(key);
        }
        // The index after a list: its row, named after the list.
        let index = after.strip_prefix('[').and_then(|inner| inner.split_once(']'));
        let after = match index {
            Some((number, tail)) => {
                let row = number.parse::<usize>().map_or(0, |n| n + 1);
                // A value in a list of values (`levels[0]`) is the field itself.
                if tail.is_empty() {
                    rest = "";
                    continue;
                }
                let Some(list) = label(&generic, lang) else { return path.to_string() };
                parts.push(if zh { format!("{list}第{row}行") } else { format!("{list}, row {row}") });
                generic.push_str("[]");
                tail
            }
            None => after,
        };
        rest = after.strip_prefix('.').unwrap_or(after);
    }
    match label(&generic, lang) {
        Some(field) => parts.push(field.to_string()),
        None if parts.is_empty() => return path.to_string(),
        None => parts.push(generic.rsplit('.').next().unwrap_or_default().to_string()),
    }
    parts.join(if zh { " " } else { ": " })
}

/// What serde expected, in words: `u32` is a number, `a string` is text.
fn expected(what: &str, zh: bool) -> String {
    let kind = if ["u8", "u16", "u32", "u64", "i32", "i64", "f64", "integer", "number"].iter().any(|n| what.contains(n)) {
        ("数字", "a number")
    } else if what.contains("string") {
        ("文字", "text")
    } else if what.contains("bool") {
        ("true 或 false", "true or false")
    } else if what.contains("sequence") {
        ("列表", "a list")
    } else if what.contains("struct") || what.contains("map") {
        ("对象", "an object")
    } else if what.contains("YYYY-MM-DD") {
        ("YYYY-MM-DD 格式的日期（1949年至2100年）", "a date written YYYY-MM-DD (1949 to 2100)")
    } else {
        return what.to_string();
    };
    (if zh { kind.0 } else { kind.1 }).to_string()
}

/// What the file has, in words: `string "三百"` is “三百”.
fn found(what: &str, zh: bool) -> String {
    let quoted = |text: &str| if zh { format!("“{text}”") } else { format!("\"{text}\"") };
    if let Some(text) = what.strip_prefix("string \"").and_then(|rest| rest.strip_suffix('"')) {
        return quoted(text);
    }
    if let Some((_, value)) = what.split_once(" `") {
        return value.trim_end_matches('`').to_string();
    }
    match what {
        "unit value" | "null" => if zh { "空值" } else { "null" }.to_string(),
        "sequence" => if zh { "列表" } else { "a list" }.to_string(),
        "map" => if zh { "对象" } else { "an object" }.to_string(),
        other => other.to_string(),
    }
}

/// The reason, in words: serde's and the reader's own messages, each in the page's language;
/// a message this table does not know is given as it is.
pub fn reason(reason: &str, lang: Lang) -> String {
    let zh = lang == Lang::ZhCn;
    let pick = |zh_text: String, en_text: String| if zh { zh_text } else { en_text };
    let backticked = |text: &str| text.split('`').nth(1).unwrap_or_default().to_string();
    if let Some(detail) = reason.strip_prefix("not a JSON document") {
        // `(expected value at line 1 column 1)`: where, as the file's line and column.
        let numbers: Vec<&str> = detail.split(|c: char| !c.is_ascii_digit()).filter(|n| !n.is_empty()).collect();
        let at = match numbers.as_slice() {
            [.., line, column] => pick(format!("（第{line}行第{column}列）"), format!(" (line {line}, column {column})")),
            _ => String::new(),
        };
        return pick(format!("文件不是 JSON 格式，无法读取{at}"), format!("the file is not JSON and cannot be read{at}"));
    }
    if reason.starts_with("not a package") || reason.starts_with("missing: this is not a package") {
        return pick("文件不是本应用的数据包".into(), "the file is not a package of this app".into());
    }
    if let Some(rest) = reason.strip_prefix("unsupported version ") {
        let version = rest.split(';').next().unwrap_or_default();
        return pick(format!("此数据包为第{version}版，由更新版本的本应用生成，本应用无法读取"), format!("this package is version {version}, made by a newer version of this app, which this one cannot read"));
    }
    if reason.starts_with("missing") {
        return pick("缺少此项".into(), "missing".into());
    }
    for prefix in ["invalid type: ", "invalid value: "] {
        if let Some((what, wanted)) = reason.strip_prefix(prefix).and_then(|rest| rest.split_once(", expected ")) {
            return pick(format!("应为{}，现为{}", expected(wanted, true), found(what, true)), format!("expected {}, found {}", expected(wanted, false), found(what, false)));
        }
    }
    if reason.starts_with("unknown variant") {
        let value = backticked(reason);
        return pick(format!("“{value}”不是可选的值"), format!("\"{value}\" is not one of the allowed values"));
    }
    if reason.starts_with("unknown field") {
        return pick(format!("本应用的数据包没有“{}”这一项", backticked(reason)), format!("a package of this app has no \"{}\"", backticked(reason)));
    }
    if let Some(rest) = reason.strip_prefix("invalid time ") {
        let value = rest.split(": ").next().unwrap_or_default().trim_matches('"');
        return pick(
            format!("应为时间，写作 2026-11-28T02:30:00Z（RFC 3339），现为“{value}”"),
            format!("{}, found \"{value}\"", crate::core::iso_date::EXPECTED_TIMESTAMP),
        );
    }
    if reason.contains("YYYY-MM-DD") {
        return pick(format!("应为{}", expected(reason, true)), format!("expected {}", expected(reason, false)));
    }
    reason.to_string()
}

/// The whole message: `申请职业（工种）第1行 等级：应为数字，现为“三百”`.
pub fn describe(error: &PackageError, lang: Lang) -> String {
    let why = reason(&error.reason, lang);
    match (error.path.is_empty(), lang) {
        (true, _) => why,
        (false, Lang::ZhCn) => format!("{}：{why}", place(&error.path, lang)),
        (false, _) => format!("{}: {why}", place(&error.path, lang)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::package::read_package;

    const MINIMAL: &str = r#"{"schema_version": 2, "facts": {"request": "first-filing",
        "applicant": {"kind": "employer", "legal_form": "enterprise", "place": "4107"},
        "application_date": "2026-12-01"}}"#;

    fn message(json: &str, lang: Lang) -> String {
        describe(&read_package(json).unwrap_err(), lang)
    }

    fn with(extra: &str) -> String {
        MINIMAL.replacen("{\"schema_version\": 2,", &format!("{{\"schema_version\": 2, {extra},"), 1)
    }

    #[test]
    fn a_wrong_value_is_named_by_the_forms_label_and_row() {
        let json = with(r#""forms": {"application": {"occupations": [{"code": "6-18-01-01"}, {"levels": ["三百"]}]}}"#);
        assert_eq!(message(&json, Lang::ZhCn), "申请职业（工种）第2行 等级：应为数字，现为“三百”");
        assert_eq!(message(&json, Lang::En), "Occupations (job types) applied for, row 2: Levels: expected a number, found \"三百\"");
        let json = with(r#""forms": {"application": {"staff_total": "三百"}}"#);
        assert_eq!(message(&json, Lang::ZhCn), "职工总数：应为数字，现为“三百”");
        let json = with(r#""forms": {"staff": {"assessors": [{"name": 3}]}}"#);
        assert_eq!(message(&json, Lang::ZhCn), "考评人员队伍第1行 姓名：应为文字，现为3");
    }

    #[test]
    fn the_documents_own_faults_are_said_in_the_pages_language() {
        assert_eq!(message("not json", Lang::ZhCn), "文件不是 JSON 格式，无法读取（第1行第2列）");
        assert_eq!(message("not json", Lang::En), "the file is not JSON and cannot be read (line 1, column 2)");
        assert_eq!(message("[1]", Lang::ZhCn), "文件不是本应用的数据包");
        assert_eq!(message(&MINIMAL.replace("\"schema_version\": 2", "\"schema_version\": 99"), Lang::ZhCn), "数据包版本：此数据包为第99版，由更新版本的本应用生成，本应用无法读取");
        assert_eq!(message(&MINIMAL.replace("\"enterprise\"", "\"bank\""), Lang::ZhCn), "单位性质：“bank”不是可选的值");
        assert_eq!(message(&MINIMAL.replace("2026-12-01", "20261201"), Lang::ZhCn), "申请日期：应为YYYY-MM-DD 格式的日期（1949年至2100年）");
        assert_eq!(message(&with(r#""colour": "red""#), Lang::ZhCn), "colour：本应用的数据包没有“colour”这一项");
        assert_eq!(
            message(&with(r#""updated": "2026-11-28 10:30""#), Lang::ZhCn),
            "修改时间：应为时间，写作 2026-11-28T02:30:00Z（RFC 3339），现为“2026-11-28 10:30”"
        );
        assert!(!message(&with(r#""forms": {"application": {"staff_total": -1}}"#), Lang::ZhCn).contains("invalid"));
    }
}
