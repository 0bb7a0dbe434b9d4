//! The guided self-check: which questions a case needs, and the answers so far.
//!
//! The questions come from the rule tables, not from a page per case: a page is asked only when
//! a rule that applies to this request and kind of institution needs its facts (the records page
//! only when a prohibition reads dated records for this legal form, the occupations page only
//! when occupation rules apply, ...). Changing an early answer keeps every other answer; answers
//! that no longer matter are kept too (and ignored), so changing back restores them.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::core::evaluate::{applicable_rules, route::receiving_route};
use crate::core::reference::place;
use crate::core::facts::{
    Affiliation, Applicant, ApplicantKind, Facts, LegalForm, ListedPeriod, OccupationRow, Records, RequestDetails, RequestKind,
    SchoolKind, SchoolOwnership, SchoolRegistration,
};
use crate::core::reference::occupation::OccupationCode;
use crate::core::procedure::Procedure;
use crate::core::rules::{EligibilityRule, ROUTE_RULES, RuleTest, Topic};
use crate::core::text::Bilingual;

/// The answers given so far. Everything is optional until the user says it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Draft {
    /// The procedure chosen on the start page (`first-employer`, `renewal`, ...).
    pub procedure: Option<String>,
    /// For parts 四–七: the kind the institution is filed as. Implied by a first filing.
    pub filed_as: Option<ApplicantKind>,
    /// Not asked on the school track (part 三, or filed as a school): there it is 院校.
    pub legal_form: Option<LegalForm>,
    pub school_kind: Option<SchoolKind>,
    /// 公办 or 民办, asked of every school.
    pub school_ownership: Option<SchoolOwnership>,
    /// How a 民办 school is registered, asked where part 二's prohibitions read it.
    pub school_registration: Option<SchoolRegistration>,
    pub affiliations: Vec<Affiliation>,
    /// A receiving place code (`4107`) or a county code (`410783`).
    pub place: Option<String>,
    #[serde(with = "crate::core::iso_date::option")]
    pub application_date: Option<Date>,
    pub records: RecordAnswers,
    pub declarations: BTreeMap<String, bool>,
    pub occupations: Vec<OccupationRow>,
    pub details: RequestDetails,
    /// Materials ticked on the result page's checklist, by material id.
    pub checked_materials: Vec<String>,
}

/// A page of questions. Their order is the order of the interview.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QuestionPage {
    /// Parts 四–七: which kind of institution was filed.
    FiledAs,
    /// Legal form, and the kind of school where it matters.
    Organisation,
    /// Level and affiliation (routing of 1.3 and 2.17, extra materials).
    Affiliations,
    /// The receiving place.
    Place,
    /// Dated official records (2.7.2(2)–(4)).
    Records,
    /// The conditions only the applicant can confirm (section 5).
    Conditions,
    /// The prohibitions only the applicant can confirm (section 7).
    Prohibitions,
    /// The occupations applied for (section 6, 2.4, 附件1).
    Occupations,
    /// Dates and choices of the request (application date, expiry, notice, local path).
    Request,
}

impl QuestionPage {
    pub const ALL: [QuestionPage; 9] = [
        QuestionPage::FiledAs,
        QuestionPage::Organisation,
        QuestionPage::Affiliations,
        QuestionPage::Place,
        QuestionPage::Records,
        QuestionPage::Conditions,
        QuestionPage::Prohibitions,
        QuestionPage::Occupations,
        QuestionPage::Request,
    ];

    /// The page's name in URLs.
    pub fn slug(self) -> &'static str {
        match self {
            QuestionPage::FiledAs => "filed-as",
            QuestionPage::Organisation => "organisation",
            QuestionPage::Affiliations => "affiliations",
            QuestionPage::Place => "place",
            QuestionPage::Records => "records",
            QuestionPage::Conditions => "conditions",
            QuestionPage::Prohibitions => "prohibitions",
            QuestionPage::Occupations => "occupations",
            QuestionPage::Request => "request",
        }
    }

    pub fn from_slug(slug: &str) -> Option<QuestionPage> {
        QuestionPage::ALL.into_iter().find(|page| page.slug() == slug)
    }

    pub fn title(self) -> Bilingual {
        let text = |zh, en| Bilingual { zh, en };
        match self {
            QuestionPage::FiledAs => text("已备案的机构类型", "Kind of filed institution"),
            QuestionPage::Organisation => text("单位性质", "Legal form"),
            QuestionPage::Affiliations => text("隶属和层级", "Level and affiliation"),
            QuestionPage::Place => text("所在地", "Location"),
            QuestionPage::Records => text("登记和信用记录", "Official records"),
            QuestionPage::Conditions => text("申请条件", "Conditions"),
            QuestionPage::Prohibitions => text("禁止性规定", "Prohibitions"),
            QuestionPage::Occupations => text("申报职业（工种）", "Occupations"),
            QuestionPage::Request => text("申请信息", "About the application"),
        }
    }
}

