//! The packages the browser tests open (`tests/browser/packages/`) are real, complete
//! applications: they read, and their forms have no problem. So the browser tests that print
//! "every form, filled in" cannot drift into printing half-empty forms.
//! Also: every field the validation can name has its label (`forms::labels`), so the error
//! summary, the form pages and the print layouts never show a bare path.

use std::{fs, path::Path};

use henan_filing::core::forms::labels::field_label;
use henan_filing::core::forms::{FormId, FormSet, validate_form_set};
use henan_filing::core::package::read_package;

#[test]
fn the_browser_tests_packages_are_complete() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser/packages");
    let mut read = 0;
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let package = read_package(&fs::read_to_string(&path).unwrap()).unwrap_or_else(|e| panic!("{name}: {e}"));
        let problems = validate_form_set(&package.facts, &package.forms);
        assert!(problems.is_empty(), "{name} has problems: {problems:#?}");
        assert_eq!(package.contains_personal_data, package.forms.contains_personal_data(), "{name}: the personal-data flag");
        read += 1;
    }
    assert!(read >= 2, "expected the complete packages in {}", dir.display());
}

#[test]
fn every_field_the_checks_name_has_a_label() {
    let package = read_package(&fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser/packages/complete-first-filing.json")).unwrap()).unwrap();
    let mut facts = package.facts;
    // Every form started, every list with one empty row: the checks name every field.
    let mut forms = FormSet::default();
    for form in FormId::ALL {
        forms.start_form(form, Some(&facts));
    }
    let application = forms.application.as_mut().unwrap();
    application.occupations.push(Default::default());
    application.unticked_boxes.insert(henan_filing::core::forms::application::MaterialBox::Other, String::new());
    forms.systems.as_mut().unwrap().additions.push(Default::default());
    let renewal = forms.renewal.as_mut().unwrap();
    renewal.statistics.push(Default::default());
    renewal.fees.push(Default::default());
    renewal.qualification_changed = Some(true);
    renewal.premises.owned = true;
    renewal.premises.rented = true;
    let equipment = forms.equipment.as_mut().unwrap();
    equipment.groups.push(Default::default());
    equipment.groups[0].items.push(Default::default());
    let staff = forms.staff.as_mut().unwrap();
    staff.workers.push(Default::default());
    forms.renewal_summary.as_mut().unwrap().rows.push(Default::default());
    forms.termination_summary.as_mut().unwrap().rows.push(Default::default());
    let mut unlabelled = Vec::new();
    let mut named = 0;
    for request in [facts.request, henan_filing::core::facts::RequestKind::InformationChange] {
        facts.request = request;
        for problem in validate_form_set(&facts, &forms) {
            let path = problem.path.as_str();
            named += 1;
            // The plan's sections and the systems are named by their own headings.
            let by_heading = path.starts_with("plan.sections.") || path.starts_with("systems.systems.");
            let whole_form = FormId::ALL.iter().any(|form| form.field() == path);
            if !by_heading && !whole_form && field_label(path).is_none() {
                unlabelled.push(path.to_string());
            }
        }
    }
    assert!(named > 60, "the checks named only {named} fields: the form set above is not empty enough");
    unlabelled.sort();
    unlabelled.dedup();
    assert!(unlabelled.is_empty(), "fields without a label in forms/labels.rs: {unlabelled:?}");
}
