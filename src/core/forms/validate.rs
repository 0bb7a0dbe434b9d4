//! Validation of a whole form set: every problem, each with its form, field path and message.
//!
//! Which fields are required depends on the procedure: an information change fills only 附件1's
//! basic information (4.3.2) and must mark what changed; a first filing and an incremental filing
//! fill 附件1 in full; the filing number exists only for institutions already filed (parts 四, 五).
//! Forms the materials need but that are not started give one problem each; forms started but
//! not needed are still checked, so what is printed is right.

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::Date;
use serde::Serialize;

use crate::core::evaluate::{Text, materials};
use crate::core::facts::{Facts, RequestKind};
use crate::core::forms::application::{ApplicationField, ApplicationForm, UnitNature};
use crate::core::forms::codes::{CodeError, CreditCode, IdNumber, Level, PhoneNumber, check_email};
use crate::core::forms::equipment::EquipmentList;
use crate::core::forms::id_documents::IdDocumentKind;
use crate::core::forms::plan::{ImplementationPlan, PLAN_PARTS, PLAN_SECTIONS};
use crate::core::forms::renewal::RenewalForm;
use crate::core::forms::staff::{StaffTable, StaffTables};
use crate::core::forms::summaries::{RenewalDecision, RenewalSummary, SummaryHeader, TerminationSummary};
use crate::core::forms::systems::{MANAGEMENT_SYSTEMS, SystemStatus, SystemsChecklist};
use crate::core::forms::{FormId, FormSet, forms_needed};
use crate::core::reference::occupation::OccupationCode;
use crate::core::text::lower_first;

/// One thing wrong with a form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub form: FormId,
    /// The field's path inside the form set, as in the package's `forms`:
    /// `application.legal_representative.id_number`, `staff.assessors[2].id_number`; the
    /// form's own field (`plan`) for the form as a whole.
    pub path: String,
    pub message: Text,
}

impl Problem {
    /// An HTML id for the field, derived from the path (`staff.assessors[2].id_number` →
    /// `field-staff-assessors-2-id_number`), so the error summary can link to the field and the
    /// UI can give its input the same id.
    pub fn field_id(&self) -> String {
        field_id(&self.path)
    }
}

/// The HTML id of the field at `path`: see [`Problem::field_id`].
pub fn field_id(path: &str) -> String {
    let mut id = String::from("field-");
    for character in path.chars() {
        match character {
            '.' | '[' => id.push('-'),
            ']' => {}
            c if c.is_ascii_alphanumeric() || c == '_' || c == '-' => id.push(c),
            _ => id.push('_'),
        }
    }
    id
}

/// Checks every form of the set against the procedure of `facts`; an empty list means ready to
/// print. Problems come in form order, and within a form in the order of its fields.
pub fn validate_form_set(facts: &Facts, forms: &FormSet) -> Vec<Problem> {
    let needed = forms_needed(&materials(facts));
    let mut check = Checker { problems: Vec::new(), form: FormId::Application, as_of: facts.application_date };
    for form in FormId::ALL {
        check.form = form;
        if needed.contains(&form) && !forms.has(form) {
            check.push(form.field(), Text::new(format!("尚未填写《{}》", form.title().zh), format!("the {} is not filled in yet", lower_first(form.title().en))));
        }
    }
    if let Some(form) = &forms.application {
        check.form = FormId::Application;
        check_application(&mut check, facts, form);
    }
    if let Some(plan) = &forms.plan {
        check.form = FormId::ImplementationPlan;
        check_plan(&mut check, plan);
    }
    if let Some(systems) = &forms.systems {
        check.form = FormId::ManagementSystems;
        check_systems(&mut check, systems);
    }
    if let Some(renewal) = &forms.renewal {
        check.form = FormId::Renewal;
        check_renewal(&mut check, facts, renewal);
    }
    if let Some(equipment) = &forms.equipment {
        check.form = FormId::Equipment;
        check_equipment(&mut check, equipment);
    }
    if let Some(staff) = &forms.staff {
        check.form = FormId::Staff;
        check_staff(&mut check, staff, facts.request);
    }
    if let Some(summary) = &forms.renewal_summary {
        check.form = FormId::RenewalSummary;
        check_renewal_summary(&mut check, summary);
    }
    if let Some(summary) = &forms.termination_summary {
        check.form = FormId::TerminationSummary;
        check_termination_summary(&mut check, summary);
    }
    check_lengths(&mut check, forms);
    let mut problems = check.problems;
    crate::core::sort::sort_by_key(&mut problems, |problem| problem.form);
    problems
}

/// The longest text a field of a form may hold, in characters: a line or a box of the paper
/// form holds far less; a section of 附件2 (the implementation plan's prose) holds more.
pub const MAX_FIELD_CHARS: usize = 1_000;
/// The longest section of 附件2, in characters (about six printed pages).
pub const MAX_PLAN_SECTION_CHARS: usize = 10_000;

/// Every text of every form within its length ([`MAX_FIELD_CHARS`], [`MAX_PLAN_SECTION_CHARS`]),
/// found by walking the forms as the package stores them, so a field added later is checked
/// too, with the path the package uses.
fn check_lengths(check: &mut Checker, forms: &FormSet) {
    // Through the JSON text, not `serde_json::to_value`: the page already carries the writer
    // and the parser, and `to_value`'s serializer would add to the forms page's wasm. Pretty, as
    // the package and the package code write it: one copy of the forms' serialiser (issue 16).
    let Ok(serde_json::Value::Object(all)) = serde_json::to_string_pretty(forms).and_then(|json| serde_json::from_str(&json)) else { return };
    for form in FormId::ALL {
        if let Some(value) = all.get(form.field()) {
            check.form = form;
            check_lengths_at(check, value, form.field().to_string());
        }
    }
}

fn check_lengths_at(check: &mut Checker, value: &serde_json::Value, path: String) {
    match value {
        serde_json::Value::String(text) => {
            let limit = if path.starts_with("plan.sections.") { MAX_PLAN_SECTION_CHARS } else { MAX_FIELD_CHARS };
            let length = text.chars().count();
            if length > limit {
                check.push(
                    path,
                    Text::new(format!("最多{limit}字，现为{length}字：纸质表格容纳不下，请精简"), format!("at most {limit} characters, this has {length}: the paper form has no room for it, shorten it")),
                );
            }
        }
        serde_json::Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                check_lengths_at(check, item, format!("{path}[{index}]"));
            }
        }
        serde_json::Value::Object(fields) => {
            for (key, item) in fields {
                check_lengths_at(check, item, format!("{path}.{key}"));
            }
        }
        _ => {}
    }
}

