//! The occupation picker's search: by code prefix (`6-18`, `618`), Chinese substring (`车工`),
//! full pinyin (`chegong`, also typed partly: `cheg`) and pinyin initials (`cg`).
//!
//! The pinyin is precomputed by the derivation script, so the wasm carries no pinyin dictionary.
//! The whole table is scanned on every keystroke: at 1,676 rows that takes well under a
//! millisecond (see `benches/search.rs`), so an index would only add size.
//!
//! By default only large categories 3 to 6 are searched: guide 1.6 allows filing only for the
//! skill occupations of 第三、四、五、六大类.

use std::{
    ops::{Range, RangeInclusive},
    sync::OnceLock,
};

use super::occupation::{self, Occupation};

/// The large categories guide 1.6 allows: 第三、四、五、六大类.
pub const FILEABLE_LARGE_CATEGORIES: RangeInclusive<u8> = 3..=6;

/// How to search.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchOptions {
    /// Search all eight large categories, not only 3 to 6.
    pub all_large_categories: bool,
    /// Return at most this many hits (the best ones); `None` for all.
    pub limit: Option<usize>,
}

/// How well a hit matches; hits are sorted by rank, then by code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MatchRank {
    /// The whole code, the whole name or the whole name's pinyin or initials.
    Exact,
    /// The start of the code or of the name.
    Prefix,
    /// Somewhere inside the name.
    Substring,
}

/// What the query matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MatchedBy {
    Code,
    Name,
    Pinyin,
    PinyinInitials,
}

/// One search result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchHit {
    pub occupation: Occupation,
    pub rank: MatchRank,
    pub matched_by: MatchedBy,
    /// The matched part as a byte range of [`SearchHit::highlighted_text`]: of the code for a
    /// code match, of the name otherwise (a pinyin match marks the characters it spells).
    pub highlight: Range<usize>,
}

impl SearchHit {
    /// The text the highlight is in: the code for a code match, else the name.
    pub fn highlighted_text(&self) -> &'static str {
        match self.matched_by {
            MatchedBy::Code => self.occupation.code(),
            _ => self.occupation.name(),
        }
    }

    /// The highlighted text split into before, matched and after, ready to render.
    pub fn highlight_parts(&self) -> (&'static str, &'static str, &'static str) {
        let text = self.highlighted_text();
        (&text[..self.highlight.start], &text[self.highlight.clone()], &text[self.highlight.end..])
    }

    /// The highlight as a range of characters (what JavaScript string indices count for these
    /// names, which have no characters outside the basic plane).
    pub fn highlight_chars(&self) -> Range<usize> {
        let text = self.highlighted_text();
        text[..self.highlight.start].chars().count()..text[..self.highlight.end].chars().count()
    }
}

/// What kind of query the user typed, decided once per query.
enum Query {
    /// Digits, maybe with dashes: the digits alone, compared with the code's digits.
    Code(Vec<u8>),
    /// Latin letters: pinyin, full or initials, lower-cased, spaces and apostrophes removed.
    Pinyin(String),
    /// Anything else: a substring of the name.
    Name(String),
}

impl Query {
    fn parse(text: &str) -> Option<Query> {
        let original = text.trim();
        if original.is_empty() {
            return None;
        }
        // A Chinese input method often types full-width letters, digits and dashes (６－１８).
        // Only codes and pinyin are read half-width: names themselves use full-width （）.
        let half: String = original.chars().map(half_width).collect();
        let text = half.trim();
        if text.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
            let digits: Vec<u8> = text.bytes().filter(u8::is_ascii_digit).collect();
            return (!digits.is_empty()).then_some(Query::Code(digits));
        }
        let letters: String =
            text.chars().filter(|c| !matches!(c, ' ' | '\'')).map(|c| c.to_ascii_lowercase()).collect();
        if letters.bytes().all(|b| b.is_ascii_lowercase()) {
            return Some(Query::Pinyin(letters));
        }
        Some(Query::Name(original.to_owned()))
    }
}

