//! Which version of the app and which edition of the rules a result was computed with.
//!
//! Both go into every exported package and every command-line report, so that a receiving
//! office can tell which rules a self-check applied.

/// The app's version, from Cargo.toml.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The edition of the guide the rule tables encode: the document and its issuing number.
pub const RULE_TABLE_EDITION: &str = "河南省职业技能等级评价机构备案工作指南（2024年版）豫职评〔2024〕4号";
