//! The codes and numbers a form holds, parsed once at the edge into types.
//!
//! A form stores what the user typed (a half-typed code must survive autosave and export), and
//! validation parses each value with the functions here. Whatever holds a [`CreditCode`],
//! [`IdNumber`] or [`PhoneNumber`] holds a valid one: the check is in the type, not repeated.
//!
//! Parsing is strict about case (`x` is not `X`): the UI upper-cases as the user types, and a
//! strict parser keeps the property "every single-character change is rejected" exact.

use std::fmt;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::core::evaluate::Text;
use crate::core::text::Bilingual;

/// Why a code or number is not valid, in both languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeError {
    pub message: Text,
}

impl CodeError {
    fn new(zh: impl Into<String>, en: impl Into<String>) -> CodeError {
        CodeError { message: Text::new(zh, en) }
    }
}

impl fmt::Display for CodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message.en)
    }
}

impl std::error::Error for CodeError {}

// ------------------------------------------------------------ 统一社会信用代码 (GB 32100-2015)

/// The 31 characters of GB 32100-2015, in the order of their values 0–30 (no I, O, S, V, Z).
pub const CREDIT_CODE_CHARSET: &str = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/// The weights of positions 1–17 (3^(i-1) mod 31).
const CREDIT_CODE_WEIGHTS: [u32; 17] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/// A 统一社会信用代码 whose characters and check character are right.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CreditCode(String);

fn credit_char_value(character: char) -> Option<u32> {
    CREDIT_CODE_CHARSET.find(character).map(|index| index as u32)
}

/// The check character for the first 17 characters, or `None` if one is outside the set.
pub fn credit_code_check_char(first_17: &str) -> Option<char> {
    if first_17.chars().count() != 17 {
        return None;
    }
    let mut sum = 0;
    for (character, weight) in first_17.chars().zip(CREDIT_CODE_WEIGHTS) {
        sum += credit_char_value(character)? * weight;
    }
    let check = (31 - sum % 31) % 31;
    CREDIT_CODE_CHARSET.chars().nth(check as usize)
}

