//! The office's register (issue 15): the browser tests' complete packages plus the packages of
//! `tests/register-packages/` (a termination, an employer of another city, a package saved
//! again, and three broken files), read as an office would.

use std::{fs, path::Path};

use henan_filing::core::evaluate::Verdict;
use henan_filing::core::forms::summaries::{RenewalDecision, SummaryInstitutionKind};
use henan_filing::core::forms::{FormId, FormSet, validate_office_forms};
use henan_filing::core::package_code::CodeMatch;
use henan_filing::core::reference::calendar::Calendar;
use henan_filing::core::register::checklist::intake_checklist;
use henan_filing::core::register::dates::{DueDate, OfficeDateKind, office_dates};
use henan_filing::core::register::offices::office_code;
use henan_filing::core::register::record::{ItemTick, MAX_RECORD_BYTES, WorkRecord, read_work_record, write_work_record};
use henan_filing::core::register::summaries::{renewal_summary, termination_summary};
use henan_filing::core::register::{Addressed, MAX_PACKAGE_BYTES, OfficeRole, Register, build_register, office_by_code, receiving_offices};
use jiff::civil::Date;

/// Every `.json` file of the two folders, by file name.
fn files() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["tests/browser/packages", "tests/register-packages"] {
        for entry in fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|ext| ext == "json") {
                files.push((path.file_name().unwrap().to_string_lossy().to_string(), fs::read_to_string(&path).unwrap()));
            }
        }
    }
    files.sort();
    files
}

fn register_for(office: &str) -> Register {
    build_register(files(), Some(office_by_code(office).unwrap()))
}

/// (file, verdict, failed rules, needs-confirmation rules, missing forms, addressed to 新乡)
#[test]
fn the_register_recomputes_every_verdict_and_says_whose_it_is() {
    let register = register_for("4107");
    let rows: Vec<(&str, Verdict, Vec<&str>, Vec<&str>, Vec<FormId>, &str)> = register
        .entries
        .iter()
        .map(|entry| {
            (
                entry.file_name.as_str(),
                entry.verdict,
                entry.failed_rules.iter().map(|rule| rule.rule_id).collect(),
                entry.needs_confirmation.iter().map(|rule| rule.rule_id).collect(),
                entry.missing_forms.clone(),
                match &entry.addressed {
                    Addressed::Ours { role: OfficeRole::Receiving, .. } => "ours",
                    Addressed::Ours { .. } => "ours, another role",
                    Addressed::NotOurs { .. } => "not ours",
                    Addressed::Unknown { .. } => "unknown",
                },
            )
        })
        .collect();
    use FormId::*;
    use Verdict::*;
    let expected: Vec<(&str, Verdict, Vec<&str>, Vec<&str>, Vec<FormId>, &str)> = vec![
        ("complete-first-filing.json", NeedsConfirmation, vec![], vec!["occupation-official-list-social", "social-quantity-limit"], vec![], "ours"),
        (
            "complete-renewal.json",
            NeedsConfirmation,
            vec![],
            vec![
                "occupation-official-list-social",
                "renewal-on-time",
                "renewal-evaluated-during-period",
                "renewal-occupation-evaluated",
                "renewal-occupation-evaluated",
                "renewal-no-serious-violations",
            ],
            vec![],
            "ours",
        ),
        (
            "employer-nanyang.json",
            NeedsConfirmation,
            vec![],
            vec![
                "employer-established-in-henan",
                "employer-skilled-staff-important",
                "employer-talent-systems",
                "employer-education-funds",
                "employer-organisation-and-facilities",
                "employer-accepts-supervision",
            ],
            vec![Application, ImplementationPlan, ManagementSystems, Equipment, Staff],
            "not ours",
        ),
        ("first-filing-saved-again.json", NeedsConfirmation, vec![], vec!["occupation-official-list-social", "social-quantity-limit"], vec![], "ours"),
        ("termination-xinxiang.json", NeedsConfirmation, vec![], vec!["termination-within-validity", "termination-registration-stopped"], vec![], "ours"),
    ];
    assert_eq!(rows, expected);
    // The rules carry their clauses.
    let renewal = &register.entries[1];
    assert_eq!(renewal.needs_confirmation.iter().map(|rule| rule.clause).collect::<Vec<_>>(), ["2.6", "6.4.1", "6.4.2", "6.4.2", "6.4.2", "6.4.2"]);
    // The employer of 南阳: "not ours: goes to 南阳's bureau", and its forms' absence is a problem.
    let nanyang = &register.entries[2];
    assert_eq!(nanyang.addressed.summary().zh, "非本机构：应交南阳市人力资源和社会保障局（组织人社局）技能人才评价指导部门");
    assert_eq!(nanyang.form_problems.iter().map(|problem| problem.path.as_str()).collect::<Vec<_>>(), ["application", "plan", "systems", "equipment", "staff"]);
    assert!(register.entries.iter().filter(|entry| entry.file_name.starts_with("complete")).all(|entry| entry.form_problems.is_empty()));
}

