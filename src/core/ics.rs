//! The deadlines of an evaluation as an iCalendar file (RFC 5545), for the calendar download.

use jiff::civil::Date;

use crate::core::evaluate::{DateOutcome, Evaluation};
use crate::core::text::Lang;

/// An `.ics` text with one all-day event per known or estimated deadline from `today` on, each
/// with reminders a week and a day before; `None` when there is none (a calendar of past dates
/// helps no one). An estimated date says so in its summary and names the estimate's rule in its
/// description. `stamp` is the creation time in UTC, `YYYYMMDDTHHMMSSZ`, and `today` the user's
/// date (the core has no clock).
pub fn deadlines_calendar(evaluation: &Evaluation, lang: Lang, stamp: &str, today: Date) -> Option<String> {
    let events: Vec<String> = evaluation
        .deadlines
        .iter()
        .filter_map(|deadline| {
            let (date, estimated_years) = match &deadline.date {
                DateOutcome::Known { date } => (*date, &[][..]),
                DateOutcome::Estimated { date, estimated_years } => (*date, &estimated_years[..]),
                _ => return None,
            };
            if date < today {
                return None;
            }
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
                    alarm("-P7D", &summary),
                    alarm("-P1D", &summary),
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
    // Each event is several lines: fold each line on its own (folding the joined text would
    // count across line ends and could split a CRLF).
    let lines: Vec<String> = lines.flat_map(|event| event.split("\r\n").map(str::to_string).collect::<Vec<_>>()).collect();
    Some(lines.iter().flat_map(|line| fold(line)).map(|line| line + "\r\n").collect())
}

/// A display reminder (RFC 5545 3.6.6) `trigger` before the day starts (`-P7D`: a week).
fn alarm(trigger: &str, summary: &str) -> String {
    ["BEGIN:VALARM", "ACTION:DISPLAY", &format!("TRIGGER:{trigger}"), &format!("DESCRIPTION:{}", escape(summary)), "END:VALARM"].join("\r\n")
}

/// The download's name: the procedure, the institution when the forms give its name, and
/// `deadlines.ics` (`评价机构备案续期-某某公司-deadlines.ics`), with the characters file systems
/// refuse (`/ \ : * ? " < > |`, controls) and spaces made `-`, and the name kept short.
pub fn calendar_file_name(evaluation: &Evaluation, institution: Option<&str>, lang: Lang) -> String {
    let procedure = crate::core::PROCEDURES.iter().find(|procedure| procedure.part == evaluation.part).map(|procedure| procedure.title.get(lang));
    let safe = |text: &str| -> String {
        let cleaned: String = text
            .trim()
            .chars()
            .map(|c| if c.is_control() || c.is_whitespace() || "/\\:*?\"<>|".contains(c) { '-' } else { c })
            .take(40)
            .collect();
        cleaned.trim_matches(['-', '.']).to_string()
    };
    let mut parts: Vec<String> = procedure.into_iter().chain(institution).map(safe).filter(|part| !part.is_empty()).collect();
    parts.push("deadlines.ics".to_string());
    parts.join("-")
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
    use crate::core::{Evaluation, evaluate, package::read_package};

    /// A 新乡 employer's renewal whose filing expires on 2027-06-30, applied for on `applied`.
    fn renewal(applied: &str) -> Evaluation {
        let package = read_package(&format!(
            r#"{{"schema_version": 2, "facts": {{"request": "renewal", "application_date": "{applied}",
            "applicant": {{"kind": "employer", "legal_form": "enterprise", "place": "4107"}},
            "details": {{"filing_expiry": "2027-06-30"}}}}}}"#
        ))
        .unwrap();
        evaluate(&package.facts)
    }

    #[test]
    fn renewal_deadlines_become_all_day_events() {
        let ics = deadlines_calendar(&renewal("2027-04-01"), Lang::ZhCn, "20261128T120000Z", jiff::civil::date(2026, 11, 28)).unwrap();
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 3, "{ics}");
        assert!(ics.contains("DTSTART;VALUE=DATE:20270501\r\nDTEND;VALUE=DATE:20270502"), "{ics}");
        assert!(ics.lines().all(|line| line.len() <= 75), "{ics}");
        // Short lines are never folded: a fold only continues a line longer than 75 octets.
        assert!(ics.contains("\r\nDTSTAMP:20261128T120000Z\r\n") && !ics.contains("\r\r"), "{ics}");
    }

    #[test]
    fn an_estimated_date_says_so_in_the_event() {
        let package = read_package(
            r#"{"schema_version": 2, "facts": {"request": "termination", "application_date": "2027-03-01",
            "applicant": {"kind": "employer", "legal_form": "enterprise", "place": "4107"},
            "details": {"termination_notice_start": "2027-01-18"}}}"#,
        )
        .unwrap();
        let ics = deadlines_calendar(&evaluate(&package.facts), Lang::ZhCn, "20261128T120000Z", jiff::civil::date(2026, 11, 28)).unwrap();
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains("DTSTART;VALUE=DATE:20270301\r\n"), "{ics}");
        assert!(unfolded.contains("SUMMARY:（估算）最早可提交终止申请日"), "{ics}");
        assert!(unfolded.contains("\\n2027年：安排尚未公布，日期为估算"), "{ics}");
    }

    /// A late renewal: the dates already passed are not in the file; with none left there is no
    /// file at all.
    #[test]
    fn past_dates_are_left_out_and_every_event_has_two_reminders() {
        let evaluation = renewal("2027-07-01");
        let ics = deadlines_calendar(&evaluation, Lang::ZhCn, "20270701T000000Z", jiff::civil::date(2027, 7, 1)).unwrap();
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 1, "{ics}");
        assert!(ics.contains("DTSTART;VALUE=DATE:20270731") && !ics.contains("20270501"), "{ics}");
        assert!(ics.contains("TRIGGER:-P7D\r\n") && ics.contains("TRIGGER:-P1D\r\n"), "{ics}");
        assert_eq!(deadlines_calendar(&evaluation, Lang::ZhCn, "20270801T000000Z", jiff::civil::date(2027, 8, 1)), None);
    }

    #[test]
    fn the_file_is_named_by_procedure_and_institution() {
        let evaluation = renewal("2027-04-01");
        assert_eq!(calendar_file_name(&evaluation, Some(" 新乡某某/有限公司 "), Lang::ZhCn), "评价机构备案续期-新乡某某-有限公司-deadlines.ics");
        assert_eq!(calendar_file_name(&evaluation, None, Lang::En), "Renewal-of-filing-deadlines.ics");
        assert_eq!(calendar_file_name(&evaluation, Some("  "), Lang::ZhCn), "评价机构备案续期-deadlines.ics");
    }

    #[test]
    fn text_is_escaped_and_long_lines_fold_on_character_boundaries() {
        assert_eq!(escape("a,b;c\\d"), "a\\,b\\;c\\\\d");
        let folded = fold(&"续".repeat(40));
        assert!(folded.len() > 1 && folded.iter().all(|line| line.len() <= 75));
        assert_eq!(folded.concat().replace(' ', ""), "续".repeat(40));
    }
}
