//! The forms' tables as XLSX (`rust_xlsxwriter`): 附件1's occupation rows, 附件5, 附件6 (one
//! sheet per table), 附件7 and 附件8. Each sheet: the form's title, its header lines, a row of
//! column headings (repeated on every printed page), the rows; A4, landscape where wide. The
//! column headings are the ones `office::import` reads back, so a sheet exported here can be
//! edited in WPS or Excel and imported again.

use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};

use crate::core::forms::equipment::EquipmentList;
use crate::core::forms::id_documents::DocumentNumber;
use crate::core::forms::layout::{self, RENEWAL_SUMMARY_COLUMNS, TERMINATION_SUMMARY_COLUMNS};
use crate::core::forms::staff::StaffTable;
use crate::core::forms::{FormId, FormSet};

use super::xml_text;

/// A4 in Excel's paper-size numbering.
const A4: u8 = 9;

/// The columns of 附件5 as a flat table: the occupation of each item is a column of its own.
pub const EQUIPMENT_COLUMNS: [&str; 6] = ["职业（工种）", "序号", "名称", "规格/型号", "数量", "权属"];
/// The columns of 附件6's tables; the last is the table's own ([`StaffTable::detail_heading`]).
pub const STAFF_COLUMNS: [&str; 5] = ["序号", "姓名", "身份证件号", "职务/职称/技能等级", "学历"];
/// The columns of 附件1's occupation rows.
pub const OCCUPATION_COLUMNS: [&str; 6] = ["序号", "职业编码", "职业名称", "工种名称", "等级", "评价标准"];

/// A cell: text, or a whole number (counts), or nothing.
enum Value {
    Text(String),
    Number(u32),
}

struct SheetTable<'a> {
    name: &'a str,
    title: String,
    lines: Vec<String>,
    columns: Vec<&'a str>,
    widths: Vec<f64>,
    rows: Vec<Vec<Value>>,
    /// The form's 说明 or 填表说明, below the rows.
    notes: Vec<String>,
    landscape: bool,
}

fn text(value: impl Into<String>) -> Value {
    Value::Text(value.into())
}

pub fn write(form: FormId, forms: &FormSet) -> Result<Vec<u8>, String> {
    let sheets = tables(form, forms).ok_or_else(|| format!("{} has no table to export", form.attachment()))?;
    let mut workbook = Workbook::new();
    for sheet in &sheets {
        check_cell_lengths(sheet)?;
        write_sheet(workbook.add_worksheet(), sheet).map_err(|error| format!("the XLSX could not be written: {error}"))?;
    }
    workbook.save_to_buffer().map_err(|error| format!("the XLSX could not be written: {error}"))
}

