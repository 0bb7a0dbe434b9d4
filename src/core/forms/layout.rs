//! The paper forms as data: each attachment laid out as the guide prints it (its sheets, their
//! titles, tables, boxes and notes), from the form set. One layout, rendered twice: as HTML for
//! the print preview and A4 print (`ui::forms::print`), and as DOCX for officials who edit in WPS
//! or Word (`office::docx`). The sheets are in Chinese: they are the official forms.

use jiff::civil::Date;

use crate::core::evaluate::MaterialOut;
use crate::core::facts::RequestKind;
use crate::core::forms::application::{
    ApplicationField, ApplicationForm, BusinessType, InstitutionType, MaterialBox, UnitNature, submitted_material_boxes,
};
use crate::core::forms::equipment::EquipmentList;
use crate::core::forms::id_documents::DocumentNumber;
use crate::core::forms::plan::{ImplementationPlan, PLAN_PARTS, PLAN_SECTIONS};
use crate::core::forms::renewal::{CreditStatus, RenewalForm};
use crate::core::forms::staff::{StaffTable, StaffTables};
use crate::core::forms::summaries::{RenewalSummary, SummaryHeader, SummaryTable, TerminationSummary};
use crate::core::forms::systems::{MANAGEMENT_SYSTEMS, SYSTEM_GROUPS, SystemsChecklist, printed_list};
use crate::core::forms::{FormId, FormSet, codes::Level};
use crate::core::iso_date;

/// A4 portrait, or landscape for the wide tables (附件6, 附件7, 附件8).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Orientation {
    Portrait,
    Landscape,
}

/// One sheet: a run of pages that starts on a new page.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    pub form: FormId,
    /// What the sheet is, for screen readers and the DOCX outline: `附件1 封面`.
    pub name: String,
    pub orientation: Orientation,
    pub blocks: Vec<Block>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// `附件1`, top left.
    Attachment(&'static str),
    /// The cover's big title, one line each.
    CoverTitle(Vec<String>),
    /// The cover's lines, each a label, an underlined value and the words after it.
    CoverLines(Vec<CoverLine>),
    Title(String),
    Subtitle(String),
    /// A heading inside a sheet (the plan's parts, level 1, and sections, level 2).
    Heading { level: u8, text: String },
    /// A paragraph; line breaks are kept.
    Text(String),
    Table(Table),
    /// 填表说明 and the like, small.
    Notes(Vec<Note>),
}

/// One line of a cover: `单位名称：＿＿＿＿（印章）`. Only the value is underlined; an empty value
/// keeps its blank (ideographic spaces, underlined), so the line can still be filled in by hand.
#[derive(Clone, Debug, PartialEq)]
pub struct CoverLine {
    pub label: String,
    pub value: String,
    /// Printed after the value, not underlined (附件4's `（印章）`).
    pub suffix: String,
    /// Changed in an information change: printed in red (4.3.2).
    pub changed: bool,
}

/// The blank of an empty cover value: room for a name written by hand.
pub const COVER_BLANK: &str = "　　　　　　　　　　";

fn cover_line(label: &str, value: &str, suffix: &str, changed: bool) -> CoverLine {
    let value = value.trim();
    CoverLine { label: label.to_string(), value: if value.is_empty() { COVER_BLANK.to_string() } else { value.to_string() }, suffix: suffix.to_string(), changed }
}

/// One part of 办公地址 `_____市_____区_____号`: the typed text with the form's own unit word
/// after it, unless the text already ends with it or with another word of its level (`新乡市`
/// stays `新乡市`, `原阳县` is not `原阳县区`); an empty part keeps the form's blank.
fn address_part(typed: &str, unit: char, same_level: &[char]) -> String {
    let typed = typed.trim();
    if typed.is_empty() {
        return format!("＿＿＿＿{unit}");
    }
    match typed.chars().last() {
        Some(last) if last == unit || same_level.contains(&last) => typed.to_string(),
        _ => format!("{typed}{unit}"),
    }
}

/// 办公地址 as the form prints it.
pub fn office_address_line(address: &crate::core::forms::application::Address) -> String {
    format!(
        "{}{}{}",
        address_part(&address.city, '市', &['州', '盟']),
        address_part(&address.district, '区', &['县', '市']),
        address_part(&address.street, '号', &[]),
    )
}

