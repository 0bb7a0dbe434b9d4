//! Steps, materials and deadlines: interprets `steps.toml`, `materials.toml`, `deadlines.toml`.

use jiff::{Span, civil::Date};

use super::output::{DateOutcome, DeadlineOut, HandlingOut, MaterialOut, RouteOut, StepOut, Text};
use crate::core::facts::Facts;
use crate::core::reference::calendar::{Calendar, CalendarUnknown, Reckoned, YearSource};
use crate::core::rules::{
    Condition, DEADLINE_RULES, DayUnit, DeadlineAnchor, DeadlineRule, HANDLING_RULES, MATERIAL_RULES, STEP_RULES,
};

/// Facts a step or material condition may ask about beyond the applicant's own.
struct Situation {
    education_path: bool,
    supervising_place_differs: bool,
    penalised: bool,
}

fn holds(when: &Condition, facts: &Facts, situation: &Situation) -> bool {
    let applicant = &facts.applicant;
    let listed = |empty: bool, hit: bool| empty || hit;
    listed(when.requests.is_empty(), when.requests.contains(&facts.request))
        && listed(when.applicants.is_empty(), when.applicants.contains(&applicant.kind))
        && listed(when.legal_forms.is_empty(), when.legal_forms.contains(&applicant.legal_form))
        && listed(when.school_kinds.is_empty(), applicant.school_kind.is_some_and(|k| when.school_kinds.contains(&k)))
        && listed(when.affiliations.is_empty(), applicant.affiliations.iter().any(|a| when.affiliations.contains(a)))
        && when.education_path.is_none_or(|wanted| wanted == situation.education_path)
        && when.supervising_place_differs.is_none_or(|wanted| wanted == situation.supervising_place_differs)
        && when.penalised.is_none_or(|wanted| wanted == situation.penalised)
}

pub fn steps(facts: &Facts, route: &RouteOut, deadlines: &[DeadlineOut]) -> Vec<StepOut> {
    let situation = Situation {
        education_path: route.education_path(),
        supervising_place_differs: route.supervising_opinion.is_some(),
        penalised: facts.details.penalised == Some(true),
    };
    STEP_RULES
        .iter()
        .filter(|step| step.requests.contains(&facts.request) && holds(&step.when, facts, &situation))
        .map(|step| StepOut {
            id: step.id,
            clause: step.clause,
            actor: step.actor,
            title: Text::from(step.title),
            detail: Text::from(step.detail),
            deadline: step.deadline.and_then(|id| deadlines.iter().find(|d| d.id == id).cloned()),
        })
        .collect()
}

/// The materials the request needs (`materials.toml`), in the table's order. Materials depend on
/// the facts alone, not on the route or the deadlines (a test keeps the table so), so the forms
/// page and the office worker call this without the rest of the evaluation (and without its code
/// and tables in their wasm).
pub fn materials(facts: &Facts) -> Vec<MaterialOut> {
    let situation = Situation {
        education_path: false,
        supervising_place_differs: false,
        penalised: facts.details.penalised == Some(true),
    };
    MATERIAL_RULES
        .iter()
        .filter(|material| material.requests.contains(&facts.request) && holds(&material.when, facts, &situation))
        .map(|material| MaterialOut {
            id: material.id,
            clause: material.clause,
            title: Text::from(material.title),
            note: material.note.map(Text::from),
            form: material.form,
            handling: material.handling,
        })
        .collect()
}

/// The copy and binding rules the materials use (`HANDLING_RULES`).
pub fn handling_rules(materials: &[MaterialOut]) -> Vec<HandlingOut> {
    let used = |handling| materials.iter().any(|m| m.handling == Some(handling));
    HANDLING_RULES
        .iter()
        .filter(|rule| used(rule.handling) || rule.shown_with.is_some_and(used))
        .map(|rule| HandlingOut { handling: rule.handling, clause: rule.clause, text: Text::from(rule.text) })
        .collect()
}