impl CreditCode {
    /// Parses a code; surrounding spaces are ignored, nothing else is forgiven.
    pub fn parse(input: &str) -> Result<CreditCode, CodeError> {
        let code = input.trim();
        let length = code.chars().count();
        if length != 18 {
            return Err(CodeError::new(
                format!("统一社会信用代码应为18位，现为{length}位"),
                format!("a unified social credit code has 18 characters, this has {length}"),
            ));
        }
        if let Some((position, character)) = code.chars().enumerate().find(|(_, c)| credit_char_value(*c).is_none()) {
            let hint = if character.is_ascii_lowercase() { "（字母须大写）" } else { "（不含I、O、S、V、Z）" };
            let hint_en = if character.is_ascii_lowercase() { " (letters are capitals)" } else { " (I, O, S, V and Z are not used)" };
            return Err(CodeError::new(
                format!("第{}位“{character}”不是统一社会信用代码可用的字符{hint}", position + 1),
                format!("character {} {character:?} is not allowed in a unified social credit code{hint_en}", position + 1),
            ));
        }
        // Position 2 is the 机构类别 (a digit) and positions 3–8 the registering office's
        // 行政区划码 (six digits): GB 32100-2015, 4.2 and 4.3.
        if let Some((position, character)) = code.chars().enumerate().skip(1).take(7).find(|(_, c)| !c.is_ascii_digit()) {
            return Err(CodeError::new(
                format!("第{}位“{character}”应为数字：统一社会信用代码第2位是机构类别，第3–8位是行政区划码，都是数字", position + 1),
                format!("character {} {character:?} must be a digit: positions 2 to 8 of a unified social credit code (the kind of organisation and the area code) are digits", position + 1),
            ));
        }
        let expected = credit_code_check_char(&code[..17]).expect("17 characters from the set");
        let found = code.chars().nth(17).expect("18 characters");
        if expected != found {
            return Err(CodeError::new(
                "统一社会信用代码校验位不符，请核对是否有字符输错",
                "the check character does not match: a character is probably mistyped",
            ));
        }
        Ok(CreditCode(code.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for CreditCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

// ------------------------------------------------------------ 居民身份证号码 (GB 11643-1999)

/// The weights of positions 1–17 (2^(17-i) mod 11).
const ID_WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/// The check character for each remainder of the weighted sum mod 11 (ISO 7064 MOD 11-2).
const ID_CHECK_CHARS: [char; 11] = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'];

/// An 18-digit 居民身份证号码 with a real birth date and a right check character.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct IdNumber {
    number: String,
    birth_date: Date,
}

/// The first two digits of an ID number: the province-level divisions of GB/T 2260, with 71
/// (台湾), 81 (香港), 82 (澳门) and the 83 of the residence permits of Taiwan residents
/// (港澳台居民居住证 carry 81, 82 and 83 in the same 18-character form).
const ID_PROVINCES: [u8; 35] = [
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83,
];

/// The check character for the first 17 digits, or `None` if they are not 17 digits.
pub fn id_number_check_char(first_17: &str) -> Option<char> {
    if first_17.len() != 17 || !first_17.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let sum: u32 = first_17.bytes().zip(ID_WEIGHTS).map(|(digit, weight)| u32::from(digit - b'0') * weight).sum();
    Some(ID_CHECK_CHARS[(sum % 11) as usize])
}

impl IdNumber {
    /// Parses an 18-character number as of `today`: [`IdNumber::parse`], and the birth date it
    /// gives is not after `today` (the core reads no clock: the caller passes the day).
    pub fn parse_as_of(input: &str, today: Date) -> Result<IdNumber, CodeError> {
        IdNumber::parse(input)?.born_by(today)
    }

    /// The number, if the birth date it gives is not after `today`.
    fn born_by(self, today: Date) -> Result<IdNumber, CodeError> {
        if self.birth_date > today {
            let digits = &self.number[6..14];
            return Err(CodeError::new(
                format!("身份证号码中的出生日期{digits}晚于今天（{}），请核对第7–14位", crate::core::iso_date::format(today)),
                format!("the birth date {digits} in the ID number is after today ({}): check characters 7 to 14", crate::core::iso_date::format(today)),
            ));
        }
        Ok(self)
    }

    /// Parses an 18-character number; surrounding spaces are ignored. The 15-digit numbers of
    /// before 1999 are not accepted: every card in use today carries 18. The birth date must
    /// exist and be in 1800 or later; whether it is after today is [`IdNumber::parse_as_of`]'s
    /// check, since only the caller knows the day.
    pub fn parse(input: &str) -> Result<IdNumber, CodeError> {
        IdNumber::parse_checking_province(input, true)
    }

    /// The 2023 外国人永久居留身份证 has the resident ID's length, birth date and check character,
    /// but starts with 9 and its province code follows (positions 2–3), so its first two digits
    /// are no province.
    pub fn parse_foreign_permanent_resident(input: &str, today: Date) -> Result<IdNumber, CodeError> {
        IdNumber::parse_checking_province(input, false)?.born_by(today)
    }

    fn parse_checking_province(input: &str, check_province: bool) -> Result<IdNumber, CodeError> {
        let number = input.trim();
        let length = number.chars().count();
        if length != 18 {
            return Err(CodeError::new(
                format!("身份证号码应为18位，现为{length}位"),
                format!("an ID number has 18 characters, this has {length}"),
            ));
        }
        if let Some(position) = number[..].chars().take(17).position(|c| !c.is_ascii_digit()) {
            return Err(CodeError::new(
                format!("身份证号码前17位应为数字，第{}位不是", position + 1),
                format!("the first 17 characters of an ID number are digits; character {} is not", position + 1),
            ));
        }
        let check = number[17..].chars().next().expect("18 characters");
        if !(check.is_ascii_digit() || check == 'X') {
            let hint = if check == 'x' { "（请用大写X）" } else { "" };
            let hint_en = if check == 'x' { " (use a capital X)" } else { "" };
            return Err(CodeError::new(
                format!("身份证号码最后一位应为数字或X{hint}"),
                format!("the last character of an ID number is a digit or X{hint_en}"),
            ));
        }
        let province: u8 = number[..2].parse().expect("digits");
        if check_province && !ID_PROVINCES.contains(&province) {
            return Err(CodeError::new(
                format!("身份证号码前两位“{}”不是省级行政区代码（如河南为41），请核对", &number[..2]),
                format!("the first two digits {:?} of the ID number are not a province code (Henan is 41): check them", &number[..2]),
            ));
        }
        let year: i16 = number[6..10].parse().expect("digits");
        let month: i8 = number[10..12].parse().expect("digits");
        let day: i8 = number[12..14].parse().expect("digits");
        let birth_date = match Date::new(year, month, day) {
            // 1800 and on: the standard's own examples include a birth in 1880.
            Ok(date) if year >= 1800 => date,
            _ => {
                return Err(CodeError::new(
                    format!("身份证号码中的出生日期{}不存在", &number[6..14]),
                    format!("the birth date {} in the ID number does not exist", &number[6..14]),
                ));
            }
        };
        if id_number_check_char(&number[..17]) != Some(check) {
            return Err(CodeError::new(
                "身份证号码校验位不符，请核对是否有数字输错",
                "the check character does not match: a digit is probably mistyped",
            ));
        }
        Ok(IdNumber { number: number.to_string(), birth_date })
    }

    pub fn as_str(&self) -> &str {
        &self.number
    }

    pub fn birth_date(&self) -> Date {
        self.birth_date
    }

    /// The number with its middle hidden, for showing on screen: see [`mask_id_number`].
    pub fn masked(&self) -> String {
        mask_id_number(&self.number)
    }
}

impl fmt::Display for IdNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.number)
    }
}