#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    pub text: String,
    pub changed: bool,
    /// Shown in the preview but not printed (an explanation for the user, not the form's).
    pub screen_only: bool,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Table {
    pub caption: Option<String>,
    /// Relative column widths; their count is the table's number of columns.
    pub columns: Vec<u16>,
    /// Rows repeated at the top of every page the table runs onto.
    pub header: Vec<Vec<Cell>>,
    pub body: Vec<Vec<Cell>>,
    /// Rows of items (centred, smaller where the table is wide) rather than a key–value grid.
    pub rows_of_items: bool,
    pub small: bool,
    /// Shown in the preview but neither printed nor in the DOCX (the applicant's working notes).
    pub screen_only: bool,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Cell {
    pub text: String,
    /// How many columns the cell spans.
    pub span: u16,
    pub kind: CellKind,
    /// Changed in an information change: printed in red (4.3.2).
    pub changed: bool,
    /// An ID number: masked on screen, printed in full.
    pub personal: bool,
    /// May wrap inside a wide table (names, reasons); other cells in small tables keep whole.
    pub wrap: bool,
    /// A signature box: its lines, the signature and the date, and room for ink.
    pub signature: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum CellKind {
    /// A column's or a row's heading.
    Head,
    #[default]
    Data,
    /// A heading across the table (`一、基本信息`).
    Group,
}

impl Cell {
    pub fn data(text: impl Into<String>) -> Cell {
        Cell { text: text.into(), span: 1, ..Cell::default() }
    }

    pub fn head(text: impl Into<String>) -> Cell {
        Cell { text: text.into(), span: 1, kind: CellKind::Head, ..Cell::default() }
    }

    pub fn group(text: impl Into<String>, span: u16) -> Cell {
        Cell { text: text.into(), span, kind: CellKind::Group, ..Cell::default() }
    }

    pub fn span(mut self, span: u16) -> Cell {
        self.span = span;
        self
    }

    pub fn changed(mut self, changed: bool) -> Cell {
        self.changed = changed;
        self
    }

    fn personal(mut self) -> Cell {
        self.personal = true;
        self
    }

    fn wrap(mut self) -> Cell {
        self.wrap = true;
        self
    }
}

/// The sheets of one form, or `None` when the form is not started.
pub fn sheets(form: FormId, forms: &FormSet, request: Option<RequestKind>, materials: Option<&[MaterialOut]>) -> Option<Vec<Sheet>> {
    Some(match form {
        FormId::Application => application(forms.application.as_ref()?, request, materials),
        FormId::ImplementationPlan => vec![plan(forms.plan.as_ref()?, forms)],
        FormId::ManagementSystems => vec![systems(forms.systems.as_ref()?)],
        FormId::Renewal => renewal(forms.renewal.as_ref()?),
        FormId::Equipment => vec![equipment(forms.equipment.as_ref()?)],
        FormId::Staff => vec![staff(forms.staff.as_ref()?)],
        FormId::RenewalSummary => vec![renewal_summary(forms.renewal_summary.as_ref()?)],
        FormId::TerminationSummary => vec![termination_summary(forms.termination_summary.as_ref()?)],
    })
}

pub fn mark(ticked: bool) -> &'static str {
    if ticked { "☑" } else { "☐" }
}

/// `2026年12月1日`, or the blanks of the paper form.
pub fn date_zh(date: Option<Date>) -> String {
    match date {
        Some(date) => format!("{}年{}月{}日", date.year(), date.month(), date.day()),
        None => "　　　年　　月　　日".to_string(),
    }
}

fn iso(date: Option<Date>) -> String {
    date.map(iso_date::format).unwrap_or_default()
}

fn count(value: Option<u32>) -> String {
    value.map(|n| n.to_string()).unwrap_or_default()
}

fn yes_no(value: Option<bool>, labels: (&str, &str)) -> String {
    format!("{}{}　{}{}", labels.0, mark(value == Some(true)), labels.1, mark(value == Some(false)))
}

fn plain_yes_no(value: Option<bool>) -> &'static str {
    value.map(|v| if v { "是" } else { "否" }).unwrap_or_default()
}

fn institution_type_boxes(selected: Option<InstitutionType>) -> String {
    InstitutionType::ALL.into_iter().map(|kind| format!("{}{}", mark(selected == Some(kind)), kind.label().zh)).collect::<Vec<_>>().join("　")
}

/// A table with no row gets `count` numbered blank rows, as the paper form has, so it can still
/// be filled in by hand.
fn blank_rows(table: &mut Table, count: usize) {
    if !table.body.is_empty() {
        return;
    }
    let columns = table.columns.len();
    table.body = (1..=count)
        .map(|number| std::iter::once(Cell::data(number.to_string())).chain((1..columns).map(|_| Cell::data(""))).collect())
        .collect();
}

/// The same, for a table whose rows carry no number (附件4's statistics and fees).
fn empty_rows(table: &mut Table, count: usize) {
    if table.body.is_empty() {
        table.body = (0..count).map(|_| (0..table.columns.len()).map(|_| Cell::data("")).collect()).collect();
    }
}

/// 一 … 九十九, for 附件3's （一）…（十八） and the systems an institution adds after them.
fn chinese_number(number: usize) -> String {
    const DIGITS: [&str; 10] = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match number {
        1..=9 => DIGITS[number].to_string(),
        10..=19 => format!("十{}", DIGITS[number - 10]),
        20..=99 => format!("{}十{}", DIGITS[number / 10], DIGITS[number % 10]),
        _ => number.to_string(),
    }
}

fn note(text: impl Into<String>) -> Note {
    Note { text: text.into(), changed: false, screen_only: false }
}

/// The commitment and opinion boxes, left empty for signatures and seals: one key column and
/// one box spanning the rest. `filing_place_box` replaces the filing place's box where the form
/// has its own words there (附件4: the renewal period, the seal and the date, no signature).
fn signature_rows(span: u16, filing_place_box: &str, opinions: &[&str]) -> Vec<Vec<Cell>> {
    let signature = |text: String| Cell { text, span, signature: true, ..Cell::default() };
    let mut rows = vec![vec![
        Cell::head("申请单位承诺"),
        signature("本人承诺申报材料真实有效，如有虚假，愿承担相应责任。\n法定代表人签字：　　　　　　　单位（印章）\n年　　月　　日".to_string()),
    ]];
    for opinion in opinions {
        let text = if opinion.starts_with("备案地") && !filing_place_box.is_empty() {
            filing_place_box.to_string()
        } else {
            "负责人签字：　　　　　　　单位（印章）\n年　　月　　日".to_string()
        };
        rows.push(vec![Cell::head(*opinion), signature(text)]);
    }
    rows
}

// ------------------------------------------------------------------------ 附件1