/// Every deadline of the request in date order (those without a date last, in table order),
/// each with a note where it passes the deadline it should not.
pub fn deadlines(facts: &Facts, calendar: &Calendar) -> Vec<DeadlineOut> {
    let mut computed: Vec<DeadlineOut> = DEADLINE_RULES.iter().filter(|rule| rule.request == facts.request).map(|rule| compute(rule, facts, calendar)).collect();
    let notes: Vec<Option<Text>> = computed.iter().map(|deadline| clash(deadline, &computed, facts)).collect();
    for (deadline, note) in computed.iter_mut().zip(notes) {
        deadline.note = note;
    }
    // Stable (equal dates keep the table's order), by insertion: a request has at most three
    // deadlines, and the standard library's sort would add its code to the wasm for them.
    let key = |deadline: &DeadlineOut| deadline.date.date().map_or((1, Date::MAX), |date| (0, date));
    for index in 1..computed.len() {
        let mut at = index;
        while at > 0 && key(&computed[at - 1]) > key(&computed[at]) {
            computed.swap(at - 1, at);
            at -= 1;
        }
    }
    computed
}

/// The first plain statement that a deadline passes one it should precede, if any (a late
/// renewal's eligibility reason repeats it).
pub fn deadline_clash(facts: &Facts, calendar: &Calendar) -> Option<Text> {
    deadlines(facts, calendar).into_iter().find_map(|deadline| deadline.note)
}

fn clash(deadline: &DeadlineOut, all: &[DeadlineOut], facts: &Facts) -> Option<Text> {
    let rule = DeadlineRule::by_id(deadline.id)?;
    let other = all.iter().find(|other| Some(other.id) == rule.expected_by)?;
    let (DateOutcome::Known { date }, DateOutcome::Known { date: by }) = (&deadline.date, &other.date) else { return None };
    if date <= by {
        return None;
    }
    let (mut zh, mut en) = (
        format!("{}为{date}，晚于{}{by}", deadline.title.zh, other.title.zh),
        format!("the {} is {date}, after the {}, {by}", deadline.title.en.to_ascii_lowercase(), other.title.en.to_ascii_lowercase()),
    );
    if let Some(expiry) = facts.details.filing_expiry.filter(|expiry| date > expiry) {
        zh.push_str(&format!("，也晚于备案到期日（{expiry}）"));
        en.push_str(&format!(", and after the expiry ({expiry})"));
    }
    zh.push_str("：请立即提交并告知受理部门");
    en.push_str(": hand in at once and tell the office");
    Some(Text::new(zh, en))
}

/// One deadline by id (eligibility rules compare the application date with it).
pub fn deadline(facts: &Facts, id: &str, calendar: &Calendar) -> DeadlineOut {
    let rule = DeadlineRule::by_id(id).expect("build.rs checks deadline references");
    compute(rule, facts, calendar)
}

fn compute(rule: &'static DeadlineRule, facts: &Facts, calendar: &Calendar) -> DeadlineOut {
    let anchor = match rule.anchor {
        DeadlineAnchor::FilingExpiry => facts.details.filing_expiry.ok_or_else(|| Text::new("备案到期日", "The filing's expiry date")),
        DeadlineAnchor::ApplicationDate => Ok(facts.application_date),
        DeadlineAnchor::TerminationNoticeStart => facts.details.termination_notice_start.ok_or_else(|| Text::new("终止备案公示开始日", "The first day of the termination notice")),
    };
    let mut calendar_years = Vec::new();
    let date = match anchor {
        Err(what) => DateOutcome::MissingInput { what },
        Ok(anchor) => match shift(anchor, rule.offset, rule.unit, calendar) {
            Ok(Some(Reckoned { date, years })) => {
                let estimated_years: Vec<i16> = years
                    .iter()
                    .copied()
                    .filter(|year| calendar.basis(*year).is_some_and(|basis| basis.source == YearSource::Estimated))
                    .collect();
                calendar_years = years;
                if estimated_years.is_empty() { DateOutcome::Known { date } } else { DateOutcome::Estimated { date, estimated_years } }
            }
            Ok(None) => DateOutcome::OutOfRange {
                reason: Text::new(
                    format!("从{}起算超出了可计算的日期范围，无法计算", crate::core::iso_date::format(anchor)),
                    format!("counted from {} it falls outside the dates that can be computed", crate::core::iso_date::format(anchor)),
                ),
            },
            Err(unknown) => DateOutcome::CalendarUnknown { year: unknown.year },
        },
    };
    let counted_from_submission = (rule.anchor == DeadlineAnchor::ApplicationDate).then_some(facts.application_date);
    DeadlineOut { id: rule.id, clause: rule.clause, title: Text::from(rule.title), date, note: None, calendar_years, counted_from_submission }
}

