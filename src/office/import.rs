//! Rows of 附件5 (equipment) and 附件6 (staff) read from a spreadsheet the institution already
//! keeps: XLSX (`calamine`) or CSV (`csv`, UTF-8 or the GBK that Excel writes on Chinese Windows).
//!
//! The columns are found by their headings (the ones `office::xlsx` writes, and the usual
//! variants), wherever the heading row is in the first rows. A row that cannot be taken as it
//! is (no name, a quantity that is not a number with its unit, a wrong identity document number
//! (`护照：E12345678` names its kind), the same person twice) is left out and reported with its row number in the file, so the user can
//! fix the file and import again; the good rows are offered for import.

use std::collections::HashSet;
use std::io::{Cursor, Read};

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use serde::{Deserialize, Serialize};

use crate::core::evaluate::Text;
use crate::core::forms::id_documents::{IdDocumentKind, split_document_number};
use crate::core::forms::equipment::{EquipmentGroup, EquipmentItem, check_quantity};
use crate::core::forms::staff::{StaffMember, StaffTable};

/// What an import may cost, checked before and while reading, so a small hostile file (a cell
/// at row 100,000 and column 5,000 that makes a dense sheet of 16 GB, a zip of 4 MB holding
/// 1 GB of XML) is refused with a reason instead of exhausting the page. The guide's tables
/// have tens of rows; these limits leave room for far more.
pub mod limits {
    /// The file itself (an XLSX of 5,000 rows is about 300 KB).
    pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;
    /// The rows of a sheet or CSV file, heading and title rows included.
    pub const MAX_ROWS: usize = 5_000;
    /// The columns read (the forms have at most seven).
    pub const MAX_COLUMNS: usize = 100;
    /// Each part of an XLSX zip, decompressed (a sheet of 5,000 rows is about 3 MB).
    pub const MAX_PART_BYTES: u64 = 16 * 1024 * 1024;
    /// All parts together, decompressed.
    pub const MAX_TOTAL_BYTES: u64 = 64 * 1024 * 1024;
    /// The parts of an XLSX zip (a workbook has tens).
    pub const MAX_PARTS: usize = 1_000;
    /// The text of all cells read together (one long shared string used in every cell would
    /// otherwise be copied into each).
    pub const MAX_TEXT_BYTES: usize = 16 * 1024 * 1024;
}

use limits::*;

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
/// a spreadsheet, no heading row, beyond the [`limits`]), with the reason in both languages.
/// `today` is the day of the import: an ID number may not give a birth date after it.
pub fn import_rows(file_name: &str, bytes: &[u8], target: ImportTarget, today: jiff::civil::Date) -> Result<Imported, Text> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(message(
            format!("文件有{}，超过了可导入的{} MB：附件5、附件6的表格通常只有几十行", size_text(bytes.len() as u64), MAX_FILE_BYTES >> 20),
            format!("the file is {}, more than the {} MB an import reads: the tables of 附件5 and 附件6 have tens of rows", size_text(bytes.len() as u64), MAX_FILE_BYTES >> 20),
        ));
    }
    let is_csv = file_name.to_lowercase().ends_with(".csv");
    let (grid, sheet, encoding) = if is_csv {
        let (grid, encoding) = csv_grid(bytes)?;
        (grid, None, Some(encoding))
    } else {
        xlsx_grid(bytes, target).map(|(grid, sheet)| (grid, Some(sheet), None))?
    };
    let result = match target.staff_table() {
        None => equipment_rows(&grid),
        Some(table) => staff_rows(&grid, table, today),
    };
    let mut imported = match (result, encoding) {
        // Text in another encoding (Big5, say) often decodes as GBK without an error, into
        // nonsense: where the headings are not found, say which encodings are read.
        (Err(reason), Some(CsvEncoding::Gbk)) => {
            return Err(Text::new(
                format!("{}。文件不是UTF-8编码，按GBK/GB18030读取也找不到表头：如果它是Big5（繁体）或其他编码，请另存为UTF-8的CSV或XLSX后再导入", reason.zh),
                format!("{}; the file is not UTF-8, and read as GBK/GB18030 it has no heading row either: if it is Big5 or another encoding, save it as a UTF-8 CSV or as XLSX and import it again", reason.en),
            ));
        }
        (result, _) => result?,
    };
    imported.sheet = sheet;
    Ok(imported)
}

