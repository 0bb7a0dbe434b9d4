//! Prints how long the spreadsheet import takes for staff tables of 1,000 to 10,000 rows, as
//! CSV and as XLSX. A file may hold at most 5,000 rows (`office::import::limits::MAX_ROWS`), so
//! the 10,000-row files measure how quickly such a file is refused; the smaller ones show the
//! import growing linearly (the duplicate-ID scan is a set).
//!
//! `cargo bench --bench import`. A benchmark prints figures; no test asserts on time.

use std::{hint::black_box, time::Instant};

use henan_filing::core::forms::codes::id_number_check_char;
use henan_filing::office::import::{ImportTarget, import_rows};

const ROUNDS: u32 = 5;

/// `rows` distinct people, and every 50th row repeating an earlier ID number.
fn people(rows: usize) -> Vec<[String; 5]> {
    (0..rows)
        .map(|index| {
            let source = if index % 50 == 49 { index - 7 } else { index };
            let body = format!("410105{:04}{:02}{:02}{:03}", 1960 + source % 40, 1 + source % 12, 1 + source % 28, source % 1000);
            let id = format!("{body}{}", id_number_check_char(&body).unwrap());
            [format!("员工{index}"), id, "高级技师".into(), "本科".into(), "车工".into()]
        })
        .collect()
}

fn csv(rows: usize) -> Vec<u8> {
    let mut text = String::from("姓名,身份证件号,职务/职称/技能等级,学历,考评职业（工种）\n");
    for row in people(rows) {
        text.push_str(&row.join(","));
        text.push('\n');
    }
    text.into_bytes()
}

fn xlsx(rows: usize) -> Vec<u8> {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    for (column, heading) in ["姓名", "身份证件号", "职务/职称/技能等级", "学历", "考评职业（工种）"].into_iter().enumerate() {
        sheet.write_string(0, column as u16, heading).unwrap();
    }
    for (row, values) in people(rows).iter().enumerate() {
        for (column, value) in values.iter().enumerate() {
            sheet.write_string(row as u32 + 1, column as u16, value).unwrap();
        }
    }
    workbook.save_to_buffer().unwrap()
}

fn main() {
    let today = jiff::civil::date(2026, 12, 1);
    for rows in [1_000, 2_500, 4_999, 10_000] {
        for (format, name, bytes) in [("CSV", "考评人员.csv", csv(rows)), ("XLSX", "考评人员.xlsx", xlsx(rows))] {
            let mut best = f64::INFINITY;
            for _ in 0..ROUNDS {
                let start = Instant::now();
                black_box(import_rows(name, black_box(&bytes), ImportTarget::Assessors, today)).ok();
                best = best.min(start.elapsed().as_secs_f64());
            }
            let outcome = match import_rows(name, &bytes, ImportTarget::Assessors, today) {
                Ok(imported) => format!("{} taken, {} left out", imported.rows_taken(), imported.problems.len()),
                Err(reason) => format!("refused: {}", reason.en),
            };
            println!("import {format} of {rows} staff rows ({} KB): {:.1} ms ({outcome}; best of {ROUNDS})", bytes.len() / 1024, best * 1e3);
        }
    }
}