/// Checks only the receiving office's forms (附件7, 附件8): an office fills them in without a
/// self-check of its own, so there are no facts to check the applicant's forms against.
pub fn validate_office_forms(forms: &FormSet) -> Vec<Problem> {
    let mut check = Checker { problems: Vec::new(), form: FormId::RenewalSummary, as_of: Date::MAX };
    if let Some(summary) = &forms.renewal_summary {
        check_renewal_summary(&mut check, summary);
    }
    check.form = FormId::TerminationSummary;
    if let Some(summary) = &forms.termination_summary {
        check_termination_summary(&mut check, summary);
    }
    let office_forms = FormSet { renewal_summary: forms.renewal_summary.clone(), termination_summary: forms.termination_summary.clone(), ..FormSet::default() };
    check_lengths(&mut check, &office_forms);
    check.problems
}


/// Collects problems for the current form; each helper names the field in both languages.
struct Checker {
    problems: Vec<Problem>,
    form: FormId,
    /// The day ID numbers are checked against (no birth date after it): the application date,
    /// since the core reads no clock.
    as_of: Date,
}

impl Checker {
    fn push(&mut self, path: impl Into<String>, message: Text) {
        self.problems.push(Problem { form: self.form, path: path.into(), message });
    }

    fn missing(&mut self, path: &str, zh: &str, en: &str) {
        self.push(path, Text::new(format!("请填写{zh}"), format!("{en} is required")));
    }

    /// A required text: present and not only spaces.
    fn text(&mut self, path: &str, value: &str, zh: &str, en: &str) -> bool {
        let given = !value.trim().is_empty();
        if !given {
            self.missing(path, zh, en);
        }
        given
    }

    fn some<T>(&mut self, path: &str, value: &Option<T>, zh: &str, en: &str) -> bool {
        if value.is_none() {
            self.missing(path, zh, en);
        }
        value.is_some()
    }

    fn code<T>(&mut self, path: &str, value: &str, zh: &str, en: &str, parse: impl Fn(&str) -> Result<T, CodeError>) -> Option<T> {
        if !self.text(path, value, zh, en) {
            return None;
        }
        match parse(value) {
            Ok(parsed) => Some(parsed),
            Err(error) => {
                self.push(path, error.message);
                None
            }
        }
    }

    fn phone(&mut self, path: &str, value: &str, zh: &str, en: &str) {
        self.code(path, value, zh, en, PhoneNumber::parse);
    }

    /// `part` must not exceed `whole` (insured staff within the staff total, say).
    fn at_most(&mut self, path: &str, part: Option<u32>, whole: Option<u32>, part_name: (&str, &str), whole_name: (&str, &str)) {
        if let (Some(part), Some(whole)) = (part, whole) {
            if part > whole {
                self.push(
                    path,
                    Text::new(format!("{}（{part}）不能多于{}（{whole}）", part_name.0, whole_name.0), format!("{} ({part}) cannot exceed {} ({whole})", part_name.1, whole_name.1)),
                );
            }
        }
    }

    /// `earlier` must not be after `later`.
    fn date_order(&mut self, path: &str, earlier: Option<Date>, later: Option<Date>, earlier_name: (&str, &str), later_name: (&str, &str)) {
        if let (Some(earlier), Some(later)) = (earlier, later) {
            if earlier > later {
                self.push(
                    path,
                    Text::new(format!("{}（{earlier}）晚于{}（{later}）", earlier_name.0, later_name.0), format!("{} ({earlier}) is after {} ({later})", earlier_name.1, later_name.1)),
                );
            }
        }
    }
}

// ------------------------------------------------------------ 附件1

fn check_application(check: &mut Checker, facts: &Facts, form: &ApplicationForm) {
    let request = facts.request;
    let is_change = request == RequestKind::InformationChange;
    check.date_order("application.filled_on", form.filled_on, Some(facts.application_date), ("填报时间", "the filling date"), ("申请日期", "the application date"));
    check.text("application.unit_name", &form.unit_name, "单位名称", "the name of the unit");
    check.text("application.office_address.city", &form.office_address.city, "办公地址所在市", "the city of the office address");
    check.text("application.office_address.street", &form.office_address.street, "办公地址的街道门牌", "the street and number of the office address");
    check.text("application.registration_authority", &form.registration_authority, "注册（登记）机关", "the registration authority");
    check.code("application.credit_code", &form.credit_code, "统一社会信用代码", "the unified social credit code", CreditCode::parse);
    check.text("application.registered_capital", &form.registered_capital, "注册（登记）资金", "the registered capital");
    let nature = form.unit_nature.nature;
    check.some("application.unit_nature.nature", &nature, "单位性质", "the nature of the unit");
    if form.unit_nature.central_soe && nature != Some(UnitNature::Enterprise) {
        check.push("application.unit_nature.central_soe", Text::new("“央企”只能与“企业”一起勾选", "central SOE can only be ticked with enterprise"));
    }
    if form.unit_nature.private_school && nature != Some(UnitNature::School) {
        check.push("application.unit_nature.private_school", Text::new("“民办”只能与“院校”一起勾选", "private can only be ticked with school"));
    }
    check.text("application.legal_representative.name", &form.legal_representative.name, "单位法人姓名", "the legal representative's name");
    check.phone("application.legal_representative.phone", &form.legal_representative.phone, "单位法人联系电话", "the legal representative's telephone");
    let as_of = check.as_of;
    check.code("application.legal_representative.id_number", &form.legal_representative.id_number, "单位法人身份证号", "the legal representative's ID number", |value| IdNumber::parse_as_of(value, as_of));
    check.text("application.contact.name", &form.contact.name, "联系人姓名", "the contact's name");
    check.phone("application.contact.phone", &form.contact.phone, "联系人联系电话", "the contact's telephone");
    check.some("application.staff_total", &form.staff_total, "职工总数", "the total staff");
    check.some("application.insured_staff", &form.insured_staff, "缴纳社保人数", "the staff with social insurance");
    check.at_most("application.insured_staff", form.insured_staff, form.staff_total, ("缴纳社保人数", "staff with social insurance"), ("职工总数", "the total staff"));
    // 技能人员数 "仅企业填", 年招生人数 "仅院校填": by the nature box, not the applicant kind, since a
    // social organisation may be an enterprise.
    match (nature == Some(UnitNature::Enterprise), form.skilled_staff.is_some()) {
        (true, false) => check.missing("application.skilled_staff", "技能人员数（企业填）", "the skilled staff (enterprises)"),
        (false, true) => check.push("application.skilled_staff", Text::new("技能人员数仅企业填写", "skilled staff is filled in by enterprises only")),
        _ => {}
    }
    check.at_most("application.skilled_staff", form.skilled_staff, form.staff_total, ("技能人员数", "skilled staff"), ("职工总数", "the total staff"));
    match (nature == Some(UnitNature::School), form.yearly_enrolment.is_some()) {
        (true, false) => check.missing("application.yearly_enrolment", "年招生人数（院校填）", "the yearly enrolment (schools)"),
        (false, true) => check.push("application.yearly_enrolment", Text::new("年招生人数仅院校填写", "yearly enrolment is filled in by schools only")),
        _ => {}
    }
    match request {
        RequestKind::InformationChange | RequestKind::Incremental => {
            check.text("application.filing_number", &form.filing_number, "评价机构备案号", "the filing number");
        }
        _ if !form.filing_number.trim().is_empty() && request == RequestKind::FirstFiling => {
            check.push("application.filing_number", Text::new("首次备案尚无备案号，请留空", "a first filing has no filing number yet: leave it empty"));
        }
        _ => {}
    }
    check.some("application.institution_type", &form.institution_type, "申请备案评价机构类型", "the type of evaluation institution");

    if is_change {
        if form.changed_fields.is_empty() {
            check.push("application.changed_fields", Text::new("请标出变更的项目（打印时标红）", "mark the fields that changed (printed in red)"));
        }
        if form.changed_fields.contains(&ApplicationField::Occupations) && form.occupations.is_empty() {
            check.missing("application.occupations", "变更后的职业（工种）", "the changed occupations");
        }
    } else if !form.changed_fields.is_empty() {
        check.push("application.changed_fields", Text::new("只有备案信息变更才标出变更项目", "changed fields are marked only for a change of filed information"));
    }
    if !is_change && form.occupations.is_empty() {
        check.missing("application.occupations", "至少一个申请职业（工种）", "at least one occupation");
    }
    check_occupation_rows(check, form);
    for (material_box, reason) in form.unticked_boxes.iter() {
        if reason.trim().is_empty() {
            let key = serde_json::to_value(material_box).expect("a unit variant").as_str().expect("a string").to_string();
            check.push(
                format!("application.unticked_boxes.{key}"),
                Text::new(format!("请说明为何不提交第{}项材料", material_box.number()), format!("say why item {} is not handed in", material_box.number())),
            );
        }
    }
}

