//! Rows of 附件5 (equipment) and 附件6 (staff) read from a spreadsheet the institution already
//! keeps: XLSX (`calamine`) or CSV (`csv`, UTF-8 or the GBK that Excel writes on Chinese Windows).
//!
//! The columns are found by their headings (the ones `office::xlsx` writes, and the usual
//! variants), wherever the heading row is in the first rows. A row that cannot be taken as it
//! is (no name, a quantity that is not a number with its unit, a wrong identity document number
//! (`护照：E12345678` names its kind), the same person twice) is left out and reported with its row number in the file, so the user can
//! fix the file and import again; the good rows are offered for import.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use serde::{Deserialize, Serialize};

use crate::core::evaluate::Text;
use crate::core::forms::id_documents::split_document_number;
use crate::core::forms::equipment::{EquipmentGroup, EquipmentItem, check_quantity};
use crate::core::forms::staff::{StaffMember, StaffTable};

/// Where the rows go.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ImportTarget {
    /// 附件5: every occupation's equipment.
    Equipment,
    /// One of 附件6's four tables.
    Workers,
    Assessors,
    Experts,
    QualitySupervisors,
}

impl ImportTarget {
    pub fn staff_table(self) -> Option<StaffTable> {
        match self {
            ImportTarget::Equipment => None,
            ImportTarget::Workers => Some(StaffTable::Workers),
            ImportTarget::Assessors => Some(StaffTable::Assessors),
            ImportTarget::Experts => Some(StaffTable::Experts),
            ImportTarget::QualitySupervisors => Some(StaffTable::QualitySupervisors),
        }
    }

    pub fn from_staff_table(table: StaffTable) -> ImportTarget {
        match table {
            StaffTable::Workers => ImportTarget::Workers,
            StaffTable::Assessors => ImportTarget::Assessors,
            StaffTable::Experts => ImportTarget::Experts,
            StaffTable::QualitySupervisors => ImportTarget::QualitySupervisors,
        }
    }
}

/// A row left out, by its row number in the file (as the spreadsheet shows it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowProblem {
    pub row: usize,
    pub message: Text,
}

/// What a file gave.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Imported {
    /// 附件5: the equipment by occupation, in the file's order.
    pub equipment: Vec<EquipmentGroup>,
    /// 附件6: the people of the chosen table.
    pub staff: Vec<StaffMember>,
    /// The rows left out, each with its reason.
    pub problems: Vec<RowProblem>,
    /// The data rows read (empty rows not counted).
    pub rows_read: usize,
    /// The sheet read, for an XLSX file (the one named after the table, else the first).
    pub sheet: Option<String>,
    /// Columns of the form the file does not have (their values are left empty).
    pub missing_columns: Vec<String>,
}

impl Imported {
    pub fn rows_taken(&self) -> usize {
        self.equipment.iter().map(|group| group.items.len()).sum::<usize>() + self.staff.len()
    }
}

fn message(zh: impl Into<String>, en: impl Into<String>) -> Text {
    Text::new(zh, en)
}

/// Reads the rows for `target` from a file; `Err` when the file as a whole cannot be used (not
/// a spreadsheet, no heading row), with the reason in both languages.
pub fn import_rows(file_name: &str, bytes: &[u8], target: ImportTarget) -> Result<Imported, Text> {
    let (grid, sheet) = if file_name.to_lowercase().ends_with(".csv") { (csv_grid(bytes)?, None) } else { xlsx_grid(bytes, target).map(|(grid, sheet)| (grid, Some(sheet)))? };
    let mut imported = match target.staff_table() {
        None => equipment_rows(&grid)?,
        Some(table) => staff_rows(&grid, table)?,
    };
    imported.sheet = sheet;
    Ok(imported)
}