/// The request and applicant kind a procedure id stands for, as far as known.
pub fn request_of(procedure: &str) -> Option<(RequestKind, Option<ApplicantKind>)> {
    Some(match Procedure::by_id(procedure)?.part {
        1 => (RequestKind::FirstFiling, Some(ApplicantKind::Employer)),
        2 => (RequestKind::FirstFiling, Some(ApplicantKind::SocialOrg)),
        3 => (RequestKind::FirstFiling, Some(ApplicantKind::School)),
        4 => (RequestKind::InformationChange, None),
        5 => (RequestKind::Incremental, None),
        6 => (RequestKind::Renewal, None),
        _ => (RequestKind::Termination, None),
    })
}

impl Draft {
    pub fn request(&self) -> Option<RequestKind> {
        request_of(self.procedure.as_deref()?).map(|(request, _)| request)
    }

    /// The kind of institution: implied by a first filing, answered for the other procedures.
    pub fn applicant_kind(&self) -> Option<ApplicantKind> {
        let (_, implied) = request_of(self.procedure.as_deref()?)?;
        implied.or(self.filed_as)
    }

    /// The legal form as the rules read it: on the school track a school is 院校 whatever it
    /// would answer (a public school is legally a 事业单位), so the form is not asked there.
    pub fn effective_legal_form(&self) -> Option<LegalForm> {
        if self.applicant_kind() == Some(ApplicantKind::School) { Some(LegalForm::School) } else { self.legal_form }
    }

    /// Whether the legal-form question is asked: everywhere but the school track.
    pub fn legal_form_asked(&self) -> bool {
        self.applicant_kind() != Some(ApplicantKind::School)
    }

    /// Whether the applicant is a school (its kind and 公办/民办 are then asked).
    pub fn is_school(&self) -> bool {
        self.effective_legal_form() == Some(LegalForm::School)
    }

    /// Whether the organisation page has its answers (to offer resuming a self-check).
    pub fn organisation_answered(&self) -> bool {
        if self.legal_form_asked() { self.legal_form.is_some() } else { self.school_kind.is_some() }
    }

    /// Whether a 民办 school is asked how it is registered: some applicable rule reads the
    /// records of a registration (part 二's 2.7.2(2)–(4)).
    pub fn school_registration_asked(&self) -> bool {
        self.is_school()
            && self.school_ownership == Some(SchoolOwnership::Private)
            && self.rules().iter().any(|rule| {
                matches!(
                    rule.test,
                    RuleTest::AbnormalOperationWithinYears { .. } | RuleTest::FailedInspectionWithinYears { .. } | RuleTest::IllegalOrganisationListAbsent { .. }
                )
            })
    }

    /// The legal form whose records the prohibitions read: a 民办 school's registration.
    fn records_form(&self) -> Option<LegalForm> {
        match self.effective_legal_form()? {
            LegalForm::School => match (self.school_ownership, self.school_registration) {
                (Some(SchoolOwnership::Private), Some(registration)) => Some(registration.legal_form()),
                _ => None,
            },
            form => Some(form),
        }
    }

    /// Whether an incremental filing's rows ask if the institution already holds the occupation
    /// (5.1: adding a level or a test site; 2.4 then does not apply).
    pub fn already_held_asked(&self) -> bool {
        self.request() == Some(RequestKind::Incremental) && self.quantity_asked()
    }

