//! The calendar download read back by a real iCalendar parser (the `icalendar` crate): every
//! event an all-day date with its summary, and two display reminders, a week and a day before.

use henan_filing::core::evaluate;
use henan_filing::core::ics::deadlines_calendar;
use henan_filing::core::package::read_package;
use henan_filing::core::Lang;
use icalendar::{Component as _, DatePerhapsTime};

#[test]
fn the_calendar_file_parses_with_its_dates_and_reminders() {
    let package = read_package(
        r#"{"schema_version": 2, "facts": {"request": "renewal", "application_date": "2027-04-01",
        "applicant": {"kind": "employer", "legal_form": "enterprise", "place": "4107"},
        "details": {"filing_expiry": "2027-06-30"}}}"#,
    )
    .unwrap();
    let evaluation = evaluate(&package.facts);
    let ics = deadlines_calendar(&evaluation, Lang::ZhCn, "20270401T080000Z", jiff::civil::date(2027, 4, 1)).unwrap();

    let calendar: icalendar::Calendar = ics.parse().expect("a calendar the parser reads");
    let events: Vec<&icalendar::Event> = calendar.events().collect();
    let starts: Vec<String> = events
        .iter()
        .map(|event| match event.get_start() {
            Some(DatePerhapsTime::Date(date)) => date.to_string(),
            other => panic!("not an all-day date: {other:?}"),
        })
        .collect();
    assert_eq!(starts, ["2027-05-01", "2027-05-01", "2027-05-31"], "{ics}");
    assert!(events.iter().any(|event| event.get_summary() == Some("续期材料最迟提交日（到期前60天）")), "{ics}");

    // The reminders, read from the parser's component tree.
    let unfolded = icalendar::parser::unfold(&ics);
    let parsed = icalendar::parser::read_calendar(&unfolded).expect("parses");
    let vevents: Vec<_> = parsed.components.iter().filter(|component| component.name == "VEVENT").collect();
    assert_eq!(vevents.len(), 3);
    for event in vevents {
        let triggers: Vec<String> = event
            .components
            .iter()
            .filter(|component| component.name == "VALARM")
            .map(|alarm| {
                assert_eq!(alarm.find_prop("ACTION").map(|p| p.val.to_string()).as_deref(), Some("DISPLAY"));
                alarm.find_prop("TRIGGER").map(|p| p.val.to_string()).unwrap_or_default()
            })
            .collect();
        assert_eq!(triggers, ["-P7D", "-P1D"], "{ics}");
    }
}
