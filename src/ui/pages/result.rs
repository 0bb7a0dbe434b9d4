//! The result: the verdict with every rule's outcome, reason and clause; what to fix; the
//! receiving authority; the steps with their dates; the materials checklist; the result letter.

use leptos::prelude::*;

use crate::core::evaluate::{AuthorityOut, DateOutcome, Evaluation, Outcome, RuleOutcome, Verdict, evaluate_with};
use crate::core::interview::QuestionPage;
use crate::core::rules::Topic;
use crate::core::{Lang, ics::{calendar_file_name, deadlines_calendar}};
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
    // Every evaluation needs an application date, which is asked only where a rule reads it.
    if draft.with_untracked(|d| d.application_date.is_none()) {
        store.update_draft(|d| d.application_date = Some(crate::ui::clock::today()));
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
    let part = evaluation.part;
    let evaluation = StoredValue::new(evaluation);
    // The sections below read the evaluation from context rather than through props.
    provide_context(evaluation);
    // The printed result's running header and footer (style/print.css), in the page's language.
    Effect::new(move |_| set_print_margins(Some((part, lang()))));
    on_cleanup(|| set_print_margins(None));
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

        {if not_met > 0 {
            // Not eligible: the forms stay reachable, but are not offered as the next step.
            view! {
                <section class="no-print notice notice--warning" aria-labelledby="forms" data-forms-not-ready="">
                    <h2 id="forms">{tr(Msg::FormsNotReadyHeading)}</h2>
                    <p>{tr(Msg::FormsNotReadyHint)}</p>
                    <a class="button button--secondary" href=FORMS_PAGE>{tr(Msg::FormsNotReadyLink)}</a>
                </section>
            }.into_any()
        } else {
            view! {
                <section class="no-print" aria-labelledby="forms">
                    <h2 id="forms">{tr(Msg::FillInForms)}</h2>
                    <p>{tr(Msg::FillInFormsHint)}</p>
                    <a class="button" href=FORMS_PAGE>{tr(Msg::FillInForms)}</a>
                </section>
            }.into_any()
        }}

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

/// A CSS string token: `"…"` with `\` and `"` escaped, line ends as spaces.
fn css_string(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\"").replace(['\n', '\r'], " "))
}

/// Sets (or, with `None`, removes) the custom properties the print margins show. Through the
/// CSSOM (`style.setProperty`), which the page's CSP allows, unlike a style attribute.
fn set_print_margins(content: Option<(u8, Lang)>) {
    use wasm_bindgen::{JsCast, JsValue};
    let Some(root) = document().document_element() else { return };
    let Ok(style) = js_sys::Reflect::get(&root, &JsValue::from_str("style")) else { return };
    let call = |method: &str, args: &[&str]| {
        if let Ok(function) = js_sys::Reflect::get(&style, &JsValue::from_str(method)).and_then(|f| f.dyn_into::<js_sys::Function>()) {
            let args: js_sys::Array = args.iter().map(|arg| JsValue::from_str(arg)).collect();
            let _ = function.apply(&style, &args);
        }
    };
    let Some((part, lang)) = content else {
        for name in ["--print-header", "--print-edition", "--print-pages"] {
            call("removeProperty", &[name]);
        }
        return;
    };
    let procedure = crate::core::PROCEDURES.iter().find(|procedure| procedure.part == part).map(|procedure| procedure.title.get(lang)).unwrap_or_default();
    let mut header = vec![procedure.to_string()];
    header.extend(crate::ui::storage::institution_name());
    header.push(t(lang, Msg::PrintedOn).replace("{date}", &crate::core::iso_date::format(crate::ui::clock::today())));
    let edition = format!("{} · {} {}", crate::core::RULE_TABLE_EDITION, t(lang, Msg::FooterAppVersion), crate::core::APP_VERSION);
    // "第 {page} 页，共 {pages} 页" → "第 " counter(page) " 页，共 " counter(pages) " 页".
    let pages = t(lang, Msg::PrintPageOf)
        .split("{pages}")
        .map(|part| part.split("{page}").map(css_string).collect::<Vec<_>>().join(" counter(page) "))
        .collect::<Vec<_>>()
        .join(" counter(pages) ");
    call("setProperty", &["--print-header", &css_string(&header.join(" · "))]);
    call("setProperty", &["--print-edition", &css_string(&edition)]);
    call("setProperty", &["--print-pages", &pages]);
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
    // The question to go back to, for an item that is not settled.
    let question = matches!(rule.outcome, Outcome::NotMet | Outcome::NeedsConfirmation)
        .then(|| store.draft.with_untracked(|d| d.page_of_rule(rule.rule_id)))
        .flatten();
    // Not met with a finding: the heading states it ("3 年内曾被列入经营异常名录"), not
    // "不符合" and a negation.
    let heading = rule.finding.clone().unwrap_or_else(|| rule.statement.clone());
    let rule = StoredValue::new(rule);
    view! {
        <li class="rule" data-rule=rule.with_value(|r| r.rule_id)>
            <p class="rule__head">
                <span class=class>{tr(label)}</span>" "
                <span class="rule__statement">{tx(heading)}</span>
                {row.map(|row| view! { " "<span class="rule__row">{move || t(lang(), Msg::OccupationRow).replace("{n}", &row.to_string())}</span> })}
            </p>
            <p class="rule__reason">
                {tx(rule.with_value(|r| r.reason.clone()))}
                {basis.map(|basis| view! { " "<span class="tag">{tr(basis)}</span> })}
            </p>
            {rule.with_value(|r| r.fix.clone()).map(|fix| view! {
                <p class="rule__fix"><strong>{tr(Msg::WhatToDo)}</strong>" "{tx(fix.clone())}</p>
            })}
            {question.map(|page| view! {
                <p class="rule__question"><a href=Route::Question { page, from_review: true }.href() data-question=page.slug()>{tr(Msg::GoToQuestion)}</a></p>
            })}
            <Citation clause=rule.with_value(|r| r.clause)/>
        </li>
    }
}