#[test]
fn a_verdict_is_never_read_from_the_file() {
    // A package that claims a verdict is refused (the format has no such field), and the same
    // facts give the same verdict whatever else the file says.
    let text = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser/packages/complete-first-filing.json")).unwrap();
    let claimed = text.replacen("{", "{\n  \"verdict\": \"ready\",", 1);
    let register = build_register([("claimed.json", claimed.as_str()), ("plain.json", text.as_str())], None);
    assert_eq!(register.refused.len(), 1);
    assert_eq!((register.refused[0].path.as_str(), register.refused[0].reason.starts_with("unknown field `verdict`")), ("verdict", true));
    assert_eq!(register.entries[0].verdict, Verdict::NeedsConfirmation);
}

#[test]
fn refused_files_are_named_with_the_field_and_the_reason() {
    let register = register_for("4107");
    let refused: Vec<(&str, &str)> = register.refused.iter().map(|refusal| (refusal.file_name.as_str(), refusal.path.as_str())).collect();
    assert_eq!(refused, [("broken-not-json.json", ""), ("broken-unknown-field.json", "forms.staff.assessors[0].colour"), ("broken-unknown-place.json", "facts.applicant.place")]);
    assert!(register.refused[0].reason.starts_with("not a JSON document"), "{:?}", register.refused[0]);
    assert!(register.refused[1].reason.starts_with("unknown field `colour`"), "{:?}", register.refused[1]);
    assert!(register.refused[2].reason.starts_with("unknown place code \"9999\""), "{:?}", register.refused[2]);
    assert!(!register.all_read());
    // Too large to be a package: refused before parsing.
    let huge = " ".repeat(MAX_PACKAGE_BYTES + 1);
    let register = build_register([("huge.json", huge.as_str())], None);
    assert!(register.refused[0].reason.contains("more than the 4 MB"), "{:?}", register.refused);
}

#[test]
fn the_same_institution_twice_is_flagged_newest_first() {
    let register = register_for("4107");
    // complete-first-filing, complete-renewal and first-filing-saved-again share 91350100M000100Y43.
    assert_eq!(register.duplicates.len(), 1);
    let group = &register.duplicates[0];
    assert_eq!(group.credit_code, "91350100M000100Y43");
    let names: Vec<&str> = group.entries.iter().map(|index| register.entries[*index].file_name.as_str()).collect();
    // Newest by `updated` first (27 Nov), then the two of 20 Nov by file name.
    assert_eq!(names, ["first-filing-saved-again.json", "complete-first-filing.json", "complete-renewal.json"]);
    let saved_again = &register.entries[group.entries[0]];
    assert_eq!(saved_again.duplicate.as_ref().map(|mark| (mark.rank, mark.of, mark.newest)), Some((1, 3, group.entries[0])));
    assert_eq!(register.entries[0].duplicate.as_ref().map(|mark| mark.rank), Some(2));
    // The other packages have no valid credit code in common with anyone.
    assert!(register.entries.iter().filter(|entry| entry.file_name.starts_with("employer") || entry.file_name.starts_with("termination")).all(|entry| entry.duplicate.is_none()));
    // Saved again with another value: another code.
    assert_ne!(register.entries[0].code, saved_again.code);
}