fn check_occupation_rows(check: &mut Checker, form: &ApplicationForm) {
    // (code, job type, level) → the first row that has it.
    let mut seen: BTreeMap<(String, String, Level), usize> = BTreeMap::new();
    for (index, row) in form.occupations.iter().enumerate() {
        let path = |field: &str| format!("application.occupations[{index}].{field}");
        let number = index + 1;
        if check.text(&path("code"), &row.code, &format!("第{number}行的职业编码"), &format!("the occupation code of row {number}")) {
            if OccupationCode::parse(&row.code).is_err() {
                check.push(path("code"), Text::new(format!("“{}”不是职业编码，格式如 6-18-01-01", row.code.trim()), format!("{:?} is not an occupation code, like 6-18-01-01", row.code.trim())));
            }
        }
        check.text(&path("occupation"), &row.occupation, &format!("第{number}行的职业名称"), &format!("the occupation of row {number}"));
        if row.levels.is_empty() {
            check.missing(&path("levels"), &format!("第{number}行的等级"), &format!("the level of row {number}"));
        }
        check.text(&path("standard"), &row.standard, &format!("第{number}行的评价标准"), &format!("the evaluation standard of row {number}"));
        let key_code = row.code.trim().to_string();
        let key_job = row.job_type.trim().to_string();
        for (position, level) in row.levels.iter().enumerate() {
            let first = *seen.entry((key_code.clone(), key_job.clone(), *level)).or_insert(index);
            let repeated_in_row = row.levels[..position].contains(level);
            if first != index || repeated_in_row {
                let where_zh = if first == index { "本行".to_string() } else { format!("第{}行", first + 1) };
                let where_en = if first == index { "this row".to_string() } else { format!("row {}", first + 1) };
                check.push(
                    path("levels"),
                    Text::new(
                        format!("{} {} {}已在{where_zh}填过", row.occupation.trim(), row.job_type.trim(), level.short_name()),
                        format!("{} {} level {} is already in {where_en}", row.code.trim(), row.job_type.trim(), level.number()),
                    ),
                );
            }
        }
    }
}

// ------------------------------------------------------------ 附件2, 附件3

/// The plan is "参考附件2": each of its six parts must say something, in any of its sections.
/// The problem names the part's first section, where the user starts writing it.
fn check_plan(check: &mut Checker, plan: &ImplementationPlan) {
    for part in plan.empty_parts() {
        let Some(first) = PLAN_SECTIONS.iter().find(|section| section.part == part) else { continue };
        let key = serde_json::to_value(first.id).expect("a unit variant").as_str().expect("a string").to_string();
        let heading = PLAN_PARTS[usize::from(part) - 1];
        check.missing(&format!("plan.sections.{key}"), &format!("“{}”部分", heading.zh), &format!("part {:?}", heading.en));
    }
}

fn check_systems(check: &mut Checker, systems: &SystemsChecklist) {
    for number in systems.systems.keys().filter(|number| !(1..=18).contains(*number)) {
        check.push(format!("systems.systems.{number}"), Text::new(format!("没有第{number}项制度（共18项）"), format!("there is no system {number} (there are 18)")));
    }
    for system in MANAGEMENT_SYSTEMS {
        let path = format!("systems.systems.{}", system.number);
        match systems.status(system.number) {
            SystemStatus::Adopted => {}
            SystemStatus::NotApplicable => {
                let note = systems.systems.get(&system.number).map(|entry| entry.note.as_str()).unwrap_or("");
                if note.trim().is_empty() {
                    check.push(format!("{path}.note"), Text::new(format!("第{}项标为不适用，请说明原因", system.number), format!("system {} is marked not applicable: say why", system.number)));
                }
            }
            SystemStatus::Missing | SystemStatus::Drafting => check.push(
                format!("{path}.status"),
                Text::new(format!("第{}项制度尚未制定：{}", system.number, system.title.zh), format!("system {} is not adopted yet: {}", system.number, lower_first(system.title.en))),
            ),
        }
    }
    for (index, system) in systems.additions.iter().enumerate() {
        let path = |field: &str| format!("systems.additions[{index}].{field}");
        let number = index + 1;
        if !system.group.is_some_and(|group| (1..=7).contains(&group)) {
            check.missing(&path("group"), &format!("自行增加的第{number}项制度所属类别"), &format!("the group of added system {number}"));
        }
        if check.text(&path("title"), &system.title, &format!("自行增加的第{number}项制度名称"), &format!("the title of added system {number}")) {
            match system.status {
                SystemStatus::Adopted => {}
                SystemStatus::NotApplicable => check.push(path("status"), Text::new("自行增加的制度不适用时删除即可", "an added system that does not apply can be removed")),
                SystemStatus::Missing | SystemStatus::Drafting => check.push(
                    path("status"),
                    Text::new(format!("自行增加的制度尚未制定：{}", system.title.trim()), format!("added system not adopted yet: {}", system.title.trim())),
                ),
            }
        }
    }
}

// ------------------------------------------------------------ 附件4

