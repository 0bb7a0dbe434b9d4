//! The package code: a short code that ties a printed form to the package it came from (issue 15
//! item 8), so the receiving office can tell whether the paper and the file match.
//!
//! The code is the first 8 hexadecimal digits (upper case) of a SHA-256 over the package's
//! canonical facts and forms, grouped `ABCD-1234` for reading aloud. Canonical: the facts and
//! forms as this app's types hold them, written by `serde_json` — struct fields in the types'
//! order and every map a `BTreeMap` (sorted keys), with no whitespace — so neither the key order
//! nor the whitespace of the file changes the code, and any change of a fact or a form value
//! does. The rest of the package (timestamps, ticked checklist, versions) is left out: saving
//! again does not change the code, and the paper carries only the facts and the forms.
//!
//! 32 bits: two packages of one office share a code by chance with a probability of about
//! n²/2³³ (one in 20,000 for 1,000 packages); [`find_by_code`] then names every match.
//!
//! [`qr_svg`] draws the code as a QR code (an SVG element, no outside request) for the first
//! page of 附件1 and 附件4.

use std::fmt;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::core::facts::Facts;
use crate::core::forms::FormSet;

/// What the hash covers before the facts and forms, so a later, different canonical form can
/// never be mistaken for this one.
const DOMAIN: &[u8] = b"henan-filing package code 1\n";

/// A package's code, `ABCD-1234` (always 9 characters: 8 upper-case hexadecimal digits and a
/// hyphen).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PackageCode(String);

impl PackageCode {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Reads a code as a clerk types it from the paper: upper or lower case, with or without the
    /// hyphen, with spaces; `None` unless it is 8 hexadecimal digits.
    pub fn parse(typed: &str) -> Option<PackageCode> {
        let digits: String = typed.chars().filter(|c| !c.is_whitespace() && *c != '-' && *c != '－').collect();
        if digits.len() != 8 || !digits.chars().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        Some(PackageCode::from_digits(&digits.to_ascii_uppercase()))
    }

    fn from_digits(digits: &str) -> PackageCode {
        PackageCode(format!("{}-{}", &digits[..4], &digits[4..8]))
    }
}

impl fmt::Display for PackageCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The canonical text the code is computed over: the facts, a newline, the forms.
pub fn canonical_text(facts: &Facts, forms: &FormSet) -> String {
    let mut text = serde_json::to_string(facts).expect("facts always serialise");
    text.push('\n');
    text.push_str(&serde_json::to_string(forms).expect("forms always serialise"));
    text
}

/// The code of a package's facts and forms.
pub fn package_code(facts: &Facts, forms: &FormSet) -> PackageCode {
    let mut hasher = Sha256::new();
    hasher.update(DOMAIN);
    hasher.update(canonical_text(facts, forms).as_bytes());
    let digest = hasher.finalize();
    let mut digits = String::with_capacity(8);
    for byte in &digest[..4] {
        digits.push(HEX[usize::from(byte >> 4)]);
        digits.push(HEX[usize::from(byte & 0x0f)]);
    }
    PackageCode::from_digits(&digits)
}

const HEX: [char; 16] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'];

/// What the code typed from the paper finds among the codes of the packages at hand.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "status")]
pub enum CodeMatch {
    /// The typed text is not a code (8 hexadecimal digits).
    NotACode,
    /// No package here has this code: the paper comes from another package, or from this one
    /// before its facts or forms changed.
    NoPackage { code: PackageCode },
    /// These packages (their indices, in the order given) have the code; more than one only by
    /// chance (see the module documentation) or when the same package was opened twice.
    Found { code: PackageCode, indices: Vec<usize> },
}

/// Which of `codes` (the packages' codes, in the register's order) the typed code is.
pub fn find_by_code<'a>(typed: &str, codes: impl IntoIterator<Item = &'a PackageCode>) -> CodeMatch {
    let Some(code) = PackageCode::parse(typed) else { return CodeMatch::NotACode };
    let indices: Vec<usize> = codes.into_iter().enumerate().filter(|(_, candidate)| **candidate == code).map(|(index, _)| index).collect();
    if indices.is_empty() { CodeMatch::NoPackage { code } } else { CodeMatch::Found { code, indices } }
}

