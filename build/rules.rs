//! Build step for the rule tables under `data/rules/` and the guide's clauses
//! (`data/guide-clauses.csv`): parse, check, and emit static Rust data into `$OUT_DIR/rules.rs`.
//!
//! Checks here stop the build with the file, row and id at fault: unknown enum names, unknown
//! references (authority, deadline), citations that do not resolve to a clause of the guide,
//! duplicate ids. `tests/rule_tables.rs` re-checks the invariants from the test side and adds
//! the coverage check (every clause is implemented or listed as informational).

use std::{collections::BTreeMap, fmt::Write as _, fs, path::Path};

use serde::Deserialize;

const RULES_DIR: &str = "data/rules";
const CLAUSES_FILE: &str = "data/guide-clauses.csv";

// The names the tables may use for each enum, in the enum's order (src/core/facts.rs,
// src/core/rules/mod.rs). `tests/rule_tables.rs` checks these lists against the Rust enums.
const REQUESTS: &[&str] = &["first-filing", "information-change", "incremental", "renewal", "termination"];
const APPLICANTS: &[&str] = &["employer", "social-org", "school"];
const LEGAL_FORMS: &[&str] = &[
    "enterprise", "central-soe-branch", "provincial-state-enterprise", "private-non-enterprise",
    "social-group", "public-institution", "government-body", "school",
];
const SCHOOL_KINDS: &[&str] = &[
    "technician-college", "undergraduate", "higher-vocational", "provincial-secondary-vocational",
    "local-secondary-vocational",
];
const AFFILIATIONS: &[&str] = &[
    "provincial-unit", "provincial-college", "national-industry-association-branch",
    "provincial-industry-association", "approved-by-provincial-department",
    "registered-with-provincial-market-regulator", "industry-pilot-branch",
    "national-social-org-branch", "not-decoupled-from-government",
];
const STANDARD_KINDS: &[&str] = &["national-standard", "filed-evaluation-norm", "unfiled-norm"];
const TOPICS: &[&str] = &[
    "conditions", "prohibitions", "occupation-scope", "quantity-limit", "request",
    "receiving-authority", "fees", "result-delivery", "rights-and-duties", "consultation", "complaints",
];
const HANDLINGS: &[&str] = &["bound-set", "electronic", "bound-separately", "for-assessment"];
const ACTORS: &[&str] = &["applicant", "office"];
const ANCHORS: &[&str] = &["filing-expiry", "application-date", "termination-notice-start"];
const UNITS: &[&str] = &["calendar-days", "working-days"];
const LEVELS: &[&str] = &["province", "place"];
const FORMS: &[&str] = &["附件1", "附件2", "附件3", "附件4", "附件5", "附件6", "附件7", "附件8"];

