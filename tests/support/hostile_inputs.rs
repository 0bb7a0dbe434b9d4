//! Generated hostile inputs and the properties they must keep, shared by the bounded property
//! test (`tests/generated_inputs.rs`, part of `cargo test`) and the long fuzz run
//! (`examples/fuzz.rs`, started by `scripts/fuzz.sh`).
//!
//! Packages: the sample packages, changed in their structure (a value replaced by one of a
//! palette of awkward values, a key removed or added) or in their bytes (flipped, inserted,
//! deleted, cut short, a byte-order mark). Spreadsheets: grids of headings and awkward cells
//! written as CSV (UTF-8, with a BOM, GBK, UTF-16, Big5) or XLSX (written by rust_xlsxwriter,
//! or by hand with a dimension that lies and cells far away), then possibly changed byte by
//! byte.

#![allow(dead_code)]

use std::io::Write;

use henan_filing::core::evaluate;
use henan_filing::core::forms::codes::{IdNumber, id_number_check_char};
use henan_filing::core::forms::{FormId, validate_form_set};
use henan_filing::core::package::{read_package, write_package};
use henan_filing::office::import::limits::MAX_ROWS;
use henan_filing::office::import::{ImportTarget, import_rows};
use henan_filing::office::{export, formats};
use proptest::prelude::*;
use serde_json::Value;

pub const TODAY: jiff::civil::Date = jiff::civil::date(2026, 12, 1);

pub const SEEDS: [&str; 4] = [
    include_str!("../../examples/package-social-org.json"),
    include_str!("../browser/packages/complete-first-filing.json"),
    include_str!("../browser/packages/complete-renewal.json"),
    r#"{"schema_version": 1, "facts": {"request": "first-filing", "applicant": {"kind": "employer", "legal_form": "enterprise", "place": "4107"}, "application_date": "2026-12-01"}}"#,
];

/// Awkward JSON values: wrong types, extreme numbers, dates in other forms and out of range,
/// the characters XML forbids, a byte-order mark, a text longer than a cell holds, names of
/// the tables' choices.
fn awkward_value(large: bool) -> impl Strategy<Value = Value> {
    let longest = if large { 40_000 } else { 2_000 };
    let texts = [
        "", " ", "\u{feff}", "\u{1}\u{b}\u{FFFE}\u{FFFF}", "20261201", "2026-12-01T10:00:00", "9999-12-31", "0000-01-01", "1948-12-31", "2100-12-31",
        "2026-02-30", "2026-12-01", "-000001-01-01", "?", "first-filing", "renewal", "termination", "incremental", "information-change", "employer",
        "social-org", "school", "enterprise", "national-standard", "unit-overview", "workflow", "adopted", "4107", "410783", "6-18-01-01", "11010519491231002X",
        "LMEJ0BYWD91G1JKPBM", "91350100M000100Y43", "=cmd|' /C calc'!A0", "<w:t>", "&amp;", "😀", "新乡某职业培训学校有限公司",
    ];
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        prop::sample::select(vec![i64::MIN, -1, 0, 1, 2, 5, 6, 18, 19, 255, 256, 65_536, 4_294_967_296, i64::MAX]).prop_map(Value::from),
        prop::sample::select(vec![u64::MAX, 1u64 << 53]).prop_map(Value::from),
        prop::sample::select(vec![-0.5f64, 1.5, 1e300]).prop_map(Value::from),
        prop::sample::select(texts.to_vec()).prop_map(Value::from),
        any::<String>().prop_map(Value::from),
        (1usize..=longest).prop_map(|length| Value::from("长".repeat(length))),
        Just(Value::Array(Vec::new())),
        Just(Value::Object(serde_json::Map::new())),
        (0usize..200).prop_map(|depth| (0..depth).fold(Value::Null, |inner, _| Value::Array(vec![inner]))),
    ]
}

/// One change to a package's structure: which node (by its index among all nodes), and what.
#[derive(Clone, Debug)]
enum Change {
    Replace(u32, Value),
    RemoveKey(u32),
    AddKey(u32, String, Value),
    DuplicateArrayItem(u32, u16),
}

fn change(large: bool) -> impl Strategy<Value = Change> {
    prop_oneof![
        4 => (any::<u32>(), awkward_value(large)).prop_map(|(node, value)| Change::Replace(node, value)),
        1 => any::<u32>().prop_map(Change::RemoveKey),
        1 => (any::<u32>(), prop::sample::select(vec!["colour", "facts", "forms", "sections", "", "application_date"]), awkward_value(large))
            .prop_map(|(node, key, value)| Change::AddKey(node, key.to_string(), value)),
        1 => (any::<u32>(), 1u16..if large { 1000 } else { 50 }).prop_map(|(node, times)| Change::DuplicateArrayItem(node, times)),
    ]
}

