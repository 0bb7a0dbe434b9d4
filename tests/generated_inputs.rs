//! Property tests of the package reader and the spreadsheet import over generated hostile
//! inputs (`tests/support/hostile_inputs.rs`), bounded to a few seconds; `scripts/fuzz.sh`
//! runs the same generators and properties for as long as it is given.

mod support {
    pub mod hostile_inputs;
}

use proptest::prelude::*;
use support::hostile_inputs::{check_import, check_package, package_input, spreadsheet_input};

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn the_package_reader_keeps_its_properties(json in package_input(false)) {
        check_package(&json);
    }

    #[test]
    fn the_import_keeps_its_properties((name, bytes, target, _about) in spreadsheet_input(false)) {
        check_import(&name, &bytes, target);
    }
}