// ------------------------------------------------------------------------ table shapes

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct When {
    #[serde(default)]
    request: Vec<String>,
    #[serde(default)]
    applicant: Vec<String>,
    #[serde(default)]
    legal_form: Vec<String>,
    #[serde(default)]
    school_kind: Vec<String>,
    #[serde(default)]
    affiliation: Vec<String>,
    in_zhengzhou: Option<bool>,
    education_path: Option<bool>,
    supervising_place_differs: Option<bool>,
    penalised: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EligibilityRow {
    id: String,
    clause: String,
    applicant: Vec<String>,
    topic: String,
    #[serde(default)]
    request: Vec<String>,
    test: String,
    #[serde(default)]
    forms: Vec<String>,
    #[serde(default)]
    affiliations: Vec<String>,
    #[serde(default)]
    school_affiliations: Vec<String>,
    /// `not-met` (the default) or `needs-confirmation`: what a missed deadline gives.
    missed: Option<String>,
    record: Option<String>,
    years: Option<i16>,
    categories: Option<Vec<u8>>,
    standards: Option<Vec<String>>,
    max: Option<u32>,
    deadline: Option<String>,
    statement_zh: String,
    statement_en: String,
    fix_zh: String,
    fix_en: String,
    /// What the applicant is found to be when the row is not met (prohibitions: "3 年内曾被列入
    /// 经营异常名录"), so the heading states the finding instead of "不符合" + a negation.
    finding_zh: Option<String>,
    finding_en: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AuthorityRow {
    id: String,
    level: String,
    name_zh: String,
    name_en: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RouteRow {
    id: String,
    clause: String,
    when: When,
    authority: String,
    alternative: Option<String>,
    recommends_to: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProvinceOfficeRow {
    applicant: String,
    authority: String,
    clause: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StepRow {
    id: String,
    clause: String,
    #[serde(default)]
    also_cites: Vec<String>,
    request: Vec<String>,
    #[serde(default)]
    when: When,
    actor: String,
    title_zh: String,
    title_en: String,
    detail_zh: String,
    detail_en: String,
    deadline: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MaterialRow {
    id: String,
    clause: String,
    #[serde(default)]
    also_cites: Vec<String>,
    request: Vec<String>,
    #[serde(default)]
    when: When,
    form: Option<String>,
    handling: Option<String>,
    title_zh: String,
    title_en: String,
    note_zh: Option<String>,
    note_en: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HandlingRow {
    handling: String,
    shown_with: Option<String>,
    clause: String,
    text_zh: String,
    text_en: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DeadlineRow {
    id: String,
    clause: String,
    request: String,
    anchor: String,
    offset: i32,
    unit: String,
    /// Another deadline this date should not pass; the result says so plainly when it does.
    expected_by: Option<String>,
    title_zh: String,
    title_en: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FirstFilingRow {
    applicant: String,
    part: u8,
    sections: BTreeMap<String, u8>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicTextRow {
    topic: String,
    applicant: String,
    zh: String,
    en: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CitedTextRow {
    zh: String,
    en: String,
    clause: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RequestRow {
    request: String,
    applicant: Option<String>,
    inherits_clause: Option<String>,
    #[serde(default)]
    inherits: Vec<String>,
    handling_time: CitedTextRow,
    result_letter: Option<CitedTextRow>,
    /// Inherited topics the request does not evaluate, each with the reason.
    #[serde(default)]
    not_evaluated: Vec<NotEvaluatedRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NotEvaluatedRow {
    topic: String,
    reason_zh: String,
    reason_en: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InformationalRow {
    clause: String,
    reason_zh: String,
    reason_en: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EligibilityFile {
    rule: Vec<EligibilityRow>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RoutesFile {
    authority: Vec<AuthorityRow>,
    province_office: Vec<ProvinceOfficeRow>,
    route: Vec<RouteRow>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StepsFile {
    step: Vec<StepRow>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MaterialsFile {
    handling_rule: Vec<HandlingRow>,
    material: Vec<MaterialRow>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DeadlinesFile {
    deadline: Vec<DeadlineRow>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProcedureInfoFile {
    first_filing: Vec<FirstFilingRow>,
    topic_text: Vec<TopicTextRow>,
    request: Vec<RequestRow>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InformationalFile {
    informational: Vec<InformationalRow>,
}

// ------------------------------------------------------------------------ helpers

/// Where a problem is: file, row number (1-based within its table) and id.
struct Place<'a> {
    file: &'a str,
    row: usize,
    id: &'a str,
}

impl Place<'_> {
    fn fail(&self, message: impl std::fmt::Display) -> ! {
        panic!("{}: row {} (id {:?}): {message}", self.file, self.row, self.id)
    }
}

fn read_toml<T: for<'de> Deserialize<'de>>(name: &str) -> (String, T) {
    let file = format!("{RULES_DIR}/{name}");
    println!("cargo::rerun-if-changed={file}");
    let text = fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file}: cannot read: {e}"));
    let table = toml::from_str(&text).unwrap_or_else(|e| panic!("{file}: not a valid table: {e}"));
    (file, table)
}

/// `central-soe-branch` → `CentralSoeBranch`.
fn variant(name: &str) -> String {
    name.split('-')
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map(|c| c.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
        })
        .collect()
}

/// Checks `value` is one of `allowed` and returns the Rust path `Enum::Variant`.
fn enum_value(place: &Place, what: &str, enum_name: &str, allowed: &[&str], value: &str) -> String {
    if !allowed.contains(&value) {
        place.fail(format!("unknown {what} {value:?}; expected one of {allowed:?}"));
    }
    format!("{enum_name}::{}", variant(value))
}

fn enum_slice(place: &Place, what: &str, enum_name: &str, allowed: &[&str], values: &[String]) -> String {
    let items: Vec<String> = values.iter().map(|v| enum_value(place, what, enum_name, allowed, v)).collect();
    format!("&[{}]", items.join(", "))
}

fn opt_enum(place: &Place, what: &str, enum_name: &str, allowed: &[&str], value: &Option<String>) -> String {
    match value {
        Some(v) => format!("Some({})", enum_value(place, what, enum_name, allowed, v)),
        None => "None".into(),
    }
}

fn opt_bool(value: Option<bool>) -> String {
    match value {
        Some(b) => format!("Some({b})"),
        None => "None".into(),
    }
}

fn opt_str(value: &Option<String>) -> String {
    match value {
        Some(s) => format!("Some({s:?})"),
        None => "None".into(),
    }
}

fn bilingual(zh: &str, en: &str) -> String {
    format!("Bilingual {{ zh: {zh:?}, en: {en:?} }}")
}

fn condition(place: &Place, when: &When) -> String {
    format!(
        "Condition {{ requests: {}, applicants: {}, legal_forms: {}, school_kinds: {}, affiliations: {}, \
         in_zhengzhou: {}, education_path: {}, supervising_place_differs: {}, penalised: {} }}",
        enum_slice(place, "request", "RequestKind", REQUESTS, &when.request),
        enum_slice(place, "applicant", "ApplicantKind", APPLICANTS, &when.applicant),
        enum_slice(place, "legal form", "LegalForm", LEGAL_FORMS, &when.legal_form),
        enum_slice(place, "school kind", "SchoolKind", SCHOOL_KINDS, &when.school_kind),
        enum_slice(place, "affiliation", "Affiliation", AFFILIATIONS, &when.affiliation),
        opt_bool(when.in_zhengzhou),
        opt_bool(when.education_path),
        opt_bool(when.supervising_place_differs),
        opt_bool(when.penalised),
    )
}

struct Clauses {
    ids: Vec<String>,
}

impl Clauses {
    fn check(&self, place: &Place, clause: &str) {
        if !self.ids.iter().any(|id| id == clause) {
            place.fail(format!("clause {clause:?} is not a clause of the guide ({CLAUSES_FILE})"));
        }
    }
}

fn check_unique<'a>(file: &str, ids: impl Iterator<Item = &'a str>) {
    let mut seen = Vec::new();
    for (index, id) in ids.enumerate() {
        if seen.contains(&id) {
            panic!("{file}: row {} (id {id:?}): duplicate id", index + 1);
        }
        seen.push(id);
    }
}

// ------------------------------------------------------------------------ the build

pub fn build(out_dir: &Path) {
    let mut code = String::from("// Generated by build/rules.rs from data/rules/*.toml and data/guide-clauses.csv. Do not edit.\n\n");
    let clauses = emit_clauses(&mut code);
    let (deadline_file, deadlines): (_, DeadlinesFile) = read_toml("deadlines.toml");
    check_unique(&deadline_file, deadlines.deadline.iter().map(|row| row.id.as_str()));
    let deadline_ids: Vec<&str> = deadlines.deadline.iter().map(|row| row.id.as_str()).collect();

    emit_eligibility(&mut code, &clauses, &deadline_ids);
    emit_routes(&mut code, &clauses);
    emit_steps(&mut code, &clauses, &deadline_ids);
    emit_materials(&mut code, &clauses);
    emit_deadlines(&mut code, &clauses, &deadline_file, &deadlines);
    emit_procedure_info(&mut code, &clauses);
    emit_informational(&mut code, &clauses);
    fs::write(out_dir.join("rules.rs"), code).expect("write generated rules.rs");
}

fn emit_eligibility(code: &mut String, clauses: &Clauses, deadline_ids: &[&str]) {
    let (file, table): (_, EligibilityFile) = read_toml("eligibility.toml");
    check_unique(&file, table.rule.iter().map(|row| row.id.as_str()));
    code.push_str("pub static ELIGIBILITY_RULES: &[EligibilityRule] = &[\n");
    for (index, row) in table.rule.iter().enumerate() {
        let place = Place { file: &file, row: index + 1, id: &row.id };
        clauses.check(&place, &row.clause);
        let topic = enum_value(&place, "topic", "Topic", TOPICS, &row.topic);
        if row.topic == "request" && row.request.is_empty() {
            place.fail("a `request` topic row must list its requests");
        }
        let forms = || enum_slice(&place, "legal form", "LegalForm", LEGAL_FORMS, &row.forms);
        let need = |value: Option<String>, what: &str| value.unwrap_or_else(|| place.fail(format!("test {:?} needs `{what}`", row.test)));
        let test = match row.test.as_str() {
            "declaration" => "RuleTest::Declaration".to_string(),
            "occupations-declaration" => "RuleTest::OccupationsDeclaration".to_string(),
            "legal-form-not-in" => format!(
                "RuleTest::LegalFormNotIn {{ forms: {}, affiliations: {}, school_affiliations: {} }}",
                forms(),
                enum_slice(&place, "affiliation", "Affiliation", AFFILIATIONS, &row.affiliations),
                enum_slice(&place, "affiliation", "Affiliation", AFFILIATIONS, &row.school_affiliations)
            ),
            "school-established" => "RuleTest::SchoolEstablished".to_string(),
            "listed-within-years" | "dated-within-years" | "flag-absent" => {
                let record = need(row.record.clone(), "record");
                let expected = match row.test.as_str() {
                    "listed-within-years" => "abnormal-operation-list",
                    "dated-within-years" => "failed-annual-inspections",
                    _ => "illegal-organisation-list",
                };
                if record != expected {
                    place.fail(format!("test {:?} reads record {expected:?}, not {record:?}", row.test));
                }
                match row.test.as_str() {
                    "flag-absent" => format!("RuleTest::IllegalOrganisationListAbsent {{ forms: {} }}", forms()),
                    test => {
                        let years = row.years.unwrap_or_else(|| place.fail("needs `years`"));
                        let name = if test == "listed-within-years" { "AbnormalOperationWithinYears" } else { "FailedInspectionWithinYears" };
                        format!("RuleTest::{name} {{ years: {years}, forms: {} }}", forms())
                    }
                }
            }
            "occupations-given" => "RuleTest::OccupationsGiven".to_string(),
            "occupation-category" => {
                let categories = row.categories.clone().unwrap_or_else(|| place.fail("needs `categories`"));
                format!("RuleTest::OccupationCategory {{ categories: &{categories:?} }}")
            }
            "occupation-standard" => {
                let standards = row.standards.clone().unwrap_or_else(|| place.fail("needs `standards`"));
                format!(
                    "RuleTest::OccupationStandard {{ standards: {} }}",
                    enum_slice(&place, "standard kind", "StandardKind", STANDARD_KINDS, &standards)
                )
            }
            "occupation-official-list" => "RuleTest::OccupationOfficialList".to_string(),
            "occupation-evaluated" => "RuleTest::OccupationEvaluated".to_string(),
            "quantity-limit" => format!("RuleTest::QuantityLimit {{ max: {} }}", row.max.unwrap_or_else(|| place.fail("needs `max`"))),
            "on-or-before-deadline" | "on-or-after-deadline" => {
                let deadline = need(row.deadline.clone(), "deadline");
                if !deadline_ids.contains(&deadline.as_str()) {
                    place.fail(format!("unknown deadline {deadline:?} (deadlines.toml)"));
                }
                let name = if row.test == "on-or-before-deadline" { "OnOrBeforeDeadline" } else { "OnOrAfterDeadline" };
                let missed_needs_confirmation = match row.missed.as_deref() {
                    None | Some("not-met") => false,
                    Some("needs-confirmation") => true,
                    Some(other) => place.fail(format!("`missed` is \"not-met\" or \"needs-confirmation\", not {other:?}")),
                };
                format!("RuleTest::{name} {{ deadline: {deadline:?}, missed_needs_confirmation: {missed_needs_confirmation} }}")
            }
            other => place.fail(format!("unknown test {other:?}")),
        };
        writeln!(
            code,
            "    EligibilityRule {{ id: {:?}, clause: {:?}, applicants: {}, topic: {topic}, requests: {}, test: {test}, statement: {}, fix: {}, finding: {} }},",
            row.id,
            row.clause,
            enum_slice(&place, "applicant", "ApplicantKind", APPLICANTS, &row.applicant),
            enum_slice(&place, "request", "RequestKind", REQUESTS, &row.request),
            bilingual(&row.statement_zh, &row.statement_en),
            bilingual(&row.fix_zh, &row.fix_en),
            match (&row.finding_zh, &row.finding_en) {
                (Some(zh), Some(en)) => format!("Some({})", bilingual(zh, en)),
                (None, None) => "None".to_string(),
                _ => place.fail("`finding_zh` and `finding_en` go together".to_string()),
            },
        )
        .unwrap();
    }
    code.push_str("];\n\n");
}

fn emit_routes(code: &mut String, clauses: &Clauses) {
    let (file, table): (_, RoutesFile) = read_toml("routes.toml");
    check_unique(&file, table.authority.iter().map(|row| row.id.as_str()));
    check_unique(&file, table.route.iter().map(|row| row.id.as_str()));
    let authority_ids: Vec<&str> = table.authority.iter().map(|row| row.id.as_str()).collect();
    code.push_str("pub static AUTHORITIES: &[Authority] = &[\n");
    for (index, row) in table.authority.iter().enumerate() {
        let place = Place { file: &file, row: index + 1, id: &row.id };
        let level = enum_value(&place, "level", "AuthorityLevel", LEVELS, &row.level);
        if (row.level == "place") != row.name_zh.contains("{place}") || (row.level == "place") != row.name_en.contains("{place}") {
            place.fail("a place-level authority's names, and only those, contain {place}");
        }
        writeln!(code, "    Authority {{ id: {:?}, level: {level}, name: {} }},", row.id, bilingual(&row.name_zh, &row.name_en)).unwrap();
    }
    code.push_str("];\n\npub static PROVINCE_OFFICES: &[ProvinceOffice] = &[\n");
    for (index, row) in table.province_office.iter().enumerate() {
        let place = Place { file: &file, row: index + 1, id: &row.applicant };
        clauses.check(&place, &row.clause);
        if !table.authority.iter().any(|a| a.id == row.authority && a.level == "province") {
            place.fail(format!("unknown provincial authority {:?}", row.authority));
        }
        writeln!(
            code,
            "    ProvinceOffice {{ applicant: {}, authority: {:?}, clause: {:?} }},",
            enum_value(&place, "applicant", "ApplicantKind", APPLICANTS, &row.applicant),
            row.authority,
            row.clause
        )
        .unwrap();
    }
    for applicant in APPLICANTS {
        if !table.province_office.iter().any(|row| row.applicant == *applicant) {
            panic!("{file}: no [[province_office]] row for {applicant:?}");
        }
    }
    code.push_str("];\n\npub static ROUTE_RULES: &[RouteRule] = &[\n");
    for (index, row) in table.route.iter().enumerate() {
        let place = Place { file: &file, row: index + 1, id: &row.id };
        clauses.check(&place, &row.clause);
        for reference in [Some(&row.authority), row.alternative.as_ref(), row.recommends_to.as_ref()].into_iter().flatten() {
            if !authority_ids.contains(&reference.as_str()) {
                place.fail(format!("unknown authority {reference:?}"));
            }
        }
        writeln!(
            code,
            "    RouteRule {{ id: {:?}, clause: {:?}, when: {}, authority: {:?}, alternative: {}, recommends_to: {} }},",
            row.id,
            row.clause,
            condition(&place, &row.when),
            row.authority,
            opt_str(&row.alternative),
            opt_str(&row.recommends_to)
        )
        .unwrap();
    }
    code.push_str("];\n\n");
}

fn emit_steps(code: &mut String, clauses: &Clauses, deadline_ids: &[&str]) {
    let (file, table): (_, StepsFile) = read_toml("steps.toml");
    check_unique(&file, table.step.iter().map(|row| row.id.as_str()));
    code.push_str("pub static STEP_RULES: &[StepRule] = &[\n");
    for (index, row) in table.step.iter().enumerate() {
        let place = Place { file: &file, row: index + 1, id: &row.id };
        clauses.check(&place, &row.clause);
        row.also_cites.iter().for_each(|clause| clauses.check(&place, clause));
        if let Some(deadline) = &row.deadline {
            if !deadline_ids.contains(&deadline.as_str()) {
                place.fail(format!("unknown deadline {deadline:?} (deadlines.toml)"));
            }
        }
        writeln!(
            code,
            "    StepRule {{ id: {:?}, clause: {:?}, also_cites: &{:?}, requests: {}, when: {}, actor: {}, title: {}, detail: {}, deadline: {} }},",
            row.id,
            row.clause,
            row.also_cites,
            enum_slice(&place, "request", "RequestKind", REQUESTS, &row.request),
            condition(&place, &row.when),
            enum_value(&place, "actor", "Actor", ACTORS, &row.actor),
            bilingual(&row.title_zh, &row.title_en),
            bilingual(&row.detail_zh, &row.detail_en),
            opt_str(&row.deadline)
        )
        .unwrap();
    }
    code.push_str("];\n\n");
}

fn emit_materials(code: &mut String, clauses: &Clauses) {
    let (file, table): (_, MaterialsFile) = read_toml("materials.toml");
    check_unique(&file, table.material.iter().map(|row| row.id.as_str()));
    check_unique(&file, table.handling_rule.iter().map(|row| row.handling.as_str()));
    code.push_str("pub static HANDLING_RULES: &[HandlingRule] = &[\n");
    for (index, row) in table.handling_rule.iter().enumerate() {
        let place = Place { file: &file, row: index + 1, id: &row.handling };
        clauses.check(&place, &row.clause);
        let shown_with = opt_enum(&place, "handling", "Handling", HANDLINGS, &row.shown_with);
        writeln!(
            code,
            "    HandlingRule {{ handling: {}, shown_with: {shown_with}, clause: {:?}, text: {} }},",
            enum_value(&place, "handling", "Handling", HANDLINGS, &row.handling),
            row.clause,
            bilingual(&row.text_zh, &row.text_en)
        )
        .unwrap();
    }
    code.push_str("];\n\npub static MATERIAL_RULES: &[MaterialRule] = &[\n");
    for (index, row) in table.material.iter().enumerate() {
        let place = Place { file: &file, row: index + 1, id: &row.id };
        clauses.check(&place, &row.clause);
        row.also_cites.iter().for_each(|clause| clauses.check(&place, clause));
        let handling = opt_enum(&place, "handling", "Handling", HANDLINGS, &row.handling);
        if let Some(form) = &row.form {
            enum_value(&place, "form", "Form", FORMS, form);
        }
        let note = match (&row.note_zh, &row.note_en) {
            (Some(zh), Some(en)) => format!("Some({})", bilingual(zh, en)),
            (None, None) => "None".into(),
            _ => place.fail("a note needs both note_zh and note_en"),
        };
        writeln!(
            code,
            "    MaterialRule {{ id: {:?}, clause: {:?}, also_cites: &{:?}, requests: {}, when: {}, form: {}, handling: {handling}, title: {}, note: {note} }},",
            row.id,
            row.clause,
            row.also_cites,
            enum_slice(&place, "request", "RequestKind", REQUESTS, &row.request),
            condition(&place, &row.when),
            opt_str(&row.form),
            bilingual(&row.title_zh, &row.title_en),
        )
        .unwrap();
    }
    code.push_str("];\n\n");
}

fn emit_deadlines(code: &mut String, clauses: &Clauses, file: &str, deadlines: &DeadlinesFile) {
    code.push_str("pub static DEADLINE_RULES: &[DeadlineRule] = &[\n");
    for (index, row) in deadlines.deadline.iter().enumerate() {
        let place = Place { file, row: index + 1, id: &row.id };
        clauses.check(&place, &row.clause);
        if let Some(other) = &row.expected_by {
            if !deadlines.deadline.iter().any(|d| &d.id == other && d.request == row.request) {
                place.fail(format!("`expected_by` names {other:?}, not a deadline of the same request"));
            }
        }
        writeln!(
            code,
            "    DeadlineRule {{ id: {:?}, clause: {:?}, request: {}, anchor: {}, offset: {}, unit: {}, expected_by: {}, title: {} }},",
            row.id,
            row.clause,
            enum_value(&place, "request", "RequestKind", REQUESTS, &row.request),
            enum_value(&place, "anchor", "DeadlineAnchor", ANCHORS, &row.anchor),
            row.offset,
            enum_value(&place, "unit", "DayUnit", UNITS, &row.unit),
            opt_str(&row.expected_by),
            bilingual(&row.title_zh, &row.title_en),
        )
        .unwrap();
    }
    code.push_str("];\n\n");
}

/// Inheritance from the first filing and the service facts.
fn emit_procedure_info(code: &mut String, clauses: &Clauses) {
    let (file, table): (_, ProcedureInfoFile) = read_toml("procedure-info.toml");
    code.push_str("pub static FIRST_FILINGS: &[FirstFiling] = &[\n");
    for (index, row) in table.first_filing.iter().enumerate() {
        let place = Place { file: &file, row: index + 1, id: &row.applicant };
        let sections: Vec<String> = row
            .sections
            .iter()
            .map(|(topic, section)| {
                clauses.check(&place, &format!("{}.{section}", row.part));
                format!("({}, {section})", enum_value(&place, "topic", "Topic", TOPICS, topic))
            })
            .collect();
        writeln!(
            code,
            "    FirstFiling {{ applicant: {}, part: {}, sections: &[{}] }},",
            enum_value(&place, "applicant", "ApplicantKind", APPLICANTS, &row.applicant),
            row.part,
            sections.join(", ")
        )
        .unwrap();
    }
    code.push_str("];\n\npub static TOPIC_TEXTS: &[TopicText] = &[\n");
    for (index, row) in table.topic_text.iter().enumerate() {
        let place = Place { file: &file, row: index + 1, id: &row.topic };
        writeln!(
            code,
            "    TopicText {{ topic: {}, applicant: {}, text: {} }},",
            enum_value(&place, "topic", "Topic", TOPICS, &row.topic),
            enum_value(&place, "applicant", "ApplicantKind", APPLICANTS, &row.applicant),
            bilingual(&row.zh, &row.en)
        )
        .unwrap();
    }
    code.push_str("];\n\npub static REQUEST_INFOS: &[RequestInfo] = &[\n");
    for (index, row) in table.request.iter().enumerate() {
        let place = Place { file: &file, row: index + 1, id: &row.request };
        let cited = |text: &CitedTextRow| {
            clauses.check(&place, &text.clause);
            format!("CitedText {{ text: {}, clause: {:?} }}", bilingual(&text.zh, &text.en), text.clause)
        };
        if let Some(clause) = &row.inherits_clause {
            clauses.check(&place, clause);
        }
        if row.inherits.is_empty() != row.inherits_clause.is_none() {
            place.fail("`inherits` and `inherits_clause` go together");
        }
        let applicant = opt_enum(&place, "applicant", "ApplicantKind", APPLICANTS, &row.applicant);
        let not_evaluated: Vec<String> = row
            .not_evaluated
            .iter()
            .map(|item| {
                if !row.inherits.contains(&item.topic) {
                    place.fail(format!("`not_evaluated` names {:?}, which the request does not inherit", item.topic));
                }
                format!("({}, {})", enum_value(&place, "topic", "Topic", TOPICS, &item.topic), bilingual(&item.reason_zh, &item.reason_en))
            })
            .collect();
        writeln!(
            code,
            "    RequestInfo {{ request: {}, applicant: {applicant}, inherits_clause: {}, inherits: {}, not_evaluated: &[{}], handling_time: {}, result_letter: {} }},",
            enum_value(&place, "request", "RequestKind", REQUESTS, &row.request),
            opt_str(&row.inherits_clause),
            enum_slice(&place, "topic", "Topic", TOPICS, &row.inherits),
            not_evaluated.join(", "),
            cited(&row.handling_time),
            row.result_letter.as_ref().map_or("None".into(), |letter| format!("Some({})", cited(letter))),
        )
        .unwrap();
    }
    code.push_str("];\n\n");
}

fn emit_informational(code: &mut String, clauses: &Clauses) {
    let (file, table): (_, InformationalFile) = read_toml("informational.toml");
    check_unique(&file, table.informational.iter().map(|row| row.clause.as_str()));
    code.push_str("pub static INFORMATIONAL_CLAUSES: &[InformationalClause] = &[\n");
    for (index, row) in table.informational.iter().enumerate() {
        let place = Place { file: &file, row: index + 1, id: &row.clause };
        clauses.check(&place, &row.clause);
        writeln!(code, "    InformationalClause {{ clause: {:?}, reason: {} }},", row.clause, bilingual(&row.reason_zh, &row.reason_en)).unwrap();
    }
    code.push_str("];\n");
}

/// The guide's clauses, for citations and for showing the guide's own words.
fn emit_clauses(code: &mut String) -> Clauses {
    println!("cargo::rerun-if-changed={CLAUSES_FILE}");
    let text = fs::read_to_string(CLAUSES_FILE).unwrap_or_else(|e| panic!("{CLAUSES_FILE}: cannot read: {e}"));
    let body: String = text.lines().filter(|line| !line.starts_with('#')).collect::<Vec<_>>().join("\n");
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    let mut ids = Vec::new();
    code.push_str("pub static GUIDE_CLAUSES: &[GuideClause] = &[\n");
    for (index, record) in reader.records().enumerate() {
        let record = record.unwrap_or_else(|e| panic!("{CLAUSES_FILE}: row {}: {e}", index + 1));
        let (id, kind, title, text) = (&record[0], &record[1], &record[2], &record[3]);
        if ids.iter().any(|seen| seen == id) {
            panic!("{CLAUSES_FILE}: row {} (id {id:?}): duplicate clause", index + 1);
        }
        let kind = match kind {
            "part" => "ClauseKind::Part",
            "section" => "ClauseKind::Section",
            "item" => "ClauseKind::Item",
            "subitem" => "ClauseKind::SubItem",
            other => panic!("{CLAUSES_FILE}: row {} (id {id:?}): unknown kind {other:?}", index + 1),
        };
        writeln!(code, "    GuideClause {{ id: {id:?}, kind: {kind}, title: {title:?}, text: {text:?} }},").unwrap();
        ids.push(id.to_string());
    }
    code.push_str("];\n\n");
    Clauses { ids }
}
