//! 附件6's "身份证件号" is the number of any identity document, not only a 居民身份证: a staff
//! member from Hong Kong, Macao or Taiwan, or a foreigner, holds another one. The kind is chosen
//! with the number; the mainland ID keeps its full check ([`IdNumber::parse`]), the others get
//! the format their issuer publishes.
//!
//! - 港澳台居民居住证 (GB 11643 layout): 18 characters with the ID check character, address code
//!   810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan).
//! - 港澳居民来往内地通行证: `H` (Hong Kong) or `M` (Macao) and 8 digits; cards issued before
//!   2013 add 2 digits for the number of issues.
//! - 台湾居民来往大陆通行证: the card issued since 2015, 8 digits (the old booklets, valid five
//!   years, have all expired).
//! - 护照: ICAO 9303's document number (up to 9 characters) with its optional overflow, so 5 to
//!   17 capital letters and digits, at least one digit.
//! - 外国人永久居留身份证: the 2017 card, 3 letters of the nationality and 12 digits; the 2023
//!   card, 18 characters starting with 9 in the GB 11643 layout (birth date, check character).

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::core::forms::codes::{CodeError, IdNumber};
use crate::core::text::Bilingual;

/// The kind of identity document whose number 附件6 holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(test, derive(schemars::JsonSchema, proptest_derive::Arbitrary))]
pub enum IdDocumentKind {
    /// 居民身份证.
    #[default]
    ResidentIdCard,
    /// 港澳台居民居住证.
    HkMacaoTaiwanResidencePermit,
    /// 港澳居民来往内地通行证.
    HkMacaoTravelPermit,
    /// 台湾居民来往大陆通行证.
    TaiwanTravelPermit,
    /// 护照.
    Passport,
    /// 外国人永久居留身份证.
    ForeignPermanentResidentCard,
}

impl IdDocumentKind {
    pub const ALL: [IdDocumentKind; 6] = [
        IdDocumentKind::ResidentIdCard,
        IdDocumentKind::HkMacaoTaiwanResidencePermit,
        IdDocumentKind::HkMacaoTravelPermit,
        IdDocumentKind::TaiwanTravelPermit,
        IdDocumentKind::Passport,
        IdDocumentKind::ForeignPermanentResidentCard,
    ];

    /// For `skip_serializing_if`: a package of mainland IDs only stays as it was.
    pub fn is_resident_id_card(&self) -> bool {
        *self == IdDocumentKind::ResidentIdCard
    }

    pub fn label(self) -> Bilingual {
        let (zh, en) = match self {
            IdDocumentKind::ResidentIdCard => ("居民身份证", "Resident identity card"),
            IdDocumentKind::HkMacaoTaiwanResidencePermit => ("港澳台居民居住证", "Residence permit for Hong Kong, Macao and Taiwan residents"),
            IdDocumentKind::HkMacaoTravelPermit => ("港澳居民来往内地通行证", "Mainland travel permit for Hong Kong and Macao residents"),
            IdDocumentKind::TaiwanTravelPermit => ("台湾居民来往大陆通行证", "Mainland travel permit for Taiwan residents"),
            IdDocumentKind::Passport => ("护照", "Passport"),
            IdDocumentKind::ForeignPermanentResidentCard => ("外国人永久居留身份证", "Foreign permanent resident ID card"),
        };
        Bilingual { zh, en }
    }

    /// Checks a number of this kind; surrounding spaces are ignored, as in [`IdNumber::parse`].
    pub fn check(self, input: &str) -> Result<(), CodeError> {
        self.check_as_of(input, jiff::civil::Date::MAX)
    }

    /// [`IdDocumentKind::check`], and a birth date the number carries (the 18-character kinds)
    /// is not after `today` ([`IdNumber::parse_as_of`]; the core reads no clock).
    pub fn check_as_of(self, input: &str, today: jiff::civil::Date) -> Result<(), CodeError> {
        let number = input.trim();
        let digits = |text: &str| !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
        let kind = self.label();
        let wrong = |zh_format: &str, en_format: &str| {
            Err(CodeError { message: crate::core::evaluate::Text::new(format!("{}号码格式不对，应为{zh_format}", kind.zh), format!("not a number of a {}: {en_format}", crate::core::text::lower_first(kind.en))) })
        };
        match self {
            IdDocumentKind::ResidentIdCard => IdNumber::parse_as_of(number, today).map(|_| ()),
            IdDocumentKind::HkMacaoTaiwanResidencePermit => {
                if !["810000", "820000", "830000"].iter().any(|code| number.starts_with(code)) {
                    return wrong("以810000（香港）、820000（澳门）或830000（台湾）开头的18位号码", "18 characters starting with 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan)");
                }
                IdNumber::parse_as_of(number, today).map(|_| ())
            }
            IdDocumentKind::HkMacaoTravelPermit => {
                let (letter, rest) = number.split_at(number.chars().next().map_or(0, char::len_utf8));
                if matches!(letter, "H" | "M") && digits(rest) && matches!(rest.len(), 8 | 10) {
                    Ok(())
                } else {
                    wrong("H或M加8位数字（2013年前的卡为10位）", "H or M and 8 digits (10 on cards issued before 2013)")
                }
            }
            IdDocumentKind::TaiwanTravelPermit => {
                if digits(number) && number.len() == 8 {
                    Ok(())
                } else {
                    wrong("8位数字", "8 digits")
                }
            }
            IdDocumentKind::Passport => {
                let allowed = number.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
                if allowed && (5..=17).contains(&number.len()) && number.bytes().any(|b| b.is_ascii_digit()) {
                    Ok(())
                } else {
                    wrong("5至17位大写字母和数字", "5 to 17 capital letters and digits")
                }
            }
            IdDocumentKind::ForeignPermanentResidentCard => {
                let old_card = number.len() == 15 && number[..3].bytes().all(|b| b.is_ascii_uppercase()) && digits(&number[3..]);
                if old_card {
                    return Ok(());
                }
                if number.len() == 18 && number.starts_with('9') {
                    return IdNumber::parse_foreign_permanent_resident(number, today).map(|_| ());
                }
                wrong("3位字母加12位数字（2017年版），或以9开头的18位号码（2023年版）", "3 letters and 12 digits (2017 card), or 18 characters starting with 9 (2023 card)")
            }
        }
    }
}

