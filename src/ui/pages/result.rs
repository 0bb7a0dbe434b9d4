//! The result: the verdict with every rule's outcome, reason and clause; what to fix; the
//! receiving authority; the steps with their dates; the materials checklist; the result letter.

use leptos::prelude::*;

use crate::core::evaluate::{AuthorityOut, DateOutcome, Evaluation, Outcome, RuleOutcome, Verdict, evaluate_with};
use crate::core::interview::QuestionPage;
use crate::core::rules::Topic;
use crate::core::{Lang, ics::deadlines_calendar};
use crate::ui::{
    clock::utc_stamp,
    components::{citation::Citation, page_heading::PageHeading},
    i18n::{Msg, t, tr, bi, tx},
    pages::question::NoSelfCheck,
    router::Route,
    store::Store,
};

#[component]
pub fn ResultPage() -> impl IntoView {
    let store = Store::use_context();
    let draft = store.draft;
    if draft.with_untracked(|d| d.request().is_none()) {
        return view! { <NoSelfCheck/> }.into_any();
    }
    // On the host's calendar too (site.json), which may arrive after the page is drawn.
    let evaluation = Memo::new(move |_| {
        let facts = draft.with(|d| d.facts())?;
        Some(store.calendar.with(|calendar| evaluate_with(&facts, calendar)))
    });
    // Tell an opted-in host page (issue 8: embedding) each time a new result is shown.
    Effect::new(move |_| {
        if let Some(evaluation) = evaluation.get() {
            crate::ui::embed::announce_result(&evaluation);
        }
    });
    view! {
        <a class="back-link" href=Route::Review.href()>{tr(Msg::BackToReview)}</a>
        {move || match evaluation.get() {
            None => view! { <MissingAnswers/> }.into_any(),
            Some(evaluation) => view! { <EvaluationView evaluation=evaluation/> }.into_any(),
        }}
    }
    .into_any()
}

/// The answers every evaluation needs are not all given: say which, with links.
#[component]
fn MissingAnswers() -> impl IntoView {
    let store = Store::use_context();
    let lang = move || store.lang.get();
    let pages = store.draft.with_untracked(|d| {
        d.pages().into_iter().filter(|page| !crate::core::interview::problems(*page, d).is_empty()).collect::<Vec<QuestionPage>>()
    });
    view! {
        <PageHeading text=Signal::derive(move || t(lang(), Msg::ResultIncompleteTitle).to_string())/>
        <p>{tr(Msg::ResultIncompleteBody)}</p>
        <ul class="list">
            {pages.into_iter().map(|page| view! {
                <li><a href=Route::Question { page, from_review: true }.href()>{bi(page.title())}</a></li>
            }).collect_view()}
        </ul>
    }
}

/// The forms page, a page of its own beside this one (`forms/`).
const FORMS_PAGE: &str = "forms/#/";