/// One change to a text's bytes.
#[derive(Clone, Debug)]
enum ByteChange {
    Flip(u32, u8),
    Insert(u32, u8),
    Delete(u32),
    CutAt(u32),
}

fn byte_change() -> impl Strategy<Value = ByteChange> {
    prop_oneof![
        (any::<u32>(), any::<u8>()).prop_map(|(at, byte)| ByteChange::Flip(at, byte)),
        (any::<u32>(), prop::sample::select(b"{}[]\",:0-9aZ\\ \xEF\xBB\xBF\x00\xFF".to_vec())).prop_map(|(at, byte)| ByteChange::Insert(at, byte)),
        any::<u32>().prop_map(ByteChange::Delete),
        any::<u32>().prop_map(ByteChange::CutAt),
    ]
}

fn apply_bytes(mut bytes: Vec<u8>, changes: &[ByteChange]) -> Vec<u8> {
    for change in changes {
        if bytes.is_empty() {
            break;
        }
        let at = |n: u32| n as usize % bytes.len();
        match change {
            ByteChange::Flip(n, byte) => {
                let i = at(*n);
                bytes[i] ^= byte | 1;
            }
            ByteChange::Insert(n, byte) => {
                let i = at(*n);
                bytes.insert(i, *byte);
            }
            ByteChange::Delete(n) => {
                let i = at(*n);
                bytes.remove(i);
            }
            ByteChange::CutAt(n) => {
                let i = at(*n);
                bytes.truncate(i);
            }
        }
    }
    bytes
}

fn count_nodes(value: &Value) -> usize {
    1 + match value {
        Value::Array(items) => items.iter().map(count_nodes).sum(),
        Value::Object(fields) => fields.values().map(count_nodes).sum(),
        _ => 0,
    }
}

/// The path of the `n`th node in document order (0 is the document).
fn nth_path(value: &Value, mut n: usize) -> Vec<Value> {
    let mut path = Vec::new();
    let mut value = value;
    while n > 0 {
        n -= 1;
        let children: Vec<(Value, &Value)> = match value {
            Value::Array(items) => items.iter().enumerate().map(|(index, item)| (Value::from(index), item)).collect(),
            Value::Object(fields) => fields.iter().map(|(key, item)| (Value::from(key.clone()), item)).collect(),
            _ => return path,
        };
        let mut next = None;
        for (step, child) in children {
            let size = count_nodes(child);
            if n < size {
                next = Some((step, child));
                break;
            }
            n -= size;
        }
        let Some((step, child)) = next else { return path };
        path.push(step);
        value = child;
    }
    path
}

fn at<'a>(value: &'a mut Value, path: &[Value]) -> &'a mut Value {
    path.iter().fold(value, |value, step| match step {
        Value::String(key) => &mut value[key.as_str()],
        Value::Number(index) => &mut value[index.as_u64().unwrap() as usize],
        _ => unreachable!(),
    })
}

/// Past this many nodes a document is not made larger (the input stays quick to generate).
const MAX_NODES: usize = 200_000;

fn apply_change(document: &mut Value, change: &Change) {
    let count = count_nodes(document);
    let pick = |n: u32| nth_path(document, n as usize % count);
    match change {
        Change::Replace(n, value) => {
            let path = pick(*n);
            *at(document, &path) = value.clone();
        }
        Change::RemoveKey(n) => {
            let path = pick(*n);
            if let Some((Value::String(key), parent)) = path.split_last() {
                if let Value::Object(fields) = at(document, parent) {
                    fields.remove(key);
                }
            }
        }
        Change::AddKey(n, key, value) => {
            let path = pick(*n);
            if let Value::Object(fields) = at(document, &path) {
                fields.insert(key.clone(), value.clone());
            }
        }
        Change::DuplicateArrayItem(n, times) => {
            let path = pick(*n);
            if let Value::Array(items) = at(document, &path) {
                if let Some(first) = items.first().cloned() {
                    if count + count_nodes(&first) * usize::from(*times) <= MAX_NODES {
                        items.extend(std::iter::repeat_n(first, usize::from(*times)));
                    }
                }
            }
        }
    }
}

/// A package file: a sample changed in its structure, then perhaps in its bytes. `large`: the
/// fuzz run's sizes (texts of 40,000 characters, arrays repeated 1,000 times), else sizes that
/// keep `cargo test` quick.
pub fn package_input(large: bool) -> impl Strategy<Value = String> {
    (0..SEEDS.len(), prop::collection::vec(change(large), 0..4), prop::collection::vec(byte_change(), 0..3), any::<bool>()).prop_map(|(seed, changes, byte_changes, bom)| {
        let mut document: Value = serde_json::from_str(SEEDS[seed]).unwrap();
        for change in &changes {
            apply_change(&mut document, change);
        }
        let bytes = apply_bytes(document.to_string().into_bytes(), &byte_changes);
        let text = String::from_utf8_lossy(&bytes).into_owned();
        if bom { format!("\u{feff}{text}") } else { text }
    })
}