/// Hides an ID number's middle for the screen: the first 4 and last 4 characters stay
/// (`4101**********123X`), every other character becomes `*`. Works on any text, valid or not,
/// so the UI can mask what the user typed before it is valid; text of 8 characters or fewer is
/// masked entirely, since showing it would show most of it.
pub fn mask_id_number(number: &str) -> String {
    let characters: Vec<char> = number.trim().chars().collect();
    if characters.len() <= 8 {
        return "*".repeat(characters.len());
    }
    let keep_tail = characters.len() - 4;
    characters
        .iter()
        .enumerate()
        .map(|(index, character)| if index < 4 || index >= keep_tail { *character } else { '*' })
        .collect()
}

// ------------------------------------------------------------ telephone numbers

/// A mainland mobile number or a landline number with its area code.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum PhoneNumber {
    /// 11 digits, `1[3-9]` then 9 digits.
    Mobile(String),
    /// Area code (0 and 2–3 digits), number (7–8 digits, not starting with 0), optional
    /// extension (1–6 digits), written `0371-12345678-801`.
    Landline { area_code: String, number: String, extension: Option<String> },
}

impl PhoneNumber {
    /// Parses a mobile (`13812345678`) or a landline (`0371-12345678`, `037112345678`,
    /// `(0371)12345678`, `0371-12345678-801`, `0371-12345678转801`). Spaces are ignored.
    pub fn parse(input: &str) -> Result<PhoneNumber, CodeError> {
        let compact: String = input.chars().filter(|c| !c.is_whitespace()).collect();
        if compact.is_empty() {
            return Err(CodeError::new("请填写电话号码", "enter a telephone number"));
        }
        if compact.starts_with('1') {
            return parse_mobile(&compact);
        }
        parse_landline(&compact).ok_or_else(|| {
            CodeError::new(
                "电话号码格式不对：手机号为11位（1开头），固定电话写作“区号-号码”，如0371-12345678，分机可写作-801",
                "not a telephone number: a mobile has 11 digits starting with 1, a landline is area code and number, like 0371-12345678, with an optional extension -801",
            )
        })
    }

    pub fn is_mobile(&self) -> bool {
        matches!(self, PhoneNumber::Mobile(_))
    }
}

impl fmt::Display for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PhoneNumber::Mobile(number) => f.write_str(number),
            PhoneNumber::Landline { area_code, number, extension } => {
                write!(f, "{area_code}-{number}")?;
                if let Some(extension) = extension {
                    write!(f, "-{extension}")?;
                }
                Ok(())
            }
        }
    }
}

fn parse_mobile(compact: &str) -> Result<PhoneNumber, CodeError> {
    let bytes = compact.as_bytes();
    let valid = bytes.len() == 11 && bytes.iter().all(u8::is_ascii_digit) && (b'3'..=b'9').contains(&bytes[1]);
    if valid {
        Ok(PhoneNumber::Mobile(compact.to_string()))
    } else {
        Err(CodeError::new(
            "手机号码应为11位数字，以13–19开头",
            "a mobile number has 11 digits and starts with 13 to 19",
        ))
    }
}

fn all_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

