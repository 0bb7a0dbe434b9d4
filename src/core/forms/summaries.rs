//! 附件7 备案续期汇总表 and 附件8 终止备案汇总表: the receiving office's summary tables (6.6,
//! 7.6), filled by hand here; building them from many packages is a later issue.
//!
//! 附件8's columns are the guide's: 地市, 机构类型, 机构名称, 备案号, 备案成功时间, 终止备案时间,
//! 是否开展过评价, 是否发过证书, 是否有尚未入网的证书数据, 终止备案原因, under a header of 填报单位,
//! 填报人, 联系电话 and the date.
//!
//! 附件7's columns are garbled in the guide's text export ("卷之三 三 卷之三"); only its title and
//! its note survive ("备案机构包括：全国性社会组织、全国性单位、用人单位、社评组织、院校"). They are
//! RECONSTRUCTED here, not read: the same header as 附件8; 附件8's identifying columns (地市,
//! 机构类型, 机构名称, 备案号, 备案成功时间); then what a renewal decides on, taken from 附件4 and
//! part 六: the filing's expiry (6.4.1, 备案回执有效期限), the period's 评价人次 and 取证人次
//! (附件4 三), whether the institution was penalised (6.3.2), the supervising place's opinion
//! (6.4.1, when it differs from the filing place), the office's decision (6.4.2: 续期, 暂缓续期
//! or 终止备案), the renewed period's start and end (附件4's 备案续期起止日期), the occupations that
//! leave the evaluation scope (6.4.2 "未开展评价的职业（工种）退出评价范围，不再续期") and 备注. When
//! the official table is found, adjust [`RenewalSummaryRow`]. The note that says the columns are
//! reconstructed is shown on screen only: the sealed sheet carries the guide's 说明 alone.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::core::text::Bilingual;

/// The header both tables share: 填报单位, 填报人, 联系电话, and the date (年 月 日).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
#[cfg_attr(test, derive(schemars::JsonSchema, proptest_derive::Arbitrary))]
pub struct SummaryHeader {
    pub reporting_office: String,
    pub reporter: String,
    pub phone: String,
    #[cfg_attr(test, proptest(strategy = "crate::core::forms::strategies::optional_date()"))]
    #[serde(with = "crate::core::iso_date::option")]
    #[cfg_attr(test, schemars(with = "Option<Date>"))]
    pub date: Option<Date>,
}

/// 机构类型 of the summary tables. The two notes name the same five kinds differently: 附件7
/// "全国性社会组织、全国性单位、用人单位、社评组组织、院校", 附件8 "全国性分支机构、全国性分支社评
/// 组织、用人单位、社评组织、院校"; [`SummaryInstitutionKind::label`] gives each form's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(test, derive(schemars::JsonSchema, proptest_derive::Arbitrary))]
pub enum SummaryInstitutionKind {
    /// 全国性单位 (附件7) / 全国性分支机构 (附件8): branches of national employers.
    NationalBranch,
    /// 全国性社会组织 (附件7) / 全国性分支社评组织 (附件8).
    NationalSocialOrgBranch,
    Employer,
    SocialOrg,
    School,
}

/// Which summary table a label is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum SummaryTable {
    Renewal,
    Termination,
}

impl SummaryInstitutionKind {
    pub const ALL: [SummaryInstitutionKind; 5] = [
        SummaryInstitutionKind::NationalBranch,
        SummaryInstitutionKind::NationalSocialOrgBranch,
        SummaryInstitutionKind::Employer,
        SummaryInstitutionKind::SocialOrg,
        SummaryInstitutionKind::School,
    ];

    pub fn label(self, table: SummaryTable) -> Bilingual {
        let (zh, en) = match (self, table) {
            (SummaryInstitutionKind::NationalBranch, SummaryTable::Renewal) => ("全国性单位", "National unit"),
            (SummaryInstitutionKind::NationalBranch, SummaryTable::Termination) => ("全国性分支机构", "Branch of a national unit"),
            (SummaryInstitutionKind::NationalSocialOrgBranch, SummaryTable::Renewal) => ("全国性社会组织", "National social organisation"),
            (SummaryInstitutionKind::NationalSocialOrgBranch, SummaryTable::Termination) => ("全国性分支社评组织", "Branch of a national social evaluation organisation"),
            (SummaryInstitutionKind::Employer, _) => ("用人单位", "Employer"),
            (SummaryInstitutionKind::SocialOrg, _) => ("社评组织", "Social evaluation organisation"),
            (SummaryInstitutionKind::School, _) => ("院校", "School"),
        };
        Bilingual { zh, en }
    }
}

/// 续期决定: what the office decided (6.4.2 "在备案到期前30天做出是否备案续期决定").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(test, derive(schemars::JsonSchema, proptest_derive::Arbitrary))]
pub enum RenewalDecision {
    /// 续期.
    Renew,
    /// 暂缓续期: talked to and given a deadline, not put right in time.
    Deferred,
    /// 终止备案: serious violations or complaints found true, or no evaluation at all.
    Terminated,
}

