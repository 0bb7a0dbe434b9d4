//! The guide's seven procedures, from `data/procedures.toml`.

use super::text::Bilingual;

/// One of the guide's seven procedures (parts 一 to 七).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Procedure {
    /// Stable id used in URLs and packages, e.g. `first-employer`.
    pub id: &'static str,
    /// The guide's part number (一…七 → 1…7); also the citation of the procedure as a whole.
    pub part: u8,
    /// Citation of the 适用范围 section the scope text comes from, e.g. `1.1`.
    pub scope_clause: &'static str,
    pub title: Bilingual,
    /// One line for the start page: who this procedure is for.
    pub summary: Bilingual,
    /// The guide's own 适用范围 text (Chinese) and its translation.
    pub scope: Bilingual,
}

include!(concat!(env!("OUT_DIR"), "/procedures.rs"));

impl Procedure {
    /// Looks a procedure up by its URL id.
    pub fn by_id(id: &str) -> Option<&'static Procedure> {
        PROCEDURES.iter().find(|procedure| procedure.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_procedure_is_found_by_its_id() {
        for procedure in PROCEDURES {
            assert_eq!(Procedure::by_id(procedure.id), Some(procedure));
        }
        assert_eq!(Procedure::by_id("no-such-procedure"), None);
    }
}