    /// The rules that apply once the request and kind are known.
    fn rules(&self) -> Vec<&'static EligibilityRule> {
        match (self.request(), self.applicant_kind()) {
            (Some(request), Some(kind)) => applicable_rules(request, kind).collect(),
            _ => Vec::new(),
        }
    }

    /// The declaration rules of a topic that apply, for the Conditions and Prohibitions pages.
    pub fn declarations_on(&self, page: QuestionPage) -> Vec<&'static EligibilityRule> {
        self.rules()
            .into_iter()
            // A declaration about the occupation rows is asked only when rows are listed.
            .filter(|rule| rule.test == RuleTest::Declaration || (rule.test == RuleTest::OccupationsDeclaration && !self.occupations.is_empty()))
            .filter(|rule| match page {
                QuestionPage::Conditions => rule.topic == Topic::Conditions,
                QuestionPage::Prohibitions => rule.topic == Topic::Prohibitions,
                QuestionPage::Request => rule.topic == Topic::Request,
                _ => false,
            })
            .collect()
    }

    /// Which dated records the applicable rules read for this legal form.
    pub fn records_asked(&self) -> RecordsAsked {
        let form = self.records_form();
        let mut asked = RecordsAsked::default();
        for rule in self.rules() {
            match rule.test {
                RuleTest::AbnormalOperationWithinYears { forms, .. } if form.is_some_and(|f| forms.contains(&f)) => asked.abnormal_operation = true,
                RuleTest::FailedInspectionWithinYears { forms, .. } if form.is_some_and(|f| forms.contains(&f)) => asked.annual_inspections = true,
                RuleTest::IllegalOrganisationListAbsent { forms } if form.is_some_and(|f| forms.contains(&f)) => asked.illegal_organisation_list = true,
                _ => {}
            }
        }
        asked
    }

    /// The affiliations that change something for this kind of institution: its routes, its
    /// materials or its prohibitions name them.
    pub fn affiliations_asked(&self) -> Vec<Affiliation> {
        let Some(kind) = self.applicant_kind() else { return Vec::new() };
        let mut asked: Vec<Affiliation> = Vec::new();
        // Kept in order as they are added: `sort` would bring the standard library's sorting code
        // into the self-check's wasm (a few kilobytes for each type sorted).
        let mut add = |list: &[Affiliation]| {
            for affiliation in list {
                if let Err(at) = asked.binary_search(affiliation) {
                    asked.insert(at, *affiliation);
                }
            }
        };
        for route in ROUTE_RULES.iter().filter(|route| route.when.applicants.contains(&kind)) {
            add(route.when.affiliations);
        }
        for material in crate::core::rules::MATERIAL_RULES {
            let kind_fits = material.when.applicants.is_empty() || material.when.applicants.contains(&kind);
            if kind_fits && self.request().is_some_and(|r| material.requests.contains(&r)) {
                add(material.when.affiliations);
            }
        }
        for rule in self.rules() {
            if let RuleTest::LegalFormNotIn { affiliations, .. } = rule.test {
                add(affiliations);
            }
        }
        asked
    }

    /// Whether occupation rows are asked: some applicable rule reads them.
    pub fn occupations_asked(&self) -> bool {
        self.rules().iter().any(|rule| {
            matches!(
                rule.test,
                RuleTest::OccupationsGiven
                    | RuleTest::OccupationCategory { .. }
                    | RuleTest::OccupationStandard { .. }
                    | RuleTest::OccupationOfficialList
                    | RuleTest::QuantityLimit { .. }
                    | RuleTest::OccupationEvaluated
            )
        })
    }

    /// Whether each row asks if it was evaluated during the filing period (6.4.2, renewals).
    pub fn evaluated_in_period_asked(&self) -> bool {
        self.rules().iter().any(|rule| rule.test == RuleTest::OccupationEvaluated)
    }

    /// The question pages of this case, in order.
    pub fn pages(&self) -> Vec<QuestionPage> {
        let Some(request) = self.request() else { return Vec::new() };
        let mut pages = Vec::new();
        if request != RequestKind::FirstFiling {
            pages.push(QuestionPage::FiledAs);
        }
        pages.push(QuestionPage::Organisation);
        if !self.affiliations_asked().is_empty() {
            pages.push(QuestionPage::Affiliations);
        }
        pages.push(QuestionPage::Place);
        if self.records_asked().any() {
            pages.push(QuestionPage::Records);
        }
        if !self.declarations_on(QuestionPage::Conditions).is_empty() {
            pages.push(QuestionPage::Conditions);
        }
        if !self.declarations_on(QuestionPage::Prohibitions).is_empty() {
            pages.push(QuestionPage::Prohibitions);
        }
        if self.occupations_asked() {
            pages.push(QuestionPage::Occupations);
        }
        if self.request_page_asked() {
            pages.push(QuestionPage::Request);
        }
        pages
    }

    /// Whether a rule reads the application date: a 3-year window of the records (2.7.2(2),
    /// (4)), a deadline rule, or a deadline counted from it (6.5). Elsewhere it is not asked
    /// (the page keeps today's date as the draft's, which no rule reads).
    pub fn application_date_asked(&self) -> bool {
        let records = self.records_asked();
        let request = self.request();
        self.rules().iter().any(|rule| match rule.test {
            RuleTest::OnOrBeforeDeadline { .. } | RuleTest::OnOrAfterDeadline { .. } => true,
            RuleTest::AbnormalOperationWithinYears { .. } => records.abnormal_operation,
            RuleTest::FailedInspectionWithinYears { .. } => records.annual_inspections,
            _ => false,
        }) || crate::core::rules::DEADLINE_RULES
            .iter()
            .any(|deadline| Some(deadline.request) == request && deadline.anchor == crate::core::rules::DeadlineAnchor::ApplicationDate)
    }

    /// Whether the application page has anything to ask: the date where a rule reads it, the
    /// renewal's and termination's own dates, the request's declarations, the local path.
    fn request_page_asked(&self) -> bool {
        self.application_date_asked()
            || matches!(self.request(), Some(RequestKind::Renewal | RequestKind::Termination))
            || !self.declarations_on(QuestionPage::Request).is_empty()
            || self.local_path_offered()
    }

    /// Whether the number of pages is settled: the answers that decide which pages are asked
    /// (the kind, the legal form or the school's kind and registration, and for a social
    /// organisation its place, which decides the local path) are given. Until then the
    /// progress says no total.
    pub fn page_count_known(&self) -> bool {
        let Some(kind) = self.applicant_kind() else { return false };
        let school_settled = !self.is_school()
            || (self.school_ownership.is_some() && (self.school_ownership != Some(SchoolOwnership::Private) || self.school_registration.is_some() || !self.school_registration_asked()));
        self.organisation_answered() && school_settled && (kind != ApplicantKind::SocialOrg || self.place.is_some())
    }

    /// The question page whose answer a rule reads (a result's item links back to it), when
    /// this case asks that page.
    pub fn page_of_rule(&self, rule_id: &str) -> Option<QuestionPage> {
        let rule = crate::core::rules::ELIGIBILITY_RULES.iter().find(|rule| rule.id == rule_id)?;
        let page = match rule.test {
            RuleTest::Declaration | RuleTest::OccupationsDeclaration => match rule.topic {
                Topic::Conditions => QuestionPage::Conditions,
                Topic::Prohibitions => QuestionPage::Prohibitions,
                _ => QuestionPage::Request,
            },
            RuleTest::LegalFormNotIn { .. } | RuleTest::SchoolEstablished => QuestionPage::Organisation,
            RuleTest::AbnormalOperationWithinYears { .. } | RuleTest::FailedInspectionWithinYears { .. } | RuleTest::IllegalOrganisationListAbsent { .. } => {
                // A school that has not said how it is registered answers that first.
                if self.records_asked().any() { QuestionPage::Records } else { QuestionPage::Organisation }
            }
            RuleTest::OccupationsGiven
            | RuleTest::OccupationCategory { .. }
            | RuleTest::OccupationStandard { .. }
            | RuleTest::OccupationOfficialList
            | RuleTest::QuantityLimit { .. }
            | RuleTest::OccupationEvaluated => QuestionPage::Occupations,
            RuleTest::OnOrBeforeDeadline { .. } | RuleTest::OnOrAfterDeadline { .. } => QuestionPage::Request,
        };
        self.pages().contains(&page).then_some(page)
    }

    /// The prohibitions (2.7) the answers on `page` already make not met: the page says so at
    /// once instead of after the remaining questions. `today` stands in for an application date
    /// not given yet.
    pub fn bars_on_page(&self, page: QuestionPage, today: Date) -> Vec<crate::core::evaluate::RuleOutcome> {
        let mut probe = self.clone();
        probe.application_date.get_or_insert(today);
        let Some(facts) = probe.facts() else { return Vec::new() };
        crate::core::evaluate(&facts)
            .rules
            .into_iter()
            .filter(|rule| rule.topic == Topic::Prohibitions && rule.outcome == crate::core::evaluate::Outcome::NotMet)
            .filter(|rule| self.page_of_rule(rule.rule_id) == Some(page))
            .collect()
    }

    /// The facts for an evaluation, once the answers that every evaluation needs are given:
    /// the procedure, the kind, the legal form and the application date.
    pub fn facts(&self) -> Option<Facts> {
        let request = self.request()?;
        let kind = self.applicant_kind()?;
        let school = self.is_school();
        Some(Facts {
            request,
            applicant: Applicant {
                kind,
                legal_form: self.effective_legal_form()?,
                // Answers that no longer matter are kept in the draft but not evaluated.
                school_kind: if school { self.school_kind } else { None },
                school_ownership: if school { self.school_ownership } else { None },
                school_registration: if school && self.school_ownership == Some(SchoolOwnership::Private) { self.school_registration } else { None },
                affiliations: {
                    let asked = self.affiliations_asked();
                    self.affiliations.iter().copied().filter(|a| asked.contains(a)).collect()
                },
                place: self.place.clone(),
            },
            application_date: self.application_date?,
            records: self.records.to_records(),
            declarations: {
                let ids: Vec<&str> = self.rules().iter().filter(|r| r.test.is_declaration()).map(|r| r.id).collect();
                // Inserted one by one: `collect` into a map sorts first, with the standard
                // library's sorting code.
                let mut kept = BTreeMap::new();
                for (id, answer) in self.declarations.iter().filter(|(id, _)| ids.contains(&id.as_str())) {
                    kept.insert(id.clone(), *answer);
                }
                kept
            },
            occupations: if self.occupations_asked() { self.occupations.clone() } else { Vec::new() },
            details: self.details.clone(),
        })
    }

    /// The answers that give these facts back: how an imported package becomes the draft.
    /// `Draft::from_facts(&f, …).facts() == Some(f)` for facts the interview could have given
    /// (a test holds this); what the interview cannot ask is dropped, not guessed: a second
    /// abnormal-operation period keeps only the latest (the one the 3-year window reads).
    pub fn from_facts(facts: &Facts, ticked_materials: impl IntoIterator<Item = String>) -> Draft {
        let kind = facts.applicant.kind;
        let procedure = crate::core::procedure::PROCEDURES
            .iter()
            .find(|procedure| match request_of(procedure.id) {
                Some((request, implied)) => request == facts.request && implied.is_none_or(|implied| implied == kind),
                None => false,
            })
            .map(|procedure| procedure.id.to_string());
        Draft {
            procedure,
            filed_as: (facts.request != RequestKind::FirstFiling).then_some(kind),
            legal_form: Some(facts.applicant.legal_form),
            school_kind: facts.applicant.school_kind,
            school_ownership: facts.applicant.school_ownership,
            school_registration: facts.applicant.school_registration,
            affiliations: facts.applicant.affiliations.clone(),
            place: facts.applicant.place.clone(),
            application_date: Some(facts.application_date),
            records: RecordAnswers::from_records(&facts.records),
            declarations: facts.declarations.clone(),
            occupations: facts.occupations.clone(),
            details: facts.details.clone(),
            checked_materials: ticked_materials.into_iter().collect(),
        }
    }

    /// Whether the occupation rows ask for the count of organisations already filed (2.4).
    pub fn quantity_asked(&self) -> bool {
        self.rules().iter().any(|rule| matches!(rule.test, RuleTest::QuantityLimit { .. }))
    }

    /// Whether the guide lets this applicant choose its local office (2.17.1 其中…): the route,
    /// taken without the preference, names an alternative.
    pub fn local_path_offered(&self) -> bool {
        let mut probe = self.clone();
        probe.details.prefer_local_path = false;
        // The route does not depend on the date; any date completes the facts.
        probe.application_date.get_or_insert(jiff::civil::date(2000, 1, 1));
        probe.facts().is_some_and(|facts| !receiving_route(&facts).alternatives.is_empty())
    }

    /// Whether the place answer is a known place or county.
    pub fn place_is_known(&self) -> bool {
        self.place.as_deref().and_then(place::receiving_place_for_code).is_some()
    }
}