fn parse_landline(compact: &str) -> Option<PhoneNumber> {
    // (0371)12345678 is written like 0371-12345678.
    let normalised = match compact.strip_prefix('(').or_else(|| compact.strip_prefix('（')) {
        Some(rest) => rest.replacen([')', '）'], "-", 1),
        None => compact.to_string(),
    };
    let normalised = normalised.replace('转', "-");
    let mut parts = normalised.split('-');
    let first = parts.next()?;
    let (area_code, number, extension) = if first.len() >= 10 && !normalised.contains('-') {
        // Written without a dash: the area code is 3 digits for 010 and 02x, else 4.
        let area_length = if first.starts_with("01") || first.starts_with("02") { 3 } else { 4 };
        (first.get(..area_length)?, first.get(area_length..)?, None)
    } else {
        (first, parts.next()?, parts.next())
    };
    if parts.next().is_some() {
        return None;
    }
    let area_ok = all_digits(area_code) && area_code.starts_with('0') && (3..=4).contains(&area_code.len());
    let number_ok = all_digits(number) && (7..=8).contains(&number.len()) && !number.starts_with('0');
    let extension_ok = extension.is_none_or(|extension| all_digits(extension) && extension.len() <= 6);
    (area_ok && number_ok && extension_ok).then(|| PhoneNumber::Landline {
        area_code: area_code.to_string(),
        number: number.to_string(),
        extension: extension.map(str::to_string),
    })
}

/// Checks an e-mail address loosely: one `@`, something before it, a dotted domain after it.
/// Stricter checks reject real addresses; the office will write to it anyway.
pub fn check_email(input: &str) -> Result<(), CodeError> {
    let address = input.trim();
    let valid = match address.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.split('.').count() >= 2
                && domain.split('.').all(|label| !label.is_empty())
                && !address.contains(char::is_whitespace)
        }
        None => false,
    };
    if valid { Ok(()) } else { Err(CodeError::new("电子邮箱格式不对，如 name@example.com", "not an e-mail address, like name@example.com")) }
}

// ------------------------------------------------------------ levels

/// A skill level, 一级 (高级技师) to 五级 (初级工). Written in JSON as its number 1–5.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub enum Level {
    One = 1,
    Two = 2,
    Three = 3,
    Four = 4,
    Five = 5,
}

impl Level {
    pub const ALL: [Level; 5] = [Level::One, Level::Two, Level::Three, Level::Four, Level::Five];

    pub fn number(self) -> u8 {
        self as u8
    }

    pub fn from_number(number: u8) -> Option<Level> {
        Level::ALL.get(usize::from(number).checked_sub(1)?).copied()
    }

    /// `一级/高级技师`, `Level 1 (senior technician)`: the form's own wording.
    pub fn label(self) -> Bilingual {
        let (zh, en) = match self {
            Level::One => ("一级/高级技师", "Level 1 (senior technician)"),
            Level::Two => ("二级/技师", "Level 2 (technician)"),
            Level::Three => ("三级/高级工", "Level 3 (senior worker)"),
            Level::Four => ("四级/中级工", "Level 4 (intermediate worker)"),
            Level::Five => ("五级/初级工", "Level 5 (junior worker)"),
        };
        Bilingual { zh, en }
    }

    /// `一级` … `五级`, the short name of 附件4's fee table.
    pub fn short_name(self) -> &'static str {
        ["一级", "二级", "三级", "四级", "五级"][self as usize - 1]
    }

    /// Reads a level as people write it: `三级`, `高级工`, `三级/高级工`, `三级（高级工）`, `3`.
    pub fn parse(input: &str) -> Result<Level, CodeError> {
        let text = input.trim();
        const NAMES: [(&str, &str); 5] = [("一级", "高级技师"), ("二级", "技师"), ("三级", "高级工"), ("四级", "中级工"), ("五级", "初级工")];
        let found = Level::ALL.into_iter().zip(NAMES).find(|(level, (grade, title))| {
            let number = level.number().to_string();
            text == number
                || text == *grade
                || text == *title
                || text == format!("{grade}/{title}")
                || text == format!("{grade}（{title}）")
                || text == format!("{grade}({title})")
        });
        found.map(|(level, _)| level).ok_or_else(|| {
            CodeError::new(
                format!("“{text}”不是职业技能等级：应为一级/高级技师、二级/技师、三级/高级工、四级/中级工或五级/初级工"),
                format!("{text:?} is not a skill level: use 一级/高级技师, 二级/技师, 三级/高级工, 四级/中级工 or 五级/初级工"),
            )
        })
    }
}

impl From<Level> for u8 {
    fn from(level: Level) -> u8 {
        level.number()
    }
}

impl TryFrom<u8> for Level {
    type Error = String;

    fn try_from(number: u8) -> Result<Level, String> {
        Level::from_number(number).ok_or_else(|| format!("level {number} does not exist; levels are 1 (一级) to 5 (五级)"))
    }
}

