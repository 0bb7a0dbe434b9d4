//! The receiving office's register: many packages read, each checked again from its facts, with
//! what the office must do about it (issue 15). Pure: text in, register out; no clock, no files.
//!
//! # The API (stable: later additions add, they do not rename)
//!
//! - **Who am I** — [`offices::receiving_offices`] lists every office the route can send a
//!   filing to (the provincial HR department, the evaluation centre and the education
//!   department; each receiving place's HR and education bureaus), each with a stable
//!   [`Office::code`] (`province-evaluation-center`, `place-hrss:4107`) and names in both
//!   languages; [`offices::office_by_code`] finds one (a bare place code, `4107`, is that place's
//!   HR bureau).
//! - **Reading many packages** — [`RegisterBuilder`]: `new(office)`, then [`RegisterBuilder::add`]
//!   each file's name and text (in chunks, for a progress bar), then
//!   [`RegisterBuilder::finish`]; or [`build_register`] at once. A file goes through
//!   [`read_package`]; a refused one becomes a [`Refusal`] (file name, field path, reason). Each
//!   read one becomes a [`RegisterEntry`]: the verdict **recomputed** from its facts
//!   ([`evaluate_with`]; nothing of the file's own results is read), the failed and
//!   needs-confirmation rules with their clauses ([`RuleRef`]), the form problems
//!   ([`validate_form_set`]), the forms its procedure needs that are missing or empty, whether it
//!   is addressed to the chosen office ([`Addressed`]), its [`PackageCode`] and, when another
//!   package has the same 统一社会信用代码, a [`DuplicateMark`] (the newer, by the package's
//!   `updated` time, first: [`Register::duplicates`]). [`Register::find_code`] answers the code
//!   typed from the paper.
//! - **The office's own record** — [`record::WorkRecord`]: per package (keyed by its code) the
//!   受理 checklist's ticks and notes, the receipt date, the decision of 6.4.2 and the columns of
//!   附件7/附件8 the office fills; versioned JSON ([`record::write_work_record`],
//!   [`record::read_work_record`], bounded and never panicking).
//! - **Dates** — [`dates::office_dates`]: handling ends (6.5: 30 days from the receipt date, the
//!   only procedure whose 办理时限 is not "无"), renewal decisions due (6.4.2: expiry − 30 days),
//!   terminations' notice periods ending (7.4.1: 30 working days), sorted, the overdue marked
//!   against the `today` the caller gives.
//! - **受理 checklist** — [`checklist::intake_checklist`]: the materials of the package's case
//!   (the evaluation's list, with their copy and binding rules) as items to tick, with the
//!   record's ticks and notes.
//! - **附件7 and 附件8** — [`summaries::renewal_summary`] and [`summaries::termination_summary`]
//!   build the existing form model ([`crate::core::forms::RenewalSummary`],
//!   [`crate::core::forms::TerminationSummary`]) from the register's renewal and termination
//!   packages and the office's columns in the record, so the existing print and XLSX writers
//!   render them.
//!
//! Where the guide is silent the register says so ("指南未规定"), as the rest of the app does.

pub mod checklist;
pub mod dates;
pub mod offices;
pub mod record;
pub mod summaries;

use std::collections::BTreeMap;

use jiff::Timestamp;
use serde::Serialize;

pub use offices::{Office, office_by_code, receiving_offices};

use crate::core::evaluate::{AuthorityOut, Evaluation, Outcome, Text, Verdict, evaluate_with};
use crate::core::facts::{ApplicantKind, RequestKind};
use crate::core::forms::{CreditCode, FormId, FormSet, Problem, forms_needed, validate_form_set};
use crate::core::package::{Package, read_package};
use crate::core::package_code::{CodeMatch, PackageCode, find_by_code, package_code};
use crate::core::reference::calendar::Calendar;

/// The largest package file the register reads (bytes). A complete package with every form is
/// tens of kilobytes; the longest texts the forms allow (附件2's ten sections of 10,000
/// characters, hundreds of staff rows) stay well under this.
pub const MAX_PACKAGE_BYTES: usize = 4 * 1024 * 1024;

/// A file the register could not read: its name, the field's path (empty for the document as a
/// whole) and the reason.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Refusal {
    pub file_name: String,
    pub path: String,
    pub reason: String,
}

/// A rule that failed or needs confirmation, with its clause.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RuleRef {
    pub rule_id: &'static str,
    pub clause: &'static str,
    /// The occupation row (1-based) for per-row rules.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<usize>,
    pub reason: Text,
}