/// The answers of the Records page, as the user gives them: a yes/no first, then the dates.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RecordAnswers {
    /// Ever on the abnormal-operation list in the last years (2.7.2(4)).
    pub abnormal_listed: Option<bool>,
    #[serde(with = "crate::core::iso_date::option")]
    pub abnormal_from: Option<Date>,
    /// Removal date; empty while still listed.
    #[serde(with = "crate::core::iso_date::option")]
    pub abnormal_until: Option<Date>,
    /// An annual inspection failed (2.7.2(2)).
    pub inspection_failed: Option<bool>,
    /// The date of the most recent failed result.
    #[serde(with = "crate::core::iso_date::option")]
    pub inspection_failed_on: Option<Date>,
    /// On the list of illegal social organisations (2.7.2(3)).
    pub illegal_list: Option<bool>,
}

impl RecordAnswers {
    /// The answers that give these records back (see [`Draft::from_facts`]).
    pub fn from_records(records: &Records) -> RecordAnswers {
        let latest = records.abnormal_operation_list.as_ref().and_then(|periods| periods.iter().max_by_key(|period| (period.until.is_none(), period.until, period.from)));
        RecordAnswers {
            abnormal_listed: records.abnormal_operation_list.as_ref().map(|periods| !periods.is_empty()),
            abnormal_from: latest.map(|period| period.from),
            abnormal_until: latest.and_then(|period| period.until),
            inspection_failed: records.failed_annual_inspections.as_ref().map(|dates| !dates.is_empty()),
            inspection_failed_on: records.failed_annual_inspections.as_ref().and_then(|dates| dates.iter().max().copied()),
            illegal_list: records.on_illegal_organisation_list,
        }
    }

