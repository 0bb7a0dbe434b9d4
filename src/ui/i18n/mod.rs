//! The string catalogues: every piece of UI text, one catalogue per language.
//!
//! A message is a variant of [`Msg`]; each catalogue (`zh_cn.rs`, `en.rs`) is one exhaustive
//! `match`, so a key missing from either language is a compile error, not a blank on screen.
//! Text that comes from the guide (procedure titles, reasons) lives in the data tables instead.

mod en;
mod zh_cn;

use crate::core::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Msg {
    AppTitle,
    AppTagline,
    SkipToContent,
    SwitchLanguageLabel,
    OtherLanguageName,
    StartIntro,
    StartPrivacy,
    FirstFilingHeading,
    FirstFilingLead,
    FiledInstitutionHeading,
    FiledInstitutionLead,
    GuidePart,
    ScopeHeading,
    BackToStart,
    NotFoundTitle,
    NotFoundBody,
    FooterRuleEdition,
    FooterAppVersion,
    FooterPrivacy,
    UpdateReady,
    UpdateReload,
}

/// The text of `msg` in `lang`.
pub fn t(lang: Lang, msg: Msg) -> &'static str {
    match lang {
        Lang::ZhCn => zh_cn::text(msg),
        Lang::En => en::text(msg),
    }
}

/// "part N" of the guide, written the way each language cites it (第一部分 / Part 1).
pub fn guide_part(lang: Lang, part: u8) -> String {
    const CHINESE_NUMERALS: [&str; 7] = ["一", "二", "三", "四", "五", "六", "七"];
    match lang {
        Lang::ZhCn => format!(
            "{}第{}部分",
            t(lang, Msg::GuidePart),
            CHINESE_NUMERALS.get(usize::from(part).wrapping_sub(1)).copied().unwrap_or("?")
        ),
        Lang::En => format!("{} part {part}", t(lang, Msg::GuidePart)),
    }
}
