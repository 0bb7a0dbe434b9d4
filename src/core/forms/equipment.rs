//! 附件5 xxx单位设施设备清单: rows of 名称, 规格/型号, 数量, 权属, grouped by occupation
//! ("分职业（工种）填写", 填表说明).

use serde::{Deserialize, Serialize};

use crate::core::facts::Facts;
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
    /// 数量.
    pub quantity: Option<u32>,
    /// 权属.
    pub ownership: Option<Ownership>,
}

/// 权属: who owns the item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(test, derive(schemars::JsonSchema, proptest_derive::Arbitrary))]
pub enum Ownership {
    /// 自有.
    Owned,
    /// 租用.
    Rented,
    /// 其他 (借用、共享、合作单位提供).
    Other,
}

impl Ownership {
    pub const ALL: [Ownership; 3] = [Ownership::Owned, Ownership::Rented, Ownership::Other];

    pub fn label(self) -> Bilingual {
        match self {
            Ownership::Owned => Bilingual { zh: "自有", en: "Owned" },
            Ownership::Rented => Bilingual { zh: "租用", en: "Rented" },
            Ownership::Other => Bilingual { zh: "其他", en: "Other" },
        }
    }
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