fn application(form: &ApplicationForm, request: Option<RequestKind>, materials: Option<&[MaterialOut]>) -> Vec<Sheet> {
    let business = request.and_then(BusinessType::from_request);
    let is_change = request == Some(RequestKind::InformationChange);
    let changed = |field: ApplicationField| is_change && form.changed_fields.contains(&field);
    // 信息变更: only the basic information ("仅填基础信息"); the rows only when they changed (4.1).
    let show_occupations = !is_change || form.changed_fields.contains(&ApplicationField::Occupations);
    let nature = &form.unit_nature;
    let nature_boxes = UnitNature::ALL
        .into_iter()
        .map(|n| {
            let extra = match n {
                UnitNature::Enterprise => format!("（{}央企）", mark(nature.central_soe)),
                UnitNature::School => format!("（{}民办）", mark(nature.private_school)),
                _ => String::new(),
            };
            format!("{}{}{}", mark(nature.nature == Some(n)), n.label().zh, extra)
        })
        .collect::<Vec<_>>()
        .join("　");
    let address = &form.office_address;
    let key_value = |key: &str, field: Option<ApplicationField>, value: String| {
        vec![Cell::head(key), Cell::data(value).span(3).changed(field.is_some_and(changed))]
    };
    let rep_changed = changed(ApplicationField::LegalRepresentative);
    let contact_changed = changed(ApplicationField::Contact);
    let basic = Table {
        columns: vec![22, 28, 22, 28],
        body: vec![
            key_value("单位名称", Some(ApplicationField::UnitName), form.unit_name.clone()),
            key_value("办公地址", Some(ApplicationField::OfficeAddress), office_address_line(address)),
            key_value("注册（登记）机关", Some(ApplicationField::RegistrationAuthority), form.registration_authority.clone()),
            key_value("统一社会信用代码", Some(ApplicationField::CreditCode), form.credit_code.clone()),
            vec![
                Cell::head("注册（登记）资金"),
                Cell::data(form.registered_capital.clone()).changed(changed(ApplicationField::RegisteredCapital)),
                Cell::head("单位性质"),
                Cell::data(nature_boxes).changed(changed(ApplicationField::UnitNature)),
            ],
            vec![
                Cell::head("单位法人　姓名").changed(rep_changed),
                Cell::data(form.legal_representative.name.clone()).changed(rep_changed),
                Cell::head("联系电话").changed(rep_changed),
                Cell::data(form.legal_representative.phone.clone()).changed(rep_changed),
            ],
            vec![Cell::head("身份证号").changed(rep_changed), Cell::data(form.legal_representative.id_number.clone()).span(3).changed(rep_changed).personal()],
            vec![
                Cell::head("联系人　姓名").changed(contact_changed),
                Cell::data(form.contact.name.clone()).changed(contact_changed),
                Cell::head("联系电话").changed(contact_changed),
                Cell::data(form.contact.phone.clone()).changed(contact_changed),
            ],
            vec![
                Cell::head("职工总数"),
                Cell::data(count(form.staff_total)).changed(changed(ApplicationField::StaffTotal)),
                Cell::head("缴纳社保人数"),
                Cell::data(count(form.insured_staff)).changed(changed(ApplicationField::InsuredStaff)),
            ],
            key_value("技能人员数（仅企业填）", Some(ApplicationField::SkilledStaff), count(form.skilled_staff)),
            key_value("年招生人数（仅院校填）", Some(ApplicationField::YearlyEnrolment), count(form.yearly_enrolment)),
            key_value("社会组织等级评估（民政部门）", Some(ApplicationField::SocialOrgGrade), form.social_org_grade.clone()),
            key_value("评价机构备案号", None, form.filing_number.clone()),
            key_value("申请备案评价机构类型", Some(ApplicationField::InstitutionType), institution_type_boxes(form.institution_type)),
        ],
        ..Table::default()
    };
    let occupations_changed = changed(ApplicationField::Occupations);
    let occupations = Table {
        caption: Some("申请职业（工种）".to_string()),
        columns: vec![8, 16, 20, 20, 16, 20],
        header: vec![["序号", "职业编码", "职业名称", "工种名称", "等级", "评价标准"].into_iter().map(Cell::head).collect()],
        body: form
            .occupations
            .iter()
            .enumerate()
            .map(|(index, row)| {
                let levels: Vec<&str> = row.levels.iter().map(|level: &Level| level.short_name()).collect();
                [(index + 1).to_string(), row.code.clone(), row.occupation.clone(), row.job_type.clone(), levels.join("、"), row.standard.clone()]
                    .into_iter()
                    .map(|text| Cell::data(text).changed(occupations_changed))
                    .collect()
            })
            .collect(),
        rows_of_items: true,
        ..Table::default()
    };
    let submitted = materials.map(|materials| submitted_material_boxes(materials, Some(form))).unwrap_or_default();
    let other_names: Vec<String> = submitted
        .other_materials
        .iter()
        .filter_map(|id| materials?.iter().find(|material| material.id == *id).map(|material| material.title.zh.clone()))
        .collect();
    let boxes = MaterialBox::ALL
        .into_iter()
        .map(|material_box| {
            let extra = if material_box == MaterialBox::Other && !other_names.is_empty() { format!("：{}", other_names.join("；")) } else { String::new() };
            format!("{}{}. {}{}", mark(submitted.ticked.contains(&material_box)), material_box.number(), material_box.label().zh, extra)
        })
        .collect::<Vec<_>>()
        .join("\n");
    let mut closing = vec![vec![Cell::head("提交材料清单"), Cell::data(boxes)]];
    closing.extend(signature_rows(1, "", &["行业主管部门意见", "监管地（初审地）人社部门意见", "备案地人社部门意见"]));
    let closing = Table { columns: vec![22, 78], body: closing, ..Table::default() };
    let mut notes = vec![
        note("填表说明：1. 本表一式2份，备案地人社部门和申请单位各留1份，行业部门推荐或监管地与备案地不一致的相应增加。"),
        note("2. 申请开展职业技能等级认定的职业（工种）可另附页。"),
        note("3. 评价标准：国家职业（技能）标准的填发布年份（国标XX年版、XX行业规范、XX企业规范）。"),
        note("4. 申报机构按照申请业务类型要求提交相应材料。"),
    ];
    if is_change {
        // The procedure's words (4.3.2), not the form's: a reminder on screen, not on paper.
        notes.push(Note { text: "（信息变更：仅填基础信息，变更部分标红。）".to_string(), changed: true, screen_only: true });
    }
    let mut occupations = occupations;
    if !show_occupations {
        // The form keeps its table; an information change leaves it blank (4.3.2).
        occupations.body.clear();
    }
    blank_rows(&mut occupations, 3);
    let blocks_start = vec![Block::Title("河南省职业技能等级评价机构备案申请表".to_string()), Block::Table(basic), Block::Table(occupations)];
    let mut blocks = blocks_start;
    blocks.extend([Block::Table(closing), Block::Notes(notes)]);
    vec![
        Sheet {
            form: FormId::Application,
            name: "附件1 封面".to_string(),
            orientation: Orientation::Portrait,
            blocks: vec![
                Block::Attachment("附件1"),
                Block::CoverTitle(vec!["河南省职业技能等级评价机构".to_string(), "备案申请表".to_string()]),
                Block::CoverLines(vec![
                    cover_line("单位名称（印章）：", &form.unit_name, "", changed(ApplicationField::UnitName)),
                    cover_line("申请业务类型：", &BusinessType::ALL.into_iter().map(|b| format!("{}{}", mark(business == Some(b)), b.label().zh)).collect::<Vec<_>>().join("　"), "", false),
                    cover_line("评价机构类型：", &form.cover_institution_kind, "", false),
                    cover_line("填报时间：", &date_zh(form.filled_on), "", false),
                ]),
            ],
        },
        Sheet { form: FormId::Application, name: "附件1 备案申请表".to_string(), orientation: Orientation::Portrait, blocks },
    ]
}

