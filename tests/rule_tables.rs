//! Invariants of the rule tables (`data/rules/*.toml`) and the guide's clauses
//! (`data/guide-clauses.csv`), each its own test; a failure names the file, the row and the id.
//!
//! build.rs already refuses tables with unknown names or unresolved citations; these tests
//! state the invariants where a reader looks for them and add the ones build.rs cannot see,
//! such as coverage of the guide.

use std::collections::BTreeSet;

use henan_filing::core::facts::{ApplicantKind, RequestKind};
use henan_filing::core::rules::*;

/// Every clause a table row cites, with the file and id of the row.
fn citations() -> Vec<(String, &'static str, String)> {
    let mut all = Vec::new();
    let mut add = |file: &str, id: &'static str, clause: &str| all.push((file.to_string(), id, clause.to_string()));
    for rule in ELIGIBILITY_RULES {
        add("data/rules/eligibility.toml", rule.id, rule.clause);
    }
    for route in ROUTE_RULES {
        add("data/rules/routes.toml", route.id, route.clause);
    }
    for step in STEP_RULES {
        add("data/rules/steps.toml", step.id, step.clause);
        step.also_cites.iter().for_each(|clause| add("data/rules/steps.toml", step.id, clause));
    }
    for material in MATERIAL_RULES {
        add("data/rules/materials.toml", material.id, material.clause);
        material.also_cites.iter().for_each(|clause| add("data/rules/materials.toml", material.id, clause));
    }
    for rule in HANDLING_RULES {
        add("data/rules/materials.toml", "handling_rule", rule.clause);
    }
    for deadline in DEADLINE_RULES {
        add("data/rules/deadlines.toml", deadline.id, deadline.clause);
    }
    for info in REQUEST_INFOS {
        add("data/rules/procedure-info.toml", "request", info.handling_time.clause);
        if let Some(letter) = info.result_letter {
            add("data/rules/procedure-info.toml", "request", letter.clause);
        }
        if let Some(clause) = info.inherits_clause {
            add("data/rules/procedure-info.toml", "request", clause);
        }
    }
    // A first filing's topic texts implement the section they live in (fees → 1.12, ...).
    for text in TOPIC_TEXTS {
        let first = FirstFiling::for_applicant(text.applicant);
        if let Some(clause) = first.clause_of(text.topic) {
            add("data/rules/procedure-info.toml", "topic_text", &clause);
        }
    }
    // Scope sections are implemented by the procedures table (data/procedures.toml).
    for procedure in henan_filing::core::PROCEDURES {
        add("data/procedures.toml", procedure.id, procedure.scope_clause);
    }
    all
}

#[test]
fn every_citation_resolves_to_a_clause_of_the_guide() {
    let unresolved: Vec<String> = citations()
        .into_iter()
        .filter(|(_, _, clause)| GuideClause::by_id(clause).is_none())
        .map(|(file, id, clause)| format!("{file}: id {id:?} cites {clause:?}, which is not in data/guide-clauses.csv"))
        .collect();
    assert!(unresolved.is_empty(), "{}", unresolved.join("\n"));
}

#[test]
fn informational_clauses_exist_and_are_not_also_implemented() {
    let cited: BTreeSet<String> = citations().into_iter().map(|(_, _, clause)| clause).collect();
    let problems: Vec<String> = INFORMATIONAL_CLAUSES
        .iter()
        .enumerate()
        .filter_map(|(index, row)| {
            let place = format!("data/rules/informational.toml: row {} (clause {:?})", index + 1, row.clause);
            if GuideClause::by_id(row.clause).is_none() {
                Some(format!("{place}: not a clause of the guide"))
            } else if cited.contains(row.clause) {
                Some(format!("{place}: a rule implements it, so it is not informational"))
            } else {
                None
            }
        })
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The clauses the rules must account for: sections 3–13 of parts 一–三 and all of parts 四–七.
fn clauses_to_cover() -> impl Iterator<Item = &'static GuideClause> {
    GUIDE_CLAUSES.iter().filter(|clause| {
        let mut numbers = clause.id.split(['.', '(']);
        let part: u8 = numbers.next().and_then(|n| n.parse().ok()).unwrap_or(0);
        let section: Option<u8> = numbers.next().and_then(|n| n.parse().ok());
        match (part, section) {
            (1..=3, Some(section)) => (3..=13).contains(&section),
            (4..=7, Some(_)) => true,
            _ => false,
        }
    })
}

