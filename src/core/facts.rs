//! What the applicant tells us: the typed facts an evaluation is computed from.
//!
//! Facts are the only input of [`crate::core::evaluate`]; they are what a package file stores
//! (derived results are recomputed, never read back). Enum values are written in kebab-case in
//! JSON and in the rule tables under `data/rules/`, e.g. `"central-soe-branch"`.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// What the institution asks for: a first filing or one of the procedures for filed institutions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum RequestKind {
    /// Parts 一 to 三, by applicant kind.
    FirstFiling,
    /// Part 四: 备案信息变更.
    InformationChange,
    /// Part 五: 增量备案.
    Incremental,
    /// Part 六: 备案续期.
    Renewal,
    /// Part 七: 终止备案.
    Termination,
}

/// The kind of evaluation institution (the track of parts 一 to 三). For parts 四 to 七 it is the
/// kind the institution was filed as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum ApplicantKind {
    /// 用人单位 (part 一): evaluates its own staff.
    Employer,
    /// 社会培训评价组织 (part 二): evaluates the public.
    SocialOrg,
    /// 院校 (part 三): evaluates its own students.
    School,
}

/// The applicant's legal form (单位性质).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum LegalForm {
    /// 企业 registered in Henan.
    Enterprise,
    /// 中央企业驻豫分支机构.
    CentralSoeBranch,
    /// 省国资委直管企业 (provincial state-owned enterprise).
    ProvincialStateEnterprise,
    /// 民办非企业单位 (private non-enterprise unit).
    PrivateNonEnterprise,
    /// 社会团体.
    SocialGroup,
    /// 事业单位 other than a school.
    PublicInstitution,
    /// 政府及所属部门.
    GovernmentBody,
    /// 院校; which kind is in [`Applicant::school_kind`].
    School,
}

/// The kinds of school of part 三.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum SchoolKind {
    /// 技工院校 (under HR): filed with HR by locality.
    TechnicianCollege,
    /// 本科院校.
    Undergraduate,
    /// 高等职业学校.
    HigherVocational,
    /// 省属中等职业学校.
    ProvincialSecondaryVocational,
    /// 地方所属中等职业学校 (city or county).
    LocalSecondaryVocational,
}

/// Whether a school is public (公办) or private (民办): 附件1's 院校（□民办）. A public school is
/// a 事业单位; a private one is registered as a 民办非企业单位 or a company, and part 二's
/// prohibitions 2.7.2(2)–(4) read that registration.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum SchoolOwnership {
    /// 公办.
    Public,
    /// 民办.
    Private,
}

/// How a private (民办) school is registered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum SchoolRegistration {
    /// 民办非企业单位 (民政部门登记).
    PrivateNonEnterprise,
    /// 企业 (市场监管部门登记).
    Enterprise,
}

impl SchoolRegistration {
    /// The legal form whose records the registration brings (2.7.2(2)–(4)).
    pub fn legal_form(self) -> LegalForm {
        match self {
            SchoolRegistration::PrivateNonEnterprise => LegalForm::PrivateNonEnterprise,
            SchoolRegistration::Enterprise => LegalForm::Enterprise,
        }
    }
}

/// Level and affiliation facts that decide the receiving authority (1.3, 2.17).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Affiliation {
    /// 省属用人单位 (1.3): a provincial-level employer.
    ProvincialUnit,
    /// 省（部）属院校 (2.17.1).
    ProvincialCollege,
    /// 国家级行业社团组织在豫分支 (2.17.1).
    NationalIndustryAssociationBranch,
    /// 省级行业社团组织 (2.17.1).
    ProvincialIndustryAssociation,
    /// 省级行政部门批准的社会培训机构 (2.17.1).
    ApprovedByProvincialDepartment,
    /// 省市场监管部门注册的机构 (2.17.1).
    RegisteredWithProvincialMarketRegulator,
    /// 人社部公布的部门行业职业技能等级认定试点分支机构 (2.17.1, 2.8.12).
    IndustryPilotBranch,
    /// 全国性社评组织分支机构 (2.17.1, 2.8.13, 6.3.4).
    NationalSocialOrgBranch,
    /// 未与政府部门脱钩的社会团体 (2.7.1).
    NotDecoupledFromGovernment,
}

