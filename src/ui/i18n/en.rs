//! English catalogue.

use super::Msg;

pub fn text(msg: Msg) -> &'static str {
    match msg {
        Msg::AppTitle => "Henan skill-evaluation institution filing assistant",
        Msg::AppTagline => "Check whether and where you can file, what to hand in and by when, and build the filing forms",
        Msg::SkipToContent => "Skip to main content",
        Msg::SwitchLanguageLabel => "Change language",
        Msg::OtherLanguageName => "简体中文",
        Msg::StartIntro => "Based on the Henan guide to filing vocational skill-level evaluation institutions (2024 edition), this page helps an organisation find out whether it can be filed as an evaluation institution, which authority receives its application, what it must hand in, the steps and deadlines; and it fills in, prints and exports the guide's attachment forms.",
        Msg::StartPrivacy => "This page runs entirely in your browser: what you enter stays on this device and is never uploaded.",
        Msg::FirstFilingHeading => "First filing",
        Msg::FirstFilingLead => "Not filed yet? Choose by the kind of organisation:",
        Msg::FiledInstitutionHeading => "Already filed",
        Msg::FiledInstitutionLead => "A filed evaluation institution? Choose what you need to do:",
        Msg::GuidePart => "Guide",
        Msg::ScopeHeading => "Who this is for",
        Msg::BackToStart => "Back to the start page",
        Msg::NotFoundTitle => "Page not found",
        Msg::NotFoundBody => "The address you opened does not exist; the link may be out of date or mistyped.",
        Msg::FooterRuleEdition => "Rules from",
        Msg::FooterAppVersion => "Version",
        Msg::FooterPrivacy => "No cookies, no analytics, no requests to any other site.",
        Msg::UpdateReady => "A new version of this page is ready. Reload to use it; what you have entered is kept.",
        Msg::UpdateReload => "Reload",
    }
}
