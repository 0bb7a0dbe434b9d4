//! The package code: a short code that ties a printed form to the package it came from (issue 15
//! item 8), so the receiving office can tell whether the paper and the file match.
//!
//! The code is the first 8 hexadecimal digits (upper case) of a SHA-256 over the package's
//! canonical facts and forms, grouped `ABCD-1234` for reading aloud. Canonical: the facts and
//! forms as this app's types hold them, written by `serde_json` — struct fields in the types'
//! order and every map in key order (`BTreeMap`, `core::sorted::SortedMap`), with no whitespace — so neither the key order
//! nor the whitespace of the file changes the code, and any change of a fact or a form value
//! does. The rest of the package (timestamps, ticked checklist, versions) is left out: saving
//! again does not change the code, and the paper carries only the facts and the forms.
//!
//! 32 bits: two packages of one office share a code by chance with a probability of about
//! n²/2³³ (one in 20,000 for 1,000 packages); [`find_by_code`] then names every match.
//!
//! [`qr_svg`] draws the code as a QR code (an SVG element, no outside request) for the first
//! page of 附件1 and 附件4, with the small encoder of [`qr`].

use std::fmt;

use serde::{Deserialize, Serialize};

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
/// Each part is serde_json's compact text, made from the pretty text the package is written with
/// ([`compact`]): serde_json's compact writer would compile every form type's serialiser a second
/// time into each wasm that shows the code (issue 16).
pub fn canonical_text(facts: &Facts, forms: &FormSet) -> String {
    let mut text = compact(&serde_json::to_string_pretty(facts).expect("facts always serialise"));
    text.push('\n');
    text.push_str(&compact(&serde_json::to_string_pretty(forms).expect("forms always serialise")));
    text
}

/// serde_json's compact text of a value, from its pretty text: the whitespace between tokens
/// removed. Inside strings nothing is removed; serde_json writes a newline or a tab in a string
/// as an escape, so the pretty text's own whitespace is all outside strings.
fn compact(pretty: &str) -> String {
    let mut out = String::with_capacity(pretty.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in pretty.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if !matches!(c, ' ' | '\n' | '\t' | '\r') {
            in_string = c == '"';
            out.push(c);
        }
    }
    out
}

/// The code of a package's facts and forms.
pub fn package_code(facts: &Facts, forms: &FormSet) -> PackageCode {
    let digest = sha256(&[DOMAIN, canonical_text(facts, forms).as_bytes()]);
    let mut digits = String::with_capacity(8);
    for byte in &digest[..4] {
        digits.push(HEX[usize::from(byte >> 4)]);
        digits.push(HEX[usize::from(byte & 0x0f)]);
    }
    PackageCode::from_digits(&digits)
}

/// SHA-256 (FIPS 180-4) of `parts` written one after another: the package code needs one digest
/// of a short text, and this loop is a few hundred bytes of wasm where the `sha2` crate's
/// unrolled rounds were several KB on the forms page (issue 16).
pub fn sha256(parts: &[&[u8]]) -> [u8; 32] {
    const K: [u32; 64] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ];
    let mut state: [u32; 8] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    let length: usize = parts.iter().map(|part| part.len()).sum();
    // The message, the 0x80 byte, zeros to 56 mod 64, the length in bits, big-endian.
    let mut message: Vec<u8> = Vec::with_capacity(length + 72);
    for part in parts {
        message.extend_from_slice(part);
    }
    message.push(0x80);
    while message.len() % 64 != 56 {
        message.push(0);
    }
    message.extend_from_slice(&((length as u64) * 8).to_be_bytes());
    for block in message.chunks_exact(64) {
        let mut w = [0u32; 64];
        for (i, word) in block.chunks_exact(4).enumerate() {
            w[i] = u32::from_be_bytes([word[0], word[1], word[2], word[3]]);
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16].wrapping_add(s0).wrapping_add(w[i - 7]).wrapping_add(s1);
        }
        let mut v = state;
        for i in 0..64 {
            let [a, b, c, d, e, f, g, h] = v;
            let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
            let choice = (e & f) ^ (!e & g);
            let t1 = h.wrapping_add(s1).wrapping_add(choice).wrapping_add(K[i]).wrapping_add(w[i]);
            let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
            let majority = (a & b) ^ (a & c) ^ (b & c);
            v = [t1.wrapping_add(s0).wrapping_add(majority), a, b, c, d.wrapping_add(t1), e, f, g];
        }
        for (word, add) in state.iter_mut().zip(v) {
            *word = word.wrapping_add(add);
        }
    }
    let mut digest = [0u8; 32];
    for (bytes, word) in digest.chunks_exact_mut(4).zip(state) {
        bytes.copy_from_slice(&word.to_be_bytes());
    }
    digest
}

