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

/// Many short strings packed into one: string `i` is `text[ends[i - 1]..ends[i]]`.
///
/// Why: an array of `&'static str` costs a pointer and a length per string in the wasm data
/// segment; one packed literal plus `u16` end offsets is a fraction of that.
pub(crate) struct Packed {
    pub(crate) text: &'static str,
    pub(crate) ends: &'static [u16],
}

impl Packed {
    pub(crate) fn get(&self, index: usize) -> &'static str {
        let start = if index == 0 { 0 } else { self.ends[index - 1] as usize };
        &self.text[start..self.ends[index] as usize]
    }

    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }
}
