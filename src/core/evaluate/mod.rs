//! The evaluation: facts in, a complete and explained answer out.
//!
//! [`evaluate`] is the one entry point, shared by the browser and the command-line tool. Every
//! part of the answer carries the clause of the guide it comes from; nothing is read back from a
//! file, everything is recomputed from the facts and the rule tables.

mod eligibility;
mod output;
pub mod route;
mod schedule;

pub use eligibility::applicable_rules;
pub use output::*;
/// One deadline of `deadlines.toml` by id, for the facts (the office's register asks for the
/// handling end from its own receipt date).
pub use schedule::deadline;
/// The materials alone (the forms' 提交材料清单 and which forms are needed): the same list as
/// [`Evaluation::materials`], without computing the rest.
pub use schedule::materials;

use crate::core::facts::{ApplicantKind, Facts, RequestKind};
use crate::core::reference::calendar::Calendar;
use crate::core::rules::{FirstFiling, REQUEST_INFOS, RequestInfo, Topic};
use crate::core::{APP_VERSION, RULE_TABLE_EDITION};

/// Evaluates the facts against every rule table, on the built-in working-day calendar.
pub fn evaluate(facts: &Facts) -> Evaluation {
    evaluate_with(facts, &Calendar::built_in())
}

/// Evaluates the facts on a calendar that may carry the host's years (`core::site`).
pub fn evaluate_with(facts: &Facts, calendar: &Calendar) -> Evaluation {
    let first_filing = FirstFiling::for_applicant(facts.applicant.kind);
    let info = request_info(facts);
    let rules = eligibility::evaluate_rules(facts, info, calendar);
    let route = route::receiving_route(facts);
    let deadlines = schedule::deadlines(facts, calendar);
    // The years in order, each once, inserted by hand: `sort` would bring its code into the wasm.
    let mut years: Vec<i16> = Vec::new();
    for &year in deadlines.iter().flat_map(|deadline| deadline.calendar_years.iter()) {
        if !years.contains(&year) {
            years.insert(years.iter().position(|seen| *seen > year).unwrap_or(years.len()), year);
        }
    }
    let steps = schedule::steps(facts, &route, &deadlines);
    let materials = schedule::materials(facts);
    let handling_rules = schedule::handling_rules(&materials);

    Evaluation {
        app_version: APP_VERSION,
        rule_edition: RULE_TABLE_EDITION,
        request: facts.request,
        applicant: facts.applicant.kind,
        part: procedure_part(facts.request, first_filing),
        verdict: Verdict::from_outcomes(rules.iter().map(|rule| rule.outcome)),
        inherits: info.inherits_clause.map(|clause| Inheritance {
            clause,
            from_part: first_filing.part,
            topics: info.inherits.iter().map(|topic| (*topic, first_filing.clause_of(*topic))).collect(),
            not_evaluated: info.not_evaluated.iter().map(|(topic, reason)| NotEvaluated { topic: *topic, reason: Text::from(*reason) }).collect(),
        }),
        rules,
        route,
        steps,
        materials,
        handling_rules,
        deadlines,
        calendar: years.into_iter().filter_map(|year| calendar.basis(year)).collect(),
        handling_time: CitedOut::from(info.handling_time),
        result_letter: info.result_letter.map(CitedOut::from),
        service: service_facts(facts, info, first_filing),
    }
}

/// The part of the guide the request is: 1–3 for a first filing by kind, 4–7 otherwise.
fn procedure_part(request: RequestKind, first_filing: &FirstFiling) -> u8 {
    match request {
        RequestKind::FirstFiling => first_filing.part,
        RequestKind::InformationChange => 4,
        RequestKind::Incremental => 5,
        RequestKind::Renewal => 6,
        RequestKind::Termination => 7,
    }
}

fn request_info(facts: &Facts) -> &'static RequestInfo {
    request_info_for(facts.request, facts.applicant.kind)
}

/// The request's row of procedure-info.toml (for first filings, the applicant kind's row).
pub fn request_info_for(request: RequestKind, applicant: ApplicantKind) -> &'static RequestInfo {
    REQUEST_INFOS
        .iter()
        .find(|info| info.request == request && info.applicant.is_none_or(|kind| kind == applicant))
        .expect("procedure-info.toml has a row for every request (tests/rule_tables.rs)")
}

/// Whether the request takes `topic` from the first filing (always, for a first filing).
fn takes_topic(request: RequestKind, info: &RequestInfo, topic: Topic) -> bool {
    request == RequestKind::FirstFiling || info.inherits.contains(&topic)
}

/// Fees, delivery, rights and duties, consultation and complaints: the first filing's text,
/// for requests that inherit it.
fn service_facts(facts: &Facts, info: &RequestInfo, first_filing: &FirstFiling) -> Vec<ServiceFact> {
    use crate::core::rules::TOPIC_TEXTS;
    [Topic::Fees, Topic::ResultDelivery, Topic::RightsAndDuties, Topic::Consultation, Topic::Complaints]
        .into_iter()
        .filter(|topic| takes_topic(facts.request, info, *topic))
        .filter_map(|topic| {
            let text = TOPIC_TEXTS.iter().find(|row| row.topic == topic && row.applicant == facts.applicant.kind)?;
            Some(ServiceFact {
                topic,
                text: Text::from(text.text),
                clause: first_filing.clause_of(topic).unwrap_or_default(),
                inherited_via: info.inherits_clause,
            })
        })
        .collect()
}