/// The code as a QR code: one `<svg>` element, black modules on white with the standard quiet
/// zone of 4 modules, scaled by the caller's CSS (`width`/`height` attributes in millimetres).
/// It encodes the code's text (`ABCD-1234`) at error-correction level M.
pub fn qr_svg(code: &PackageCode, size_mm: u32) -> String {
    use qrcodegen::{QrCode, QrCodeEcc};
    let qr = QrCode::encode_text(code.as_str(), QrCodeEcc::Medium).expect("nine characters always fit a QR code");
    let border = 4;
    let side = qr.size() + 2 * border;
    let mut path = String::new();
    for y in 0..qr.size() {
        for x in 0..qr.size() {
            if qr.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + border, y + border));
            }
        }
    }
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"package-code-qr\" role=\"img\" aria-label=\"{code}\" width=\"{size_mm}mm\" height=\"{size_mm}mm\" viewBox=\"0 0 {side} {side}\" shape-rendering=\"crispEdges\"><rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::package::read_package;

    const PACKAGE: &str = include_str!("../../tests/browser/packages/complete-first-filing.json");

    fn code_of(json: &str) -> PackageCode {
        let package = read_package(json).unwrap();
        package_code(&package.facts, &package.forms)
    }

    #[test]
    fn the_code_is_eight_upper_case_hex_digits_grouped() {
        let code = code_of(PACKAGE);
        let text = code.as_str();
        assert_eq!(text.len(), 9, "{text}");
        assert_eq!(&text[4..5], "-");
        assert!(text.chars().filter(|c| *c != '-').all(|c| c.is_ascii_digit() || c.is_ascii_uppercase()), "{text}");
        assert_eq!(PackageCode::parse(text), Some(code.clone()));
        assert_eq!(PackageCode::parse(&text.to_lowercase().replace('-', " ")), Some(code));
        assert_eq!(PackageCode::parse("ABCD-123"), None);
        assert_eq!(PackageCode::parse("ABCD-123G"), None);
    }

    #[test]
    fn the_code_does_not_depend_on_key_order_whitespace_or_timestamps() {
        let original = code_of(PACKAGE);
        // The document written again by hand: every object's keys in reverse order, other spacing.
        fn write(value: &serde_json::Value, out: &mut String) {
            match value {
                serde_json::Value::Object(map) => {
                    out.push_str("{\n");
                    let mut keys: Vec<&String> = map.keys().collect();
                    keys.sort();
                    keys.reverse();
                    for (index, key) in keys.iter().enumerate() {
                        if index > 0 {
                            out.push_str(",\n   ");
                        }
                        out.push_str(&serde_json::to_string(key).unwrap());
                        out.push_str("  :  ");
                        write(&map[*key], out);
                    }
                    out.push_str("\n}");
                }
                serde_json::Value::Array(items) => {
                    out.push('[');
                    for (index, item) in items.iter().enumerate() {
                        if index > 0 {
                            out.push_str(" , ");
                        }
                        write(item, out);
                    }
                    out.push(']');
                }
                other => out.push_str(&serde_json::to_string(other).unwrap()),
            }
        }
        let value: serde_json::Value = serde_json::from_str(PACKAGE).unwrap();
        let mut respaced = String::new();
        write(&value, &mut respaced);
        assert_ne!(respaced, PACKAGE);
        assert!(respaced.find("\"updated\"").unwrap() < respaced.find("\"schema_version\"").unwrap(), "keys are reordered");
        assert!(PACKAGE.find("\"updated\"").unwrap() > PACKAGE.find("\"schema_version\"").unwrap());
        assert_eq!(code_of(&respaced), original);
        let compact = serde_json::to_string(&value).unwrap();
        assert_eq!(code_of(&compact), original);
        // Saved again later: another `updated`, the same code.
        let resaved = PACKAGE.replace("\"updated\": \"2026-11-20T08:00:00Z\"", "\"updated\": \"2026-11-29T08:00:00Z\"");
        assert_ne!(resaved, PACKAGE);
        assert_eq!(code_of(&resaved), original);
    }

    #[test]
    fn the_code_changes_when_any_fact_or_form_value_changes() {
        let original = code_of(PACKAGE);
        let value: serde_json::Value = serde_json::from_str(PACKAGE).unwrap();
        // Every string leaf of the facts and forms, changed one at a time, where the result
        // still reads as a package: each gives another code.
        let mut changed = 0;
        let mut leaves = Vec::new();
        collect_string_leaves(&value["forms"], "/forms".into(), &mut leaves);
        collect_string_leaves(&value["facts"], "/facts".into(), &mut leaves);
        assert!(leaves.len() > 50, "{}", leaves.len());
        for pointer in &leaves {
            let mut altered = value.clone();
            let leaf = altered.pointer_mut(pointer).unwrap();
            let serde_json::Value::String(text) = leaf else { unreachable!() };
            *leaf = serde_json::Value::String(format!("{text}x"));
            let Ok(package) = read_package(&altered.to_string()) else { continue };
            assert_ne!(package_code(&package.facts, &package.forms), original, "{pointer}");
            changed += 1;
        }
        assert!(changed > 40, "{changed} of {} leaves changed and still read", leaves.len());
        // A number and a date.
        let package = read_package(PACKAGE).unwrap();
        let mut other = package.clone();
        other.facts.application_date = other.facts.application_date.tomorrow().unwrap();
        assert_ne!(package_code(&other.facts, &other.forms), original);
        let mut other = package.clone();
        other.forms.application.as_mut().unwrap().staff_total = Some(other.forms.application.as_ref().unwrap().staff_total.unwrap_or(0) + 1);
        assert_ne!(package_code(&other.facts, &other.forms), original);
    }

    fn collect_string_leaves(value: &serde_json::Value, pointer: String, out: &mut Vec<String>) {
        match value {
            serde_json::Value::String(_) => out.push(pointer),
            serde_json::Value::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    collect_string_leaves(item, format!("{pointer}/{index}"), out);
                }
            }
            serde_json::Value::Object(map) => {
                for (key, item) in map {
                    collect_string_leaves(item, format!("{pointer}/{}", key.replace('~', "~0").replace('/', "~1")), out);
                }
            }
            _ => {}
        }
    }

    #[test]
    fn a_typed_code_finds_its_package_or_says_none() {
        let a = code_of(PACKAGE);
        let b = code_of(include_str!("../../tests/browser/packages/complete-renewal.json"));
        assert_ne!(a, b);
        let codes = [a.clone(), b.clone(), a.clone()];
        assert_eq!(find_by_code(&b.as_str().to_lowercase(), &codes), CodeMatch::Found { code: b, indices: vec![1] });
        assert_eq!(find_by_code(a.as_str(), &codes), CodeMatch::Found { code: a, indices: vec![0, 2] });
        assert_eq!(find_by_code("0000-0000", &codes[..1]), CodeMatch::NoPackage { code: PackageCode::parse("00000000").unwrap() });
        assert_eq!(find_by_code("hello", &codes), CodeMatch::NotACode);
    }

    #[test]
    fn the_qr_code_is_an_svg_of_the_code() {
        let code = code_of(PACKAGE);
        let svg = qr_svg(&code, 20);
        assert!(svg.starts_with("<svg ") && svg.ends_with("</svg>"), "{svg}");
        assert!(svg.contains(&format!("aria-label=\"{code}\"")));
        // Version 1 (21 modules) with a 4-module quiet zone: 29 units a side.
        assert!(svg.contains("viewBox=\"0 0 29 29\""), "{svg}");
        assert!(!svg.contains("http://") || svg.matches("http://").count() == 1, "only the SVG namespace, no request");
        // The same code draws the same picture; another code another one.
        assert_eq!(svg, qr_svg(&code, 20));
        assert_ne!(svg, qr_svg(&PackageCode::parse("0000-0000").unwrap(), 20));
    }
}
