//! The occupations applied for (section 6, 2.4, 附件1's rows): a picker per row, with job type,
//! levels and standard, and each row's scope checked at once.

use leptos::{html, prelude::*};

use crate::core::evaluate::{Outcome, evaluate};
use crate::core::facts::{OccupationRow, StandardKind, StandardRef};
use crate::core::reference::search::{SearchOptions, prepare, search_occupations};
use crate::ui::{
    focus_later,
    occupation_names::{NamesState, ensure_loaded},
    clock::today,
    components::fields::{CheckboxGroup, RadioGroup, TextField},
    i18n::{Msg, both, level_label, t, tr},
    store::Store,
};

const MAX_RESULTS: usize = 8;
/// The page's one message while the occupation names load or cannot (ui::occupation_names).
const NAMES_STATUS_ID: &str = "occupation-names-status";

#[component]
pub fn OccupationQuestions() -> impl IntoView {
    let store = Store::use_context();
    let draft = store.draft;
    // The self-check's wasm fetches the names now (ui::occupation_names); then build the pinyin
    // index, not on the first keystroke.
    let names = store.occupation_names;
    ensure_loaded(names);
    Effect::new(move |_| {
        if names.get() == NamesState::Ready {
            prepare();
        }
    });
    let add_row = move |_| {
        store.update_draft(|d| d.occupations.push(empty_row()));
        // Move to the new row's picker so keyboard users carry on there.
        let number = draft.with_untracked(|d| d.occupations.len());
        focus_later(format!("occupation-{number}-search"));
    };
    // Rows are shown by index: the draft is the one place that holds them.
    let row_count = Memo::new(move |_| draft.with(|d| d.occupations.len()));
    // Once for the page, above the rows, and only while the names are not there: each picker's
    // input is described by it meanwhile. Trying again moves the focus to the first picker, as
    // the button goes when the names arrive.
    let retry = move |_| {
        ensure_loaded(names);
        focus_later("occupation-1-search".to_string());
    };
    view! {
        <p class="lead-text">{tr(Msg::OccupationsIntro)}</p>
        <p class="notice" id=NAMES_STATUS_ID role="status" data-occupation-names-state="" hidden=move || names.get() == NamesState::Ready>
            {move || match names.get() {
                NamesState::Failed => view! {
                    {tr(Msg::OccupationNamesFailed)}" "
                    <button type="button" class="button button--secondary" on:click=retry>{tr(Msg::TryAgain)}</button>
                }.into_any(),
                NamesState::NotAsked | NamesState::Loading => tr(Msg::OccupationNamesLoading).into_any(),
                NamesState::Ready => ().into_any(),
            }}
        </p>
        <For each=move || 0..row_count.get() key=|index| *index let:index>
            <OccupationRowFields index=index/>
        </For>
        <Show when=move || row_count.get() == 0>
            <p class="notice">{tr(Msg::OccupationsNone)}</p>
        </Show>
        <button type="button" class="button button--secondary" on:click=add_row>
            {tr(Msg::AddOccupation)}
        </button>
    }
}

fn empty_row() -> OccupationRow {
    OccupationRow {
        code: String::new(),
        name: String::new(),
        job_type: String::new(),
        levels: Vec::new(),
        standard: None,
        on_official_list: None,
        filed_social_orgs_in_jurisdiction: None,
        already_held: false,
        evaluated_in_period: None,
    }
}

