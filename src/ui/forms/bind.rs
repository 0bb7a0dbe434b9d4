//! Inputs bound to one field of the form set.
//!
//! A field is named by its path in the package (`application.legal_representative.id_number`,
//! `staff.assessors[2].name`): the path gives the input's id ([`field_id`]), so the error summary
//! and the inline message of [`crate::core::forms::validate_form_set`] find it. [`lens!`] turns
//! the path into the two closures that read and write the field; a row that no longer exists
//! reads as empty and ignores writes, so a view that outlives its row cannot panic.
//!
//! The helpers box their closures, so each kind of input is compiled once, not once per field.

use std::sync::Arc;

use jiff::civil::Date;
use leptos::prelude::*;

use crate::core::forms::{FormSet, field_id};
use crate::core::Bilingual;
use crate::ui::focus_later;
use crate::ui::components::fields::{DateField, RadioGroup, SingleCheckbox, TextArea, TextField};
use crate::ui::i18n::{FormsMsg, both};

use super::state::FormsState;

/// Reads and writes one field of the form set.
pub struct Lens<T> {
    pub read: Arc<dyn Fn(&FormSet) -> T + Send + Sync>,
    pub write: Arc<dyn Fn(&mut FormSet, T) + Send + Sync>,
}

impl<T> Clone for Lens<T> {
    fn clone(&self) -> Self {
        Lens { read: self.read.clone(), write: self.write.clone() }
    }
}

impl<T: 'static> Lens<T> {
    pub fn new(read: impl Fn(&FormSet) -> T + Send + Sync + 'static, write: impl Fn(&mut FormSet, T) + Send + Sync + 'static) -> Lens<T> {
        Lens { read: Arc::new(read), write: Arc::new(write) }
    }
}

/// `lens!(application.unit_name)`, `lens!(application.occupations[index].code)`: a [`Lens`] on
/// a field of a form, or of a row of one of its lists (`index` is a captured `usize`).
macro_rules! lens {
    ($form:ident $(. $field:ident)+) => {
        $crate::ui::forms::bind::Lens::new(
            move |set: &$crate::core::forms::FormSet| set.$form.as_ref().map(|form| form $(. $field)+ .clone()).unwrap_or_default(),
            move |set: &mut $crate::core::forms::FormSet, value| {
                if let Some(form) = set.$form.as_mut() {
                    form $(. $field)+ = value;
                }
            },
        )
    };
    // A row of a list inside a row (附件5: an item of an occupation's list).
    ($form:ident . $list:ident [$outer:expr] . $inner:ident [$index:expr] $(. $field:ident)+) => {
        $crate::ui::forms::bind::Lens::new(
            move |set: &$crate::core::forms::FormSet| {
                set.$form
                    .as_ref()
                    .and_then(|form| form.$list.get($outer))
                    .and_then(|outer| outer.$inner.get($index))
                    .map(|row| row $(. $field)+ .clone())
                    .unwrap_or_default()
            },
            move |set: &mut $crate::core::forms::FormSet, value| {
                if let Some(row) = set.$form.as_mut().and_then(|form| form.$list.get_mut($outer)).and_then(|outer| outer.$inner.get_mut($index)) {
                    row $(. $field)+ = value;
                }
            },
        )
    };
    ($form:ident $(. $list:ident)+ [$index:expr] $(. $field:ident)+) => {
        $crate::ui::forms::bind::Lens::new(
            move |set: &$crate::core::forms::FormSet| {
                set.$form.as_ref().and_then(|form| form $(. $list)+ .get($index)).map(|row| row $(. $field)+ .clone()).unwrap_or_default()
            },
            move |set: &mut $crate::core::forms::FormSet, value| {
                if let Some(row) = set.$form.as_mut().and_then(|form| form $(. $list)+ .get_mut($index)) {
                    row $(. $field)+ = value;
                }
            },
        )
    };
}
pub(crate) use lens;

fn value_of<T: Clone + Send + Sync + 'static>(lens: &Lens<T>) -> Signal<T> {
    let state = FormsState::use_context();
    let read = lens.read.clone();
    Signal::derive(move || state.forms.with(|forms| read(forms)))
}

fn writer<T: Send + Sync + 'static>(lens: &Lens<T>) -> Callback<T> {
    let state = FormsState::use_context();
    let write = lens.write.clone();
    Callback::new(move |value: T| state.forms.update(|forms| write(forms, value)))
}

/// A line of text.
pub fn text(path: &str, label: Bilingual, hint: Option<Bilingual>, lens: Lens<String>) -> AnyView {
    let value = value_of(&lens);
    let on_change = writer(&lens);
    match hint {
        Some(hint) => view! { <TextField id=field_id(path) label=label hint=hint value=value on_change=on_change/> }.into_any(),
        None => view! { <TextField id=field_id(path) label=label value=value on_change=on_change/> }.into_any(),
    }
}