/// Who the applicant is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Applicant {
    pub kind: ApplicantKind,
    pub legal_form: LegalForm,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub school_kind: Option<SchoolKind>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub affiliations: Vec<Affiliation>,
    /// For a school: 公办 or 民办. `None` while not said (and for other legal forms).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub school_ownership: Option<SchoolOwnership>,
    /// For a private school: how it is registered. `None` while not said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub school_registration: Option<SchoolRegistration>,
    /// The receiving place the applicant is located in: a city code (`4101` 郑州市 …),
    /// `4190` 济源示范区 or `410173` 航空港区 (`data/places.csv`). `None` while not said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
}

/// A period on an official list: entered on `from`, removed on `until` (inclusive; `None` while
/// still listed).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ListedPeriod {
    #[serde(with = "crate::core::iso_date")]
    #[cfg_attr(test, schemars(with = "Date"))]
    pub from: Date,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(with = "crate::core::iso_date::option")]
    #[cfg_attr(test, schemars(with = "Option<Date>"))]
    pub until: Option<Date>,
}

/// Official records the page can reason about from their dates (2.7.2).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Records {
    /// Periods on the market regulator's 经营异常名录 (2.7.2(4)). `None`: not answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub abnormal_operation_list: Option<Vec<ListedPeriod>>,
    /// Dates of failed 民政部门年审 results (2.7.2(2)). `None`: not answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(with = "crate::core::iso_date::option_list")]
    #[cfg_attr(test, schemars(with = "Option<Vec<Date>>"))]
    pub failed_annual_inspections: Option<Vec<Date>>,
    /// On the 非法社会组织名单 (2.7.2(3)). `None`: not answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_illegal_organisation_list: Option<bool>,
}

/// What kind of standard an occupation row is evaluated against (section 6, 附件1 评价标准).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum StandardKind {
    /// 国家职业（技能）标准.
    NationalStandard,
    /// 经人社部备案公示的评价规范.
    FiledEvaluationNorm,
    /// 行业或企业评价规范 not filed with the ministry.
    UnfiledNorm,
}

/// The standard behind an occupation row, as the user gives it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StandardRef {
    pub kind: StandardKind,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edition_year: Option<u16>,
}

/// One occupation (工种) and level the institution applies for (附件1's rows).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OccupationRow {
    /// 职业编码 as in the classification, e.g. `6-18-01-01`.
    pub code: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub job_type: String,
    /// Levels applied for, 1 (一级/高级技师) to 5 (五级/初级工).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub levels: Vec<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standard: Option<StandardRef>,
    /// The user checked the ministry's 可备案清单 and found the occupation on it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_official_list: Option<bool>,
    /// Social training evaluation organisations (school-based ones not counted) already filed
    /// for this occupation in the jurisdiction (2.4), not counting the applicant. `None`: not
    /// known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filed_social_orgs_in_jurisdiction: Option<u32>,
    /// An incremental filing (5.1) adds a level or a test site to an occupation the institution
    /// already holds: the quantity limit (2.4) does not apply to it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub already_held: bool,
    /// In a renewal: whether the institution evaluated this occupation during the filing
    /// period (6.4.2: one it did not leaves the scope and is not renewed). `None`: not said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluated_in_period: Option<bool>,
}