#[component]
fn EvaluationView(evaluation: Evaluation) -> impl IntoView {
    let store = Store::use_context();
    let lang = move || store.lang.get();
    let verdict_class = match evaluation.verdict {
        Verdict::Ready => "verdict verdict--ready",
        Verdict::NotReady => "verdict verdict--not-ready",
        Verdict::NeedsConfirmation => "verdict verdict--confirm",
    };
    let verdict = evaluation.verdict.label_for(evaluation.request);
    let count = |outcome| evaluation.rules.iter().filter(|r| r.outcome == outcome).count();
    let (not_met, to_confirm, met) = (count(Outcome::NotMet), count(Outcome::NeedsConfirmation), count(Outcome::Met));
    let to_fix: Vec<RuleOutcome> =
        evaluation.rules.iter().filter(|r| matches!(r.outcome, Outcome::NotMet | Outcome::NeedsConfirmation | Outcome::LeavesScope)).cloned().collect();
    let evaluation = StoredValue::new(evaluation);
    // The sections below read the evaluation from context rather than through props.
    provide_context(evaluation);
    view! {
        <div class=verdict_class>
            <p class="verdict__caption">{tr(Msg::VerdictCaption)}</p>
            <PageHeading text=Signal::derive(move || verdict.get(lang()).to_string())/>
            <p class="verdict__counts">
                {move || t(lang(), Msg::VerdictCounts)
                    .replace("{met}", &met.to_string())
                    .replace("{not_met}", &not_met.to_string())
                    .replace("{confirm}", &to_confirm.to_string())}
            </p>
        </div>

        {(!to_fix.is_empty()).then(|| view! {
            <section aria-labelledby="to-fix">
                <h2 id="to-fix">{tr(Msg::ToFixHeading)}</h2>
                <ul class="fix-list">
                    {to_fix.into_iter().map(|rule| view! { <RuleItem rule=rule/> }).collect_view()}
                </ul>
            </section>
        })}

        <RouteSection/>
        <StepsSection/>
        <MaterialsSection/>
        <OutcomeSection/>

        <section class="no-print" aria-labelledby="forms">
            <h2 id="forms">{tr(Msg::FillInForms)}</h2>
            <p>{tr(Msg::FillInFormsHint)}</p>
            <a class="button" href=FORMS_PAGE>{tr(Msg::FillInForms)}</a>
        </section>

        <section aria-labelledby="all-rules">
            <h2 id="all-rules">{tr(Msg::AllRulesHeading)}</h2>
            {[Topic::Conditions, Topic::Prohibitions, Topic::OccupationScope, Topic::QuantityLimit, Topic::Request]
                .into_iter()
                .filter_map(|topic| {
                    let rules: Vec<RuleOutcome> = evaluation.with_value(|e| e.rules.iter().filter(|r| r.topic == topic).cloned().collect());
                    (!rules.is_empty()).then(|| view! {
                        <h3>{move || t(lang(), topic_msg(topic))}</h3>
                        <ul class="rule-list">
                            {rules.into_iter().map(|rule| view! { <RuleItem rule=rule/> }).collect_view()}
                        </ul>
                    })
                })
                .collect_view()}
            {evaluation.with_value(|e| e.inherits.clone()).map(|inherits| {
                let (clause, part) = (inherits.clause, inherits.from_part);
                view! {
                    <p class="hint">
                        {move || t(lang(), Msg::InheritedNote).replace("{clause}", clause).replace("{part}", &part.to_string())}
                    </p>
                    {inherits.not_evaluated.into_iter().map(|item| view! { <p class="hint" data-not-evaluated=item.topic.name()>{tx(item.reason)}</p> }).collect_view()}
                }
            })}
        </section>

        <div class="actions no-print">
            <a class="button button--secondary" href=Route::Review.href()>{tr(Msg::ChangeAnswers)}</a>
            <button type="button" class="button button--secondary" on:click=|_| { let _ = window().print(); }>{tr(Msg::Print)}</button>
        </div>
    }
}

fn topic_msg(topic: Topic) -> Msg {
    match topic {
        Topic::Conditions => Msg::TopicConditions,
        Topic::Prohibitions => Msg::TopicProhibitions,
        Topic::OccupationScope => Msg::TopicOccupationScope,
        Topic::QuantityLimit => Msg::TopicQuantityLimit,
        _ => Msg::TopicRequest,
    }
}

#[component]
fn RuleItem(rule: RuleOutcome) -> impl IntoView {
    let store = Store::use_context();
    let lang = move || store.lang.get();
    let (class, label) = match rule.outcome {
        Outcome::Met => ("outcome outcome--met", Msg::OutcomeMet),
        Outcome::NotMet => ("outcome outcome--not-met", Msg::OutcomeNotMet),
        Outcome::NeedsConfirmation => ("outcome outcome--confirm", Msg::OutcomeNeedsConfirmation),
        Outcome::NotApplicable => ("outcome outcome--na", Msg::OutcomeNotApplicable),
        Outcome::LeavesScope => ("outcome outcome--confirm", Msg::OutcomeLeavesScope),
    };
    let basis = match rule.basis {
        crate::core::evaluate::Basis::Declared => Some(Msg::BasisDeclared),
        _ => None,
    };
    let row = rule.row;
    let rule = StoredValue::new(rule);
    view! {
        <li class="rule" data-rule=rule.with_value(|r| r.rule_id)>
            <p class="rule__head">
                <span class=class>{tr(label)}</span>" "
                <span class="rule__statement">{tx(rule.with_value(|r| r.statement.clone()))}</span>
                {row.map(|row| view! { " "<span class="rule__row">{move || t(lang(), Msg::OccupationRow).replace("{n}", &row.to_string())}</span> })}
            </p>
            <p class="rule__reason">
                {tx(rule.with_value(|r| r.reason.clone()))}
                {basis.map(|basis| view! { " "<span class="tag">{tr(basis)}</span> })}
            </p>
            {rule.with_value(|r| r.fix.clone()).map(|fix| view! {
                <p class="rule__fix"><strong>{tr(Msg::WhatToDo)}</strong>" "{tx(fix.clone())}</p>
            })}
            <Citation clause=rule.with_value(|r| r.clause)/>
        </li>
    }
}

fn office_name(office: &AuthorityOut, lang: Lang) -> String {
    office.name.get(lang).to_string()
}

