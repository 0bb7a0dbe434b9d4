//! 附件3 评价管理制度清单 (供参考): the 18 systems as a checklist, each with a status.
//!
//! The guide gives the list for exam-based evaluation and lets other modes add or drop systems
//! ("其他模式根据实际进行增减", 1.8.6), so [`SystemStatus::NotApplicable`] exists and no status is
//! required to be [`SystemStatus::Adopted`]; the institution may add systems of its own
//! ([`SystemsChecklist::additions`]). The printed 附件3 is the guide's list as the institution
//! keeps it: the systems it adopts, its own added in their group, numbered in order; the status
//! and document names are the applicant's working notes, on screen only ([`printed_list`]).

use crate::core::sorted::SortedMap;

use serde::{Deserialize, Serialize};

use crate::core::text::Bilingual;

const fn text(zh: &'static str, en: &'static str) -> Bilingual {
    Bilingual { zh, en }
}

/// One system of the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ManagementSystem {
    /// 1 to 18, the guide's （一）…（十八）.
    pub number: u8,
    /// The group heading, 一 to 七 as 1 to 7.
    pub group: u8,
    pub title: Bilingual,
}

pub const SYSTEM_GROUPS: [Bilingual; 7] = [
    text("一、内部管理制度", "1. Internal management"),
    text("二、考务管理制度", "2. Examination management"),
    text("三、试题管理制度", "3. Question management"),
    text("四、质量督导制度", "4. Quality supervision"),
    text("五、证书管理制度", "5. Certificate management"),
    text("六、档案管理及公示制度", "6. Archives and public notice"),
    text("七、安全管理制度", "7. Safety"),
];

const fn system(number: u8, group: u8, title: Bilingual) -> ManagementSystem {
    ManagementSystem { number, group, title }
}

/// The 18 systems, with the guide's notes on what each contains.
pub const MANAGEMENT_SYSTEMS: [ManagementSystem; 18] = [
    system(1, 1, text("机构财务管理制度：包含认定收费标准、收费、退费制度", "Financial management: fees, charging and refunds")),
    system(2, 1, text("机构人员管理制度：含管理人员、考评员、督导员、命题专家的管理规定和培训规定等", "Staff management: managers, assessors, supervisors and question writers, their rules and training")),
    system(3, 1, text("机构公章使用制度", "Use of the official seal")),
    system(4, 2, text("职业技能等级认定报名及资格审核办法", "Registration and eligibility check")),
    system(5, 2, text("职业技能等级认定考核实施细则：包括理论知识、操作技能、综合评审等", "Detailed assessment rules: theory, practical skills, comprehensive review")),
    system(6, 2, text("认定过程中值班专家管理办法", "Experts on duty during evaluation")),
    system(7, 2, text("职业技能等级认定考生违规违纪处理办法", "Candidates' breaches of the rules")),
    system(8, 2, text("职业技能等级认定成绩管理办法：包括阅卷、录分、成绩复核等", "Results: marking, recording, review")),
    system(9, 3, text("职业技能等级认定试题管理规定：包括命题、试题保存、抽题（含备用试题），试卷印刷、运送、安全保密等", "Questions: writing, storage, drawing (with reserves), printing, transport, security")),
    system(10, 4, text("职业技能等级认定考评工作质量管理规定", "Quality of the assessment work")),
    system(11, 4, text("职业技能等级认定考评员管理规定：包括考评员选拔、培训、任期、回避制度及违规违纪处理", "Assessors: selection, training, term, recusal, breaches")),
    system(12, 4, text("职业技能等级认定督导员管理规定：包括督导员选拔、培训、任期、回避制度及违规违纪处理", "Supervisors: selection, training, term, recusal, breaches")),
    system(13, 5, text("职业技能等级证书管理规定：包括证书制作、上网备案、发放、遗失补办等规定", "Certificates: making, online registration, issue, replacement")),
    system(14, 6, text("职业技能等级认定档案管理规定：包括档案归档范围、保管期限、工作职责、档案室管理、档案借阅移交、保密规定等", "Archives: scope, retention, duties, archive room, lending and transfer, confidentiality")),
    system(15, 6, text("职业技能等级认定公示制度：包括招生简章、评价公告、成绩公布、社会监督等", "Public notice: enrolment, evaluation notices, results, public oversight")),
    system(16, 7, text("职业技能等级认定考试现场安全管理制度", "Safety at the examination site")),
    system(17, 7, text("职业技能等级认定考场突发事件应急预案", "Emergency plan for examination rooms")),
    system(18, 7, text("单位消防安全管理相关制度", "Fire safety")),
];

/// Where a system stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(test, derive(schemars::JsonSchema, proptest_derive::Arbitrary))]
pub enum SystemStatus {
    /// 未制定.
    #[default]
    Missing,
    /// 制定中.
    Drafting,
    /// 已制定 (and adopted).
    Adopted,
    /// 不适用: the evaluation mode does not need it (1.8.6).
    NotApplicable,
}

impl SystemStatus {
    pub const ALL: [SystemStatus; 4] = [SystemStatus::Missing, SystemStatus::Drafting, SystemStatus::Adopted, SystemStatus::NotApplicable];