/// Builds the pinyin index now rather than on the first pinyin search (a few milliseconds in
/// the browser): the picker can call it when it opens, so no keystroke pays for it.
pub fn prepare() {
    if occupation::names_available() {
        pinyin_index();
    }
}

/// Full-width ASCII (U+FF01..U+FF5E) and the usual dash look-alikes as plain ASCII.
fn half_width(character: char) -> char {
    match character {
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(character as u32 - 0xfee0).unwrap_or(character),
        '\u{3000}' => ' ',
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        _ => character,
    }
}

/// Searches the occupations; the best hits first (by rank, then by code).
pub fn search_occupations(query: &str, options: &SearchOptions) -> Vec<SearchHit> {
    // Before the self-check's names file is in, there is nothing to match (and the pinyin index,
    // built once, must not be built empty).
    if !occupation::names_available() {
        return Vec::new();
    }
    let Some(query) = Query::parse(query) else { return Vec::new() };
    let found: Vec<SearchHit> = occupation::all()
        .iter()
        .filter(|occupation| {
            options.all_large_categories || FILEABLE_LARGE_CATEGORIES.contains(&occupation.large_category_number())
        })
        .filter_map(|&occupation| match_occupation(occupation, &query))
        .collect();
    // By rank, one pass per rank: the table is in code order, so within a rank the hits stay in
    // code order (a stable sort, without the standard library's sorting code in the wasm).
    let mut hits = Vec::with_capacity(found.len());
    for rank in [MatchRank::Exact, MatchRank::Prefix, MatchRank::Substring] {
        hits.extend(found.iter().filter(|hit| hit.rank == rank).cloned());
    }
    if let Some(limit) = options.limit {
        hits.truncate(limit);
    }
    hits
}

fn match_occupation(occupation: Occupation, query: &Query) -> Option<SearchHit> {
    match query {
        Query::Code(digits) => match_code(occupation, digits),
        Query::Name(text) => {
            let name = occupation.name();
            let start = name.find(text.as_str())?;
            let rank = if name.len() == text.len() {
                MatchRank::Exact
            } else if start == 0 {
                MatchRank::Prefix
            } else {
                MatchRank::Substring
            };
            Some(SearchHit { occupation, rank, matched_by: MatchedBy::Name, highlight: start..start + text.len() })
        }
        Query::Pinyin(letters) => {
            let index = pinyin_index();
            let full = match_full_pinyin(index.pinyin(occupation), letters.as_bytes())
                .map(|(chars, rank)| (rank, chars, MatchedBy::Pinyin));
            let initials = match_initials(index.initials(occupation), letters)
                .map(|(chars, rank)| (rank, chars, MatchedBy::PinyinInitials));
            // The better rank wins; on a tie the earlier match, then full pinyin.
            let (rank, chars, matched_by) = match (full, initials) {
                (Some(a), Some(b)) => {
                    if (b.0, b.1.start) < (a.0, a.1.start) {
                        b
                    } else {
                        a
                    }
                }
                (a, b) => a.or(b)?,
            };
            Some(SearchHit { occupation, rank, matched_by, highlight: char_to_byte_range(occupation.name(), chars) })
        }
    }
}

/// Every occupation's pinyin and initials as strings, expanded once from the compact dictionary
/// in the wasm (see `build/reference.rs`) on the first pinyin search: about 60 KB of memory and a
/// millisecond, instead of 15 KB more brotli in every first load.
struct PinyinIndex {
    pinyin: String,
    pinyin_ends: Vec<u32>,
    initials: String,
    initials_ends: Vec<u32>,
}

