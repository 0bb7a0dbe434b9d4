//! The reference tables (`data/occupations.csv`, `occupation-categories.csv`, `places.csv`,
//! `counties.csv`, `holidays.csv`, `calendar-years.csv`, `standards.csv`) → `$OUT_DIR/reference_*.rs`.
//!
//! The occupation strings are written as one newline-separated string per column, not as an
//! array of `&str`: in wasm32 every `&str` costs an 8-byte pointer and length in the data segment,
//! and even `u16` end offsets cost 2.5 KB brotli for the names alone, while the separators cost a
//! few hundred bytes. The codes are all ten bytes long, so they need no separator at all.

use std::{collections::HashSet, fmt::Write as _, fs, path::Path};

const OCCUPATIONS: &str = "data/occupations.csv";
const CATEGORIES: &str = "data/occupation-categories.csv";
const PLACES: &str = "data/places.csv";
const PLACE_NAMES_EN: &str = "data/place-names-en.csv";
const COUNTIES: &str = "data/counties.csv";
const HOLIDAYS: &str = "data/holidays.csv";
const CALENDAR_YEARS: &str = "data/calendar-years.csv";
const STANDARDS: &str = "data/standards.csv";

pub fn build(out_dir: &Path) {
    for file in [OCCUPATIONS, CATEGORIES, PLACES, PLACE_NAMES_EN, COUNTIES, HOLIDAYS, CALENDAR_YEARS, STANDARDS] {
        println!("cargo::rerun-if-changed={file}");
    }
    build_occupations(out_dir);
    build_places(out_dir);
    build_calendar(out_dir);
    build_standards(out_dir);
}

/// One data row with the file and line it came from, so every failure can name both.
struct Row {
    place: String,
    fields: Vec<String>,
}

impl Row {
    fn get(&self, index: usize) -> &str {
        &self.fields[index]
    }
    /// Names the row's file, line and id in a failure message.
    fn fail(&self, id: &str, message: &str) -> ! {
        panic!("{} (id {id:?}): {message}", self.place)
    }
}

/// Reads a CSV table with `#` comment lines and checks its header, field count and encoding.
fn read_table(file: &str, header: &[&str]) -> Vec<Row> {
    let mut reader = csv::ReaderBuilder::new()
        .comment(Some(b'#'))
        .from_path(file)
        .unwrap_or_else(|e| panic!("{file}: cannot read: {e}"));
    let found: Vec<String> =
        reader.headers().unwrap_or_else(|e| panic!("{file}: no header: {e}")).iter().map(str::to_owned).collect();
    assert_eq!(found, header, "{file}: header must be {header:?}");
    reader
        .records()
        .map(|record| {
            let record = record.unwrap_or_else(|e| panic!("{file}: {e}"));
            let line = record.position().map_or(0, |p| p.line());
            Row { place: format!("{file}: line {line}"), fields: record.iter().map(str::to_owned).collect() }
        })
        .collect()
}

fn is_occupation_code(code: &str) -> bool {
    let bytes = code.as_bytes();
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| if [1, 4, 7].contains(&i) { *b == b'-' } else { b.is_ascii_digit() })
}

/// Packs strings into one literal, separated by newlines; the core finds the offsets on first use.
fn packed(name: &str, strings: &[String]) -> String {
    assert!(strings.iter().all(|s| !s.contains('\n')), "{name}: a string contains the newline separator");
    format!("pub(super) static {name}: Packed = Packed::new({:?});\n", strings.join("\n"))
}

