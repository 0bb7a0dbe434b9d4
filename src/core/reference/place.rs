//! Henan's receiving places (受理地) and the county-level units under each, from
//! `data/places.csv` and `data/counties.csv`.
//!
//! The guide routes most applicants to "各省辖市、济源示范区、航空港区" (guide 1.3): the 17
//! prefecture-level cities plus 济源示范区 and 航空港区, 19 places. 航空港区 (郑州航空港经济综合
//! 实验区, statistical code 410173) is counted under 郑州市 by the statistics office but receives
//! applications itself, so its county-level unit maps to it, not to 郑州市.

/// A receiving place: a city, 济源示范区 or 航空港区.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReceivingPlace {
    /// Division code: `4101` for a city, `4190` for 济源示范区, `410173` for 航空港区.
    pub code: &'static str,
    /// The name the guide uses, `郑州市`, `济源示范区`, `航空港区`.
    pub name: &'static str,
    /// The full name, for a result letter or a form.
    pub full_name: &'static str,
    /// The name in the offices' English names (`Xinxiang Municipal`), `data/place-names-en.csv`.
    pub name_en: &'static str,
}

/// A county-level unit (县、区、县级市 or a statistical zone).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct County {
    /// Six-digit division code, `410102`.
    pub code: &'static str,
    pub name: &'static str,
    place_index: u8,
}

include!(concat!(env!("OUT_DIR"), "/reference_places.rs"));

impl County {
    /// The receiving place this county files with.
    pub fn receiving_place(&self) -> &'static ReceivingPlace {
        &RECEIVING_PLACES[self.place_index as usize]
    }
}

/// Looks a receiving place up by its code.
pub fn receiving_place_by_code(code: &str) -> Option<&'static ReceivingPlace> {
    RECEIVING_PLACES.iter().find(|place| place.code == code)
}

/// Looks a county up by its six-digit code.
pub fn county_by_code(code: &str) -> Option<&'static County> {
    COUNTIES.binary_search_by(|county| county.code.cmp(code)).ok().map(|index| &COUNTIES[index])
}

/// The receiving place for a county, by the county's six-digit code.
pub fn receiving_place_for_county(code: &str) -> Option<&'static ReceivingPlace> {
    county_by_code(code).map(County::receiving_place)
}

/// The receiving place for an answer that is either a place's own code (`4107`) or one of its
/// counties' codes (`410783`): what the user may choose on the place question.
pub fn receiving_place_for_code(code: &str) -> Option<&'static ReceivingPlace> {
    receiving_place_by_code(code).or_else(|| receiving_place_for_county(code))
}

/// The counties under a receiving place, in code order.
pub fn counties_of(place: &ReceivingPlace) -> impl Iterator<Item = &'static County> + '_ {
    COUNTIES.iter().filter(move |county| county.receiving_place().code == place.code)
}