    pub fn label(self) -> Bilingual {
        match self {
            SystemStatus::Missing => text("未制定", "Not written"),
            SystemStatus::Drafting => text("制定中", "Being written"),
            SystemStatus::Adopted => text("已制定", "Adopted"),
            SystemStatus::NotApplicable => text("不适用", "Not applicable"),
        }
    }
}

/// One line of the checklist as the applicant keeps it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
#[cfg_attr(test, derive(schemars::JsonSchema, proptest_derive::Arbitrary))]
pub struct SystemEntry {
    pub status: SystemStatus,
    /// The institution's own document name or a note (`《考务管理办法》2024版`).
    pub note: String,
}

/// The checklist: entries by system number 1–18; a number not present is [`SystemStatus::Missing`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
#[cfg_attr(test, derive(schemars::JsonSchema, proptest_derive::Arbitrary))]
pub struct SystemsChecklist {
    #[cfg_attr(test, proptest(strategy = "crate::core::forms::strategies::system_entries()"))]
    pub systems: SortedMap<u8, SystemEntry>,
    /// The institution's own systems, added to the list (1.8.6 "根据实际进行增减").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(test, proptest(strategy = "crate::core::forms::strategies::few()"))]
    pub additions: Vec<AddedSystem>,
}

/// A system the institution adds: its group (一 to 七 as 1 to 7), its title, where it stands.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
#[cfg_attr(test, derive(schemars::JsonSchema, proptest_derive::Arbitrary))]
pub struct AddedSystem {
    pub group: Option<u8>,
    pub title: String,
    pub status: SystemStatus,
    pub note: String,
}

/// One line of the printed list: its number in the list, and its title.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrintedSystem {
    pub number: usize,
    pub title: String,
}

/// The list as printed, group by group (the groups left empty are left out): the guide's
/// systems the institution does not mark 不适用, then its own of that group; numbered 1, 2, …
/// through the list, as the guide numbers its （一）…（十八）.
pub fn printed_list(checklist: &SystemsChecklist) -> Vec<(&'static Bilingual, Vec<PrintedSystem>)> {
    let mut number = 0;
    let mut list = Vec::new();
    for (index, group) in SYSTEM_GROUPS.iter().enumerate() {
        let group_number = index as u8 + 1;
        let guide = MANAGEMENT_SYSTEMS
            .iter()
            .filter(|system| system.group == group_number && checklist.status(system.number) != SystemStatus::NotApplicable)
            .map(|system| system.title.zh.to_string());
        let added = checklist.additions.iter().filter(|system| system.group == Some(group_number) && !system.title.trim().is_empty()).map(|system| system.title.trim().to_string());
        let systems: Vec<PrintedSystem> = guide
            .chain(added)
            .map(|title| {
                number += 1;
                PrintedSystem { number, title }
            })
            .collect();
        if !systems.is_empty() {
            list.push((group, systems));
        }
    }
    list
}

impl SystemsChecklist {
    pub fn status(&self, number: u8) -> SystemStatus {
        self.systems.get(&number).map(|entry| entry.status).unwrap_or_default()
    }

    /// How many systems are adopted or not applicable: the checklist's progress.
    pub fn settled(&self) -> usize {
        MANAGEMENT_SYSTEMS
            .iter()
            .filter(|system| matches!(self.status(system.number), SystemStatus::Adopted | SystemStatus::NotApplicable))
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_numbers_one_to_eighteen_in_groups_one_to_seven() {
        for (index, system) in MANAGEMENT_SYSTEMS.iter().enumerate() {
            assert_eq!(usize::from(system.number), index + 1);
            assert!((1..=7).contains(&system.group));
        }
        assert!(MANAGEMENT_SYSTEMS.windows(2).all(|pair| pair[0].group <= pair[1].group));
        let mut list = SystemsChecklist::default();
        list.systems.insert(3, SystemEntry { status: SystemStatus::Adopted, note: String::new() });
        list.systems.insert(4, SystemEntry { status: SystemStatus::Drafting, note: String::new() });
        assert_eq!((list.status(3), list.status(5), list.settled()), (SystemStatus::Adopted, SystemStatus::Missing, 1));
    }

    #[test]
    fn the_printed_list_drops_what_does_not_apply_and_adds_the_institutions_own() {
        let mut list = SystemsChecklist::default();
        list.systems.insert(6, SystemEntry { status: SystemStatus::NotApplicable, note: "综合评审模式无值班专家".into() });
        list.additions.push(AddedSystem { group: Some(2), title: "综合评审实施办法".into(), status: SystemStatus::Adopted, note: String::new() });
        let printed = printed_list(&list);
        let exam: Vec<(usize, &str)> = printed[1].1.iter().map(|system| (system.number, system.title.as_str())).collect();
        assert_eq!(printed[1].0.zh, "二、考务管理制度");
        assert_eq!(
            exam,
            [
                (4, MANAGEMENT_SYSTEMS[3].title.zh),
                (5, MANAGEMENT_SYSTEMS[4].title.zh),
                (6, MANAGEMENT_SYSTEMS[6].title.zh),
                (7, MANAGEMENT_SYSTEMS[7].title.zh),
                (8, "综合评审实施办法"),
            ]
        );
        assert_eq!(printed.last().unwrap().1.last().unwrap().number, 18);
    }
}