#[cfg(test)]
impl schemars::JsonSchema for Level {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Level".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A skill level: 1 一级/高级技师, 2 二级/技师, 3 三级/高级工, 4 四级/中级工, 5 五级/初级工",
            "type": "integer",
            "minimum": 1,
            "maximum": 5
        })
    }
}

#[cfg(test)]
impl proptest::arbitrary::Arbitrary for Level {
    type Parameters = ();
    type Strategy = proptest::sample::Select<Level>;

    fn arbitrary_with(_: ()) -> Self::Strategy {
        proptest::sample::select(Level::ALL.to_vec())
    }
}

#[cfg(test)]
pub(crate) mod strategies {
    //! Generators of valid codes: the check character is computed, never guessed.

    use proptest::prelude::*;

    use super::*;

    pub fn valid_credit_code() -> impl Strategy<Value = String> {
        let any_char = || proptest::sample::select(CREDIT_CODE_CHARSET.chars().collect::<Vec<_>>());
        (any_char(), proptest::collection::vec(proptest::char::range('0', '9'), 7), proptest::collection::vec(any_char(), 9)).prop_map(|(first, digits, rest)| {
            let body: String = std::iter::once(first).chain(digits).chain(rest).collect();
            let check = credit_code_check_char(&body).unwrap();
            format!("{body}{check}")
        })
    }

    pub fn valid_id_number() -> impl Strategy<Value = String> {
        let area = (proptest::sample::select(ID_PROVINCES.to_vec()), 0u32..=9999).prop_map(|(province, rest)| u32::from(province) * 10000 + rest);
        let birth = (1900i16..=2025, 1i8..=12, 1i8..=31).prop_filter_map("a real date", |(y, m, d)| Date::new(y, m, d).ok());
        (area, birth, 0u32..=999).prop_map(|(area, birth, sequence)| {
            let body = format!("{area:06}{:04}{:02}{:02}{sequence:03}", birth.year(), birth.month(), birth.day());
            let check = id_number_check_char(&body).unwrap();
            format!("{body}{check}")
        })
    }