fn check_renewal(check: &mut Checker, facts: &Facts, form: &RenewalForm) {
    check.date_order("renewal.filled_on", form.filled_on, Some(facts.application_date), ("填报时间", "the filling date"), ("申请日期", "the application date"));
    check.text("renewal.institution_name", &form.institution_name, "机构名称", "the name of the institution");
    check.code("renewal.credit_code", &form.credit_code, "统一社会信用代码", "the unified social credit code", CreditCode::parse);
    check.text("renewal.filing_number", &form.filing_number, "评价机构备案号", "the filing number");
    check.some("renewal.institution_type", &form.institution_type, "备案机构类别", "the type of institution");
    check.text("renewal.legal_representative", &form.legal_representative, "法定代表人", "the legal representative");
    check.phone("renewal.legal_representative_phone", &form.legal_representative_phone, "法定代表人联系电话", "the legal representative's telephone");
    check.text("renewal.contact", &form.contact, "联系人", "the contact");
    check.text("renewal.contact_title", &form.contact_title, "联系人职务", "the contact's position");
    check.phone("renewal.contact_phone", &form.contact_phone, "联系人联系电话", "the contact's telephone");
    check.code("renewal.contact_email", &form.contact_email, "电子邮箱", "the e-mail address", check_email);
    if check.some("renewal.qualification_changed", &form.qualification_changed, "主体资质是否变更", "whether the legal qualification changed") && form.qualification_changed == Some(true) {
        check.text("renewal.changed_items", &form.changed_items, "变更项", "what changed");
    }
    check.some("renewal.credit_status", &form.credit_status, "单位信用情况", "the credit status");
    check.some("renewal.total_evaluated", &form.total_evaluated, "备案期评价人次", "the candidates evaluated in the period");
    check.some("renewal.total_certified", &form.total_certified, "备案期取证人次", "the certificates issued in the period");
    check.at_most("renewal.total_certified", form.total_certified, form.total_evaluated, ("取证人次", "certificates"), ("评价人次", "candidates evaluated"));
    let mut seen = BTreeSet::new();
    let (mut evaluated_sum, mut certified_sum) = (0u64, 0u64);
    for (index, row) in form.statistics.iter().enumerate() {
        let path = |field: &str| format!("renewal.statistics[{index}].{field}");
        let number = index + 1;
        check.text(&path("occupation"), &row.occupation, &format!("评价情况第{number}行的职业（工种）"), &format!("the occupation of statistics row {number}"));
        check.some(&path("level"), &row.level, &format!("评价情况第{number}行的等级"), &format!("the level of statistics row {number}"));
        check.some(&path("evaluated"), &row.evaluated, &format!("评价情况第{number}行的评价人次"), &format!("the candidates of statistics row {number}"));
        check.some(&path("certified"), &row.certified, &format!("评价情况第{number}行的取证人次"), &format!("the certificates of statistics row {number}"));
        check.at_most(&path("certified"), row.certified, row.evaluated, ("取证人次", "certificates"), ("评价人次", "candidates evaluated"));
        if let Some(level) = row.level {
            if !row.occupation.trim().is_empty() && !seen.insert((row.occupation.trim().to_string(), level)) {
                check.push(path("level"), Text::new(format!("{} {}已填过", row.occupation.trim(), level.short_name()), format!("{} level {} is already listed", row.occupation.trim(), level.number())));
            }
        }
        evaluated_sum += u64::from(row.evaluated.unwrap_or(0));
        certified_sum += u64::from(row.certified.unwrap_or(0));
    }
    // The rows may be only the five largest occupations (填表说明 2), so they sum to at most the total.
    if let Some(total) = form.total_evaluated {
        if evaluated_sum > u64::from(total) {
            check.push("renewal.statistics", Text::new(format!("各行评价人次之和（{evaluated_sum}）超过评价总量（{total}）"), format!("the rows' candidates ({evaluated_sum}) exceed the total ({total})")));
        }
    }
    if let Some(total) = form.total_certified {
        if certified_sum > u64::from(total) {
            check.push("renewal.statistics", Text::new(format!("各行取证人次之和（{certified_sum}）超过取证总量（{total}）"), format!("the rows' certificates ({certified_sum}) exceed the total ({total})")));
        }
    }
    let premises = &form.premises;
    if !premises.owned && !premises.rented {
        check.missing("renewal.premises", "场地（自有或租用）", "the premises (owned or rented)");
    }
    if premises.owned {
        check.text("renewal.premises.owned_location", &premises.owned_location, "自有场地地点", "the location of the owned premises");
    }
    if premises.rented {
        check.text("renewal.premises.rented_location", &premises.rented_location, "租用场地地点", "the location of the rented premises");
    }
    check.some("renewal.assessor_count", &form.assessor_count, "考评员人数", "the number of assessors");
    check.some("renewal.internal_supervisor_count", &form.internal_supervisor_count, "内部督导员人数", "the number of internal supervisors");
    check.some("renewal.has_standards", &form.has_standards, "有无职业标准、规范", "whether there are standards or norms");
    check.some("renewal.has_question_bank", &form.has_question_bank, "有无题库", "whether there is a question bank");
    check.some("renewal.has_monitoring", &form.has_monitoring, "有无监控", "whether there is monitoring");
    if form.fees.is_empty() {
        check.missing("renewal.fees", "收费标准（不收费填“无”）", "the fees (\"无\" when there is no fee)");
    }
    for (index, row) in form.fees.iter().enumerate() {
        let number = index + 1;
        check.text(&format!("renewal.fees[{index}].occupation"), &row.occupation, &format!("收费标准第{number}行的职业（工种）"), &format!("the occupation of fee row {number}"));
        if row.fees.iter().all(Option::is_none) {
            check.missing(&format!("renewal.fees[{index}].fees"), &format!("收费标准第{number}行至少一个等级的收费（不收费填“无”）"), &format!("a fee for at least one level in fee row {number} (\"无\" when free)"));
        }
    }
}

// ------------------------------------------------------------ 附件5, 附件6

fn check_equipment(check: &mut Checker, list: &EquipmentList) {
    check.text("equipment.unit_name", &list.unit_name, "单位名称", "the name of the unit");
    if list.groups.is_empty() {
        check.missing("equipment.groups", "至少一个职业（工种）的设施设备", "the equipment of at least one occupation");
    }
    for (group_index, group) in list.groups.iter().enumerate() {
        let group_path = format!("equipment.groups[{group_index}]");
        check.text(&format!("{group_path}.occupation"), &group.occupation, "职业（工种）", "the occupation");
        if group.items.is_empty() {
            check.missing(&format!("{group_path}.items"), &format!("“{}”的设施设备", group.occupation.trim()), &format!("the equipment for {:?}", group.occupation.trim()));
        }
        for (index, item) in group.items.iter().enumerate() {
            let path = |field: &str| format!("{group_path}.items[{index}].{field}");
            let number = index + 1;
            check.text(&path("name"), &item.name, &format!("第{number}行的名称"), &format!("the name in row {number}"));
            if check.text(&path("quantity"), &item.quantity, &format!("第{number}行的数量"), &format!("the quantity in row {number}")) {
                if let Err(message) = crate::core::forms::equipment::check_quantity(&item.quantity) {
                    check.push(path("quantity"), message);
                }
            }
            check.text(&path("ownership"), &item.ownership, &format!("第{number}行的权属"), &format!("the ownership in row {number}"));
        }
    }
}