// ------------------------------------------------------------------------ 附件2

fn plan(plan: &ImplementationPlan, forms: &FormSet) -> Sheet {
    let unit = forms.application.as_ref().map(|form| form.unit_name.trim().to_string()).unwrap_or_default();
    let mut blocks = vec![Block::Attachment("附件2"), Block::Title("职业技能等级认定工作实施方案".to_string())];
    if !unit.is_empty() {
        blocks.push(Block::Subtitle(unit));
    }
    for (index, part) in PLAN_PARTS.iter().enumerate() {
        let number = index as u8 + 1;
        blocks.push(Block::Heading { level: 1, text: part.zh.to_string() });
        for section in PLAN_SECTIONS.iter().filter(|section| section.part == number) {
            if section.heading.zh != part.zh {
                blocks.push(Block::Heading { level: 2, text: section.heading.zh.to_string() });
            }
            blocks.push(Block::Text(plan.text(section.id).to_string()));
        }
    }
    Sheet { form: FormId::ImplementationPlan, name: "附件2 实施方案".to_string(), orientation: Orientation::Portrait, blocks }
}

// ------------------------------------------------------------------------ 附件3

fn systems(checklist: &SystemsChecklist) -> Sheet {
    // The sheet is the guide's list as the institution keeps it (1.8.6 "根据实际进行增减").
    let mut blocks = vec![Block::Attachment("附件3"), Block::Title("评价管理制度清单".to_string()), Block::Subtitle("（供参考）".to_string())];
    for (group, systems) in printed_list(checklist) {
        blocks.push(Block::Heading { level: 1, text: group.zh.to_string() });
        for system in systems {
            blocks.push(Block::Text(format!("（{}）{}。", chinese_number(system.number), system.title)));
        }
    }
    // Where each system stands is the applicant's working note: on screen, not on the sheet.
    let mut body = Vec::new();
    for (index, group) in SYSTEM_GROUPS.iter().enumerate() {
        let number = index as u8 + 1;
        body.push(vec![Cell::group(group.zh, 4)]);
        for system in MANAGEMENT_SYSTEMS.iter().filter(|system| system.group == number) {
            let note = checklist.systems.get(&system.number).map(|entry| entry.note.clone()).unwrap_or_default();
            body.push(vec![
                Cell::data(format!("（{}）", chinese_number(usize::from(system.number)))),
                Cell::data(system.title.zh).wrap(),
                Cell::data(checklist.status(system.number).label().zh),
                Cell::data(note).wrap(),
            ]);
        }
        for system in checklist.additions.iter().filter(|system| system.group == Some(number)) {
            body.push(vec![Cell::data("自增"), Cell::data(system.title.clone()).wrap(), Cell::data(system.status.label().zh), Cell::data(system.note.clone()).wrap()]);
        }
    }
    blocks.push(Block::Table(Table {
        caption: Some("制定情况（仅供自查，不打印）".to_string()),
        columns: vec![13, 49, 11, 27],
        header: vec![["序号", "制度", "状态", "文件名称或说明"].into_iter().map(Cell::head).collect()],
        body,
        rows_of_items: true,
        screen_only: true,
        ..Table::default()
    }));
    Sheet { form: FormId::ManagementSystems, name: "附件3 评价管理制度清单".to_string(), orientation: Orientation::Portrait, blocks }
}

