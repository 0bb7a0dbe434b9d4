//! The guide's attachment forms (附件1–附件8) as typed data, their validation and prefilling.
//!
//! A [`FormSet`] is what the package stores besides the facts: every form the applicant fills
//! in, each `None` until started. Forms hold what the user typed (a half-typed ID number must
//! survive autosave, export and import); [`validate_form_set`] parses every code and number with
//! [`codes`] and returns every problem with its form, field path and message in both languages,
//! for the inline messages and the error summary. What a form shows but the user does not type
//! is derived, never stored: 附件1's business-type and submitted-materials boxes
//! ([`application::BusinessType`], [`application::submitted_material_boxes`]).

pub mod application;
pub mod codes;
pub mod equipment;
pub mod id_documents;
pub mod labels;
pub mod layout;
pub mod plan;
pub mod renewal;
pub mod staff;
pub mod summaries;
pub mod systems;
mod validate;

use serde::{Deserialize, Serialize};

pub use application::ApplicationForm;
pub use codes::{CreditCode, IdNumber, Level, PhoneNumber, mask_id_number};
pub use equipment::EquipmentList;
pub use plan::ImplementationPlan;
pub use renewal::RenewalForm;
pub use staff::StaffTables;
pub use summaries::{RenewalSummary, TerminationSummary};
pub use systems::SystemsChecklist;
pub use validate::{Problem, field_id, validate_form_set, validate_office_forms};

use crate::core::evaluate::MaterialOut;
use crate::core::facts::Facts;
use crate::core::text::Bilingual;

/// The eight attachments, in the guide's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FormId {
    /// 附件1 备案申请表.
    Application,
    /// 附件2 实施方案.
    ImplementationPlan,
    /// 附件3 评价管理制度清单.
    ManagementSystems,
    /// 附件4 备案续期申请表.
    Renewal,
    /// 附件5 设施设备清单.
    Equipment,
    /// 附件6 队伍建设情况.
    Staff,
    /// 附件7 备案续期汇总表 (the receiving office's).
    RenewalSummary,
    /// 附件8 终止备案汇总表 (the receiving office's).
    TerminationSummary,
}

impl FormId {
    pub const ALL: [FormId; 8] = [
        FormId::Application,
        FormId::ImplementationPlan,
        FormId::ManagementSystems,
        FormId::Renewal,
        FormId::Equipment,
        FormId::Staff,
        FormId::RenewalSummary,
        FormId::TerminationSummary,
    ];

    /// `附件1` … `附件8`, as the rule tables' `form` column names them.
    pub fn attachment(self) -> &'static str {
        crate::core::rules::FORMS[self as usize]
    }

    pub fn from_attachment(attachment: &str) -> Option<FormId> {
        FormId::ALL.into_iter().find(|form| form.attachment() == attachment)
    }

    /// The field of [`FormSet`] (and of the package's `forms`) that holds the form: the first
    /// segment of every [`Problem::path`].
    pub fn field(self) -> &'static str {
        match self {
            FormId::Application => "application",
            FormId::ImplementationPlan => "plan",
            FormId::ManagementSystems => "systems",
            FormId::Renewal => "renewal",
            FormId::Equipment => "equipment",
            FormId::Staff => "staff",
            FormId::RenewalSummary => "renewal_summary",
            FormId::TerminationSummary => "termination_summary",
        }
    }

    pub fn title(self) -> Bilingual {
        let (zh, en) = match self {
            FormId::Application => ("河南省职业技能等级评价机构备案申请表", "Filing application form"),
            FormId::ImplementationPlan => ("职业技能等级认定工作实施方案", "Implementation plan"),
            FormId::ManagementSystems => ("评价管理制度清单", "Evaluation management systems"),
            FormId::Renewal => ("河南省职业技能等级评价机构备案续期申请表", "Renewal application form"),
            FormId::Equipment => ("设施设备清单", "Facilities and equipment"),
            FormId::Staff => ("队伍建设情况", "Staff"),
            FormId::RenewalSummary => ("河南省职业技能等级评价机构备案续期汇总表", "Renewal summary"),
            FormId::TerminationSummary => ("河南省职业技能等级评价机构终止备案汇总表", "Termination summary"),
        };
        Bilingual { zh, en }
    }

    /// 附件7 and 附件8 are filled by the receiving office, not by the applicant.
    pub fn is_office_form(self) -> bool {
        matches!(self, FormId::RenewalSummary | FormId::TerminationSummary)
    }
}

