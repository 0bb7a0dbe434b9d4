//! 附件1 《河南省职业技能等级评价机构备案申请表》, with its cover page.
//!
//! Used by the first filing (parts 一–三), the incremental filing (part 五) and the information
//! change (part 四: "仅填基础信息，变更部分标红", only the basic information, the changed parts in
//! red). What the form shows but the applicant does not type is derived, not stored: the cover's
//! 申请业务类型 boxes from the request ([`BusinessType`]), and the 提交材料清单 boxes 1–9 from the
//! evaluation's materials ([`submitted_material_boxes`]). The signature, seal and opinion boxes
//! are left empty for ink.

use crate::core::sorted::{SortedMap, SortedSet};

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::core::evaluate::MaterialOut;
use crate::core::facts::{Affiliation, ApplicantKind, Facts, LegalForm, OccupationRow, RequestKind, StandardKind};
use crate::core::forms::codes::Level;
use crate::core::text::Bilingual;

const fn text(zh: &'static str, en: &'static str) -> Bilingual {
    Bilingual { zh, en }
}

/// The whole of 附件1 as the applicant fills it in. Text fields hold what was typed (validation
/// parses them: [`crate::core::forms::validate_form_set`]); numbers are `None` until given.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
#[cfg_attr(test, derive(schemars::JsonSchema, proptest_derive::Arbitrary))]
pub struct ApplicationForm {
    /// Cover: 评价机构类型 (a blank on the cover; prefilled with the applicant kind's name).
    pub cover_institution_kind: String,
    /// Cover: 填报时间.
    #[cfg_attr(test, proptest(strategy = "crate::core::forms::strategies::optional_date()"))]
    #[serde(with = "crate::core::iso_date::option")]
    #[cfg_attr(test, schemars(with = "Option<Date>"))]
    pub filled_on: Option<Date>,
    /// 单位名称 (also the cover's 单位名称（印章）).
    pub unit_name: String,
    /// 办公地址 `_____市_____区_____号`.
    pub office_address: Address,
    /// 注册（登记）机关.
    pub registration_authority: String,
    /// 统一社会信用代码, as typed.
    pub credit_code: String,
    /// 注册（登记）资金, as written on the licence (`500万元`).
    pub registered_capital: String,
    /// 单位性质.
    pub unit_nature: UnitNatureBoxes,
    /// 单位法人: 姓名, 联系电话, 身份证号.
    pub legal_representative: LegalRepresentative,
    /// 联系人: 姓名, 联系电话.
    pub contact: Contact,
    /// 职工总数.
    pub staff_total: Option<u32>,
    /// 缴纳社保人数.
    pub insured_staff: Option<u32>,
    /// 技能人员数（仅企业填）.
    pub skilled_staff: Option<u32>,
    /// 年招生人数（仅院校填）.
    pub yearly_enrolment: Option<u32>,
    /// 社会组织等级评估（民政部门）, e.g. `4A`; empty when not assessed.
    pub social_org_grade: String,
    /// 评价机构备案号: the filing number of an institution already filed (parts 四, 五).
    pub filing_number: String,
    /// 申请备案评价机构类型.
    pub institution_type: Option<InstitutionType>,
    /// 申请职业（工种）.
    #[cfg_attr(test, proptest(strategy = "crate::core::forms::strategies::few()"))]
    pub occupations: Vec<ApplicationOccupation>,
    /// Information change only: the fields that changed, printed in red.
    pub changed_fields: SortedSet<ApplicationField>,
    /// Boxes of 提交材料清单 the applicant unticks, each with its reason: the boxes are derived
    /// from the self-check, and the applicant knows better where they do not fit.
    #[serde(skip_serializing_if = "SortedMap::is_empty")]
    pub unticked_boxes: SortedMap<MaterialBox, String>,
}

/// 办公地址 as the form lays it out: `_____市_____区_____号`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
#[cfg_attr(test, derive(schemars::JsonSchema, proptest_derive::Arbitrary))]
pub struct Address {
    pub city: String,
    pub district: String,
    /// The street and number, `_____号`.
    pub street: String,
}

