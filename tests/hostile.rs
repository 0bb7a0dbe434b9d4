//! Hostile input (issue 13): spreadsheets made to exhaust the import, files in encodings the
//! page does not read. Each file here is small; before the bounds, the first ones aborted the
//! process (calamine allocating a dense sheet of gigabytes).

use std::io::Write;

use henan_filing::office::import::limits::{MAX_FILE_BYTES, MAX_ROWS};
use henan_filing::office::import::{ImportTarget, import_rows};
use jiff::civil::date;
use zip::write::SimpleFileOptions;

const TODAY: jiff::civil::Date = date(2026, 12, 1);
const ID_A: &str = "11010519491231002X";

/// An XLSX written by hand, so that its parts can lie: `dimension` is the sheet's declared
/// extent, `cells` its `<sheetData>` content, `extra` more parts; `stored` leaves every part
/// uncompressed (so a test can alter a byte of it).
fn xlsx(dimension: &str, cells: &str, extra: &[(&str, &[u8])], stored: bool) -> Vec<u8> {
    let method = if stored { zip::CompressionMethod::Stored } else { zip::CompressionMethod::Deflated };
    let options = SimpleFileOptions::default().compression_method(method);
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let sheet = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="{dimension}"/><sheetData>{cells}</sheetData></worksheet>"#
    );
    let parts: Vec<(&str, Vec<u8>)> = vec![
        ("[Content_Types].xml", br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#.to_vec()),
        ("_rels/.rels", br#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.to_vec()),
        ("xl/workbook.xml", br#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#.to_vec()),
        ("xl/_rels/workbook.xml.rels", br#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#.to_vec()),
        ("xl/worksheets/sheet1.xml", sheet.into_bytes()),
    ];
    for (name, bytes) in parts.iter().map(|(name, bytes)| (*name, bytes.as_slice())).chain(extra.iter().copied()) {
        zip.start_file(name, options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// A cell of inline text at `reference` (`A1`).
fn cell(reference: &str, text: &str) -> String {
    format!(r#"<c r="{reference}" t="inlineStr"><is><t>{text}</t></is></c>"#)
}

/// The heading row of 附件6 and one good row, in rows 1 and 2.
fn staff_rows() -> String {
    format!(
        r#"<row r="1">{}{}</row><row r="2">{}{}</row>"#,
        cell("A1", "姓名"),
        cell("B1", "身份证号"),
        cell("A2", "王五"),
        cell("B2", ID_A)
    )
}

#[test]
fn a_well_formed_hand_made_workbook_imports() {
    let imported = import_rows("人员.xlsx", &xlsx("A1:B2", &staff_rows(), &[], false), ImportTarget::Workers, TODAY).unwrap();
    assert_eq!(imported.staff.len(), 1);
    assert_eq!(imported.staff[0].id_number, ID_A);
}

#[test]
fn a_cell_far_away_is_refused_not_allocated() {
    // One cell at GJH100000 under a declared dimension that lies: calamine's dense range
    // would be 100,000 × 5,000 cells (16 GB).
    let cells = format!(r#"{}<row r="100000">{}</row>"#, staff_rows(), cell("GJH100000", "x"));
    let reason = import_rows("人员.xlsx", &xlsx("A1:B2", &cells, &[], false), ImportTarget::Workers, TODAY).unwrap_err();
    assert!(reason.zh.contains("超过5000行") && reason.zh.contains("第100000行"), "{reason:?}");
    // A cell at AD1048576 (1.8 GB dense).
    let cells = format!(r#"{}<row r="1048576">{}</row>"#, staff_rows(), cell("AD1048576", "x"));
    let reason = import_rows("人员.xlsx", &xlsx("A1:B2", &cells, &[], false), ImportTarget::Workers, TODAY).unwrap_err();
    assert!(reason.en.contains("more than 5000 rows"), "{reason:?}");
    // Far to the right in the heading row.
    let cells = format!(r#"<row r="1">{}{}{}</row>"#, cell("A1", "姓名"), cell("B1", "身份证号"), cell("GJH1", "x"));
    let reason = import_rows("人员.xlsx", &xlsx("A1:B1", &cells, &[], false), ImportTarget::Workers, TODAY).unwrap_err();
    assert!(reason.en.contains("beyond the 100 columns"), "{reason:?}");
}

#[test]
fn a_declared_dimension_beyond_the_limits_is_refused_before_reading() {
    let reason = import_rows("人员.xlsx", &xlsx("A1:AD1048576", &staff_rows(), &[], false), ImportTarget::Workers, TODAY).unwrap_err();
    assert!(reason.zh.contains("超过5000行"), "{reason:?}");
    let reason = import_rows("人员.xlsx", &xlsx("A1:XFD2", &staff_rows(), &[], false), ImportTarget::Workers, TODAY).unwrap_err();
    assert!(reason.zh.contains("100列"), "{reason:?}");
}

#[test]
fn a_part_that_decompresses_to_too_much_is_refused() {
    // 17 MB of spaces in a comment of the sheet compress to some 17 KB.
    let padding = format!("<!--{}-->", " ".repeat(17 << 20));
    let reason = import_rows("人员.xlsx", &xlsx("A1:B2", &format!("{padding}{}", staff_rows()), &[], false), ImportTarget::Workers, TODAY).unwrap_err();
    assert!(reason.en.contains("decompresses to more than 16 MB") && reason.en.contains("sheet1.xml"), "{reason:?}");
    // Many parts that are each small but together too much.
    let part = vec![b' '; 15 << 20];
    let names: Vec<String> = (0..5).map(|index| format!("xl/media/padding{index}.bin")).collect();
    let extra: Vec<(&str, &[u8])> = names.iter().map(|name| (name.as_str(), part.as_slice())).collect();
    let reason = import_rows("人员.xlsx", &xlsx("A1:B2", &staff_rows(), &extra, false), ImportTarget::Workers, TODAY).unwrap_err();
    assert!(reason.en.contains("the file decompresses to more than 64 MB"), "{reason:?}");
}

#[test]
fn a_part_whose_content_does_not_match_its_crc_is_refused() {
    let mut bytes = xlsx("A1:B2", &staff_rows(), &[], true);
    // 王五 becomes 王六 in the stored sheet: the zip's CRC of the part no longer matches.
    let position = bytes.windows("王五".len()).position(|window| window == "王五".as_bytes()).unwrap();
    bytes[position + 3..position + 6].copy_from_slice("六".as_bytes());
    let reason = import_rows("人员.xlsx", &bytes, ImportTarget::Workers, TODAY).unwrap_err();
    assert!(reason.en.contains("damaged") && reason.en.contains("checksum"), "{reason:?}");
}

#[test]
fn the_file_size_and_the_rows_are_bounded() {
    let big = vec![b'a'; MAX_FILE_BYTES + 1];
    let reason = import_rows("人员.csv", &big, ImportTarget::Workers, TODAY).unwrap_err();
    assert!(reason.zh.contains("超过了可导入的10 MB"), "{reason:?}");
    // The heading and 4,999 rows are read; one more row is refused, by its number.
    let mut csv = String::from("姓名,身份证号\n");
    for index in 1..MAX_ROWS {
        csv.push_str(&format!("人{index},{}\n", if index == 1 { ID_A } else { "" }));
    }
    let imported = import_rows("人员.csv", csv.as_bytes(), ImportTarget::Workers, TODAY).unwrap();
    assert_eq!(imported.rows_read, MAX_ROWS - 1);
    csv.push_str("多一行,\n");
    let reason = import_rows("人员.csv", csv.as_bytes(), ImportTarget::Workers, TODAY).unwrap_err();
    assert!(reason.zh.contains("表格超过5000行（第5001行还有内容）"), "{reason:?}");
}

#[test]
fn the_same_person_twice_is_named_by_row_among_many() {
    // The duplicate scan is a set (linear): the rows it names are the same as before.
    let mut csv = String::from("姓名,身份证号\n");
    let numbers: Vec<String> = (0..2_000u32)
        .map(|index| {
            let body = format!("410105{:08}{:03}", 19_800_101 + (index % 28), index % 1000);
            format!("{body}{}", henan_filing::core::forms::codes::id_number_check_char(&body).unwrap())
        })
        .collect();
    for (index, number) in numbers.iter().enumerate() {
        csv.push_str(&format!("人{index},{number}\n"));
    }
    let imported = import_rows("人员.csv", csv.as_bytes(), ImportTarget::Workers, TODAY).unwrap();
    let unique: std::collections::HashSet<&String> = numbers.iter().collect();
    assert_eq!(imported.staff.len(), unique.len());
    let duplicates: Vec<usize> = imported.problems.iter().map(|problem| problem.row).collect();
    let expected: Vec<usize> = (0..numbers.len()).filter(|index| numbers[..*index].contains(&numbers[*index])).map(|index| index + 2).collect();
    assert_eq!(duplicates, expected);
}

#[test]
fn encodings_the_page_does_not_read_are_named() {
    let text = format!("姓名,身份证号\n王五,{ID_A}\n");
    // UTF-16 as Excel's "Unicode text" writes it: little-endian with its byte-order mark.
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let reason = import_rows("人员.csv", &utf16, ImportTarget::Workers, TODAY).unwrap_err();
    assert!(reason.zh.contains("UTF-16") && reason.zh.contains("UTF-8或GBK/GB18030"), "{reason:?}");
    // Big5 (traditional Chinese) decodes as GBK without an error, into other characters.
    let (big5, _, _) = encoding_rs::BIG5.encode(&text);
    let reason = import_rows("人员.csv", &big5, ImportTarget::Workers, TODAY).unwrap_err();
    assert!(reason.zh.contains("Big5") && reason.zh.contains("UTF-8"), "{reason:?}");
    // GB18030 beyond GBK is read.
    let text = format!("姓名,身份证号\n王𠀀,{ID_A}\n");
    let (gb18030, _, _) = encoding_rs::GB18030.encode(&text);
    let imported = import_rows("人员.csv", &gb18030, ImportTarget::Workers, TODAY).unwrap();
    assert_eq!(imported.staff[0].name, "王𠀀");
}

#[test]
fn an_id_number_born_after_the_day_of_the_import_is_a_row_problem() {
    let body = "41010520261202001";
    let later = format!("{body}{}", henan_filing::core::forms::codes::id_number_check_char(body).unwrap());
    let csv = format!("姓名,身份证号\n王五,{later}\n赵六,78{}\n", &ID_A[2..]);
    let imported = import_rows("人员.csv", csv.as_bytes(), ImportTarget::Workers, TODAY).unwrap();
    let messages: Vec<&str> = imported.problems.iter().map(|problem| problem.message.zh.as_str()).collect();
    assert_eq!(imported.staff, []);
    assert!(messages[0].contains("晚于今天（2026-12-01）") && messages[1].contains("不是省级行政区代码"), "{messages:?}");
}

#[test]
fn cell_references_calamine_cannot_compute_with_are_refused_as_damage() {
    // calamine subtracts a range's start from its end and multiplies letters and digits
    // unchecked: these overflowed (a panic in a debug build, garbage in a release build).
    for (dimension, cells) in [
        ("B2:A1", staff_rows()),
        ("A1:B2", format!(r#"{}<row r="3">{}</row>"#, staff_rows(), cell("AAAAAAAAAAAAAAAA3", "x"))),
        ("A1:B2", format!(r#"{}<row r="99999999999">{}</row>"#, staff_rows(), cell("A3", "x"))),
        ("A1:B99999999999", staff_rows()),
    ] {
        let reason = import_rows("人员.xlsx", &xlsx(dimension, &cells, &[], false), ImportTarget::Workers, TODAY).unwrap_err();
        assert!(reason.en.contains("damaged") && reason.en.contains("does not exist"), "{dimension}: {reason:?}");
    }
}
