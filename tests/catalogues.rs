//! The UI's string catalogues (`src/ui/i18n/`): every message has a text in both languages.
//!
//! The catalogues are exhaustive `match`es, so the wasm build already refuses a missing key;
//! this test says the same thing natively (the UI module only builds for wasm32), and also
//! refuses an empty text or a Chinese text left in English.

use std::{collections::BTreeSet, fs, path::Path};

fn read(file: &str) -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui/i18n").join(file)).unwrap()
}

/// The two catalogues: the enum in mod.rs and its Chinese and English files.
const CATALOGUES: [(&str, &str, &str); 2] = [("Msg", "zh_cn.rs", "en.rs"), ("FormsMsg", "forms_zh_cn.rs", "forms_en.rs")];

/// The variants of `enum <name>` in mod.rs.
fn declared_keys(name: &str) -> BTreeSet<String> {
    let source = read("mod.rs");
    let body = source.split(&format!("pub enum {name} {{")).nth(1).unwrap_or_else(|| panic!("mod.rs declares enum {name}"));
    let body = &body[..body.find('}').unwrap()];
    body.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with("//")).map(|l| l.trim_end_matches(',').to_string()).collect()
}

/// `<Enum>::Key => "text"` pairs of a catalogue.
fn entries(name: &str, file: &str) -> Vec<(String, String)> {
    let prefix = format!("{name}::");
    read(file)
        .lines()
        .filter_map(|line| {
            let rest = line.trim().strip_prefix(prefix.as_str())?;
            let (key, text) = rest.split_once(" => ")?;
            Some((key.to_string(), text.trim_end_matches(',').trim_matches('"').to_string()))
        })
        .collect()
}

#[test]
fn every_message_has_a_text_in_both_languages() {
    for (name, zh, en) in CATALOGUES {
        let declared = declared_keys(name);
        assert!(declared.len() > 50, "found only {} keys of {name} in mod.rs", declared.len());
        for file in [zh, en] {
            let keys: BTreeSet<String> = entries(name, file).into_iter().map(|(key, _)| key).collect();
            let missing: Vec<_> = declared.difference(&keys).collect();
            let unknown: Vec<_> = keys.difference(&declared).collect();
            assert!(missing.is_empty() && unknown.is_empty(), "src/ui/i18n/{file}: missing {missing:?}, unknown {unknown:?}");
        }
    }
}

#[test]
fn no_text_is_empty_and_the_chinese_catalogue_is_chinese() {
    let has_han = |text: &str| text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    for (name, zh, en) in CATALOGUES {
        for (key, text) in entries(name, zh) {
            assert!(!text.is_empty(), "src/ui/i18n/{zh}: {name}::{key} is empty");
            // The one exception: the button that offers the other language names it in English.
            // Also: the colon, which is the language's own punctuation.
            assert!(has_han(&text) || key == "OtherLanguageName" || key == "Colon", "src/ui/i18n/{zh}: {name}::{key} has no Chinese: {text:?}");
        }
        for (key, text) in entries(name, en) {
            assert!(!text.is_empty(), "src/ui/i18n/{en}: {name}::{key} is empty");
            // English text takes English punctuation (issue 14, item 16).
            assert!(!text.contains(['：', '；', '，']), "src/ui/i18n/{en}: {name}::{key} has full-width punctuation: {text:?}");
        }
    }
}

/// A hint's example must pass the check the field gets: a user copies it to see the format.
#[test]
fn the_credit_code_hints_example_is_a_valid_code() {
    use henan_filing::core::forms::codes::CreditCode;
    for file in ["forms_zh_cn.rs", "forms_en.rs"] {
        let (_, hint) = entries("FormsMsg", file).into_iter().find(|(key, _)| key == "CreditCodeHint").unwrap_or_else(|| panic!("{file}: CreditCodeHint"));
        let example = hint
            .split(|c: char| !c.is_ascii_alphanumeric())
            .find(|word| word.len() == 18)
            .unwrap_or_else(|| panic!("{file}: the credit-code hint gives no 18-character example: {hint}"));
        assert!(CreditCode::parse(example).is_ok(), "{file}: the hint's example {example} is not a valid code: {:?}", CreditCode::parse(example));
    }
}