/// The cells of a CSV file as text: UTF-8 (with or without its byte-order mark), else GBK.
fn csv_grid(bytes: &[u8]) -> Result<Vec<Vec<String>>, Text> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(_) => {
            let (text, _, had_errors) = encoding_rs::GBK.decode(bytes);
            if had_errors {
                return Err(message("文件不是UTF-8或GBK编码的CSV", "the file is not a CSV in UTF-8 or GBK"));
            }
            text.into_owned()
        }
    };
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut grid = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|error| message(format!("CSV无法读取：{error}"), format!("the CSV cannot be read: {error}")))?;
        grid.push(record.iter().map(|cell| cell.trim().to_string()).collect());
    }
    Ok(grid)
}

/// The cells of the sheet for `target`: the one named after the table (as `office::xlsx`
/// names them), else the first; with the sheet's name, which the report shows.
fn xlsx_grid(bytes: &[u8], target: ImportTarget) -> Result<(Vec<Vec<String>>, String), Text> {
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes))
        .map_err(|error| message(format!("文件不是可读取的XLSX表格：{error}"), format!("the file is not a readable XLSX spreadsheet: {error}")))?;
    let names = workbook.sheet_names();
    let wanted = match target.staff_table() {
        Some(table) => table.title().zh,
        None => "设施设备清单",
    };
    let name = names.iter().find(|name| name.as_str() == wanted).or(names.first()).cloned().ok_or_else(|| message("表格中没有工作表", "the spreadsheet has no sheet"))?;
    let range = workbook.worksheet_range(&name).map_err(|error| message(format!("工作表“{name}”无法读取：{error}"), format!("sheet {name:?} cannot be read: {error}")))?;
    // Row numbers as the spreadsheet shows them: the range may start below row 1.
    let offset = range.start().map_or(0, |(row, _)| row as usize);
    let mut grid: Vec<Vec<String>> = vec![Vec::new(); offset];
    grid.extend(range.rows().map(|row| row.iter().map(cell_text).collect()));
    Ok((grid, name))
}

fn cell_text(cell: &Data) -> String {
    match cell {
        // Whole numbers as people write them: 4, not 4.0.
        Data::Float(value) if value.fract() == 0.0 && value.abs() < 1e15 => format!("{}", *value as i64),
        // Past 15 digits a spreadsheet number has lost digits (an ID number typed as a number):
        // kept in exponent form, so the import can say so instead of reporting a wrong digit.
        Data::Float(value) => format!("{value:e}"),
        other => other.to_string().trim().to_string(),
    }
}

/// A heading as compared: no spaces, ASCII brackets and slashes for the full-width ones.
fn normalise(heading: &str) -> String {
    heading.chars().filter(|c| !c.is_whitespace()).map(|c| match c {
        '（' => '(',
        '）' => ')',
        '／' => '/',
        '：' => ':',
        other => other,
    }).collect()
}

/// Whether a heading names a column: the same words, or the words with more after them
/// (`数量（台/套）` is 数量).
fn heading_matches(heading: &str, variants: &[&str]) -> bool {
    let heading = normalise(heading);
    !heading.is_empty() && variants.iter().any(|variant| heading.starts_with(&normalise(variant)))
}

/// Whether a row is a heading row: one of its cells names the key column.
fn is_heading_row(row: &[String], key: &[&str]) -> bool {
    row.iter().any(|cell| heading_matches(cell, key))
}

/// The first heading row at or after `from` (within 20 rows), and the index of each wanted
/// column in it (`None` where the file has no such column). `wanted[0]` is the key column.
fn find_columns(grid: &[Vec<String>], from: usize, wanted: &[&[&str]]) -> Option<(usize, Vec<Option<usize>>)> {
    let (row, headings) = grid.iter().enumerate().skip(from).take(20).find(|(_, row)| is_heading_row(row, wanted[0]))?;
    // Exact names first, so 职业（工种） is not taken for a column 职业编码.
    let columns = wanted
        .iter()
        .map(|variants| {
            let exact = headings.iter().position(|heading| variants.iter().any(|variant| normalise(variant) == normalise(heading)));
            exact.or_else(|| headings.iter().position(|heading| heading_matches(heading, variants)))
        })
        .collect();
    Some((row, columns))
}