impl PinyinIndex {
    fn build() -> Self {
        let mut index = PinyinIndex {
            pinyin: String::new(),
            pinyin_ends: Vec::new(),
            initials: String::new(),
            initials_ends: Vec::new(),
        };
        for occupation in occupation::all() {
            for (position, syllable) in occupation.pinyin_syllables().enumerate() {
                if position > 0 {
                    index.pinyin.push(' ');
                }
                index.pinyin.push_str(syllable);
                index.initials.push(syllable.chars().next().unwrap_or('_'));
            }
            index.pinyin_ends.push(index.pinyin.len() as u32);
            index.initials_ends.push(index.initials.len() as u32);
        }
        index
    }

    fn slice<'a>(text: &'a str, ends: &[u32], occupation: &Occupation) -> &'a str {
        let at = occupation.index();
        let start = if at == 0 { 0 } else { ends[at - 1] as usize };
        &text[start..ends[at] as usize]
    }

    fn pinyin(&self, occupation: Occupation) -> &str {
        Self::slice(&self.pinyin, &self.pinyin_ends, &occupation)
    }

    fn initials(&self, occupation: Occupation) -> &str {
        Self::slice(&self.initials, &self.initials_ends, &occupation)
    }
}

fn pinyin_index() -> &'static PinyinIndex {
    static INDEX: OnceLock<PinyinIndex> = OnceLock::new();
    INDEX.get_or_init(PinyinIndex::build)
}

/// Matches the query's digits against the start of the code's digits (dashes ignored).
fn match_code(occupation: Occupation, digits: &[u8]) -> Option<SearchHit> {
    let code = occupation.code();
    let mut matched = 0;
    let mut end = 0;
    for (index, byte) in code.bytes().enumerate() {
        if matched == digits.len() {
            break;
        }
        if byte == b'-' {
            continue;
        }
        if byte != digits[matched] {
            return None;
        }
        matched += 1;
        end = index + 1;
    }
    if matched < digits.len() {
        return None;
    }
    let rank = if end == code.len() { MatchRank::Exact } else { MatchRank::Prefix };
    Some(SearchHit { occupation, rank, matched_by: MatchedBy::Code, highlight: 0..end })
}

/// Matches letters against the concatenated syllables, starting at a syllable and ending
/// anywhere (so a half-typed syllable already matches). Returns the characters spelt.
fn match_full_pinyin(pinyin: &str, query: &[u8]) -> Option<(Range<usize>, MatchRank)> {
    let bytes = pinyin.as_bytes();
    let mut char_index = 0;
    let mut at_syllable_start = true;
    for start in 0..bytes.len() {
        if bytes[start] == b' ' {
            char_index += 1;
            at_syllable_start = true;
            continue;
        }
        if !at_syllable_start {
            continue;
        }
        at_syllable_start = false;
        let (mut at, mut matched, mut last_char) = (start, 0, char_index);
        while at < bytes.len() && matched < query.len() {
            if bytes[at] == b' ' {
                last_char += 1;
            } else if bytes[at] == query[matched] {
                matched += 1;
            } else {
                break;
            }
            at += 1;
        }
        if matched == query.len() {
            let rank = if char_index > 0 {
                MatchRank::Substring
            } else if bytes[at..].iter().all(|&b| b == b' ') {
                MatchRank::Exact
            } else {
                MatchRank::Prefix
            };
            return Some((char_index..last_char + 1, rank));
        }
    }
    None
}

/// Matches letters against the initials, one byte per character of the name.
fn match_initials(initials: &str, query: &str) -> Option<(Range<usize>, MatchRank)> {
    let start = initials.find(query)?;
    let rank = if initials.len() == query.len() {
        MatchRank::Exact
    } else if start == 0 {
        MatchRank::Prefix
    } else {
        MatchRank::Substring
    };
    Some((start..start + query.len(), rank))
}

fn char_to_byte_range(text: &str, chars: Range<usize>) -> Range<usize> {
    let byte_at = |char_index: usize| text.char_indices().nth(char_index).map_or(text.len(), |(byte, _)| byte);
    byte_at(chars.start)..byte_at(chars.end)
}