impl Address {
    pub fn is_empty(&self) -> bool {
        self.city.trim().is_empty() && self.district.trim().is_empty() && self.street.trim().is_empty()
    }
}

/// 单位性质: one main box, plus the two boxes in brackets (央企 under 企业, 民办 under 院校).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
#[cfg_attr(test, derive(schemars::JsonSchema, proptest_derive::Arbitrary))]
pub struct UnitNatureBoxes {
    pub nature: Option<UnitNature>,
    /// （□央企）: ticked only with 企业.
    pub central_soe: bool,
    /// （□民办）: ticked only with 院校.
    pub private_school: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(test, derive(schemars::JsonSchema, proptest_derive::Arbitrary))]
pub enum UnitNature {
    Enterprise,
    School,
    PrivateNonEnterprise,
    SocialGroup,
    PublicInstitution,
    Other,
}

impl UnitNature {
    pub const ALL: [UnitNature; 6] = [
        UnitNature::Enterprise,
        UnitNature::School,
        UnitNature::PrivateNonEnterprise,
        UnitNature::SocialGroup,
        UnitNature::PublicInstitution,
        UnitNature::Other,
    ];

    /// The box's words on the form.
    pub fn label(self) -> Bilingual {
        match self {
            UnitNature::Enterprise => text("企业", "Enterprise"),
            UnitNature::School => text("院校", "School"),
            UnitNature::PrivateNonEnterprise => text("民办非企业单位", "Private non-enterprise unit"),
            UnitNature::SocialGroup => text("社会团体", "Social group"),
            UnitNature::PublicInstitution => text("其他事业单位", "Other public institution"),
            UnitNature::Other => text("其他", "Other"),
        }
    }

    /// The box the applicant's legal form ticks (政府及所属部门 has no box: 其他).
    pub fn from_legal_form(form: LegalForm) -> UnitNatureBoxes {
        let nature = match form {
            LegalForm::Enterprise | LegalForm::CentralSoeBranch | LegalForm::ProvincialStateEnterprise => UnitNature::Enterprise,
            LegalForm::PrivateNonEnterprise => UnitNature::PrivateNonEnterprise,
            LegalForm::SocialGroup => UnitNature::SocialGroup,
            LegalForm::PublicInstitution => UnitNature::PublicInstitution,
            LegalForm::GovernmentBody => UnitNature::Other,
            LegalForm::School => UnitNature::School,
        };
        UnitNatureBoxes { nature: Some(nature), central_soe: form == LegalForm::CentralSoeBranch, private_school: false }
    }
}

/// 单位法人.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
#[cfg_attr(test, derive(schemars::JsonSchema, proptest_derive::Arbitrary))]
pub struct LegalRepresentative {
    pub name: String,
    pub phone: String,
    /// 身份证号: personal data, masked on screen by default.
    pub id_number: String,
}

/// 联系人.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
#[cfg_attr(test, derive(schemars::JsonSchema, proptest_derive::Arbitrary))]
pub struct Contact {
    pub name: String,
    pub phone: String,
}

/// The seven boxes of 申请备案评价机构类型 (附件1) and 备案机构类别 (附件4), in the form's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(test, derive(schemars::JsonSchema, proptest_derive::Arbitrary))]
pub enum InstitutionType {
    NationalEmployerBranch,
    ProvincialEmployer,
    NationalSocialOrgBranch,
    IndustrySocialOrgBranch,
    ProvincialSocialOrg,
    School,
    Other,
}

impl InstitutionType {
    pub const ALL: [InstitutionType; 7] = [
        InstitutionType::NationalEmployerBranch,
        InstitutionType::ProvincialEmployer,
        InstitutionType::NationalSocialOrgBranch,
        InstitutionType::IndustrySocialOrgBranch,
        InstitutionType::ProvincialSocialOrg,
        InstitutionType::School,
        InstitutionType::Other,
    ];

