//! The forms page's start: the forms this self-check needs with where each stands, the office
//! forms, and the package (download, open).

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::core::forms::{FormId, FormSet};
use crate::core::interview::Draft;
use crate::core::package::{PERSONAL_DATA_NOTICE, Package, export_package, read_package};
use crate::core::{Procedure, iso_date};
use crate::ui::components::page_heading::PageHeading;
use crate::ui::i18n::{FormsMsg, bi, t, tr};
use crate::ui::store::Store;

use super::state::FormsState;
use super::{FormsRoute, SELF_CHECK_PAGE};

#[component]
pub fn OverviewPage() -> impl IntoView {
    let store = Store::use_context();
    let state = FormsState::use_context();
    let lang = move || store.lang.get();
    // The forms the self-check needs are started (prefilled) as soon as it is known.
    Effect::new(move |_| {
        let (Some(facts), Some(materials)) = (state.facts.get(), state.materials.get()) else { return };
        let mut forms = state.forms.get_untracked();
        forms.start_needed_forms(&facts, &materials);
        if forms != state.forms.get_untracked() {
            state.forms.set(forms);
            state.created.update(|created| {
                created.get_or_insert_with(crate::ui::clock::now);
            });
        }
    });
    let procedure = move || store.draft.with(|draft| draft.procedure.clone()).and_then(|id| Procedure::by_id(&id));
    view! {
        <a class="back-link" href=format!("{SELF_CHECK_PAGE}#/result")>{tr(FormsMsg::BackToResult)}</a>
        <PageHeading text=Signal::derive(move || t(lang(), FormsMsg::FormsTitle).to_string())/>
        <p class="lead">{tr(FormsMsg::FormsIntro)}</p>
        {move || match (state.facts.with(Option::is_some), procedure()) {
            (true, Some(procedure)) => view! {
                <p>{move || t(lang(), FormsMsg::FormsForProcedure).replace("{procedure}", procedure.title.get(lang()))}</p>
                <FormList forms=state.needed() heading=FormsMsg::FormsNeededHeading/>
                <p><a class="button" href=FormsRoute::Print(None).href()>{tr(FormsMsg::PrintAllForms)}</a></p>
            }
            .into_any(),
            _ => view! {
                <div class="notice">
                    <p>{tr(FormsMsg::FormsNeedSelfCheck)}</p>
                    <a class="button" href=SELF_CHECK_PAGE>{tr(FormsMsg::GoToSelfCheck)}</a>
                </div>
            }
            .into_any(),
        }}
        <section class="procedure-group" aria-labelledby="blank-forms">
            <h2 id="blank-forms">{tr(FormsMsg::BlankFormsHeading)}</h2>
            <BlankForms/>
        </section>
        <PackageSection/>
    }
}

/// `#/blank`: the blank forms, for those who fill them in by hand.
#[component]
pub fn BlankFormsPage() -> impl IntoView {
    let store = Store::use_context();
    view! {
        <a class="back-link" href=SELF_CHECK_PAGE>{tr(crate::ui::i18n::Msg::Back)}</a>
        <PageHeading text=Signal::derive(move || t(store.lang.get(), FormsMsg::BlankFormsHeading).to_string())/>
        <BlankForms/>
    }
}

/// Every attachment, empty, as offices hand them out: its print preview leads to the print and
/// the office files. No self-check is needed and nothing the user filled in is read or changed.
/// The offices' own 附件7 and 附件8 are apart, under their heading, with their page to fill in.
#[component]
fn BlankForms() -> impl IntoView {
    let store = Store::use_context();
    let lang = move || store.lang.get();
    let item = move |form: FormId| {
        let office = matches!(form, FormId::RenewalSummary | FormId::TerminationSummary);
        view! {
            <li class="form-list__item">
                <div class="form-list__name">
                    <span class="form-list__attachment">{form.attachment()}</span>" "
                    // The offices fill theirs in here; the applicant's are filled in from their list.
                    {office.then(|| view! { <a href=FormsRoute::Edit(form).href()>{bi(form.title())}</a> })}
                    {(!office).then(|| bi(form.title()))}
                </div>
                <a class="form-list__print" href=FormsRoute::Blank(Some(form)).href()>
                    {tr(FormsMsg::BlankFormsHeading)}<span class="visually-hidden">{move || format!(": {}", form.title().get(lang()))}</span>
                </a>
            </li>
        }
    };
    let (office, applicant): (Vec<FormId>, Vec<FormId>) = FormId::ALL.into_iter().partition(|form| matches!(form, FormId::RenewalSummary | FormId::TerminationSummary));
    view! {
        <p>{tr(FormsMsg::BlankFormsIntro)}</p>
        <ul class="form-list" id="blank-applicant-forms">{applicant.into_iter().map(item).collect_view()}</ul>
        <h2 id="forms-office">{tr(FormsMsg::OfficeFormsHeading)}</h2>
        <p class="hint">{tr(FormsMsg::OfficeFormsHint)}</p>
        <ul class="form-list" id="blank-office-forms">{office.into_iter().map(item).collect_view()}</ul>
    }
}