const HEX: [char; 16] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'];

/// The line every printed sheet and every DOCX page carries at its foot.
pub fn footer_line(code: &str) -> String {
    format!("材料代码 {code}")
}

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

/// The code as a QR code: one `<svg>` element, dark modules on white with the standard quiet
/// zone of 4 modules, `size_mm` a side. It encodes the code's text (`ABCD-1234`): version 1,
/// error-correction level H (the highest: a smudged or folded paper still reads), alphanumeric
/// mode ([`qr`]).
pub fn qr_svg(code: &PackageCode, size_mm: u32) -> String {
    let modules = qr::encode(code.as_str(), qr::MASK).expect("a package code is nine characters of the alphanumeric set");
    let border = 4;
    let side = qr::SIZE + 2 * border;
    let mut path = String::new();
    for (y, row) in modules.iter().enumerate() {
        for (x, dark) in row.iter().enumerate() {
            if *dark {
                path.push_str(&format!("M{},{}h1v1h-1z", x + border, y + border));
            }
        }
    }
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"package-code-qr\" role=\"img\" aria-label=\"{code}\" width=\"{size_mm}mm\" height=\"{size_mm}mm\" viewBox=\"0 0 {side} {side}\" shape-rendering=\"crispEdges\"><rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>"
    )
}

/// A QR code encoder for exactly what the package code needs (ISO/IEC 18004): version 1 (21×21
/// modules), error-correction level H, one alphanumeric segment of up to 10 characters. A
/// general encoder (the `qrcodegen` crate, against which a test checks every module of this one
/// for all eight masks) handles 40 versions, four levels, every mode and the choice of mask, and
/// costs the forms page several kilobytes more. The mask is fixed ([`MASK`]) rather than chosen
/// by the standard's penalty score: every reader decodes any of the eight.
pub mod qr {
    pub const SIZE: usize = 21;
    /// Mask pattern 4, `(x / 3 + y / 2) % 2 == 0`: blocks rather than stripes.
    pub const MASK: u8 = 4;
    const ALPHANUMERIC: &str = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    /// Version 1 at level H: 26 codewords, 9 of data and 17 of error correction, in one block.
    const DATA_CODEWORDS: usize = 9;
    const ECC_CODEWORDS: usize = 17;
    /// Level H in the format information.
    const LEVEL_H: u32 = 0b10;

    type Grid = [[bool; SIZE]; SIZE];