/// Facts specific to the request (renewal, termination, routing choices).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RequestDetails {
    /// The applicant prefers the local path where the guide allows one (2.17.1 其中…).
    #[serde(default)]
    pub prefer_local_path: bool,
    /// Where the institution is filed (备案地, 6.4.1): `province` or a place code. `None`:
    /// the place the first-filing rules give.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filing_place: Option<String>,
    /// Expiry date on the filing receipt (备案回执有效期限, 6.4.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(with = "crate::core::iso_date::option")]
    #[cfg_attr(test, schemars(with = "Option<Date>"))]
    pub filing_expiry: Option<Date>,
    /// The institution has been penalised during the filing period (6.3.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub penalised: Option<bool>,
    /// First day of the public notice of termination (7.4.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(with = "crate::core::iso_date::option")]
    #[cfg_attr(test, schemars(with = "Option<Date>"))]
    pub termination_notice_start: Option<Date>,
}

/// Everything an evaluation needs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Facts {
    pub request: RequestKind,
    pub applicant: Applicant,
    /// The day the application is (to be) handed in: the reference date of every time window.
    #[serde(with = "crate::core::iso_date")]
    #[cfg_attr(test, schemars(with = "Date"))]
    pub application_date: Date,
    #[serde(default)]
    pub records: Records,
    /// The applicant's answers to declaration rules, by rule id (`true`: the statement holds).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub declarations: BTreeMap<String, bool>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub occupations: Vec<OccupationRow>,
    #[serde(default)]
    pub details: RequestDetails,
}

// ------------------------------------------------------------------------ labels
//
// How each value is named to the user, in both languages (the UI and the reasons use these).

use crate::core::text::Bilingual;

const fn text(zh: &'static str, en: &'static str) -> Bilingual {
    Bilingual { zh, en }
}

impl RequestKind {
    pub const ALL: [RequestKind; 5] = [
        RequestKind::FirstFiling,
        RequestKind::InformationChange,
        RequestKind::Incremental,
        RequestKind::Renewal,
        RequestKind::Termination,
    ];

    pub fn label(self) -> Bilingual {
        match self {
            RequestKind::FirstFiling => text("首次备案", "First filing"),
            RequestKind::InformationChange => text("备案信息变更", "Change of filed information"),
            RequestKind::Incremental => text("增量备案", "Incremental filing"),
            RequestKind::Renewal => text("备案续期", "Renewal"),
            RequestKind::Termination => text("终止备案", "Termination"),
        }
    }
}

impl ApplicantKind {
    pub const ALL: [ApplicantKind; 3] = [ApplicantKind::Employer, ApplicantKind::SocialOrg, ApplicantKind::School];

    pub fn label(self) -> Bilingual {
        match self {
            ApplicantKind::Employer => text("用人单位", "Employer"),
            ApplicantKind::SocialOrg => text("社会培训评价组织", "Social training evaluation organisation"),
            ApplicantKind::School => text("院校", "School"),
        }
    }
}

impl LegalForm {
    pub const ALL: [LegalForm; 8] = [
        LegalForm::Enterprise,
        LegalForm::CentralSoeBranch,
        LegalForm::ProvincialStateEnterprise,
        LegalForm::PrivateNonEnterprise,
        LegalForm::SocialGroup,
        LegalForm::PublicInstitution,
        LegalForm::GovernmentBody,
        LegalForm::School,
    ];

    pub fn label(self) -> Bilingual {
        match self {
            LegalForm::Enterprise => text("企业", "Enterprise"),
            LegalForm::CentralSoeBranch => text("中央企业驻豫分支机构", "Central SOE branch in Henan"),
            LegalForm::ProvincialStateEnterprise => text("省国资委直管企业", "Provincial state-owned enterprise"),
            LegalForm::PrivateNonEnterprise => text("民办非企业单位", "Private non-enterprise unit"),
            LegalForm::SocialGroup => text("社会团体", "Social group"),
            LegalForm::PublicInstitution => text("事业单位", "Public institution"),
            LegalForm::GovernmentBody => text("政府及所属部门", "Government body"),
            LegalForm::School => text("院校", "School"),
        }
    }
}

impl SchoolKind {
    pub const ALL: [SchoolKind; 5] = [
        SchoolKind::TechnicianCollege,
        SchoolKind::Undergraduate,
        SchoolKind::HigherVocational,
        SchoolKind::ProvincialSecondaryVocational,
        SchoolKind::LocalSecondaryVocational,
    ];