/// An incremental filing hands in only the evidence of what it adds (5.3 "第3~5项仅需提供与申请
/// 新增职业（工种）、考点等相关的佐证材料"): no table is required on its own, but 附件6 is that
/// evidence, so it names at least one person. Other procedures fill all four tables.
fn check_staff(check: &mut Checker, staff: &StaffTables, request: RequestKind) {
    let incremental = request == RequestKind::Incremental;
    if incremental && StaffTable::ALL.into_iter().all(|table| staff.table(table).is_empty()) {
        check.push("staff", Text::new("请至少填写一名与新增职业（工种）、考点相关的人员（5.3）", "name at least one person related to the occupations or sites being added (5.3)"));
    }
    for table in StaffTable::ALL {
        let members = staff.table(table);
        let title = table.title();
        if members.is_empty() && !incremental {
            check.missing(&format!("staff.{}", table.field()), &format!("“{}”至少一人", title.zh), &format!("at least one person in {}", lower_first(title.en)));
        }
        let mut seen: BTreeMap<(IdDocumentKind, String), usize> = BTreeMap::new();
        let as_of = check.as_of;
        for (index, member) in members.iter().enumerate() {
            let path = |field: &str| format!("staff.{}[{index}].{field}", table.field());
            let number = index + 1;
            let row_zh = format!("{}第{number}行", title.zh);
            let row_en = format!("row {number} of {}", lower_first(title.en));
            check.text(&path("name"), &member.name, &format!("{row_zh}的姓名"), &format!("the name in {row_en}"));
            let kind = member.id_kind;
            let id = check
                .code(&path("id_number"), &member.id_number, &format!("{row_zh}的身份证件号"), &format!("the ID number in {row_en}"), |number| kind.check_as_of(number, as_of))
                .map(|()| (kind, member.id_number.trim().to_string()));
            check.text(&path("title"), &member.title, &format!("{row_zh}的职务/职称/技能等级"), &format!("the position, title or skill level in {row_en}"));
            check.text(&path("education"), &member.education, &format!("{row_zh}的学历"), &format!("the education in {row_en}"));
            let detail = table.detail_heading();
            check.text(&path("detail"), &member.detail, &format!("{row_zh}的{}", detail.zh), &format!("the {} in {row_en}", lower_first(detail.en)));
            if let Some(id) = id {
                let first = *seen.entry(id).or_insert(index);
                if first != index {
                    check.push(
                        path("id_number"),
                        Text::new(format!("同一人（身份证件号相同）已在{}第{}行", title.zh, first + 1), format!("the same person (same ID number) is already in row {}", first + 1)),
                    );
                }
            }
        }
    }
}

// ------------------------------------------------------------ 附件7, 附件8

fn check_header(check: &mut Checker, field: &str, header: &SummaryHeader) {
    check.text(&format!("{field}.header.reporting_office"), &header.reporting_office, "填报单位", "the reporting office");
    check.text(&format!("{field}.header.reporter"), &header.reporter, "填报人", "the reporter");
    check.phone(&format!("{field}.header.phone"), &header.phone, "联系电话", "the telephone");
    check.some(&format!("{field}.header.date"), &header.date, "填报日期", "the date");
}

fn check_summary_identity(check: &mut Checker, path: &dyn Fn(&str) -> String, number: usize, city: &str, kind_given: bool, name: &str, filing_number: &str) {
    check.text(&path("city"), city, &format!("第{number}行的地市"), &format!("the city of row {number}"));
    if !kind_given {
        check.missing(&path("institution_kind"), &format!("第{number}行的机构类型"), &format!("the kind of institution of row {number}"));
    }
    check.text(&path("institution_name"), name, &format!("第{number}行的机构名称"), &format!("the name of the institution of row {number}"));
    check.text(&path("filing_number"), filing_number, &format!("第{number}行的备案号"), &format!("the filing number of row {number}"));
}

fn check_renewal_summary(check: &mut Checker, summary: &RenewalSummary) {
    check_header(check, "renewal_summary", &summary.header);
    for (index, row) in summary.rows.iter().enumerate() {
        let path = |field: &str| format!("renewal_summary.rows[{index}].{field}");
        let number = index + 1;
        check_summary_identity(check, &path, number, &row.city, row.institution_kind.is_some(), &row.institution_name, &row.filing_number);
        check.some(&path("filed_on"), &row.filed_on, &format!("第{number}行的备案成功时间"), &format!("the filing date of row {number}"));
        check.some(&path("expires_on"), &row.expires_on, &format!("第{number}行的备案到期时间"), &format!("the expiry date of row {number}"));
        check.date_order(&path("expires_on"), row.filed_on, row.expires_on, ("备案成功时间", "the filing date"), ("备案到期时间", "the expiry date"));
        check.at_most(&path("certified"), row.certified, row.evaluated, ("取证人次", "certificates"), ("评价人次", "candidates evaluated"));
        check.some(&path("decision"), &row.decision, &format!("第{number}行的续期决定"), &format!("the decision of row {number}"));
        if row.decision.is_some_and(|decision| decision != RenewalDecision::Renew) && (row.renewed_from.is_some() || row.renewed_until.is_some()) {
            check.push(path("renewed_from"), Text::new("只有决定续期的才填续期起止日期", "a renewal period is given only for a renewal"));
        }
        check.date_order(&path("renewed_until"), row.renewed_from, row.renewed_until, ("续期起始日期", "the renewal's start"), ("续期截止日期", "the renewal's end"));
        check.date_order(&path("renewed_from"), row.filed_on, row.renewed_from, ("备案成功时间", "the filing date"), ("续期起始日期", "the renewal's start"));
    }
}

