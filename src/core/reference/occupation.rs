//! The occupation classification (《中华人民共和国职业分类大典》 as listed by the national
//! skill-evaluation website), from `data/occupations.csv` and `data/occupation-categories.csv`.
//!
//! The definitions are not here: at about 54 KB brotli they would almost double the first load,
//! so they live in `assets/occupation-definitions.json`, which the app fetches from its own origin
//! when a definition is first shown, and which [`Definitions::parse`] reads.

use std::{collections::HashMap, fmt};

use super::Packed;

// The self-check's wasm (feature `occupation-names-file`) reads the names and readings from
// NAMES_FILE instead, and the forms page and its export worker, built with the feature too, go
// without them: there those tables are unused, and left out of the wasm.
#[cfg_attr(feature = "occupation-names-file", allow(dead_code))]
mod tables {
    use super::Packed;
    include!(concat!(env!("OUT_DIR"), "/reference_occupations.rs"));
}
use tables::*;

/// Length of every occupation code, `d-dd-dd-dd`.
const CODE_LEN: usize = 10;

/// One occupation (职业, a 细类 of the classification). A small handle into the static tables:
/// copy it freely.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Occupation {
    index: u16,
}

// The handles themselves, so that lookups can hand out `&'static Occupation`.
static ALL: [Occupation; OCCUPATION_COUNT] = {
    let mut all = [Occupation { index: 0 }; OCCUPATION_COUNT];
    let mut index = 0;
    while index < OCCUPATION_COUNT {
        all[index].index = index as u16;
        index += 1;
    }
    all
};

/// Every occupation, in code order.
pub fn all() -> &'static [Occupation] {
    &ALL
}

/// Looks an occupation up by its code, `6-18-01-01`.
pub fn by_code(code: &str) -> Option<&'static Occupation> {
    if code.len() != CODE_LEN {
        return None;
    }
    let found = binary_search(OCCUPATION_COUNT, |i| code_at(i).cmp(code))?;
    Some(&ALL[found])
}

fn code_at(index: usize) -> &'static str {
    &CODES[index * CODE_LEN..(index + 1) * CODE_LEN]
}

/// The reading of one character of an occupation's name: the exception for this very place if
/// there is one, else the character's usual reading, else none (punctuation).
fn syllable_of(index: usize, position: usize, character: char) -> &'static str {
    #[cfg(feature = "occupation-names-file")]
    return LOADED_NAMES.get().map_or("", |file| file.syllable(index, position, character));
    #[cfg(not(feature = "occupation-names-file"))]
    compiled_syllable_of(index, position, character)
}

#[cfg(not(feature = "occupation-names-file"))]
fn compiled_syllable_of(index: usize, position: usize, character: char) -> &'static str {
    let key = (index as u16, position as u8);
    if let Ok(found) = PINYIN_EXCEPTIONS.binary_search_by(|(i, p, _)| (*i, *p).cmp(&key)) {
        return SYLLABLES.get(PINYIN_EXCEPTIONS[found].2 as usize);
    }
    // Every dictionary character is 3 bytes long in UTF-8, so the string is a sorted fixed-width
    // array; comparing code points as numbers is the same order and cheaper than slices.
    let table = PINYIN_CHARACTERS.as_bytes();
    let wanted = character as u32;
    let at = |i: usize| {
        let bytes = &table[i * 3..i * 3 + 3];
        (u32::from(bytes[0] & 0x0f) << 12) | (u32::from(bytes[1] & 0x3f) << 6) | u32::from(bytes[2] & 0x3f)
    };
    match binary_search(table.len() / 3, |i| at(i).cmp(&wanted)) {
        Some(found) => SYLLABLES.get(PINYIN_DEFAULTS[found] as usize),
        None => "",
    }
}

/// Binary search over `0..len` by a comparison of element `i` with the key.
fn binary_search(len: usize, compare: impl Fn(usize) -> std::cmp::Ordering) -> Option<usize> {
    let (mut low, mut high) = (0, len);
    while low < high {
        let middle = (low + high) / 2;
        match compare(middle) {
            std::cmp::Ordering::Less => low = middle + 1,
            std::cmp::Ordering::Greater => high = middle,
            std::cmp::Ordering::Equal => return Some(middle),
        }
    }
    None
}

impl Occupation {
    pub(crate) fn index(self) -> usize {
        self.index as usize
    }