    pub fn label(self) -> Bilingual {
        match self {
            InstitutionType::NationalEmployerBranch => text("全国性用人单位分支机构", "Branch of a national employer"),
            InstitutionType::ProvincialEmployer => text("省内其他用人单位", "Other employer in Henan"),
            InstitutionType::NationalSocialOrgBranch => text("全国社评组织分支", "Branch of a national social evaluation organisation"),
            InstitutionType::IndustrySocialOrgBranch => text("行业社评组织分支", "Branch of an industry social evaluation organisation"),
            InstitutionType::ProvincialSocialOrg => text("省内其他社评组织", "Other social evaluation organisation in Henan"),
            InstitutionType::School => text("院校", "School"),
            InstitutionType::Other => text("其他", "Other"),
        }
    }

    /// The box the facts tick: a central-SOE branch is the national employer's branch (1.8.8);
    /// a branch of a national social organisation, or of an industry association or pilot
    /// (2.8.12, 2.17.1), the social organisation branches; otherwise by applicant kind.
    pub fn from_facts(facts: &Facts) -> InstitutionType {
        let has = |affiliation| facts.applicant.affiliations.contains(&affiliation);
        match facts.applicant.kind {
            ApplicantKind::Employer if facts.applicant.legal_form == LegalForm::CentralSoeBranch => InstitutionType::NationalEmployerBranch,
            ApplicantKind::Employer => InstitutionType::ProvincialEmployer,
            ApplicantKind::SocialOrg if has(Affiliation::NationalSocialOrgBranch) => InstitutionType::NationalSocialOrgBranch,
            ApplicantKind::SocialOrg if has(Affiliation::NationalIndustryAssociationBranch) || has(Affiliation::IndustryPilotBranch) => {
                InstitutionType::IndustrySocialOrgBranch
            }
            ApplicantKind::SocialOrg => InstitutionType::ProvincialSocialOrg,
            ApplicantKind::School => InstitutionType::School,
        }
    }
}

/// One row of 申请职业（工种）: 职业编码, 职业名称, 工种名称, 等级, 评价标准.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
#[cfg_attr(test, derive(schemars::JsonSchema, proptest_derive::Arbitrary))]
pub struct ApplicationOccupation {
    pub code: String,
    pub occupation: String,
    pub job_type: String,
    /// The levels applied for in this row (one row may carry several, `三级、四级、五级`).
    #[cfg_attr(test, proptest(strategy = "crate::core::forms::strategies::few()"))]
    pub levels: Vec<Level>,
    /// 评价标准 as 填表说明 3 asks: `国标2018年版`, `XX行业规范`, `XX企业规范`.
    pub standard: String,
}

impl ApplicationOccupation {
    /// The row as the facts give it.
    pub fn from_facts(row: &OccupationRow) -> ApplicationOccupation {
        ApplicationOccupation {
            code: row.code.clone(),
            occupation: row.name.clone(),
            job_type: row.job_type.clone(),
            levels: row.levels.iter().filter_map(|number| Level::from_number(*number)).collect(),
            standard: row.standard.as_ref().map(standard_text).unwrap_or_default(),
        }
    }
}

/// 评价标准 in 填表说明 3's words: national standards by year, norms by name.
fn standard_text(standard: &crate::core::facts::StandardRef) -> String {
    match (standard.kind, standard.edition_year) {
        (StandardKind::NationalStandard, Some(year)) => format!("国标{year}年版"),
        (StandardKind::NationalStandard, None) if standard.name.is_empty() => "国标".to_string(),
        _ => standard.name.clone(),
    }
}

/// The fields of 附件1's basic information, for 信息变更's "变更部分标红".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(test, derive(schemars::JsonSchema, proptest_derive::Arbitrary))]
pub enum ApplicationField {
    UnitName,
    OfficeAddress,
    RegistrationAuthority,
    CreditCode,
    RegisteredCapital,
    UnitNature,
    LegalRepresentative,
    Contact,
    StaffTotal,
    InsuredStaff,
    SkilledStaff,
    YearlyEnrolment,
    SocialOrgGrade,
    InstitutionType,
    /// 职业（工种）: changed only when the ministry renames or renumbers an occupation (4.1).
    Occupations,
}