fn build_occupations(out_dir: &Path) {
    let categories = read_table(CATEGORIES, &["code", "level", "name"]);
    let mut category_codes = Vec::new();
    let mut category_names = Vec::new();
    let mut category_set = HashSet::new();
    for row in &categories {
        let code = row.get(0);
        let expected_len = match row.get(1) {
            "1" => 1,
            "2" => 4,
            "3" => 7,
            other => row.fail(code, &format!("level must be 1, 2 or 3, not {other:?}")),
        };
        let well_formed =
            code.len() == expected_len && is_occupation_code(&format!("{code}{}", &"0-00-00-00"[code.len()..]));
        if !well_formed {
            row.fail(code, "code does not match its level (d, d-dd or d-dd-dd)");
        }
        if row.get(2).trim().is_empty() {
            row.fail(code, "empty name");
        }
        if category_codes.last().is_some_and(|last: &String| last.as_str() >= code) {
            row.fail(code, "codes must be unique and in ascending order");
        }
        if code.len() > 1 && !category_set.contains(&code[..code.len() - 3]) {
            row.fail(code, "its parent category is missing");
        }
        category_set.insert(code.to_owned());
        category_codes.push(code.to_owned());
        category_names.push(row.get(2).to_owned());
    }

    let rows = read_table(OCCUPATIONS, &["code", "name", "marks", "work_num", "pinyin", "initials"]);
    let mut codes = String::new();
    let mut names = Vec::new();
    let mut pinyins = Vec::new();
    let mut marks = Vec::new();
    let mut work_nums = Vec::new();
    let mut seen = HashSet::new();
    let mut previous = String::new();
    for row in &rows {
        let code = row.get(0);
        if !is_occupation_code(code) {
            row.fail(code, "code must look like 6-18-01-01");
        }
        if !seen.insert(code.to_owned()) || code <= previous.as_str() {
            row.fail(code, "codes must be unique and in ascending order (lookup is a binary search)");
        }
        previous = code.to_owned();
        for prefix in [&code[..1], &code[..4], &code[..7]] {
            if !category_set.contains(prefix) {
                row.fail(code, &format!("category {prefix} is not in {CATEGORIES}"));
            }
        }
        let name = row.get(1);
        if name.trim().is_empty() || name.trim() != name {
            row.fail(code, "name is empty or has surrounding spaces");
        }
        let mark_bits = match row.get(2) {
            "" => 0u8,
            "S" => 1,
            "L" => 2,
            "SL" => 3,
            other => row.fail(code, &format!("marks must be empty, S, L or SL, not {other:?}")),
        };
        // 255 stands for "not known"; no occupation has that many 工种.
        let work_num = match row.get(3) {
            "" => 255u8,
            text => match text.parse::<u8>() {
                Ok(n) if n < 255 => n,
                _ => row.fail(code, &format!("work_num must be 0..254 or empty, not {text:?}")),
            },
        };
        let pinyin = row.get(4);
        let syllables: Vec<&str> = pinyin.split(' ').collect();
        if syllables.len() != name.chars().count() {
            row.fail(code, "pinyin must have one syllable per character of the name");
        }
        if !syllables.iter().all(|s| s.bytes().all(|b| b.is_ascii_lowercase())) {
            row.fail(code, "pinyin syllables must be plain lower-case letters");
        }
        let expected_initials: String = syllables.iter().map(|s| s.chars().next().unwrap_or('_')).collect();
        if row.get(5) != expected_initials {
            row.fail(code, &format!("initials must be {expected_initials:?}, the first letters of the pinyin"));
        }
        codes.push_str(code);
        names.push(name.to_owned());
        pinyins.push(pinyin.to_owned());
        marks.push(mark_bits);
        work_nums.push(work_num);
    }
    assert!(!rows.is_empty(), "{OCCUPATIONS}: no occupations");

    let mut out = String::from("// Generated by build/reference.rs from data/occupations.csv. Do not edit.\n");
    writeln!(out, "pub(super) const OCCUPATION_COUNT: usize = {};", rows.len()).unwrap();
    writeln!(out, "pub(super) static CODES: &str = {codes:?};").unwrap();
    out.push_str(&packed("NAMES", &names));
    out.push_str(&pinyin_dictionary(&names, &pinyins));
    writeln!(out, "pub(super) static MARKS: [u8; {}] = {marks:?};", marks.len()).unwrap();
    writeln!(out, "pub(super) static WORK_NUMS: [u8; {}] = {work_nums:?};", work_nums.len()).unwrap();
    out.push_str(&packed("CATEGORY_CODES", &category_codes));
    out.push_str(&packed("CATEGORY_NAMES", &category_names));
    fs::write(out_dir.join("reference_occupations.rs"), out).expect("write reference_occupations.rs");
}

