//! Form fields in the GOV.UK manner: a fieldset and legend for every group, the hint and the
//! error tied to the input with `aria-describedby`, the error shown above the input.
//!
//! A page provides its [`PageErrors`]; each field finds its own error by its id, which is also
//! the id the error summary links to (for a group, the id of its first input).

use jiff::civil::Date;
use leptos::prelude::*;

use crate::core::{Bilingual, evaluate::Text};
use crate::ui::{
    i18n::{Msg, t, bi},
    store::Store,
};

/// One message of the error summary: the id of the field it is about, and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub message: Text,
}

impl From<crate::core::interview::Problem> for FieldError {
    fn from(problem: crate::core::interview::Problem) -> FieldError {
        FieldError { field: problem.field, message: problem.message.into() }
    }
}

impl From<crate::core::forms::Problem> for FieldError {
    fn from(problem: crate::core::forms::Problem) -> FieldError {
        FieldError { field: problem.field_id(), message: problem.message }
    }
}

/// The problems of the page being shown, for the fields and the error summary. The self-check's
/// questions and the forms both report into it.
///
/// Setting the list updates the messages; [`PageErrors::show`] also moves the focus to the
/// summary, which only a press of "continue" or "check" should do (the forms page keeps the
/// messages current as the user types, and must not pull the focus away at each change).
#[derive(Clone, Copy)]
pub struct PageErrors(pub RwSignal<Vec<FieldError>>, pub RwSignal<u32>);

impl PageErrors {
    pub fn provide() -> PageErrors {
        let errors = PageErrors(RwSignal::new(Vec::new()), RwSignal::new(0));
        provide_context(errors);
        errors
    }

    /// Sets the problems and takes the user to the summary (when there are any).
    pub fn show(self, problems: Vec<FieldError>) {
        self.0.set(problems);
        self.1.update(|shown| *shown += 1);
    }

    /// The message for one field, in the page's language.
    pub fn message(field: &str) -> Signal<Option<String>> {
        let field = field.to_string();
        let store = Store::use_context();
        let errors = use_context::<PageErrors>();
        Signal::derive(move || {
            let lang = store.lang.get();
            errors?.0.with(|list| list.iter().find(|p| p.field == field).map(|p| p.message.get(lang).to_string()))
        })
    }
}

