//! Where the applicant is: the receiving place, and optionally the county (which finds it).

use leptos::prelude::*;

use crate::core::reference::place::{self, RECEIVING_PLACES};
use crate::ui::{
    components::fields::SelectField,
    i18n::{Msg, both, t},
    store::Store,
};

#[component]
pub fn PlaceQuestions() -> impl IntoView {
    let store = Store::use_context();
    let draft = store.draft;
    let lang = move || store.lang.get();
    // The place chosen, whether the draft holds its code or one of its counties' codes.
    let place_code = Signal::derive(move || {
        draft.with(|d| {
            let code = d.place.as_deref()?;
            place::receiving_place_for_code(code).map(|p| p.code.to_string())
        })
    });
    let place_options = Signal::derive(move || {
        std::iter::once((String::new(), t(lang(), Msg::ChoosePrompt).to_string()))
            .chain(RECEIVING_PLACES.iter().map(|p| (p.code.to_string(), p.name.to_string())))
            .collect::<Vec<_>>()
    });
    let county_options = Signal::derive(move || {
        let Some(code) = place_code.get() else { return Vec::new() };
        let Some(chosen) = place::receiving_place_by_code(&code) else { return Vec::new() };
        std::iter::once((String::new(), t(lang(), Msg::CountyWholePlace).to_string()))
            .chain(place::counties_of(chosen).map(|c| (c.code.to_string(), c.name.to_string())))
            .collect::<Vec<_>>()
    });
    let county_selected = Signal::derive(move || {
        draft.with(|d| d.place.clone().filter(|code| place::county_by_code(code).is_some() && place::receiving_place_by_code(code).is_none()))
            .unwrap_or_default()
    });
    view! {
        <SelectField
            id="place".to_string()
            label=both(Msg::PlaceLabel)
            hint=both(Msg::PlaceHint)
            options=place_options
            selected=Signal::derive(move || place_code.get().unwrap_or_default())
            on_change=Callback::new(move |code: String| store.update_draft(|d| d.place = (!code.is_empty()).then_some(code)))
        />
        <Show when=move || !county_options.get().is_empty()>
            <SelectField
                id="county".to_string()
                label=both(Msg::CountyLabel)
                hint=both(Msg::CountyHint)
                options=county_options
                selected=county_selected
                on_change=Callback::new(move |code: String| {
                    store.update_draft(|d| {
                        if !code.is_empty() {
                            d.place = Some(code);
                        } else if let Some(place) = place_code.get_untracked() {
                            d.place = Some(place);
                        }
                    })
                })
            />
        </Show>
    }
}
