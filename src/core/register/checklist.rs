//! The 受理 checklist of one package: the materials of its case — the evaluation's material
//! list, recomputed from the facts, with each material's copy and binding rule (2.8 and the
//! parts that inherit it) — as items the clerk ticks against the paper, each with a note. The
//! ticks and notes are the office's record ([`super::record::PackageRecord::ticks`]); the
//! applicant's own ticks (`ticked_materials` in the package) are shown beside them, never
//! taken for the office's.

use serde::Serialize;

use super::RegisterEntry;
use super::record::PackageRecord;
use crate::core::evaluate::Text;

/// One material to check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ChecklistItem {
    /// The material's id (`materials.toml`): the key of the record's tick.
    pub material_id: &'static str,
    pub clause: &'static str,
    pub title: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// The attachment it is, if it is one of the guide's forms (`附件1`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub form: Option<&'static str>,
    /// How it is handed in (bound in the set, separately, electronically…), with the clause.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub handling: Option<Handling>,
    /// The applicant ticked it as ready on its own checklist.
    pub ticked_by_applicant: bool,
    /// The office's tick and note.
    pub ticked: bool,
    pub office_note: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Handling {
    pub clause: &'static str,
    pub text: Text,
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
                material_id: material.id,
                clause: material.clause,
                title: material.title.clone(),
                note: material.note.clone(),
                form: material.form,
                handling: material.handling.and_then(|handling| {
                    let rule = evaluation.handling_rules.iter().find(|rule| rule.handling == handling)?;
                    Some(Handling { clause: rule.clause, text: rule.text.clone() })
                }),
                ticked_by_applicant: entry.package.ticked_materials.contains(material.id),
                ticked: tick.is_some_and(|tick| tick.ticked),
                office_note: tick.map(|tick| tick.note.clone()).unwrap_or_default(),
            }
        })
        .collect()
}