#[component]
fn OccupationRowFields(index: usize) -> impl IntoView {
    let store = Store::use_context();
    let lang = move || store.lang.get();
    let draft = store.draft;
    let number = index + 1;
    let id = move |field: &str| format!("occupation-{number}-{field}");
    let row = move || draft.with(|d| d.occupations.get(index).cloned());
    let update = move |change: Box<dyn FnOnce(&mut OccupationRow)>| {
        store.update_draft(|d| {
            if let Some(row) = d.occupations.get_mut(index) {
                change(row);
            }
        })
    };
    // Whether this case reads the count of filed organisations (2.4, social organisations).
    let quantity_asked = draft.with_untracked(|d| d.quantity_asked());
    let already_held_asked = draft.with_untracked(|d| d.already_held_asked());
    let evaluated_in_period_asked = draft.with_untracked(|d| d.evaluated_in_period_asked());
    let remove = move |_| store.update_draft(|d| {
        if index < d.occupations.len() {
            d.occupations.remove(index);
        }
    });
    view! {
        <fieldset class="occupation-row">
            <legend class="occupation-row__legend">{move || t(lang(), Msg::OccupationRow).replace("{n}", &number.to_string())}</legend>
            <OccupationPicker index=index/>
            <TextField
                id=id("job-type")
                label=both(Msg::JobTypeLabel)
                hint=both(Msg::JobTypeHint)
                value=Signal::derive(move || row().map(|r| r.job_type).unwrap_or_default())
                on_change=Callback::new(move |text: String| update(Box::new(move |r| r.job_type = text.trim().to_string())))
            />
            <CheckboxGroup
                id=id("levels")
                legend=both(Msg::LevelsLegend)
                options=(1..=5u8).map(|level| (level, level_label(level))).collect()
                inline=true
                is_checked=Callback::new(move |level| row().is_some_and(|r| r.levels.contains(&level)))
                on_toggle=Callback::new(move |(level, checked): (u8, bool)| update(Box::new(move |r| {
                    r.levels.retain(|l| *l != level);
                    // In order (a package may bring them in any), without the standard sort.
                    if checked {
                        r.levels.push(level);
                        crate::core::sort::sort_short(&mut r.levels);
                    }
                })))
            />
            <RadioGroup
                id=id("standard")
                legend=both(Msg::StandardLegend)
                options=StandardKind::ALL.iter().map(|kind| (*kind, kind.label())).collect()
                selected=Signal::derive(move || row().and_then(|r| r.standard.map(|s| s.kind)))
                on_select=Callback::new(move |kind| update(Box::new(move |r| match &mut r.standard {
                    Some(standard) => standard.kind = kind,
                    None => r.standard = Some(StandardRef { kind, name: String::new(), edition_year: None }),
                })))
            />
            <Show when=move || row().is_some_and(|r| r.standard.is_some())>
                <div class="conditional">
                    <TextField
                        id=id("standard-name")
                        label=both(Msg::StandardNameLabel)
                        value=Signal::derive(move || row().and_then(|r| r.standard.map(|s| s.name)).unwrap_or_default())
                        on_change=Callback::new(move |text: String| update(Box::new(move |r| {
                            if let Some(standard) = &mut r.standard {
                                standard.name = text.trim().to_string();
                            }
                        })))
                    />
                    <TextField
                        id=id("standard-year")
                        label=both(Msg::StandardYearLabel)
                        kind="number"
                        value=Signal::derive(move || row().and_then(|r| r.standard.and_then(|s| s.edition_year)).map(|y| y.to_string()).unwrap_or_default())
                        on_change=Callback::new(move |text: String| update(Box::new(move |r| {
                            if let Some(standard) = &mut r.standard {
                                standard.edition_year = text.trim().parse().ok().filter(|y| (1990..=2100).contains(y));
                            }
                        })))
                    />
                </div>
            </Show>
            <RadioGroup
                id=id("official-list")
                legend=both(Msg::OfficialListLegend)
                hint=both(Msg::OfficialListHint)
                options=vec![(true, both(Msg::OfficialListYes)), (false, both(Msg::OfficialListNo))]
                selected=Signal::derive(move || row().and_then(|r| r.on_official_list))
                on_select=Callback::new(move |v| update(Box::new(move |r| r.on_official_list = Some(v))))
            />
            // A renewal asks, per occupation, whether it was evaluated (6.4.2).
            {evaluated_in_period_asked.then(|| view! {
                <RadioGroup
                    id=id("evaluated")
                    legend=both(Msg::EvaluatedInPeriodLegend)
                    hint=both(Msg::EvaluatedInPeriodHint)
                    options=vec![(true, both(Msg::AnswerYes)), (false, both(Msg::AnswerNo))]
                    selected=Signal::derive(move || row().and_then(|r| r.evaluated_in_period))
                    on_select=Callback::new(move |evaluated| update(Box::new(move |r| r.evaluated_in_period = Some(evaluated))))
                    inline=true
                />
            })}
            // An incremental filing may add levels or test sites to an occupation it holds (5.1):
            // then 2.4 does not apply, and the count is not asked.
            {already_held_asked.then(|| view! {
                <RadioGroup
                    id=id("already-held")
                    legend=both(Msg::AlreadyHeldLegend)
                    hint=both(Msg::AlreadyHeldHint)
                    options=vec![(true, both(Msg::AnswerYes)), (false, both(Msg::AnswerNo))]
                    selected=Signal::derive(move || row().map(|r| r.already_held))
                    on_select=Callback::new(move |held| update(Box::new(move |r| r.already_held = held)))
                    inline=true
                />
            })}
            {quantity_asked.then(|| view! {
                <TextField
                    id=id("filed-count")
                    label=both(Msg::FiledCountLabel)
                    hint=both(Msg::FiledCountHint)
                    kind="number"
                    value=Signal::derive(move || row().and_then(|r| r.filed_social_orgs_in_jurisdiction).map(|n| n.to_string()).unwrap_or_default())
                    on_change=Callback::new(move |text: String| update(Box::new(move |r| r.filed_social_orgs_in_jurisdiction = text.trim().parse().ok())))
                />
            })}
            <RowFeedback index=index/>
            <button type="button" class="button button--link" on:click=remove>
                {move || t(lang(), Msg::RemoveOccupation).replace("{n}", &number.to_string())}
            </button>
        </fieldset>
    }
}

