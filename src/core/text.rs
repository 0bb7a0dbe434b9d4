//! Text that exists in both of the app's languages.

use serde::{Deserialize, Serialize};

/// The languages the app speaks. Chinese is the default: most users are Henan filing clerks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "zh-CN")]
    ZhCn,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::ZhCn, Lang::En];

    /// The BCP 47 tag, for `<html lang>` and for storage.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::ZhCn => "zh-CN",
            Lang::En => "en",
        }
    }

    /// Parses a stored or URL-given tag; anything unknown is `None` so the caller picks the default.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        match tag {
            "zh-CN" | "zh" | "zh-Hans" => Some(Lang::ZhCn),
            "en" | "en-GB" | "en-US" => Some(Lang::En),
            _ => None,
        }
    }
}

/// A piece of text from a data table, in Chinese and English.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bilingual {
    pub zh: &'static str,
    pub en: &'static str,
}

impl Bilingual {
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::ZhCn => self.zh,
            Lang::En => self.en,
        }
    }
}

/// An English label to go inside a sentence: its first letter in lower case ("Passport" →
/// "passport"), the rest as written, so names keep their capitals ("Hong Kong"). ASCII only:
/// `to_lowercase` would bring the Unicode case tables into the wasm (issue 16), and the labels
/// passed here start with an ASCII letter (a test checks every one).
pub fn lower_first(text: &str) -> String {
    let mut out = text.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_lowercase();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_round_trips_through_its_tag() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang), "{lang:?}");
        }
        assert_eq!(Lang::from_tag("fr"), None);
    }

    /// Every label put in a sentence by `lower_first` starts with an ASCII letter, so the ASCII
    /// lowering is what `to_lowercase` of the first character would give.
    #[test]
    fn lower_first_lowers_the_first_letter_of_every_label_it_is_given() {
        use crate::core::forms::{FormId, id_documents::IdDocumentKind, staff::StaffTable, systems::MANAGEMENT_SYSTEMS};
        let labels = FormId::ALL.iter().map(|form| form.title().en)
            .chain(MANAGEMENT_SYSTEMS.iter().map(|system| system.title.en))
            .chain(StaffTable::ALL.iter().map(|table| table.title().en))
            .chain(StaffTable::ALL.iter().map(|table| table.detail_heading().en))
            .chain(IdDocumentKind::ALL.iter().map(|kind| kind.label().en));
        for label in labels {
            assert!(label.starts_with(|c: char| c.is_ascii_alphabetic()), "{label}");
            let mut characters = label.chars();
            let expected: String = characters.next().unwrap().to_lowercase().chain(characters).collect();
            assert_eq!(super::lower_first(label), expected);
        }
        assert_eq!(super::lower_first("Residence permit for Hong Kong"), "residence permit for Hong Kong");
        assert_eq!(super::lower_first(""), "");
        assert_eq!(super::lower_first("护照"), "护照");
    }
}
