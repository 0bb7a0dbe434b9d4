//! The reference tables' invariants, one named test each, and the behaviour of the calendar and
//! the occupation search as data-driven cases.
//!
//! The invariant tests read `data/*.csv` again with the `csv` crate instead of trusting the
//! compiled statics: `build/reference.rs` refuses a broken table too, but a failure here is
//! reported as a named test whose message names the file, the line and the id. The tests then
//! check that the statics agree with the files.

use std::collections::{HashMap, HashSet};

use henan_filing::core::reference::{
    calendar::{self, CalendarUnknown, DayKind},
    occupation::{self, Definitions, OccupationCode},
    place,
    search::{MatchRank, MatchedBy, SearchOptions, search_occupations},
    standard::{self, Levels, StandardChoice, StandardKind, SuppliedStandard, SuppliedStandardError},
};
use jiff::civil::{Date, date};

/// A table row: its place (`data/x.csv: line 12`) and its fields by column name.
struct Row {
    place: String,
    fields: HashMap<String, String>,
}

impl Row {
    fn get(&self, column: &str) -> &str {
        &self.fields[column]
    }
}

fn read(file: &str) -> Vec<Row> {
    let path = format!("{}/{file}", env!("CARGO_MANIFEST_DIR"));
    let mut reader =
        csv::ReaderBuilder::new().comment(Some(b'#')).from_path(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
    reader
        .records()
        .map(|record| {
            let record = record.unwrap_or_else(|e| panic!("{file}: {e}"));
            let line = record.position().unwrap().line();
            Row {
                place: format!("{file}: line {line}"),
                fields: header.iter().cloned().zip(record.iter().map(str::to_owned)).collect(),
            }
        })
        .collect()
}

/// Collects every failure first, so one run lists them all.
fn assert_no_failures(what: &str, failures: Vec<String>) {
    assert!(failures.is_empty(), "{what}:\n{}", failures.join("\n"));
}

// ---- occupations ----

#[test]
fn occupation_codes_are_well_formed_unique_and_sorted() {
    let mut failures = Vec::new();
    let mut seen = HashSet::new();
    let mut previous = String::new();
    for row in read("data/occupations.csv") {
        let code = row.get("code");
        if OccupationCode::parse(code).is_err() {
            failures.push(format!("{} (id {code:?}): not a d-dd-dd-dd code", row.place));
        }
        if !seen.insert(code.to_owned()) {
            failures.push(format!("{} (id {code:?}): duplicate code", row.place));
        }
        if code <= previous.as_str() {
            failures.push(format!("{} (id {code:?}): not in ascending order", row.place));
        }
        previous = code.to_owned();
        match occupation::by_code(code) {
            Some(found) if found.name() == row.get("name") => {}
            other => failures.push(format!("{} (id {code:?}): by_code gives {other:?}", row.place)),
        }
    }
    assert_eq!(seen.len(), occupation::all().len(), "data/occupations.csv: row count differs from the statics");
    assert_no_failures("occupation codes", failures);
}

#[test]
fn every_occupation_category_exists_and_matches_its_code() {
    let categories: HashMap<String, (String, String)> = read("data/occupation-categories.csv")
        .into_iter()
        .map(|row| (row.get("code").to_owned(), (row.get("level").to_owned(), row.get("name").to_owned())))
        .collect();
    let mut failures = Vec::new();
    for row in read("data/occupations.csv") {
        let code = row.get("code");
        for (prefix, level) in [(&code[..1], "1"), (&code[..4], "2"), (&code[..7], "3")] {
            match categories.get(prefix) {
                Some((found, _)) if found == level => {}
                other => failures.push(format!(
                    "{} (id {code:?}): category {prefix} should be level {level} in data/occupation-categories.csv, found {other:?}",
                    row.place
                )),
            }
        }
        let occupation = occupation::by_code(code).expect("checked by the codes test");
        let small = occupation.small_category();
        if small.code != &code[..7] || Some(&small.name.to_owned()) != categories.get(&code[..7]).map(|c| &c.1) {
            failures.push(format!("{} (id {code:?}): small_category() gives {small:?}", row.place));
        }
        if occupation.large_category().code != &code[..1] || occupation.middle_category().code != &code[..4] {
            failures.push(format!("{} (id {code:?}): large or middle category does not match the code", row.place));
        }
    }
    assert_no_failures("occupation categories", failures);
}

/// The counts osta-dadian.jsonl gives per large category (see data/occupations-report.md); a new
/// source release changes them on purpose, and this test makes the change visible in review.
#[test]
fn occupations_per_large_category_match_the_source() {
    let expected = [(1, 25), (2, 496), (3, 36), (4, 379), (5, 56), (6, 679), (7, 4), (8, 1)];
    let mut counts = HashMap::new();
    for occupation in occupation::all() {
        *counts.entry(occupation.large_category_number()).or_insert(0) += 1;
    }
    for (large, count) in expected {
        assert_eq!(counts.get(&large), Some(&count), "data/occupations.csv: large category {large}");
    }
    assert_eq!(occupation::all().len(), 1676, "data/occupations.csv: osta-dadian lists 1,676 occupations");
}

#[test]
fn occupation_pinyin_has_one_syllable_per_character() {
    let mut failures = Vec::new();
    for row in read("data/occupations.csv") {
        let (code, name, pinyin) = (row.get("code"), row.get("name"), row.get("pinyin"));
        let syllables: Vec<&str> = pinyin.split(' ').collect();
        if syllables.len() != name.chars().count() {
            failures.push(format!("{} (id {code:?}): {} syllables for {name:?}", row.place, syllables.len()));
        }
        // The wasm stores a per-character dictionary with exceptions, not these strings: it must
        // give back exactly what the table says.
        let occupation = occupation::by_code(code).expect("checked by the codes test");
        if occupation.pinyin() != pinyin || occupation.pinyin_initials() != row.get("initials") {
            failures.push(format!(
                "{} (id {code:?}): the compiled pinyin is {:?} / {:?}",
                row.place,
                occupation.pinyin(),
                occupation.pinyin_initials()
            ));
        }
        for (character, syllable) in name.chars().zip(&syllables) {
            let is_han = ('\u{4e00}'..='\u{9fff}').contains(&character);
            if is_han == syllable.is_empty() {
                failures.push(format!("{} (id {code:?}): {character:?} has syllable {syllable:?}", row.place));
            }
        }
    }
    assert_no_failures("occupation pinyin", failures);
}

#[test]
fn occupation_marks_and_work_numbers_follow_the_source() {
    let check = |code: &str, digital: bool, green: bool| {
        let occupation = occupation::by_code(code).unwrap_or_else(|| panic!("{code} missing"));
        assert_eq!((occupation.is_digital(), occupation.is_green()), (digital, green), "{code} marks");
    };
    check("2-02-01-02", true, true); // L/S in both sources
    check("2-02-01-03", false, true);
    check("6-17-02-02", false, false); // csco22 says S; osta-dadian wins
    check("6-18-01-01", false, false);
    assert!(occupation::all().iter().all(|o| o.work_num().is_some()), "osta-dadian gives workNum for every row");
}

#[test]
fn every_definition_belongs_to_a_listed_occupation() {
    let path = format!("{}/assets/{}", env!("CARGO_MANIFEST_DIR"), occupation::DEFINITIONS_FILE);
    let definitions = Definitions::parse(&std::fs::read_to_string(&path).unwrap()).expect("definitions parse");
    let orphans: Vec<&str> = definitions.codes().filter(|code| occupation::by_code(code).is_none()).collect();
    assert!(orphans.is_empty(), "assets/occupation-definitions.json: codes not in data/occupations.csv: {orphans:?}");
    // csco22 lacks the occupations added after 2022 (data/occupations-report.md), so not all have one.
    assert!(definitions.len() > 1600, "assets/occupation-definitions.json: only {} definitions", definitions.len());
    let lathe = occupation::by_code("6-18-01-01").unwrap();
    assert!(definitions.get(*lathe).is_some_and(|text| text.contains("车床")), "车工's definition");
    assert!(Definitions::parse("{\"x\": \"y\"}").is_err(), "a foreign file is refused");
}

// Only where the tables are compiled in (not under the self-check's feature).
#[cfg(not(feature = "occupation-names-file"))]
#[test]
fn the_occupation_names_file_is_up_to_date_and_reads_back_as_the_tables() {
    // The self-check's wasm reads names and pinyin from this file (occupation::NAMES_FILE), the
    // other builds from the compiled tables: both must say the same. A stale file is rewritten
    // and the test fails, so that it is committed.
    let generated = occupation::names_file_text();
    let file = occupation::parse_names_file(&generated).expect("the generated file reads back");
    for (index, occupation) in occupation::all().iter().enumerate() {
        assert_eq!(file.names[index], occupation.name(), "{}", occupation.code());
        let syllables: Vec<&str> =
            occupation.name().chars().enumerate().map(|(position, character)| file.syllable(index, position, character)).collect();
        assert_eq!(syllables, occupation.pinyin_syllables().collect::<Vec<_>>(), "{}", occupation.code());
    }
    // 行 read in context: hang in 银行, xing in 行政.
    let pinyin_of = |code: &str| {
        let index = occupation::all().iter().position(|o| o.code() == code).unwrap();
        let name = file.names[index];
        name.chars().enumerate().map(|(position, character)| file.syllable(index, position, character)).collect::<Vec<_>>().join(" ")
    };
    assert_eq!(pinyin_of("6-18-01-01"), "che gong");
    let path = format!("{}/assets/{}", env!("CARGO_MANIFEST_DIR"), occupation::NAMES_FILE);
    if std::fs::read_to_string(&path).unwrap_or_default() != generated {
        std::fs::write(&path, &generated).unwrap();
        panic!("assets/{} was stale and has been regenerated: review and commit it", occupation::NAMES_FILE);
    }
}

#[cfg(not(feature = "occupation-names-file"))]
#[test]
fn a_broken_occupation_names_file_is_refused() {
    let good = occupation::names_file_text();
    assert!(occupation::parse_names_file(&good).is_ok());
    // A name missing, a reading without its tab, an exception not numbers, an empty file, a file
    // for another table.
    assert!(occupation::parse_names_file(&good.replacen("车工\n", "", 1)).unwrap_err().contains("expected"));
    assert!(occupation::parse_names_file(&good.replacen("che\t", "che ", 1)).unwrap_err().contains("reading"));
    let exceptions_start = good.rfind("\n\n").unwrap() + 2;
    let broken = format!("{}x{}", &good[..exceptions_start], &good[exceptions_start..]);
    assert!(occupation::parse_names_file(&broken).unwrap_err().contains("exception 1"));
    assert!(occupation::parse_names_file("").is_err());
    let other_table = format!("codes:0000000000000000{}", &good[good.find('\n').unwrap()..]);
    assert!(occupation::parse_names_file(&other_table).unwrap_err().contains("another occupation table"));
}

// ---- places ----

#[test]
fn every_county_maps_to_one_of_nineteen_receiving_places() {
    let places: HashSet<String> = read("data/places.csv").iter().map(|row| row.get("code").to_owned()).collect();
    assert_eq!(places.len(), 19, "data/places.csv: 17 cities, 济源示范区 and 航空港区");
    let mut failures = Vec::new();
    let mut seen = HashSet::new();
    for row in read("data/counties.csv") {
        let code = row.get("code");
        if !seen.insert(code.to_owned()) {
            failures.push(format!("{} (id {code:?}): county listed twice", row.place));
        }
        if !places.contains(row.get("place")) {
            failures.push(format!(
                "{} (id {code:?}): place {:?} is not in data/places.csv",
                row.place,
                row.get("place")
            ));
        }
        match place::receiving_place_for_county(code) {
            Some(found) if found.code == row.get("place") => {}
            other => failures.push(format!("{} (id {code:?}): receiving_place_for_county gives {other:?}", row.place)),
        }
    }
    for code in &places {
        let place = place::receiving_place_by_code(code).unwrap();
        if place::counties_of(place).next().is_none() {
            failures.push(format!("data/places.csv (id {code:?}): no county maps to it"));
        }
    }
    assert_no_failures("counties", failures);
}

#[test]
fn routing_cases() {
    let check = |county: &str, expect: Option<&str>| {
        assert_eq!(place::receiving_place_for_county(county).map(|p| p.name), expect, "county {county}");
    };
    check("410105", Some("郑州市")); // 金水区
    check("410173", Some("航空港区")); // its own receiving place, not 郑州市
    check("410184", Some("郑州市")); // 新郑市
    check("419001", Some("济源示范区"));
    check("411302", Some("南阳市"));
    check("110101", None); // not in Henan
    check("4101", None); // a city code is not a county
}

// ---- calendar ----

#[test]
fn holiday_rows_parse_with_no_duplicate_dates() {
    let known: HashSet<i16> =
        read("data/calendar-years.csv").iter().map(|row| row.get("year").parse().unwrap()).collect();
    let mut failures = Vec::new();
    let mut seen = HashSet::new();
    for row in read("data/holidays.csv") {
        let text = row.get("date");
        let Ok(day) = text.parse::<Date>() else {
            failures.push(format!("{} (id {text:?}): not a date", row.place));
            continue;
        };
        if !seen.insert(day) {
            failures.push(format!("{} (id {text:?}): duplicate date", row.place));
        }
        if !["true", "false"].contains(&row.get("is_off_day")) {
            failures.push(format!("{} (id {text:?}): is_off_day must be true or false", row.place));
        }
        if !known.contains(&day.year()) && !known.contains(&(day.year() + 1)) {
            failures.push(format!("{} (id {text:?}): its year is not in data/calendar-years.csv", row.place));
        }
        // Not checked: that a worked day is a weekend day. holiday-cn marks 2020-02-03, a Monday,
        // as worked (the end of the 2020 Spring Festival extension); harmless, it is worked anyway.
        match calendar::holiday_day(day) {
            Some(found) if found.name == row.get("name") => {}
            other => failures.push(format!("{} (id {text:?}): holiday_day gives {other:?}", row.place)),
        }
    }
    assert_no_failures("holidays", failures);
    assert_eq!(calendar::known_years(), &[2020, 2021, 2022, 2023, 2024, 2025, 2026]);
}

#[test]
fn day_kinds() {
    let check = |day: Date, expect: Result<DayKind, CalendarUnknown>| {
        assert_eq!(calendar::day_kind(day), expect, "{day}");
    };
    // The 2025 National Day and Mid-Autumn week: 10-01..10-08 off, 09-28 (Sunday) and 10-11
    // (Saturday) worked.
    for day in 1..=8 {
        check(date(2025, 10, day), Ok(DayKind::Holiday("国庆节、中秋节")));
    }
    check(date(2025, 9, 28), Ok(DayKind::AdjustedWorkingDay("国庆节、中秋节")));
    check(date(2025, 10, 11), Ok(DayKind::AdjustedWorkingDay("国庆节、中秋节")));
    check(date(2025, 10, 9), Ok(DayKind::Weekday));
    check(date(2025, 10, 12), Ok(DayKind::Weekend));
    check(date(2024, 2, 4), Ok(DayKind::AdjustedWorkingDay("春节"))); // a Sunday worked
    check(date(2024, 2, 17), Ok(DayKind::Holiday("春节"))); // a Saturday inside the holiday
    check(date(2022, 12, 31), Ok(DayKind::Holiday("元旦"))); // from the 2023 notice
    check(date(2027, 1, 4), Err(CalendarUnknown { year: 2027 }));
    check(date(2019, 12, 31), Err(CalendarUnknown { year: 2019 }));
}

#[test]
fn working_day_arithmetic() {
    let check = |start: Date, count: i32, expect: Result<Date, CalendarUnknown>| {
        assert_eq!(calendar::add_working_days(start, count), expect, "{start} + {count} working days");
        if let Ok(end) = expect {
            assert_eq!(calendar::working_days_between(start, end), Ok(count), "working days {start}..{end}");
        }
    };
    check(date(2025, 9, 26), 1, Ok(date(2025, 9, 28))); // Friday → the adjusted Sunday
    check(date(2025, 9, 28), 1, Ok(date(2025, 9, 29)));
    check(date(2025, 9, 30), 1, Ok(date(2025, 10, 9))); // across the whole holiday
    check(date(2025, 9, 30), 3, Ok(date(2025, 10, 11))); // 10-09, 10-10, the adjusted Saturday
    check(date(2025, 10, 9), -1, Ok(date(2025, 9, 30)));
    check(date(2025, 10, 9), 0, Ok(date(2025, 10, 9)));
    check(date(2025, 1, 2), 20, Ok(date(2025, 2, 6))); // across the Spring Festival
    check(date(2026, 12, 25), 5, Err(CalendarUnknown { year: 2027 })); // runs into 2027
    check(date(2027, 3, 1), 0, Err(CalendarUnknown { year: 2027 }));
    check(date(2020, 1, 2), -2, Err(CalendarUnknown { year: 2019 }));
    assert_eq!(calendar::working_days_between(date(2025, 10, 11), date(2025, 9, 30)), Ok(-3));
    assert_eq!(calendar::working_days_between(date(2025, 1, 1), date(2025, 12, 31)), Ok(248)); // 261 weekdays, 18 of them off, 5 weekend days worked
    assert_eq!(calendar::working_days_between(date(2026, 6, 1), date(2027, 6, 1)), Err(CalendarUnknown { year: 2027 }));
    assert_eq!(CalendarUnknown { year: 2027 }.to_string(), "calendar unknown for 2027");
}

#[test]
fn an_unpublished_year_is_estimated_on_the_fixed_date_holidays_only() {
    use calendar::{Calendar, Reckoned, YearSource};
    let built_in = Calendar::built_in();
    assert_eq!(calendar::estimated_day_kind(date(2027, 1, 1)), DayKind::Holiday("元旦"));
    assert_eq!(calendar::estimated_day_kind(date(2027, 5, 3)), DayKind::Weekday); // 5-1, 5-2 only
    assert_eq!(calendar::estimated_day_kind(date(2027, 10, 1)), DayKind::Holiday("国庆节"));
    assert_eq!(calendar::estimated_day_kind(date(2027, 2, 8)), DayKind::Weekday); // 春节 is not guessed
    assert_eq!(built_in.basis(2026).map(|b| b.source), Some(YearSource::Published));
    assert_eq!(built_in.basis(2027).map(|b| b.source), Some(YearSource::Estimated));
    assert_eq!(built_in.basis(2019), None);
    // Thursday 2027-09-30 + 1 working day skips National Day 10-01..10-03 and the weekend to Monday 10-04.
    let next = built_in.add_working_days(date(2027, 9, 30), 1);
    assert_eq!(next, Ok(Reckoned { date: date(2027, 10, 4), years: vec![2027] }));
    // Published years stay exact: the same count as the built-in table.
    assert_eq!(built_in.add_working_days(date(2025, 9, 26), 1).map(|r| r.date), calendar::add_working_days(date(2025, 9, 26), 1));
    assert_eq!(built_in.add_working_days(date(2019, 12, 30), 3), Err(CalendarUnknown { year: 2019 }));
}

/// docs/calendar.md states these figures (`cargo run --example estimate-error`).
#[test]
fn the_estimate_for_2026_as_if_unknown_is_this_far_from_the_real_calendar() {
    let error = calendar::estimate_error(2026, 30).unwrap();
    assert_eq!(error, calendar::EstimateError { windows: 323, differing: 219, later: 16, max_days: 8, total_days: 576 });
}

// ---- standards ----

#[test]
fn standard_rows_are_well_formed() {
    let mut failures = Vec::new();
    for row in read("data/standards.csv") {
        let code = row.get("occupation_code");
        if OccupationCode::parse(code).is_err() {
            failures.push(format!("{} (id {code:?}): not an occupation code", row.place));
        }
        if StandardKind::from_id(row.get("kind")).is_none() {
            failures.push(format!("{} (id {code:?}): unknown kind {:?}", row.place, row.get("kind")));
        }
        if row.get("source").trim().is_empty() {
            failures.push(format!("{} (id {code:?}): no source", row.place));
        }
    }
    assert_no_failures("standards", failures);
    assert_eq!(read("data/standards.csv").len(), standard::STANDARDS.len());
}

#[test]
fn a_caller_supplies_a_standard_the_table_does_not_know() {
    let code = OccupationCode::parse("6-18-01-01").unwrap();
    assert_eq!(standard::standards_for(code.as_str()).count(), 0, "the table lists no standard for 车工");
    let levels = Levels::from_numbers(&[5, 4, 3]).unwrap();
    let supplied = SuppliedStandard::new(
        code.clone(),
        StandardKind::NationalStandard,
        " 车工国家职业技能标准 ",
        Some(2018),
        levels,
    )
    .unwrap();
    let choice = StandardChoice::Supplied(supplied);
    assert_eq!(choice.name(), "车工国家职业技能标准");
    assert_eq!(choice.levels().numbers().collect::<Vec<_>>(), [5, 4, 3]);
    assert!(choice.needs_confirmation());

    let check = |name: &str, year: Option<u16>, levels: Levels, expect: Result<(), SuppliedStandardError>| {
        let result = SuppliedStandard::new(code.clone(), StandardKind::EvaluationNorm, name, year, levels).map(|_| ());
        assert_eq!(result, expect, "{name:?} {year:?} {levels:?}");
    };
    check("规范", None, levels, Ok(()));
    check("  ", None, levels, Err(SuppliedStandardError::EmptyName));
    check("规范", Some(18), levels, Err(SuppliedStandardError::EditionYearOutOfRange));
    check("规范", None, Levels::default(), Err(SuppliedStandardError::NoLevels));
    assert_eq!(Levels::from_numbers(&[6]), None);
    // An occupation published after the table was derived is still a valid code.
    assert!(OccupationCode::parse("6-99-99-99").unwrap().occupation().is_none());
    assert!(OccupationCode::parse("6-18-1-01").is_err());
}

// ---- search ----

fn all_categories() -> SearchOptions {
    SearchOptions { all_large_categories: true, ..SearchOptions::default() }
}

/// One search case: the query, the options, and the expected first hits as
/// `(code, rank, highlighted part)`.
fn check(query: &str, options: &SearchOptions, expect: &[(&str, MatchRank, &str)]) {
    let hits = search_occupations(query, options);
    let found: Vec<(&str, MatchRank, &str)> =
        hits.iter().take(expect.len()).map(|hit| (hit.occupation.code(), hit.rank, hit.highlight_parts().1)).collect();
    assert_eq!(found, expect, "search {query:?}");
}

#[test]
fn search_cases() {
    let default = SearchOptions::default();
    use MatchRank::{Exact, Prefix, Substring};
    check("6-18-01-01", &default, &[("6-18-01-01", Exact, "6-18-01-01")]);
    check("6180101", &default, &[("6-18-01-01", Exact, "6-18-01-01")]);
    check("6-18", &default, &[("6-18-01-01", Prefix, "6-18"), ("6-18-01-02", Prefix, "6-18")]);
    check("618", &default, &[("6-18-01-01", Prefix, "6-18")]);
    check("车工", &default, &[("6-18-01-01", Exact, "车工")]);
    check("chegong", &default, &[("6-18-01-01", Exact, "车工")]);
    check("cg", &default, &[("6-18-01-01", Exact, "车工")]);
    check("CheGong", &default, &[("6-18-01-01", Exact, "车工")]);
    check("che gong", &default, &[("6-18-01-01", Exact, "车工")]);
    check("cheg", &default, &[("6-18-01-01", Prefix, "车工")]);
    check("烹调", &default, &[("4-03-02-01", Substring, "烹调"), ("4-03-02-03", Substring, "烹调")]);
    check("pengtiao", &default, &[("4-03-02-01", Substring, "烹调"), ("4-03-02-03", Substring, "烹调")]);
    check("zhongshi", &default, &[("4-03-02-01", Prefix, "中式"), ("4-03-02-02", Prefix, "中式")]);
    check("zspts", &default, &[("4-03-02-01", Exact, "中式烹调师")]);
    check("６－１８－０１－０１", &default, &[("6-18-01-01", Exact, "6-18-01-01")]); // full-width, from an IME
    check("6–18", &default, &[("6-18-01-01", Prefix, "6-18")]); // an en dash
    check("ｃｇ", &default, &[("6-18-01-01", Exact, "车工")]);
    check("lvdian", &default, &[("4-03-01-03", Prefix, "旅店")]); // ü typed as v, as IMEs do
    check("（警官）", &all_categories(), &[("7-01-00-00", Substring, "（警官）")]); // names use full-width （）
    check("  ", &default, &[]);
    check("无此职业", &default, &[]);
    // Large categories 1, 2, 7 and 8 only when asked (guide 1.6).
    check("2-02-01-02", &default, &[]);
    check("2-02-01-02", &all_categories(), &[("2-02-01-02", Exact, "2-02-01-02")]);
}

#[test]
fn search_ranks_exact_then_prefix_then_substring_in_code_order() {
    for query in ["车工", "工", "6-1", "gong", "g", "jx", "电工", "调"] {
        let hits = search_occupations(query, &SearchOptions::default());
        assert!(!hits.is_empty(), "search {query:?} finds something");
        for pair in hits.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            assert!(
                (a.rank, a.occupation.code()) < (b.rank, b.occupation.code()),
                "search {query:?}: {:?} {:?} before {:?} {:?}",
                a.occupation,
                a.rank,
                b.occupation,
                b.rank
            );
        }
        for hit in &hits {
            assert!(
                (3..=6).contains(&hit.occupation.large_category_number()),
                "search {query:?}: {:?}",
                hit.occupation
            );
            let text = hit.highlighted_text();
            assert!(text.is_char_boundary(hit.highlight.start) && text.is_char_boundary(hit.highlight.end));
            assert!(!hit.highlight.is_empty(), "search {query:?}: empty highlight in {:?}", hit.occupation);
        }
    }
    // A substring in the middle of a name, and its highlight in characters for JavaScript.
    let hits = search_occupations("工", &SearchOptions::default());
    let substring = hits.iter().find(|hit| hit.rank == MatchRank::Substring).expect("a substring hit");
    assert_eq!(substring.matched_by, MatchedBy::Name);
    let chars = substring.highlight_chars();
    assert_eq!(chars.len(), 1);
    let limited = search_occupations("工", &SearchOptions { limit: Some(5), ..SearchOptions::default() });
    assert_eq!(limited, hits[..5]);
}

#[test]
fn pinyin_matches_mark_the_characters_they_spell() {
    let hits = search_occupations("gongyi", &SearchOptions::default());
    for hit in &hits {
        assert!(matches!(hit.matched_by, MatchedBy::Pinyin | MatchedBy::PinyinInitials), "{hit:?}");
        let (_, marked, _) = hit.highlight_parts();
        assert_eq!(marked.chars().count(), 2, "gongyi spells two characters in {:?}", hit.occupation);
    }
    assert!(!hits.is_empty());
}