/// The pinyin as a dictionary instead of one string per name: each Han character's usual reading,
/// plus the few (character, occupation) pairs read otherwise (行 in 银行, 调 in 烹调). The names
/// already say which characters occur, so this is about a third of the pinyin strings' size.
/// The initials are not stored at all: they are the syllables' first letters.
fn pinyin_dictionary(names: &[String], pinyins: &[String]) -> String {
    use std::collections::BTreeMap;
    let mut readings: BTreeMap<char, BTreeMap<&str, usize>> = BTreeMap::new();
    for (name, pinyin) in names.iter().zip(pinyins) {
        for (character, syllable) in name.chars().zip(pinyin.split(' ')) {
            if !syllable.is_empty() {
                *readings.entry(character).or_default().entry(syllable).or_default() += 1;
            }
        }
    }
    // The most frequent reading is the default; on a tie the alphabetically first, so the
    // output does not depend on hash order.
    let defaults: BTreeMap<char, &str> = readings
        .iter()
        .map(|(character, counts)| {
            let best = counts.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))).unwrap();
            (*character, *best.0)
        })
        .collect();
    let mut syllables: Vec<&str> = defaults.values().copied().collect();
    for counts in readings.values() {
        syllables.extend(counts.keys().copied());
    }
    syllables.sort_unstable();
    syllables.dedup();
    let syllable_index = |s: &str| syllables.binary_search(&s).unwrap();

    let mut characters = String::new();
    let mut default_syllables = Vec::new();
    for (character, syllable) in &defaults {
        assert_eq!(character.len_utf8(), 3, "{OCCUPATIONS}: {character:?}: pinyin characters must be 3 bytes in UTF-8");
        characters.push(*character);
        default_syllables.push(syllable_index(syllable));
    }
    let mut exceptions = Vec::new();
    for (index, (name, pinyin)) in names.iter().zip(pinyins).enumerate() {
        for (position, (character, syllable)) in name.chars().zip(pinyin.split(' ')).enumerate() {
            if !syllable.is_empty() && defaults[&character] != syllable {
                exceptions.push((index, position, syllable_index(syllable)));
            }
        }
    }
    let syllables: Vec<String> = syllables.iter().map(|s| (*s).to_owned()).collect();
    let mut out = packed("SYLLABLES", &syllables);
    writeln!(out, "pub(super) static PINYIN_CHARACTERS: &str = {characters:?};").unwrap();
    writeln!(out, "pub(super) static PINYIN_DEFAULTS: [u16; {}] = {default_syllables:?};", default_syllables.len())
        .unwrap();
    writeln!(out, "/// (occupation index, character position, syllable) where the usual reading is wrong.").unwrap();
    writeln!(out, "pub(super) static PINYIN_EXCEPTIONS: &[(u16, u8, u16)] = &{exceptions:?};").unwrap();
    out
}