/// The ids a field's input points to with `aria-describedby`.
fn described_by(id: &str, has_hint: bool, error: Option<String>) -> Option<String> {
    let mut ids = Vec::new();
    if has_hint {
        ids.push(format!("{id}-hint"));
    }
    if error.is_some() {
        ids.push(format!("{id}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

#[component]
fn ErrorMessage(id: String, error: Signal<Option<String>>) -> impl IntoView {
    let store = Store::use_context();
    move || {
        error.get().map(|message| {
            let prefix = if store.lang.get() == crate::core::Lang::ZhCn { "错误：" } else { "Error: " };
            view! {
                <p class="field-error" id=format!("{id}-error")>
                    <span class="visually-hidden">{prefix}</span>
                    {message}
                </p>
            }
        })
    }
}

/// One choice among several, as radio buttons.
///
/// Generic over the value, but only this adapter is: the view is built once, by option index
/// (`radio_group`), so each value type does not instantiate the whole view again.
#[component]
pub fn RadioGroup<T>(
    id: String,
    legend: Bilingual,
    #[prop(optional)] hint: Option<Bilingual>,
    /// The guide's clause the question comes from, shown as the hint.
    #[prop(optional)]
    cite: Option<&'static str>,
    options: Vec<(T, Bilingual)>,
    #[prop(into)] selected: Signal<Option<T>>,
    on_select: Callback<T>,
    /// Show options side by side (yes / no).
    #[prop(optional)]
    inline: bool,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let (values, labels): (Vec<T>, Vec<Bilingual>) = options.into_iter().unzip();
    let values = std::sync::Arc::new(values);
    let lookup = values.clone();
    let selected = Signal::derive(move || selected.get().and_then(|value| lookup.iter().position(|v| *v == value)));
    let on_select = Callback::new(move |index: usize| on_select.run(values[index]));
    radio_group(id, legend, hint, cite, labels, selected, on_select, inline)
}

#[allow(clippy::too_many_arguments)]
fn radio_group(
    id: String,
    legend: Bilingual,
    hint: Option<Bilingual>,
    cite: Option<&'static str>,
    labels: Vec<Bilingual>,
    selected: Signal<Option<usize>>,
    on_select: Callback<usize>,
    inline: bool,
) -> AnyView {
    let store = Store::use_context();
    let hint_text = match (hint, cite) {
        (Some(hint), _) => Some(Signal::derive(move || hint.get(store.lang.get()).to_string())),
        (None, Some(clause)) => Some(Signal::derive(move || format!("{} {clause}", t(store.lang.get(), Msg::GuideClause)))),
        (None, None) => None,
    };
    let items = labels
        .into_iter()
        .enumerate()
        .map(|(index, label)| {
            let input_id = if index == 0 { id.clone() } else { format!("{id}-{index}") };
            view! {
                <div class="radios__item">
                    <input
                        class="radios__input"
                        type="radio"
                        id=input_id.clone()
                        name=id.clone()
                        prop:checked=move || selected.get() == Some(index)
                        on:change=move |_| on_select.run(index)
                    />
                    <label class="radios__label" for=input_id>{bi(label)}</label>
                </div>
            }
        })
        .collect_view()
        .into_any();
    choice_fieldset(id, legend, hint_text, if inline { "radios radios--inline" } else { "radios" }, items)
}

/// The frame radio and checkbox groups share: fieldset, legend, hint, error and the choices.
fn choice_fieldset(id: String, legend: Bilingual, hint_text: Option<Signal<String>>, list_class: &'static str, items: AnyView) -> AnyView {
    let error = PageErrors::message(&id);
    let has_hint = hint_text.is_some();
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field" class:field--error=move || error.get().is_some()>
            <fieldset class="fieldset" aria-describedby={
                let id = id.clone();
                move || described_by(&id, has_hint, error.get())
            }>
                <legend class="fieldset__legend">{bi(legend)}</legend>
                {hint_text.map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> })}
                <ErrorMessage id=id.clone() error=error/>
                <div class=list_class>{items}</div>
            </fieldset>
        </div>
    }
    .into_any()
}

/// Any number of choices, as checkboxes. Like [`RadioGroup`], only this adapter is generic.
#[component]
pub fn CheckboxGroup<T>(
    id: String,
    legend: Bilingual,
    #[prop(optional)] hint: Option<Bilingual>,
    options: Vec<(T, Bilingual)>,
    #[prop(into)] is_checked: Callback<T, bool>,
    on_toggle: Callback<(T, bool)>,
    #[prop(optional)] inline: bool,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let (values, labels): (Vec<T>, Vec<Bilingual>) = options.into_iter().unzip();
    let values = std::sync::Arc::new(values);
    let lookup = values.clone();
    let is_checked = Callback::new(move |index: usize| is_checked.run(lookup[index]));
    let on_toggle = Callback::new(move |(index, checked): (usize, bool)| on_toggle.run((values[index], checked)));
    checkbox_group(id, legend, hint, labels, is_checked, on_toggle, inline)
}

fn checkbox_group(
    id: String,
    legend: Bilingual,
    hint: Option<Bilingual>,
    labels: Vec<Bilingual>,
    is_checked: Callback<usize, bool>,
    on_toggle: Callback<(usize, bool)>,
    inline: bool,
) -> AnyView {
    let store = Store::use_context();
    let hint_text = hint.map(|hint| Signal::derive(move || hint.get(store.lang.get()).to_string()));
    let items = labels
        .into_iter()
        .enumerate()
        .map(|(index, label)| {
            let input_id = if index == 0 { id.clone() } else { format!("{id}-{index}") };
            view! {
                <div class="checkboxes__item">
                    <input
                        class="checkboxes__input"
                        type="checkbox"
                        id=input_id.clone()
                        prop:checked=move || is_checked.run(index)
                        on:change=move |ev| on_toggle.run((index, event_target_checked(&ev)))
                    />
                    <label class="checkboxes__label" for=input_id>{bi(label)}</label>
                </div>
            }
        })
        .collect_view()
        .into_any();
    choice_fieldset(id, legend, hint_text, if inline { "checkboxes checkboxes--inline" } else { "checkboxes" }, items)
}

/// The frame every single-input field shares: the label, the hint, the error, then the input,
/// which gets its `aria-describedby` (the hint's and the error's ids) from the frame.
fn labelled_field(id: &str, label: Bilingual, hint: Option<Bilingual>, input: impl FnOnce(Signal<Option<String>>) -> AnyView) -> AnyView {
    let error = PageErrors::message(id);
    let has_hint = hint.is_some();
    let describe_id = id.to_string();
    let described = Signal::derive(move || described_by(&describe_id, has_hint, error.get()));
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field" class:field--error=move || error.get().is_some()>
            <label class="field__label" for=id.to_string()>{bi(label)}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id>{bi(hint)}</p> })}
            <ErrorMessage id=id.to_string() error=error/>
            {input(described)}
        </div>
    }
    .into_any()
}