/// A list of forms, each with where it stands and its two links.
#[component]
fn FormList(forms: Vec<FormId>, heading: FormsMsg) -> impl IntoView {
    let store = Store::use_context();
    let state = FormsState::use_context();
    let lang = move || store.lang.get();
    let heading_id = "forms-needed";
    let empty = forms.is_empty();
    view! {
        <section class="procedure-group" aria-labelledby=heading_id>
            <h2 id=heading_id>{tr(heading)}</h2>
            {empty.then(|| view! { <p>{tr(FormsMsg::NoFormsNeeded)}</p> })}
            <ul class="form-list">
                {forms
                    .into_iter()
                    .map(|form| {
                        let status = move || {
                            // A form prefilled from the self-check is not started until the
                            // user opens it: its problems are not the user's yet.
                            let started = state.forms.with(|forms| forms.has(form)) && state.opened.with(|opened| opened.contains(&form));
                            let problems = state.problems.with(|problems| problems.iter().filter(|problem| problem.form == form).count());
                            match (started, problems) {
                                (false, _) => ("tag tag--grey", t(lang(), FormsMsg::FormNotStarted).to_string()),
                                (true, 0) => ("tag tag--green", t(lang(), FormsMsg::FormReady).to_string()),
                                (true, n) => ("tag tag--red", t(lang(), FormsMsg::FormProblems).replace("{n}", &n.to_string())),
                            }
                        };
                        view! {
                            <li class="form-list__item">
                                <div class="form-list__name">
                                    <span class="form-list__attachment">{form.attachment()}</span>" "
                                    <a href=FormsRoute::Edit(form).href()>{bi(form.title())}</a>
                                </div>
                                <strong class=move || status().0>{move || status().1}</strong>
                                <a class="form-list__print" href=FormsRoute::Print(Some(form)).href()>
                                    {tr(FormsMsg::PrintPreview)}<span class="visually-hidden">{move || format!(": {}", form.title().get(lang()))}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

/// What an open package would replace, waiting for the user's word.
#[derive(Clone)]
struct PendingImport {
    package: Package,
    file_name: String,
}

/// Download the package; open one. Opening never touches the current answers until it has
/// read the whole file, and then only when the user confirms.
#[component]
fn PackageSection() -> impl IntoView {
    let store = Store::use_context();
    let state = FormsState::use_context();
    let lang = move || store.lang.get();
    let personal = Memo::new(move |_| state.forms.with(FormSet::contains_personal_data));
    // The outcome of the last export or import, for the live region.
    let message = RwSignal::new(None::<(bool, String)>);
    let pending = RwSignal::new(None::<PendingImport>);

    let export = move |_| {
        let Some(facts) = state.facts.get_untracked() else {
            message.set(Some((false, t(lang(), FormsMsg::ExportNeedsSelfCheck).to_string())));
            return;
        };
        let now = crate::ui::clock::now();
        let package = state.package(store, facts, now);
        let (json, contains_personal_data) = export_package(&package, now);
        let name = package_file_name(&package.forms, crate::ui::clock::today());
        crate::ui::download::download_text(&name, "application/json", &json);
        let mut text = t(lang(), FormsMsg::PackageSaved).replace("{file}", &name);
        if contains_personal_data {
            text = format!("{text} {}", PERSONAL_DATA_NOTICE.get(lang()));
        }
        message.set(Some((true, text)));
    };

    let take = move |package: Package, file_name: &str| {
        store.draft.set(Draft::from_facts(&package.facts, package.ticked_materials.iter().cloned()));
        // The forms of a package are someone's work: they are shown with their problems.
        state.opened.set(FormId::ALL.into_iter().filter(|form| package.forms.has(*form)).collect());
        state.forms.set(package.forms);
        state.created.set(package.created);
        pending.set(None);
        message.set(Some((true, t(lang(), FormsMsg::ImportDone).replace("{file}", file_name))));
    };

    let open = move |event: leptos::ev::Event| {
        let Some(input) = event.target().and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
        // The same file may be chosen again after a fix: clear the input. A question about an
        // earlier file is withdrawn: only the file just chosen can be taken.
        input.set_value("");
        pending.set(None);
        let file_name = file.name();
        leptos::task::spawn_local(async move {
            let text = JsFuture::from(file.text()).await.ok().and_then(|value| value.as_string());
            let Some(text) = text else {
                message.set(Some((false, t(lang(), FormsMsg::ImportUnreadable).replace("{file}", &file_name))));
                return;
            };
            match read_package(&text) {
                Err(error) => {
                    // The field's label and row and the reason in the page's language.
                    let reason = crate::core::package_message::describe(&error, lang());
                    message.set(Some((false, format!("{} {reason}", t(lang(), FormsMsg::ImportFailed).replace("{file}", &file_name)))));
                }
                Ok(package) => {
                    let has_work = store.draft.with_untracked(|draft| *draft != Draft::default()) || state.forms.with_untracked(|forms| !forms.is_empty());
                    message.set(None);
                    if has_work {
                        pending.set(Some(PendingImport { package, file_name }));
                    } else {
                        take(package, &file_name);
                    }
                }
            }
        });
    };


    view! {
        <section class="procedure-group" aria-labelledby="package">
            <h2 id="package">{tr(FormsMsg::PackageHeading)}</h2>
            <p>{tr(FormsMsg::PackageIntro)}</p>
            <Show when=move || personal.get()>
                <p class="notice notice--warning">{move || PERSONAL_DATA_NOTICE.get(lang())}</p>
            </Show>
            <div class="actions">
                <button type="button" class="button" on:click=export>{tr(FormsMsg::DownloadPackage)}</button>
            </div>
            <div class="field">
                <label class="field__label" for="package-file">{tr(FormsMsg::OpenPackage)}</label>
                <p class="hint" id="package-file-hint">{tr(FormsMsg::OpenPackageHint)}</p>
                <input class="file-input" type="file" id="package-file" accept=".json,application/json" aria-describedby="package-file-hint" on:change=open/>
            </div>
            {move || pending.get().map(|PendingImport { package, file_name }| {
                let summary = package_summary(&package, lang());
                let confirmed = package.clone();
                let name = file_name.clone();
                view! {
                    <div class="notice notice--warning" role="alert">
                        <p>{t(lang(), FormsMsg::ImportReplaceQuestion).replace("{file}", &file_name)}</p>
                        <p>{summary}</p>
                        <div class="actions">
                            <button type="button" class="button button--warning" on:click=move |_| take(confirmed.clone(), &name)>{tr(FormsMsg::ImportReplace)}</button>
                            <button type="button" class="button button--secondary" on:click=move |_| pending.set(None)>{tr(FormsMsg::Cancel)}</button>
                        </div>
                    </div>
                }
            })}
            <div class="package-message" role="status" aria-live="polite">
                {move || message.get().map(|(ok, text)| view! {
                    <p class=if ok { "notice" } else { "error-message" }>{text}</p>
                })}
            </div>
        </section>
    }
}

/// `单位名称-备案材料-2026-12-01.json`.
fn package_file_name(forms: &FormSet, today: jiff::civil::Date) -> String {
    format!("{}-备案材料-{}.json", forms.file_name_unit(), iso_date::format(today))
}

/// One line saying what a package holds: the unit, the procedure, when it was last changed.
fn package_summary(package: &Package, lang: crate::core::Lang) -> String {
    let unit = package.forms.application.as_ref().map(|form| form.unit_name.clone()).filter(|name| !name.trim().is_empty());
    let procedure = Draft::from_facts(&package.facts, []).procedure.and_then(|id| Procedure::by_id(&id)).map(|procedure| procedure.title.get(lang).to_string());
    let updated = package.updated.map(|time| crate::ui::clock::local_time(time, lang)).unwrap_or_default();
    [unit, procedure, (!updated.is_empty()).then_some(updated)].into_iter().flatten().collect::<Vec<_>>().join(" · ")
}