/// Why a package is or is not this office's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum OfficeRole {
    /// The route's receiving office.
    Receiving,
    /// An office the guide lets the applicant choose instead (2.17.1 其中…).
    Alternative,
    /// On the education path: the HR office the education department recommends the school to
    /// (3.9.2); the package comes here after the education department's review.
    RecommendedTo,
    /// A renewal supervised here and filed elsewhere: this office gives its opinion first (6.4.1).
    SupervisingOpinion,
}

/// Whether a package is addressed to the chosen office.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "status")]
pub enum Addressed {
    Ours {
        role: OfficeRole,
        clause: &'static str,
        /// Where the guide leaves the office open (a school's change or termination).
        #[serde(skip_serializing_if = "Option::is_none")]
        note: Option<Text>,
    },
    /// The route sends it elsewhere.
    NotOurs { goes_to: AuthorityOut, clause: &'static str },
    /// No office chosen, or the package's facts do not decide the route (the reason says which).
    Unknown { reason: Text },
}

impl Addressed {
    pub fn is_ours(&self) -> bool {
        matches!(self, Addressed::Ours { .. })
    }

    pub fn is_not_ours(&self) -> bool {
        matches!(self, Addressed::NotOurs { .. })
    }

    /// One line for a table: `本机构受理`, `非本机构：应交河南省…`, `未知：…`.
    pub fn summary(&self) -> Text {
        match self {
            Addressed::Ours { role, .. } => match role {
                OfficeRole::Receiving => Text::new("本机构受理", "ours"),
                OfficeRole::Alternative => Text::new("本机构受理（指南允许的另一受理机构）", "ours (an office the guide allows instead)"),
                OfficeRole::RecommendedTo => Text::new("本机构受理（经教育部门初审推荐后）", "ours (after the education department's recommendation)"),
                OfficeRole::SupervisingOpinion => Text::new("本机构先出具监管地意见", "ours to give the supervising place's opinion first"),
            },
            Addressed::NotOurs { goes_to, .. } => Text::new(format!("非本机构：应交{}", goes_to.name.zh), format!("not ours: goes to {}", goes_to.name.en)),
            Addressed::Unknown { reason } => Text::new(format!("未知：{}", reason.zh), format!("unknown: {}", reason.en)),
        }
    }
}

/// The same 统一社会信用代码 in more than one package.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DuplicateMark {
    pub credit_code: String,
    /// 1 for the newest package of the group, 2 for the next, …
    pub rank: usize,
    /// How many packages share the code.
    pub of: usize,
    /// The newest package's index in [`Register::entries`].
    pub newest: usize,
}

/// Packages with the same 统一社会信用代码: their indices, newest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DuplicateGroup {
    pub credit_code: String,
    pub entries: Vec<usize>,
}

/// Who the package is from, as its forms say.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Institution {
    /// The first name the forms give (附件1, 附件4, 附件5); empty when none does (a termination
    /// has no form).
    pub name: String,
    /// The 统一社会信用代码 of 附件1 or 附件4, when it is a valid code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub credit_code: Option<String>,
    /// 备案号, from 附件4 or 附件1.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub filing_number: String,
}

impl Institution {
    pub fn from_forms(forms: &FormSet) -> Institution {
        let first = |texts: [Option<&str>; 3]| texts.into_iter().flatten().map(str::trim).find(|text| !text.is_empty()).unwrap_or_default().to_string();
        let application = forms.application.as_ref();
        let renewal = forms.renewal.as_ref();
        let name = first([application.map(|form| form.unit_name.as_str()), renewal.map(|form| form.institution_name.as_str()), forms.equipment.as_ref().map(|list| list.unit_name.as_str())]);
        let credit_code = [application.map(|form| form.credit_code.as_str()), renewal.map(|form| form.credit_code.as_str())]
            .into_iter()
            .flatten()
            .find_map(|code| CreditCode::parse(code).ok())
            .map(|code| code.as_str().to_string());
        let filing_number = first([renewal.map(|form| form.filing_number.as_str()), application.map(|form| form.filing_number.as_str()), None]);
        Institution { name, credit_code, filing_number }
    }
}

/// One package read into the register.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RegisterEntry {
    pub file_name: String,
    pub code: PackageCode,
    pub institution: Institution,
    pub request: RequestKind,
    pub applicant: ApplicantKind,
    /// The applicant's receiving place (code and name), when the facts give one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<(&'static str, &'static str)>,
    /// When the package was last saved (`updated`, else `created`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub saved: Option<Timestamp>,
    /// Recomputed from the facts.
    pub verdict: Verdict,
    pub failed_rules: Vec<RuleRef>,
    pub needs_confirmation: Vec<RuleRef>,
    pub form_problems: Vec<Problem>,
    /// Forms the procedure needs that are not in the package, or are there but empty.
    pub missing_forms: Vec<FormId>,
    pub addressed: Addressed,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duplicate: Option<DuplicateMark>,
    /// The package as read (for the detail view and printing); not in the register's JSON.
    #[serde(skip)]
    pub package: Package,
    /// The evaluation recomputed from the facts; not in the register's JSON.
    #[serde(skip)]
    pub evaluation: Evaluation,
}