    /// The modules (`[y][x]`, `true` dark) of `text` with mask `mask` (0–7); `None` when the text
    /// is not alphanumeric or too long for version 1 at level H.
    pub fn encode(text: &str, mask: u8) -> Option<Grid> {
        let mut bits: Vec<bool> = Vec::with_capacity(DATA_CODEWORDS * 8);
        let push = |bits: &mut Vec<bool>, value: usize, length: u32| bits.extend((0..length).rev().map(|bit| (value >> bit) & 1 == 1));
        let values: Vec<usize> = text.chars().map(|c| ALPHANUMERIC.find(c)).collect::<Option<_>>()?;
        push(&mut bits, 0b0010, 4);
        push(&mut bits, values.len(), 9);
        for pair in values.chunks(2) {
            match pair {
                [first, second] => push(&mut bits, first * 45 + second, 11),
                [single] => push(&mut bits, *single, 6),
                _ => {}
            }
        }
        let capacity = DATA_CODEWORDS * 8;
        if bits.len() > capacity || mask > 7 {
            return None;
        }
        let terminator = (capacity - bits.len()).min(4);
        bits.extend(std::iter::repeat_n(false, terminator));
        while !bits.len().is_multiple_of(8) {
            bits.push(false);
        }
        let mut codewords: Vec<u8> = bits.chunks(8).map(|byte| byte.iter().fold(0u8, |value, bit| value << 1 | u8::from(*bit))).collect();
        let mut pad = 0xEC;
        while codewords.len() < DATA_CODEWORDS {
            codewords.push(pad);
            pad ^= 0xEC ^ 0x11;
        }
        let ecc = remainder(&codewords);
        codewords.extend(ecc);

        let mut dark: Grid = [[false; SIZE]; SIZE];
        let mut function: Grid = [[false; SIZE]; SIZE];
        let mut set = |x: usize, y: usize, value: bool| {
            dark[y][x] = value;
            function[y][x] = true;
        };
        // Timing patterns, then the three finders with their separators over them.
        for i in 0..SIZE {
            set(6, i, i % 2 == 0);
            set(i, 6, i % 2 == 0);
        }
        for (cx, cy) in [(3i32, 3i32), (SIZE as i32 - 4, 3), (3, SIZE as i32 - 4)] {
            for dy in -4i32..=4 {
                for dx in -4i32..=4 {
                    let (x, y) = (cx + dx, cy + dy);
                    if (0..SIZE as i32).contains(&x) && (0..SIZE as i32).contains(&y) {
                        let distance = dx.abs().max(dy.abs());
                        set(x as usize, y as usize, distance != 2 && distance != 4);
                    }
                }
            }
        }
        // Format information: the level and the mask, with its BCH code, twice.
        let data = LEVEL_H << 3 | u32::from(mask);
        let mut rem = data;
        for _ in 0..10 {
            rem = (rem << 1) ^ ((rem >> 9) * 0x537);
        }
        let format = (data << 10 | rem) ^ 0x5412;
        let bit = |i: usize| (format >> i) & 1 == 1;
        for i in 0..6 {
            set(8, i, bit(i));
        }
        set(8, 7, bit(6));
        set(8, 8, bit(7));
        set(7, 8, bit(8));
        for i in 9..15 {
            set(14 - i, 8, bit(i));
        }
        for i in 0..8 {
            set(SIZE - 1 - i, 8, bit(i));
        }
        for i in 8..15 {
            set(8, SIZE - 15 + i, bit(i));
        }
        set(8, SIZE - 8, true);
        // The codewords in the zigzag of column pairs, right to left, skipping the timing column.
        let mut index = 0;
        let mut right = SIZE as i32 - 1;
        while right >= 1 {
            if right == 6 {
                right = 5;
            }
            for vertical in 0..SIZE {
                for j in 0..2 {
                    let x = (right - j) as usize;
                    let upward = (right + 1) & 2 == 0;
                    let y = if upward { SIZE - 1 - vertical } else { vertical };
                    if !function[y][x] && index < codewords.len() * 8 {
                        dark[y][x] = (codewords[index >> 3] >> (7 - (index & 7))) & 1 == 1;
                        index += 1;
                    }
                }
            }
            right -= 2;
        }
        for (y, row) in dark.iter_mut().enumerate() {
            for (x, module) in row.iter_mut().enumerate() {
                let invert = match mask {
                    0 => (x + y) % 2 == 0,
                    1 => y % 2 == 0,
                    2 => x % 3 == 0,
                    3 => (x + y) % 3 == 0,
                    4 => (x / 3 + y / 2) % 2 == 0,
                    5 => x * y % 2 + x * y % 3 == 0,
                    6 => (x * y % 2 + x * y % 3) % 2 == 0,
                    _ => ((x + y) % 2 + x * y % 3) % 2 == 0,
                };
                *module ^= invert && !function[y][x];
            }
        }
        Some(dark)
    }

    /// The Reed–Solomon error-correction codewords of the data (GF(2⁸) over 0x11D, generator
    /// roots 2⁰ … 2¹⁶).
    fn remainder(data: &[u8]) -> Vec<u8> {
        let mut divisor = vec![0u8; ECC_CODEWORDS];
        divisor[ECC_CODEWORDS - 1] = 1;
        let mut root = 1u8;
        for _ in 0..ECC_CODEWORDS {
            for j in 0..ECC_CODEWORDS {
                divisor[j] = multiply(divisor[j], root);
                if j + 1 < ECC_CODEWORDS {
                    divisor[j] ^= divisor[j + 1];
                }
            }
            root = multiply(root, 0x02);
        }
        let mut result = vec![0u8; ECC_CODEWORDS];
        for byte in data {
            let factor = byte ^ result.remove(0);
            result.push(0);
            for (value, coefficient) in result.iter_mut().zip(&divisor) {
                *value ^= multiply(*coefficient, factor);
            }
        }
        result
    }