#[test]
fn whose_package_depends_on_the_office_chosen() {
    let summary = |register: &Register, file: &str| register.entries.iter().find(|entry| entry.file_name == file).unwrap().addressed.summary().zh;
    // The 南阳 bureau: its employer is ours, 新乡's first filing is not (its route is 新乡's
    // bureau, with the evaluation centre as the alternative 2.17.1 allows).
    let nanyang = register_for("place-hrss:4113");
    assert_eq!(summary(&nanyang, "employer-nanyang.json"), "本机构受理");
    assert!(summary(&nanyang, "complete-first-filing.json").starts_with("非本机构：应交新乡市人力资源和社会保障局"));
    // The evaluation centre: the first filing's alternative office, not the renewal's.
    let centre = register_for("province-evaluation-center");
    assert_eq!(summary(&centre, "complete-first-filing.json"), "本机构受理（指南允许的另一受理机构）");
    assert!(summary(&centre, "complete-renewal.json").starts_with("非本机构"));
    // No office chosen: unknown for every package.
    let nobody = build_register(files(), None);
    assert!(nobody.entries.iter().all(|entry| matches!(entry.addressed, Addressed::Unknown { .. })));
    assert_eq!(nobody.entries[0].addressed.summary().zh, "未知：尚未选择本机构");
}

#[test]
fn the_offices_cover_every_office_the_route_can_return() {
    let offices = receiving_offices();
    // 3 provincial offices, 2 for each of the 19 receiving places.
    assert_eq!(offices.len(), 3 + 2 * 19);
    let codes: std::collections::BTreeSet<&str> = offices.iter().map(|office| office.code.as_str()).collect();
    assert_eq!(codes.len(), offices.len(), "codes are unique");
    assert_eq!(&offices[0].code, "province-hrss");
    assert_eq!(office_by_code("4107").unwrap().code, "place-hrss:4107");
    assert_eq!(office_by_code("place-education:410173").unwrap().name.zh, "航空港区教育局（教育部门）");
    assert!(office_by_code("place-hrss:9999").is_none());
    // Every route of every case names an office of the list.
    let cases = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut seen = 0;
    for entry in fs::read_dir(cases).unwrap() {
        let case: serde_json::Value = serde_json::from_str(&fs::read_to_string(entry.unwrap().path()).unwrap()).unwrap();
        let Ok(facts) = serde_json::from_value::<henan_filing::core::facts::Facts>(case["facts"].clone()) else { continue };
        let route = henan_filing::core::evaluate(&facts).route;
        for office in route.authority.iter().chain(&route.alternatives).chain(&route.recommends_to).chain(&route.supervising_opinion) {
            assert!(codes.contains(office_code(office).as_str()), "{}", office_code(office));
            seen += 1;
        }
    }
    assert!(seen > 40, "{seen}");
}

#[test]
fn a_code_typed_from_the_paper_finds_its_package() {
    let register = register_for("4107");
    let code = register.entries[1].code.clone();
    assert_eq!(register.find_code(&code.as_str().to_lowercase()), CodeMatch::Found { code: code.clone(), indices: vec![1] });
    assert_eq!(register.entry_by_code(&code).unwrap().file_name, "complete-renewal.json");
    assert!(matches!(register.find_code("0000 0000"), CodeMatch::NoPackage { .. }));
    assert_eq!(register.find_code("12"), CodeMatch::NotACode);
}