fn build_places(out_dir: &Path) {
    let places = read_table(PLACES, &["code", "name", "full_name"]);
    let names_en = read_table(PLACE_NAMES_EN, &["code", "name_en"]);
    let mut place_codes = Vec::new();
    let mut out =
        String::from("// Generated by build/reference.rs from data/places.csv and data/counties.csv. Do not edit.\n");
    out.push_str("pub static RECEIVING_PLACES: &[ReceivingPlace] = &[\n");
    for row in &places {
        let code = row.get(0);
        if !(code.len() == 4 || code.len() == 6) || !code.starts_with("41") || !code.bytes().all(|b| b.is_ascii_digit())
        {
            row.fail(code, "code must be a Henan division code (41xx or 41xxxx)");
        }
        if place_codes.contains(&code) {
            row.fail(code, "duplicate code");
        }
        if row.get(1).is_empty() || row.get(2).is_empty() {
            row.fail(code, "empty name");
        }
        place_codes.push(code);
        let Some(name_en) = names_en.iter().find(|en| en.get(0) == code).map(|en| en.get(1)).filter(|name| !name.is_empty()) else {
            row.fail(code, &format!("no English name in {PLACE_NAMES_EN}"));
        };
        writeln!(out, "    ReceivingPlace {{ code: {code:?}, name: {:?}, full_name: {:?}, name_en: {name_en:?} }},", row.get(1), row.get(2))
            .unwrap();
    }
    out.push_str("];\n");
    assert_eq!(places.len(), 19, "{PLACES}: the guide has 19 receiving places (17 cities, 济源示范区, 航空港区)");

    let counties = read_table(COUNTIES, &["code", "name", "place"]);
    let mut county_codes = HashSet::new();
    let mut previous = String::new();
    out.push_str("pub static COUNTIES: &[County] = &[\n");
    for row in &counties {
        let code = row.get(0);
        if code.len() != 6 || !code.starts_with("41") || !code.bytes().all(|b| b.is_ascii_digit()) {
            row.fail(code, "code must be a six-digit Henan county code (41xxxx)");
        }
        if !county_codes.insert(code) || code <= previous.as_str() {
            row.fail(code, "codes must be unique and in ascending order (lookup is a binary search)");
        }
        previous = code.to_owned();
        let Some(place_index) = place_codes.iter().position(|p| *p == row.get(2)) else {
            row.fail(code, &format!("place {:?} is not in {PLACES}", row.get(2)));
        };
        writeln!(out, "    County {{ code: {code:?}, name: {:?}, place_index: {place_index} }},", row.get(1)).unwrap();
    }
    out.push_str("];\n");
    for (index, code) in place_codes.iter().enumerate() {
        assert!(
            counties.iter().any(|row| row.get(2) == *code),
            "{PLACES}: row {} (id {code:?}): no county maps to this receiving place",
            index + 1
        );
    }
    fs::write(out_dir.join("reference_places.rs"), out).expect("write reference_places.rs");
}

/// Parses `YYYY-MM-DD` into numbers, checking the day exists in that month.
fn parse_date(text: &str) -> Option<(i16, i8, i8)> {
    let mut parts = text.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (y, m, d): (i16, i8, i8) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    ((1..=12).contains(&m) && d >= 1 && d <= days[m as usize - 1]).then_some((y, m, d))
}

