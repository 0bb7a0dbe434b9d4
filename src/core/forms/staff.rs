//! 附件6 队伍建设情况: the four staff tables.
//!
//! The tables share their first four columns (姓名, 身份证件号, 职务/职称/技能等级, 学历); the last
//! column differs, so [`StaffMember::detail`] holds it and [`StaffTable::detail_heading`] names it:
//! 主要职责 (工作人员), 考评职业（工种） (考评人员, 专家), 专业方向 (内部质量监督人员).
//! ID numbers are personal data: the UI masks them by default ([`super::codes::mask_id_number`]).
//! 身份证件号 is the number of any identity document: [`StaffMember::id_kind`] says which
//! ([`super::id_documents`]).

use serde::{Deserialize, Serialize};

use crate::core::forms::id_documents::IdDocumentKind;
use crate::core::text::Bilingual;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
#[cfg_attr(test, derive(schemars::JsonSchema, proptest_derive::Arbitrary))]
pub struct StaffTables {
    /// 工作人员情况.
    #[cfg_attr(test, proptest(strategy = "crate::core::forms::strategies::few()"))]
    pub workers: Vec<StaffMember>,
    /// 考评人员队伍.
    #[cfg_attr(test, proptest(strategy = "crate::core::forms::strategies::few()"))]
    pub assessors: Vec<StaffMember>,
    /// 专家队伍.
    #[cfg_attr(test, proptest(strategy = "crate::core::forms::strategies::few()"))]
    pub experts: Vec<StaffMember>,
    /// 内部质量监督人员队伍.
    #[cfg_attr(test, proptest(strategy = "crate::core::forms::strategies::few()"))]
    pub quality_supervisors: Vec<StaffMember>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
#[cfg_attr(test, derive(schemars::JsonSchema, proptest_derive::Arbitrary))]
pub struct StaffMember {
    /// 姓名.
    pub name: String,
    /// The kind of identity document (居民身份证 unless another is chosen).
    #[serde(skip_serializing_if = "IdDocumentKind::is_resident_id_card")]
    pub id_kind: IdDocumentKind,
    /// 身份证件号, as typed.
    pub id_number: String,
    /// 职务/职称/技能等级.
    pub title: String,
    /// 学历.
    pub education: String,
    /// The table's last column: see [`StaffTable::detail_heading`].
    pub detail: String,
}

/// Which of the four tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum StaffTable {
    Workers,
    Assessors,
    Experts,
    QualitySupervisors,
}

impl StaffTable {
    pub const ALL: [StaffTable; 4] = [StaffTable::Workers, StaffTable::Assessors, StaffTable::Experts, StaffTable::QualitySupervisors];

    /// The JSON field that holds the table, for field paths.
    pub fn field(self) -> &'static str {
        match self {
            StaffTable::Workers => "workers",
            StaffTable::Assessors => "assessors",
            StaffTable::Experts => "experts",
            StaffTable::QualitySupervisors => "quality_supervisors",
        }
    }

    pub fn title(self) -> Bilingual {
        match self {
            StaffTable::Workers => Bilingual { zh: "工作人员情况", en: "Staff" },
            StaffTable::Assessors => Bilingual { zh: "考评人员队伍", en: "Assessors" },
            StaffTable::Experts => Bilingual { zh: "专家队伍", en: "Experts" },
            StaffTable::QualitySupervisors => Bilingual { zh: "内部质量监督人员队伍", en: "Internal quality supervisors" },
        }
    }

    /// The heading of the last column.
    pub fn detail_heading(self) -> Bilingual {
        match self {
            StaffTable::Workers => Bilingual { zh: "主要职责", en: "Main duties" },
            StaffTable::Assessors | StaffTable::Experts => Bilingual { zh: "考评职业（工种）", en: "Occupations assessed" },
            StaffTable::QualitySupervisors => Bilingual { zh: "专业方向", en: "Field" },
        }
    }
}

impl StaffTables {
    pub fn table(&self, table: StaffTable) -> &[StaffMember] {
        match table {
            StaffTable::Workers => &self.workers,
            StaffTable::Assessors => &self.assessors,
            StaffTable::Experts => &self.experts,
            StaffTable::QualitySupervisors => &self.quality_supervisors,
        }
    }

    pub fn table_mut(&mut self, table: StaffTable) -> &mut Vec<StaffMember> {
        match table {
            StaffTable::Workers => &mut self.workers,
            StaffTable::Assessors => &mut self.assessors,
            StaffTable::Experts => &mut self.experts,
            StaffTable::QualitySupervisors => &mut self.quality_supervisors,
        }
    }
}