    /// The occupation code, `6-18-01-01`.
    pub fn code(self) -> &'static str {
        code_at(self.index())
    }

    /// The official name, `车工`. Empty in the self-check's wasm until [`install_names_file`]
    /// has run (see [`NAMES_FILE`]), and always in the forms page's and the export worker's.
    pub fn name(self) -> &'static str {
        #[cfg(not(feature = "occupation-names-file"))]
        return NAMES.get(self.index());
        #[cfg(feature = "occupation-names-file")]
        return LOADED_NAMES.get().map_or("", |file| file.names[self.index()]);
    }

    /// The name's pinyin, one syllable per character (`che`, `gong`); an empty syllable for
    /// punctuation such as `（`. Precomputed by the derivation script, which reads polyphonic
    /// characters in context (行 is `hang` in 银行 and `xing` in 行政).
    pub fn pinyin_syllables(self) -> impl Iterator<Item = &'static str> {
        let index = self.index();
        self.name().chars().enumerate().map(move |(position, character)| syllable_of(index, position, character))
    }

    /// The pinyin as one string, syllables separated by spaces: `che gong`.
    pub fn pinyin(self) -> String {
        let mut out = String::new();
        for (position, syllable) in self.pinyin_syllables().enumerate() {
            if position > 0 {
                out.push(' ');
            }
            out.push_str(syllable);
        }
        out
    }

    /// The first letter of each syllable (`cg`), `_` for punctuation: one byte per character.
    pub fn pinyin_initials(self) -> String {
        self.pinyin_syllables().map(|syllable| syllable.chars().next().unwrap_or('_')).collect()
    }

    /// The large category's number, 1 to 8 (the first digit of the code).
    pub fn large_category_number(self) -> u8 {
        self.code().as_bytes()[0] - b'0'
    }

    /// 大类, e.g. `6 生产制造及有关人员`.
    pub fn large_category(self) -> Category {
        category_by_code(&self.code()[..1]).expect("build.rs checks every category exists")
    }

    /// 中类, e.g. `6-18`.
    pub fn middle_category(self) -> Category {
        category_by_code(&self.code()[..4]).expect("build.rs checks every category exists")
    }

    /// 小类, e.g. `6-18-01`.
    pub fn small_category(self) -> Category {
        category_by_code(&self.code()[..7]).expect("build.rs checks every category exists")
    }

    /// Marked S in the classification: a digital occupation (数字职业).
    pub fn is_digital(self) -> bool {
        MARKS[self.index()] & 1 != 0
    }

    /// Marked L in the classification: a green occupation (绿色职业).
    pub fn is_green(self) -> bool {
        MARKS[self.index()] & 2 != 0
    }

    /// How many 工种 the occupation has, where the source says.
    pub fn work_num(self) -> Option<u8> {
        match WORK_NUMS[self.index()] {
            255 => None,
            n => Some(n),
        }
    }
}

impl fmt::Debug for Occupation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Occupation({} {})", self.code(), self.name())
    }
}

/// The level of a category in the classification.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CategoryLevel {
    /// 大类, code `d`.
    Large,
    /// 中类, code `d-dd`.
    Middle,
    /// 小类, code `d-dd-dd`.
    Small,
}

/// A category of the classification.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Category {
    pub code: &'static str,
    pub name: &'static str,
    pub level: CategoryLevel,
}

/// Looks a category up by its code: `6`, `6-18` or `6-18-01`.
pub fn category_by_code(code: &str) -> Option<Category> {
    let index = binary_search(CATEGORY_CODES.len(), |i| CATEGORY_CODES.get(i).cmp(code))?;
    Some(category_at(index))
}

fn category_at(index: usize) -> Category {
    let code = CATEGORY_CODES.get(index);
    let level = match code.len() {
        1 => CategoryLevel::Large,
        4 => CategoryLevel::Middle,
        _ => CategoryLevel::Small,
    };
    Category { code, name: CATEGORY_NAMES.get(index), level }
}

/// Every category, in code order (a parent before its children).
pub fn all_categories() -> impl Iterator<Item = Category> {
    (0..CATEGORY_CODES.len()).map(category_at)
}

/// A well-formed occupation code, `d-dd-dd-dd`, parsed once at the edge. It need not be in the
/// table: an occupation published after the table was derived is still a valid code.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct OccupationCode(String);

/// Why a text is not an occupation code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MalformedOccupationCode;

impl fmt::Display for MalformedOccupationCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an occupation code looks like 6-18-01-01")
    }
}

