//! The string catalogues: every piece of UI text, one catalogue per language.
//!
//! A message is a variant of [`Msg`]; each catalogue (`zh_cn.rs`, `en.rs`) is one exhaustive
//! `match`, so a key missing from either language is a compile error, not a blank on screen.
//! Text that comes from the guide (procedure titles, reasons) lives in the data tables instead.

mod en;
mod forms_en;
mod forms_zh_cn;
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
    OccupationNamesLoading,
    OccupationNamesFailed,
    TryAgain,
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
    FillInForms,
    FillInFormsHint,
    OpenPackageFromStart,
    LegalFormHint,
    SchoolOwnershipLegend,
    SchoolRegistrationLegend,
    SchoolRegistrationHint,
    AlreadyHeldLegend,
    AlreadyHeldHint,
    OutcomeLeavesScope,
    EvaluatedInPeriodLegend,
    EvaluatedInPeriodHint,
    DateEstimated,
    CalendarSourcesHeading,
    OfflineUnavailable,
    GuideTextLoading,
    GuideTextUnavailable,
    DatePassed,
    DateToday,
    DaysLeft,
    CountedFromSubmission,
    SubmissionDay,
    CalendarAllPassed,
    Colon,
    ResumeComplete,
    StartedOver,
    DataDeleted,
    BarNoticeHeading,
    BarNoticeSeeResult,
    FormsNotReadyHeading,
    FormsNotReadyHint,
    FormsNotReadyLink,
    GoToQuestion,
    StepOfUnknown,
    ContactName,
    ContactAddress,
    ContactPhone,
    ContactHours,
    ContactChannel,
    ContactAsk,
    PrintedOn,
    PrintPageOf,
    BlankFormsLink,
    FooterForOffices,
}

/// The forms page's own messages (`ui::forms`): a catalogue of their own, so that the
/// self-check page, which never shows them, does not carry them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormsMsg {
    AddRow,
    AddRowTo,
    ApplicationFormHint,
    BackToForms,
    BackToResult,
    BoxNotTicked,
    BoxTicked,
    Cancel,
    ChangeOccupationsHint,
    ChangedFieldsHint,
    CheckForm,
    CreditCodeHint,
    DownloadDocx,
    DownloadPackage,
    DownloadXlsx,
    EquipmentFormHint,
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
    ImportEquipmentHint,
    ImportFailed,
    ImportIntoTable,
    ImportReplace,
    ImportReplaceQuestion,
    ImportRowsFile,
    ImportRowsHeading,
    ImportRowsLeftOut,
    ImportRowsRead,
    ImportRowsTake,
    ImportMissingColumns,
    ImportStaffHint,
    ImportUnreadable,
    MaterialBoxesHint,
    NoFormsNeeded,
    OccupationCodeHint,
    OfficeFailed,
    OfficeFilesHeading,
    OfficeFilesHint,
    OfficeFormsHeading,
    OfficeFormsHint,
    OfficeWorking,
    OpenPackage,
    OpenPackageHint,
    PackageHeading,
    PackageIntro,
    PackageSaved,
    PhoneHint,
    PlanFormHint,
    PrintAllForms,
    PrintHint,
    PrintPreview,
    PrintPreviewOf,
    PrintWithProblems,
    RemoveRow,
    RemoveRowOf,
    RenewalFormHint,
    RenewalSummaryReconstructed,
    RowAdded,
    RowNumber,
    RowRemoved,
    ShowIdNumbers,
    StaffFormHint,
    StandardTextHint,
    SummaryFormHint,
    SystemsFormHint,
    StaffIdNumberHint,
    ShowThisIdNumber,
    HideThisIdNumber,
    BlankFormsHeading,
    BlankFormsIntro,
    BlankFormOf,
}

/// The text of `msg` in `lang`.
/// A message of one of the catalogues ([`Msg`], [`FormsMsg`]), in either language.
pub trait Catalogue: Copy + Send + Sync + 'static {
    fn zh(self) -> &'static str;
    fn en(self) -> &'static str;
}

impl Catalogue for Msg {
    fn zh(self) -> &'static str {
        zh_cn::text(self)
    }

    fn en(self) -> &'static str {
        en::text(self)
    }
}

impl Catalogue for FormsMsg {
    fn zh(self) -> &'static str {
        forms_zh_cn::text(self)
    }

    fn en(self) -> &'static str {
        forms_en::text(self)
    }
}

pub fn t(lang: Lang, msg: impl Catalogue) -> &'static str {
    match lang {
        Lang::ZhCn => msg.zh(),
        Lang::En => msg.en(),
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
pub fn both(msg: impl Catalogue) -> Bilingual {
    Bilingual { zh: msg.zh(), en: msg.en() }
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
pub fn tr(msg: impl Catalogue) -> Signal<&'static str> {
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