fn size_text(bytes: u64) -> String {
    if bytes >= 1 << 20 { format!("{:.1} MB", bytes as f64 / f64::from(1 << 20)) } else { format!("{} KB", bytes.div_ceil(1024)) }
}

fn too_many_rows(row: usize) -> Text {
    message(
        format!("表格超过{MAX_ROWS}行（第{row}行还有内容）：附件5、附件6的表格通常只有几十行，请只保留要导入的表"),
        format!("the table has more than {MAX_ROWS} rows (row {row} has content): the tables of 附件5 and 附件6 have tens of rows, keep only the table to import"),
    )
}

fn too_many_columns(column: usize, row: usize) -> Text {
    message(
        format!("第{row}行第{column}列有内容，超过了可读取的{MAX_COLUMNS}列：请删除表格右侧多余的内容"),
        format!("row {row} has content in column {column}, beyond the {MAX_COLUMNS} columns read: delete what stands to the right of the table"),
    )
}

fn too_much_text() -> Text {
    message(
        format!("表格中的文字超过{} MB，不像附件5、附件6的表格", MAX_TEXT_BYTES >> 20),
        format!("the cells hold more than {} MB of text, which is not a table of 附件5 or 附件6", MAX_TEXT_BYTES >> 20),
    )
}

/// The encoding a CSV file was read in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CsvEncoding {
    Utf8,
    Gbk,
}

/// The cells of a CSV file as text: UTF-8 (with or without its byte-order mark), else GBK
/// (read as GB18030, its superset). UTF-16 is recognised and refused with a reason.
fn csv_grid(bytes: &[u8]) -> Result<(Vec<Vec<String>>, CsvEncoding), Text> {
    let utf16 = bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") || bytes.iter().take(64).filter(|b| **b == 0).count() > 4;
    if utf16 {
        return Err(message(
            "文件是UTF-16编码（Excel的“Unicode文本”），本页读取UTF-8或GBK/GB18030编码的CSV以及XLSX：请另存为“CSV UTF-8”或XLSX后再导入",
            "the file is in UTF-16 (Excel's \"Unicode text\"); the page reads CSV in UTF-8 or GBK/GB18030, and XLSX: save it as \"CSV UTF-8\" or as XLSX and import it again",
        ));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let (text, encoding) = match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_string(), CsvEncoding::Utf8),
        Err(_) => {
            let (text, _, had_errors) = encoding_rs::GB18030.decode(bytes);
            if had_errors {
                return Err(message(
                    "文件不是UTF-8或GBK/GB18030编码的CSV：请另存为“CSV UTF-8”或XLSX后再导入",
                    "the file is not a CSV in UTF-8 or GBK/GB18030: save it as \"CSV UTF-8\" or as XLSX and import it again",
                ));
            }
            (text.into_owned(), CsvEncoding::Gbk)
        }
    };
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut grid: Vec<Vec<String>> = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|error| message(format!("CSV无法读取：{error}"), format!("the CSV cannot be read: {error}")))?;
        let row = grid.len() + 1;
        let cells: Vec<String> = record.iter().map(|cell| cell.trim().to_string()).collect();
        let filled = cells.iter().rposition(|cell| !cell.is_empty());
        if grid.len() >= MAX_ROWS && filled.is_some() {
            return Err(too_many_rows(row));
        }
        if let Some(last) = filled.filter(|last| *last >= MAX_COLUMNS) {
            return Err(too_many_columns(last + 1, row));
        }
        if grid.len() < MAX_ROWS {
            grid.push(cells.into_iter().take(MAX_COLUMNS).collect());
        }
    }
    Ok((grid, encoding))
}

