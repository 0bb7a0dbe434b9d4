//! 附件4 《河南省职业技能等级评价机构备案续期申请表》 (part 六, 6.3.3).
//!
//! Three blocks: 一、基本信息, 二、存续情况, 三、备案期情况 (evaluation statistics, resources, the fee
//! table by level). The commitment and the three opinion boxes (including the office's 备案续期起止
//! 日期) are left empty for signatures and seals.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::core::forms::application::InstitutionType;
use crate::core::forms::codes::Level;
use crate::core::text::Bilingual;

const fn text(zh: &'static str, en: &'static str) -> Bilingual {
    Bilingual { zh, en }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
#[cfg_attr(test, derive(schemars::JsonSchema, proptest_derive::Arbitrary))]
pub struct RenewalForm {
    /// Cover: 填报时间.
    #[cfg_attr(test, proptest(strategy = "crate::core::forms::strategies::optional_date()"))]
    #[serde(with = "crate::core::iso_date::option")]
    #[cfg_attr(test, schemars(with = "Option<Date>"))]
    pub filled_on: Option<Date>,
    // 一、基本信息
    /// 机构名称 (also the cover's 单位名称).
    pub institution_name: String,
    pub credit_code: String,
    /// 评价机构备案号.
    pub filing_number: String,
    /// 备案机构类别.
    pub institution_type: Option<InstitutionType>,
    /// 法定代表人 and its 联系电话.
    pub legal_representative: String,
    pub legal_representative_phone: String,
    /// 联系人, 职务, 联系电话, 电子邮箱.
    pub contact: String,
    pub contact_title: String,
    pub contact_phone: String,
    pub contact_email: String,
    // 二、存续情况
    /// 主体资质是否变更: 是 / 否.
    pub qualification_changed: Option<bool>,
    /// 变更项 (the evidence is attached).
    pub changed_items: String,
    /// 单位信用情况: 正常 / 存在问题 (a screenshot of the online check is attached).
    pub credit_status: Option<CreditStatus>,
    // 三、备案期情况
    /// 备案期评价总量: 评价人次, 取证人次.
    pub total_evaluated: Option<u32>,
    pub total_certified: Option<u32>,
    /// Per occupation and level; 填表说明 2 allows only the five with most candidates.
    #[cfg_attr(test, proptest(strategy = "crate::core::forms::strategies::few()"))]
    pub statistics: Vec<EvaluationStatistic>,
    /// 未开展评价职业（工种）.
    pub occupations_not_evaluated: String,
    /// 评价资源: 场地 (自有 / 租用, each with its 地点).
    pub premises: Premises,
    /// 人员状况: 考评员人数, 内部督导员人数.
    pub assessor_count: Option<u32>,
    pub internal_supervisor_count: Option<u32>,
    /// 资源配置: 职业标准、规范, 题库, 监控 (有 / 无).
    pub has_standards: Option<bool>,
    pub has_question_bank: Option<bool>,
    pub has_monitoring: Option<bool>,
    /// 收费标准: per occupation, the fee of each level.
    #[cfg_attr(test, proptest(strategy = "crate::core::forms::strategies::few()"))]
    pub fees: Vec<FeeRow>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(test, derive(schemars::JsonSchema, proptest_derive::Arbitrary))]
pub enum CreditStatus {
    /// 正常.
    Normal,
    /// 存在问题.
    HasProblems,
}

impl CreditStatus {
    pub fn label(self) -> Bilingual {
        match self {
            CreditStatus::Normal => text("正常", "Normal"),
            CreditStatus::HasProblems => text("存在问题", "Problems found"),
        }
    }
}

/// One row of 评价情况: 评价职业（工种）, 评价等级, 评价人次, 取证人次.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
#[cfg_attr(test, derive(schemars::JsonSchema, proptest_derive::Arbitrary))]
pub struct EvaluationStatistic {
    pub occupation: String,
    pub level: Option<Level>,
    pub evaluated: Option<u32>,
    pub certified: Option<u32>,
}

/// 场地: the two boxes 自有 and 租用, each with the place.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
#[cfg_attr(test, derive(schemars::JsonSchema, proptest_derive::Arbitrary))]
pub struct Premises {
    pub owned: bool,
    pub owned_location: String,
    pub rented: bool,
    pub rented_location: String,
}

/// A fee cell: an amount in yuan, or 无 ("不收费的评价机构填“无”", 填表说明 3). A level the
/// institution does not evaluate is left blank (`None` in [`FeeRow::fees`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(test, derive(schemars::JsonSchema, proptest_derive::Arbitrary))]
pub enum Fee {
    /// 无.
    NoFee,
    /// Whole yuan per candidate.
    Yuan(u32),
}

impl Fee {
    /// As the form prints it: `无` or `300元`.
    pub fn display_zh(self) -> String {
        match self {
            Fee::NoFee => "无".to_string(),
            Fee::Yuan(amount) => format!("{amount}元"),
        }
    }
}

/// One row of 收费标准: the occupation, then 一级 to 五级.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
#[cfg_attr(test, derive(schemars::JsonSchema, proptest_derive::Arbitrary))]
pub struct FeeRow {
    pub occupation: String,
    /// Index 0 is 一级, 4 is 五级.
    pub fees: [Option<Fee>; 5],
}

impl FeeRow {
    pub fn fee(&self, level: Level) -> Option<Fee> {
        self.fees[usize::from(level.number()) - 1]
    }
}