#[test]
fn every_clause_is_implemented_or_listed_as_informational() {
    let covered: BTreeSet<String> = citations()
        .into_iter()
        .map(|(_, _, clause)| clause)
        .chain(INFORMATIONAL_CLAUSES.iter().map(|row| row.clause.to_string()))
        .collect();
    // A clause is covered when a row cites it or it is listed as informational (which covers
    // its sub-clauses too). A heading without text of its own (`1.8 申请材料`) is covered when
    // each of its sub-clauses is; a clause with its own text (a lead-in, a section's note) must
    // be cited or listed itself.
    fn is_covered(id: &str, covered: &BTreeSet<String>) -> bool {
        let mut ancestor = GuideClause::parent_id(id);
        while let Some(parent) = ancestor {
            if INFORMATIONAL_CLAUSES.iter().any(|row| row.clause == parent) {
                return true;
            }
            ancestor = GuideClause::parent_id(parent);
        }
        if covered.contains(id) {
            return true;
        }
        let own_text = GuideClause::by_id(id).is_some_and(|clause| !clause.text.is_empty());
        let children: Vec<&GuideClause> =
            GUIDE_CLAUSES.iter().filter(|c| GuideClause::parent_id(c.id) == Some(id)).collect();
        !own_text && !children.is_empty() && children.iter().all(|child| is_covered(child.id, covered))
    }
    let missing: Vec<String> = clauses_to_cover()
        .filter(|clause| !is_covered(clause.id, &covered))
        .map(|clause| format!("{} {}{}", clause.id, clause.title, clause.text.chars().take(40).collect::<String>()))
        .collect();
    assert!(
        missing.is_empty(),
        "these clauses are neither implemented by a row of data/rules/ nor listed in data/rules/informational.toml:\n{}",
        missing.join("\n")
    );
}

