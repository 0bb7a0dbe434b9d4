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

/// The guide's own numbering of every clause, read from its text (`tests/support/guide-2024.txt`,
/// a copy of the workspace's guide): part headings `二、`, sections `（七）`, items `2.`,
/// sub-items `(4)`, in either width and with the list marks the text carries.
fn numbered_clauses_of_the_guide() -> BTreeSet<String> {
    const NUMERALS: [&str; 17] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七"];
    let numeral = |text: &str| NUMERALS.iter().position(|n| *n == text).map(|i| i as u32 + 1);
    // `(4)`, `（4）` or `( 4 )` at the start: its number and the rest.
    fn bracketed(line: &str) -> Option<(&str, &str)> {
        let rest = line.strip_prefix('(').or_else(|| line.strip_prefix('（'))?;
        let close = rest.find([')', '）'])?;
        let inner = rest[..close].trim();
        Some((inner, &rest[close + rest[close..].chars().next()?.len_utf8()..]))
    }
    let text = include_str!("support/guide-2024.txt");
    let mut found = BTreeSet::new();
    let (mut part, mut section, mut item) = (None::<u32>, None::<u32>, None::<u32>);
    for raw in text.lines() {
        let line = raw.trim().trim_start_matches("- ").trim();
        if line.starts_with("附件") && line.len() <= "附件 1".len() + 2 {
            break; // the attachments number their own headings
        }
        if let Some((head, _)) = line.split_once('、').filter(|(head, _)| numeral(head).is_some() && head.chars().count() == 1) {
            part = numeral(head);
            (section, item) = (None, None);
            found.insert(format!("{}", part.unwrap()));
            continue;
        }
        let Some(p) = part else { continue };
        if let Some((inner, _)) = bracketed(line) {
            if let Some(s) = numeral(inner) {
                (section, item) = (Some(s), None);
                found.insert(format!("{p}.{s}"));
                continue;
            }
            if let (Ok(sub), Some(s), Some(i)) = (inner.parse::<u32>(), section, item) {
                found.insert(format!("{p}.{s}.{i}({sub})"));
                continue;
            }
        }
        let digits: String = line.chars().take_while(|c| c.is_ascii_digit()).collect();
        let after = &line[digits.len()..];
        if let (Ok(i), Some(s)) = (digits.parse::<u32>(), section)
            && (after.starts_with('.') || after.starts_with('．') || after.starts_with('、'))
        {
            item = Some(i);
            found.insert(format!("{p}.{s}.{i}"));
        }
    }
    found
}

#[test]
fn every_citation_is_numbered_as_the_guide_numbers_it() {
    let numbered = numbered_clauses_of_the_guide();
    // The reading of the text itself: 2.7.2 has sub-items (1) to (5), 1.7 has no items (无).
    assert!(numbered.contains("2.7.2(5)") && !numbered.contains("2.7.2(6)") && !numbered.contains("1.7.1"), "{numbered:?}");
    assert!(numbered.contains("2.17.1") && numbered.contains("7.4.1") && numbered.contains("6.4.2"), "{numbered:?}");
    let mut wrong = Vec::new();
    for (file, id, clause) in citations() {
        // The numbering shown (第二部分（七）2.（4）) must name a heading, item or sub-item the
        // guide's text has, and round-trip to the id.
        let Some((part, section, item, sub)) = henan_filing::core::citation::clause_parts(&clause) else {
            wrong.push(format!("{file}: id {id:?} cites {clause:?}, which is not part.section.item(sub)"));
            continue;
        };
        let rebuilt = match (section, item, sub) {
            (None, _, _) => format!("{part}"),
            (Some(s), None, _) => format!("{part}.{s}"),
            (Some(s), Some(i), None) => format!("{part}.{s}.{i}"),
            (Some(s), Some(i), Some(k)) => format!("{part}.{s}.{i}({k})"),
        };
        let (zh, _) = henan_filing::core::citation::guide_numbering(&clause);
        if rebuilt != clause || !numbered.contains(&clause) || !zh.starts_with('第') {
            wrong.push(format!("{file}: id {id:?} cites {clause:?} ({zh}), which the guide's text does not number so"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