    pub fn label(self) -> Bilingual {
        match self {
            SchoolKind::TechnicianCollege => text("技工院校", "Technician college"),
            SchoolKind::Undergraduate => text("本科院校", "Undergraduate university"),
            SchoolKind::HigherVocational => text("高等职业学校", "Higher vocational school"),
            SchoolKind::ProvincialSecondaryVocational => text("省属中等职业学校", "Provincial secondary vocational school"),
            SchoolKind::LocalSecondaryVocational => text("地方所属中等职业学校", "Local secondary vocational school"),
        }
    }
}

impl SchoolOwnership {
    pub const ALL: [SchoolOwnership; 2] = [SchoolOwnership::Public, SchoolOwnership::Private];

    pub fn label(self) -> Bilingual {
        match self {
            SchoolOwnership::Public => text("公办", "Public"),
            SchoolOwnership::Private => text("民办", "Private"),
        }
    }
}

impl SchoolRegistration {
    pub const ALL: [SchoolRegistration; 2] = [SchoolRegistration::PrivateNonEnterprise, SchoolRegistration::Enterprise];

    pub fn label(self) -> Bilingual {
        match self {
            SchoolRegistration::PrivateNonEnterprise => text("民办非企业单位（民政部门登记）", "Private non-enterprise unit (registered with civil affairs)"),
            SchoolRegistration::Enterprise => text("企业（市场监管部门登记）", "Company (registered with the market regulator)"),
        }
    }
}

impl Affiliation {
    pub const ALL: [Affiliation; 9] = [
        Affiliation::ProvincialUnit,
        Affiliation::ProvincialCollege,
        Affiliation::NationalIndustryAssociationBranch,
        Affiliation::ProvincialIndustryAssociation,
        Affiliation::ApprovedByProvincialDepartment,
        Affiliation::RegisteredWithProvincialMarketRegulator,
        Affiliation::IndustryPilotBranch,
        Affiliation::NationalSocialOrgBranch,
        Affiliation::NotDecoupledFromGovernment,
    ];

    pub fn label(self) -> Bilingual {
        match self {
            Affiliation::ProvincialUnit => text("省属单位", "Provincial-level unit"),
            Affiliation::ProvincialCollege => text("省（部）属院校", "Provincial (or ministry) college"),
            Affiliation::NationalIndustryAssociationBranch => text("国家级行业社团组织在豫分支", "Henan branch of a national industry association"),
            Affiliation::ProvincialIndustryAssociation => text("省级行业社团组织", "Provincial industry association"),
            Affiliation::ApprovedByProvincialDepartment => text("省级行政部门批准的社会培训机构", "Training institution approved by a provincial department"),
            Affiliation::RegisteredWithProvincialMarketRegulator => text("省市场监管部门注册的机构", "Registered with the provincial market regulator"),
            Affiliation::IndustryPilotBranch => text("部门行业职业技能等级认定试点分支机构", "Branch of a ministry industry pilot institution"),
            Affiliation::NationalSocialOrgBranch => text("全国性社评组织分支机构", "Branch of a national social evaluation organisation"),
            Affiliation::NotDecoupledFromGovernment => text("未与政府部门脱钩的社会团体", "Social group not decoupled from government"),
        }
    }
}

impl StandardKind {
    pub const ALL: [StandardKind; 3] = [StandardKind::NationalStandard, StandardKind::FiledEvaluationNorm, StandardKind::UnfiledNorm];

    pub fn label(self) -> Bilingual {
        match self {
            StandardKind::NationalStandard => text("国家职业（技能）标准", "National occupational skill standard"),
            StandardKind::FiledEvaluationNorm => text("经人社部备案公示的评价规范", "Evaluation norm filed with the ministry"),
            StandardKind::UnfiledNorm => text("未备案的行业、企业评价规范", "Industry or enterprise norm not filed"),
        }
    }
}