impl std::error::Error for MalformedOccupationCode {}

impl OccupationCode {
    /// Parses `6-18-01-01`; surrounding spaces are ignored.
    pub fn parse(text: &str) -> Result<Self, MalformedOccupationCode> {
        let code = text.trim();
        let well_formed = code.len() == CODE_LEN
            && code.bytes().enumerate().all(|(i, b)| match i {
                1 | 4 | 7 => b == b'-',
                _ => b.is_ascii_digit(),
            });
        if well_formed { Ok(Self(code.to_owned())) } else { Err(MalformedOccupationCode) }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The occupation with this code, if the table lists it.
    pub fn occupation(&self) -> Option<&'static Occupation> {
        by_code(&self.0)
    }
}

impl fmt::Debug for OccupationCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "OccupationCode({})", self.0)
    }
}

impl fmt::Display for OccupationCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The file, beside `index.html`, that holds every occupation's name and the readings of its
/// characters for the self-check, in three parts separated by an empty line:
/// - `codes:` and a fingerprint of the codes the names are for, then the names, one line per
///   occupation in code order (`车工`): a copy cached from an earlier table is refused, never
///   read with its names against other codes;
/// - the usual readings, one line per syllable with its characters (`gong\t公工功供宫`);
/// - the exceptions, a character read otherwise in one name (`412\t3\txing`: occupation 412 in
///   code order, its fourth character).
///
/// Why: the names and the pinyin dictionary are about 13 KB brotli of the self-check's first
/// load, and only the occupation question needs them (the draft keeps each chosen row's name).
/// The self-check's wasm is built with the feature `occupation-names-file` (index.html), which
/// leaves the compiled-in tables out; the page fetches this file when the question is first
/// shown, and the service worker keeps it from the first visit for offline use. The forms page
/// and its export worker are built with the feature too (forms.html) and never fetch the file:
/// they show no name from the table (the offices' page's exports go through that same worker).
/// The offices' page itself, the import worker, the CLI and the tests keep the tables compiled in. `assets/occupation-names.txt` is written from them by a unit test, which also
/// reads it back and compares every name and syllable.
pub const NAMES_FILE: &str = "occupation-names.txt";

/// The text of [`NAMES_FILE`] for the tables compiled in.
#[cfg(not(feature = "occupation-names-file"))]
pub fn names_file_text() -> String {
    let mut text = codes_line();
    text.push('\n');
    for occupation in all() {
        text.push_str(occupation.name());
        text.push('\n');
    }
    text.push('\n');
    let characters: Vec<char> = PINYIN_CHARACTERS.chars().collect();
    for syllable in 0..SYLLABLES.len() {
        let read: String = characters
            .iter()
            .zip(PINYIN_DEFAULTS.iter())
            .filter(|(_, default)| **default as usize == syllable)
            .map(|(character, _)| *character)
            .collect();
        if !read.is_empty() {
            text.push_str(&format!("{}\t{read}\n", SYLLABLES.get(syllable)));
        }
    }
    text.push('\n');
    for (index, position, syllable) in PINYIN_EXCEPTIONS {
        text.push_str(&format!("{index}\t{position}\t{}\n", SYLLABLES.get(*syllable as usize)));
    }
    text
}

/// The first line of [`NAMES_FILE`]: `codes:` and the FNV-1a hash of the code table.
fn codes_line() -> String {
    let hash = CODES.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3));
    format!("codes:{hash:016x}")
}

/// [`NAMES_FILE`], read.
#[derive(Debug)]
pub struct NamesFile<'a> {
    pub names: Vec<&'a str>,
    /// Each character's usual reading, by character.
    readings: Vec<(char, &'a str)>,
    /// (occupation, character position, reading), in that order.
    exceptions: Vec<(u16, u8, &'a str)>,
}

impl<'a> NamesFile<'a> {
    /// The reading of one character of an occupation's name, as [`Occupation::pinyin_syllables`]
    /// gives it: the exception for this very place, else the usual reading, else none.
    pub fn syllable(&self, index: usize, position: usize, character: char) -> &'a str {
        let key = (index as u16, position as u8);
        if let Ok(found) = self.exceptions.binary_search_by(|(i, p, _)| (*i, *p).cmp(&key)) {
            return self.exceptions[found].2;
        }
        match self.readings.binary_search_by(|(c, _)| c.cmp(&character)) {
            Ok(found) => self.readings[found].1,
            Err(_) => "",
        }
    }
}