fn office_name(office: &AuthorityOut, lang: Lang) -> String {
    office.name.get(lang).to_string()
}

/// The receiving office's contacts as the host publishes them in `site.json`; without them,
/// its name and "ask it" (the guide gives no address or phone, and the page invents none).
#[component]
fn OfficeContacts(office: AuthorityOut) -> impl IntoView {
    let store = Store::use_context();
    let lang = move || store.lang.get();
    let name = office.name.clone();
    move || match store.contacts.with(|contacts| contacts.for_office(&office).cloned()) {
        Some(contact) => {
            let rows = [
                (Msg::ContactName, contact.name),
                (Msg::ContactAddress, contact.address),
                (Msg::ContactPhone, contact.phone),
                (Msg::ContactHours, contact.hours),
                (Msg::ContactChannel, contact.channel),
            ];
            view! {
                <dl class="summary-list contacts" data-office-contacts="">
                    {rows.into_iter().filter(|(_, value)| !value.is_empty()).map(|(key, value)| view! {
                        <div class="summary-list__row"><dt class="summary-list__key">{tr(key)}</dt><dd class="summary-list__value">{value}</dd></div>
                    }).collect_view()}
                </dl>
            }
            .into_any()
        }
        None => {
            let name = name.clone();
            view! { <p class="hint" data-office-contacts="none">{move || t(lang(), Msg::ContactAsk).replace("{office}", name.get(lang()))}</p> }.into_any()
        }
    }
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
                {move || route.with_value(|r| r.authority.clone()).map(|office| view! { <OfficeContacts office=office/> })}
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

/// 已过, 今天, or 还剩 N 天, relative to the user's today.
fn date_status(date: &DateOutcome, today: jiff::civil::Date, lang: Lang) -> Option<(String, &'static str)> {
    let days = crate::core::iso_date::days_between(today, date.date()?);
    Some(match days {
        ..0 => (t(lang, Msg::DatePassed).to_string(), "passed"),
        0 => (t(lang, Msg::DateToday).to_string(), "today"),
        _ => (t(lang, Msg::DaysLeft).replace("{n}", &days.to_string()), "ahead"),
    })
}

/// A deadline's date with its status and, for a date counted from the submission, that day.
#[component]
fn DeadlineDate(deadline: crate::core::evaluate::DeadlineOut, today: jiff::civil::Date) -> impl IntoView {
    let store = Store::use_context();
    let lang = move || store.lang.get();
    let status = deadline.date.date().map(|_| deadline.date.clone());
    let from = deadline.counted_from_submission;
    let date = deadline.date.clone();
    view! {
        {move || date_text(&date, lang())}
        {status.map(|status| {
            let kind = date_status(&status, today, Lang::ZhCn).map_or("", |(_, kind)| kind);
            view! { " "<span class="tag date-status" data-date-status=kind>{move || date_status(&status, today, lang()).map(|(text, _)| text)}</span> }
        })}
        {from.map(|from| view! { " "<span class="hint">{move || t(lang(), Msg::CountedFromSubmission).replace("{date}", &crate::core::iso_date::format(from))}</span> })}
    }
}

#[component]
fn StepsSection() -> impl IntoView {
    let store = Store::use_context();
    let lang = move || store.lang.get();
    let evaluation = expect_context::<StoredValue<Evaluation>>();
    let steps = evaluation.with_value(|e| e.steps.clone());
    let deadlines = evaluation.with_value(|e| e.deadlines.clone());
    let today = crate::ui::clock::today();
    let download = move |_| {
        let lang = store.lang.get_untracked();
        let ics = evaluation.with_value(|e| deadlines_calendar(e, lang, &utc_stamp(), today));
        if let Some(ics) = ics {
            let name = evaluation.with_value(|e| calendar_file_name(e, crate::ui::storage::institution_name().as_deref(), lang));
            crate::ui::download::download_text(&name, "text/calendar;charset=utf-8", &ics);
        }
    };
    let has_dates = deadlines.iter().any(|d| d.date.date().is_some());
    // Only dates from today on go into the calendar file (a file of past dates helps no one).
    let has_future_dates = deadlines.iter().any(|d| d.date.date().is_some_and(|date| date >= today));
    // The submission a date is counted from is listed in its place, so a handling end is never
    // read before (or apart from) the submission it follows.
    let submission = deadlines.iter().find_map(|d| d.counted_from_submission);
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
                                <p class="timeline__date"><strong>{tx(deadline.title.clone())}{move || t(lang(), Msg::Colon)}</strong><DeadlineDate deadline=deadline today=today/></p>
                            })}
                            <Citation clause=step.with_value(|s| s.clause)/>
                        </li>
                    }
                }).collect_view()}
            </ol>
            {(!deadlines.is_empty()).then(|| {
                let submitted_before = |date: Option<jiff::civil::Date>| submission.is_some_and(|from| date.is_none_or(|date| from <= date));
                let position = deadlines.iter().position(|d| submitted_before(d.date.date())).unwrap_or(deadlines.len());
                let items = deadlines.iter().cloned().enumerate().map(|(index, deadline)| view! {
                    {(index == position).then(|| submission.map(|from| view! { <li data-deadline="submission">{move || t(lang(), Msg::SubmissionDay)}{move || t(lang(), Msg::Colon)}{crate::core::iso_date::format(from)}</li> }))}
                    <li data-deadline=deadline.id>
                        {tx(deadline.title.clone())}{move || t(lang(), Msg::Colon)}<DeadlineDate deadline=deadline.clone() today=today/>" "<span class="cite">{move || crate::ui::components::citation::cite_label(deadline.clause, lang())}</span>
                        {deadline.note.clone().map(|note| view! { <br/><strong>{tx(note)}</strong> })}
                    </li>
                }).collect_view();
                view! {
                    <h3>{tr(Msg::DeadlinesHeading)}</h3>
                    <ul class="list deadlines">
                        {items}
                        {(position == deadlines.len()).then(|| submission.map(|from| view! { <li data-deadline="submission">{move || t(lang(), Msg::SubmissionDay)}{move || t(lang(), Msg::Colon)}{crate::core::iso_date::format(from)}</li> }))}
                    </ul>
                }
            })}
            {(!calendar.is_empty()).then(|| view! {
                <h3>{tr(Msg::CalendarSourcesHeading)}</h3>
                <ul class="list calendar-sources">
                    {calendar.into_iter().map(|year| view! { <li data-calendar-year=year.year data-calendar-source=year.source.name()>{tx(year.describe())}</li> }).collect_view()}
                </ul>
            })}
            {has_future_dates.then(|| view! {
                <button type="button" class="button button--secondary no-print" on:click=download>{tr(Msg::DownloadCalendar)}</button>
            })}
            {(has_dates && !has_future_dates).then(|| view! { <p class="hint no-print" data-no-calendar="">{tr(Msg::CalendarAllPassed)}</p> })}
        </section>
    }
}