fn tables(form: FormId, forms: &FormSet) -> Option<Vec<SheetTable<'static>>> {
    Some(match form {
        FormId::Application => {
            let application = forms.application.as_ref()?;
            vec![SheetTable {
                name: "申请职业（工种）",
                title: "河南省职业技能等级评价机构备案申请表：申请职业（工种）".to_string(),
                lines: vec![format!("单位名称：{}", application.unit_name)],
                columns: OCCUPATION_COLUMNS.to_vec(),
                widths: vec![6.0, 14.0, 20.0, 20.0, 18.0, 22.0],
                rows: application
                    .occupations
                    .iter()
                    .enumerate()
                    .map(|(index, row)| {
                        let levels: Vec<&str> = row.levels.iter().map(|level| level.short_name()).collect();
                        vec![Value::Number(index as u32 + 1), text(&row.code), text(&row.occupation), text(&row.job_type), text(levels.join("、")), text(&row.standard)]
                    })
                    .collect(),
                notes: Vec::new(),
                landscape: false,
            }]
        }
        FormId::Equipment => vec![equipment(forms.equipment.as_ref()?)],
        FormId::Staff => {
            let staff = forms.staff.as_ref()?;
            StaffTable::ALL
                .into_iter()
                .map(|table| {
                    let mut columns = STAFF_COLUMNS.to_vec();
                    columns.push(table.detail_heading().zh);
                    SheetTable {
                        name: table.title().zh,
                        title: format!("队伍建设情况：{}", table.title().zh),
                        lines: Vec::new(),
                        columns,
                        widths: vec![6.0, 12.0, 22.0, 22.0, 10.0, 24.0],
                        rows: staff
                            .table(table)
                            .iter()
                            .enumerate()
                            .map(|(index, member)| {
                                vec![
                                    Value::Number(index as u32 + 1),
                                    text(&member.name),
                                    text(DocumentNumber { kind: member.id_kind, number: &member.id_number }.to_string()),
                                    text(&member.title),
                                    text(&member.education),
                                    text(&member.detail),
                                ]
                            })
                            .collect(),
                        notes: Vec::new(),
                        landscape: true,
                    }
                })
                .collect()
        }
        FormId::RenewalSummary => {
            let summary = forms.renewal_summary.as_ref()?;
            vec![summary_sheet("备案续期汇总表", "河南省职业技能等级评价机构备案续期汇总表", layout::summary_header_line(&summary.header), &RENEWAL_SUMMARY_COLUMNS, layout::renewal_summary_rows(summary), layout::RENEWAL_SUMMARY_NOTE)]
        }
        FormId::TerminationSummary => {
            let summary = forms.termination_summary.as_ref()?;
            vec![summary_sheet("终止备案汇总表", "河南省职业技能等级评价机构终止备案汇总表", layout::summary_header_line(&summary.header), &TERMINATION_SUMMARY_COLUMNS, layout::termination_summary_rows(summary), layout::TERMINATION_SUMMARY_NOTE)]
        }
        FormId::ImplementationPlan | FormId::ManagementSystems | FormId::Renewal => return None,
    })
}

fn equipment(list: &EquipmentList) -> SheetTable<'static> {
    let title = if list.unit_name.trim().is_empty() { "xxx单位设施设备清单".to_string() } else { format!("{}设施设备清单", list.unit_name.trim()) };
    let mut rows = Vec::new();
    for group in &list.groups {
        for (index, item) in group.items.iter().enumerate() {
            rows.push(vec![
                text(&group.occupation),
                Value::Number(index as u32 + 1),
                text(&item.name),
                text(&item.model),
                text(item.quantity.trim()),
                text(item.ownership.trim()),
            ]);
        }
    }
    SheetTable {
        name: "设施设备清单",
        title,
        lines: vec!["填表说明：分职业（工种）填写。".to_string()],
        columns: EQUIPMENT_COLUMNS.to_vec(),
        widths: vec![24.0, 6.0, 22.0, 18.0, 8.0, 8.0],
        rows,
        notes: Vec::new(),
        landscape: false,
    }
}

/// 附件7 or 附件8: an empty table keeps one blank row, as the printed sheet does, and its note.
fn summary_sheet(name: &'static str, title: &str, header: String, columns: &[&'static str], mut rows: Vec<Vec<String>>, note: &str) -> SheetTable<'static> {
    if rows.is_empty() {
        rows.push(vec![String::new(); columns.len()]);
    }
    SheetTable {
        name,
        title: title.to_string(),
        lines: vec![header],
        widths: columns.iter().map(|heading| if matches!(*heading, "机构名称" | "终止备案原因" | "监管地意见" | "备注") { 24.0 } else { 13.0 }).collect(),
        columns: columns.to_vec(),
        rows: rows.into_iter().map(|row| row.into_iter().map(Value::Text).collect()).collect(),
        notes: vec![note.to_string()],
        landscape: true,
    }
}

/// The most characters a spreadsheet cell holds (Excel's limit, which the writer enforces).
const MAX_CELL_CHARS: usize = 32_767;