/// The forms of one application. A form is `None` until the user starts it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
#[cfg_attr(test, derive(schemars::JsonSchema, proptest_derive::Arbitrary))]
pub struct FormSet {
    /// 附件1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application: Option<ApplicationForm>,
    /// 附件2.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan: Option<ImplementationPlan>,
    /// 附件3.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub systems: Option<SystemsChecklist>,
    /// 附件4.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub renewal: Option<RenewalForm>,
    /// 附件5.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub equipment: Option<EquipmentList>,
    /// 附件6.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub staff: Option<StaffTables>,
    /// 附件7.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub renewal_summary: Option<RenewalSummary>,
    /// 附件8.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub termination_summary: Option<TerminationSummary>,
}

impl FormSet {
    /// One form, empty, as offices hand it out (the print's and office files' blank form).
    pub fn blank(form: FormId) -> FormSet {
        let mut forms = FormSet::default();
        forms.start_form(form, None);
        forms
    }

    /// No form started. Field by field rather than `== FormSet::default()`: the forms page
    /// compares forms nowhere else, and the derived comparison of every form is 6 KB of its wasm.
    pub fn is_empty(&self) -> bool {
        let FormSet { application, plan, systems, renewal, equipment, staff, renewal_summary, termination_summary } = self;
        application.is_none()
            && plan.is_none()
            && systems.is_none()
            && renewal.is_none()
            && equipment.is_none()
            && staff.is_none()
            && renewal_summary.is_none()
            && termination_summary.is_none()
    }

    /// Whether the form has been started.
    pub fn has(&self, form: FormId) -> bool {
        match form {
            FormId::Application => self.application.is_some(),
            FormId::ImplementationPlan => self.plan.is_some(),
            FormId::ManagementSystems => self.systems.is_some(),
            FormId::Renewal => self.renewal.is_some(),
            FormId::Equipment => self.equipment.is_some(),
            FormId::Staff => self.staff.is_some(),
            FormId::RenewalSummary => self.renewal_summary.is_some(),
            FormId::TerminationSummary => self.termination_summary.is_some(),
        }
    }

    /// The institution's name for file names (`单位名称-附件1-2026-12-01.docx`): the first name
    /// the forms give (附件1, 附件4, 附件5, then an office's own tables), `备案` when none does,
    /// without the characters file systems refuse.
    pub fn file_name_unit(&self) -> String {
        let unit = [
            self.application.as_ref().map(|form| form.unit_name.as_str()),
            self.renewal.as_ref().map(|form| form.institution_name.as_str()),
            self.equipment.as_ref().map(|list| list.unit_name.as_str()),
            self.renewal_summary.as_ref().map(|summary| summary.header.reporting_office.as_str()),
            self.termination_summary.as_ref().map(|summary| summary.header.reporting_office.as_str()),
        ]
        .into_iter()
        .flatten()
        .map(str::trim)
        .find(|name| !name.is_empty())
        .unwrap_or("备案");
        unit.chars().map(|c| if "/\\:*?\"<>|".contains(c) || c.is_control() { '_' } else { c }).collect()
    }

    /// Whether any ID number (personal data) is written in the forms: the export says so.
    pub fn contains_personal_data(&self) -> bool {
        let legal_representative = self.application.as_ref().is_some_and(|form| !form.legal_representative.id_number.trim().is_empty());
        let staff = self.staff.as_ref().is_some_and(|staff| {
            staff::StaffTable::ALL.into_iter().any(|table| staff.table(table).iter().any(|member| !member.id_number.trim().is_empty()))
        });
        legal_representative || staff
    }

    /// Starts every form the materials need that are not started yet, prefilled from the facts;
    /// forms already started are left as they are (the user's text is never overwritten).
    pub fn start_needed_forms(&mut self, facts: &Facts, materials: &[MaterialOut]) {
        for form in forms_needed(materials) {
            self.start_form(form, Some(facts));
        }
    }