    /// The records as the rules read them; a "yes" without its date stays unknown.
    pub fn to_records(&self) -> Records {
        Records {
            abnormal_operation_list: match self.abnormal_listed {
                Some(false) => Some(Vec::new()),
                Some(true) => self.abnormal_from.map(|from| vec![ListedPeriod { from, until: self.abnormal_until }]),
                None => None,
            },
            failed_annual_inspections: match self.inspection_failed {
                Some(false) => Some(Vec::new()),
                Some(true) => self.inspection_failed_on.map(|date| vec![date]),
                None => None,
            },
            on_illegal_organisation_list: self.illegal_list,
        }
    }
}

/// A problem with an answer: the field's id (as the UI names its input) and the message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub field: String,
    pub message: Bilingual,
}

fn problem(field: impl Into<String>, zh: &'static str, en: &'static str) -> Problem {
    Problem { field: field.into(), message: Bilingual { zh, en } }
}

/// What must be fixed before leaving a page. Declarations may stay unanswered (the result then
/// says "needs confirmation"); facts every evaluation needs may not.
pub fn problems(page: QuestionPage, draft: &Draft) -> Vec<Problem> {
    let mut found = Vec::new();
    match page {
        QuestionPage::FiledAs => {
            if draft.filed_as.is_none() {
                found.push(problem("filed-as", "请选择本机构备案时的机构类型", "Choose the kind of institution it was filed as"));
            }
        }
        QuestionPage::Organisation => {
            if draft.legal_form_asked() && draft.legal_form.is_none() {
                found.push(problem("legal-form", "请选择单位性质", "Choose the legal form"));
            } else if draft.is_school() {
                if draft.school_kind.is_none() {
                    found.push(problem("school-kind", "请选择院校类型", "Choose the kind of school"));
                }
                if draft.school_ownership.is_none() {
                    found.push(problem("school-ownership", "请选择公办或民办", "Choose public or private"));
                } else if draft.school_registration_asked() && draft.school_registration.is_none() {
                    found.push(problem("school-registration", "请选择民办院校的登记类型", "Choose how the private school is registered"));
                }
            }
        }
        QuestionPage::Affiliations | QuestionPage::Conditions | QuestionPage::Prohibitions => {}
        QuestionPage::Place => {
            if draft.place.is_none() {
                found.push(problem("place", "请选择所在地", "Choose where the applicant is located"));
            } else if !draft.place_is_known() {
                found.push(problem("place", "所在地无法识别，请重新选择", "The location is not recognised: choose it again"));
            }
        }
        QuestionPage::Records => {
            let asked = draft.records_asked();
            let records = &draft.records;
            if asked.abnormal_operation {
                match records.abnormal_listed {
                    None => found.push(problem("abnormal-listed", "请回答是否曾被列入企业经营异常名录", "Say whether the enterprise was on the abnormal-operation list")),
                    Some(true) if records.abnormal_from.is_none() => {
                        found.push(problem("abnormal-from", "请填写列入经营异常名录的日期", "Enter the date it was put on the list"))
                    }
                    Some(true) if records.abnormal_until.is_some_and(|until| Some(until) < records.abnormal_from) => {
                        found.push(problem("abnormal-until", "移出日期不能早于列入日期", "The removal date cannot be before the listing date"))
                    }
                    _ => {}
                }
            }
            if asked.annual_inspections {
                match records.inspection_failed {
                    None => found.push(problem("inspection-failed", "请回答近年民政部门年审是否有不合格", "Say whether an annual inspection failed")),
                    Some(true) if records.inspection_failed_on.is_none() => {
                        found.push(problem("inspection-failed-on", "请填写最近一次年审不合格的日期", "Enter the date of the last failed inspection"))
                    }
                    _ => {}
                }
            }
            if asked.illegal_organisation_list && records.illegal_list.is_none() {
                found.push(problem("illegal-list", "请回答是否在非法社会组织名单内", "Say whether the organisation is on the list of illegal social organisations"));
            }
        }
        QuestionPage::Occupations => {
            let mut seen: Vec<(String, String, u8)> = Vec::new();
            for (index, row) in draft.occupations.iter().enumerate() {
                let number = index + 1;
                if OccupationCode::parse(&row.code).is_err() {
                    found.push(problem(format!("occupation-{number}-search"), "请从列表中选择职业", "Choose the occupation from the list"));
                }
                if row.levels.is_empty() {
                    found.push(problem(format!("occupation-{number}-levels"), "请至少选择一个等级", "Choose at least one level"));
                }
                for level in &row.levels {
                    let key = (row.code.clone(), row.job_type.trim().to_string(), *level);
                    if seen.contains(&key) {
                        found.push(problem(format!("occupation-{number}-levels"), "同一职业、工种和等级已在前面列出", "The same occupation, job type and level is already listed above"));
                        break;
                    }
                    seen.push(key);
                }
            }
        }
        QuestionPage::Request => {
            if draft.application_date.is_none() && draft.application_date_asked() {
                found.push(problem("application-date", "请填写申请日期", "Enter the application date"));
            }
            match draft.request() {
                Some(RequestKind::Renewal) if draft.details.filing_expiry.is_none() => {
                    found.push(problem("filing-expiry", "请填写备案回执上的到期日期", "Enter the expiry date on the filing receipt"))
                }
                Some(RequestKind::Termination) => match (draft.details.termination_notice_start, draft.application_date) {
                    (None, _) => found.push(problem("notice-start", "请填写开始公示的日期", "Enter the date the notice started")),
                    (Some(start), Some(application)) if start > application => {
                        found.push(problem("notice-start", "公示开始日期不能晚于申请日期", "The notice cannot start after the application date"))
                    }
                    _ => {}
                },
                _ => {}
            }
        }
    }
    found
}

