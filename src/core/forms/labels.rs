//! The form's own words for each field, by its path: one table for the form pages, the print
//! layouts and the office-format exports, so a label is written once.
//!
//! Paths are the package's (`application.legal_representative.id_number`); a row's index is
//! written `[]` (`staff.assessors[].name`). [`field_label`] strips the indices of a real path.

use crate::core::text::Bilingual;

const fn b(zh: &'static str, en: &'static str) -> Bilingual {
    Bilingual { zh, en }
}

/// Every field of the eight forms, in each form's order.
pub const FIELD_LABELS: &[(&str, Bilingual)] = &[
    // 附件1
    ("application.cover_institution_kind", b("评价机构类型", "Kind of evaluation institution")),
    ("application.filled_on", b("填报时间", "Date filled in")),
    ("application.unit_name", b("单位名称", "Name of the unit")),
    ("application.office_address", b("办公地址", "Office address")),
    ("application.office_address.city", b("办公地址：市", "Office address: city")),
    ("application.office_address.district", b("办公地址：区", "Office address: district")),
    ("application.office_address.street", b("办公地址：街道门牌（号）", "Office address: street and number")),
    ("application.registration_authority", b("注册（登记）机关", "Registration authority")),
    ("application.credit_code", b("统一社会信用代码", "Unified social credit code")),
    ("application.registered_capital", b("注册（登记）资金", "Registered capital")),
    ("application.unit_nature.nature", b("单位性质", "Nature of the unit")),
    ("application.unit_nature.central_soe", b("央企", "Central state-owned enterprise")),
    ("application.unit_nature.private_school", b("民办", "Private school")),
    ("application.legal_representative.name", b("单位法人：姓名", "Legal representative: name")),
    ("application.legal_representative.phone", b("单位法人：联系电话", "Legal representative: telephone")),
    ("application.legal_representative.id_number", b("单位法人：身份证号", "Legal representative: ID number")),
    ("application.contact.name", b("联系人：姓名", "Contact: name")),
    ("application.contact.phone", b("联系人：联系电话", "Contact: telephone")),
    ("application.staff_total", b("职工总数", "Total staff")),
    ("application.insured_staff", b("缴纳社保人数", "Staff with social insurance")),
    ("application.skilled_staff", b("技能人员数（仅企业填）", "Skilled staff (enterprises only)")),
    ("application.yearly_enrolment", b("年招生人数（仅院校填）", "Yearly enrolment (schools only)")),
    ("application.social_org_grade", b("社会组织等级评估（民政部门）", "Social organisation grade (civil affairs)")),
    ("application.filing_number", b("评价机构备案号", "Filing number")),
    ("application.institution_type", b("申请备案评价机构类型", "Type of evaluation institution")),
    ("application.occupations", b("申请职业（工种）", "Occupations (job types) applied for")),
    ("application.occupations[].code", b("职业编码", "Occupation code")),
    ("application.occupations[].occupation", b("职业名称", "Occupation")),
    ("application.occupations[].job_type", b("工种名称", "Job type")),
    ("application.occupations[].levels", b("等级", "Levels")),
    ("application.occupations[].standard", b("评价标准", "Evaluation standard")),
    ("application.changed_fields", b("变更的项目（打印时标红）", "Fields that changed (printed in red)")),
    ("application.unticked_boxes", b("不提交的材料及原因", "Materials not handed in, and why")),
    // 附件2
    ("plan.sections", b("实施方案各节", "Sections of the plan")),
    // 附件3
    ("systems.systems", b("评价管理制度", "Management systems")),
    ("systems.systems[].status", b("状态", "Status")),
    ("systems.systems[].note", b("文件名称或说明", "Document name or note")),
    ("systems.additions", b("自行增加的制度", "Systems of the institution's own")),
    ("systems.additions[].group", b("所属类别", "Group")),
    ("systems.additions[].title", b("制度名称", "Title")),
    ("systems.additions[].status", b("状态", "Status")),
    ("systems.additions[].note", b("文件名称或说明", "Document name or note")),
    // 附件4
    ("renewal.filled_on", b("填报时间", "Date filled in")),
    ("renewal.institution_name", b("机构名称", "Name of the institution")),
    ("renewal.credit_code", b("统一社会信用代码", "Unified social credit code")),
    ("renewal.filing_number", b("评价机构备案号", "Filing number")),
    ("renewal.institution_type", b("备案机构类别", "Type of institution")),
    ("renewal.legal_representative", b("法定代表人", "Legal representative")),
    ("renewal.legal_representative_phone", b("法定代表人联系电话", "Legal representative's telephone")),
    ("renewal.contact", b("联系人", "Contact")),
    ("renewal.contact_title", b("联系人职务", "Contact's position")),
    ("renewal.contact_phone", b("联系人联系电话", "Contact's telephone")),
    ("renewal.contact_email", b("电子邮箱", "E-mail")),
    ("renewal.qualification_changed", b("主体资质是否变更", "Has the legal qualification changed?")),
    ("renewal.changed_items", b("变更项（具体证明材料附后）", "What changed (evidence attached)")),
    ("renewal.credit_status", b("单位信用情况（网络核查截图附后）", "Credit status (screenshot of the online check attached)")),
    ("renewal.total_evaluated", b("备案期评价总量：评价人次", "Period total: candidates evaluated")),
    ("renewal.total_certified", b("备案期评价总量：取证人次", "Period total: certificates issued")),
    ("renewal.statistics", b("评价情况（评价人数前5位的职业（工种）可选填）", "Evaluations (the five occupations with most candidates may be given)")),
    ("renewal.statistics[].occupation", b("评价职业（工种）", "Occupation")),
    ("renewal.statistics[].level", b("评价等级", "Level")),
    ("renewal.statistics[].evaluated", b("评价人次", "Candidates evaluated")),
    ("renewal.statistics[].certified", b("取证人次", "Certificates issued")),
    ("renewal.occupations_not_evaluated", b("未开展评价职业（工种）", "Occupations not evaluated")),
    ("renewal.premises", b("场地", "Premises")),
    ("renewal.premises.owned", b("自有", "Owned")),
    ("renewal.premises.owned_location", b("自有场地地点", "Location of the owned premises")),
    ("renewal.premises.rented", b("租用", "Rented")),
    ("renewal.premises.rented_location", b("租用场地地点", "Location of the rented premises")),
    ("renewal.assessor_count", b("考评员人数", "Assessors")),
    ("renewal.internal_supervisor_count", b("内部督导员人数", "Internal supervisors")),
    ("renewal.has_standards", b("职业标准、规范", "Occupational standards and norms")),
    ("renewal.has_question_bank", b("题库", "Question bank")),
    ("renewal.has_monitoring", b("监控", "Monitoring")),
    ("renewal.fees", b("收费标准（不收费的填“无”）", "Fees (\"无\" where there is no fee)")),
    ("renewal.fees[].occupation", b("评价职业（工种）", "Occupation")),
    ("renewal.fees[].fees", b("各等级收费", "Fee per level")),
    // 附件5
    ("equipment.unit_name", b("单位名称", "Name of the unit")),
    ("equipment.groups", b("职业（工种）", "Occupations")),
    ("equipment.groups[].occupation", b("职业（工种）", "Occupation")),
    ("equipment.groups[].items", b("设施设备", "Facilities and equipment")),
    ("equipment.groups[].items[].name", b("名称", "Name")),
    ("equipment.groups[].items[].model", b("规格/型号", "Specification / model")),
    ("equipment.groups[].items[].quantity", b("数量", "Quantity")),
    ("equipment.groups[].items[].ownership", b("权属", "Ownership")),
    // 附件6: the four tables share their columns but the last.
    ("staff.workers", b("工作人员情况", "Staff")),
    ("staff.assessors", b("考评人员队伍", "Assessors")),
    ("staff.experts", b("专家队伍", "Experts")),
    ("staff.quality_supervisors", b("内部质量监督人员队伍", "Internal quality supervisors")),
    ("staff.*[].name", b("姓名", "Name")),
    ("staff.*[].id_kind", b("证件类型", "Kind of identity document")),
    ("staff.*[].id_number", b("身份证件号", "ID number")),
    ("staff.*[].title", b("职务/职称/技能等级", "Position / title / skill level")),
    ("staff.*[].education", b("学历", "Education")),
    ("staff.workers[].detail", b("主要职责", "Main duties")),
    ("staff.assessors[].detail", b("考评职业（工种）", "Occupations assessed")),
    ("staff.experts[].detail", b("考评职业（工种）", "Occupations assessed")),
    ("staff.quality_supervisors[].detail", b("专业方向", "Field")),
    // 附件7 and 附件8 share the header and the identifying columns.
    ("*.header.reporting_office", b("填报单位", "Reporting office")),
    ("*.header.reporter", b("填报人", "Reporter")),
    ("*.header.phone", b("联系电话", "Telephone")),
    ("*.header.date", b("填报日期", "Date")),
    ("*.rows", b("机构", "Institutions")),
    ("*.rows[].city", b("地市", "City")),
    ("*.rows[].institution_kind", b("机构类型", "Kind of institution")),
    ("*.rows[].institution_name", b("机构名称", "Name of the institution")),
    ("*.rows[].filing_number", b("备案号", "Filing number")),
    ("*.rows[].filed_on", b("备案成功时间", "Filed on")),
    ("renewal_summary.rows[].expires_on", b("备案到期时间", "Expires on")),
    ("renewal_summary.rows[].evaluated", b("备案期评价人次", "Candidates evaluated in the period")),
    ("renewal_summary.rows[].certified", b("备案期取证人次", "Certificates issued in the period")),
    ("renewal_summary.rows[].penalised", b("备案期内是否受过处罚", "Penalised in the period?")),
    ("renewal_summary.rows[].supervising_opinion", b("监管地意见", "Supervising place's opinion")),
    ("renewal_summary.rows[].decision", b("续期决定", "Decision")),
    ("renewal_summary.rows[].renewed_from", b("续期起始日期", "Renewed from")),
    ("renewal_summary.rows[].renewed_until", b("续期截止日期", "Renewed until")),
    ("renewal_summary.rows[].occupations_leaving", b("退出评价范围的职业（工种）", "Occupations leaving the evaluation scope")),
    ("renewal_summary.rows[].remarks", b("备注", "Remarks")),
    ("termination_summary.rows[].terminated_on", b("终止备案时间", "Terminated on")),
    ("termination_summary.rows[].has_evaluated", b("是否开展过评价", "Has it evaluated?")),
    ("termination_summary.rows[].has_issued_certificates", b("是否发过证书", "Has it issued certificates?")),
    ("termination_summary.rows[].has_unregistered_certificate_data", b("是否有尚未入网的证书数据", "Certificate data not yet registered online?")),
    ("termination_summary.rows[].reason", b("终止备案原因", "Reason for termination")),
];

