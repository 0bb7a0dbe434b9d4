//! The named cases: one JSON file per scenario under `tests/cases/`, facts in → verdict, failed
//! rules, route, steps, materials and deadlines out. All run through one `check` helper.
//!
//! A case file:
//! ```json
//! { "about": "what the case shows, citing the guide",
//!   "declare_all": true,                // answer every declaration "yes" unless facts say otherwise
//!   "facts": { ... },                   // exactly as in a package file (schema_version 1)
//!   "expect": { "verdict": "ready", "failed": ["rule-id", "rule-id#row"], ... } }
//! ```
//! Expectations are optional and each is compared exactly: `verdict`, `failed` (rules not met),
//! `unconfirmed` (rules that need confirmation), `route` / `alternatives` / `recommends_to` /
//! `supervising_opinion` (`authority-id` or `authority-id@place`, `null` for none), `steps`,
//! `materials`, `handling` (ordered ids), `deadlines` (`{"id": "YYYY-MM-DD" | "missing" |
//! "calendar-unknown-YYYY" | "estimated-YYYY-MM-DD"}`), `calendar` (`{"YYYY": "published" |
//! "host" | "estimated"}`), `noted_deadlines` (ids of the deadlines that carry a note: a
//! date past one it should precede), `result_letter` and `handling_time` (their clauses),
//! `verdict_label` (the heading in Chinese), `findings` (`{"rule-id": "…"}`: the positive
//! finding of each row not met that has one), `may_apply_from` (`{"rule-id": "YYYY-MM-DD"}`:
//! the first application date a time-limited bar no longer holds), `route_noted` (the route carries a note),
//! `not_evaluated` (inherited topics not evaluated), `material_notes_mention` and
//! `step_details_mention` (`{"id": "words"}`, checked by containment).
//! `"host_holidays": "examples/site.json"` evaluates on the calendar with that file's years
//! (as the page does with the host's `site.json`, and the command line with `--holidays`).

use std::{collections::BTreeMap, fs, path::Path};

use serde::Deserialize;
use serde_json::Value;

use henan_filing::core::evaluate::{AuthorityOut, DateOutcome, Evaluation, Outcome, evaluate_with, materials};
use henan_filing::core::reference::calendar::Calendar;
use henan_filing::core::site::read_holidays_file;
use henan_filing::core::interview::Draft;
use henan_filing::core::package::read_package;
use henan_filing::core::rules::ELIGIBILITY_RULES;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    about: String,
    #[serde(default)]
    declare_all: bool,
    /// The facts hold an answer the interview never asks (a school kind for a non-school), so
    /// an import, which goes through the interview's draft, drops it: `"school_kind: why"`.
    /// Without that answer, the case must then go through the draft unchanged.
    #[serde(default)]
    import_drops: Option<String>,
    /// A holidays file (relative to the crate) whose years the calendar adds.
    #[serde(default)]
    host_holidays: Option<String>,
    facts: Value,
    expect: BTreeMap<String, Value>,
}

fn office(office: &Option<AuthorityOut>) -> Value {
    match office {
        None => Value::Null,
        Some(office) => Value::String(match office.place {
            Some(place) => format!("{}@{place}", office.id),
            None => office.id.to_string(),
        }),
    }
}

fn rule_ids(evaluation: &Evaluation, outcome: Outcome) -> Value {
    evaluation
        .rules
        .iter()
        .filter(|rule| rule.outcome == outcome)
        .map(|rule| match rule.row {
            Some(row) => format!("{}#{row}", rule.rule_id),
            None => rule.rule_id.to_string(),
        })
        .collect()
}

/// The value of one expectation key, as the evaluation gives it.
fn actual(evaluation: &Evaluation, key: &str) -> Value {
    match key {
        "verdict" => serde_json::to_value(evaluation.verdict).unwrap(),
        "failed" => rule_ids(evaluation, Outcome::NotMet),
        "unconfirmed" => rule_ids(evaluation, Outcome::NeedsConfirmation),
        "leaves_scope" => rule_ids(evaluation, Outcome::LeavesScope),
        "route" => office(&evaluation.route.authority),
        "route_clause" => Value::String(evaluation.route.clause.to_string()),
        "alternatives" => evaluation.route.alternatives.iter().map(|o| office(&Some(o.clone()))).collect(),
        "recommends_to" => office(&evaluation.route.recommends_to),
        "supervising_opinion" => office(&evaluation.route.supervising_opinion),
        "steps" => evaluation.steps.iter().map(|step| step.id).collect(),
        "materials" => evaluation.materials.iter().map(|material| material.id).collect(),
        "handling" => evaluation.handling_rules.iter().map(|rule| serde_json::to_value(rule.handling).unwrap()).collect(),
        "deadlines" => evaluation
            .deadlines
            .iter()
            .map(|deadline| {
                let value = match &deadline.date {
                    DateOutcome::Known { date } => date.to_string(),
                    DateOutcome::MissingInput { .. } => "missing".to_string(),
                    DateOutcome::CalendarUnknown { year } => format!("calendar-unknown-{year}"),
                    DateOutcome::Estimated { date, .. } => format!("estimated-{date}"),
                    DateOutcome::OutOfRange { .. } => "out-of-range".to_string(),
                };
                (deadline.id.to_string(), Value::String(value))
            })
            .collect::<serde_json::Map<_, _>>()
            .into(),
        "calendar" => evaluation
            .calendar
            .iter()
            .map(|basis| (basis.year.to_string(), serde_json::to_value(&basis.source).unwrap()))
            .collect::<serde_json::Map<_, _>>()
            .into(),
        "result_letter" => evaluation.result_letter.as_ref().map_or(Value::Null, |letter| letter.clause.into()),
        "handling_time" => evaluation.handling_time.clause.into(),
        "verdict_label" => evaluation.verdict.label_for(evaluation.request).zh.into(),
        "route_noted" => evaluation.route.note.is_some().into(),
        "not_evaluated" => evaluation.inherits.iter().flat_map(|inherits| &inherits.not_evaluated).map(|item| item.topic.name()).collect(),
        "noted_deadlines" => evaluation.deadlines.iter().filter(|deadline| deadline.note.is_some()).map(|deadline| deadline.id).collect(),
        "findings" => evaluation
            .rules
            .iter()
            .filter_map(|rule| Some((rule.rule_id.to_string(), Value::String(rule.finding.as_ref()?.zh.clone()))))
            .collect::<serde_json::Map<_, _>>()
            .into(),
        "may_apply_from" => evaluation
            .rules
            .iter()
            .filter_map(|rule| Some((rule.rule_id.to_string(), Value::String(rule.may_apply_from?.to_string()))))
            .collect::<serde_json::Map<_, _>>()
            .into(),
        other => panic!("unknown expectation {other:?}"),
    }
}