#[test]
fn ids_are_unique_in_every_table() {
    fn duplicates<'a>(file: &str, ids: impl Iterator<Item = &'a str>) -> Vec<String> {
        let mut seen = BTreeSet::new();
        ids.enumerate()
            .filter(|(_, id)| !seen.insert(*id))
            .map(|(index, id)| format!("{file}: row {} (id {id:?}): duplicate id", index + 1))
            .collect()
    }
    let mut problems = Vec::new();
    problems.extend(duplicates("data/rules/eligibility.toml", ELIGIBILITY_RULES.iter().map(|r| r.id)));
    problems.extend(duplicates("data/rules/routes.toml", ROUTE_RULES.iter().map(|r| r.id)));
    problems.extend(duplicates("data/rules/routes.toml", AUTHORITIES.iter().map(|r| r.id)));
    problems.extend(duplicates("data/rules/steps.toml", STEP_RULES.iter().map(|r| r.id)));
    problems.extend(duplicates("data/rules/materials.toml", MATERIAL_RULES.iter().map(|r| r.id)));
    problems.extend(duplicates("data/rules/deadlines.toml", DEADLINE_RULES.iter().map(|r| r.id)));
    problems.extend(duplicates("data/guide-clauses.csv", GUIDE_CLAUSES.iter().map(|c| c.id)));
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_request_and_applicant_kind_has_its_procedure_info() {
    let mut missing = Vec::new();
    for request in RequestKind::ALL {
        for applicant in ApplicantKind::ALL {
            let rows = REQUEST_INFOS
                .iter()
                .filter(|info| info.request == request && info.applicant.is_none_or(|kind| kind == applicant))
                .count();
            if rows != 1 {
                missing.push(format!("data/rules/procedure-info.toml: {request:?} for {applicant:?} has {rows} rows, not 1"));
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn every_applicant_kind_has_a_first_filing_and_its_topic_texts() {
    let mut missing = Vec::new();
    for applicant in ApplicantKind::ALL {
        if !FIRST_FILINGS.iter().any(|first| first.applicant == applicant) {
            missing.push(format!("data/rules/procedure-info.toml: no first_filing row for {applicant:?}"));
        }
        for topic in [Topic::Fees, Topic::ResultDelivery, Topic::RightsAndDuties, Topic::Consultation, Topic::Complaints] {
            let rows = TOPIC_TEXTS.iter().filter(|text| text.applicant == applicant && text.topic == topic).count();
            if rows != 1 {
                missing.push(format!("data/rules/procedure-info.toml: {rows} topic_text rows for {topic:?} of {applicant:?}, not 1"));
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn every_request_has_steps_and_materials_for_every_applicant_kind() {
    let mut missing = Vec::new();
    for request in RequestKind::ALL {
        for applicant in ApplicantKind::ALL {
            let fits = |requests: &[RequestKind], when: &Condition| {
                requests.contains(&request) && (when.applicants.is_empty() || when.applicants.contains(&applicant))
            };
            if !STEP_RULES.iter().any(|step| fits(step.requests, &step.when)) {
                missing.push(format!("data/rules/steps.toml: no step for {request:?} by {applicant:?}"));
            }
            if !MATERIAL_RULES.iter().any(|material| fits(material.requests, &material.when)) {
                missing.push(format!("data/rules/materials.toml: no material for {request:?} by {applicant:?}"));
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn every_applicant_kind_has_a_catch_all_route() {
    // Route rows are tried in order; the last row for a kind must match any applicant of it, so
    // that no applicant falls through without a receiving authority.
    let mut problems = Vec::new();
    for applicant in ApplicantKind::ALL {
        let rows: Vec<&RouteRule> = ROUTE_RULES.iter().filter(|route| route.when.applicants.contains(&applicant)).collect();
        let catch_all = rows.iter().any(|route| {
            let w = route.when;
            w.legal_forms.is_empty() && w.affiliations.is_empty() && w.in_zhengzhou.is_none()
                && (w.school_kinds.is_empty() || w.school_kinds.len() == henan_filing::core::facts::SchoolKind::ALL.len())
        });
        let school_kinds_covered = applicant == ApplicantKind::School
            && henan_filing::core::facts::SchoolKind::ALL
                .iter()
                .all(|kind| rows.iter().any(|route| route.when.school_kinds.contains(kind)));
        if !catch_all && !school_kinds_covered {
            problems.push(format!("data/rules/routes.toml: no route catches every {applicant:?}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn declarations_are_answerable_and_rows_cite_their_own_part() {
    // A row for first filings of one kind must cite that kind's part (or a shared part 六/七).
    let mut problems = Vec::new();
    for (index, rule) in ELIGIBILITY_RULES.iter().enumerate() {
        let part: u8 = rule.clause.split('.').next().unwrap().parse().unwrap();
        let own_parts: Vec<u8> = rule.applicants.iter().map(|kind| FirstFiling::for_applicant(*kind).part).collect();
        if rule.topic != Topic::Request && !own_parts.contains(&part) {
            problems.push(format!("data/rules/eligibility.toml: row {} (id {:?}): cites part {part}, not its applicant's", index + 1, rule.id));
        }
        if rule.statement.zh.is_empty() || rule.statement.en.is_empty() || rule.fix.zh.is_empty() || rule.fix.en.is_empty() {
            problems.push(format!("data/rules/eligibility.toml: row {} (id {:?}): statement and fix need both languages", index + 1, rule.id));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