    /// Characters a mistyping may put in a code: digits, capitals, lower case, a space, a CJK.
    pub fn any_replacement() -> impl Strategy<Value = char> {
        prop_oneof![
            proptest::char::range('0', '9'),
            proptest::char::range('A', 'Z'),
            proptest::char::range('a', 'z'),
            Just(' '),
            Just('号'),
        ]
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::strategies::*;
    use super::*;

    fn replace_at(text: &str, position: usize, replacement: char) -> String {
        text.chars().enumerate().map(|(index, c)| if index == position { replacement } else { c }).collect()
    }

    #[test]
    fn known_credit_codes() {
        // Published codes of real organisations (from their public registration notices).
        for code in ["91350100M000100Y43", "91110000802100433B", "12100000400000624D"] {
            CreditCode::parse(code).unwrap_or_else(|e| panic!("{code}: {e}"));
        }
        for (code, reason) in [
            ("91350100M000100Y4", "18 characters"),
            ("91350100M000100Y44", "check character"),
            ("91350100M000100I43", "not allowed"),
            ("91350100m000100Y43", "capitals"),
            // Letters where GB 32100 has the kind of organisation and the area code.
            ("LMEJ0BYWD91G1JKPBM", "character 2 'M' must be a digit"),
            ("9135A100M000100Y43", "character 5 'A' must be a digit"),
        ] {
            let err = CreditCode::parse(code).unwrap_err();
            assert!(err.message.en.contains(reason), "{code}: {err}");
        }
    }

    #[test]
    fn known_id_numbers() {
        // The two examples of GB 11643-1999 (one with the check character X).
        for number in ["11010519491231002X", "440524188001010014"] {
            let id = IdNumber::parse(number).unwrap_or_else(|e| panic!("{number}: {e}"));
            assert_eq!(id.as_str(), number);
        }
        assert_eq!(IdNumber::parse("11010519491231002X").unwrap().birth_date(), jiff::civil::date(1949, 12, 31));
        for (number, reason) in [
            ("11010519491231002", "18 characters"),
            ("11010519491231002x", "capital X"),
            ("110105194902300021", "birth date 19490230"),
            ("110105194912310021", "check character"),
            ("1101051949123100X1", "are digits; character 17"),
            // No province 78 (the check character is right).
            ("780105194912310024", "not a province code"),
            ("000105194912310029", "not a province code"),
        ] {
            let err = IdNumber::parse(number).unwrap_err();
            assert!(err.message.en.contains(reason), "{number}: {err}");
        }
        // Born after today: refused as of today, a valid number the day it was born.
        let born_2026_12_02 = format!("41010520261202001{}", id_number_check_char("41010520261202001").unwrap());
        let today = jiff::civil::date(2026, 12, 1);
        let err = IdNumber::parse_as_of(&born_2026_12_02, today).unwrap_err();
        assert!(err.message.en.contains("after today (2026-12-01)") && err.message.zh.contains("晚于今天"), "{err}");
        assert!(IdNumber::parse_as_of(&born_2026_12_02, jiff::civil::date(2026, 12, 2)).is_ok());
    }

    #[test]
    fn masking_keeps_the_ends() {
        assert_eq!(mask_id_number("41010519491231123X"), "4101**********123X");
        assert_eq!(mask_id_number(" 41010519491231123X "), "4101**********123X");
        assert_eq!(mask_id_number("41010519"), "********");
        assert_eq!(mask_id_number("4101051949"), "4101**1949");
        assert_eq!(IdNumber::parse("11010519491231002X").unwrap().masked(), "1101**********002X");
    }

    #[test]
    fn telephone_numbers() {
        let ok = [
            ("13812345678", "13812345678"),
            ("138 1234 5678", "13812345678"),
            ("0371-12345678", "0371-12345678"),
            ("037112345678", "0371-12345678"),
            ("010-8765432", "010-8765432"),
            ("(0371)66666666", "0371-66666666"),
            ("0371-66666666-801", "0371-66666666-801"),
            ("0371-66666666转801", "0371-66666666-801"),
        ];
        for (input, shown) in ok {
            let phone = PhoneNumber::parse(input).unwrap_or_else(|e| panic!("{input}: {e}"));
            assert_eq!(phone.to_string(), shown, "{input}");
        }
        for bad in ["", "12812345678", "1381234567", "371-12345678", "0371-0123456", "0371-12345", "0371-12345678-1234567", "0371-1234-5678-9", "电话"] {
            assert!(PhoneNumber::parse(bad).is_err(), "{bad:?} should be rejected");
        }
    }

    #[test]
    fn email_addresses() {
        assert!(check_email("office@example.com.cn").is_ok());
        for bad in ["", "office", "@example.com", "office@example", "a@b@c.cn", "of fice@example.com", "office@example..com"] {
            assert!(check_email(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn levels_read_as_people_write_them() {
        for (input, level) in [("三级", Level::Three), ("高级工", Level::Three), ("三级/高级工", Level::Three), ("三级（高级工）", Level::Three), ("1", Level::One), ("技师", Level::Two), ("五级/初级工", Level::Five)] {
            assert_eq!(Level::parse(input).unwrap(), level, "{input}");
        }
        for bad in ["六级", "0", "高级", "", "三级/初级工"] {
            assert!(Level::parse(bad).is_err(), "{bad:?}");
        }
        for level in Level::ALL {
            assert_eq!(Level::parse(level.label().zh).unwrap(), level);
            assert_eq!(serde_json::to_string(&level).unwrap(), level.number().to_string());
        }
        assert!(serde_json::from_str::<Level>("6").unwrap_err().to_string().contains("does not exist"));
    }

    proptest! {
        #[test]
        fn every_valid_credit_code_is_accepted(code in valid_credit_code()) {
            let parsed = CreditCode::parse(&code).unwrap();
            prop_assert_eq!(parsed.as_str(), code.as_str());
        }

        #[test]
        fn every_single_character_change_of_a_credit_code_is_rejected(
            code in valid_credit_code(), position in 0usize..18, replacement in any_replacement()
        ) {
            prop_assume!(code.chars().nth(position) != Some(replacement));
            let changed = replace_at(&code, position, replacement);
            prop_assert!(CreditCode::parse(&changed).is_err(), "{} accepted (from {})", changed, code);
        }

        #[test]
        fn every_valid_id_number_is_accepted(number in valid_id_number()) {
            let parsed = IdNumber::parse(&number).unwrap();
            prop_assert_eq!(parsed.as_str(), number.as_str());
        }

        #[test]
        fn every_single_character_change_of_an_id_number_is_rejected(
            number in valid_id_number(), position in 0usize..18, replacement in any_replacement()
        ) {
            prop_assume!(number.chars().nth(position) != Some(replacement));
            let changed = replace_at(&number, position, replacement);
            prop_assert!(IdNumber::parse(&changed).is_err(), "{} accepted (from {})", changed, number);
        }
    }
}
