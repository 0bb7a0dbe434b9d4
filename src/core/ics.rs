//! The deadlines of an evaluation as an iCalendar file (RFC 5545), for the calendar download.

use crate::core::evaluate::{DateOutcome, Evaluation};
use crate::core::text::Lang;

/// An `.ics` text with one all-day event per known or estimated deadline; `None` when there is
/// none. An estimated date says so in its summary and names the estimate's rule in its
/// description. `stamp` is the creation time in UTC, `YYYYMMDDTHHMMSSZ` (the core has no clock).
pub fn deadlines_calendar(evaluation: &Evaluation, lang: Lang, stamp: &str) -> Option<String> {
    let events: Vec<String> = evaluation
        .deadlines
        .iter()
        .filter_map(|deadline| {
            let (date, estimated_years) = match &deadline.date {
                DateOutcome::Known { date } => (*date, &[][..]),
                DateOutcome::Estimated { date, estimated_years } => (*date, &estimated_years[..]),
                _ => return None,
            };
            let day = basic_format(date);
            let next_day = basic_format(date.tomorrow().ok()?);
            let mut citation = match lang {
                Lang::ZhCn => format!("依据《河南省职业技能等级评价机构备案工作指南（2024年版）》{}", deadline.clause),
                Lang::En => format!("Henan filing guide (2024 edition), clause {}", deadline.clause),
            };
            let mut summary = deadline.title.get(lang).to_string();
            if !estimated_years.is_empty() {
                summary = format!("{}{summary}", if lang == Lang::ZhCn { "（估算）" } else { "(estimate) " });
                for basis in evaluation.calendar.iter().filter(|basis| estimated_years.contains(&basis.year)) {
                    citation = format!("{citation}\n{}", basis.describe().get(lang));
                }
            }
            Some(
                [
                    "BEGIN:VEVENT".to_string(),
                    format!("UID:{}-{day}@henan-filing", deadline.id),
                    format!("DTSTAMP:{stamp}"),
                    format!("DTSTART;VALUE=DATE:{day}"),
                    format!("DTEND;VALUE=DATE:{next_day}"),
                    format!("SUMMARY:{}", escape(&summary)),
                    format!("DESCRIPTION:{}", escape(&citation)),
                    "END:VEVENT".to_string(),
                ]
                .join("\r\n"),
            )
        })
        .collect();
    if events.is_empty() {
        return None;
    }
    let lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//henan-filing//deadlines//ZH", "CALSCALE:GREGORIAN"]
        .iter()
        .map(|s| s.to_string())
        .chain(events)
        .chain(["END:VCALENDAR".to_string()]);
    Some(lines.flat_map(|line| fold(&line)).map(|line| line + "\r\n").collect())
}

/// `20270501`: the date form of RFC 5545 (formatted by hand to keep strftime out of the wasm).
fn basic_format(date: jiff::civil::Date) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

/// RFC 5545 3.3.11: backslash, semicolon, comma and newline are escaped in text values.
fn escape(text: &str) -> String {
    text.replace('\\', "\\\\").replace(';', "\\;").replace(',', "\\,").replace('\n', "\\n")
}

/// RFC 5545 3.1: lines longer than 75 octets continue on the next line after a space; a
/// character is never split.
fn fold(line: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut current = String::new();
    for ch in line.chars() {
        let limit = if lines.is_empty() { 75 } else { 74 };
        if current.len() + ch.len_utf8() > limit {
            lines.push(std::mem::take(&mut current));
        }
        current.push(ch);
    }
    lines.push(current);
    lines.into_iter().enumerate().map(|(i, l)| if i == 0 { l } else { format!(" {l}") }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::{evaluate, package::read_package};

    #[test]
    fn renewal_deadlines_become_all_day_events() {
        let package = read_package(
            r#"{"schema_version": 1, "facts": {"request": "renewal", "application_date": "2027-04-01",
            "applicant": {"kind": "employer", "legal_form": "enterprise", "place": "4107"},
            "details": {"filing_expiry": "2027-06-30"}}}"#,
        )
        .unwrap();
        let ics = deadlines_calendar(&evaluate(&package.facts), Lang::ZhCn, "20261128T120000Z").unwrap();
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 3, "{ics}");
        assert!(ics.contains("DTSTART;VALUE=DATE:20270501\r\nDTEND;VALUE=DATE:20270502"), "{ics}");
        assert!(ics.lines().all(|line| line.len() <= 75), "{ics}");
    }

    #[test]
    fn an_estimated_date_says_so_in_the_event() {
        let package = read_package(
            r#"{"schema_version": 2, "facts": {"request": "termination", "application_date": "2027-03-01",
            "applicant": {"kind": "employer", "legal_form": "enterprise", "place": "4107"},
            "details": {"termination_notice_start": "2027-01-18"}}}"#,
        )
        .unwrap();
        let ics = deadlines_calendar(&evaluate(&package.facts), Lang::ZhCn, "20261128T120000Z").unwrap();
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains("DTSTART;VALUE=DATE:20270301\r\n"), "{ics}");
        assert!(unfolded.contains("SUMMARY:（估算）最早可提交终止申请日"), "{ics}");
        assert!(unfolded.contains("\\n2027年：安排尚未公布，日期为估算"), "{ics}");
    }

    #[test]
    fn text_is_escaped_and_long_lines_fold_on_character_boundaries() {
        assert_eq!(escape("a,b;c\\d"), "a\\,b\\;c\\\\d");
        let folded = fold(&"续".repeat(40));
        assert!(folded.len() > 1 && folded.iter().all(|line| line.len() <= 75));
        assert_eq!(folded.concat().replace(' ', ""), "续".repeat(40));
    }
}
