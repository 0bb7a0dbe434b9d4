//! 附件2 职业技能等级认定工作实施方案 (样例): the outline, one text per section.
//!
//! The guide gives a model outline (样例), not a form: the sections and their hints are a table
//! here ([`PLAN_SECTIONS`]), the applicant's text is stored per section. The hint is the guide's
//! own words, shown beside the text area. Nothing is prefilled: every sentence of the plan is the
//! applicant's, since the guide writes none for it. What the guide requires is a plan "参考附件2"
//! (1.8.5, 2.8.5, 3.8.4): the six parts of the outline each say something
//! ([`ImplementationPlan::empty_parts`]); how a part is split into its sections is the sample's,
//! and 六、证书样式 may say "见附件" with the sample attached.

use crate::core::sorted::SortedMap;

use serde::{Deserialize, Serialize};

use crate::core::text::Bilingual;

const fn text(zh: &'static str, en: &'static str) -> Bilingual {
    Bilingual { zh, en }
}

/// The sections of 附件2, in the guide's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(test, derive(schemars::JsonSchema, proptest_derive::Arbitrary))]
pub enum PlanSectionId {
    UnitOverview,
    TrainingAndEvaluationHistory,
    StaffAndTalentFeatures,
    EvaluationObject,
    OccupationScope,
    EvaluationMethods,
    PolicySupport,
    OrganisationSupport,
    FacilitiesSupport,
    RegulationsSupport,
    StaffSupport,
    MaterialsSupport,
    QualityAssurance,
    InformationSystems,
    FundingAndFees,
    Workflow,
    WorkPlan,
    CertificateSample,
}

/// One section of the outline: its heading and the guide's hint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlanSection {
    pub id: PlanSectionId,
    /// The part of the outline: 一 to 六 as 1 to 6.
    pub part: u8,
    pub heading: Bilingual,
    /// The guide's words under the heading (empty where it has none).
    pub hint: Bilingual,
}

/// The parts' own headings, 一 to 六.
pub const PLAN_PARTS: [Bilingual; 6] = [
    text("一、单位基本情况", "1. The unit"),
    text("二、申请开展认定的对象、范围和方式", "2. Object, scope and methods of the evaluation"),
    text("三、机构开展认定工作的保障", "3. What secures the evaluation work"),
    text("四、认定工作流程", "4. The evaluation workflow"),
    text("五、工作计划安排", "5. Work plan"),
    text("六、证书样式", "6. Certificate design"),
];

const fn section(id: PlanSectionId, part: u8, heading: Bilingual, hint: Bilingual) -> PlanSection {
    PlanSection { id, part, heading, hint }
}