    /// Starts one form, prefilled from the facts where there are any (an office fills 附件7 and
    /// 附件8 without a self-check); a form already started is left as it is.
    pub fn start_form(&mut self, form: FormId, facts: Option<&Facts>) {
        let unit_name = self.application.as_ref().map(|form| form.unit_name.clone()).unwrap_or_default();
        match (form, facts) {
            (FormId::Application, Some(facts)) => {
                self.application.get_or_insert_with(|| ApplicationForm::prefill(facts));
            }
            (FormId::Application, None) => {
                self.application.get_or_insert_with(ApplicationForm::default);
            }
            (FormId::ImplementationPlan, _) => {
                self.plan.get_or_insert_with(ImplementationPlan::default);
            }
            (FormId::ManagementSystems, _) => {
                self.systems.get_or_insert_with(SystemsChecklist::default);
            }
            (FormId::Renewal, facts) => {
                self.renewal.get_or_insert_with(|| RenewalForm {
                    institution_type: facts.map(application::InstitutionType::from_facts),
                    fees: facts
                        .map(|facts| facts.occupations.iter().map(|row| renewal::FeeRow { occupation: row.name.clone(), fees: Default::default() }).collect())
                        .unwrap_or_default(),
                    // 6.4.2: the rows the self-check says were not evaluated (they leave the scope).
                    occupations_not_evaluated: facts
                        .map(|facts| {
                            let names: Vec<String> = facts
                                .occupations
                                .iter()
                                .filter(|row| row.evaluated_in_period == Some(false))
                                .map(|row| if row.name.is_empty() { row.code.clone() } else { format!("{} {}", row.code, row.name) })
                                .collect();
                            names.join("、")
                        })
                        .unwrap_or_default(),
                    ..RenewalForm::default()
                });
            }
            (FormId::Equipment, Some(facts)) => {
                self.equipment.get_or_insert_with(|| EquipmentList::prefill(facts, &unit_name));
            }
            (FormId::Equipment, None) => {
                self.equipment.get_or_insert_with(EquipmentList::default);
            }
            (FormId::Staff, _) => {
                self.staff.get_or_insert_with(StaffTables::default);
            }
            (FormId::RenewalSummary, _) => {
                self.renewal_summary.get_or_insert_with(RenewalSummary::default);
            }
            (FormId::TerminationSummary, _) => {
                self.termination_summary.get_or_insert_with(TerminationSummary::default);
            }
        }
    }
}

/// The forms the applicant must fill in for these materials, in the guide's order: those the
/// materials name (`form` in `materials.toml`), and 附件5 and 附件6 whenever 附件2 is needed,
/// because the plan hands them in as its evidence (附件2 三（三）, 三（五）) even where the
/// procedure's own list does not name them (parts 一 and 三). The office's 附件7 and 附件8 are
/// never needed from an applicant.
pub fn forms_needed(materials: &[MaterialOut]) -> Vec<FormId> {
    // In order as they are added (`collect` into a set would compile a copy of the sort).
    let mut needed: Vec<FormId> = Vec::new();
    let mut forms: Vec<FormId> =
        materials.iter().filter_map(|material| material.form.and_then(FormId::from_attachment)).collect();
    if forms.contains(&FormId::ImplementationPlan) {
        forms.extend([FormId::Equipment, FormId::Staff]);
    }
    for form in forms {
        if let Err(at) = needed.binary_search(&form) {
            needed.insert(at, form);
        }
    }
    needed.retain(|form| !form.is_office_form());
    needed
}

#[cfg(test)]
pub(crate) mod strategies {
    //! proptest strategies for the form types that have no `Arbitrary` of their own.

    use jiff::civil::Date;
    use proptest::prelude::*;

    use super::systems::SystemEntry;

    pub fn date() -> impl Strategy<Value = Date> {
        (1950i16..=2100, 1i8..=12, 1i8..=28).prop_map(|(year, month, day)| Date::new(year, month, day).unwrap())
    }

    pub fn optional_date() -> impl Strategy<Value = Option<Date>> {
        proptest::option::of(date())
    }

    /// A few rows: enough to find a round-trip fault, few enough to keep the property tests fast.
    pub fn few<T: Arbitrary>() -> impl Strategy<Value = Vec<T>> {
        proptest::collection::vec(any::<T>(), 0..4)
    }