#[test]
fn the_offices_dates_are_sorted_and_the_overdue_marked() {
    let register = register_for("4107");
    let mut record = WorkRecord::default();
    let renewal = register.entries[1].code.clone();
    let first = register.entries[0].code.clone();
    record.package_mut(&renewal).receipt_date = Some(date(2026, 10, 20));
    record.package_mut(&first).receipt_date = Some(date(2026, 11, 2));
    let today = date(2026, 11, 25);
    let dates = office_dates(&register, &record, today, &Calendar::built_in());
    let rows: Vec<(&str, OfficeDateKind, Option<Date>, bool, bool)> =
        dates.iter().map(|d| (d.file_name.as_str(), d.kind, d.due.date(), d.overdue, d.passed)).collect();
    let expected = vec![
        // 6.5: 30 calendar days from the receipt date; past and not handled: overdue.
        ("complete-renewal.json", OfficeDateKind::HandlingEnds, Some(date(2026, 11, 19)), true, true),
        // 7.4.1: notice from 15 Oct, 30 working days (National Day is before it): not yet passed.
        ("termination-xinxiang.json", OfficeDateKind::TerminationNoticeEnds, Some(date(2026, 11, 26)), false, false),
        // Undated last, by file name. A first filing's handling time is 无: said so, no date.
        ("complete-first-filing.json", OfficeDateKind::HandlingEnds, None, false, false),
        // The package gives no expiry: the decision's date is missing, not guessed.
        ("complete-renewal.json", OfficeDateKind::RenewalDecisionDue, None, false, false),
    ];
    assert_eq!(rows, expected);
    let first_filing = dates.iter().find(|d| d.file_name == "complete-first-filing.json").unwrap();
    assert!(matches!(&first_filing.due, DueDate::NotInGuide { reason } if reason.zh.starts_with("指南未规定办理时限（2.10")), "{:?}", first_filing.due);
    let decision = dates.iter().find(|d| d.kind == OfficeDateKind::RenewalDecisionDue).unwrap();
    assert!(matches!(&decision.due, DueDate::Missing { .. }), "{:?}", decision.due);
    // Decided: the decision is done, and the handling with it.
    record.package_mut(&renewal).renewal_decision = Some(RenewalDecision::Renew);
    let dates = office_dates(&register, &record, today, &Calendar::built_in());
    assert!(dates.iter().filter(|d| d.file_name == "complete-renewal.json").all(|d| d.done && !d.overdue));
    // Without a receipt date the handling end is missing, not guessed.
    let dates = office_dates(&register, &WorkRecord::default(), today, &Calendar::built_in());
    let handling = dates.iter().find(|d| d.kind == OfficeDateKind::HandlingEnds).unwrap();
    assert!(matches!(&handling.due, DueDate::Missing { what } if what.zh == "受理日期"));
}

#[test]
fn the_intake_checklist_is_the_cases_materials_with_the_offices_ticks() {
    let register = register_for("4107");
    let renewal = &register.entries[1];
    let mut record = WorkRecord::default();
    let items = intake_checklist(renewal, record.package(&renewal.code));
    let ids: Vec<&str> = items.iter().map(|item| item.material.id).collect();
    assert_eq!(ids, renewal.evaluation.materials.iter().map(|material| material.id).collect::<Vec<_>>());
    assert!(items.iter().any(|item| item.material.form == Some("附件4")), "{ids:?}");
    assert!(items.iter().all(|item| !item.ticked));
    let own = record.package_mut(&renewal.code);
    own.ticks.insert(ids[0].to_string(), ItemTick { ticked: true, note: "原件已核".into() });
    let items = intake_checklist(renewal, record.package(&renewal.code));
    assert!(items[0].ticked && items[0].office_note == "原件已核");
    assert!(items[1..].iter().all(|item| !item.ticked));
    // The first filing's materials carry part 二's binding rules.
    let first = &register.entries[0];
    let items = intake_checklist(first, None);
    assert!(items.iter().any(|item| item.handling.is_some()), "{items:#?}");
}