/// `material_notes_mention` and `step_details_mention` (`{"id": "words"}`): the Chinese note
/// or detail of each item contains the words. `None` for other keys; else what is missing.
fn mentions(evaluation: &Evaluation, key: &str, expected: &Value) -> Option<Vec<String>> {
    let texts: Vec<(&str, String)> = match key {
        "material_notes_mention" => evaluation.materials.iter().map(|m| (m.id, m.note.as_ref().map(|n| n.zh.clone()).unwrap_or_default())).collect(),
        "step_details_mention" => evaluation.steps.iter().map(|s| (s.id, s.detail.zh.clone())).collect(),
        _ => return None,
    };
    let wanted = expected.as_object().unwrap_or_else(|| panic!("`{key}` is an object of id → words"));
    Some(
        wanted
            .iter()
            .filter_map(|(id, words)| {
                let words = words.as_str().unwrap_or_default();
                match texts.iter().find(|(item, _)| item == id) {
                    None => Some(format!("no item {id:?}")),
                    Some((_, text)) if !text.contains(words) => Some(format!("{id:?} does not mention {words:?}: {text}")),
                    Some(_) => None,
                }
            })
            .collect(),
    )
}

/// Runs one case file; returns the differences, each naming the file and the key.
fn check(path: &Path) -> Vec<String> {
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    let text = fs::read_to_string(path).unwrap();
    let case: Case = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: not a case file: {e}"));
    assert!(!case.about.trim().is_empty(), "{name}: say what the case shows in `about`");
    let mut facts = case.facts;
    if case.declare_all {
        let declarations = facts.as_object_mut().unwrap().entry("declarations").or_insert_with(|| Value::Object(Default::default()));
        for rule in ELIGIBILITY_RULES.iter().filter(|rule| rule.test.is_declaration()) {
            declarations.as_object_mut().unwrap().entry(rule.id).or_insert(Value::Bool(true));
        }
    }
    // Through the package reader, as the app and the command-line tool would read it.
    let package = serde_json::json!({ "schema_version": 1, "facts": facts }).to_string();
    let package = read_package(&package).unwrap_or_else(|e| panic!("{name}: the facts are not a valid package: {e}"));
    let mut problems = Vec::new();
    let calendar = match &case.host_holidays {
        None => Calendar::built_in(),
        Some(file) => {
            let text = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap_or_else(|e| panic!("{name}: {file}: {e}"));
            let settings = read_holidays_file(&text);
            problems.extend(settings.problems.iter().map(|problem| format!("{name}: {file}: {problem}")));
            settings.calendar
        }
    };
    let evaluate = |facts: &_| evaluate_with(facts, &calendar);
    let evaluation = evaluate(&package.facts);
    // The forms page and the office export compute the materials alone: the same list.
    if materials(&package.facts) != evaluation.materials {
        problems.push(format!("{name}: `evaluate::materials` differs from the evaluation's materials"));
    }
    // An imported package becomes the app's draft: through the draft, the case must evaluate
    // exactly the same (the answers the interview asks carry every fact that matters).
    let mut importable = package.facts.clone();
    match case.import_drops.as_deref().map(|reason| reason.split(':').next().unwrap_or_default().trim()) {
        None => {}
        Some("school_kind") => importable.applicant.school_kind = None,
        Some(other) => problems.push(format!("{name}: `import_drops` names {other:?}, which the import never drops")),
    }
    match Draft::from_facts(&importable, []).facts() {
        Some(again) if evaluate(&again) == evaluate(&importable) => {}
        Some(_) => problems.push(format!("{name}: through the draft (import), the evaluation differs")),
        None => problems.push(format!("{name}: through the draft (import), the facts are incomplete")),
    }
    for (key, expected) in &case.expect {
        if let Some(wanted) = mentions(&evaluation, key, expected) {
            problems.extend(wanted.into_iter().map(|problem| format!("{name}: `{key}`: {problem}")));
            continue;
        }
        let got = actual(&evaluation, key);
        if &got != expected {
            problems.push(format!("{name}: `{key}` expected {expected}\n{:width$}got      {got}", "", width = name.len() + key.len() + 4));
        }
    }
    problems
}

#[test]
fn every_case_gives_its_expected_evaluation() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut files: Vec<_> = fs::read_dir(&dir).unwrap().map(|entry| entry.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "json")).collect();
    files.sort();
    assert!(files.len() >= 40, "expected the full set of cases in {}, found {}", dir.display(), files.len());
    let problems: Vec<String> = files.iter().flat_map(|path| check(path)).collect();
    assert!(problems.is_empty(), "{} of {} cases differ:\n{}", problems.len(), files.len(), problems.join("\n"));
}