/// The properties of the package reader: it never panics; what it reads, it writes back and
/// reads the same, evaluates, validates and exports without a panic; what it refuses, it
/// refuses with a path that names every step (no `?`).
pub fn check_package(json: &str) {
    match read_package(json) {
        Ok(package) => {
            assert_eq!(read_package(&write_package(&package)).as_ref(), Ok(&package), "written and read again");
            let evaluation = evaluate(&package.facts);
            let _ = validate_form_set(&package.facts, &package.forms);
            for form in FormId::ALL {
                for format in formats(form) {
                    if package.forms.has(form) {
                        let _ = export(&package, form, *format, TODAY);
                    }
                }
            }
            assert!(!evaluation.rules.is_empty());
        }
        Err(error) => {
            assert!(!error.path.contains('?'), "a path with `?`: {error}");
            assert!(!error.reason.is_empty());
        }
    }
}

/// A cell of a spreadsheet: headings of the forms, good and bad values, awkward text.
fn sheet_cell(large: bool) -> impl Strategy<Value = String> {
    let longest = if large { 6_000 } else { 300 };
    let fixed = [
        "姓名", "身份证号", "身份证件号", "职务/职称/技能等级", "学历", "主要职责", "考评职业（工种）", "名称", "设备名称", "职业（工种）", "规格/型号", "数量", "权属",
        "考评人员队伍", "工作人员情况", "专家队伍", "内部质量监督人员队伍", "职业（工种）：6-18-01-01 车工", "填表说明：分职业（工种）填写。", "王五", "3台", "四台", "自有", "租用",
        "借用", "4.10102E+17", "#410102199001011234", "11010519491231002X", "110105194912310021", "780105194912310024", "", " ", "\u{0}\u{FFFF}\u{b}", "=cmd|' /C calc'!A0",
        "😀", "\"", ",", "\n",
    ];
    prop_oneof![
        6 => prop::sample::select(fixed.to_vec()).prop_map(str::to_string),
        2 => (0u32..100_000, 1949i16..2030, 1i8..=12, 1i8..=28).prop_map(|(sequence, year, month, day)| {
            let body = format!("410105{year:04}{month:02}{day:02}{:03}", sequence % 1000);
            format!("{body}{}", id_number_check_char(&body).unwrap())
        }),
        1 => any::<String>(),
        1 => (1usize..longest).prop_map(|length| "长".repeat(length)),
    ]
}

/// How a grid is written.
#[derive(Clone, Copy, Debug)]
pub enum Written {
    CsvUtf8,
    CsvUtf8Bom,
    CsvGbk,
    CsvUtf16,
    CsvBig5,
    Xlsx,
    XlsxByHand,
}

/// A spreadsheet file: (file name, bytes, target, a description for the report). `large`: the
/// fuzz run's sizes (rows repeated past the 5,000-row limit), else sizes that keep `cargo test`
/// quick.
pub fn spreadsheet_input(large: bool) -> impl Strategy<Value = (String, Vec<u8>, ImportTarget, String)> {
    let grid = prop::collection::vec(prop::collection::vec(sheet_cell(large), 0..8), 0..40);
    let far = prop::option::weighted(0.2, (0u32..1_048_576, 0u16..16_384));
    let written = prop::sample::select(vec![Written::CsvUtf8, Written::CsvUtf8Bom, Written::CsvGbk, Written::CsvUtf16, Written::CsvBig5, Written::Xlsx, Written::Xlsx, Written::XlsxByHand]);
    let target = prop::sample::select(vec![ImportTarget::Equipment, ImportTarget::Workers, ImportTarget::Assessors, ImportTarget::Experts, ImportTarget::QualitySupervisors]);
    let repeat = prop::option::weighted(0.1, 1usize..if large { 7_000 } else { 200 });
    let dimension = prop::sample::select(vec!["A1:H40", "A1", "A1:XFD1048576", "A1:AD4999", "B2:A1"]);
    (grid, far, written, target, prop::collection::vec(byte_change(), 0..3), repeat, dimension).prop_map(|(mut grid, far, written, target, byte_changes, repeat, dimension)| {
        if let (Some(times), Some(row)) = (repeat, grid.last().cloned()) {
            grid.extend(std::iter::repeat_n(row, times));
        }
        let (name, bytes) = write_grid(&grid, far, written, dimension);
        let bytes = apply_bytes(bytes, &byte_changes);
        let about = format!("{written:?}, {} rows, far cell {far:?}, {} byte changes, {} bytes", grid.len(), byte_changes.len(), bytes.len());
        (name, bytes, target, about)
    })
}