/// A text longer than a cell holds, named by its sheet, row and column heading: the forms'
/// validation limits every field to far less, but an export must still say which value it
/// cannot write rather than fail without a name.
fn check_cell_lengths(sheet: &SheetTable) -> Result<(), String> {
    let too_long = |place: String, text: &str| {
        let length = text.chars().count();
        (length > MAX_CELL_CHARS).then(|| format!("the XLSX could not be written: {place} on sheet {} has {length} characters, more than the {MAX_CELL_CHARS} a cell holds", sheet.name))
    };
    let mut found = too_long("the title".to_string(), &sheet.title);
    for (index, line) in sheet.lines.iter().enumerate() {
        found = found.or_else(|| too_long(format!("header line {}", index + 1), line));
    }
    for (row, values) in sheet.rows.iter().enumerate() {
        for (column, value) in values.iter().enumerate() {
            if let Value::Text(text) = value {
                let heading = sheet.columns.get(column).copied().unwrap_or("");
                found = found.or_else(|| too_long(format!("{heading} in row {}", row + 1), text));
            }
        }
    }
    found.map_or(Ok(()), Err)
}

fn write_sheet(worksheet: &mut Worksheet, sheet: &SheetTable) -> Result<(), XlsxError> {
    let font = "宋体";
    let title_format = Format::new().set_font_name(font).set_bold().set_font_size(14).set_align(FormatAlign::Center);
    let line_format = Format::new().set_font_name(font);
    let head_format = Format::new().set_font_name(font).set_bold().set_border(FormatBorder::Thin).set_align(FormatAlign::Center).set_text_wrap();
    let cell_format = Format::new().set_font_name(font).set_border(FormatBorder::Thin).set_text_wrap();
    worksheet.set_name(sheet.name)?;
    worksheet.set_paper_size(A4);
    if sheet.landscape {
        worksheet.set_landscape();
    }
    // Every column on one page's width, as many pages down as the rows need: a table printed
    // with its last columns on a page of their own cannot be read.
    worksheet.set_print_fit_to_pages(1, 0);
    let last_column = sheet.columns.len().saturating_sub(1) as u16;
    // Every text through `xml_text`: a character XML 1.0 forbids makes the workbook unreadable.
    worksheet.merge_range(0, 0, 0, last_column, &xml_text(&sheet.title), &title_format)?;
    let mut row = 1u32;
    for line in &sheet.lines {
        worksheet.merge_range(row, 0, row, last_column, &xml_text(line), &line_format)?;
        row += 1;
    }
    for (column, (heading, width)) in sheet.columns.iter().zip(&sheet.widths).enumerate() {
        worksheet.write_string_with_format(row, column as u16, *heading, &head_format)?;
        worksheet.set_column_width(column as u16, *width)?;
    }
    // The headings repeat on every printed page.
    worksheet.set_repeat_rows(row, row)?;
    for values in &sheet.rows {
        row += 1;
        for (column, value) in values.iter().enumerate() {
            match value {
                // ID numbers and codes are text: a spreadsheet must not turn them into numbers.
                Value::Text(value) => worksheet.write_string_with_format(row, column as u16, xml_text(value), &cell_format)?,
                Value::Number(value) => worksheet.write_number_with_format(row, column as u16, f64::from(*value), &cell_format)?,
            };
        }
    }
    for note in &sheet.notes {
        row += 1;
        worksheet.merge_range(row, 0, row, last_column, note, &line_format)?;
    }
    Ok(())
}

/// The columns of the register sheet of `filing-check batch --xlsx` (one row per package read).
pub const REGISTER_COLUMNS: [&str; 14] =
    ["序号", "文件", "材料代码", "机构名称", "统一社会信用代码", "申请事项", "单位类型", "所在地", "结论（重新计算）", "未满足", "需确认", "表单问题", "缺少或空白的表单", "是否本机构受理"];
/// The columns of the problems sheet: one row per refused file, failed or unconfirmed rule,
/// form problem and missing form.
pub const PROBLEM_COLUMNS: [&str; 6] = ["文件", "材料代码", "类别", "条款或字段", "说明", "重复"];