#[component]
fn RouteSection() -> impl IntoView {
    let store = Store::use_context();
    let lang = move || store.lang.get();
    let evaluation = expect_context::<StoredValue<Evaluation>>();
    let route = evaluation.with_value(|e| e.route.clone());
    let route = StoredValue::new(route);
    view! {
        <section aria-labelledby="route">
            <h2 id="route">{tr(Msg::RouteHeading)}</h2>
            <div class="panel">
                {move || route.with_value(|r| match &r.authority {
                    Some(office) => view! { <p class="route__office" data-authority=office.id>{office_name(office, lang())}</p> }.into_any(),
                    None => view! { <p class="route__office">{t(lang(), Msg::RouteUnknown)}</p> }.into_any(),
                })}
                {move || route.with_value(|r| r.missing.clone()).map(|missing| view! {
                    <p>{t(lang(), Msg::RouteMissing)}" "{missing.get(lang()).to_string()}</p>
                })}
                {move || route.with_value(|r| r.alternatives.clone()).into_iter().map(|office| view! {
                    <p>{t(lang(), Msg::RouteAlternative)}" "{office_name(&office, lang())}</p>
                }).collect_view()}
                {move || route.with_value(|r| r.recommends_to.clone()).map(|office| view! {
                    <p>{t(lang(), Msg::RouteRecommendsTo)}" "{office_name(&office, lang())}</p>
                })}
                {move || route.with_value(|r| r.supervising_opinion.clone()).map(|office| view! {
                    <p>{t(lang(), Msg::RouteSupervisingOpinion)}" "{office_name(&office, lang())}</p>
                })}
                <Citation clause=route.with_value(|r| r.clause)/>
                {route.with_value(|r| r.inherited_via).map(|clause| view! {
                    <p class="hint">{move || t(lang(), Msg::RouteInherited).replace("{clause}", clause)}</p>
                })}
                {route.with_value(|r| r.note.clone()).map(|note| view! { <p class="notice" data-route-note="">{tx(note)}</p> })}
            </div>
        </section>
    }
}

fn date_text(date: &DateOutcome, lang: Lang) -> String {
    match date {
        DateOutcome::Known { date } => crate::core::iso_date::format(*date),
        DateOutcome::MissingInput { what } => t(lang, Msg::DateNeeds).replace("{what}", what.get(lang)),
        DateOutcome::CalendarUnknown { year } => t(lang, Msg::CalendarUnknown).replace("{year}", &year.to_string()),
        DateOutcome::Estimated { date, .. } => t(lang, Msg::DateEstimated).replace("{date}", &crate::core::iso_date::format(*date)),
        DateOutcome::OutOfRange { reason } => reason.get(lang).to_string(),
    }
}

#[component]
fn StepsSection() -> impl IntoView {
    let store = Store::use_context();
    let lang = move || store.lang.get();
    let evaluation = expect_context::<StoredValue<Evaluation>>();
    let steps = evaluation.with_value(|e| e.steps.clone());
    let deadlines = evaluation.with_value(|e| e.deadlines.clone());
    let download = move |_| {
        let ics = evaluation.with_value(|e| deadlines_calendar(e, store.lang.get_untracked(), &utc_stamp()));
        if let Some(ics) = ics {
            crate::ui::download::download_text("deadlines.ics", "text/calendar;charset=utf-8", &ics);
        }
    };
    let has_dates = deadlines.iter().any(|d| matches!(d.date, DateOutcome::Known { .. } | DateOutcome::Estimated { .. }));
    let calendar = evaluation.with_value(|e| e.calendar.clone());
    view! {
        <section aria-labelledby="steps">
            <h2 id="steps">{tr(Msg::StepsHeading)}</h2>
            <ol class="timeline">
                {steps.into_iter().map(|step| {
                    let step = StoredValue::new(step);
                    view! {
                        <li class="timeline__step" data-step=step.with_value(|s| s.id)>
                            <p class="timeline__title">
                                {tx(step.with_value(|s| s.title.clone()))}
                                " "<span class="tag">{move || t(lang(), if step.with_value(|s| s.actor == crate::core::rules::Actor::Applicant) { Msg::ActorApplicant } else { Msg::ActorOffice })}</span>
                            </p>
                            <p>{tx(step.with_value(|s| s.detail.clone()))}</p>
                            {step.with_value(|s| s.deadline.clone()).map(|deadline| view! {
                                <p class="timeline__date"><strong>{tx(deadline.title.clone())}"："</strong>{move || date_text(&deadline.date, lang())}</p>
                            })}
                            <Citation clause=step.with_value(|s| s.clause)/>
                        </li>
                    }
                }).collect_view()}
            </ol>
            {(!deadlines.is_empty()).then(|| view! {
                <h3>{tr(Msg::DeadlinesHeading)}</h3>
                <ul class="list">
                    {deadlines.iter().cloned().map(|deadline| view! {
                        <li data-deadline=deadline.id>
                            {tx(deadline.title.clone())}"："{move || date_text(&deadline.date, lang())}" "<span class="cite">{deadline.clause}</span>
                            {deadline.note.clone().map(|note| view! { <br/><strong>{tx(note)}</strong> })}
                        </li>
                    }).collect_view()}
                </ul>
            })}
            {(!calendar.is_empty()).then(|| view! {
                <h3>{tr(Msg::CalendarSourcesHeading)}</h3>
                <ul class="list calendar-sources">
                    {calendar.into_iter().map(|year| view! { <li data-calendar-year=year.year data-calendar-source=year.source.name()>{tx(year.describe())}</li> }).collect_view()}
                </ul>
            })}
            {has_dates.then(|| view! {
                <button type="button" class="button button--secondary no-print" on:click=download>{tr(Msg::DownloadCalendar)}</button>
            })}
        </section>
    }
}