/// An ID number: masked on screen unless the user chose to show them all, or this one with its
/// own 显示 button (pressed while typing, so a long number can be checked before leaving it).
pub fn id_number(path: &str, label: Bilingual, hint: FormsMsg, lens: Lens<String>) -> AnyView {
    use crate::ui::i18n::tr;
    let state = FormsState::use_context();
    let shown_here = RwSignal::new(false);
    let masked = Signal::derive(move || !state.show_id_numbers.get() && !shown_here.get());
    let id = field_id(path);
    view! {
        <div class="id-number">
            <TextField id=id.clone() label=label hint=both(hint) value=value_of(&lens) on_change=writer(&lens) masked=masked/>
            <button
                type="button"
                class="button button--secondary button--small id-number__toggle"
                aria-controls=id
                aria-pressed=move || (!masked.get()).to_string()
                // The press must not take the focus from the field being typed in.
                on:mousedown=|event| event.prevent_default()
                on:click=move |_| shown_here.update(|shown| *shown = !*shown)
            >
                {move || if masked.get() { tr(FormsMsg::ShowThisIdNumber).into_any() } else { tr(FormsMsg::HideThisIdNumber).into_any() }}
            </button>
        </div>
    }
    .into_any()
}

/// Several lines of text.
pub fn paragraph(path: &str, label: Bilingual, hint: Option<Bilingual>, lens: Lens<String>) -> AnyView {
    let value = value_of(&lens);
    let on_change = writer(&lens);
    match hint {
        Some(hint) => view! { <TextArea id=field_id(path) label=label hint=hint value=value on_change=on_change/> }.into_any(),
        None => view! { <TextArea id=field_id(path) label=label value=value on_change=on_change rows=3/> }.into_any(),
    }
}

/// A count (people, items): a whole number, empty until given.
pub fn count(path: &str, label: Bilingual, hint: Option<Bilingual>, lens: Lens<Option<u32>>) -> AnyView {
    let read = lens.read.clone();
    let state = FormsState::use_context();
    let value = Signal::derive(move || state.forms.with(|forms| read(forms)).map(|n| n.to_string()).unwrap_or_default());
    let write = lens.write.clone();
    // The browser's number input gives "" for anything that is not a number.
    let on_change = Callback::new(move |text: String| state.forms.update(|forms| write(forms, text.trim().parse().ok())));
    match hint {
        Some(hint) => view! { <TextField id=field_id(path) label=label hint=hint value=value on_change=on_change kind="number"/> }.into_any(),
        None => view! { <TextField id=field_id(path) label=label value=value on_change=on_change kind="number"/> }.into_any(),
    }
}

pub fn date(path: &str, label: Bilingual, lens: Lens<Option<Date>>) -> AnyView {
    view! { <DateField id=field_id(path) label=label value=value_of(&lens) on_change=writer(&lens)/> }.into_any()
}

/// One of a few values, as radio buttons.
pub fn choice<T>(path: &str, legend: Bilingual, options: Vec<(T, Bilingual)>, lens: Lens<Option<T>>, inline: bool) -> AnyView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let on_change = writer(&lens);
    let on_select = Callback::new(move |value: T| on_change.run(Some(value)));
    view! { <RadioGroup id=field_id(path) legend=legend options=options selected=value_of(&lens) on_select=on_select inline=inline/> }.into_any()
}

/// 是 / 否 (or 有 / 无).
pub fn yes_no(path: &str, legend: Bilingual, labels: (Bilingual, Bilingual), lens: Lens<Option<bool>>) -> AnyView {
    choice(path, legend, vec![(true, labels.0), (false, labels.1)], lens, true)
}

pub fn checkbox(path: &str, label: Bilingual, lens: Lens<bool>) -> AnyView {
    view! { <SingleCheckbox id=field_id(path) label=label checked=value_of(&lens) on_change=writer(&lens)/> }.into_any()
}

/// The rows of one list of a form.
pub struct Rows {
    /// The list's path (`staff.assessors`): the container's id, for the list's own problems.
    pub path: String,
    /// The list's name, in the buttons' accessible names ("删除考评人员队伍第 1 行").
    pub name: Bilingual,
    /// Whether the list shows its name as a heading (`<h3>`); not where the section's own
    /// heading already says it.
    pub show_name: bool,
    pub length: Arc<dyn Fn(&FormSet) -> usize + Send + Sync>,
    pub add: Arc<dyn Fn(&mut FormSet) + Send + Sync>,
    pub remove: Arc<dyn Fn(&mut FormSet, usize) + Send + Sync>,
    /// The fields of row `index`.
    pub row: Arc<dyn Fn(usize) -> AnyView + Send + Sync>,
}

