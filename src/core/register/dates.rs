//! The dates that matter to the office, from the register and the office's record.
//!
//! - **Handling ends** (办理时限届满): the guide gives a handling time only for the renewal —
//!   6.5 "30天", calendar days as `deadlines.toml`'s `renewal-handling` reads it — counted here
//!   from the receipt date the clerk enters (not the applicant's planned date). Every other
//!   procedure's 办理时限 is "无" (1.10, 2.10, 3.10, 4.5, 5.5, 7.5): the row says 指南未规定 with
//!   the clause, once the receipt date is entered.
//! - **Renewal decision due** (6.4.2 "在备案到期前30天做出是否备案续期决定"): the expiry from
//!   the package's facts, minus 30 calendar days (`renewal-decision`).
//! - **Termination notice ends** (7.4.1: the notice runs 30 working days before the application):
//!   the first day the termination may be applied for, on the working-day calendar
//!   (`termination-earliest-application`).
//!
//! "Overdue" is the office's own obligation (handling end, decision due) past `today` and not
//! done (no 办结 date, no decision recorded); "passed" is any date before `today`.

use jiff::civil::Date;
use serde::Serialize;

use super::Register;
use super::record::WorkRecord;
use crate::core::evaluate::{DateOutcome, Text, deadline};
use crate::core::facts::RequestKind;
use crate::core::package_code::PackageCode;
use crate::core::reference::calendar::Calendar;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum OfficeDateKind {
    HandlingEnds,
    RenewalDecisionDue,
    TerminationNoticeEnds,
}

impl OfficeDateKind {
    pub fn label(self) -> Text {
        match self {
            OfficeDateKind::HandlingEnds => Text::new("办理时限届满", "handling time ends"),
            OfficeDateKind::RenewalDecisionDue => Text::new("续期决定最迟作出日", "renewal decision due"),
            OfficeDateKind::TerminationNoticeEnds => Text::new("终止备案公示期满", "termination notice ends"),
        }
    }
}

/// A date, or why there is none.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "status")]
pub enum DueDate {
    Known { date: Date },
    /// Counted through years whose holiday arrangement is not published yet.
    Estimated { date: Date, estimated_years: Vec<i16> },
    /// A date it is counted from is not entered (the receipt date) or not in the package.
    Missing { what: Text },
    /// The guide sets no such date (指南未规定).
    NotInGuide { reason: Text },
    /// The calendar cannot count it (a year with no arrangement and no estimate's rule, or out
    /// of range).
    Unknown { reason: Text },
}

impl DueDate {
    pub fn date(&self) -> Option<Date> {
        match self {
            DueDate::Known { date } | DueDate::Estimated { date, .. } => Some(*date),
            _ => None,
        }
    }

    fn from_outcome(outcome: DateOutcome) -> DueDate {
        match outcome {
            DateOutcome::Known { date } => DueDate::Known { date },
            DateOutcome::Estimated { date, estimated_years } => DueDate::Estimated { date, estimated_years },
            DateOutcome::MissingInput { what } => DueDate::Missing { what },
            DateOutcome::CalendarUnknown { year } => DueDate::Unknown { reason: Text::new(format!("{year}年的工作日安排未知"), format!("the working days of {year} are not known")) },
            DateOutcome::OutOfRange { reason } => DueDate::Unknown { reason },
        }
    }
}

/// One date of one package.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OfficeDate {
    /// The package's index in [`Register::entries`].
    pub entry: usize,
    pub file_name: String,
    pub code: PackageCode,
    pub institution: String,
    pub request: RequestKind,
    pub kind: OfficeDateKind,
    pub clause: &'static str,
    pub due: DueDate,
    /// The office's obligation, past `today` and not done.
    pub overdue: bool,
    /// The date is before `today`.
    pub passed: bool,
    /// Done: handled (办结) or decided.
    pub done: bool,
}

/// Every date of every package, sorted: dated ones by date (then file name), then the undated.
pub fn office_dates(register: &Register, record: &WorkRecord, today: Date, calendar: &Calendar) -> Vec<OfficeDate> {
    let mut dates = Vec::new();
    for (index, entry) in register.entries.iter().enumerate() {
        let facts = &entry.package.facts;
        let own = record.package(&entry.code);
        let receipt = own.and_then(|own| own.receipt_date);
        let handled = own.is_some_and(|own| own.handled_on.is_some());
        let decided = own.is_some_and(|own| own.renewal_decision.is_some());
        let mut push = |kind: OfficeDateKind, clause: &'static str, due: DueDate, obligation: bool, done: bool| {
            let passed = due.date().is_some_and(|date| date < today);
            dates.push(OfficeDate {
                entry: index,
                file_name: entry.file_name.clone(),
                code: entry.code.clone(),
                institution: entry.institution.name.clone(),
                request: entry.request,
                kind,
                clause,
                overdue: obligation && passed && !done,
                passed,
                done,
                due,
            });
        };
        // Handling time: the renewal's 30 days from the receipt date; the others have none.
        if entry.request == RequestKind::Renewal {
            let due = match receipt {
                Some(receipt) => {
                    let mut received = facts.clone();
                    received.application_date = receipt;
                    DueDate::from_outcome(deadline(&received, "renewal-handling", calendar).date)
                }
                None => DueDate::Missing { what: Text::new("受理日期", "the receipt date") },
            };
            push(OfficeDateKind::HandlingEnds, "6.5", due, true, handled || decided);
            let decision = deadline(facts, "renewal-decision", calendar);
            push(OfficeDateKind::RenewalDecisionDue, decision.clause, DueDate::from_outcome(decision.date), true, decided);
        } else if receipt.is_some() {
            let handling = &entry.evaluation.handling_time;
            let reason = Text::new(
                format!("指南未规定办理时限（{}：{}）", handling.clause, handling.text.zh),
                format!("the guide sets no handling time ({}: {})", handling.clause, handling.text.en),
            );
            push(OfficeDateKind::HandlingEnds, handling.clause, DueDate::NotInGuide { reason }, false, handled);
        }
        if entry.request == RequestKind::Termination {
            let notice = deadline(facts, "termination-earliest-application", calendar);
            push(OfficeDateKind::TerminationNoticeEnds, notice.clause, DueDate::from_outcome(notice.date), false, false);
        }
    }
    crate::core::sort::sort_by(&mut dates, &|a, b| match (a.due.date(), b.due.date()) {
        (Some(x), Some(y)) => x.cmp(&y).then_with(|| a.file_name.cmp(&b.file_name)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.file_name.cmp(&b.file_name),
    });
    dates
}
