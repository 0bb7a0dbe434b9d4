//! 附件4 《河南省职业技能等级评价机构备案续期申请表》 (part 六, 6.3.3).
//!
//! Three blocks: 一、基本信息, 二、存续情况, 三、备案期情况 (evaluation statistics, resources, the fee
//! table by level). The commitment and the three opinion boxes (including the office's 备案续期起止
//! 日期) are left empty for signatures and seals.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::core::evaluate::Text;
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
/// institution does not evaluate is left blank (`None` in [`FeeRow::fees`]). The guide sets no
/// format, so an amount may have fen (`150.5`) and its own unit words (`150元/人`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(test, derive(schemars::JsonSchema, proptest_derive::Arbitrary))]
pub enum Fee {
    /// 无.
    NoFee,
    /// Whole yuan per candidate.
    Yuan(u32),
    /// Any other amount, as written and checked by [`Fee::parse`]: `150.5`, `150元/人`.
    Amount(String),
}

impl Fee {
    /// As the form prints it: `无`, `300元`, `150.5元`, `150元/人`.
    pub fn display_zh(&self) -> String {
        match self {
            Fee::NoFee => "无".to_string(),
            Fee::Yuan(amount) => format!("{amount}元"),
            Fee::Amount(text) if text.chars().all(|c| c.is_ascii_digit() || c == '.') => format!("{text}元"),
            Fee::Amount(text) => text.clone(),
        }
    }

    /// Reads a typed fee: empty (the level is not evaluated), `无`, whole yuan (`300`, `300元`),
    /// or an amount with up to two decimals and a short unit starting with 元 (`150.5`,
    /// `150元/人`, `80.5元/人次`). Anything else is refused, so the stored fee is never a guess.
    pub fn parse(typed: &str) -> Result<Option<Fee>, Text> {
        let text = typed.trim();
        if text.is_empty() {
            return Ok(None);
        }
        if matches!(text, "无" | "不收费") || text.eq_ignore_ascii_case("none") {
            return Ok(Some(Fee::NoFee));
        }
        let number_end = text.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(text.len());
        let (number, unit) = text.split_at(number_end);
        let unit = unit.trim();
        let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
        let number_ok = !whole.is_empty() && whole.bytes().all(|b| b.is_ascii_digit()) && fraction.len() <= 2 && fraction.bytes().all(|b| b.is_ascii_digit()) && (fraction.len() > 0 || !number.ends_with('.'));
        let unit_ok = unit.is_empty() || (unit.starts_with('元') && unit.chars().count() <= 6 && !unit.chars().any(|c| c.is_ascii_digit()));
        if !number_ok || !unit_ok {
            return Err(Text::new(
                "收费应为金额（如“300”“150.5”“150元/人”），不收费填“无”",
                "a fee is an amount (300, 150.5, 150元/人), or 无 when there is none",
            ));
        }
        if fraction.is_empty() && matches!(unit, "" | "元") {
            if let Ok(yuan) = whole.parse() {
                return Ok(Some(Fee::Yuan(yuan)));
            }
        }
        let unit = if unit == "元" && !fraction.is_empty() { "" } else { unit };
        Ok(Some(Fee::Amount(format!("{number}{unit}"))))
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
    pub fn fee(&self, level: Level) -> Option<&Fee> {
        self.fees[usize::from(level.number()) - 1].as_ref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fees_accept_decimals_and_unit_words() {
        let read = |typed: &str| Fee::parse(typed).map(|fee| fee.map(|fee| fee.display_zh()));
        assert_eq!(read("300"), Ok(Some("300元".to_string())));
        assert_eq!(Fee::parse("300元"), Ok(Some(Fee::Yuan(300))));
        assert_eq!(read("150.5"), Ok(Some("150.5元".to_string())));
        assert_eq!(read("150.5元"), Ok(Some("150.5元".to_string())));
        assert_eq!(read("150元/人"), Ok(Some("150元/人".to_string())));
        assert_eq!(read("80.50元/人次"), Ok(Some("80.50元/人次".to_string())));
        assert_eq!(read(" 无 "), Ok(Some("无".to_string())));
        assert_eq!(read(""), Ok(None));
        for bad in ["三百", "150.555", "150./人", "150美元", "元", ".5", "150元/人/2次"] {
            assert!(Fee::parse(bad).is_err(), "{bad}");
        }
    }
}
