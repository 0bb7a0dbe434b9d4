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

use crate::core::evaluate::{applicable_rules, route::applicant_place};
use crate::core::facts::{
    Affiliation, Applicant, ApplicantKind, Facts, LegalForm, OccupationRow, Records, RequestDetails, RequestKind, SchoolKind,
};
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
    pub legal_form: Option<LegalForm>,
    pub school_kind: Option<SchoolKind>,
    pub affiliations: Vec<Affiliation>,
    /// A receiving place code (`4107`) or a county code (`410783`).
    pub place: Option<String>,
    pub application_date: Option<Date>,
    pub records: Records,
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
            QuestionPage::Request => text("日期和办理方式", "Dates and choices"),
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
            .filter(|rule| rule.test == RuleTest::Declaration)
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
        let form = self.legal_form;
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
        let mut add = |list: &[Affiliation]| {
            for affiliation in list {
                if !asked.contains(affiliation) {
                    asked.push(*affiliation);
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
        asked.sort();
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
            )
        })
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
        pages.push(QuestionPage::Request);
        pages
    }

    /// The facts for an evaluation, once the answers that every evaluation needs are given:
    /// the procedure, the kind, the legal form and the application date.
    pub fn facts(&self) -> Option<Facts> {
        let request = self.request()?;
        let kind = self.applicant_kind()?;
        Some(Facts {
            request,
            applicant: Applicant {
                kind,
                legal_form: self.legal_form?,
                // Answers that no longer matter are kept in the draft but not evaluated.
                school_kind: if self.legal_form == Some(LegalForm::School) { self.school_kind } else { None },
                affiliations: {
                    let asked = self.affiliations_asked();
                    self.affiliations.iter().copied().filter(|a| asked.contains(a)).collect()
                },
                place: self.place.clone(),
            },
            application_date: self.application_date?,
            records: self.records.clone(),
            declarations: {
                let ids: Vec<&str> = self.rules().iter().filter(|r| r.test == RuleTest::Declaration).map(|r| r.id).collect();
                self.declarations.iter().filter(|(id, _)| ids.contains(&id.as_str())).map(|(id, v)| (id.clone(), *v)).collect()
            },
            occupations: if self.occupations_asked() { self.occupations.clone() } else { Vec::new() },
            details: self.details.clone(),
        })
    }

    /// Whether the place answer is a known place or county.
    pub fn place_is_known(&self) -> bool {
        self.place.is_some()
            && applicant_place(&Applicant {
                kind: ApplicantKind::Employer,
                legal_form: LegalForm::Enterprise,
                school_kind: None,
                affiliations: Vec::new(),
                place: self.place.clone(),
            })
            .is_some()
    }
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
        assert_eq!(
            slugs(&draft("first-employer", Some(LegalForm::Enterprise))),
            ["organisation", "affiliations", "place", "conditions", "occupations", "request"]
        );
        // A social organisation that is an enterprise: the abnormal-operation list (2.7.2(4)).
        let social = draft("first-social-org", Some(LegalForm::Enterprise));
        assert_eq!(
            slugs(&social),
            ["organisation", "affiliations", "place", "records", "conditions", "prohibitions", "occupations", "request"]
        );
        assert!(social.records_asked().abnormal_operation && !social.records_asked().annual_inspections);
        // Termination inherits no condition (7.7): only the kind, the organisation, the place
        // and the request's own page.
        let termination = Draft { filed_as: Some(ApplicantKind::SocialOrg), ..draft("termination", Some(LegalForm::Enterprise)) };
        assert_eq!(slugs(&termination), ["filed-as", "organisation", "affiliations", "place", "request"]);
    }

    #[test]
    fn changing_an_early_answer_keeps_the_others() {
        let mut answers = draft("first-social-org", Some(LegalForm::SocialGroup));
        answers.application_date = Some(jiff::civil::date(2026, 12, 1));
        answers.records.on_illegal_organisation_list = Some(false);
        answers.declarations.insert("social-online-exam".into(), true);
        answers.legal_form = Some(LegalForm::Enterprise);
        // The answer about the illegal-organisation list no longer applies, but is kept.
        assert_eq!(answers.records.on_illegal_organisation_list, Some(false));
        assert!(!answers.records_asked().illegal_organisation_list);
        answers.legal_form = Some(LegalForm::SocialGroup);
        assert!(answers.records_asked().illegal_organisation_list);
        assert_eq!(answers.facts().unwrap().declarations.get("social-online-exam"), Some(&true));
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