/// Checks every part of an XLSX zip before calamine reads it: how many parts, the size each
/// declares and the size it really has decompressed (the zip reader stops at the declared
/// size), and its CRC, which is checked only when a part is read to its end, and calamine stops
/// reading a part at its last element.
fn check_zip(bytes: &[u8]) -> Result<(), Text> {
    let not_xlsx = |error: &dyn std::fmt::Display| message(format!("文件不是可读取的XLSX表格：{error}"), format!("the file is not a readable XLSX spreadsheet: {error}"));
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|error| not_xlsx(&error))?;
    if archive.len() > MAX_PARTS {
        return Err(not_xlsx(&format_args!("{} parts, more than {MAX_PARTS}", archive.len())));
    }
    let mut total = 0u64;
    for index in 0..archive.len() {
        let mut part = archive.by_index(index).map_err(|error| not_xlsx(&error))?;
        let name = part.name().map(|name| name.into_owned()).unwrap_or_default();
        let too_big = || {
            message(
                format!("文件中的“{name}”解压后超过{} MB，不像附件5、附件6的表格", MAX_PART_BYTES >> 20),
                format!("the part {name:?} of the file decompresses to more than {} MB, which is not a table of 附件5 or 附件6", MAX_PART_BYTES >> 20),
            )
        };
        if part.size() > MAX_PART_BYTES {
            return Err(too_big());
        }
        let is_xml = name.to_ascii_lowercase().ends_with(".xml");
        let mut content = Vec::new();
        let read = if is_xml { (&mut part).take(MAX_PART_BYTES + 1).read_to_end(&mut content).map(|read| read as u64) } else { std::io::copy(&mut (&mut part).take(MAX_PART_BYTES + 1), &mut std::io::sink()) };
        let read = read.map_err(|error| {
            message(
                format!("文件已损坏（“{name}”无法解压或校验不符：{error}），请用表格软件重新保存"),
                format!("the file is damaged ({name:?} cannot be decompressed or fails its checksum: {error}): save it again from the spreadsheet program"),
            )
        })?;
        if read > MAX_PART_BYTES {
            return Err(too_big());
        }
        if is_xml {
            check_references(&name, &content)?;
        }
        total += read;
        if total > MAX_TOTAL_BYTES {
            return Err(message(
                format!("文件解压后超过{} MB，不像附件5、附件6的表格", MAX_TOTAL_BYTES >> 20),
                format!("the file decompresses to more than {} MB, which is not a table of 附件5 or 附件6", MAX_TOTAL_BYTES >> 20),
            ));
        }
    }
    Ok(())
}

/// Checks the cell references of an XML part (`<dimension ref>`, `<row r>`, `<c r>`) as
/// calamine will read them: a reference is one to three letters and one to seven digits, within
/// the sheet's 16,384 columns and 1,048,576 rows, and a range runs from its first cell to its
/// last. calamine computes with them unchecked (`B2:A1` or a reference of twenty letters
/// overflows), so a file with another is refused as damaged before calamine sees it.
fn check_references(name: &str, xml: &[u8]) -> Result<(), Text> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_reader(xml);
    reader.config_mut().check_end_names = false;
    let mut buffer = Vec::new();
    loop {
        buffer.clear();
        let element = match reader.read_event_into(&mut buffer) {
            // What the XML reader cannot read, calamine cannot either, and it stops there too.
            Err(_) | Ok(Event::Eof) => return Ok(()),
            Ok(Event::Start(element) | Event::Empty(element)) => element,
            Ok(_) => continue,
        };
        let is_row = element.local_name().as_ref() == "row";
        let attribute = match element.local_name().as_ref() {
            "dimension" => "ref",
            "row" | "c" => "r",
            _ => continue,
        };
        for found in element.attributes().flatten() {
            if found.key.local_name().as_ref() != attribute {
                continue;
            }
            let value: &[u8] = found.value.as_ref().as_bytes();
            let good = if is_row {
                !value.is_empty() && value.len() <= 7 && value.iter().all(u8::is_ascii_digit) && value.iter().any(|digit| *digit != b'0') && parse_row(value) <= 1_048_576
            } else {
                let mut cells = value.split(|byte| *byte == b':');
                let first = cells.next().and_then(cell_reference);
                let second = cells.next().map(cell_reference);
                match (first, second, cells.next()) {
                    (Some(_), None, None) => true,
                    (Some(start), Some(Some(end)), None) => start.0 <= end.0 && start.1 <= end.1,
                    _ => false,
                }
            };
            if !good {
                let shown = String::from_utf8_lossy(&value[..value.len().min(40)]).into_owned();
                return Err(message(
                    format!("文件已损坏（“{name}”中的单元格位置“{shown}”不存在），请用表格软件重新保存"),
                    format!("the file is damaged (the cell reference {shown:?} in {name:?} does not exist): save it again from the spreadsheet program"),
                ));
            }
        }
    }
}

fn parse_row(digits: &[u8]) -> u32 {
    digits.iter().fold(0u32, |row, digit| row.saturating_mul(10).saturating_add(u32::from(digit - b'0')))
}