/// The form's names of the columns the file does not have.
fn missing_columns(columns: &[Option<usize>], wanted: &[&[&str]]) -> Vec<String> {
    columns.iter().zip(wanted).filter(|(column, _)| column.is_none()).map(|(_, variants)| variants[0].to_string()).collect()
}

/// The first cell of a row that has text.
fn first_text(row: &[String]) -> &str {
    row.iter().map(|cell| cell.trim()).find(|cell| !cell.is_empty()).unwrap_or("")
}

/// The data rows below the heading row, each with its row number in the file; empty rows are
/// skipped and not counted.
fn data_rows(grid: &[Vec<String>], heading_row: usize) -> impl Iterator<Item = (usize, &Vec<String>)> {
    grid.iter().enumerate().skip(heading_row + 1).filter(|(_, row)| row.iter().any(|cell| !cell.trim().is_empty())).map(|(index, row)| (index + 1, row))
}

impl Imported {
    /// Notes a row's problems; whether the row is good (has none) and may be taken.
    fn check_row(&mut self, number: usize, problems: Vec<Text>) -> bool {
        self.rows_read += 1;
        let good = problems.is_empty();
        self.problems.extend(problems.into_iter().map(|message| RowProblem { row: number, message }));
        good
    }
}

fn cell(row: &[String], column: Option<usize>) -> &str {
    column.and_then(|index| row.get(index)).map(String::as_str).unwrap_or("").trim()
}

fn equipment_rows(grid: &[Vec<String>]) -> Result<Imported, Text> {
    let wanted: [&[&str]; 5] = [&["名称", "设备名称", "设施设备名称"], &["职业（工种）", "职业", "工种"], &["规格/型号", "规格型号", "型号", "规格"], &["数量"], &["权属"]];
    let (heading_row, columns) = find_columns(grid, 0, &wanted)
        .ok_or_else(|| message("找不到表头：附件5需要“名称”一列（另有职业（工种）、规格/型号、数量、权属）", "no heading row: 附件5 needs a column 名称 (with 职业（工种）, 规格/型号, 数量, 权属)"))?;
    let [name, occupation, model, quantity, ownership] = [columns[0], columns[1], columns[2], columns[3], columns[4]];
    let mut imported = Imported { missing_columns: missing_columns(&columns, &wanted), ..Imported::default() };
    // Laid out as the print lays it out (分职业（工种）填写): a caption row "职业（工种）：X" starts
    // each occupation's list, and the heading row repeats; an occupation column needs neither.
    if occupation.is_none() {
        imported.missing_columns.retain(|column| column != "职业（工种）");
    }
    let occupation_of = |row: &[String]| {
        let first = first_text(row);
        // What follows the colon (full-width or not) is the occupation.
        normalise(first).starts_with("职业(工种):").then(|| first.split_once(['：', ':']).map(|(_, rest)| rest.trim().to_string()).unwrap_or_default())
    };
    // The first list's caption stands above the heading row.
    let mut current_occupation = grid[..heading_row].iter().rev().find_map(|row| occupation_of(row)).unwrap_or_default();
    for (number, row) in data_rows(grid, heading_row) {
        let first = first_text(row);
        if let Some(caption) = occupation_of(row) {
            current_occupation = caption;
            continue;
        }
        if is_heading_row(row, wanted[0]) || first.starts_with("填表说明") {
            continue;
        }
        let mut problems = Vec::new();
        let item_name = cell(row, name);
        if item_name.is_empty() {
            problems.push(message("缺少名称", "the name is missing"));
        }
        let count = cell(row, quantity);
        if !count.is_empty() {
            if let Err(problem) = check_quantity(count) {
                problems.push(problem);
            }
        }
        if !imported.check_row(number, problems) {
            continue;
        }
        let item = EquipmentItem { name: item_name.to_string(), model: cell(row, model).to_string(), quantity: count.to_string(), ownership: cell(row, ownership).to_string() };
        let group_name = if occupation.is_some() { cell(row, occupation).to_string() } else { current_occupation.clone() };
        match imported.equipment.iter_mut().find(|group| group.occupation == group_name) {
            Some(group) => group.items.push(item),
            None => imported.equipment.push(EquipmentGroup { occupation: group_name, items: vec![item] }),
        }
    }
    Ok(imported)
}