/// Which dated records the Records page asks about.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RecordsAsked {
    pub abnormal_operation: bool,
    pub annual_inspections: bool,
    pub illegal_organisation_list: bool,
}

impl RecordsAsked {
    pub fn any(self) -> bool {
        self.abnormal_operation || self.annual_inspections || self.illegal_organisation_list
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(procedure: &str, form: Option<LegalForm>) -> Draft {
        Draft { procedure: Some(procedure.into()), legal_form: form, ..Draft::default() }
    }

    fn slugs(draft: &Draft) -> Vec<&'static str> {
        draft.pages().into_iter().map(QuestionPage::slug).collect()
    }

    #[test]
    fn pages_follow_what_the_rules_need() {
        // An employer: no records, no prohibitions to declare (1.7 无); the routes of 1.3 read
        // the provincial-unit affiliation.
        // No rule reads its application date, and it has no choice to make: no application page
        // (issue 14, item 15: the date is asked only where a rule reads it).
        let employer = draft("first-employer", Some(LegalForm::Enterprise));
        assert_eq!(slugs(&employer), ["organisation", "affiliations", "place", "conditions", "occupations"]);
        assert!(!employer.application_date_asked());
        // A social organisation that is an enterprise: the abnormal-operation list (2.7.2(4)).
        let social = draft("first-social-org", Some(LegalForm::Enterprise));
        assert_eq!(
            slugs(&social),
            ["organisation", "affiliations", "place", "records", "conditions", "prohibitions", "occupations", "request"]
        );
        assert!(social.records_asked().abnormal_operation && !social.records_asked().annual_inspections);
        // The 3-year window reads the application date.
        assert!(social.application_date_asked());
        // Termination inherits no condition (7.7): only the kind, the organisation, the place
        // and the request's own page.
        let termination = Draft { filed_as: Some(ApplicantKind::SocialOrg), ..draft("termination", Some(LegalForm::Enterprise)) };
        assert_eq!(slugs(&termination), ["filed-as", "organisation", "affiliations", "place", "request"]);
    }

