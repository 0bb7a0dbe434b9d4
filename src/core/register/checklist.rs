//! The 受理 checklist of one package: the materials of its case — the evaluation's material
//! list, recomputed from the facts, with each material's copy and binding rule (2.8 and the
//! parts that inherit it) — as items the clerk ticks against the paper, each with a note. The
//! ticks and notes are the office's record ([`super::record::PackageRecord::ticks`]); the
//! applicant's own ticks (`ticked_materials` in the package) are shown beside them, never
//! taken for the office's.

use serde::Serialize;

use super::RegisterEntry;
use super::record::PackageRecord;
use crate::core::evaluate::{HandlingOut, MaterialOut};

/// One material to check: the evaluation's own material and the handling rule it names, with
/// the applicant's tick and the office's tick and note.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ChecklistItem {
    pub material: MaterialOut,
    /// How it is handed in (bound in the set, separately, electronically…), with the clause.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub handling: Option<HandlingOut>,
    /// The applicant ticked it as ready on its own checklist.
    pub ticked_by_applicant: bool,
    /// The office's tick and note.
    pub ticked: bool,
    pub office_note: String,
}

/// The checklist of the package, with the office's ticks from its record.
pub fn intake_checklist(entry: &RegisterEntry, record: Option<&PackageRecord>) -> Vec<ChecklistItem> {
    let evaluation = &entry.evaluation;
    evaluation
        .materials
        .iter()
        .map(|material| {
            let tick = record.and_then(|record| record.ticks.get(material.id));
            ChecklistItem {
                material: material.clone(),
                handling: material.handling.and_then(|handling| evaluation.handling_rules.iter().find(|rule| rule.handling == handling).cloned()),
                ticked_by_applicant: entry.package.ticked_materials.contains(material.id),
                ticked: tick.is_some_and(|tick| tick.ticked),
                office_note: tick.map(|tick| tick.note.clone()).unwrap_or_default(),
            }
        })
        .collect()
}