/// The table a title row names (`考评人员队伍`, `队伍建设情况：考评人员队伍`), where a sheet holds
/// the four tables one below the other, as the guide prints them.
fn title_row(row: &[String]) -> Option<StaffTable> {
    let filled: Vec<&String> = row.iter().filter(|cell| !cell.trim().is_empty()).collect();
    if filled.len() > 2 {
        return None;
    }
    let text = normalise(first_text(row));
    StaffTable::ALL.into_iter().find(|table| text.ends_with(&normalise(table.title().zh)))
}

fn staff_rows(grid: &[Vec<String>], table: StaffTable) -> Result<Imported, Text> {
    let detail = table.detail_heading().zh;
    let wanted: [&[&str]; 5] = [
        &["姓名"],
        &["身份证件号", "身份证号", "身份证号码", "身份证件号码", "身份证"],
        &["职务/职称/技能等级", "职务/职称", "职务", "职称", "技能等级"],
        &["学历"],
        &[detail, "主要职责", "考评职业（工种）", "考评职业", "专业方向"],
    ];
    // Where the sheet has the tables' titles, the chosen table starts below its own title.
    let titles: Vec<(usize, StaffTable)> = grid.iter().enumerate().filter_map(|(index, row)| title_row(row).map(|found| (index, found))).collect();
    let start = titles.iter().find(|(_, found)| *found == table).map_or(0, |(index, _)| *index);
    if !titles.is_empty() && !titles.iter().any(|(_, found)| *found == table) && titles.iter().any(|(_, found)| *found != table) {
        return Err(message(format!("文件中没有“{}”这张表", table.title().zh), format!("the file has no table {:?}", table.title().zh)));
    }
    let (heading_row, columns) = find_columns(grid, start, &wanted)
        .ok_or_else(|| message("找不到表头：附件6需要“姓名”一列（另有身份证件号、职务/职称/技能等级、学历和最后一栏）", "no heading row: 附件6 needs a column 姓名 (with 身份证件号, 职务/职称/技能等级, 学历 and the last column)"))?;
    let [name, id, title, education, last] = [columns[0], columns[1], columns[2], columns[3], columns[4]];
    let mut imported = Imported { missing_columns: missing_columns(&columns, &wanted), ..Imported::default() };
    for (number, row) in data_rows(grid, heading_row) {
        // The next table (its title, or its heading row) ends this one.
        if title_row(row).is_some() || is_heading_row(row, wanted[0]) {
            break;
        }
        let mut problems = Vec::new();
        let person = cell(row, name);
        if person.is_empty() {
            problems.push(message("缺少姓名", "the name is missing"));
        }
        // `护照：E12345678` is another kind of document (as the app exports it).
        let (id_kind, id_number) = split_document_number(cell(row, id));
        let id_number = id_number.to_uppercase();
        if id_number.is_empty() {
            problems.push(message("缺少身份证件号", "the ID number is missing"));
        } else if id_number.contains('E') && id_number.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            problems.push(message(
                "身份证件号被表格存成了数字，末几位已丢失：请把该列设为“文本”后重新输入",
                "the spreadsheet stored the ID number as a number and lost its last digits: format the column as text and type the numbers again",
            ));
        } else if let Err(error) = id_kind.check(&id_number) {
            problems.push(Text::new(format!("身份证件号：{}", error.message.zh), format!("ID number: {}", error.message.en)));
        } else if imported.staff.iter().any(|member| member.id_kind == id_kind && member.id_number == id_number) {
            problems.push(message("同一身份证件号已在前面的行中", "the same ID number is in an earlier row"));
        }
        if !imported.check_row(number, problems) {
            continue;
        }
        imported.staff.push(StaffMember {
            name: person.to_string(),
            id_kind,
            id_number,
            title: cell(row, title).to_string(),
            education: cell(row, education).to_string(),
            detail: cell(row, last).to_string(),
        });
    }
    Ok(imported)
}