    /// The progress says a total only once the answers that decide the pages are given, and
    /// that total does not change afterwards (issue 14, item 15: no jump from 共4步 to 共7步).
    #[test]
    fn the_page_count_is_said_only_once_it_is_known() {
        let mut answers = draft("first-social-org", None);
        assert!(!answers.page_count_known());
        answers.legal_form = Some(LegalForm::Enterprise);
        assert!(!answers.page_count_known(), "the place decides the local path");
        answers.place = Some("4107".into());
        assert!(answers.page_count_known());
        let total = answers.pages().len();
        answers.records.abnormal_listed = Some(false);
        answers.declarations.insert("social-no-bad-record".into(), true);
        answers.application_date = Some(jiff::civil::date(2026, 12, 1));
        assert_eq!(answers.pages().len(), total);
    }

    /// An answer that makes the case a bar (2.7) is named on the page where it was given.
    #[test]
    fn a_bar_is_found_on_the_page_that_answered_it() {
        let mut answers = draft("first-social-org", Some(LegalForm::Enterprise));
        answers.place = Some("4107".into());
        answers.records.abnormal_listed = Some(true);
        answers.records.abnormal_from = Some(jiff::civil::date(2024, 1, 10));
        answers.records.abnormal_until = Some(jiff::civil::date(2024, 6, 30));
        let today = jiff::civil::date(2026, 12, 1);
        let bars = answers.bars_on_page(QuestionPage::Records, today);
        assert_eq!(bars.iter().map(|rule| rule.rule_id).collect::<Vec<_>>(), ["social-no-abnormal-operation"]);
        assert_eq!(bars[0].may_apply_from, Some(jiff::civil::date(2027, 7, 1)));
        assert!(answers.bars_on_page(QuestionPage::Organisation, today).is_empty());
        assert_eq!(answers.page_of_rule("social-no-abnormal-operation"), Some(QuestionPage::Records));
        assert_eq!(answers.page_of_rule("social-no-bad-record"), Some(QuestionPage::Prohibitions));
        // A public institution is barred by 2.7.1 on the organisation page.
        answers.legal_form = Some(LegalForm::PublicInstitution);
        assert_eq!(answers.bars_on_page(QuestionPage::Organisation, today).iter().map(|rule| rule.rule_id).collect::<Vec<_>>(), ["social-not-government"]);
    }

    #[test]
    fn changing_an_early_answer_keeps_the_others() {
        let mut answers = draft("first-social-org", Some(LegalForm::SocialGroup));
        answers.application_date = Some(jiff::civil::date(2026, 12, 1));
        answers.records.illegal_list = Some(false);
        answers.declarations.insert("social-online-exam".into(), true);
        answers.legal_form = Some(LegalForm::Enterprise);
        // The answer about the illegal-organisation list no longer applies, but is kept.
        assert_eq!(answers.records.illegal_list, Some(false));
        assert!(!answers.records_asked().illegal_organisation_list);
        answers.legal_form = Some(LegalForm::SocialGroup);
        assert!(answers.records_asked().illegal_organisation_list);
        assert_eq!(answers.facts().unwrap().declarations.get("social-online-exam"), Some(&true));
    }