impl ApplicationField {
    pub const ALL: [ApplicationField; 15] = [
        ApplicationField::UnitName,
        ApplicationField::OfficeAddress,
        ApplicationField::RegistrationAuthority,
        ApplicationField::CreditCode,
        ApplicationField::RegisteredCapital,
        ApplicationField::UnitNature,
        ApplicationField::LegalRepresentative,
        ApplicationField::Contact,
        ApplicationField::StaffTotal,
        ApplicationField::InsuredStaff,
        ApplicationField::SkilledStaff,
        ApplicationField::YearlyEnrolment,
        ApplicationField::SocialOrgGrade,
        ApplicationField::InstitutionType,
        ApplicationField::Occupations,
    ];

    pub fn label(self) -> Bilingual {
        match self {
            ApplicationField::UnitName => text("单位名称", "Name of the unit"),
            ApplicationField::OfficeAddress => text("办公地址", "Office address"),
            ApplicationField::RegistrationAuthority => text("注册（登记）机关", "Registration authority"),
            ApplicationField::CreditCode => text("统一社会信用代码", "Unified social credit code"),
            ApplicationField::RegisteredCapital => text("注册（登记）资金", "Registered capital"),
            ApplicationField::UnitNature => text("单位性质", "Nature of the unit"),
            ApplicationField::LegalRepresentative => text("单位法人", "Legal representative"),
            ApplicationField::Contact => text("联系人", "Contact person"),
            ApplicationField::StaffTotal => text("职工总数", "Total staff"),
            ApplicationField::InsuredStaff => text("缴纳社保人数", "Staff with social insurance"),
            ApplicationField::SkilledStaff => text("技能人员数", "Skilled staff"),
            ApplicationField::YearlyEnrolment => text("年招生人数", "Yearly enrolment"),
            ApplicationField::SocialOrgGrade => text("社会组织等级评估", "Social organisation grade"),
            ApplicationField::InstitutionType => text("申请备案评价机构类型", "Type of evaluation institution"),
            ApplicationField::Occupations => text("申请职业（工种）", "Occupations (job types)"),
        }
    }
}

/// 申请业务类型 on the cover: the three boxes, derived from the request.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BusinessType {
    FirstFiling,
    Incremental,
    InformationChange,
}

impl BusinessType {
    pub const ALL: [BusinessType; 3] = [BusinessType::FirstFiling, BusinessType::Incremental, BusinessType::InformationChange];

    /// The ticked box, or `None` for a request that does not use 附件1 (renewal: 附件4;
    /// termination: no form).
    pub fn from_request(request: RequestKind) -> Option<BusinessType> {
        match request {
            RequestKind::FirstFiling => Some(BusinessType::FirstFiling),
            RequestKind::Incremental => Some(BusinessType::Incremental),
            RequestKind::InformationChange => Some(BusinessType::InformationChange),
            RequestKind::Renewal | RequestKind::Termination => None,
        }
    }

    pub fn label(self) -> Bilingual {
        match self {
            BusinessType::FirstFiling => text("首次备案", "First filing"),
            BusinessType::Incremental => text("增量备案", "Incremental filing"),
            BusinessType::InformationChange => text("信息变更", "Information change"),
        }
    }
}

impl ApplicationForm {
    /// A new 附件1 filled with what the facts already say: the cover's kind, the unit nature and
    /// institution type boxes, the occupation rows.
    pub fn prefill(facts: &Facts) -> ApplicationForm {
        ApplicationForm {
            cover_institution_kind: facts.applicant.kind.label().zh.to_string(),
            unit_nature: UnitNatureBoxes {
                // 院校（□民办）: ticked from the self-check's 公办/民办 answer.
                private_school: facts.applicant.legal_form == LegalForm::School
                    && facts.applicant.school_ownership == Some(crate::core::facts::SchoolOwnership::Private),
                ..UnitNature::from_legal_form(facts.applicant.legal_form)
            },
            institution_type: Some(InstitutionType::from_facts(facts)),
            occupations: facts.occupations.iter().map(ApplicationOccupation::from_facts).collect(),
            ..ApplicationForm::default()
        }
    }
}