#[test]
fn renewal_and_termination_packages_become_the_summary_rows() {
    let register = register_for("4107");
    let mut record = WorkRecord::default();
    record.header.reporter = "张三".into();
    let renewal = register.entries[1].code.clone();
    let termination = register.entries[4].code.clone();
    {
        let own = record.package_mut(&renewal);
        own.renewal_decision = Some(RenewalDecision::Renew);
        own.decision_reasons = "评价规模正常".into();
        own.renewed_from = Some(date(2027, 1, 1));
        own.renewed_until = Some(date(2029, 12, 31));
        own.filed_on = Some(date(2024, 1, 10));
    }
    {
        let own = record.package_mut(&termination);
        own.institution_name = "新乡某评价中心".into();
        own.filing_number = "豫评备2023-009".into();
        own.terminated_on = Some(date(2026, 12, 20));
        own.has_evaluated = Some(true);
        own.has_issued_certificates = Some(false);
        own.has_unregistered_certificate_data = Some(false);
        own.termination_reason = "不再开展评价工作".into();
    }
    let summary = renewal_summary(&register, &record);
    assert_eq!(summary.header.reporting_office, "新乡市人力资源和社会保障局（组织人社局）技能人才评价指导部门");
    assert_eq!(summary.header.reporter, "张三");
    assert_eq!(summary.rows.len(), 1, "the one renewal package");
    let row = &summary.rows[0];
    let package = &register.entries[1].package;
    let form = package.forms.renewal.as_ref().unwrap();
    assert_eq!(row.city, "新乡市");
    assert_eq!(row.institution_kind, Some(SummaryInstitutionKind::SocialOrg));
    assert_eq!((row.institution_name.as_str(), row.filing_number.as_str()), ("新乡某职业培训学校有限公司", "豫评备2024-001"));
    assert_eq!(row.expires_on, package.facts.details.filing_expiry);
    assert_eq!((row.evaluated, row.certified), (form.total_evaluated, form.total_certified));
    assert_eq!(row.occupations_leaving, form.occupations_not_evaluated);
    assert_eq!((row.decision, row.remarks.as_str()), (Some(RenewalDecision::Renew), "评价规模正常"));
    assert_eq!((row.renewed_from, row.renewed_until, row.filed_on), (Some(date(2027, 1, 1)), Some(date(2029, 12, 31)), Some(date(2024, 1, 10))));

    let summary = termination_summary(&register, &record);
    assert_eq!(summary.rows.len(), 1);
    let row = &summary.rows[0];
    assert_eq!((row.city.as_str(), row.institution_name.as_str(), row.filing_number.as_str()), ("新乡市", "新乡某评价中心", "豫评备2023-009"));
    assert_eq!((row.terminated_on, row.has_evaluated, row.has_issued_certificates, row.reason.as_str()), (Some(date(2026, 12, 20)), Some(true), Some(false), "不再开展评价工作"));

    // A renewal the office terminates (6.4.2) is reported in 附件8 too.
    record.package_mut(&renewal).renewal_decision = Some(RenewalDecision::Terminated);
    let summary = termination_summary(&register, &record);
    assert_eq!(summary.rows.len(), 2);
    assert_eq!(summary.rows[0].reason, "6.4.2 续期决定：终止备案（评价规模正常）");
    // The rows validate as the office's forms do, and another city's office reports neither.
    let forms = FormSet { renewal_summary: Some(renewal_summary(&register, &record)), ..FormSet::default() };
    assert!(validate_office_forms(&forms).iter().all(|problem| !problem.path.contains("institution_name")), "{:#?}", validate_office_forms(&forms));
    let elsewhere = register_for("place-hrss:4113");
    assert!(renewal_summary(&elsewhere, &record).rows.is_empty());
}