#[component]
fn MaterialsSection() -> impl IntoView {
    let store = Store::use_context();
    let lang = move || store.lang.get();
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
                        <li>{tx(rule.text.clone())}" "<span class="cite">{move || crate::ui::components::citation::cite_label(&rule.clause, lang())}</span></li>
                    }).collect_view()}
                </ul>
            })}
        </section>
    }
}

#[component]
fn OutcomeSection() -> impl IntoView {
    let store = Store::use_context();
    let lang = move || store.lang.get();
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
                            Some(letter) => view! { {tx(letter.text.clone())}" "<span class="cite">{move || crate::ui::components::citation::cite_label(&letter.clause, lang())}</span> }.into_any(),
                            None => view! { {tr(Msg::NoResultLetter)} }.into_any(),
                        }}
                    </dd>
                </div>
                <div class="summary-list__row">
                    <dt class="summary-list__key">{tr(Msg::HandlingTime)}</dt>
                    <dd class="summary-list__value">{tx(handling_time.text.clone())}" "<span class="cite">{move || crate::ui::components::citation::cite_label(&handling_time.clause, lang())}</span></dd>
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
                            <dd class="summary-list__value">{tx(fact.text.clone())}" "<span class="cite">{move || crate::ui::components::citation::cite_label(&fact.clause.clone(), lang())}</span></dd>
                        </div>
                    }
                }).collect_view()}
            </dl>
        </section>
    }
}