/// Moves `anchor` by `offset` days of `unit`; `Ok(None)` when the result is beyond the dates
/// jiff can hold (never the anchor instead).
///
/// Working days are read as a period that starts on the anchor: `offset` full working days,
/// the anchor counting as the first when it is a working day, and the result is the working day
/// after the period (7.4.1: a notice of 30 working days before the application).
///
/// The years a working-day count went through come back with the date (none for calendar days),
/// so the result can name each year's source.
fn shift(anchor: Date, offset: i32, unit: DayUnit, calendar: &Calendar) -> Result<Option<Reckoned>, CalendarUnknown> {
    match unit {
        DayUnit::CalendarDays => {
            // Not `ToSpan::days`: its `expect` formats jiff's error, which pulls all of jiff's
            // error messages into the wasm. Same panic for an offset out of jiff's range.
            let span = Span::new().try_days(offset).unwrap_or_else(|_| panic!("value for days is out of bounds"));
            Ok(anchor.checked_add(span).ok().map(|date| Reckoned { date, years: Vec::new() }))
        }
        DayUnit::WorkingDays => {
            let anchor_counts = calendar.is_working_day(anchor)?;
            let extra = if anchor_counts || offset < 0 { 0 } else { 1 };
            calendar.add_working_days(anchor, offset + extra).map(Some)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::facts::RequestKind;

    /// [`materials`] is computed without the route (the forms page and the office export have
    /// none), so a material may not ask for what only the route knows: such a condition would
    /// never hold there.
    #[test]
    fn no_material_asks_what_only_the_route_knows() {
        for material in MATERIAL_RULES {
            assert!(material.when.education_path.is_none(), "{}: materials.toml may not ask education_path", material.id);
            assert!(material.when.supervising_place_differs.is_none(), "{}: materials.toml may not ask supervising_place_differs", material.id);
        }
    }

    /// At the ends of the dates jiff holds, a deadline is unknown, never its start date.
    #[test]
    fn a_deadline_beyond_the_dates_that_can_be_computed_is_unknown_not_its_start() {
        let mut facts = crate::core::package::read_package(include_str!("../../../examples/package-social-org.json")).unwrap().facts;
        facts.request = RequestKind::Renewal;
        facts.application_date = Date::MAX;
        facts.details.filing_expiry = Some(Date::MIN);
        let deadlines = deadlines(&facts, &Calendar::built_in());
        assert!(!deadlines.is_empty());
        for deadline in &deadlines {
            match &deadline.date {
                DateOutcome::OutOfRange { reason } => assert!(reason.en.contains("outside the dates that can be computed"), "{reason:?}"),
                other => panic!("{}: {other:?}", deadline.id),
            }
        }
        // Within the range the same deadlines are dates 30 and 60 days away.
        facts.application_date = jiff::civil::date(2026, 12, 1);
        facts.details.filing_expiry = Some(jiff::civil::date(2027, 3, 1));
        assert!(super::deadlines(&facts, &Calendar::built_in()).iter().all(|deadline| matches!(deadline.date, DateOutcome::Known { .. })));
    }

    /// A renewal handed in early: its handling end (application + 30) comes before the last
    /// day to hand in; the list is in date order and the handling end names the submission.
    #[test]
    fn deadlines_are_listed_in_date_order_and_the_handling_end_names_its_submission() {
        let mut facts = crate::core::package::read_package(include_str!("../../../examples/package-social-org.json")).unwrap().facts;
        facts.request = RequestKind::Renewal;
        facts.application_date = jiff::civil::date(2027, 1, 4);
        facts.details.filing_expiry = Some(jiff::civil::date(2027, 6, 30));
        let listed = deadlines(&facts, &Calendar::built_in());
        let ids: Vec<&str> = listed.iter().map(|deadline| deadline.id).collect();
        assert_eq!(ids, ["renewal-handling", "renewal-submit", "renewal-decision"]);
        let handling = &listed[0];
        assert_eq!(handling.counted_from_submission, Some(facts.application_date));
        assert!(handling.date.date() > handling.counted_from_submission);
        assert!(listed[1].counted_from_submission.is_none());
    }
}