/// A date, with the browser's own date input (keyboard-, phone- and screen-reader-friendly).
#[component]
pub fn DateField(
    id: String,
    label: Bilingual,
    #[prop(optional)] hint: Option<Bilingual>,
    #[prop(into)] value: Signal<Option<Date>>,
    on_change: Callback<Option<Date>>,
) -> impl IntoView {
    labelled_field(&id.clone(), label, hint, move |described| {
        view! {
            <input
                class="input input--date"
                type="date"
                id=id.clone()
                name=id
                min="2000-01-01"
                max="2100-12-31"
                aria-describedby=move || described.get()
                prop:value=move || value.get().map(crate::core::iso_date::format).unwrap_or_default()
                on:change=move |ev| on_change.run(crate::core::iso_date::parse(&event_target_value(&ev)))
            />
        }
        .into_any()
    })
}

/// A choice from a long list, as a native select.
#[component]
pub fn SelectField(
    id: String,
    label: Bilingual,
    #[prop(optional)] hint: Option<Bilingual>,
    /// (value, text); the first option should be the "choose" prompt with an empty value.
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    #[prop(into)] selected: Signal<String>,
    on_change: Callback<String>,
) -> impl IntoView {
    labelled_field(&id.clone(), label, hint, move |described| {
        view! {
            <select
                class="select"
                id=id.clone()
                name=id
                aria-describedby=move || described.get()
                on:change=move |ev| on_change.run(event_target_value(&ev))
            >
                {move || {
                    let current = selected.get();
                    options
                        .get()
                        .into_iter()
                        .map(|(value, text)| {
                            let is_selected = value == current;
                            view! { <option value=value selected=is_selected>{text}</option> }
                        })
                        .collect_view()
                }}
            </select>
        }
        .into_any()
    })
}

/// A line of text.
#[component]
pub fn TextField(
    id: String,
    label: Bilingual,
    #[prop(optional)] hint: Option<Bilingual>,
    #[prop(into)] value: Signal<String>,
    on_change: Callback<String>,
    /// `text` or `number`.
    #[prop(default = "text")]
    kind: &'static str,
    /// Personal data (an ID number): shown as dots until the field has the focus or the user
    /// chose to show such numbers.
    #[prop(optional, into)]
    masked: Option<Signal<bool>>,
) -> impl IntoView {
    labelled_field(&id.clone(), label, hint, move |described| {
        view! {
            <input
                class="input"
                class:input--masked=move || masked.is_some_and(|masked| masked.get())
                autocomplete=if masked.is_some() { "off" } else { "on" }
                type=kind
                inputmode=if kind == "number" { "numeric" } else { "text" }
                id=id.clone()
                name=id
                aria-describedby=move || described.get()
                prop:value=move || value.get()
                on:change=move |ev| on_change.run(event_target_value(&ev))
            />
        }
        .into_any()
    })
}

/// Several lines of text, such as a section of the implementation plan.
#[component]
pub fn TextArea(
    id: String,
    label: Bilingual,
    /// The guide's words for what goes here, shown under the label (a placeholder would vanish
    /// as soon as the user types, and screen readers do not always read it).
    #[prop(optional)]
    hint: Option<Bilingual>,
    #[prop(into)] value: Signal<String>,
    on_change: Callback<String>,
    #[prop(default = 6)] rows: u32,
) -> impl IntoView {
    labelled_field(&id.clone(), label, hint, move |described| {
        view! {
            <textarea
                class="textarea"
                id=id.clone()
                name=id
                rows=rows
                aria-describedby=move || described.get()
                prop:value=move || value.get()
                on:change=move |ev| on_change.run(event_target_value(&ev))
            ></textarea>
        }
        .into_any()
    })
}

/// One box to tick on its own (a group of one would need a legend it does not have).
#[component]
pub fn SingleCheckbox(id: String, label: Bilingual, #[prop(into)] checked: Signal<bool>, on_change: Callback<bool>) -> impl IntoView {
    let error = PageErrors::message(&id);
    let describe_id = id.clone();
    view! {
        <div class="field" class:field--error=move || error.get().is_some()>
            <ErrorMessage id=id.clone() error=error/>
            <div class="checkboxes__item">
                <input
                    class="checkboxes__input"
                    type="checkbox"
                    id=id.clone()
                    aria-describedby=move || described_by(&describe_id, false, error.get())
                    prop:checked=move || checked.get()
                    on:change=move |ev| on_change.run(event_target_checked(&ev))
                />
                <label class="checkboxes__label" for=id>{bi(label)}</label>
            </div>
        </div>
    }
}