/// Reads [`NAMES_FILE`]; any line out of its form is an error naming the line.
pub fn parse_names_file(text: &str) -> Result<NamesFile<'_>, String> {
    let mut parts = text.split("\n\n");
    let (Some(names), Some(readings), Some(exceptions), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
        return Err("not three parts separated by an empty line".into());
    };
    let mut names = names.lines();
    if names.next() != Some(codes_line().as_str()) {
        return Err("made for another occupation table (its codes line differs)".into());
    }
    let names: Vec<&str> = names.collect();
    if names.len() != OCCUPATION_COUNT || names.iter().any(|name| name.is_empty()) {
        return Err(format!("{} names, expected {OCCUPATION_COUNT}", names.len()));
    }
    let mut file = NamesFile { names, readings: Vec::new(), exceptions: Vec::new() };
    for (number, line) in readings.lines().enumerate() {
        let (syllable, characters) = line.split_once('\t').ok_or_else(|| format!("reading {}: no tab", number + 1))?;
        // Kept in character order as they come (about a thousand): no `sort`, whose code the
        // wasm would carry for this alone.
        for character in characters.chars() {
            let at = file.readings.partition_point(|(c, _)| *c < character);
            file.readings.insert(at, (character, syllable));
        }
    }
    for (number, line) in exceptions.lines().enumerate() {
        let mut fields = line.split('\t');
        let (Some(index), Some(position), Some(syllable), None) = (fields.next(), fields.next(), fields.next(), fields.next()) else {
            return Err(format!("exception {}: not three fields", number + 1));
        };
        let (Ok(index), Ok(position)) = (index.parse(), position.parse()) else {
            return Err(format!("exception {}: not numbers", number + 1));
        };
        if file.exceptions.last().is_some_and(|(i, p, _)| (*i, *p) >= (index, position)) {
            return Err(format!("exception {}: not in order", number + 1));
        }
        file.exceptions.push((index, position, syllable));
    }
    Ok(file)
}

#[cfg(feature = "occupation-names-file")]
static LOADED_NAMES: std::sync::OnceLock<NamesFile<'static>> = std::sync::OnceLock::new();

/// Installs the fetched [`NAMES_FILE`] (once: a second call is ignored). The text is kept for
/// the page's lifetime, as the compiled-in tables would be.
#[cfg(feature = "occupation-names-file")]
pub fn install_names_file(text: String) -> Result<(), String> {
    if LOADED_NAMES.get().is_some() {
        return Ok(());
    }
    let text: &'static str = Box::leak(text.into_boxed_str());
    let file = parse_names_file(text)?;
    let _ = LOADED_NAMES.set(file);
    Ok(())
}

/// Whether [`Occupation::name`] and the pinyin are there: always, except in the self-check's
/// wasm before [`NAMES_FILE`] was installed.
pub fn names_available() -> bool {
    #[cfg(not(feature = "occupation-names-file"))]
    return true;
    #[cfg(feature = "occupation-names-file")]
    return LOADED_NAMES.get().is_some();
}

/// The file, beside `index.html`, that holds the definitions (`{"6-18-01-01": "…"}`).
pub const DEFINITIONS_FILE: &str = "occupation-definitions.json";

/// Occupation definitions (from csco22), read from [`DEFINITIONS_FILE`] after the app fetched it.
#[derive(Clone, Debug, Default)]
pub struct Definitions(HashMap<String, String>);

/// Why a definitions file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DefinitionsError(String);

impl fmt::Display for DefinitionsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the occupation definitions file is not valid: {}", self.0)
    }
}

impl std::error::Error for DefinitionsError {}

impl Definitions {
    /// Parses the JSON object of code → definition.
    pub fn parse(json: &str) -> Result<Self, DefinitionsError> {
        let map: HashMap<String, String> = serde_json::from_str(json).map_err(|e| DefinitionsError(e.to_string()))?;
        if let Some(code) = map.keys().find(|code| OccupationCode::parse(code).is_err()) {
            return Err(DefinitionsError(format!("{code:?} is not an occupation code")));
        }
        Ok(Self(map))
    }

    /// The definition of an occupation, if the source has one.
    pub fn get(&self, occupation: Occupation) -> Option<&str> {
        self.0.get(occupation.code()).map(String::as_str)
    }

    /// The codes that have a definition.
    pub fn codes(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}
