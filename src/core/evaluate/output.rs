//! The shape of an evaluation: what the UI shows and the command-line tool prints as JSON.

use jiff::civil::Date;
use serde::{Serialize, Serializer};

use crate::core::facts::{ApplicantKind, RequestKind};
use crate::core::rules::{Actor, AuthorityLevel, CitedText, Handling, Topic};
use crate::core::text::{Bilingual, Lang};

/// Text in both languages, built at evaluation time (it may carry dates and counts).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Text {
    pub zh: String,
    pub en: String,
}

impl Text {
    pub fn new(zh: impl Into<String>, en: impl Into<String>) -> Text {
        Text { zh: zh.into(), en: en.into() }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::ZhCn => &self.zh,
            Lang::En => &self.en,
        }
    }
}

impl From<Bilingual> for Text {
    fn from(text: Bilingual) -> Text {
        Text::new(text.zh, text.en)
    }
}

/// The overall answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// 可以备案 (or 可以办理): every rule is met, by computation or by the applicant's declaration.
    Ready,
    /// 暂不符合: at least one rule is not met.
    NotReady,
    /// 需进一步确认: nothing fails, but something is not answered or cannot be known here.
    NeedsConfirmation,
}

impl Verdict {
    pub fn from_outcomes(outcomes: impl Iterator<Item = Outcome>) -> Verdict {
        let mut verdict = Verdict::Ready;
        for outcome in outcomes {
            match outcome {
                Outcome::NotMet => return Verdict::NotReady,
                Outcome::NeedsConfirmation => verdict = Verdict::NeedsConfirmation,
                Outcome::Met | Outcome::NotApplicable | Outcome::LeavesScope => {}
            }
        }
        verdict
    }

    /// The verdict as the request's own words: a ready renewal "可以申请续期", not "可以备案".
    pub fn label_for(self, request: RequestKind) -> Bilingual {
        match (self, request) {
            (Verdict::Ready, RequestKind::InformationChange) => Bilingual { zh: "可以申请备案信息变更", en: "You can apply to change the filed information" },
            (Verdict::Ready, RequestKind::Incremental) => Bilingual { zh: "可以申请增量备案", en: "You can apply for an incremental filing" },
            (Verdict::Ready, RequestKind::Renewal) => Bilingual { zh: "可以申请续期", en: "You can apply for renewal" },
            (Verdict::Ready, RequestKind::Termination) => Bilingual { zh: "可以申请终止备案", en: "You can apply to terminate the filing" },
            _ => self.label(),
        }
    }

    pub fn label(self) -> Bilingual {
        match self {
            Verdict::Ready => Bilingual { zh: "可以备案", en: "You can file" },
            Verdict::NotReady => Bilingual { zh: "暂不符合", en: "Not yet eligible" },
            Verdict::NeedsConfirmation => Bilingual { zh: "需进一步确认", en: "Needs confirmation" },
        }
    }
}

/// One rule's answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    Met,
    NotMet,
    NeedsConfirmation,
    NotApplicable,
    /// A renewal's occupation not evaluated during the period leaves the evaluation scope and
    /// is not renewed (6.4.2); the renewal of the others goes on.
    LeavesScope,
}

/// Where an outcome comes from: the page never passes a declaration off as a check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Basis {
    /// Computed from facts and dates.
    Computed,
    /// The applicant's own answer.
    Declared,
    /// Not answered yet, or not knowable offline.
    Unknown,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RuleOutcome {
    pub rule_id: &'static str,
    pub clause: &'static str,
    #[serde(serialize_with = "topic_name")]
    pub topic: Topic,
    pub outcome: Outcome,
    pub basis: Basis,
    /// The occupation row the outcome is about (1-based), for per-row rules.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<usize>,
    pub statement: Text,
    pub reason: Text,
    /// What to do, for outcomes that are not met or need confirmation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<Text>,
    /// For a row not met: what the applicant is found to be, stated positively (the heading).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub finding: Option<Text>,
    /// For a time-limited bar (2.7.2(2), (4)): the first application date it no longer holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub may_apply_from: Option<Date>,
}

/// An office, with the place filled in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AuthorityOut {
    pub id: &'static str,
    pub level: AuthorityLevel,
    /// The receiving place's code for place-level offices.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<&'static str>,
    pub name: Text,
}

/// Where to hand the application in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RouteOut {
    /// The route row that decided (`routes.toml`), or the renewal rule.
    pub rule_id: &'static str,
    pub clause: &'static str,
    /// `None` while a fact the route needs is missing (see `missing`).
    pub authority: Option<AuthorityOut>,
    /// Other offices the guide lets the applicant choose, with the clause that allows it.
    pub alternatives: Vec<AuthorityOut>,
    /// On the education path: the HR office the education department recommends the school to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recommends_to: Option<AuthorityOut>,
    /// Renewal where the filing and supervising places differ: whose opinion comes first.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub supervising_opinion: Option<AuthorityOut>,
    /// What the user still has to say for the route to be complete.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub missing: Option<Text>,
    /// Parts 四, 五, 七 take the first filing's route; this cites where the guide says so.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inherited_via: Option<&'static str>,
    /// Where the guide leaves the office open (a school's change or termination): what it
    /// says, and whom to ask.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