// ------------------------------------------------------------ 提交材料清单, boxes 1–9

/// The nine boxes of 附件1's 提交材料清单, in the form's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(test, derive(schemars::JsonSchema, proptest_derive::Arbitrary))]
pub enum MaterialBox {
    /// 1. 备案或增量备案、变更申请文件.
    ApplicationLetter = 1,
    /// 2. 诚信承诺书.
    IntegrityPledge = 2,
    /// 3. 法人登记证书、营业执照、办学许可证（复印件）.
    Licences = 3,
    /// 4. 评价实施方案.
    ImplementationPlan = 4,
    /// 5. 场地、设施设备等资产有效证明文件.
    AssetsProof = 5,
    /// 6. 试题资源情况（仅社会培训评价组织提交）.
    QuestionResources = 6,
    /// 7. 实体证书样本（仅社会培训评价组织提交）.
    CertificateSample = 7,
    /// 8. 评价管理制度.
    ManagementSystems = 8,
    /// 9. 其他（例：部中心完成备案相关佐证材料、央企集团公司评价工作实施方案等）.
    Other = 9,
}

impl MaterialBox {
    pub const ALL: [MaterialBox; 9] = [
        MaterialBox::ApplicationLetter,
        MaterialBox::IntegrityPledge,
        MaterialBox::Licences,
        MaterialBox::ImplementationPlan,
        MaterialBox::AssetsProof,
        MaterialBox::QuestionResources,
        MaterialBox::CertificateSample,
        MaterialBox::ManagementSystems,
        MaterialBox::Other,
    ];

    pub fn number(self) -> u8 {
        self as u8
    }

    /// The box's words on the form.
    pub fn label(self) -> Bilingual {
        match self {
            MaterialBox::ApplicationLetter => text("备案或增量备案、变更申请文件", "Letter applying for filing, incremental filing or change"),
            MaterialBox::IntegrityPledge => text("诚信承诺书", "Integrity pledge"),
            MaterialBox::Licences => text("法人登记证书、营业执照、办学许可证（复印件）", "Legal-person certificate, business licence, school licence (copies)"),
            MaterialBox::ImplementationPlan => text("评价实施方案", "Implementation plan"),
            MaterialBox::AssetsProof => text("场地、设施设备等资产有效证明文件", "Proof of premises, facilities and equipment"),
            MaterialBox::QuestionResources => text("试题资源情况（仅社会培训评价组织提交）", "Question resources (social training evaluation organisations only)"),
            MaterialBox::CertificateSample => text("实体证书样本（仅社会培训评价组织提交）", "Sample certificate (social training evaluation organisations only)"),
            MaterialBox::ManagementSystems => text("评价管理制度", "Evaluation management systems"),
            MaterialBox::Other => text(
                "其他（例：部中心完成备案相关佐证材料、央企集团公司评价工作实施方案等）",
                "Other (e.g. evidence of filing with the national centre, the central SOE group's plan)",
            ),
        }
    }
}