// ------------------------------------------------------------------------ 附件4

fn renewal(form: &RenewalForm) -> Vec<Sheet> {
    let premises = &form.premises;
    let credit = |status: CreditStatus| mark(form.credit_status == Some(status));
    let wide = |key: &str, value: String| vec![Cell::head(key), Cell::data(value).span(3)];
    let pair = |key1: &str, value1: String, key2: &str, value2: String| vec![Cell::head(key1), Cell::data(value1), Cell::head(key2), Cell::data(value2)];
    let basic = Table {
        columns: vec![22, 28, 22, 28],
        body: vec![
            vec![Cell::group("一、基本信息", 4)],
            wide("机构名称", form.institution_name.clone()),
            wide("统一社会信用代码", form.credit_code.clone()),
            wide("评价机构备案号", form.filing_number.clone()),
            wide("备案机构类别", institution_type_boxes(form.institution_type)),
            pair("法定代表人", form.legal_representative.clone(), "联系电话", form.legal_representative_phone.clone()),
            pair("联系人", form.contact.clone(), "职务", form.contact_title.clone()),
            pair("联系电话", form.contact_phone.clone(), "电子邮箱", form.contact_email.clone()),
            vec![Cell::group("二、存续情况", 4)],
            pair("主体资质是否变更", yes_no(form.qualification_changed, ("是", "否")), "变更项", format!("{}（具体证明材料附后）", form.changed_items)),
            wide("单位信用情况", format!("正常{}　存在问题{}（网络核查截图附后）", credit(CreditStatus::Normal), credit(CreditStatus::HasProblems))),
            vec![Cell::group("三、备案期情况", 4)],
            wide("备案期评价总量", format!("评价人次：{}　取证人次：{}", count(form.total_evaluated), count(form.total_certified))),
        ],
        ..Table::default()
    };
    let statistics = Table {
        caption: Some("评价情况".to_string()),
        columns: vec![40, 20, 20, 20],
        header: vec![["评价职业（工种）", "评价等级", "评价人次", "取证人次"].into_iter().map(Cell::head).collect()],
        body: form
            .statistics
            .iter()
            .map(|row| {
                vec![
                    Cell::data(row.occupation.clone()),
                    Cell::data(row.level.map(Level::short_name).unwrap_or_default()),
                    Cell::data(count(row.evaluated)),
                    Cell::data(count(row.certified)),
                ]
            })
            .collect(),
        rows_of_items: true,
        ..Table::default()
    };
    // 评价资源: 场地 (自有, 租用, each with its 地点) and 人员状况; then 资源配置's three 有/无.
    let resources = Table {
        columns: vec![16, 16, 20, 16, 16, 16],
        body: vec![
            vec![Cell::head("未开展评价职业（工种）").span(2), Cell::data(form.occupations_not_evaluated.clone()).span(4)],
            vec![Cell::group("评价资源", 6)],
            vec![Cell::head("场地"), Cell::data(format!("自有{}", mark(premises.owned))), Cell::head("地点"), Cell::data(premises.owned_location.clone()).span(3)],
            vec![Cell::head("场地"), Cell::data(format!("租用{}", mark(premises.rented))), Cell::head("地点"), Cell::data(premises.rented_location.clone()).span(3)],
            vec![
                Cell::head("人员状况"),
                Cell::head("考评员人数"),
                Cell::data(count(form.assessor_count)),
                Cell::head("内部督导员人数"),
                Cell::data(count(form.internal_supervisor_count)).span(2),
            ],
            vec![Cell::group("资源配置", 6)],
            vec![Cell::head("职业标准、规范").span(2), Cell::head("题库").span(2), Cell::head("监控").span(2)],
            vec![
                Cell::data(yes_no(form.has_standards, ("有", "无"))).span(2),
                Cell::data(yes_no(form.has_question_bank, ("有", "无"))).span(2),
                Cell::data(yes_no(form.has_monitoring, ("有", "无"))).span(2),
            ],
        ],
        ..Table::default()
    };
    let mut fee_header = vec![Cell::head("评价职业（工种）")];
    fee_header.extend(Level::ALL.into_iter().map(|level| Cell::head(level.short_name())));
    let fees = Table {
        caption: Some("收费标准".to_string()),
        columns: vec![30, 14, 14, 14, 14, 14],
        header: vec![fee_header],
        body: form
            .fees
            .iter()
            .map(|row| {
                let mut cells = vec![Cell::data(row.occupation.clone())];
                cells.extend(Level::ALL.into_iter().map(|level| Cell::data(row.fee(level).map(|fee| fee.display_zh()).unwrap_or_default())));
                cells
            })
            .collect(),
        rows_of_items: true,
        ..Table::default()
    };
    let mut statistics = statistics;
    empty_rows(&mut statistics, 3);
    let mut fees = fees;
    empty_rows(&mut fees, 2);
    let signatures = Table { columns: vec![22, 78], body: signature_rows(1, "备案续期起止日期：\n单位（印章）\n年　　月　　日", &["行业主管部门意见", "监管地人社部门意见", "备案地人社部门意见"]), ..Table::default() };
    vec![
        Sheet {
            form: FormId::Renewal,
            name: "附件4 封面".to_string(),
            orientation: Orientation::Portrait,
            blocks: vec![
                Block::Attachment("附件4"),
                Block::CoverTitle(vec!["河南省职业技能等级评价机构".to_string(), "备案续期申请表".to_string()]),
                Block::CoverLines(vec![
                    cover_line("单位名称：", &form.institution_name, "（印章）", false),
                    cover_line("填报时间：", &date_zh(form.filled_on), "", false),
                ]),
            ],
        },
        Sheet {
            form: FormId::Renewal,
            name: "附件4 备案续期申请表".to_string(),
            orientation: Orientation::Portrait,
            blocks: vec![
                Block::Title("河南省职业技能等级评价机构备案续期申请表".to_string()),
                Block::Table(basic),
                Block::Table(statistics),
                Block::Table(resources),
                Block::Table(fees),
                Block::Table(signatures),
                Block::Notes(vec![
                    note("填表说明：1. 本表一式2份，备案地人社部门、评价机构各1份，监管地与备案地不一致的，增加1份；"),
                    note("2. 备案期情况一栏，若评价机构职业（工种）数量较多，可选填评价人数前5位的职业（工种）；"),
                    note("3. 收费标准一栏，不收费的评价机构填“无”；"),
                    note("4. 根据工作需要，评价机构须经行业主管部门同意后上报。"),
                ]),
            ],
        },
    ]
}