impl RegisterEntry {
    /// Reads one package into an entry (no duplicate mark: that needs the others).
    pub fn from_package(file_name: &str, package: Package, office: Option<&Office>, calendar: &Calendar) -> RegisterEntry {
        let evaluation = evaluate_with(&package.facts, calendar);
        let rule_ref = |rule: &crate::core::evaluate::RuleOutcome| RuleRef { rule_id: rule.rule_id, clause: rule.clause, row: rule.row, reason: rule.reason.clone() };
        let failed_rules = evaluation.rules.iter().filter(|rule| rule.outcome == Outcome::NotMet).map(rule_ref).collect();
        let needs_confirmation = evaluation.rules.iter().filter(|rule| rule.outcome == Outcome::NeedsConfirmation).map(rule_ref).collect();
        let form_problems = validate_form_set(&package.facts, &package.forms);
        let missing_forms = forms_needed(&evaluation.materials).into_iter().filter(|form| form_is_missing_or_empty(&package.forms, *form)).collect();
        let addressed = addressed_to(&evaluation, office);
        RegisterEntry {
            file_name: file_name.to_string(),
            code: package_code(&package.facts, &package.forms),
            institution: Institution::from_forms(&package.forms),
            request: package.facts.request,
            applicant: package.facts.applicant.kind,
            place: crate::core::evaluate::route::applicant_place(&package.facts.applicant).map(|place| (place.code, place.name)),
            saved: package.updated.or(package.created),
            verdict: evaluation.verdict,
            failed_rules,
            needs_confirmation,
            form_problems,
            missing_forms,
            addressed,
            duplicate: None,
            package,
            evaluation,
        }
    }
}

/// Whether a form is absent or, started, still exactly as a new one.
fn form_is_missing_or_empty(forms: &FormSet, form: FormId) -> bool {
    match form {
        FormId::Application => forms.application.as_ref().is_none_or(|f| *f == Default::default()),
        FormId::ImplementationPlan => forms.plan.as_ref().is_none_or(|f| *f == Default::default()),
        FormId::ManagementSystems => forms.systems.as_ref().is_none_or(|f| *f == Default::default()),
        FormId::Renewal => forms.renewal.as_ref().is_none_or(|f| *f == Default::default()),
        FormId::Equipment => forms.equipment.as_ref().is_none_or(|f| *f == Default::default()),
        FormId::Staff => forms.staff.as_ref().is_none_or(|f| *f == Default::default()),
        FormId::RenewalSummary | FormId::TerminationSummary => !forms.has(form),
    }
}

/// Whether the evaluation's route names the office.
pub fn addressed_to(evaluation: &Evaluation, office: Option<&Office>) -> Addressed {
    let route = &evaluation.route;
    let Some(office) = office else {
        return Addressed::Unknown { reason: Text::new("尚未选择本机构", "no office chosen") };
    };
    let Some(authority) = &route.authority else {
        let missing = route.missing.clone().unwrap_or_else(|| Text::new("受理机构", "the receiving office"));
        return Addressed::Unknown { reason: Text::new(format!("材料未载明{}，无法确定受理机构", missing.zh), format!("the package does not give {}, so the office is not known", missing.en)) };
    };
    let note = route.note.clone();
    let role = if office.is(authority) {
        Some(OfficeRole::Receiving)
    } else if route.alternatives.iter().any(|other| office.is(other)) {
        Some(OfficeRole::Alternative)
    } else if route.recommends_to.as_ref().is_some_and(|other| office.is(other)) {
        Some(OfficeRole::RecommendedTo)
    } else if route.supervising_opinion.as_ref().is_some_and(|other| office.is(other)) {
        Some(OfficeRole::SupervisingOpinion)
    } else {
        None
    };
    match role {
        Some(role) => Addressed::Ours { role, clause: route.clause, note },
        None => Addressed::NotOurs { goes_to: authority.clone(), clause: route.clause },
    }
}

/// The register of one batch of files.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Register {
    /// The office the register was built for ("who am I"); `None`: not chosen.
    pub office: Option<Office>,
    /// The packages read, in the order given.
    pub entries: Vec<RegisterEntry>,
    /// The files refused, in the order given.
    pub refused: Vec<Refusal>,
    /// Packages sharing a 统一社会信用代码, newest first within each group, groups in the order
    /// of their first file.
    pub duplicates: Vec<DuplicateGroup>,
}

