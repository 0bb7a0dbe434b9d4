//! 附件5 xxx单位设施设备清单: rows of 名称, 规格/型号, 数量, 权属, grouped by occupation
//! ("分职业（工种）填写", 填表说明).
//!
//! The guide gives 数量 and 权属 no values of their own, so both are written as the unit would:
//! 数量 a number with its unit (`4台`, `120平方米`, [`check_quantity`]), 权属 any words, with
//! the usual ones suggested ([`OWNERSHIP_SUGGESTIONS`]). Packages of earlier versions stored a
//! whole number and one of three kinds; they read as `4` and as 自有, 租用, 其他.

use serde::{Deserialize, Serialize};

use crate::core::facts::Facts;
use crate::core::evaluate::Text;
use crate::core::text::Bilingual;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
#[cfg_attr(test, derive(schemars::JsonSchema, proptest_derive::Arbitrary))]
pub struct EquipmentList {
    /// The unit in the title, `xxx 单位设施设备清单`.
    pub unit_name: String,
    #[cfg_attr(test, proptest(strategy = "crate::core::forms::strategies::few()"))]
    pub groups: Vec<EquipmentGroup>,
}

/// The equipment of one occupation (工种).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
#[cfg_attr(test, derive(schemars::JsonSchema, proptest_derive::Arbitrary))]
pub struct EquipmentGroup {
    /// The occupation (工种) as in 附件1, `6-18-01-01 车工`.
    pub occupation: String,
    #[cfg_attr(test, proptest(strategy = "crate::core::forms::strategies::few()"))]
    pub items: Vec<EquipmentItem>,
}

/// One row: 序号 is its position, 1-based.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
#[cfg_attr(test, derive(schemars::JsonSchema, proptest_derive::Arbitrary))]
pub struct EquipmentItem {
    /// 名称.
    pub name: String,
    /// 规格/型号.
    pub model: String,
    /// 数量, as written: a number and its unit (`4台`).
    #[serde(deserialize_with = "quantity_of_any_version")]
    pub quantity: String,
    /// 权属, as written (`自有`, `租用`, `合作单位提供`).
    #[serde(deserialize_with = "ownership_of_any_version")]
    pub ownership: String,
}

/// The words 权属 usually takes, offered as suggestions; any other is accepted.
pub const OWNERSHIP_SUGGESTIONS: [Bilingual; 4] = [
    Bilingual { zh: "自有", en: "Owned" },
    Bilingual { zh: "租用", en: "Rented" },
    Bilingual { zh: "借用", en: "Borrowed" },
    Bilingual { zh: "合作单位提供", en: "Provided by a partner" },
];

/// 数量 as a package of any version holds it: a whole number (before the unit was allowed),
/// text, or nothing. A visitor rather than an untagged enum: serde's untagged enums buffer the
/// value in generic code that costs the forms page kilobytes.
fn quantity_of_any_version<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    struct Quantity;
    impl serde::de::Visitor<'_> for Quantity {
        type Value = String;
        fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
            formatter.write_str("a quantity: text, a whole number or null")
        }
        fn visit_u64<E: serde::de::Error>(self, value: u64) -> Result<String, E> {
            Ok(value.to_string())
        }
        fn visit_i64<E: serde::de::Error>(self, value: i64) -> Result<String, E> {
            Ok(value.to_string())
        }
        fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<String, E> {
            Ok(value.to_string())
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<String, E> {
            Ok(String::new())
        }
        fn visit_none<E: serde::de::Error>(self) -> Result<String, E> {
            Ok(String::new())
        }
    }
    deserializer.deserialize_any(Quantity)
}

/// 权属 as a package of any version holds it: the three kinds of earlier versions (`owned`,
/// `rented`, `other`) read as their words; text as written.
fn ownership_of_any_version<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    Ok(match Option::<String>::deserialize(deserializer)?.unwrap_or_default().as_str() {
        "owned" => "自有".to_string(),
        "rented" => "租用".to_string(),
        "other" => "其他".to_string(),
        text => text.to_string(),
    })
}

/// Checks 数量: a number greater than 0 (decimals allowed: `0.5吨`), then an optional unit of a
/// few characters with no digit in it (`台`, `套`, `平方米`).
pub fn check_quantity(text: &str) -> Result<(), Text> {
    let text = text.trim();
    let number_end = text.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(text.len());
    let (number, unit) = text.split_at(number_end);
    let unit = unit.trim();
    let number_ok = !number.is_empty() && !number.starts_with('.') && !number.ends_with('.') && number.matches('.').count() <= 1;
    if !number_ok || unit.chars().count() > 6 || unit.chars().any(|c| c.is_ascii_digit()) {
        return Err(Text::new(format!("数量“{text}”应为数字加单位，如“4台”"), format!("the quantity {text:?} is a number and its unit, like 4台")));
    }
    if number.chars().all(|c| c == '0' || c == '.') {
        return Err(Text::new("数量应大于0", "the quantity is more than 0"));
    }
    Ok(())
}

impl EquipmentList {
    /// One empty group per occupation row of the facts, in their order.
    pub fn prefill(facts: &Facts, unit_name: &str) -> EquipmentList {
        EquipmentList {
            unit_name: unit_name.trim().to_string(),
            groups: facts
                .occupations
                .iter()
                .map(|row| {
                    let name = if row.job_type.is_empty() || row.job_type == row.name { row.name.clone() } else { format!("{}（{}）", row.name, row.job_type) };
                    EquipmentGroup { occupation: format!("{} {}", row.code, name).trim().to_string(), items: Vec::new() }
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quantity_is_a_number_with_its_unit() {
        for good in ["4", "4台", "2 套", "120平方米", "0.5吨"] {
            assert_eq!(check_quantity(good), Ok(()), "{good}");
        }
        for bad in ["", "四台", "台", "0", "0台", "1.2.3", "4台3", "4 很多很多很多很多"] {
            assert!(check_quantity(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn packages_of_earlier_versions_read_their_quantity_and_ownership() {
        let old: EquipmentItem = serde_json::from_str(r#"{"name":"车床","model":"","quantity":4,"ownership":"rented"}"#).unwrap();
        assert_eq!((old.quantity.as_str(), old.ownership.as_str()), ("4", "租用"));
        let none: EquipmentItem = serde_json::from_str(r#"{"name":"车床","quantity":null,"ownership":null}"#).unwrap();
        assert_eq!((none.quantity.as_str(), none.ownership.as_str()), ("", ""));
        let new: EquipmentItem = serde_json::from_str(r#"{"name":"车床","quantity":"4台","ownership":"合作单位提供"}"#).unwrap();
        assert_eq!((new.quantity.as_str(), new.ownership.as_str()), ("4台", "合作单位提供"));
    }
}