impl RouteOut {
    pub fn education_path(&self) -> bool {
        self.recommends_to.is_some()
    }
}

/// A computed date, or why there is none.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "status")]
pub enum DateOutcome {
    Known {
        date: Date,
    },
    /// The date it is computed from is not given yet.
    MissingInput {
        what: Text,
    },
    /// The working-day calendar of this year is not known and no estimate's rule holds for it.
    CalendarUnknown {
        year: i16,
    },
    /// Counted through years whose arrangement is not published, on the estimate's rule
    /// (`calendar::estimated_day_kind`): shown as an estimate, never the basis of a verdict.
    Estimated {
        date: Date,
        estimated_years: Vec<i16>,
    },
    /// The date would fall outside the dates that can be computed: unknown, never the start
    /// date or another guess.
    OutOfRange {
        reason: Text,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DeadlineOut {
    pub id: &'static str,
    pub clause: &'static str,
    pub title: Text,
    pub date: DateOutcome,
    /// Said plainly where this date passes one it should precede (a late renewal's handling end
    /// after the decision date or the expiry).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// The years a working-day count went through (their sources are in `Evaluation::calendar`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub calendar_years: Vec<i16>,
    /// The day it is counted from when that is the submission (the application date, 6.5's
    /// "提交后30天"): shown beside it, so a handling end is never read apart from the
    /// submission it follows.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counted_from_submission: Option<Date>,
}

impl DateOutcome {
    /// The date, known or estimated.
    pub fn date(&self) -> Option<Date> {
        match self {
            DateOutcome::Known { date } | DateOutcome::Estimated { date, .. } => Some(*date),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StepOut {
    pub id: &'static str,
    pub clause: &'static str,
    pub actor: Actor,
    pub title: Text,
    pub detail: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<DeadlineOut>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MaterialOut {
    pub id: &'static str,
    pub clause: &'static str,
    pub title: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub form: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub handling: Option<Handling>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct HandlingOut {
    pub handling: Handling,
    pub clause: &'static str,
    pub text: Text,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CitedOut {
    pub text: Text,
    pub clause: &'static str,
}

impl From<CitedText> for CitedOut {
    fn from(cited: CitedText) -> CitedOut {
        CitedOut { text: Text::from(cited.text), clause: cited.clause }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ServiceFact {
    #[serde(serialize_with = "topic_name")]
    pub topic: Topic,
    pub text: Text,
    pub clause: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inherited_via: Option<&'static str>,
}

/// "同首次备案要求": which topics come from which clause of the first filing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Inheritance {
    pub clause: &'static str,
    pub from_part: u8,
    #[serde(serialize_with = "topic_clauses")]
    pub topics: Vec<(Topic, Option<String>)>,
    /// Inherited topics the request does not evaluate, with the reason.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub not_evaluated: Vec<NotEvaluated>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NotEvaluated {
    #[serde(serialize_with = "topic_name")]
    pub topic: Topic,
    pub reason: Text,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Evaluation {
    pub app_version: &'static str,
    pub rule_edition: &'static str,
    pub request: RequestKind,
    pub applicant: ApplicantKind,
    /// The guide's part that governs the request (1–7).
    pub part: u8,
    pub verdict: Verdict,
    pub rules: Vec<RuleOutcome>,
    pub route: RouteOut,
    pub steps: Vec<StepOut>,
    pub materials: Vec<MaterialOut>,
    pub handling_rules: Vec<HandlingOut>,
    pub deadlines: Vec<DeadlineOut>,
    /// Where the working days of every year the deadlines counted through come from.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub calendar: Vec<crate::core::reference::calendar::YearBasis>,
    pub handling_time: CitedOut,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result_letter: Option<CitedOut>,
    pub service: Vec<ServiceFact>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inherits: Option<Inheritance>,
}

impl Evaluation {
    /// The rules that are not met, in table order.
    pub fn failed_rules(&self) -> impl Iterator<Item = &RuleOutcome> {
        self.rules.iter().filter(|rule| rule.outcome == Outcome::NotMet)
    }
}

impl Topic {
    /// The kebab-case name used in the tables.
    pub fn name(self) -> &'static str {
        match self {
            Topic::Conditions => "conditions",
            Topic::Prohibitions => "prohibitions",
            Topic::OccupationScope => "occupation-scope",
            Topic::QuantityLimit => "quantity-limit",
            Topic::Request => "request",
            Topic::ReceivingAuthority => "receiving-authority",
            Topic::Fees => "fees",
            Topic::ResultDelivery => "result-delivery",
            Topic::RightsAndDuties => "rights-and-duties",
            Topic::Consultation => "consultation",
            Topic::Complaints => "complaints",
        }
    }
}

fn topic_name<S: Serializer>(topic: &Topic, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(topic.name())
}

fn topic_clauses<S: Serializer>(topics: &[(Topic, Option<String>)], serializer: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = serializer.serialize_map(Some(topics.len()))?;
    for (topic, clause) in topics {
        map.serialize_entry(topic.name(), clause)?;
    }
    map.end()
}