// ------------------------------------------------------------------------ 附件5

fn equipment(list: &EquipmentList) -> Sheet {
    // The guide's "xxx 单位设施设备清单": "xxx 单位" stands for the unit's name.
    let title = if list.unit_name.trim().is_empty() { "xxx单位设施设备清单".to_string() } else { format!("{}设施设备清单", list.unit_name.trim()) };
    let mut blocks = vec![Block::Attachment("附件5"), Block::Title(title)];
    let empty_group = [crate::core::forms::equipment::EquipmentGroup::default()];
    let groups: &[crate::core::forms::equipment::EquipmentGroup] = if list.groups.is_empty() { &empty_group } else { &list.groups };
    for group in groups {
        let mut table = Table {
            caption: Some(format!("职业（工种）：{}", group.occupation)),
            columns: vec![10, 35, 25, 12, 18],
            header: vec![["序号", "名称", "规格/型号", "数量", "权属"].into_iter().map(Cell::head).collect()],
            body: group
                .items
                .iter()
                .enumerate()
                .map(|(index, item)| {
                    vec![
                        Cell::data(format!("{}.", index + 1)),
                        Cell::data(item.name.clone()),
                        Cell::data(item.model.clone()),
                        Cell::data(item.quantity.trim()),
                        Cell::data(item.ownership.trim()),
                    ]
                })
                .collect(),
            rows_of_items: true,
            ..Table::default()
        };
        // The guide's sheet: 16 numbered rows, `1.` to `16.`.
        if table.body.is_empty() {
            blank_rows(&mut table, 16);
            for (index, row) in table.body.iter_mut().enumerate() {
                row[0].text = format!("{}.", index + 1);
            }
        }
        blocks.push(Block::Table(table));
    }
    blocks.push(Block::Notes(vec![note("填表说明：分职业（工种）填写。")]));
    Sheet { form: FormId::Equipment, name: "附件5 设施设备清单".to_string(), orientation: Orientation::Portrait, blocks }
}

// ------------------------------------------------------------------------ 附件6

fn staff(tables: &StaffTables) -> Sheet {
    let mut blocks = vec![Block::Attachment("附件6"), Block::Title("队伍建设情况".to_string())];
    for table in StaffTable::ALL {
        let mut rows = Table {
            caption: Some(table.title().zh.to_string()),
            columns: vec![7, 13, 24, 22, 12, 22],
            header: vec![["序号", "姓名", "身份证件号", "职务/职称/技能等级", "学历", table.detail_heading().zh].into_iter().map(Cell::head).collect()],
            body: tables
                .table(table)
                .iter()
                .enumerate()
                .map(|(index, member)| {
                    vec![
                        Cell::data((index + 1).to_string()),
                        Cell::data(member.name.clone()),
                        Cell::data(DocumentNumber { kind: member.id_kind, number: &member.id_number }.to_string()).personal(),
                        Cell::data(member.title.clone()),
                        Cell::data(member.education.clone()),
                        Cell::data(member.detail.clone()),
                    ]
                })
                .collect(),
            rows_of_items: true,
            ..Table::default()
        };
        blank_rows(&mut rows, 2);
        blocks.push(Block::Table(rows));
    }
    Sheet { form: FormId::Staff, name: "附件6 队伍建设情况".to_string(), orientation: Orientation::Landscape, blocks }
}

// ------------------------------------------------------------------------ 附件7, 附件8

/// The columns of 附件7 (reconstructed, see `forms::summaries`).
pub const RENEWAL_SUMMARY_COLUMNS: [&str; 15] = [
    "序号",
    "地市",
    "机构类型",
    "机构名称",
    "备案号",
    "备案成功时间",
    "备案到期时间",
    "评价人次",
    "取证人次",
    "是否受过处罚",
    "监管地意见",
    "续期决定",
    "续期起止日期",
    "退出评价范围的职业（工种）",
    "备注",
];
/// 附件7's 说明, the guide's words.
pub const RENEWAL_SUMMARY_NOTE: &str = "说明：备案机构包括：全国性社会组织、全国性单位、用人单位、社评组织、院校。";
/// 附件8's 填表说明, the guide's words.
pub const TERMINATION_SUMMARY_NOTE: &str = "填表说明：机构类型包括：全国性分支机构、全国性分支社评组织、用人单位、社评组织、院校。";
/// The columns of 附件8, the guide's.
pub const TERMINATION_SUMMARY_COLUMNS: [&str; 10] =
    ["地市", "机构类型", "机构名称", "备案号", "备案成功时间", "终止备案时间", "是否开展过评价", "是否发过证书", "是否有尚未入网的证书数据", "终止备案原因"];