    #[test]
    fn each_page_names_the_field_that_needs_an_answer() {
        let fields = |page, draft: &Draft| problems(page, draft).into_iter().map(|p| p.field).collect::<Vec<_>>();
        // On the school track the legal form is not asked, even when the draft holds another.
        let mut answers = draft("first-school", Some(LegalForm::PublicInstitution));
        assert_eq!(fields(QuestionPage::Organisation, &answers), ["school-kind", "school-ownership"]);
        answers.school_kind = Some(SchoolKind::LocalSecondaryVocational);
        answers.school_ownership = Some(SchoolOwnership::Private);
        assert!(fields(QuestionPage::Organisation, &answers).is_empty(), "part 三 reads no registration (3.7 无)");
        let mut private_social = draft("first-social-org", Some(LegalForm::School));
        private_social.school_ownership = Some(SchoolOwnership::Private);
        assert_eq!(fields(QuestionPage::Organisation, &private_social), ["school-kind", "school-registration"]);
        private_social.school_registration = Some(SchoolRegistration::PrivateNonEnterprise);
        assert!(private_social.records_asked().annual_inspections && !private_social.records_asked().abnormal_operation);
        answers.place = Some("9999".into());
        assert_eq!(fields(QuestionPage::Place, &answers), ["place"]);
        answers.place = Some("410783".into());
        assert!(fields(QuestionPage::Place, &answers).is_empty(), "a county code is a place");
        answers.occupations = vec![
            OccupationRow { code: "6-18-01-01".into(), name: String::new(), job_type: String::new(), levels: vec![4], standard: None, on_official_list: None, filed_social_orgs_in_jurisdiction: None, already_held: false, evaluated_in_period: None },
            OccupationRow { code: "6-18-01-01".into(), name: String::new(), job_type: String::new(), levels: vec![4], standard: None, on_official_list: None, filed_social_orgs_in_jurisdiction: None, already_held: false, evaluated_in_period: None },
            OccupationRow { code: "".into(), name: String::new(), job_type: String::new(), levels: vec![], standard: None, on_official_list: None, filed_social_orgs_in_jurisdiction: None, already_held: false, evaluated_in_period: None },
        ];
        assert_eq!(fields(QuestionPage::Occupations, &answers), ["occupation-2-levels", "occupation-3-search", "occupation-3-levels"]);
        let mut social = draft("first-social-org", Some(LegalForm::Enterprise));
        social.records.abnormal_listed = Some(true);
        assert_eq!(fields(QuestionPage::Records, &social), ["abnormal-from"]);
        social.records.abnormal_from = Some(jiff::civil::date(2024, 5, 1));
        social.records.abnormal_until = Some(jiff::civil::date(2024, 4, 1));
        assert_eq!(fields(QuestionPage::Records, &social), ["abnormal-until"]);
        let termination = Draft { filed_as: Some(ApplicantKind::Employer), ..draft("termination", Some(LegalForm::Enterprise)) };
        assert_eq!(fields(QuestionPage::Request, &termination), ["application-date", "notice-start"]);
    }

    #[test]
    fn the_count_and_the_local_path_are_asked_only_where_the_guide_has_them() {
        let mut social = draft("first-social-org", Some(LegalForm::CentralSoeBranch));
        assert!(social.quantity_asked(), "2.4 applies to social organisations");
        assert!(!draft("first-employer", Some(LegalForm::Enterprise)).quantity_asked(), "1.4: no limit");
        social.place = Some("4107".into());
        assert!(social.local_path_offered(), "2.17.1: a central-SOE branch may apply locally");
        social.legal_form = Some(LegalForm::SocialGroup);
        assert!(!social.local_path_offered(), "2.17.2: other organisations apply locally anyway");
    }

    #[test]
    fn a_yes_without_its_date_stays_unknown() {
        let records = RecordAnswers { abnormal_listed: Some(true), inspection_failed: Some(false), ..RecordAnswers::default() };
        let read = records.to_records();
        assert_eq!(read.abnormal_operation_list, None);
        assert_eq!(read.failed_annual_inspections, Some(Vec::new()));
    }

    #[test]
    fn facts_need_the_procedure_kind_form_and_date() {
        let mut answers = draft("renewal", Some(LegalForm::Enterprise));
        answers.application_date = Some(jiff::civil::date(2027, 4, 1));
        assert!(answers.facts().is_none(), "renewal needs the kind it was filed as");
        answers.filed_as = Some(ApplicantKind::Employer);
        let facts = answers.facts().unwrap();
        assert_eq!((facts.request, facts.applicant.kind), (RequestKind::Renewal, ApplicantKind::Employer));
    }
}
