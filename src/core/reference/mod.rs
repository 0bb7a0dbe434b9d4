//! Reference data the rules need: the occupation classification and its search, Henan's
//! receiving places, the working-day calendar and the occupational standards.
//!
//! Every table is a CSV file under `data/`, derived from public sources by
//! `scripts/derive-reference-data.py` (see `data/SOURCES.md`) and compiled into static data by
//! `build/reference.rs`, so the browser carries no CSV parser and no pinyin dictionary.

pub mod calendar;
pub mod occupation;
pub mod place;
pub mod search;
pub mod standard;

use std::sync::OnceLock;

/// Many short strings packed into one literal, separated by newlines.
///
/// Why: an array of `&'static str` costs a pointer and a length per string in the wasm data
/// segment, and stored offsets cost kilobytes of brotli; the separators cost almost nothing and
/// the offsets are found once, on first use (a scan of a few tens of kilobytes).
pub(crate) struct Packed {
    text: &'static str,
    ends: OnceLock<Vec<u32>>,
}

impl Packed {
    pub(crate) const fn new(text: &'static str) -> Self {
        Self { text, ends: OnceLock::new() }
    }

    fn ends(&self) -> &[u32] {
        self.ends.get_or_init(|| {
            let mut ends: Vec<u32> =
                self.text.bytes().enumerate().filter(|(_, b)| *b == b'\n').map(|(i, _)| i as u32).collect();
            ends.push(self.text.len() as u32);
            ends
        })
    }

    pub(crate) fn get(&self, index: usize) -> &'static str {
        let ends = self.ends();
        let start = if index == 0 { 0 } else { ends[index - 1] as usize + 1 };
        &self.text[start..ends[index] as usize]
    }

    pub(crate) fn len(&self) -> usize {
        self.ends().len()
    }
}
