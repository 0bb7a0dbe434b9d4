//! The standards an occupation is evaluated against (the form's 评价标准 column), from
//! `data/standards.csv`.
//!
//! No complete public list of national occupational skill standards exists to derive this table
//! from, so it holds only rows with a checkable source (today none) and a host extends it. The
//! user can always supply the standard for an occupation the table does not cover, as a
//! [`SuppliedStandard`]; guide 1.6 asks for 国家职业标准 or an evaluation norm filed with the
//! ministry, and 1.8.7 for 行业、企业评价规范.

use std::fmt;

use super::occupation::OccupationCode;
use crate::core::text::Bilingual;

/// What kind of standard a standard is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StandardKind {
    /// 国家职业标准 (national occupational skill standard).
    NationalStandard,
    /// 经人力资源和社会保障部备案公示的评价规范 (evaluation norm filed with the ministry).
    EvaluationNorm,
    /// 行业、企业评价规范 (industry or enterprise evaluation norm).
    IndustryOrEnterpriseNorm,
}

impl StandardKind {
    pub const ALL: [StandardKind; 3] =
        [StandardKind::NationalStandard, StandardKind::EvaluationNorm, StandardKind::IndustryOrEnterpriseNorm];

    /// The id used in `data/standards.csv` and in packages.
    pub fn id(self) -> &'static str {
        match self {
            StandardKind::NationalStandard => "national-standard",
            StandardKind::EvaluationNorm => "evaluation-norm",
            StandardKind::IndustryOrEnterpriseNorm => "industry-enterprise-norm",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.id() == id)
    }

    pub fn label(self) -> Bilingual {
        match self {
            StandardKind::NationalStandard => {
                Bilingual { zh: "国家职业标准", en: "national occupational skill standard" }
            }
            StandardKind::EvaluationNorm => Bilingual {
                zh: "经人力资源和社会保障部备案公示的评价规范",
                en: "evaluation norm filed with the Ministry of Human Resources and Social Security",
            },
            StandardKind::IndustryOrEnterpriseNorm => {
                Bilingual { zh: "行业、企业评价规范", en: "industry or enterprise evaluation norm" }
            }
        }
    }
}

/// The skill levels a standard covers: 5 (五级/初级工) to 1 (一级/高级技师), as a bit set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Levels(u8);

impl Levels {
    pub const fn from_bits(bits: u8) -> Self {
        Self(bits & 0b1_1111)
    }

    /// Levels from their numbers; `None` if a number is outside 1..=5.
    pub fn from_numbers(numbers: &[u8]) -> Option<Self> {
        numbers.iter().try_fold(Self(0), |levels, &n| (1..=5).contains(&n).then(|| Self(levels.0 | 1 << (n - 1))))
    }

    pub fn contains(self, level: u8) -> bool {
        (1..=5).contains(&level) && self.0 & (1 << (level - 1)) != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The covered levels from 5 (entry) down to 1 (highest), the order the forms use.
    pub fn numbers(self) -> impl Iterator<Item = u8> {
        (1..=5).rev().filter(move |&level| self.contains(level))
    }
}

/// A standard listed in `data/standards.csv`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Standard {
    pub occupation_code: &'static str,
    pub kind: StandardKind,
    pub name: &'static str,
    pub edition_year: Option<u16>,
    pub levels: Levels,
    /// Where the row comes from: a URL or a document number.
    pub source: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/reference_standards.rs"));

/// The listed standards for an occupation code (often none: the table is incomplete).
pub fn standards_for(occupation_code: &str) -> impl Iterator<Item = &'static Standard> + '_ {
    STANDARDS.iter().filter(move |standard| standard.occupation_code == occupation_code)
}

/// A standard the user names for an occupation the table does not cover.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SuppliedStandard {
    pub occupation_code: OccupationCode,
    pub kind: StandardKind,
    pub name: String,
    pub edition_year: Option<u16>,
    pub levels: Levels,
}

/// Why a supplied standard was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SuppliedStandardError {
    EmptyName,
    EditionYearOutOfRange,
    NoLevels,
}

impl fmt::Display for SuppliedStandardError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SuppliedStandardError::EmptyName => "enter the standard's name",
            SuppliedStandardError::EditionYearOutOfRange => "the edition year must be between 1949 and 2100",
            SuppliedStandardError::NoLevels => "choose at least one skill level",
        })
    }
}

impl std::error::Error for SuppliedStandardError {}

impl SuppliedStandard {
    pub fn new(
        occupation_code: OccupationCode,
        kind: StandardKind,
        name: &str,
        edition_year: Option<u16>,
        levels: Levels,
    ) -> Result<Self, SuppliedStandardError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(SuppliedStandardError::EmptyName);
        }
        if edition_year.is_some_and(|year| !(1949..=2100).contains(&year)) {
            return Err(SuppliedStandardError::EditionYearOutOfRange);
        }
        if levels.is_empty() {
            return Err(SuppliedStandardError::NoLevels);
        }
        Ok(Self { occupation_code, kind, name: name.to_owned(), edition_year, levels })
    }
}

/// The standard behind one occupation row: listed in the table, or supplied by the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StandardChoice {
    Listed(&'static Standard),
    Supplied(SuppliedStandard),
}

impl StandardChoice {
    pub fn kind(&self) -> StandardKind {
        match self {
            StandardChoice::Listed(standard) => standard.kind,
            StandardChoice::Supplied(standard) => standard.kind,
        }
    }

    pub fn name(&self) -> &str {
        match self {
            StandardChoice::Listed(standard) => standard.name,
            StandardChoice::Supplied(standard) => &standard.name,
        }
    }

    pub fn levels(&self) -> Levels {
        match self {
            StandardChoice::Listed(standard) => standard.levels,
            StandardChoice::Supplied(standard) => standard.levels,
        }
    }

    /// A supplied standard was not checked against any list: the result must say it needs
    /// confirmation against the official list of occupations that may be filed.
    pub fn needs_confirmation(&self) -> bool {
        matches!(self, StandardChoice::Supplied(_))
    }
}
