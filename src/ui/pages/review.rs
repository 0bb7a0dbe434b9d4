//! "Check your answers": every answer of the case, each with a link to change it. Changing one
//! returns here and keeps all the others.

use leptos::prelude::*;

use crate::core::interview::{Draft, QuestionPage};
use crate::core::reference::place;
use crate::core::Lang;
use crate::ui::{
    components::page_heading::PageHeading,
    i18n::{Msg, level_label, t, tr},
    pages::question::NoSelfCheck,
    router::{Route, go},
    store::Store,
};

#[component]
pub fn ReviewPage() -> impl IntoView {
    let store = Store::use_context();
    let lang = move || store.lang.get();
    let draft = store.draft;
    if draft.with_untracked(|d| d.request().is_none()) {
        return view! { <NoSelfCheck/> }.into_any();
    }
    view! {
        <a class="back-link" href=move || draft.with(|d| d.pages().last().map_or(Route::Start, |p| Route::Question { page: *p, from_review: false }).href())>
            {tr(Msg::Back)}
        </a>
        <PageHeading text=Signal::derive(move || t(lang(), Msg::ReviewTitle).to_string())/>
        <p>{tr(Msg::ReviewIntro)}</p>
        {move || {
            let lang = lang();
            draft.with(|d| {
                d.pages()
                    .into_iter()
                    .map(|page| {
                        let rows = answers(page, d, lang);
                        view! {
                            <h2 class="summary-heading">{page.title().get(lang)}</h2>
                            <dl class="summary-list">
                                {rows.into_iter().map(|(question, answer)| {
                                    let hidden = question.clone();
                                    view! {
                                        <div class="summary-list__row">
                                            <dt class="summary-list__key">{question}</dt>
                                            <dd class="summary-list__value">{answer}</dd>
                                            <dd class="summary-list__actions">
                                                <a href=Route::Question { page, from_review: true }.href()>
                                                    {t(lang, Msg::Change)}
                                                    <span class="visually-hidden">" "{hidden}</span>
                                                </a>
                                            </dd>
                                        </div>
                                    }
                                }).collect_view()}
                            </dl>
                        }
                    })
                    .collect_view()
            })
        }}
        <button type="button" class="button" on:click=move |_| go(Route::Result)>{tr(Msg::SeeResult)}</button>
    }
    .into_any()
}