/// The office's register as one workbook: the register (a row per package), the problems (a
/// row per refused file, rule not met or to confirm, form problem, missing form), then 附件7 and
/// 附件8 built from the packages and the record, in the same sheets as a single form's export.
pub fn write_register(register: &crate::core::register::Register, record: &crate::core::register::record::WorkRecord) -> Result<Vec<u8>, String> {
    use crate::core::register::summaries::{renewal_summary, termination_summary};
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for refusal in &register.refused {
        problems.push(vec![text(&refusal.file_name), text(""), text("无法读取"), text(&refusal.path), text(&refusal.reason), text("")]);
    }
    for (index, entry) in register.entries.iter().enumerate() {
        let duplicate = entry.duplicate.as_ref().map(|mark| format!("与{}个材料统一社会信用代码相同，按保存时间第{}新", mark.of - 1, mark.rank)).unwrap_or_default();
        rows.push(vec![
            Value::Number(index as u32 + 1),
            text(&entry.file_name),
            text(entry.code.as_str()),
            text(&entry.institution.name),
            text(entry.institution.credit_code.clone().unwrap_or_default()),
            text(entry.request.label().zh),
            text(entry.applicant.label().zh),
            text(entry.place.map(|(_, name)| name).unwrap_or_default()),
            text(entry.verdict.label_for(entry.request).zh),
            Value::Number(entry.failed_rules.len() as u32),
            Value::Number(entry.needs_confirmation.len() as u32),
            Value::Number(entry.form_problems.len() as u32),
            text(entry.missing_forms.iter().map(|form| form.attachment()).collect::<Vec<_>>().join("、")),
            text(entry.addressed.summary().zh),
        ]);
        let mut push = |kind: &str, at: &str, what: &str| problems.push(vec![text(&entry.file_name), text(entry.code.as_str()), text(kind), text(at), text(what), text(&duplicate)]);
        for rule in &entry.failed_rules {
            push("未满足", rule.clause, &rule.reason.zh);
        }
        for rule in &entry.needs_confirmation {
            push("需确认", rule.clause, &rule.reason.zh);
        }
        for problem in &entry.form_problems {
            push("表单问题", &problem.path, &problem.message.zh);
        }
        for form in &entry.missing_forms {
            push("缺少或空白的表单", form.attachment(), form.title().zh);
        }
    }
    let register_sheet = SheetTable {
        name: "登记表",
        title: match &register.office {
            Some(office) => format!("收到的备案材料登记表（{}）", office.name.zh),
            None => "收到的备案材料登记表".to_string(),
        },
        lines: vec![format!("共{}份材料，{}份无法读取（见“问题”表）；结论均按材料中的事实重新计算", register.entries.len(), register.refused.len())],
        columns: REGISTER_COLUMNS.to_vec(),
        widths: vec![6.0, 22.0, 11.0, 24.0, 20.0, 12.0, 12.0, 10.0, 14.0, 8.0, 8.0, 8.0, 16.0, 30.0],
        rows,
        notes: Vec::new(),
        landscape: true,
    };
    let problems_sheet = SheetTable {
        name: "问题",
        title: "材料问题清单".to_string(),
        lines: Vec::new(),
        columns: PROBLEM_COLUMNS.to_vec(),
        widths: vec![22.0, 11.0, 14.0, 30.0, 50.0, 24.0],
        rows: problems,
        notes: Vec::new(),
        landscape: true,
    };
    let renewals = renewal_summary(register, record);
    let terminations = termination_summary(register, record);
    let sheets = [
        register_sheet,
        problems_sheet,
        summary_sheet("附件7 备案续期汇总表", "河南省职业技能等级评价机构备案续期汇总表", layout::summary_header_line(&renewals.header), &RENEWAL_SUMMARY_COLUMNS, layout::renewal_summary_rows(&renewals), layout::RENEWAL_SUMMARY_NOTE),
        summary_sheet("附件8 终止备案汇总表", "河南省职业技能等级评价机构终止备案汇总表", layout::summary_header_line(&terminations.header), &TERMINATION_SUMMARY_COLUMNS, layout::termination_summary_rows(&terminations), layout::TERMINATION_SUMMARY_NOTE),
    ];
    let mut workbook = Workbook::new();
    for sheet in &sheets {
        check_cell_lengths(sheet)?;
        write_sheet(workbook.add_worksheet(), sheet).map_err(|error| format!("the XLSX could not be written: {error}"))?;
    }
    workbook.save_to_buffer().map_err(|error| format!("the XLSX could not be written: {error}"))
}