/// The label of the field at `path` (indices are ignored; the staff tables' shared columns and
/// the summaries' shared header and columns are found under `*`).
pub fn field_label(path: &str) -> Option<Bilingual> {
    let generic = generic_path(path);
    let lookup = |key: &str| FIELD_LABELS.iter().find(|(known, _)| *known == key).map(|(_, label)| *label);
    // A map keyed by a box (`application.unticked_boxes.other`) is labelled as the map.
    if generic.starts_with("application.unticked_boxes.") {
        return lookup("application.unticked_boxes");
    }
    lookup(&generic).or_else(|| {
        let (form, rest) = generic.split_once('.')?;
        lookup(&format!("*.{rest}")).or_else(|| {
            // staff.assessors[].name → staff.*[].name
            let (_, column) = rest.split_once("[]")?;
            lookup(&format!("{form}.*[]{column}"))
        })
    })
}

/// `staff.assessors[2].name` → `staff.assessors[].name`.
pub fn generic_path(path: &str) -> String {
    let mut generic = String::with_capacity(path.len());
    let mut in_index = false;
    for character in path.chars() {
        match character {
            '[' => {
                in_index = true;
                generic.push('[');
            }
            ']' => {
                in_index = false;
                generic.push(']');
            }
            _ if in_index => {}
            c => generic.push(c),
        }
    }
    generic
}

/// A field's label, for code that knows the path is in the table (a test holds it for every
/// path the validation reports and every field the form pages show).
pub fn label(path: &str) -> Bilingual {
    field_label(path).unwrap_or(Bilingual { zh: "", en: "" })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indices_and_shared_columns_are_found() {
        assert_eq!(generic_path("equipment.groups[1].items[12].name"), "equipment.groups[].items[].name");
        assert_eq!(label("staff.assessors[3].id_number").zh, "身份证件号");
        assert_eq!(label("staff.quality_supervisors[0].detail").zh, "专业方向");
        assert_eq!(label("termination_summary.rows[0].city").zh, "地市");
        assert_eq!(label("renewal_summary.header.date").zh, "填报日期");
        assert_eq!(field_label("application.nothing"), None);
    }
}