/// Which box each material of `data/rules/materials.toml` ticks, by material id.
///
/// The guide's lists (1.8, 2.8, 3.8, 4.3, 5.3) are longer than the form's nine boxes; an item
/// that has no box of its own goes to 9 (其他). 附件1 itself (`*-application-form`) ticks no box:
/// it is the form. Renewal and termination materials are absent: those requests do not use
/// 附件1. The incremental filing's question bank (5.3.4) ticks box 6 for every kind, although
/// box 6 says "仅社会培训评价组织提交": part 五 asks every kind for it. `tests` checks that every
/// material of the requests using 附件1 is in this table or is the form.
pub const MATERIAL_BOXES: &[(&str, MaterialBox)] = &[
    ("employer-application-letter", MaterialBox::ApplicationLetter),
    ("employer-licences", MaterialBox::Licences),
    ("employer-integrity-pledge", MaterialBox::IntegrityPledge),
    ("employer-implementation-plan", MaterialBox::ImplementationPlan),
    ("employer-management-systems", MaterialBox::ManagementSystems),
    ("employer-evaluation-norms", MaterialBox::Other),
    ("employer-central-soe-approval", MaterialBox::Other),
    ("employer-central-soe-plan", MaterialBox::Other),
    ("employer-central-soe-regional", MaterialBox::Other),
    ("social-application-letter", MaterialBox::ApplicationLetter),
    ("social-licences", MaterialBox::Licences),
    ("social-integrity-pledge", MaterialBox::IntegrityPledge),
    ("social-implementation-plan", MaterialBox::ImplementationPlan),
    ("social-assets-proof", MaterialBox::AssetsProof),
    ("social-question-bank", MaterialBox::QuestionResources),
    ("social-assessor-credentials", MaterialBox::Other),
    ("social-management-systems", MaterialBox::ManagementSystems),
    ("social-national-standards", MaterialBox::Other),
    ("social-certificate-sample", MaterialBox::CertificateSample),
    ("social-pilot-plan", MaterialBox::Other),
    ("social-national-branch-plan", MaterialBox::Other),
    ("school-application-letter", MaterialBox::ApplicationLetter),
    ("school-integrity-pledge", MaterialBox::IntegrityPledge),
    ("school-implementation-plan", MaterialBox::ImplementationPlan),
    ("school-management-systems", MaterialBox::ManagementSystems),
    ("school-other-evidence", MaterialBox::Other),
    ("change-application-letter", MaterialBox::ApplicationLetter),
    ("change-evidence", MaterialBox::Other),
    ("incremental-application-letter", MaterialBox::ApplicationLetter),
    ("incremental-assets-proof", MaterialBox::AssetsProof),
    ("incremental-question-bank", MaterialBox::QuestionResources),
    ("incremental-assessor-credentials", MaterialBox::Other),
];

/// The box a material ticks, if any.
pub fn material_box(material_id: &str) -> Option<MaterialBox> {
    MATERIAL_BOXES.iter().find(|(id, _)| *id == material_id).map(|(_, material_box)| *material_box)
}

/// 提交材料清单 as derived from the materials: the ticked boxes, and for box 9 the materials
/// it stands for (printed beside it, so 其他 says what it is).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct SubmittedMaterials {
    pub ticked: SortedSet<MaterialBox>,
    /// The material ids behind box 9, in the materials' order.
    pub other_materials: Vec<&'static str>,
    /// The boxes the self-check would tick that the applicant unticked (with a reason).
    pub unticked: SortedSet<MaterialBox>,
}

/// Materials handed in only where an occupation row uses such a standard: 1.8.7 "采用经备案公示的
/// 行业、企业评价规范的，提交该规范". The rows' 评价标准 decides (填表说明 3: "XX行业规范、XX企业
/// 规范"), not the self-check's general list.
const NORM_MATERIALS: [&str; 1] = ["employer-evaluation-norms"];

/// Whether a row's 评价标准 names an industry or enterprise norm rather than a national standard.
pub fn names_a_norm(standard: &str) -> bool {
    standard.contains("规范")
}