impl Register {
    /// The packages' codes, in the order of [`Register::entries`].
    pub fn codes(&self) -> impl Iterator<Item = &PackageCode> {
        self.entries.iter().map(|entry| &entry.code)
    }

    /// "核对纸质材料": the code typed from the paper, matched against the packages.
    pub fn find_code(&self, typed: &str) -> CodeMatch {
        find_by_code(typed, self.codes())
    }

    /// The entry with this code (the first, should two packages share it).
    pub fn entry_by_code(&self, code: &PackageCode) -> Option<&RegisterEntry> {
        self.entries.iter().find(|entry| entry.code == *code)
    }

    /// Whether every file was read.
    pub fn all_read(&self) -> bool {
        self.refused.is_empty()
    }
}

/// Builds a register file by file, so a page can read in chunks and show progress.
pub struct RegisterBuilder {
    office: Option<Office>,
    calendar: Calendar,
    entries: Vec<RegisterEntry>,
    refused: Vec<Refusal>,
}

impl RegisterBuilder {
    pub fn new(office: Option<Office>) -> RegisterBuilder {
        RegisterBuilder { office, calendar: Calendar::built_in(), entries: Vec::new(), refused: Vec::new() }
    }

    /// Counts working days on a calendar with the host's years (`core::site`).
    pub fn with_calendar(mut self, calendar: Calendar) -> RegisterBuilder {
        self.calendar = calendar;
        self
    }

    /// Reads one file. A file over [`MAX_PACKAGE_BYTES`] is refused without being parsed.
    pub fn add(&mut self, file_name: &str, text: &str) {
        match read_bounded(text) {
            Ok(package) => self.add_package(file_name, package),
            Err((path, reason)) => self.refused.push(Refusal { file_name: file_name.to_string(), path, reason }),
        }
    }

    /// Adds a package already read (the office page may hold one in memory).
    pub fn add_package(&mut self, file_name: &str, package: Package) {
        self.entries.push(RegisterEntry::from_package(file_name, package, self.office.as_ref(), &self.calendar));
    }

    /// A file that could not even be read as text (the caller's I/O error), listed as refused.
    pub fn refuse(&mut self, file_name: &str, reason: &str) {
        self.refused.push(Refusal { file_name: file_name.to_string(), path: String::new(), reason: reason.to_string() });
    }

    /// How many files were given so far (read and refused).
    pub fn len(&self) -> usize {
        self.entries.len() + self.refused.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn finish(self) -> Register {
        let mut entries = self.entries;
        let duplicates = mark_duplicates(&mut entries);
        Register { office: self.office, entries, refused: self.refused, duplicates }
    }
}

fn read_bounded(text: &str) -> Result<Package, (String, String)> {
    if text.len() > MAX_PACKAGE_BYTES {
        return Err((String::new(), format!("the file is {} bytes, more than the {} MB a package can be: not a package of this app", text.len(), MAX_PACKAGE_BYTES >> 20)));
    }
    read_package(text).map_err(|e| (e.path, e.reason))
}

/// Reads every (file name, text) pair into a register for `office`.
pub fn build_register<N: AsRef<str>, T: AsRef<str>>(files: impl IntoIterator<Item = (N, T)>, office: Option<Office>) -> Register {
    let mut builder = RegisterBuilder::new(office);
    for (name, text) in files {
        builder.add(name.as_ref(), text.as_ref());
    }
    builder.finish()
}

/// Groups the entries by credit code and marks every entry of a group of two or more, newest
/// (by saved time; a package without one counts as oldest; then by file name) first.
fn mark_duplicates(entries: &mut [RegisterEntry]) -> Vec<DuplicateGroup> {
    let mut groups: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    let mut first_seen: Vec<&str> = Vec::new();
    for (index, entry) in entries.iter().enumerate() {
        if let Some(code) = entry.institution.credit_code.as_deref() {
            let group = groups.entry(code).or_default();
            if group.is_empty() {
                first_seen.push(code);
            }
            group.push(index);
        }
    }
    let mut duplicates = Vec::new();
    for code in first_seen {
        let mut members = groups[code].clone();
        if members.len() < 2 {
            continue;
        }
        crate::core::sort::sort_by(&mut members, &|a, b| entries[*b].saved.cmp(&entries[*a].saved).then_with(|| entries[*a].file_name.cmp(&entries[*b].file_name)));
        duplicates.push(DuplicateGroup { credit_code: code.to_string(), entries: members });
    }
    for group in &duplicates {
        for (rank, index) in group.entries.iter().enumerate() {
            entries[*index].duplicate = Some(DuplicateMark { credit_code: group.credit_code.clone(), rank: rank + 1, of: group.entries.len(), newest: group.entries[0] });
        }
    }
    duplicates
}