/// A document number with its kind, as the printed 身份证件号 column shows it: the number alone
/// for a 居民身份证, `护照：E12345678` for the others, so the office knows what to look for.
pub struct DocumentNumber<'a> {
    pub kind: IdDocumentKind,
    pub number: &'a str,
}

impl fmt::Display for DocumentNumber<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let number = self.number.trim();
        if self.kind.is_resident_id_card() || number.is_empty() {
            f.write_str(number)
        } else {
            write!(f, "{}：{number}", self.kind.label().zh)
        }
    }
}

/// Reads `护照：E12345678` back (a spreadsheet exported by the app): the kind named before a
/// colon, else a 居民身份证.
pub fn split_document_number(text: &str) -> (IdDocumentKind, &str) {
    for kind in IdDocumentKind::ALL {
        for colon in ["：", ":"] {
            if let Some(number) = text.trim().strip_prefix(kind.label().zh).and_then(|rest| rest.strip_prefix(colon)) {
                return (kind, number.trim());
            }
        }
    }
    (IdDocumentKind::ResidentIdCard, text.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_checks_its_own_format() {
        use IdDocumentKind::*;
        let valid = [
            (ResidentIdCard, "11010519491231002X"),
            (HkMacaoTaiwanResidencePermit, &residence_permit("810000", "19900101", "123")),
            (HkMacaoTravelPermit, "H12345678"),
            (HkMacaoTravelPermit, "M1234567801"),
            (TaiwanTravelPermit, "01234567"),
            (Passport, "E12345678"),
            (Passport, "K1234567"),
            (ForeignPermanentResidentCard, "USA110080101001"),
            (ForeignPermanentResidentCard, &residence_permit("931840", "19800101", "001")),
        ];
        for (kind, number) in valid {
            assert_eq!(kind.check(number), Ok(()), "{kind:?} {number}");
        }
        let invalid = [
            (ResidentIdCard, "E12345678"),
            (HkMacaoTaiwanResidencePermit, "11010519491231002X"),
            (HkMacaoTravelPermit, "C12345678"),
            (HkMacaoTravelPermit, "H1234567"),
            (TaiwanTravelPermit, "1234567"),
            (Passport, "e12345678"),
            (Passport, "ABCDEFG"),
            (ForeignPermanentResidentCard, "US1110080101001"),
            (ForeignPermanentResidentCard, "931840198001010010"),
        ];
        for (kind, number) in invalid {
            let error = kind.check(number).expect_err(number);
            assert!(!error.message.zh.is_empty() && !error.message.en.ends_with('.'), "{error:?}");
        }
        // The 2023 card's first digit 9 is no province: a birth date after the day is what is wrong.
        let future = residence_permit("931840", "20300101", "001");
        let error = ForeignPermanentResidentCard.check_as_of(&future, jiff::civil::date(2026, 11, 30)).expect_err("born after the day");
        assert!(error.message.zh.contains("晚于今天"), "{error:?}");
    }

    /// An 18-character number in the GB 11643 layout with its check character computed.
    fn residence_permit(area: &str, birth: &str, sequence: &str) -> String {
        let body = format!("{area}{birth}{sequence}");
        format!("{body}{}", crate::core::forms::codes::id_number_check_char(&body).unwrap())
    }

    #[test]
    fn the_printed_number_names_its_kind_and_reads_back() {
        let printed = DocumentNumber { kind: IdDocumentKind::Passport, number: " E12345678 " }.to_string();
        assert_eq!(printed, "护照：E12345678");
        assert_eq!(split_document_number(&printed), (IdDocumentKind::Passport, "E12345678"));
        assert_eq!(DocumentNumber { kind: IdDocumentKind::ResidentIdCard, number: "11010519491231002X" }.to_string(), "11010519491231002X");
        assert_eq!(split_document_number("11010519491231002X"), (IdDocumentKind::ResidentIdCard, "11010519491231002X"));
    }
}