fn write_grid(grid: &[Vec<String>], far: Option<(u32, u16)>, written: Written, dimension: &str) -> (String, Vec<u8>) {
    let csv = || {
        let mut writer = csv::WriterBuilder::new().flexible(true).from_writer(Vec::new());
        for row in grid {
            writer.write_record(row).unwrap();
        }
        String::from_utf8(writer.into_inner().unwrap()).unwrap()
    };
    match written {
        Written::CsvUtf8 => ("表.csv".into(), csv().into_bytes()),
        Written::CsvUtf8Bom => ("表.CSV".into(), format!("\u{feff}{}", csv()).into_bytes()),
        Written::CsvGbk => ("表.csv".into(), encoding_rs::GBK.encode(&csv()).0.into_owned()),
        Written::CsvBig5 => ("表.csv".into(), encoding_rs::BIG5.encode(&csv()).0.into_owned()),
        Written::CsvUtf16 => {
            let mut bytes = vec![0xFF, 0xFE];
            bytes.extend(csv().encode_utf16().flat_map(u16::to_le_bytes));
            ("表.csv".into(), bytes)
        }
        Written::Xlsx => {
            let mut workbook = rust_xlsxwriter::Workbook::new();
            let sheet = workbook.add_worksheet();
            for (r, row) in grid.iter().enumerate().take(1_048_576) {
                for (c, value) in row.iter().enumerate() {
                    // Past 32,767 characters the writer refuses: such a cell is left out.
                    let _ = match value.strip_prefix('#').and_then(|digits| digits.parse::<f64>().ok()) {
                        Some(number) => sheet.write_number(r as u32, c as u16, number).map(|_| ()),
                        None => sheet.write_string(r as u32, c as u16, value).map(|_| ()),
                    };
                }
            }
            if let Some((row, column)) = far {
                let _ = sheet.write_string(row, column, "远");
            }
            ("表.xlsx".into(), workbook.save_to_buffer().unwrap())
        }
        Written::XlsxByHand => {
            let escape = |text: &str| text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
            let mut cells = String::new();
            for (r, row) in grid.iter().enumerate() {
                cells.push_str(&format!(r#"<row r="{}">"#, r + 1));
                for (c, value) in row.iter().enumerate() {
                    cells.push_str(&format!(r#"<c r="{}{}" t="inlineStr"><is><t>{}</t></is></c>"#, column_name(c as u32), r + 1, escape(value)));
                }
                cells.push_str("</row>");
            }
            if let Some((row, column)) = far {
                cells.push_str(&format!(r#"<row r="{0}"><c r="{1}{0}" t="inlineStr"><is><t>远</t></is></c></row>"#, row + 1, column_name(u32::from(column))));
            }
            ("表.xlsx".into(), hand_made_xlsx(dimension, &cells))
        }
    }
}

fn column_name(mut column: u32) -> String {
    let mut name = Vec::new();
    loop {
        name.push(b'A' + (column % 26) as u8);
        if column < 26 {
            break;
        }
        column = column / 26 - 1;
    }
    name.reverse();
    String::from_utf8(name).unwrap()
}

/// An XLSX of one sheet, its parts written by hand.
pub fn hand_made_xlsx(dimension: &str, cells: &str) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    let sheet = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="{dimension}"/><sheetData>{cells}</sheetData></worksheet>"#
    );
    let parts = [
        ("[Content_Types].xml", r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#.to_string()),
        ("_rels/.rels", r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.to_string()),
        ("xl/workbook.xml", r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#.to_string()),
        ("xl/_rels/workbook.xml.rels", r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#.to_string()),
        ("xl/worksheets/sheet1.xml", sheet),
    ];
    for (name, text) in parts {
        zip.start_file(name, options).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// The properties of the import: it never panics; what it takes is within the limits, each
/// ID number valid as of the day and taken once, each problem on a row of the file.
pub fn check_import(name: &str, bytes: &[u8], target: ImportTarget) {
    match import_rows(name, bytes, target, TODAY) {
        Ok(imported) => {
            assert!(imported.rows_read <= MAX_ROWS, "{} rows read", imported.rows_read);
            assert!(imported.rows_taken() <= imported.rows_read);
            let mut seen = std::collections::HashSet::new();
            for member in &imported.staff {
                assert!(IdNumber::parse_as_of(&member.id_number, TODAY).is_ok(), "{}", member.id_number);
                assert!(seen.insert(member.id_number.clone()), "{} taken twice", member.id_number);
            }
            assert!(imported.problems.iter().all(|problem| problem.row >= 1 && problem.row <= MAX_ROWS));
        }
        Err(reason) => assert!(!reason.zh.is_empty() && !reason.en.is_empty()),
    }
}
