//! The string catalogues: every piece of UI text, one catalogue per language.
//!
//! A message is a variant of [`Msg`]; each catalogue (`zh_cn.rs`, `en.rs`) is one exhaustive
//! `match`, so a key missing from either language is a compile error, not a blank on screen.
//! Text that comes from the guide (procedure titles, reasons) lives in the data tables instead.

mod en;
mod zh_cn;

use leptos::prelude::*;

use crate::core::{Bilingual, Lang, evaluate::Text};
use crate::ui::store::Store;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Msg {
    AppTitle,
    AppTagline,
    SkipToContent,
    SwitchLanguageLabel,
    OtherLanguageName,
    LargeText,
    StartIntro,
    StartPrivacy,
    FirstFilingHeading,
    FirstFilingLead,
    FiledInstitutionHeading,
    FiledInstitutionLead,
    GuidePart,
    GuideClause,
    ScopeHeading,
    BackToStart,
    NotFoundTitle,
    NotFoundBody,
    FooterRuleEdition,
    FooterAppVersion,
    FooterPrivacy,
    ResumeNotice,
    YourDataHeading,
    YourDataBody,
    StartOver,
    DeleteAllData,
    ConfirmStartOver,
    ConfirmDeleteAll,
    StorageUnavailable,
    StorageUnreadable,
    SelfCheckIntro,
    StartSelfCheck,
    ContinueSelfCheck,
    StepOf,
    Back,
    Continue,
    SaveAndReview,
    PageNotNeeded,
    NoSelfCheckTitle,
    NoSelfCheckBody,
    ErrorSummaryTitle,
    ChoosePrompt,
    AnswerYes,
    AnswerNo,
    NotAnswered,
    NoneOfThese,
    Change,
    FiledAsLegend,
    FiledAsHint,
    LegalFormLegend,
    SchoolKindLegend,
    AffiliationsLegend,
    AffiliationsHint,
    PlaceLabel,
    PlaceHint,
    CountyLabel,
    CountyHint,
    CountyWholePlace,
    AbnormalListedLegend,
    AbnormalListedHint,
    AbnormalFromLabel,
    AbnormalUntilLabel,
    AbnormalUntilHint,
    InspectionFailedLegend,
    InspectionFailedOnLabel,
    IllegalListLegend,
    StillListed,
    DeclarationsIntro,
    DeclarationHolds,
    DeclarationDoesNotHold,
    OccupationsIntro,
    OccupationsNone,
    OccupationsTitleShort,
    AddOccupation,
    RemoveOccupation,
    OccupationRow,
    OccupationSearchLabel,
    OccupationSearchHint,
    SearchResultCount,
    JobTypeLabel,
    JobTypeHint,
    LevelsLegend,
    Level1,
    Level2,
    Level3,
    Level4,
    Level5,
    StandardLegend,
    StandardNameLabel,
    StandardYearLabel,
    OfficialListLegend,
    OfficialListHint,
    OfficialListYes,
    OfficialListNo,
    FiledCountLabel,
    FiledCountHint,
    ApplicationDateLabel,
    ApplicationDateHint,
    FilingExpiryLabel,
    FilingExpiryHint,
    FilingPlaceLabel,
    FilingPlaceHint,
    FilingPlaceSameAsRules,
    FilingPlaceProvince,
    PenalisedLegend,
    NoticeStartLabel,
    NoticeStartHint,
    LocalPathLegend,
    LocalPathProvince,
    LocalPathLocal,
    ReviewTitle,
    ReviewIntro,
    SeeResult,
    BackToReview,
    ResultIncompleteTitle,
    ResultIncompleteBody,
    VerdictCaption,
    VerdictCounts,
    ToFixHeading,
    AllRulesHeading,
    TopicConditions,
    TopicProhibitions,
    TopicOccupationScope,
    TopicQuantityLimit,
    TopicRequest,
    InheritedNote,
    OutcomeMet,
    OutcomeNotMet,
    OutcomeNeedsConfirmation,
    OutcomeNotApplicable,
    BasisDeclared,
    WhatToDo,
    RouteHeading,
    RouteUnknown,
    RouteMissing,
    RouteAlternative,
    RouteRecommendsTo,
    RouteSupervisingOpinion,
    RouteInherited,
    StepsHeading,
    ActorApplicant,
    ActorOffice,
    DeadlinesHeading,
    DateNeeds,
    CalendarUnknown,
    DownloadCalendar,
    MaterialsHeading,
    MaterialsHint,
    HandlingHeading,
    OutcomeHeading,
    ResultLetter,
    NoResultLetter,
    HandlingTime,
    ServiceFees,
    ServiceDelivery,
    ServiceRights,
    ServiceConsultation,
    ServiceComplaints,
    ChangeAnswers,
    Print,
    UpdateReady,
    UpdateReload,
    AddRow,
    RemoveRow,
    RowNumber,
    ApplicationFormHint,
    PlanFormHint,
    SystemsFormHint,
    RenewalFormHint,
    EquipmentFormHint,
    StaffFormHint,
    SummaryFormHint,
    BackToForms,
    BackToResult,
    BoxTicked,
    BoxNotTicked,
    Cancel,
    ChangeOccupationsHint,
    ChangedFieldsHint,
    CheckForm,
    CreditCodeHint,
    DownloadPackage,
    ExportNeedsSelfCheck,
    FeeHint,
    FeeUnreadable,
    FilingNumberHint,
    FormComplete,
    FormNotStarted,
    FormProblems,
    FormReady,
    FormsForProcedure,
    FormsIntro,
    FormsNeedSelfCheck,
    FormsNeededHeading,
    FormsTitle,
    GoToSelfCheck,
    IdNumberHint,
    ImportDone,
    ImportErrorAt,
    ImportFailed,
    ImportReplace,
    ImportReplaceQuestion,
    ImportUnreadable,
    MaterialBoxesHint,
    NoFormsNeeded,
    OccupationCodeHint,
    OfficeFormsHeading,
    OfficeFormsHint,
    OpenPackage,
    OpenPackageHint,
    PackageHeading,
    PackageIntro,
    PackageSaved,
    PhoneHint,
    PrintAllForms,
    PrintHint,
    PrintPreview,
    PrintPreviewOf,
    PrintWithProblems,
    RenewalSummaryReconstructed,
    ShowIdNumbers,
    StandardTextHint,
    FillInForms,
    FillInFormsHint,
    OpenPackageFromStart,
    RowAdded,
    RowRemoved,
    RemoveRowOf,
    AddRowTo,
    DownloadDocx,
    DownloadXlsx,
    OfficeFilesHeading,
    OfficeFilesHint,
    OfficeWorking,
    OfficeFailed,
    ImportRowsHeading,
    ImportEquipmentHint,
    ImportStaffHint,
    ImportIntoTable,
    ImportRowsFile,
    ImportRowsRead,
    ImportRowsLeftOut,
    ImportRowsTake,
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

/// A message in both languages, for components that take [`Bilingual`] text.
pub fn both(msg: Msg) -> Bilingual {
    Bilingual { zh: zh_cn::text(msg), en: en::text(msg) }
}

/// The name of a level, 1 (一级/高级技师) to 5 (五级/初级工).
pub fn level_label(level: u8) -> Bilingual {
    both(match level {
        1 => Msg::Level1,
        2 => Msg::Level2,
        3 => Msg::Level3,
        4 => Msg::Level4,
        _ => Msg::Level5,
    })
}

// Reactive text. Every `move || ...` closure in a view is its own type, and Leptos compiles its
// rendering code once per type; a few hundred of them cost most of the wasm. These three give
// every translated text the same few types, so that code exists once.

/// A catalogue message that follows the language switch.
pub fn tr(msg: Msg) -> Signal<&'static str> {
    let store = Store::use_context();
    Signal::derive(move || t(store.lang.get(), msg))
}

/// A table's bilingual text that follows the language switch.
pub fn bi(text: Bilingual) -> Signal<&'static str> {
    let store = Store::use_context();
    Signal::derive(move || text.get(store.lang.get()))
}

/// Evaluation text (it may carry dates and counts) that follows the language switch.
pub fn tx(text: Text) -> Signal<String> {
    let store = Store::use_context();
    Signal::derive(move || text.get(store.lang.get()).to_string())
}