/// Ticks the boxes for the materials of a request (recomputed, never stored), for the
/// rows and choices of the form: a norm is handed in only when a row uses one, and a box the
/// applicant unticked stays empty.
pub fn submitted_material_boxes(materials: &[MaterialOut], form: Option<&ApplicationForm>) -> SubmittedMaterials {
    let uses_a_norm = form.is_some_and(|form| form.occupations.iter().any(|row| names_a_norm(&row.standard)));
    let mut submitted = SubmittedMaterials::default();
    for material in materials {
        if NORM_MATERIALS.contains(&material.id) && !uses_a_norm {
            continue;
        }
        if let Some(material_box) = material_box(material.id) {
            submitted.ticked.insert(material_box);
            if material_box == MaterialBox::Other {
                submitted.other_materials.push(material.id);
            }
        }
    }
    if let Some(form) = form {
        for material_box in form.unticked_boxes.keys() {
            if submitted.ticked.remove(material_box) {
                submitted.unticked.insert(*material_box);
                if *material_box == MaterialBox::Other {
                    submitted.other_materials.clear();
                }
            }
        }
    }
    submitted
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::rules::MATERIAL_RULES;

    #[test]
    fn every_material_of_a_request_using_the_form_has_a_box_or_is_the_form() {
        let uses_form = [RequestKind::FirstFiling, RequestKind::InformationChange, RequestKind::Incremental];
        for rule in MATERIAL_RULES {
            let mapped = material_box(rule.id).is_some();
            let is_form = rule.form == Some("附件1");
            if rule.requests.iter().any(|request| uses_form.contains(request)) {
                assert!(mapped != is_form, "materials.toml: {} must either be 附件1 or have a box in MATERIAL_BOXES", rule.id);
            } else {
                assert!(!mapped, "materials.toml: {} is not a material of a request using 附件1", rule.id);
            }
        }
        for (id, _) in MATERIAL_BOXES {
            assert!(MATERIAL_RULES.iter().any(|rule| rule.id == *id), "MATERIAL_BOXES names unknown material {id}");
        }
    }

    #[test]
    fn boxes_are_ticked_from_the_evaluation() {
        let package = crate::core::package::read_package(include_str!("../../../examples/package-social-org.json")).unwrap();
        let evaluation = crate::core::evaluate(&package.facts);
        let submitted = submitted_material_boxes(&evaluation.materials, None);
        // A provincial social organisation: every box, box 9 for the staff credentials and standards.
        assert_eq!(submitted.ticked, MaterialBox::ALL.into_iter().collect());
        assert_eq!(submitted.other_materials, ["social-assessor-credentials", "social-national-standards"]);
    }

    #[test]
    fn box_nine_follows_the_rows_standards_and_a_box_can_be_unticked() {
        let mut facts = crate::core::package::read_package(include_str!("../../../examples/package-social-org.json")).unwrap().facts;
        facts.applicant.kind = ApplicantKind::Employer;
        facts.applicant.legal_form = LegalForm::Enterprise;
        let evaluation = crate::core::evaluate(&facts);
        assert!(evaluation.materials.iter().any(|material| material.id == "employer-evaluation-norms"), "the self-check lists the norms for an employer");
        let mut form = ApplicationForm::prefill(&facts);
        // National standards only: box 9 has nothing to stand for.
        assert!(form.occupations.iter().all(|row| row.standard.starts_with("国标")), "{:?}", form.occupations);
        let submitted = submitted_material_boxes(&evaluation.materials, Some(&form));
        assert!(!submitted.ticked.contains(&MaterialBox::Other), "{submitted:?}");
        assert!(submitted.other_materials.is_empty());
        // A row evaluated against an enterprise norm: box 9, naming the norms.
        form.occupations[1].standard = "某集团企业评价规范".into();
        let submitted = submitted_material_boxes(&evaluation.materials, Some(&form));
        assert!(submitted.ticked.contains(&MaterialBox::Other));
        assert_eq!(submitted.other_materials, ["employer-evaluation-norms"]);
        // The applicant unticks box 8 with a reason: kept, and the box is empty.
        form.unticked_boxes.insert(MaterialBox::ManagementSystems, "制度汇编随实施方案一并装订".into());
        let submitted = submitted_material_boxes(&evaluation.materials, Some(&form));
        assert!(!submitted.ticked.contains(&MaterialBox::ManagementSystems));
        assert_eq!(submitted.unticked, [MaterialBox::ManagementSystems].into_iter().collect());
        let json = serde_json::to_string(&form).unwrap();
        assert!(json.contains(r#""unticked_boxes":{"management-systems":"制度汇编随实施方案一并装订"}"#), "{json}");
        assert_eq!(serde_json::from_str::<ApplicationForm>(&json).unwrap(), form);
    }
}