impl RenewalDecision {
    pub const ALL: [RenewalDecision; 3] = [RenewalDecision::Renew, RenewalDecision::Deferred, RenewalDecision::Terminated];

    pub fn label(self) -> Bilingual {
        let (zh, en) = match self {
            RenewalDecision::Renew => ("续期", "Renewed"),
            RenewalDecision::Deferred => ("暂缓续期", "Renewal deferred"),
            RenewalDecision::Terminated => ("终止备案", "Filing terminated"),
        };
        Bilingual { zh, en }
    }
}

/// 附件7 河南省职业技能等级评价机构备案续期汇总表.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
#[cfg_attr(test, derive(schemars::JsonSchema, proptest_derive::Arbitrary))]
pub struct RenewalSummary {
    pub header: SummaryHeader,
    #[cfg_attr(test, proptest(strategy = "crate::core::forms::strategies::few()"))]
    pub rows: Vec<RenewalSummaryRow>,
}

/// One institution of 附件7 (columns reconstructed: see the module documentation).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
#[cfg_attr(test, derive(schemars::JsonSchema, proptest_derive::Arbitrary))]
pub struct RenewalSummaryRow {
    /// 地市: the receiving place's name (`新乡市`).
    pub city: String,
    pub institution_kind: Option<SummaryInstitutionKind>,
    pub institution_name: String,
    /// 备案号.
    pub filing_number: String,
    /// 备案成功时间.
    #[cfg_attr(test, proptest(strategy = "crate::core::forms::strategies::optional_date()"))]
    #[serde(with = "crate::core::iso_date::option")]
    #[cfg_attr(test, schemars(with = "Option<Date>"))]
    pub filed_on: Option<Date>,
    /// 备案到期时间.
    #[cfg_attr(test, proptest(strategy = "crate::core::forms::strategies::optional_date()"))]
    #[serde(with = "crate::core::iso_date::option")]
    #[cfg_attr(test, schemars(with = "Option<Date>"))]
    pub expires_on: Option<Date>,
    /// 备案期评价人次, 取证人次.
    pub evaluated: Option<u32>,
    pub certified: Option<u32>,
    /// 备案期内是否受过处罚.
    pub penalised: Option<bool>,
    /// 监管地意见 (empty when the filing and supervising places are the same).
    pub supervising_opinion: String,
    /// 续期决定 (6.4.2).
    pub decision: Option<RenewalDecision>,
    /// 续期起止日期: only for a renewal.
    #[cfg_attr(test, proptest(strategy = "crate::core::forms::strategies::optional_date()"))]
    #[serde(with = "crate::core::iso_date::option")]
    #[cfg_attr(test, schemars(with = "Option<Date>"))]
    pub renewed_from: Option<Date>,
    #[cfg_attr(test, proptest(strategy = "crate::core::forms::strategies::optional_date()"))]
    #[serde(with = "crate::core::iso_date::option")]
    #[cfg_attr(test, schemars(with = "Option<Date>"))]
    pub renewed_until: Option<Date>,
    /// 退出评价范围的职业（工种）: not evaluated in the period, so not renewed (6.4.2).
    pub occupations_leaving: String,
    /// 备注.
    pub remarks: String,
}

/// 附件8 河南省职业技能等级评价机构终止备案汇总表.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
#[cfg_attr(test, derive(schemars::JsonSchema, proptest_derive::Arbitrary))]
pub struct TerminationSummary {
    pub header: SummaryHeader,
    #[cfg_attr(test, proptest(strategy = "crate::core::forms::strategies::few()"))]
    pub rows: Vec<TerminationSummaryRow>,
}

/// One institution of 附件8, the guide's columns in order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
#[cfg_attr(test, derive(schemars::JsonSchema, proptest_derive::Arbitrary))]
pub struct TerminationSummaryRow {
    /// 地市.
    pub city: String,
    pub institution_kind: Option<SummaryInstitutionKind>,
    pub institution_name: String,
    /// 备案号.
    pub filing_number: String,
    /// 备案成功时间.
    #[cfg_attr(test, proptest(strategy = "crate::core::forms::strategies::optional_date()"))]
    #[serde(with = "crate::core::iso_date::option")]
    #[cfg_attr(test, schemars(with = "Option<Date>"))]
    pub filed_on: Option<Date>,
    /// 终止备案时间.
    #[cfg_attr(test, proptest(strategy = "crate::core::forms::strategies::optional_date()"))]
    #[serde(with = "crate::core::iso_date::option")]
    #[cfg_attr(test, schemars(with = "Option<Date>"))]
    pub terminated_on: Option<Date>,
    /// 是否开展过评价.
    pub has_evaluated: Option<bool>,
    /// 是否发过证书.
    pub has_issued_certificates: Option<bool>,
    /// 是否有尚未入网的证书数据.
    pub has_unregistered_certificate_data: Option<bool>,
    /// 终止备案原因.
    pub reason: String,
}