/// The answers of one page as (question, answer) lines.
fn answers(page: QuestionPage, d: &Draft, lang: Lang) -> Vec<(String, String)> {
    let unanswered = || t(lang, Msg::NotAnswered).to_string();
    let yes_no = |answer: Option<bool>| match answer {
        Some(true) => t(lang, Msg::AnswerYes).to_string(),
        Some(false) => t(lang, Msg::AnswerNo).to_string(),
        None => unanswered(),
    };
    let date = |value: Option<jiff::civil::Date>| value.map_or_else(unanswered, crate::core::iso_date::format);
    let q = |msg| t(lang, msg).to_string();
    match page {
        QuestionPage::FiledAs => vec![(q(Msg::FiledAsLegend), d.filed_as.map_or_else(unanswered, |k| k.label().get(lang).to_string()))],
        QuestionPage::Organisation => {
            let mut rows = Vec::new();
            if d.legal_form_asked() {
                rows.push((q(Msg::LegalFormLegend), d.legal_form.map_or_else(unanswered, |f| f.label().get(lang).to_string())));
            }
            if d.is_school() {
                rows.push((q(Msg::SchoolKindLegend), d.school_kind.map_or_else(unanswered, |k| k.label().get(lang).to_string())));
                rows.push((q(Msg::SchoolOwnershipLegend), d.school_ownership.map_or_else(unanswered, |o| o.label().get(lang).to_string())));
                if d.school_registration_asked() {
                    rows.push((q(Msg::SchoolRegistrationLegend), d.school_registration.map_or_else(unanswered, |r| r.label().get(lang).to_string())));
                }
            }
            rows
        }
        QuestionPage::Affiliations => {
            let asked = d.affiliations_asked();
            let chosen: Vec<&str> = d.affiliations.iter().filter(|a| asked.contains(a)).map(|a| a.label().get(lang)).collect();
            vec![(q(Msg::AffiliationsLegend), if chosen.is_empty() { q(Msg::NoneOfThese) } else { chosen.join(if lang == Lang::ZhCn { "、" } else { "; " }) })]
        }
        QuestionPage::Place => {
            let answer = d.place.as_deref().map_or_else(unanswered, |code| {
                match (place::receiving_place_by_code(code), place::county_by_code(code)) {
                    (Some(p), _) => p.name.to_string(),
                    (None, Some(county)) => format!("{} {}", county.receiving_place().name, county.name),
                    (None, None) => code.to_string(),
                }
            });
            vec![(q(Msg::PlaceLabel), answer)]
        }
        QuestionPage::Records => {
            let asked = d.records_asked();
            let r = &d.records;
            let mut rows = Vec::new();
            if asked.abnormal_operation {
                let mut answer = yes_no(r.abnormal_listed);
                if r.abnormal_listed == Some(true) {
                    answer = format!("{answer}（{} – {}）", date(r.abnormal_from), r.abnormal_until.map_or_else(|| q(Msg::StillListed), crate::core::iso_date::format));
                }
                rows.push((q(Msg::AbnormalListedLegend), answer));
            }
            if asked.annual_inspections {
                let mut answer = yes_no(r.inspection_failed);
                if r.inspection_failed == Some(true) {
                    answer = format!("{answer}（{}）", date(r.inspection_failed_on));
                }
                rows.push((q(Msg::InspectionFailedLegend), answer));
            }
            if asked.illegal_organisation_list {
                rows.push((q(Msg::IllegalListLegend), yes_no(r.illegal_list)));
            }
            rows
        }
        QuestionPage::Conditions | QuestionPage::Prohibitions => d
            .declarations_on(page)
            .into_iter()
            .map(|rule| {
                let answer = match d.declarations.get(rule.id) {
                    Some(true) => q(Msg::DeclarationHolds),
                    Some(false) => q(Msg::DeclarationDoesNotHold),
                    None => unanswered(),
                };
                (format!("{}（{}）", rule.statement.get(lang), rule.clause), answer)
            })
            .collect(),
        QuestionPage::Occupations => {
            if d.occupations.is_empty() {
                return vec![(q(Msg::OccupationsTitleShort), q(Msg::OccupationsNone))];
            }
            d.occupations
                .iter()
                .enumerate()
                .map(|(index, row)| {
                    let levels: Vec<&str> = row.levels.iter().map(|l| level_label(*l).get(lang)).collect();
                    let standard = row.standard.as_ref().map_or_else(unanswered, |s| {
                        format!("{}{}{}", s.kind.label().get(lang), if s.name.is_empty() { String::new() } else { format!(" {}", s.name) }, s.edition_year.map(|y| format!(" {y}")).unwrap_or_default())
                    });
                    let job = if row.job_type.is_empty() { String::new() } else { format!("（{}）", row.job_type) };
                    (
                        t(lang, Msg::OccupationRow).replace("{n}", &(index + 1).to_string()),
                        format!("{} {}{job}；{}；{standard}", row.code, row.name, levels.join("、")),
                    )
                })
                .collect()
        }
        QuestionPage::Request => {
            let mut rows = Vec::new();
            if d.application_date_asked() {
                rows.push((q(Msg::ApplicationDateLabel), date(d.application_date)));
            }
            match d.request() {
                Some(crate::core::facts::RequestKind::Renewal) => {
                    rows.push((q(Msg::FilingExpiryLabel), date(d.details.filing_expiry)));
                    rows.push((q(Msg::FilingPlaceLabel), match d.details.filing_place.as_deref() {
                        None => q(Msg::FilingPlaceSameAsRules),
                        Some("province") => q(Msg::FilingPlaceProvince),
                        Some(code) => place::receiving_place_by_code(code).map_or(code.to_string(), |p| p.name.to_string()),
                    }));
                    rows.push((q(Msg::PenalisedLegend), yes_no(d.details.penalised)));
                }
                Some(crate::core::facts::RequestKind::Termination) => {
                    rows.push((q(Msg::NoticeStartLabel), date(d.details.termination_notice_start)));
                }
                _ => {}
            }
            for rule in d.declarations_on(QuestionPage::Request) {
                rows.push((rule.statement.get(lang).to_string(), yes_no(d.declarations.get(rule.id).copied())));
            }
            if d.details.prefer_local_path {
                rows.push((q(Msg::LocalPathLegend), q(Msg::LocalPathLocal)));
            }
            rows
        }
    }
}