#[component]
fn MaterialsSection() -> impl IntoView {
    let store = Store::use_context();
    let evaluation = expect_context::<StoredValue<Evaluation>>();
    let materials = evaluation.with_value(|e| e.materials.clone());
    let handling = evaluation.with_value(|e| e.handling_rules.clone());
    view! {
        <section aria-labelledby="materials">
            <h2 id="materials">{tr(Msg::MaterialsHeading)}</h2>
            <p class="hint">{tr(Msg::MaterialsHint)}</p>
            <ol class="checklist">
                {materials.into_iter().map(|material| {
                    let id = material.id;
                    let input_id = format!("material-{id}");
                    let material = StoredValue::new(material);
                    view! {
                        <li class="checklist__item" data-material=id>
                            <input
                                type="checkbox"
                                class="checklist__input"
                                id=input_id.clone()
                                prop:checked=move || store.draft.with(|d| d.checked_materials.iter().any(|m| m == id))
                                on:change=move |ev| {
                                    let checked = event_target_checked(&ev);
                                    store.update_draft(|d| {
                                        d.checked_materials.retain(|m| m != id);
                                        if checked {
                                            d.checked_materials.push(id.to_string());
                                        }
                                    });
                                }
                            />
                            <label class="checklist__label" for=input_id>
                                {tx(material.with_value(|m| m.title.clone()))}
                            </label>
                            {material.with_value(|m| m.note.clone()).map(|note| view! { <p class="hint">{tx(note.clone())}</p> })}
                            <Citation clause=material.with_value(|m| m.clause)/>
                        </li>
                    }
                }).collect_view()}
            </ol>
            {(!handling.is_empty()).then(|| view! {
                <h3>{tr(Msg::HandlingHeading)}</h3>
                <ul class="list">
                    {handling.into_iter().map(|rule| view! {
                        <li>{tx(rule.text.clone())}" "<span class="cite">{rule.clause}</span></li>
                    }).collect_view()}
                </ul>
            })}
        </section>
    }
}

#[component]
fn OutcomeSection() -> impl IntoView {
    let evaluation = expect_context::<StoredValue<Evaluation>>();
    let (letter, handling_time, service) =
        evaluation.with_value(|e| (e.result_letter.clone(), e.handling_time.clone(), e.service.clone()));
    view! {
        <section aria-labelledby="outcome">
            <h2 id="outcome">{tr(Msg::OutcomeHeading)}</h2>
            <dl class="summary-list">
                <div class="summary-list__row">
                    <dt class="summary-list__key">{tr(Msg::ResultLetter)}</dt>
                    <dd class="summary-list__value">
                        {match letter {
                            Some(letter) => view! { {tx(letter.text.clone())}" "<span class="cite">{letter.clause}</span> }.into_any(),
                            None => view! { {tr(Msg::NoResultLetter)} }.into_any(),
                        }}
                    </dd>
                </div>
                <div class="summary-list__row">
                    <dt class="summary-list__key">{tr(Msg::HandlingTime)}</dt>
                    <dd class="summary-list__value">{tx(handling_time.text.clone())}" "<span class="cite">{handling_time.clause}</span></dd>
                </div>
                {service.into_iter().map(|fact| {
                    let key = match fact.topic {
                        Topic::Fees => Msg::ServiceFees,
                        Topic::ResultDelivery => Msg::ServiceDelivery,
                        Topic::RightsAndDuties => Msg::ServiceRights,
                        Topic::Consultation => Msg::ServiceConsultation,
                        _ => Msg::ServiceComplaints,
                    };
                    view! {
                        <div class="summary-list__row">
                            <dt class="summary-list__key">{tr(key)}</dt>
                            <dd class="summary-list__value">{tx(fact.text.clone())}" "<span class="cite">{fact.clause.clone()}</span></dd>
                        </div>
                    }
                }).collect_view()}
            </dl>
        </section>
    }
}