fn build_calendar(out_dir: &Path) {
    let years_table = read_table(CALENDAR_YEARS, &["year", "papers"]);
    let mut years: Vec<i16> = Vec::new();
    let mut papers: Vec<&str> = Vec::new();
    for row in &years_table {
        let year = row.get(0);
        let Ok(number) = year.parse::<i16>() else { row.fail(year, "year must be a number") };
        if years.last().is_some_and(|last| *last >= number) {
            row.fail(year, "years must be unique and in ascending order");
        }
        if row.get(1).trim().is_empty() {
            row.fail(year, "a published year must cite the State Council notice it comes from");
        }
        years.push(number);
        papers.push(row.get(1));
    }

    let rows = read_table(HOLIDAYS, &["date", "name", "is_off_day"]);
    let mut out = String::from(
        "// Generated by build/reference.rs from data/holidays.csv and data/calendar-years.csv. Do not edit.\n",
    );
    writeln!(out, "pub(super) static KNOWN_YEARS: &[i16] = &{years:?};").unwrap();
    // The notices each year comes from, space-separated, for the result's note on its sources.
    writeln!(out, "pub(super) static KNOWN_YEAR_PAPERS: &[&str] = &{papers:?};").unwrap();
    out.push_str("pub(super) static HOLIDAY_DAYS: &[HolidayDay] = &[\n");
    let mut previous = String::new();
    for row in &rows {
        let date = row.get(0);
        let Some((y, m, d)) = parse_date(date) else { row.fail(date, "date must be a real YYYY-MM-DD") };
        if date <= previous.as_str() {
            row.fail(date, "dates must be unique and in ascending order (lookup is a binary search)");
        }
        previous = date.to_owned();
        // A row may sit in the year before its notice's year (2022-12-31 in the 2023 notice), so
        // it is enough that the year or the next one is published.
        if !years.contains(&y) && !years.contains(&(y + 1)) {
            row.fail(date, &format!("year {y} is not in {CALENDAR_YEARS}"));
        }
        let is_off_day = match row.get(2) {
            "true" => true,
            "false" => false,
            other => row.fail(date, &format!("is_off_day must be true or false, not {other:?}")),
        };
        if row.get(1).is_empty() {
            row.fail(date, "empty holiday name");
        }
        writeln!(
            out,
            "    HolidayDay {{ date: Date::constant({y}, {m}, {d}), name: {:?}, is_off_day: {is_off_day} }},",
            row.get(1)
        )
        .unwrap();
    }
    out.push_str("];\n");
    fs::write(out_dir.join("reference_calendar.rs"), out).expect("write reference_calendar.rs");
}

fn build_standards(out_dir: &Path) {
    let rows = read_table(STANDARDS, &["occupation_code", "kind", "name", "edition_year", "levels", "source"]);
    let mut out = String::from("// Generated by build/reference.rs from data/standards.csv. Do not edit.\n");
    out.push_str("pub static STANDARDS: &[Standard] = &[\n");
    let mut seen = HashSet::new();
    for row in &rows {
        let code = row.get(0);
        if !is_occupation_code(code) {
            row.fail(code, "occupation_code must look like 6-18-01-01");
        }
        // The code need not be in data/occupations.csv: a host may list a standard for an
        // occupation published after the occupation table was derived.
        let kind = match row.get(1) {
            "national-standard" => "NationalStandard",
            "evaluation-norm" => "EvaluationNorm",
            "industry-enterprise-norm" => "IndustryOrEnterpriseNorm",
            other => row.fail(
                code,
                &format!("kind {other:?} is not national-standard, evaluation-norm or industry-enterprise-norm"),
            ),
        };
        let name = row.get(2);
        if name.trim().is_empty() {
            row.fail(code, "empty standard name");
        }
        if !seen.insert((code.to_owned(), name.to_owned(), row.get(3).to_owned())) {
            row.fail(code, "the same standard and edition is listed twice");
        }
        let edition = match row.get(3) {
            "" => "None".to_owned(),
            text => match text.parse::<u16>() {
                Ok(year) if (1949..=2100).contains(&year) => format!("Some({year})"),
                _ => row.fail(code, &format!("edition_year {text:?} is not a year")),
            },
        };
        let mut levels = 0u8;
        for level in row.get(4).split_whitespace() {
            match level.parse::<u8>() {
                Ok(n @ 1..=5) => levels |= 1 << (n - 1),
                _ => row.fail(code, &format!("level {level:?} must be 1..5")),
            }
        }
        if levels == 0 {
            row.fail(code, "levels must list at least one level, 5 to 1");
        }
        if row.get(5).trim().is_empty() {
            row.fail(code, "every standard must cite its source");
        }
        writeln!(
            out,
            "    Standard {{ occupation_code: {code:?}, kind: StandardKind::{kind}, name: {name:?}, \
             edition_year: {edition}, levels: Levels::from_bits({levels}), source: {:?} }},",
            row.get(5)
        )
        .unwrap();
    }
    out.push_str("];\n");
    fs::write(out_dir.join("reference_standards.rs"), out).expect("write reference_standards.rs");
}