/// The outline as 附件2 prints it; the hints are the guide's, abridged only where it repeats.
pub const PLAN_SECTIONS: [PlanSection; 18] = [
    section(PlanSectionId::UnitOverview, 1, text("（一）单位概况", "(1) Overview of the unit"), text("", "")),
    section(PlanSectionId::TrainingAndEvaluationHistory, 1, text("（二）已开展技能人才培训、评价（职业技能鉴定）情况", "(2) Training and evaluation (skill appraisal) carried out so far"), text("", "")),
    section(PlanSectionId::StaffAndTalentFeatures, 1, text("（三）机构人员情况、技能人才队伍建设特色", "(3) Staff, and what is particular about building the skilled workforce"), text("", "")),
    section(PlanSectionId::EvaluationObject, 2, text("（一）认定的对象", "(1) Who is evaluated"), text("根据机构类型明确认定对象。", "State who is evaluated, by the kind of institution.")),
    section(
        PlanSectionId::OccupationScope,
        2,
        text("（二）认定的职业（工种）范围", "(2) Occupations (job types) evaluated"),
        text(
            "现行《中华人民共和国职业分类大典》及人力资源和社会保障部后续发布的第三、四、五、六大类中的技能类职业（工种），且有相应的国家职业标准或经人力资源和社会保障部备案公示的评价规范，已纳入人社部可备案清单。职业（工种）范围在《申请表》中详细列出，方案中不需详列。",
            "Skill occupations of major groups 3 to 6 of the classification, with a national standard or a filed evaluation norm, on the ministry's list. The occupations are listed in the application form (附件1), not here.",
        ),
    ),
    section(
        PlanSectionId::EvaluationMethods,
        2,
        text("（三）认定方式", "(3) Evaluation methods"),
        text(
            "机构运用哪些方式开展技能等级认定，如：考试考核、综合评审、过程化考核……。具体参照相应的国家职业标准或经人力资源和社会保障部备案公示的评价规范。",
            "Which methods the institution uses: examinations, comprehensive review, process assessment…, following the national standard or the filed evaluation norm.",
        ),
    ),
    section(
        PlanSectionId::PolicySupport,
        3,
        text("（一）机构的政策保障", "(1) Policies"),
        text(
            "机构制定的实行职业技能等级认定相关文件；用人单位技能人才培养、评价、使用、激励相关制度，职工技能等级待遇兑现政策规定。",
            "The institution's documents on skill-level evaluation; for employers, the rules on training, evaluating, using and rewarding skilled staff, and how skill levels are paid.",
        ),
    ),
    section(
        PlanSectionId::OrganisationSupport,
        3,
        text("（二）机构的组织机构保障", "(2) Organisation"),
        text("机构开展技能等级认定的领导机构、管理机构及实施机构，其组成部门、成员及职责。", "The leading, managing and implementing bodies of the evaluation, their departments, members and duties."),
    ),
    section(
        PlanSectionId::FacilitiesSupport,
        3,
        text("（三）机构的设施设备及场地保障", "(3) Facilities, equipment and premises"),
        text("设施设备及场地保障简要情况。《设施设备清单》（附件5）以佐证材料方式单独提供。", "A short account of facilities, equipment and premises. The equipment list (附件5) is handed in separately as evidence."),
    ),
    section(
        PlanSectionId::RegulationsSupport,
        3,
        text("（四）组织实施认定的相关规章制度保障", "(4) Regulations"),
        text(
            "考务、试题、证书管理等制度简要情况（参考附件3），在方案中适当列出若干重要的规章制度，具体文件汇总装订成册。",
            "A short account of the examination, question and certificate rules (see 附件3); list the main ones here and bind the documents together.",
        ),
    ),
    section(
        PlanSectionId::StaffSupport,
        3,
        text("（五）人员队伍保障", "(5) Staff"),
        text(
            "考评人员、内部质量督导人员、技能等级认定专家队伍的整体情况（数量、来源等）；三支队伍人员选聘的基本条件；保证三支队伍人员满足认定工作需要的措施等。在《队伍建设情况》（附件6）中详列具体人员名单、附相关证书复印件，以佐证材料方式提供。",
            "The assessors, internal quality supervisors and experts: numbers, origin, selection conditions, and how they meet the work's needs. The names are listed in 附件6 with copies of their certificates, handed in as evidence.",
        ),
    ),
    section(
        PlanSectionId::MaterialsSupport,
        3,
        text("（六）教材、标准、试题保障", "(6) Textbooks, standards and questions"),
        text(
            "教材、标准、试题的选用与开发情况，应能满足技能培训及认定工作需要；保证教材、标准、试题开发工作顺利开展的主要措施，保证开发质量的措施；评价用试题和题库建设情况（样题样卷、结构表、细目表）。",
            "How textbooks, standards and questions are chosen and developed, and their quality secured; the question bank (sample papers, structure and detail tables).",
        ),
    ),
    section(
        PlanSectionId::QualityAssurance,
        3,
        text("（七）质量保障", "(7) Quality"),
        text(
            "制定了哪些质量保障制度；在工作台账、文档资料保管等方面有哪些主要措施，保证认定工作全程留痕，责任可追溯。具体文件（可列入制度汇编）及过程文档应现场可查。",
            "The quality rules; how records and documents are kept so that every step leaves a trace and responsibility can be traced. Documents available on site.",
        ),
    ),
    section(
        PlanSectionId::InformationSystems,
        3,
        text("（八）信息化保障", "(8) Information systems"),
        text("考务管理的信息化情况；题库管理的信息化情况；考试的信息化情况；考场的视频监控建设情况。", "Information systems for examination management, the question bank and examinations; video monitoring of the examination rooms."),
    ),
    section(PlanSectionId::FundingAndFees, 3, text("（九）经费保障、收费标准", "(9) Funding and fees"), text("", "")),
    section(
        PlanSectionId::Workflow,
        4,
        text("四、认定工作流程", "4. The evaluation workflow"),
        text(
            "本机构开展技能等级认定有哪些具体工作流程。一般应包括：制定、发布认定工作计划；组织报名、资格审核；组织培训；实施认定；开展内部质量督导，接受外部监管；成绩认定与发布；证书核发；证书信息上报等。方案中需附认定工作流程图。",
            "The institution's workflow: plan and announce, registration and eligibility check, training, evaluation, internal quality supervision and external oversight, results, certificates, reporting certificate data. Attach a flow chart.",
        ),
    ),
    section(
        PlanSectionId::WorkPlan,
        5,
        text("五、工作计划安排", "5. Work plan"),
        text("职业技能等级认定工作规划，近阶段主要工作计划及时限安排。", "The evaluation work's plan: the main tasks of the coming period and their dates."),
    ),
    section(PlanSectionId::CertificateSample, 6, text("六、证书样式", "6. Certificate design"), text("", "")),
];

impl PlanSectionId {
    pub fn section(self) -> &'static PlanSection {
        PLAN_SECTIONS.iter().find(|section| section.id == self).expect("every section is in PLAN_SECTIONS")
    }
}

/// The applicant's 实施方案: the text of each section (a missing section is not written yet).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
#[cfg_attr(test, derive(schemars::JsonSchema, proptest_derive::Arbitrary))]
pub struct ImplementationPlan {
    pub sections: SortedMap<PlanSectionId, String>,
}

impl ImplementationPlan {
    /// The text of a section, empty when not written.
    pub fn text(&self, id: PlanSectionId) -> &str {
        self.sections.get(&id).map(String::as_str).unwrap_or("")
    }

    /// The parts (1 to 6, 一 to 六) with no text in any of their sections.
    pub fn empty_parts(&self) -> Vec<u8> {
        (1..=PLAN_PARTS.len() as u8)
            .filter(|part| PLAN_SECTIONS.iter().filter(|section| section.part == *part).all(|section| self.text(section.id).trim().is_empty()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_are_in_order_and_each_once() {
        let mut seen = std::collections::BTreeSet::new();
        let mut part = 1;
        for section in PLAN_SECTIONS {
            assert!(seen.insert(section.id), "{:?} twice", section.id);
            assert!(section.part >= part && section.part <= 6, "{:?} out of order", section.id);
            part = section.part;
            assert_eq!(section.id.section().heading, section.heading);
        }
    }

    #[test]
    fn a_part_is_written_when_any_of_its_sections_is() {
        let mut plan = ImplementationPlan::default();
        assert_eq!(plan.empty_parts(), [1, 2, 3, 4, 5, 6]);
        plan.sections.insert(PlanSectionId::StaffAndTalentFeatures, "本单位现有职工……".into());
        plan.sections.insert(PlanSectionId::CertificateSample, "见附件".into());
        plan.sections.insert(PlanSectionId::OccupationScope, "  ".into());
        assert_eq!(plan.empty_parts(), [2, 3, 4, 5]);
    }
}