/// `list_ops!(staff.assessors)`: the length, add and remove closures of a list field.
macro_rules! list_ops {
    ($form:ident $(. $list:ident)+) => {
        (
            std::sync::Arc::new(move |set: &$crate::core::forms::FormSet| set.$form.as_ref().map_or(0, |form| form $(. $list)+ .len())),
            std::sync::Arc::new(move |set: &mut $crate::core::forms::FormSet| {
                if let Some(form) = set.$form.as_mut() {
                    form $(. $list)+ .push(Default::default());
                }
            }),
            std::sync::Arc::new(move |set: &mut $crate::core::forms::FormSet, index: usize| {
                if let Some(form) = set.$form.as_mut() {
                    if index < form $(. $list)+ .len() {
                        form $(. $list)+ .remove(index);
                    }
                }
            }),
        )
    };
}
pub(crate) use list_ops;

/// The message of a list or a group of fields, where the checks name the container itself
/// (`renewal.premises`: "own or rented premises"), for use inside its fieldset.
pub fn container_error(path: &str) -> AnyView {
    use crate::ui::components::fields::PageErrors;
    let error = PageErrors::message(&field_id(path));
    let id = format!("{}-error", field_id(path));
    (move || error.get().map(|message| view! { <p class="field-error" id=id.clone()>{message}</p> })).into_any()
}

/// A list of rows, each a fieldset ("第 2 行") with its fields and a button that removes it,
/// then a button that adds a row. The list's own problem (no row yet) is shown above it.
///
/// After "add", the focus goes to the new row; after "remove", to the list; a polite live
/// region says which row was added or removed, so nobody is left on a button that vanished.
pub fn rows(rows: Rows) -> AnyView {
    use crate::ui::components::fields::PageErrors;
    use crate::ui::i18n::t;
    use crate::ui::store::Store;
    let store = Store::use_context();
    let state = FormsState::use_context();
    let id = field_id(&rows.path);
    let error = PageErrors::message(&id);
    let length = rows.length.clone();
    let count = Memo::new(move |_| state.forms.with(|forms| length(forms)));
    let announcement = RwSignal::new(String::new());
    let Rows { name, show_name, add, remove, row, .. } = rows;
    let lang = move || store.lang.get();
    let list_id = id.clone();
    let row_id = move |index: usize| format!("{list_id}-row-{index}");
    let row_id_for_add = row_id.clone();
    let list_focus_id = id.clone();
    let on_add = move |_| {
        state.forms.update(|forms| add(forms));
        let added = count.get_untracked();
        announcement.set(t(lang(), FormsMsg::RowAdded).replace("{list}", name.get(lang())).replace("{n}", &added.to_string()));
        focus_later(row_id_for_add(added.saturating_sub(1)));
    };
    view! {
        <div class="rows field" class:field--error=move || error.get().is_some() id=id.clone() tabindex="-1">
            {show_name.then(|| view! { <h3 class="rows__title">{crate::ui::i18n::bi(name)}</h3> })}
            {move || error.get().map(|message| view! { <p class="field-error">{message}</p> })}
            {move || {
                (0..count.get())
                    .map(|index| {
                        let remove = remove.clone();
                        let number = (index + 1).to_string();
                        let row_title = number.clone();
                        let list_focus_id = list_focus_id.clone();
                        view! {
                            <fieldset class="fieldset row-fieldset" id=row_id(index) tabindex="-1">
                                <legend class="fieldset__legend">
                                    {move || t(lang(), FormsMsg::RowNumber).replace("{n}", &row_title)}
                                </legend>
                                {row(index)}
                                <button
                                    type="button"
                                    class="button button--secondary button--small"
                                    aria-label=move || t(lang(), FormsMsg::RemoveRowOf).replace("{list}", name.get(lang())).replace("{n}", &number)
                                    on:click=move |event| {
                                        // A double click must not remove the row that moves up.
                                        if event.detail() > 1 {
                                            return;
                                        }
                                        state.forms.update(|forms| remove(forms, index));
                                        announcement.set(t(lang(), FormsMsg::RowRemoved).replace("{list}", name.get(lang())).replace("{n}", &(index + 1).to_string()));
                                        focus_later(list_focus_id.clone());
                                    }
                                >
                                    {move || t(lang(), FormsMsg::RemoveRow).replace("{n}", &(index + 1).to_string())}
                                </button>
                            </fieldset>
                        }
                    })
                    .collect_view()
            }}
            <button
                type="button"
                class="button button--secondary"
                aria-label=move || t(lang(), FormsMsg::AddRowTo).replace("{list}", name.get(lang()))
                on:click=on_add
            >
                {crate::ui::i18n::tr(FormsMsg::AddRow)}
            </button>
            <p class="visually-hidden" role="status">{move || announcement.get()}</p>
        </div>
    }
    .into_any()
}