fn check_termination_summary(check: &mut Checker, summary: &TerminationSummary) {
    check_header(check, "termination_summary", &summary.header);
    for (index, row) in summary.rows.iter().enumerate() {
        let path = |field: &str| format!("termination_summary.rows[{index}].{field}");
        let number = index + 1;
        check_summary_identity(check, &path, number, &row.city, row.institution_kind.is_some(), &row.institution_name, &row.filing_number);
        check.some(&path("filed_on"), &row.filed_on, &format!("第{number}行的备案成功时间"), &format!("the filing date of row {number}"));
        check.some(&path("terminated_on"), &row.terminated_on, &format!("第{number}行的终止备案时间"), &format!("the termination date of row {number}"));
        check.date_order(&path("terminated_on"), row.filed_on, row.terminated_on, ("备案成功时间", "the filing date"), ("终止备案时间", "the termination date"));
        check.some(&path("has_evaluated"), &row.has_evaluated, &format!("第{number}行“是否开展过评价”"), &format!("whether row {number} has evaluated"));
        check.some(&path("has_issued_certificates"), &row.has_issued_certificates, &format!("第{number}行“是否发过证书”"), &format!("whether row {number} has issued certificates"));
        check.some(
            &path("has_unregistered_certificate_data"),
            &row.has_unregistered_certificate_data,
            &format!("第{number}行“是否有尚未入网的证书数据”"),
            &format!("whether row {number} has certificate data not yet online"),
        );
        if row.has_evaluated == Some(false) && row.has_issued_certificates == Some(true) {
            check.push(path("has_issued_certificates"), Text::new("未开展过评价却发过证书，请核对", "certificates issued without any evaluation: check the row"));
        }
        check.text(&path("reason"), &row.reason, &format!("第{number}行的终止备案原因"), &format!("the reason of row {number}"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::forms::application::{Address, ApplicationOccupation, Contact, InstitutionType, LegalRepresentative, UnitNatureBoxes};
    use crate::core::forms::equipment::{EquipmentGroup, EquipmentItem};
    use crate::core::forms::renewal::{CreditStatus, EvaluationStatistic, Fee, FeeRow, Premises};
    use crate::core::forms::staff::StaffMember;
    use crate::core::forms::summaries::{SummaryInstitutionKind, TerminationSummaryRow};
    use crate::core::forms::systems::{AddedSystem, SystemEntry};

    const CREDIT_CODE: &str = "91350100M000100Y43";
    const ID_A: &str = "11010519491231002X";
    const ID_B: &str = "440524188001010014";

    fn example_facts() -> Facts {
        crate::core::package::read_package(include_str!("../../../examples/package-social-org.json")).unwrap().facts
    }

    fn person(name: &str, id: &str) -> StaffMember {
        StaffMember { name: name.into(), id_number: id.into(), title: "高级技师".into(), education: "大专".into(), detail: "车工".into(), ..StaffMember::default() }
    }

    /// A complete, valid form set for the example's social organisation (first filing).
    fn complete_forms(facts: &Facts) -> FormSet {
        let mut forms = FormSet::default();
        forms.start_needed_forms(facts, &materials(facts));
        let application = forms.application.as_mut().unwrap();
        *application = ApplicationForm {
            unit_name: "新乡某职业培训学校有限公司".into(),
            office_address: Address { city: "新乡".into(), district: "红旗".into(), street: "平原路1".into() },
            registration_authority: "河南省市场监督管理局".into(),
            credit_code: CREDIT_CODE.into(),
            registered_capital: "500万元".into(),
            unit_nature: UnitNatureBoxes { nature: Some(UnitNature::Enterprise), central_soe: false, private_school: false },
            legal_representative: LegalRepresentative { name: "张三".into(), phone: "13812345678".into(), id_number: ID_A.into() },
            contact: Contact { name: "李四".into(), phone: "0373-1234567".into() },
            staff_total: Some(50),
            insured_staff: Some(48),
            skilled_staff: Some(30),
            occupations: application.occupations.iter().cloned().map(|row| ApplicationOccupation { standard: "国标2018年版".into(), ..row }).collect(),
            ..application.clone()
        };
        let plan = forms.plan.as_mut().unwrap();
        for section in PLAN_SECTIONS {
            if !plan.sections.contains_key(&section.id) {
                plan.sections.insert(section.id, "见正文".into());
            }
        }
        let systems = forms.systems.as_mut().unwrap();
        for system in MANAGEMENT_SYSTEMS {
            systems.systems.insert(system.number, SystemEntry { status: SystemStatus::Adopted, note: String::new() });
        }
        let equipment = forms.equipment.as_mut().unwrap();
        equipment.unit_name = "新乡某职业培训学校有限公司".into();
        for group in &mut equipment.groups {
            group.items.push(EquipmentItem { name: "数控车床".into(), model: "CK6140".into(), quantity: "4台".into(), ownership: "自有".into() });
        }
        let staff = forms.staff.as_mut().unwrap();
        staff.workers.push(person("王五", ID_A));
        staff.assessors.push(person("王五", ID_A));
        staff.assessors.push(person("赵六", ID_B));
        staff.experts.push(person("赵六", ID_B));
        staff.quality_supervisors.push(person("钱七", ID_B));
        forms
    }

    fn paths(problems: &[Problem]) -> Vec<&str> {
        problems.iter().map(|problem| problem.path.as_str()).collect()
    }

    /// Runs the validation after `change` and expects exactly these problem paths.
    fn check(facts: &Facts, change: impl FnOnce(&mut FormSet), expected: &[&str]) {
        let mut forms = complete_forms(&example_facts());
        change(&mut forms);
        let problems = validate_form_set(facts, &forms);
        assert_eq!(paths(&problems), expected, "{problems:#?}");
        for problem in &problems {
            assert!(!problem.message.zh.is_empty() && !problem.message.en.is_empty());
            assert!(!problem.message.en.ends_with('.'), "{}", problem.message.en);
            assert!(problem.message.en.chars().next().is_some_and(|c| !c.is_uppercase()), "{}", problem.message.en);
        }
    }

    #[test]
    fn field_ids_follow_the_path() {
        assert_eq!(field_id("staff.assessors[2].id_number"), "field-staff-assessors-2-id_number");
        assert_eq!(field_id("plan.sections.unit-overview"), "field-plan-sections-unit-overview");
        assert_eq!(field_id("application"), "field-application");
    }

    #[test]
    fn a_complete_first_filing_has_no_problem() {
        check(&example_facts(), |_| {}, &[]);
    }

    #[test]
    fn the_counts_follow_the_unit_nature_box() {
        let mut facts = example_facts();
        facts.applicant.kind = crate::core::facts::ApplicantKind::School;
        facts.applicant.legal_form = crate::core::facts::LegalForm::School;
        let school = |forms: &mut FormSet| {
            let form = forms.application.as_mut().unwrap();
            form.unit_nature = UnitNatureBoxes { nature: Some(UnitNature::School), central_soe: false, private_school: true };
            form.institution_type = Some(InstitutionType::School);
        };
        check(&facts, school, &["application.skilled_staff", "application.yearly_enrolment"]);
        check(
            &facts,
            |forms| {
                school(forms);
                let form = forms.application.as_mut().unwrap();
                form.skilled_staff = None;
                form.yearly_enrolment = Some(1200);
            },
            &[],
        );
    }

    #[test]
    fn every_needed_form_must_be_started() {
        let problems = validate_form_set(&example_facts(), &FormSet::default());
        assert_eq!(paths(&problems), ["application", "plan", "systems", "equipment", "staff"]);
    }

    #[test]
    fn codes_numbers_and_counts_are_parsed() {
        let facts = example_facts();
        check(
            &facts,
            |forms| {
                let form = forms.application.as_mut().unwrap();
                form.credit_code = "91350100M000100Y44".into();
                form.legal_representative.id_number = "110105194912310021".into();
                form.legal_representative.phone = "1381234567".into();
                form.contact.phone = String::new();
                form.insured_staff = Some(51);
                form.yearly_enrolment = Some(100);
                form.unit_nature.private_school = true;
                form.filing_number = "HN-001".into();
            },
            &[
                "application.credit_code",
                "application.unit_nature.private_school",
                "application.legal_representative.phone",
                "application.legal_representative.id_number",
                "application.contact.phone",
                "application.insured_staff",
                "application.yearly_enrolment",
                "application.filing_number",
            ],
        );
    }

    #[test]
    fn duplicate_rows_are_found() {
        let facts = example_facts();
        check(
            &facts,
            |forms| {
                let form = forms.application.as_mut().unwrap();
                let mut again = form.occupations[0].clone();
                again.levels = vec![Level::Two, Level::Four];
                form.occupations.push(again);
                form.occupations[1].levels = vec![Level::Four, Level::Four];
                forms.staff.as_mut().unwrap().assessors.push(person("王五", ID_A));
            },
            &["application.occupations[1].levels", "application.occupations[2].levels", "staff.assessors[2].id_number"],
        );
    }

    #[test]
    fn an_unticked_material_box_needs_its_reason() {
        use crate::core::forms::application::MaterialBox;
        check(&example_facts(), |forms| { forms.application.as_mut().unwrap().unticked_boxes.insert(MaterialBox::Other, " ".into()); }, &["application.unticked_boxes.other"]);
        check(&example_facts(), |forms| { forms.application.as_mut().unwrap().unticked_boxes.insert(MaterialBox::Other, "已在实施方案中附".into()); }, &[]);
    }

    #[test]
    fn the_plan_needs_its_six_parts_not_every_section_of_the_sample() {
        use crate::core::forms::plan::PlanSectionId;
        let only = |kept: &'static [(PlanSectionId, &'static str)]| {
            move |forms: &mut FormSet| {
                let plan = forms.plan.as_mut().unwrap();
                plan.sections.clear();
                plan.sections.extend(kept.iter().map(|(id, text)| (*id, text.to_string())));
            }
        };
        let one_per_part: &[(PlanSectionId, &str)] = &[
            (PlanSectionId::UnitOverview, "单位概况"),
            (PlanSectionId::EvaluationMethods, "考试考核"),
            (PlanSectionId::QualityAssurance, "质量保障"),
            (PlanSectionId::Workflow, "流程"),
            (PlanSectionId::WorkPlan, "计划"),
            (PlanSectionId::CertificateSample, "见附件"),
        ];
        check(&example_facts(), only(one_per_part), &[]);
        check(&example_facts(), only(&one_per_part[..5]), &["plan.sections.certificate-sample"]);
        check(&example_facts(), only(&[]), &["plan.sections.unit-overview", "plan.sections.evaluation-object", "plan.sections.policy-support", "plan.sections.workflow", "plan.sections.work-plan", "plan.sections.certificate-sample"]);
    }

    #[test]
    fn an_incremental_filing_needs_only_the_staff_related_to_what_it_adds() {
        let mut facts = example_facts();
        facts.request = RequestKind::Incremental;
        let incremental = |forms: &mut FormSet| {
            forms.plan = None;
            forms.systems = None;
            forms.application.as_mut().unwrap().filing_number = "豫评备2024-001".into();
            let staff = forms.staff.as_mut().unwrap();
            staff.workers.clear();
            staff.experts.clear();
            staff.quality_supervisors.clear();
        };
        check(&facts, incremental, &[]);
        check(
            &facts,
            |forms| {
                incremental(forms);
                forms.staff.as_mut().unwrap().assessors.clear();
            },
            &["staff"],
        );
        // A first filing still fills all four tables.
        check(&example_facts(), |forms| forms.staff.as_mut().unwrap().workers.clear(), &["staff.workers"]);
    }

    #[test]
    fn a_staff_member_may_hold_another_identity_document() {
        use crate::core::forms::id_documents::IdDocumentKind;
        let facts = example_facts();
        let passport = |number: &str| StaffMember { id_kind: IdDocumentKind::Passport, ..person("John Smith", number) };
        check(&facts, |forms| forms.staff.as_mut().unwrap().experts.push(passport("E12345678")), &[]);
        // A passport number is not checked as a mainland ID, and a wrong one is still found.
        check(&facts, |forms| forms.staff.as_mut().unwrap().experts.push(passport("E12")), &["staff.experts[1].id_number"]);
        check(
            &facts,
            |forms| {
                let experts = &mut forms.staff.as_mut().unwrap().experts;
                experts.push(StaffMember { id_kind: IdDocumentKind::TaiwanTravelPermit, ..person("陈", "01234567") });
                experts.push(StaffMember { id_kind: IdDocumentKind::TaiwanTravelPermit, ..person("陈", "01234567") });
            },
            &["staff.experts[2].id_number"],
        );
    }

    #[test]
    fn an_information_change_fills_only_the_basic_information_and_marks_what_changed() {
        let mut facts = example_facts();
        facts.request = RequestKind::InformationChange;
        let only_basic = |forms: &mut FormSet| {
            forms.plan = None;
            forms.systems = None;
            forms.equipment = None;
            forms.staff = None;
            forms.application.as_mut().unwrap().occupations.clear();
        };
        check(&facts, only_basic, &["application.filing_number", "application.changed_fields"]);
        check(
            &facts,
            |forms| {
                only_basic(forms);
                let form = forms.application.as_mut().unwrap();
                form.filing_number = "豫评备2024-001".into();
                form.changed_fields.insert(ApplicationField::UnitName);
            },
            &[],
        );
        check(&example_facts(), |forms| { forms.application.as_mut().unwrap().changed_fields.insert(ApplicationField::Contact); }, &["application.changed_fields"]);
    }

    #[test]
    fn every_text_has_a_length_the_paper_holds() {
        use crate::core::forms::plan::PlanSectionId;
        check(
            &example_facts(),
            |forms| {
                forms.application.as_mut().unwrap().unit_name = "甲".repeat(MAX_FIELD_CHARS + 1);
                forms.plan.as_mut().unwrap().sections.insert(PlanSectionId::Workflow, "乙".repeat(MAX_PLAN_SECTION_CHARS + 1));
                forms.plan.as_mut().unwrap().sections.insert(PlanSectionId::UnitOverview, "丙".repeat(MAX_PLAN_SECTION_CHARS));
                forms.equipment.as_mut().unwrap().groups[0].items[0].model = "x".repeat(40_000);
            },
            &["application.unit_name", "plan.sections.workflow", "equipment.groups[0].items[0].model"],
        );
        let mut forms = FormSet::default();
        forms.termination_summary = Some(TerminationSummary::default());
        forms.termination_summary.as_mut().unwrap().header.reporter = "丁".repeat(MAX_FIELD_CHARS + 1);
        let problems = validate_office_forms(&forms);
        let problem = problems.iter().find(|problem| problem.path == "termination_summary.header.reporter").unwrap();
        assert_eq!(problem.message.en, "at most 1000 characters, this has 1001: the paper form has no room for it, shorten it");
    }

    #[test]
    fn systems_plan_and_equipment() {
        use crate::core::forms::plan::PlanSectionId;
        check(
            &example_facts(),
            |forms| {
                let systems = forms.systems.as_mut().unwrap();
                systems.systems.insert(3, SystemEntry { status: SystemStatus::NotApplicable, note: String::new() });
                systems.systems.remove(&5);
                systems.systems.insert(19, SystemEntry::default());
                forms.plan.as_mut().unwrap().sections.insert(PlanSectionId::Workflow, "  ".into());
                let equipment = forms.equipment.as_mut().unwrap();
                equipment.groups[0].items[0].quantity = "0台".into();
                equipment.groups.push(EquipmentGroup { occupation: "4-03-02-01".into(), items: vec![] });
            },
            &["plan.sections.workflow", "systems.systems.19", "systems.systems.3.note", "systems.systems.5.status", "equipment.groups[0].items[0].quantity", "equipment.groups[2].items"],
        );
        check(
            &example_facts(),
            |forms| {
                let additions = &mut forms.systems.as_mut().unwrap().additions;
                additions.push(AddedSystem { group: Some(2), title: "综合评审实施办法".into(), status: SystemStatus::Adopted, note: String::new() });
                additions.push(AddedSystem { group: None, title: "过程化考核办法".into(), status: SystemStatus::Drafting, note: String::new() });
            },
            &["systems.additions[1].group", "systems.additions[1].status"],
        );
    }

    fn complete_renewal() -> RenewalForm {
        RenewalForm {
            institution_name: "新乡某职业培训学校有限公司".into(),
            credit_code: CREDIT_CODE.into(),
            filing_number: "豫评备2024-001".into(),
            institution_type: Some(InstitutionType::ProvincialSocialOrg),
            legal_representative: "张三".into(),
            legal_representative_phone: "13812345678".into(),
            contact: "李四".into(),
            contact_title: "办公室主任".into(),
            contact_phone: "0373-1234567".into(),
            contact_email: "office@example.cn".into(),
            qualification_changed: Some(false),
            credit_status: Some(CreditStatus::Normal),
            total_evaluated: Some(300),
            total_certified: Some(250),
            statistics: vec![EvaluationStatistic { occupation: "车工".into(), level: Some(Level::Four), evaluated: Some(200), certified: Some(180) }],
            premises: Premises { owned: true, owned_location: "新乡市红旗区".into(), ..Premises::default() },
            assessor_count: Some(10),
            internal_supervisor_count: Some(2),
            has_standards: Some(true),
            has_question_bank: Some(true),
            has_monitoring: Some(true),
            fees: vec![FeeRow { occupation: "车工".into(), fees: [None, None, Some(Fee::Yuan(300)), Some(Fee::Yuan(200)), Some(Fee::NoFee)] }],
            ..RenewalForm::default()
        }
    }

    #[test]
    fn a_renewal_checks_its_statistics_fees_and_dates() {
        let mut facts = example_facts();
        facts.request = RequestKind::Renewal;
        let renewal_only = |forms: &mut FormSet| *forms = FormSet { renewal: Some(complete_renewal()), ..FormSet::default() };
        check(&facts, renewal_only, &[]);
        check(
            &facts,
            |forms| {
                renewal_only(forms);
                let form = forms.renewal.as_mut().unwrap();
                form.filled_on = Some(jiff::civil::date(2026, 12, 2));
                form.contact_email = "office".into();
                form.qualification_changed = Some(true);
                form.statistics.push(EvaluationStatistic { occupation: "车工".into(), level: Some(Level::Four), evaluated: Some(150), certified: Some(160) });
                form.fees[0].fees = Default::default();
            },
            &[
                "renewal.filled_on",
                "renewal.contact_email",
                "renewal.changed_items",
                "renewal.statistics[1].certified",
                "renewal.statistics[1].level",
                "renewal.statistics",
                "renewal.statistics",
                "renewal.fees[0].fees",
            ],
        );
    }

    #[test]
    fn the_termination_summary_checks_its_rows() {
        let mut facts = example_facts();
        facts.request = RequestKind::Termination;
        let row = TerminationSummaryRow {
            city: "新乡市".into(),
            institution_kind: Some(SummaryInstitutionKind::SocialOrg),
            institution_name: "新乡某职业培训学校有限公司".into(),
            filing_number: "豫评备2024-001".into(),
            filed_on: Some(jiff::civil::date(2024, 5, 1)),
            terminated_on: Some(jiff::civil::date(2024, 4, 1)),
            has_evaluated: Some(false),
            has_issued_certificates: Some(true),
            has_unregistered_certificate_data: None,
            reason: "业务调整".into(),
        };
        let header = SummaryHeader { reporting_office: "新乡市人社局".into(), reporter: "周八".into(), phone: "0373-7654321".into(), date: None };
        check(
            &facts,
            |forms| *forms = FormSet { termination_summary: Some(TerminationSummary { header, rows: vec![row] }), ..FormSet::default() },
            &[
                "termination_summary.header.date",
                "termination_summary.rows[0].terminated_on",
                "termination_summary.rows[0].has_unregistered_certificate_data",
                "termination_summary.rows[0].has_issued_certificates",
            ],
        );
        // 附件7: the decision is required, and a period belongs to a renewal only (6.4.2).
        let renewal_row = crate::core::forms::summaries::RenewalSummaryRow {
            city: "新乡市".into(),
            institution_kind: Some(SummaryInstitutionKind::SocialOrg),
            institution_name: "新乡某职业培训学校有限公司".into(),
            filing_number: "豫评备2024-001".into(),
            filed_on: Some(jiff::civil::date(2021, 5, 1)),
            expires_on: Some(jiff::civil::date(2024, 5, 1)),
            renewed_from: Some(jiff::civil::date(2024, 5, 2)),
            ..Default::default()
        };
        let header = SummaryHeader { reporting_office: "新乡市人社局".into(), reporter: "周八".into(), phone: "0373-7654321".into(), date: Some(jiff::civil::date(2024, 4, 1)) };
        let with_decision = |decision: Option<RenewalDecision>| FormSet {
            renewal_summary: Some(crate::core::forms::summaries::RenewalSummary { header: header.clone(), rows: vec![crate::core::forms::summaries::RenewalSummaryRow { decision, ..renewal_row.clone() }] }),
            ..FormSet::default()
        };
        assert_eq!(paths(&validate_office_forms(&with_decision(None))), ["renewal_summary.rows[0].decision"]);
        assert_eq!(paths(&validate_office_forms(&with_decision(Some(RenewalDecision::Renew)))), Vec::<&str>::new());
        assert_eq!(paths(&validate_office_forms(&with_decision(Some(RenewalDecision::Terminated)))), ["renewal_summary.rows[0].renewed_from"]);
        // An office checks its tables without a self-check: the same problems, nothing else.
        let forms = FormSet { termination_summary: Some(TerminationSummary { header: SummaryHeader::default(), rows: Vec::new() }), ..FormSet::default() };
        assert_eq!(paths(&validate_office_forms(&forms)), ["termination_summary.header.reporting_office", "termination_summary.header.reporter", "termination_summary.header.phone", "termination_summary.header.date"]);
    }
}