/// `AB12` as (row, column), both from 1, when it is a cell of a sheet.
fn cell_reference(reference: &[u8]) -> Option<(u32, u32)> {
    let letters = reference.iter().take_while(|byte| byte.is_ascii_alphabetic()).count();
    let digits = &reference[letters..];
    if !(1..=3).contains(&letters) || digits.is_empty() || digits.len() > 7 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let column = reference[..letters].iter().fold(0u32, |column, letter| column * 26 + u32::from(letter.to_ascii_uppercase() - b'A') + 1);
    let row = parse_row(digits);
    (row >= 1 && row <= 1_048_576 && column <= 16_384).then_some((row, column))
}

/// The cells of the sheet for `target`: the one named after the table (as `office::xlsx`
/// names them), else the first; with the sheet's name, which the report shows.
///
/// The cells are streamed, and only those present are kept (calamine's `worksheet_range` makes
/// a dense rectangle from the first cell to the last, whatever lies between).
fn xlsx_grid(bytes: &[u8], target: ImportTarget) -> Result<(Vec<Vec<String>>, String), Text> {
    check_zip(bytes)?;
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes))
        .map_err(|error| message(format!("文件不是可读取的XLSX表格：{error}"), format!("the file is not a readable XLSX spreadsheet: {error}")))?;
    let names = workbook.sheet_names();
    let wanted = match target.staff_table() {
        Some(table) => table.title().zh,
        None => "设施设备清单",
    };
    let name = names.iter().find(|name| name.as_str() == wanted).or(names.first()).cloned().ok_or_else(|| message("表格中没有工作表", "the spreadsheet has no sheet"))?;
    let unreadable = |error: calamine::XlsxError| message(format!("工作表“{name}”无法读取：{error}"), format!("sheet {name:?} cannot be read: {error}"));
    let mut cells = workbook.worksheet_cells_reader(&name).map_err(unreadable)?;
    let declared = cells.dimensions();
    // The sheet's own statement of its extent (`<dimension ref="A1:F40"/>`): a sheet that
    // declares more than the limits is refused before any cell is read.
    if declared.end.0 as usize >= MAX_ROWS {
        return Err(too_many_rows(declared.end.0 as usize + 1));
    }
    if declared.end.1 as usize >= MAX_COLUMNS {
        return Err(too_many_columns(declared.end.1 as usize + 1, declared.end.0 as usize + 1));
    }
    // Row numbers as the spreadsheet shows them: index 0 is row 1.
    let mut grid: Vec<Vec<String>> = Vec::new();
    let mut text_bytes = 0usize;
    while let Some(found) = cells.next_cell().map_err(unreadable)? {
        let (row, column) = (found.get_position().0 as usize, found.get_position().1 as usize);
        let text = cell_text(&Data::from(found.get_value().clone()));
        if text.is_empty() {
            continue;
        }
        if row >= MAX_ROWS {
            return Err(too_many_rows(row + 1));
        }
        if column >= MAX_COLUMNS {
            return Err(too_many_columns(column + 1, row + 1));
        }
        text_bytes += text.len();
        if text_bytes > MAX_TEXT_BYTES {
            return Err(too_much_text());
        }
        if grid.len() <= row {
            grid.resize(row + 1, Vec::new());
        }
        let cells_of_row = &mut grid[row];
        if cells_of_row.len() <= column {
            cells_of_row.resize(column + 1, String::new());
        }
        cells_of_row[column] = text;
    }
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

fn staff_rows(grid: &[Vec<String>], table: StaffTable, today: jiff::civil::Date) -> Result<Imported, Text> {
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
    // The ID numbers taken so far: one look-up per row, so the import stays linear.
    let mut seen_ids: HashSet<(IdDocumentKind, String)> = HashSet::new();
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
        } else if let Err(error) = id_kind.check_as_of(&id_number, today) {
            problems.push(Text::new(format!("身份证件号：{}", error.message.zh), format!("ID number: {}", error.message.en)));
        } else if seen_ids.contains(&(id_kind, id_number.clone())) {
            problems.push(message("同一身份证件号已在前面的行中", "the same ID number is in an earlier row"));
        }
        if !imported.check_row(number, problems) {
            continue;
        }
        seen_ids.insert((id_kind, id_number.clone()));
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