    fn multiply(x: u8, y: u8) -> u8 {
        let mut z = 0u8;
        for i in (0..8).rev() {
            z = (z << 1) ^ ((z >> 7) * 0x1D);
            z ^= ((y >> i) & 1) * x;
        }
        z
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

        /// The canonical text is serde_json's compact writing, as it was before [`compact`].
        #[test]
        fn compact_of_the_pretty_text_is_serde_jsons_compact_text(forms in any::<FormSet>(), text in any::<String>()) {
            prop_assert_eq!(compact(&serde_json::to_string_pretty(&forms).unwrap()), serde_json::to_string(&forms).unwrap());
            let strings = vec![text.clone(), format!(" {text}\n\t\\\" "), String::new()];
            prop_assert_eq!(compact(&serde_json::to_string_pretty(&strings).unwrap()), serde_json::to_string(&strings).unwrap());
        }
    }

    #[test]
    fn compact_of_the_example_packages_facts_is_serde_jsons_compact_text() {
        let package = crate::core::package::read_package(include_str!("../../examples/package-social-org.json")).unwrap();
        assert_eq!(compact(&serde_json::to_string_pretty(&package.facts).unwrap()), serde_json::to_string(&package.facts).unwrap());
    }

    #[test]
    fn sha256_gives_the_standard_digests() {
        let hex = |digest: [u8; 32]| digest.iter().map(|byte| format!("{byte:02x}")).collect::<String>();
        // FIPS 180-4's examples: one block, two blocks; the empty message; a message whose
        // padding needs a block of its own (56 bytes); the same as two parts.
        assert_eq!(hex(sha256(&[b"abc"])), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assert_eq!(hex(sha256(&[b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"])), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        assert_eq!(hex(sha256(&[b""])), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assert_eq!(hex(sha256(&[b"abcdbcdecdefdefgefghfghighijhijk", b"ijkljklmklmnlmnomnopnopq"])), hex(sha256(&[b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"])));
        let million = vec![b'a'; 1_000_000];
        assert_eq!(hex(sha256(&[&million])), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }
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

    /// Every module of every mask, for codes of every character and the longest text, is the
    /// general encoder's (qrcodegen, a dev-dependency) at version 1, level H.
    #[test]
    fn the_small_encoder_draws_what_qrcodegen_draws() {
        use qrcodegen::{Mask, QrCode, QrCodeEcc, QrSegment, Version};
        let mut texts: Vec<String> = vec!["ABCD-1234".into(), "0000-0000".into(), "FFFF-FFFF".into(), code_of(PACKAGE).to_string(), "A".into(), "HELLO $%*+-./:".chars().take(10).collect()];
        for n in 0u32..64 {
            let digits = format!("{:08X}", n.wrapping_mul(0x9E37_79B9));
            texts.push(format!("{}-{}", &digits[..4], &digits[4..]));
        }
        for text in &texts {
            for mask in 0..8u8 {
                let ours = qr::encode(text, mask).unwrap_or_else(|| panic!("{text:?}"));
                let segments = QrSegment::make_segments(text);
                let theirs = QrCode::encode_segments_advanced(&segments, QrCodeEcc::High, Version::new(1), Version::new(1), Some(Mask::new(mask)), false).unwrap();
                assert_eq!(theirs.size(), qr::SIZE as i32);
                for y in 0..qr::SIZE {
                    for x in 0..qr::SIZE {
                        assert_eq!(ours[y][x], theirs.get_module(x as i32, y as i32), "{text:?} mask {mask} at ({x}, {y})");
                    }
                }
            }
        }
        // Not alphanumeric, or too long for version 1 at level H: no code.
        assert!(qr::encode("abcd", 0).is_none());
        assert!(qr::encode("ABCDEFGHIJK", 0).is_none());
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