/// The row's own rule outcomes, computed as the user types (section 6, 2.4).
#[component]
fn RowFeedback(index: usize) -> impl IntoView {
    let store = Store::use_context();
    let lang = move || store.lang.get();
    let outcomes = Memo::new(move |_| {
        let mut draft = store.draft.get();
        draft.application_date.get_or_insert_with(today);
        let Some(facts) = draft.facts() else { return Vec::new() };
        if facts.occupations.get(index).is_none_or(|row| row.code.is_empty()) {
            return Vec::new();
        }
        evaluate(&facts).rules.into_iter().filter(|rule| rule.row == Some(index + 1)).collect::<Vec<_>>()
    });
    view! {
        <Show when=move || !outcomes.get().is_empty()>
            <ul class="row-feedback" aria-live="polite">
                {move || outcomes.get().into_iter().map(|rule| {
                    let (class, mark) = match rule.outcome {
                        Outcome::Met => ("outcome outcome--met", Msg::OutcomeMet),
                        Outcome::NotMet => ("outcome outcome--not-met", Msg::OutcomeNotMet),
                        Outcome::NeedsConfirmation => ("outcome outcome--confirm", Msg::OutcomeNeedsConfirmation),
                        Outcome::NotApplicable => ("outcome outcome--na", Msg::OutcomeNotApplicable),
                        Outcome::LeavesScope => ("outcome outcome--confirm", Msg::OutcomeLeavesScope),
                    };
                    view! {
                        <li class="row-feedback__item">
                            <span class=class>{t(lang(), mark)}</span>" "
                            {rule.reason.get(lang()).to_string()}
                            " "<span class="cite">{rule.clause}</span>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </Show>
    }
}

/// The occupation search: a combobox over the classification (code, Chinese, pinyin, initials).
#[component]
fn OccupationPicker(index: usize) -> impl IntoView {
    let store = Store::use_context();
    let lang = move || store.lang.get();
    let draft = store.draft;
    let number = index + 1;
    let input_id = format!("occupation-{number}-search");
    let list_id = format!("occupation-{number}-results");
    // The occupation chosen for this row, as the input shows it when the list is closed.
    let chosen_text = move || {
        draft.with(|d| d.occupations.get(index).map(|r| if r.code.is_empty() { String::new() } else { format!("{} {}", r.code, r.name) }))
            .unwrap_or_default()
    };
    let query = RwSignal::new(String::new());
    let open = RwSignal::new(false);
    // Rows are shown by position: when the draft's row at this position changes (a row above was
    // removed, say), show its occupation; text being typed is left alone.
    Effect::new(move |_| {
        let text = chosen_text();
        if !open.get_untracked() {
            query.set(text);
        }
    });
    // The ARIA combobox pattern: no option is active until an arrow key moves into the list, so
    // "↓ then Enter" picks the first result, and Enter alone picks nothing.
    let active = RwSignal::new(None::<usize>);
    let input = NodeRef::<html::Input>::new();
    let names = store.occupation_names;
    let hits = Memo::new(move |_| {
        let text = query.get();
        if !open.get() || text.trim().is_empty() || names.get() != NamesState::Ready {
            return Vec::new();
        }
        search_occupations(&text, &SearchOptions { limit: Some(MAX_RESULTS), ..SearchOptions::default() })
    });
    let choose = move |position: usize| {
        let Some(hit) = hits.get_untracked().get(position).cloned() else { return };
        let (code, name) = (hit.occupation.code().to_string(), hit.occupation.name().to_string());
        query.set(format!("{code} {name}"));
        open.set(false);
        store.update_draft(|d| {
            if let Some(row) = d.occupations.get_mut(index) {
                row.code = code;
                row.name = name;
            }
        });
    };
    let on_keydown = move |event: leptos::ev::KeyboardEvent| {
        let count = hits.get_untracked().len();
        match event.key().as_str() {
            "ArrowDown" if count > 0 => {
                event.prevent_default();
                open.set(true);
                active.update(|a| *a = Some(a.map_or(0, |a| (a + 1) % count)));
            }
            "ArrowUp" if count > 0 => {
                event.prevent_default();
                active.update(|a| *a = Some(a.map_or(count - 1, |a| (a + count - 1) % count)));
            }
            "Enter" if open.get_untracked() && count > 0 => {
                // Choosing a result must not submit the page, nor must Enter before a choice.
                event.prevent_default();
                if let Some(position) = active.get_untracked() {
                    choose(position);
                }
            }
            "Escape" => {
                open.set(false);
                active.set(None);
            }
            _ => {}
        }
    };
    let option_id = move |position: usize| format!("occupation-{number}-option-{position}");
    let error = crate::ui::components::fields::PageErrors::message(&input_id);
    view! {
        <div class="field picker" class:field--error=move || error.get().is_some()>
            <label class="field__label" for=input_id.clone()>{tr(Msg::OccupationSearchLabel)}</label>
            <p class="hint" id=format!("{input_id}-hint")>{tr(Msg::OccupationSearchHint)}</p>
            {move || error.get().map(|message| view! { <p class="field-error" id=format!("occupation-{number}-search-error")>{message}</p> })}
            <input
                class="input"
                type="text"
                id=input_id.clone()
                role="combobox"
                autocomplete="off"
                aria-autocomplete="list"
                aria-controls=list_id.clone()
                aria-expanded=move || if hits.get().is_empty() { "false" } else { "true" }
                aria-activedescendant=move || active.get().filter(|_| !hits.get().is_empty()).map(option_id)
                aria-describedby=move || if names.get() == NamesState::Ready { format!("{input_id}-hint") } else { format!("{input_id}-hint {NAMES_STATUS_ID}") }
                node_ref=input
                prop:value=move || query.get()
                on:input=move |ev| {
                    query.set(event_target_value(&ev));
                    active.set(None);
                    open.set(true);
                }
                on:keydown=on_keydown
            />
            <p class="visually-hidden" aria-live="polite">
                {move || {
                    let count = hits.get().len();
                    (open.get() && !query.get().trim().is_empty() && names.get() == NamesState::Ready)
                        .then(|| t(lang(), Msg::SearchResultCount).replace("{n}", &count.to_string()))
                }}
            </p>
            <ul class="picker__results" id=list_id role="listbox" hidden=move || hits.get().is_empty()>
                {move || hits.get().into_iter().enumerate().map(|(position, hit)| {
                    let (before, matched, after) = hit.highlight_parts();
                    let code_match = hit.highlighted_text() == hit.occupation.code();
                    let name = hit.occupation.name();
                    let code = hit.occupation.code();
                    view! {
                        <li
                            class="picker__option"
                            class:picker__option--active=move || active.get() == Some(position)
                            id=option_id(position)
                            role="option"
                            aria-selected=move || if active.get() == Some(position) { "true" } else { "false" }
                            on:mousedown=move |ev| {
                                // Keep the focus in the input while choosing with the mouse.
                                ev.prevent_default();
                                choose(position);
                            }
                        >
                            {if code_match {
                                view! { <span class="picker__code">{before}<mark>{matched}</mark>{after}</span>" "<span>{name}</span> }.into_any()
                            } else {
                                view! { <span class="picker__code">{code}</span>" "<span>{before}<mark>{matched}</mark>{after}</span> }.into_any()
                            }}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </div>
    }
}
