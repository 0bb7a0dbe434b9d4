//! The receiving offices an office user can pick as "who am I", and whether a package's route
//! names one of them.
//!
//! The offices are the authorities of `data/rules/routes.toml` — the three provincial ones
//! (省人社厅, 省职业技能等级评价指导中心, 省教育厅) and the two place-level ones (the HR bureau
//! and the education bureau) for each of the 19 receiving places of `data/places.csv` — so every
//! office the route can return is in the list, and nothing else. A code is stable: the
//! authority's id, and for a place-level office `:` and the place's code (`place-hrss:4107`,
//! 新乡市人社局).

use serde::Serialize;

use crate::core::evaluate::{AuthorityOut, Text};
use crate::core::reference::place::{RECEIVING_PLACES, ReceivingPlace};
use crate::core::rules::{AUTHORITIES, Authority, AuthorityLevel};

/// One receiving office.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Office {
    /// `province-hrss`, `province-evaluation-center`, `province-education`, or
    /// `place-hrss:<place>` / `place-education:<place>`.
    pub code: String,
    /// The authority's id in `routes.toml`.
    pub authority: &'static str,
    pub level: AuthorityLevel,
    /// The receiving place's code for a place-level office.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<&'static str>,
    /// The place's name (`新乡市`), for 附件7/附件8's 地市 and the 填报单位.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place_name: Option<&'static str>,
    pub name: Text,
}

impl Office {
    fn new(authority: &'static Authority, place: Option<&'static ReceivingPlace>) -> Office {
        let fill = |text: &str| match place {
            Some(place) => text.replace("{place}", place.name),
            None => text.to_string(),
        };
        Office {
            code: match place {
                Some(place) => format!("{}:{}", authority.id, place.code),
                None => authority.id.to_string(),
            },
            authority: authority.id,
            level: authority.level,
            place: place.map(|place| place.code),
            place_name: place.map(|place| place.name),
            name: Text::new(fill(authority.name.zh), fill(authority.name.en)),
        }
    }

    /// Whether a route's office (an [`AuthorityOut`]) is this office.
    pub fn is(&self, office: &AuthorityOut) -> bool {
        office.id == self.authority && office.place == self.place
    }

    /// Whether the office is an education department (the school path, 3.3).
    pub fn is_education(&self) -> bool {
        self.authority.contains("education")
    }
}

/// The code of a route's office, as [`Office::code`].
pub fn office_code(office: &AuthorityOut) -> String {
    match office.place {
        Some(place) => format!("{}:{place}", office.id),
        None => office.id.to_string(),
    }
}

/// Every office, provincial ones first (in `routes.toml`'s order), then for each receiving place
/// (in `places.csv`'s order) its place-level offices.
pub fn receiving_offices() -> Vec<Office> {
    let mut offices: Vec<Office> = AUTHORITIES.iter().filter(|authority| authority.level == AuthorityLevel::Province).map(|authority| Office::new(authority, None)).collect();
    for place in RECEIVING_PLACES {
        offices.extend(AUTHORITIES.iter().filter(|authority| authority.level == AuthorityLevel::Place).map(|authority| Office::new(authority, Some(place))));
    }
    offices
}

/// The office with this code. A bare place code (`4107`) is that place's HR bureau, the office
/// most clerks mean, so the command line takes `--office 4107`.
pub fn office_by_code(code: &str) -> Option<Office> {
    let code = code.trim();
    let code = if RECEIVING_PLACES.iter().any(|place| place.code == code) { format!("place-hrss:{code}") } else { code.to_string() };
    receiving_offices().into_iter().find(|office| office.code == code)
}