#[test]
fn the_work_record_round_trips_and_refuses_hostile_files() {
    let register = register_for("4107");
    let mut record = WorkRecord { office: Some("place-hrss:4107".into()), ..WorkRecord::default() };
    let own = record.package_mut(&register.entries[1].code);
    own.receipt_date = Some(date(2026, 11, 2));
    own.ticks.insert("renewal-form".into(), ItemTick { ticked: true, note: String::new() });
    own.renewal_decision = Some(RenewalDecision::Deferred);
    let text = write_work_record(&record);
    assert_eq!(read_work_record(&text), Ok(record.clone()));
    // Another whitespace and a byte-order mark read the same.
    let compact = format!("\u{feff}{}", serde_json::to_string(&serde_json::from_str::<serde_json::Value>(&text).unwrap()).unwrap());
    assert_eq!(read_work_record(&compact), Ok(record));

    let code = register.entries[1].code.as_str().to_string();
    let cases: Vec<(String, &str, &str)> = vec![
        ("[]".into(), "", "not a work record"),
        ("{".into(), "", "not a JSON document"),
        (r#"{"version": 1}"#.into(), "format", "missing"),
        (r#"{"format": "other", "version": 1}"#.into(), "format", "is not an office work record"),
        (r#"{"format": "henan-filing-office-record", "version": 2}"#.into(), "version", "unsupported version 2"),
        (r#"{"format": "henan-filing-office-record", "version": "1"}"#.into(), "version", "whole number"),
        (r#"{"format": "henan-filing-office-record", "version": 1, "colour": 1}"#.into(), "colour", "unknown field"),
        (r#"{"format": "henan-filing-office-record", "version": 1, "packages": {"abcd-1234": {}}}"#.into(), "packages.abcd-1234", "not a package code"),
        (format!(r#"{{"format": "henan-filing-office-record", "version": 1, "packages": {{"{code}": {{"receipt_date": "2026-13-01"}}}}}}"#), "", "YYYY-MM-DD"),
        (format!(r#"{{"format": "henan-filing-office-record", "version": 1, "packages": {{"{code}": {{"note": "{}"}}}}}}"#, "长".repeat(2001)), "", "2001 characters"),
        (format!(r#"{{"format": "henan-filing-office-record", "version": 1, "packages": {{"{code}": {{"renewed_from": "2027-01-01", "renewed_until": "2026-01-01"}}}}}}"#), "", "before `renewed_from`"),
        (format!(r#"{{"format": "henan-filing-office-record", "version": 1, "packages": {{"{code}": {{"renewal_decision": "maybe"}}}}}}"#), "", "unknown variant"),
        (format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)), "", "not a JSON document"),
        (" ".repeat(MAX_RECORD_BYTES + 1), "", "more than the 16 MB"),
    ];
    for (text, path, reason) in cases {
        let error = read_work_record(&text).unwrap_err();
        if !path.is_empty() {
            assert_eq!(error.path, path, "{}: {error}", &text[..text.len().min(200)]);
        } else {
            assert!(error.path.is_empty() || error.path.starts_with("packages."), "{}: {error}", &text[..text.len().min(200)]);
        }
        assert!(error.reason.contains(reason), "{}: {error}", &text[..text.len().min(200)]);
    }
}

fn date(year: i16, month: i8, day: i8) -> Date {
    Date::new(year, month, day).unwrap()
}

mod hostile {
    use henan_filing::core::register::record::{ItemTick, WorkRecord, read_work_record, write_work_record};
    use henan_filing::core::register::{build_register, office_by_code};
    use proptest::prelude::*;

    fn sample() -> String {
        let mut record = WorkRecord { office: Some("place-hrss:4107".into()), ..WorkRecord::default() };
        let code = henan_filing::core::package_code::PackageCode::parse("ABCD1234").unwrap();
        let own = record.package_mut(&code);
        own.receipt_date = jiff::civil::Date::new(2026, 11, 2).ok();
        own.ticks.insert("renewal-form".into(), ItemTick { ticked: true, note: "原件已核".into() });
        own.note = "补正后再核".into();
        write_work_record(&record)
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

        /// Any text: a record or an error naming why, never a panic.
        #[test]
        fn any_text_reads_or_is_refused(text in any::<String>()) {
            let _ = read_work_record(&text);
        }

        /// A real record cut short or with one character replaced: never a panic, and what
        /// reads again writes back to itself.
        #[test]
        fn a_damaged_record_never_panics(cut in 0usize..400, at in 0usize..400, with in any::<char>()) {
            let text = sample();
            let chars: Vec<char> = text.chars().collect();
            let truncated: String = chars.iter().take(cut.min(chars.len())).collect();
            let _ = read_work_record(&truncated);
            let mut replaced = chars.clone();
            let index = at.min(replaced.len() - 1);
            replaced[index] = with;
            let replaced: String = replaced.into_iter().collect();
            if let Ok(record) = read_work_record(&replaced) {
                prop_assert_eq!(read_work_record(&write_work_record(&record)), Ok(record));
            }
        }

        /// Any file in the register: an entry or a refusal, never a panic.
        #[test]
        fn any_file_is_read_or_refused(text in any::<String>()) {
            let register = build_register([("any.json", text.as_str())], office_by_code("4107"));
            prop_assert_eq!(register.entries.len() + register.refused.len(), 1);
        }
    }
}

#[test]
fn a_renewal_decision_past_its_day_is_overdue_until_decided() {
    let text = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser/packages/complete-renewal.json")).unwrap();
    let expiring = text.replacen("\"prefer_local_path\": true", "\"prefer_local_path\": true, \"filing_expiry\": \"2026-12-20\"", 1);
    assert_ne!(expiring, text);
    let register = build_register([("expiring.json", expiring.as_str())], office_by_code("4107"));
    let decision = |record: &WorkRecord| {
        office_dates(&register, record, date(2026, 11, 25), &Calendar::built_in()).into_iter().find(|d| d.kind == OfficeDateKind::RenewalDecisionDue).unwrap()
    };
    let mut record = WorkRecord::default();
    // 6.4.2: expiry − 30 calendar days.
    let due = decision(&record);
    assert_eq!((due.due.date(), due.clause, due.overdue, due.passed, due.done), (Some(date(2026, 11, 20)), "6.4.2", true, true, false));
    record.package_mut(&register.entries[0].code).renewal_decision = Some(RenewalDecision::Deferred);
    let due = decision(&record);
    assert_eq!((due.overdue, due.passed, due.done), (false, true, true));
}