    pub fn system_entries() -> impl Strategy<Value = crate::core::sorted::SortedMap<u8, SystemEntry>> {
        proptest::collection::btree_map(1u8..=18, any::<SystemEntry>(), 0..=6).prop_map(|entries| entries.into_iter().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::facts::{ApplicantKind, RequestKind};

    fn facts(request: RequestKind, kind: ApplicantKind) -> Facts {
        let mut facts = crate::core::package::read_package(include_str!("../../../examples/package-social-org.json")).unwrap().facts;
        facts.request = request;
        facts.applicant.kind = kind;
        facts
    }

    #[test]
    fn the_materials_alone_are_the_evaluations_materials() {
        for request in RequestKind::ALL {
            for kind in ApplicantKind::ALL {
                for penalised in [None, Some(false), Some(true)] {
                    let mut facts = facts(request, kind);
                    facts.details.penalised = penalised;
                    assert_eq!(crate::core::evaluate::materials(&facts), crate::core::evaluate(&facts).materials, "{request:?} {kind:?} {penalised:?}");
                }
            }
        }
    }

    #[test]
    fn forms_needed_per_request() {
        use ApplicantKind::*;
        use FormId::*;
        use RequestKind::*;
        let cases = [
            (FirstFiling, Employer, vec![Application, ImplementationPlan, ManagementSystems, Equipment, Staff]),
            (FirstFiling, SocialOrg, vec![Application, ImplementationPlan, ManagementSystems, Equipment, Staff]),
            (FirstFiling, School, vec![Application, ImplementationPlan, ManagementSystems, Equipment, Staff]),
            (InformationChange, SocialOrg, vec![Application]),
            (Incremental, Employer, vec![Application, Equipment, Staff]),
            (RequestKind::Renewal, School, vec![FormId::Renewal]),
            (Termination, SocialOrg, vec![]),
        ];
        for (request, kind, expected) in cases {
            let facts = facts(request, kind);
            assert_eq!(forms_needed(&crate::core::evaluate::materials(&facts)), expected, "{request:?} {kind:?}");
        }
    }

    #[test]
    fn starting_forms_prefills_and_keeps_what_is_typed() {
        let facts = facts(RequestKind::FirstFiling, ApplicantKind::SocialOrg);
        let materials = crate::core::evaluate::materials(&facts);
        let mut forms = FormSet::default();
        forms.start_needed_forms(&facts, &materials);
        let application = forms.application.as_mut().unwrap();
        assert_eq!(application.occupations.len(), 2);
        assert_eq!(application.occupations[0].levels, [Level::Three, Level::Four, Level::Five]);
        assert_eq!(application.occupations[0].standard, "国标2018年版");
        assert_eq!(application.institution_type, Some(application::InstitutionType::ProvincialSocialOrg));
        application.unit_name = "新乡某职业培训学校".into();
        forms.start_needed_forms(&facts, &materials);
        assert_eq!(forms.application.as_ref().unwrap().unit_name, "新乡某职业培训学校");
        assert_eq!(forms.equipment.as_ref().unwrap().groups.len(), 2);
        // 附件2 is the guide's sample: no sentence is written for the applicant.
        assert_eq!(forms.plan.as_ref().unwrap(), &ImplementationPlan::default());
        assert!(!forms.contains_personal_data());
        forms.staff.as_mut().unwrap().assessors.push(staff::StaffMember { id_number: "1".into(), ..Default::default() });
        assert!(forms.contains_personal_data());
    }

    #[test]
    fn forms_are_empty_until_one_is_started() {
        assert!(FormSet::default().is_empty());
        for form in FormId::ALL {
            let forms = FormSet::blank(form);
            assert!(!forms.is_empty(), "{form:?}");
            assert!(forms != FormSet::default(), "{form:?}");
        }
    }

    #[test]
    fn every_form_has_its_attachment() {
        for (index, form) in FormId::ALL.into_iter().enumerate() {
            assert_eq!(form.attachment(), format!("附件{}", index + 1));
            assert_eq!(FormId::from_attachment(form.attachment()), Some(form));
        }
    }
}
