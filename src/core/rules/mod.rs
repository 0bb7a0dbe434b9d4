//! The rule tables: the guide encoded as data (`data/rules/*.toml`), compiled by `build.rs` into
//! the statics below. This module only describes the rows; `crate::core::evaluate` interprets
//! them against the facts.

use crate::core::facts::{Affiliation, ApplicantKind, LegalForm, RequestKind, SchoolKind, StandardKind};
use crate::core::text::Bilingual;

/// The subject of a row, for inheritance (4.6, 5.7, 6.7, 7.7 "同首次备案要求").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Topic {
    Conditions,
    Prohibitions,
    OccupationScope,
    QuantityLimit,
    /// A request's own rules (renewal deadline, termination notice): never inherited.
    Request,
    ReceivingAuthority,
    Fees,
    ResultDelivery,
    RightsAndDuties,
    Consultation,
    Complaints,
}

/// How an eligibility row is decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuleTest {
    /// The applicant's own answer: only it can know.
    Declaration,
    /// A declaration about the occupation rows, asked only when rows are listed (4.1: an
    /// information change rewrites occupations only for the ministry's renaming).
    OccupationsDeclaration,
    /// Not met for these legal forms or affiliations (2.7.1). An applicant with one of
    /// `school_affiliations` (省（部）属院校) is a school that answered a barred form (a public
    /// school is legally a 事业单位): it needs confirmation and is sent to the 院校 answer.
    LegalFormNotIn { forms: &'static [LegalForm], affiliations: &'static [Affiliation], school_affiliations: &'static [Affiliation] },
    /// The applicant is a school and says which kind (3.5.1).
    SchoolEstablished,
    /// Not met when a period on the abnormal-operation list reaches into the last `years` years
    /// (2.7.2(4)); applies only to `forms`.
    AbnormalOperationWithinYears { years: i16, forms: &'static [LegalForm] },
    /// Not met when an annual inspection failed within the last `years` years (2.7.2(2)).
    FailedInspectionWithinYears { years: i16, forms: &'static [LegalForm] },
    /// Not met when on the illegal social organisation list (2.7.2(3)).
    IllegalOrganisationListAbsent { forms: &'static [LegalForm] },
    OccupationsGiven,
    OccupationCategory { categories: &'static [u8] },
    OccupationStandard { standards: &'static [StandardKind] },
    OccupationOfficialList,
    QuantityLimit { max: u32 },
    /// Each renewal row was evaluated during the filing period; one that was not leaves the
    /// scope (6.4.2).
    OccupationEvaluated,
    /// `missed_needs_confirmation`: the guide sets when to act, not a bar (6.4.1), so a missed
    /// deadline needs confirmation with the office instead of failing.
    OnOrBeforeDeadline { deadline: &'static str, missed_needs_confirmation: bool },
    OnOrAfterDeadline { deadline: &'static str, missed_needs_confirmation: bool },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EligibilityRule {
    pub id: &'static str,
    pub clause: &'static str,
    pub applicants: &'static [ApplicantKind],
    pub topic: Topic,
    /// Empty: every request that takes the topic.
    pub requests: &'static [RequestKind],
    pub test: RuleTest,
    /// What must hold, as the applicant would confirm it.
    pub statement: Bilingual,
    /// What to do when it does not hold.
    pub fix: Bilingual,
    /// What the applicant is found to be when it does not hold (prohibitions), stated
    /// positively: the result's heading for a row not met.
    pub finding: Option<Bilingual>,
}

/// When a route, step or material applies. Every non-empty list must match (a list matches
/// any of its values); `None` means "either way".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Condition {
    pub requests: &'static [RequestKind],
    pub applicants: &'static [ApplicantKind],
    pub legal_forms: &'static [LegalForm],
    pub school_kinds: &'static [SchoolKind],
    pub affiliations: &'static [Affiliation],
    pub in_zhengzhou: Option<bool>,
    pub education_path: Option<bool>,
    pub supervising_place_differs: Option<bool>,
    pub penalised: Option<bool>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AuthorityLevel {
    Province,
    /// A city, 济源示范区 or 航空港区: the name carries `{place}`.
    Place,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Authority {
    pub id: &'static str,
    pub level: AuthorityLevel,
    pub name: Bilingual,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RouteRule {
    pub id: &'static str,
    pub clause: &'static str,
    pub when: Condition,
    pub authority: &'static str,
    pub alternative: Option<&'static str>,
    pub recommends_to: Option<&'static str>,
}

/// The provincial office that receives a kind of institution filed at the province (1.3,
/// 2.17.1, 3.3): where a renewal "at the province" goes (6.4.1 备案地人社部门).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProvinceOffice {
    pub applicant: ApplicantKind,
    pub authority: &'static str,
    pub clause: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Actor {
    Applicant,
    Office,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepRule {
    pub id: &'static str,
    pub clause: &'static str,
    pub also_cites: &'static [&'static str],
    pub requests: &'static [RequestKind],
    pub when: Condition,
    pub actor: Actor,
    pub title: Bilingual,
    pub detail: Bilingual,
    pub deadline: Option<&'static str>,
}

/// How a material is handed in (2.8).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Handling {
    BoundSet,
    Electronic,
    BoundSeparately,
    ForAssessment,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HandlingRule {
    pub handling: Handling,
    /// Also shown when a material has this other handling (photos inside a bound item).
    pub shown_with: Option<Handling>,
    pub clause: &'static str,
    pub text: Bilingual,
}

/// The guide's attachment forms, by their names in the guide.
pub const FORMS: [&str; 8] = ["附件1", "附件2", "附件3", "附件4", "附件5", "附件6", "附件7", "附件8"];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MaterialRule {
    pub id: &'static str,
    pub clause: &'static str,
    pub also_cites: &'static [&'static str],
    pub requests: &'static [RequestKind],
    pub when: Condition,
    pub form: Option<&'static str>,
    pub handling: Option<Handling>,
    pub title: Bilingual,
    pub note: Option<Bilingual>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DeadlineAnchor {
    FilingExpiry,
    ApplicationDate,
    TerminationNoticeStart,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DayUnit {
    CalendarDays,
    WorkingDays,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DeadlineRule {
    pub id: &'static str,
    pub clause: &'static str,
    pub request: RequestKind,
    pub anchor: DeadlineAnchor,
    pub offset: i32,
    pub unit: DayUnit,
    /// Another deadline this date should not pass (the handling end of a late renewal can pass
    /// the decision date): the result says so instead of listing dates that contradict.
    pub expected_by: Option<&'static str>,
    pub title: Bilingual,
}

/// Where an applicant kind's first filing lives in the guide, section by topic.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FirstFiling {
    pub applicant: ApplicantKind,
    pub part: u8,
    pub sections: &'static [(Topic, u8)],
}

/// A first filing's text for a topic (fees, delivery, …), per applicant kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TopicText {
    pub topic: Topic,
    pub applicant: ApplicantKind,
    pub text: Bilingual,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CitedText {
    pub text: Bilingual,
    pub clause: &'static str,
}

/// A request's own service facts and what it inherits from the first filing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RequestInfo {
    pub request: RequestKind,
    /// Set for first filings (one row per applicant kind); `None` for parts 四–七.
    pub applicant: Option<ApplicantKind>,
    pub inherits_clause: Option<&'static str>,
    pub inherits: &'static [Topic],
    /// Inherited topics the request does not evaluate, with the reason (数量限制 in parts 四 and
    /// 六: the institution keeps occupations it holds, and would count itself).
    pub not_evaluated: &'static [(Topic, Bilingual)],
    pub handling_time: CitedText,
    pub result_letter: Option<CitedText>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InformationalClause {
    pub clause: &'static str,
    pub reason: Bilingual,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ClauseKind {
    Part,
    Section,
    Item,
    SubItem,
}

/// One numbered clause of the guide, with its own words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GuideClause {
    pub id: &'static str,
    pub kind: ClauseKind,
    pub title: &'static str,
    pub text: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/rules.rs"));

impl RuleTest {
    /// Whether the row is decided by the applicant's own answer (`facts.declarations[id]`).
    pub fn is_declaration(self) -> bool {
        matches!(self, RuleTest::Declaration | RuleTest::OccupationsDeclaration)
    }
}

/// The guide's words by clause id, beside the page (`assets/guide-clauses.json`, generated from
/// `data/guide-clauses.csv` by a unit test): the browser fetches it when a citation is opened,
/// so the words are not part of the self-check's wasm.
pub const GUIDE_CLAUSES_FILE: &str = "guide-clauses.json";

impl GuideClause {
    /// The words a citation shows: the clause's text, or its title when it has no text of its own.
    pub fn words(&self) -> &'static str {
        if self.text.is_empty() { self.title } else { self.text }
    }

    pub fn by_id(id: &str) -> Option<&'static GuideClause> {
        GUIDE_CLAUSES.iter().find(|clause| clause.id == id)
    }

    /// The clause that contains this one (`2.7.2(4)` → `2.7.2` → `2.7` → `2`).
    pub fn parent_id(id: &str) -> Option<&str> {
        if let Some(open) = id.find('(') {
            return Some(&id[..open]);
        }
        id.rfind('.').map(|dot| &id[..dot])
    }
}

impl Authority {
    pub fn by_id(id: &str) -> Option<&'static Authority> {
        AUTHORITIES.iter().find(|authority| authority.id == id)
    }
}

impl DeadlineRule {
    pub fn by_id(id: &str) -> Option<&'static DeadlineRule> {
        DEADLINE_RULES.iter().find(|deadline| deadline.id == id)
    }
}

impl FirstFiling {
    pub fn for_applicant(applicant: ApplicantKind) -> &'static FirstFiling {
        FIRST_FILINGS
            .iter()
            .find(|first| first.applicant == applicant)
            .expect("build.rs: procedure-info.toml has a first_filing row per applicant kind")
    }

    /// The clause of `topic` in this first filing, e.g. fees of part 二 → `2.12`.
    pub fn clause_of(&self, topic: Topic) -> Option<String> {
        self.sections.iter().find(|(t, _)| *t == topic).map(|(_, section)| format!("{}.{section}", self.part))
    }
}

#[cfg(test)]
mod guide_clauses_file_tests {
    use super::*;

    /// `assets/guide-clauses.json` is what the citations fetch; it must be every clause of the
    /// table with its words. A stale file is rewritten and the test fails, so it is committed.
    #[test]
    fn the_guide_clauses_file_is_up_to_date() {
        let words: serde_json::Map<String, serde_json::Value> =
            GUIDE_CLAUSES.iter().map(|clause| (clause.id.to_string(), clause.words().into())).collect();
        let mut generated = serde_json::to_string(&words).unwrap();
        generated.push('\n');
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/", "guide-clauses.json");
        assert_eq!(GUIDE_CLAUSES_FILE, "guide-clauses.json");
        let published = std::fs::read_to_string(path).unwrap_or_default();
        if published != generated {
            std::fs::write(path, &generated).unwrap();
            panic!("assets/guide-clauses.json was stale and has been regenerated: review and commit it");
        }
    }
}