/// 填报单位, 填报人, 联系电话 and the date, on one line.
pub fn summary_header_line(header: &SummaryHeader) -> String {
    format!("填报单位：{}　　填报人：{}　　联系电话：{}　　{}", header.reporting_office, header.reporter, header.phone, date_zh(header.date))
}

/// 附件7's rows as text, in [`RENEWAL_SUMMARY_COLUMNS`]' order.
pub fn renewal_summary_rows(summary: &RenewalSummary) -> Vec<Vec<String>> {
    summary
        .rows
        .iter()
        .enumerate()
        .map(|(index, row)| {
            let period = match (row.renewed_from, row.renewed_until) {
                (None, None) => String::new(),
                (from, until) => format!("{}至{}", iso(from), iso(until)),
            };
            vec![
                (index + 1).to_string(),
                row.city.clone(),
                row.institution_kind.map(|kind| kind.label(SummaryTable::Renewal).zh.to_string()).unwrap_or_default(),
                row.institution_name.clone(),
                row.filing_number.clone(),
                iso(row.filed_on),
                iso(row.expires_on),
                count(row.evaluated),
                count(row.certified),
                plain_yes_no(row.penalised).to_string(),
                row.supervising_opinion.clone(),
                row.decision.map(|decision| decision.label().zh.to_string()).unwrap_or_default(),
                period,
                row.occupations_leaving.clone(),
                row.remarks.clone(),
            ]
        })
        .collect()
}

/// 附件8's rows as text, in [`TERMINATION_SUMMARY_COLUMNS`]' order.
pub fn termination_summary_rows(summary: &TerminationSummary) -> Vec<Vec<String>> {
    summary
        .rows
        .iter()
        .map(|row| {
            vec![
                row.city.clone(),
                row.institution_kind.map(|kind| kind.label(SummaryTable::Termination).zh.to_string()).unwrap_or_default(),
                row.institution_name.clone(),
                row.filing_number.clone(),
                iso(row.filed_on),
                iso(row.terminated_on),
                plain_yes_no(row.has_evaluated).to_string(),
                plain_yes_no(row.has_issued_certificates).to_string(),
                plain_yes_no(row.has_unregistered_certificate_data).to_string(),
                row.reason.clone(),
            ]
        })
        .collect()
}

/// A summary table: the columns that hold free text may wrap, the others keep whole. An empty
/// table keeps one blank row, so the sheet can be filled in by hand.
fn summary_table(columns: &[&str], rows: Vec<Vec<String>>, wrapping: &[&str]) -> Table {
    let mut table = Table {
        columns: columns.iter().map(|heading| if wrapping.contains(heading) { 14 } else { 8 }).collect(),
        header: vec![columns.iter().map(|heading| Cell::head(*heading)).collect()],
        body: rows
            .into_iter()
            .map(|row| row.into_iter().zip(columns).map(|(text, heading)| if wrapping.contains(heading) { Cell::data(text).wrap() } else { Cell::data(text) }).collect())
            .collect(),
        rows_of_items: true,
        small: true,
        ..Table::default()
    };
    empty_rows(&mut table, 1);
    table
}

fn renewal_summary(summary: &RenewalSummary) -> Sheet {
    Sheet {
        form: FormId::RenewalSummary,
        name: "附件7 备案续期汇总表".to_string(),
        orientation: Orientation::Landscape,
        blocks: vec![
            Block::Attachment("附件7"),
            Block::Title("河南省职业技能等级评价机构备案续期汇总表".to_string()),
            Block::Text(summary_header_line(&summary.header)),
            Block::Table(summary_table(&RENEWAL_SUMMARY_COLUMNS, renewal_summary_rows(summary), &["机构名称", "监管地意见", "退出评价范围的职业（工种）", "备注"])),
            Block::Notes(vec![
                note(RENEWAL_SUMMARY_NOTE),
                // The app's own explanation, for the screen: never on the sealed sheet.
                Note { text: "注：本表各栏按附件8和附件4的栏目及第六部分的续期决定重建（指南文本中本表表头无法辨认）。".to_string(), changed: false, screen_only: true },
            ]),
        ],
    }
}

fn termination_summary(summary: &TerminationSummary) -> Sheet {
    Sheet {
        form: FormId::TerminationSummary,
        name: "附件8 终止备案汇总表".to_string(),
        orientation: Orientation::Landscape,
        blocks: vec![
            Block::Attachment("附件8"),
            Block::Title("河南省职业技能等级评价机构终止备案汇总表".to_string()),
            Block::Text(summary_header_line(&summary.header)),
            Block::Table(summary_table(&TERMINATION_SUMMARY_COLUMNS, termination_summary_rows(summary), &["机构名称", "终止备案原因"])),
            Block::Notes(vec![note(TERMINATION_SUMMARY_NOTE)]),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::forms::application::Address;

    fn cover_lines(sheets: &[Sheet]) -> Vec<CoverLine> {
        sheets
            .iter()
            .flat_map(|sheet| &sheet.blocks)
            .find_map(|block| if let Block::CoverLines(lines) = block { Some(lines.clone()) } else { None })
            .expect("a cover")
    }

    #[test]
    fn covers_keep_their_blank_and_never_underline_the_seal() {
        let mut forms = FormSet { application: Some(ApplicationForm::default()), renewal: Some(RenewalForm::default()), ..FormSet::default() };
        let application = cover_lines(&sheets(FormId::Application, &forms, Some(RequestKind::FirstFiling), None).unwrap());
        assert_eq!((application[0].label.as_str(), application[0].value.as_str(), application[0].suffix.as_str()), ("单位名称（印章）：", COVER_BLANK, ""));
        let renewal = cover_lines(&sheets(FormId::Renewal, &forms, Some(RequestKind::Renewal), None).unwrap());
        assert_eq!((renewal[0].label.as_str(), renewal[0].value.as_str(), renewal[0].suffix.as_str()), ("单位名称：", COVER_BLANK, "（印章）"));
        forms.renewal.as_mut().unwrap().institution_name = "新乡某公司".into();
        let renewal = cover_lines(&sheets(FormId::Renewal, &forms, Some(RequestKind::Renewal), None).unwrap());
        assert_eq!((renewal[0].value.as_str(), renewal[0].suffix.as_str()), ("新乡某公司", "（印章）"));
    }

    fn table_of(sheet: &Sheet) -> &Table {
        sheet.blocks.iter().find_map(|block| if let Block::Table(table) = block { Some(table) } else { None }).expect("a table")
    }

    #[test]
    fn the_renewal_summary_carries_the_decision_and_prints_no_reconstruction_note() {
        use crate::core::forms::summaries::{RenewalDecision, RenewalSummaryRow};
        let mut forms = FormSet { renewal_summary: Some(RenewalSummary::default()), termination_summary: Some(TerminationSummary::default()), ..FormSet::default() };
        for form in [FormId::RenewalSummary, FormId::TerminationSummary] {
            let sheet = &sheets(form, &forms, None, None).unwrap()[0];
            let table = table_of(sheet);
            assert_eq!(table.body.len(), 1, "{form:?}: one blank row when empty");
            assert!(table.body[0].iter().all(|cell| cell.text.is_empty()));
            let printed: Vec<&str> = sheet
                .blocks
                .iter()
                .filter_map(|block| if let Block::Notes(notes) = block { Some(notes) } else { None })
                .flatten()
                .filter(|note| !note.screen_only)
                .map(|note| note.text.as_str())
                .collect();
            assert_eq!(printed, [if form == FormId::RenewalSummary { RENEWAL_SUMMARY_NOTE } else { TERMINATION_SUMMARY_NOTE }]);
        }
        forms.renewal_summary.as_mut().unwrap().rows.push(RenewalSummaryRow {
            decision: Some(RenewalDecision::Deferred),
            occupations_leaving: "4-03-02-01 中式烹调师".into(),
            ..RenewalSummaryRow::default()
        });
        let rows = renewal_summary_rows(forms.renewal_summary.as_ref().unwrap());
        let column = |heading: &str| RENEWAL_SUMMARY_COLUMNS.iter().position(|column| *column == heading).unwrap();
        assert_eq!(rows[0][column("续期决定")], "暂缓续期");
        assert_eq!(rows[0][column("退出评价范围的职业（工种）")], "4-03-02-01 中式烹调师");
        assert_eq!(rows[0].len(), RENEWAL_SUMMARY_COLUMNS.len());
    }

    #[test]
    fn an_empty_equipment_list_prints_the_guides_sixteen_rows() {
        let forms = FormSet { equipment: Some(EquipmentList::default()), ..FormSet::default() };
        let sheet = &sheets(FormId::Equipment, &forms, None, None).unwrap()[0];
        let numbers: Vec<&str> = table_of(sheet).body.iter().map(|row| row[0].text.as_str()).collect();
        assert_eq!(numbers.len(), 16);
        assert_eq!((numbers[0], numbers[15]), ("1.", "16."));
    }

    #[test]
    fn the_systems_sheet_prints_the_list_and_keeps_the_status_on_screen() {
        use crate::core::forms::systems::{AddedSystem, SystemStatus};
        let mut checklist = SystemsChecklist::default();
        checklist.additions.push(AddedSystem { group: Some(7), title: "实验室危险化学品管理制度".into(), status: SystemStatus::Adopted, note: String::new() });
        let forms = FormSet { systems: Some(checklist), ..FormSet::default() };
        let sheet = &sheets(FormId::ManagementSystems, &forms, None, None).unwrap()[0];
        let texts: Vec<&str> = sheet.blocks.iter().filter_map(|block| if let Block::Text(text) = block { Some(text.as_str()) } else { None }).collect();
        assert_eq!(texts[0], "（一）机构财务管理制度：包含认定收费标准、收费、退费制度。");
        assert_eq!(texts.last().copied(), Some("（十九）实验室危险化学品管理制度。"));
        let tables: Vec<&Table> = sheet.blocks.iter().filter_map(|block| if let Block::Table(table) = block { Some(table) } else { None }).collect();
        assert!(tables.iter().all(|table| table.screen_only), "the status table is not printed");
    }

    #[test]
    fn the_address_does_not_double_its_unit_words() {
        let line = |city: &str, district: &str, street: &str| office_address_line(&Address { city: city.into(), district: district.into(), street: street.into() });
        assert_eq!(line("新乡", "红旗", "平原路1"), "新乡市红旗区平原路1号");
        assert_eq!(line("新乡市", "红旗区", "平原路1号"), "新乡市红旗区平原路1号");
        assert_eq!(line("新乡市", "原阳县", "黄河大道8号"), "新乡市原阳县黄河大道8号");
        assert_eq!(line("济源", "", ""), "济源市＿＿＿＿区＿＿＿＿号");
    }
}
