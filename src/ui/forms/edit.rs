//! The form pages: one per attachment, its fields in the paper form's order, with the error
//! summary and the inline messages of the core's validation.
//!
//! Problems are shown once the user asks for a check (as a question page shows them on
//! "continue"), then follow every change, so a fixed field loses its message at once.

use leptos::prelude::*;

use crate::core::forms::application::{ApplicationField, InstitutionType, MaterialBox, UnitNature, submitted_material_boxes};
use crate::core::forms::codes::Level;
use crate::core::forms::id_documents::IdDocumentKind;
use crate::core::forms::labels::label;
use crate::core::forms::plan::{PLAN_PARTS, PLAN_SECTIONS, PlanSectionId};
use crate::core::forms::renewal::{CreditStatus, Fee};
use crate::core::forms::staff::StaffTable;
use crate::core::forms::summaries::{RenewalDecision, SummaryInstitutionKind, SummaryTable};
use crate::core::forms::systems::{MANAGEMENT_SYSTEMS, SYSTEM_GROUPS, SystemStatus};
use crate::core::forms::{FormId, FormSet, field_id};
use crate::core::Bilingual;
use crate::core::facts::RequestKind;
use crate::ui::components::{
    error_summary::ErrorSummary,
    fields::{CheckboxGroup, FieldError, PageErrors},
    page_heading::PageHeading,
};
use crate::ui::i18n::{FormsMsg, bi, both, t, tr};
use crate::ui::store::Store;

use super::bind::{self, Rows, lens, list_ops};
use super::state::FormsState;
use super::FormsRoute;

const YES_NO: (Bilingual, Bilingual) = (Bilingual { zh: "是", en: "Yes" }, Bilingual { zh: "否", en: "No" });
const HAVE_NOT: (Bilingual, Bilingual) = (Bilingual { zh: "有", en: "Yes" }, Bilingual { zh: "无", en: "No" });

#[component]
pub fn EditPage(form: FormId) -> impl IntoView {
    let store = Store::use_context();
    let state = FormsState::use_context();
    state.start(form);
    let errors = PageErrors::provide();
    let checked = RwSignal::new(false);
    // "Complete" is said after a check that found nothing, and unsaid at the next change.
    let complete = RwSignal::new(false);
    // Once checked, the messages follow the form: a fixed field loses its message at once (the
    // focus stays where the user is typing; only the button moves it to the summary).
    Effect::new(move |_| {
        let problems = state.problems_of(form);
        if checked.get_untracked() {
            errors.0.set(problems.into_iter().map(FieldError::from).collect());
        }
        complete.set(false);
    });
    let check = move |_| {
        checked.set(true);
        let problems = state.problems_of(form);
        complete.set(problems.is_empty());
        errors.show(problems.into_iter().map(FieldError::from).collect());
    };
    let title = move || format!("{} {}", form.attachment(), form.title().get(store.lang.get()));
    view! {
        <a class="back-link" href=FormsRoute::Overview.href()>{tr(FormsMsg::BackToForms)}</a>
        <PageHeading text=Signal::derive(title)/>
        <ErrorSummary/>
        {form_hint(form)}
        <form class="form-page" on:submit=|event| event.prevent_default() novalidate>
            {match form {
                FormId::Application => application_fields(),
                FormId::ImplementationPlan => plan_fields(),
                FormId::ManagementSystems => systems_fields(),
                FormId::Renewal => renewal_fields(),
                FormId::Equipment => equipment_fields(),
                FormId::Staff => staff_fields(),
                FormId::RenewalSummary => renewal_summary_fields(),
                FormId::TerminationSummary => termination_summary_fields(),
            }}
        </form>
        <p class="form-status" role="status">{move || complete.get().then(|| t(store.lang.get(), FormsMsg::FormComplete))}</p>
        {matches!(form, FormId::Equipment | FormId::Staff).then(|| view! { <super::office::SpreadsheetImport form=form/> })}
        <super::office::OfficeDownloads form=form/>
        <div class="actions">
            <button type="button" class="button" on:click=check>{tr(FormsMsg::CheckForm)}</button>
            <a class="button button--secondary" href=FormsRoute::Print(Some(form)).href()>{tr(FormsMsg::PrintPreview)}</a>
            <a class="button button--secondary" href=FormsRoute::Overview.href()>{tr(FormsMsg::BackToForms)}</a>
        </div>
    }
}

/// What the page is for, from the guide.
fn form_hint(form: FormId) -> impl IntoView {
    let msg = match form {
        FormId::Application => FormsMsg::ApplicationFormHint,
        FormId::ImplementationPlan => FormsMsg::PlanFormHint,
        FormId::ManagementSystems => FormsMsg::SystemsFormHint,
        FormId::Renewal => FormsMsg::RenewalFormHint,
        FormId::Equipment => FormsMsg::EquipmentFormHint,
        FormId::Staff => FormsMsg::StaffFormHint,
        FormId::RenewalSummary | FormId::TerminationSummary => FormsMsg::SummaryFormHint,
    };
    view! { <p class="lead">{tr(msg)}</p> }
}

fn section(heading: Bilingual, fields: Vec<AnyView>) -> AnyView {
    view! {
        <section class="form-section">
            <h2>{bi(heading)}</h2>
            {fields}
        </section>
    }
    .into_any()
}

const fn b(zh: &'static str, en: &'static str) -> Bilingual {
    Bilingual { zh, en }
}

fn text(path: &'static str, lens: bind::Lens<String>) -> AnyView {
    bind::text(path, label(path), None, lens)
}

// ------------------------------------------------------------------------ 附件1

fn application_fields() -> AnyView {
    let state = FormsState::use_context();
    let request = move || state.facts.with(|facts| facts.as_ref().map(|facts| facts.request));
    let is_change = move || request() == Some(RequestKind::InformationChange);
    let occupation_row = move |index: usize| -> AnyView {
        let levels_path = format!("application.occupations[{index}].levels");
        let levels = lens!(application.occupations[index].levels);
        let read = levels.read.clone();
        let write = levels.write.clone();
        view! {
            {bind::text(&format!("application.occupations[{index}].code"), label("application.occupations[].code"), Some(both(FormsMsg::OccupationCodeHint)), lens!(application.occupations[index].code))}
            {bind::text(&format!("application.occupations[{index}].occupation"), label("application.occupations[].occupation"), None, lens!(application.occupations[index].occupation))}
            {bind::text(&format!("application.occupations[{index}].job_type"), label("application.occupations[].job_type"), None, lens!(application.occupations[index].job_type))}
            <CheckboxGroup
                id=field_id(&levels_path)
                legend=label("application.occupations[].levels")
                options=Level::ALL.into_iter().map(|level| (level, level.label())).collect()
                is_checked=Callback::new(move |level: Level| state.forms.with(|forms| read(forms).contains(&level)))
                on_toggle=Callback::new(move |(level, on): (Level, bool)| state.forms.update(|forms| {
                    let mut levels: Vec<Level> = (levels.read)(forms);
                    levels.retain(|l| *l != level);
                    // In order (a package may bring them in any), without the standard sort.
                    if on {
                        levels.push(level);
                        crate::core::sort::sort_short(&mut levels);
                    }
                    write(forms, levels);
                }))
                inline=true
            />
            {bind::text(&format!("application.occupations[{index}].standard"), label("application.occupations[].standard"), Some(both(FormsMsg::StandardTextHint)), lens!(application.occupations[index].standard))}
        }
        .into_any()
    };
    let (length, add, remove) = list_ops!(application.occupations);
    let nature = lens!(application.unit_nature.nature);
    view! {
        {section(b("封面", "Cover"), vec![
            text("application.cover_institution_kind", lens!(application.cover_institution_kind)),
            bind::date("application.filled_on", label("application.filled_on"), lens!(application.filled_on)),
        ])}
        {section(b("单位基本信息", "The unit"), vec![
            text("application.unit_name", lens!(application.unit_name)),
            text("application.office_address.city", lens!(application.office_address.city)),
            text("application.office_address.district", lens!(application.office_address.district)),
            text("application.office_address.street", lens!(application.office_address.street)),
            text("application.registration_authority", lens!(application.registration_authority)),
            bind::text("application.credit_code", label("application.credit_code"), Some(both(FormsMsg::CreditCodeHint)), lens!(application.credit_code)),
            bind::text("application.registered_capital", label("application.registered_capital"), Some(b("按执照所载填写，如“500万元”", "As on the licence, e.g. 500万元")), lens!(application.registered_capital)),
            bind::choice("application.unit_nature.nature", label("application.unit_nature.nature"), UnitNature::ALL.into_iter().map(|n| (n, n.label())).collect(), nature, false),
            bind::checkbox("application.unit_nature.central_soe", b("（央企）：仅与“企业”一起勾选", "(Central SOE): with Enterprise only"), lens!(application.unit_nature.central_soe)),
            bind::checkbox("application.unit_nature.private_school", b("（民办）：仅与“院校”一起勾选", "(Private): with School only"), lens!(application.unit_nature.private_school)),
        ])}
        {section(b("单位法人和联系人", "Legal representative and contact"), vec![
            text("application.legal_representative.name", lens!(application.legal_representative.name)),
            bind::text("application.legal_representative.phone", label("application.legal_representative.phone"), Some(both(FormsMsg::PhoneHint)), lens!(application.legal_representative.phone)),
            bind::id_number("application.legal_representative.id_number", label("application.legal_representative.id_number"), FormsMsg::IdNumberHint, lens!(application.legal_representative.id_number)),
            text("application.contact.name", lens!(application.contact.name)),
            bind::text("application.contact.phone", label("application.contact.phone"), Some(both(FormsMsg::PhoneHint)), lens!(application.contact.phone)),
        ])}
        {section(b("人员和资质", "Staff and standing"), vec![
            bind::count("application.staff_total", label("application.staff_total"), None, lens!(application.staff_total)),
            bind::count("application.insured_staff", label("application.insured_staff"), None, lens!(application.insured_staff)),
            bind::count("application.skilled_staff", label("application.skilled_staff"), None, lens!(application.skilled_staff)),
            bind::count("application.yearly_enrolment", label("application.yearly_enrolment"), None, lens!(application.yearly_enrolment)),
            bind::text("application.social_org_grade", label("application.social_org_grade"), Some(b("如“4A”；未评估的留空", "e.g. 4A; leave empty when not assessed")), lens!(application.social_org_grade)),
            bind::text("application.filing_number", label("application.filing_number"), Some(both(FormsMsg::FilingNumberHint)), lens!(application.filing_number)),
            bind::choice("application.institution_type", label("application.institution_type"), InstitutionType::ALL.into_iter().map(|n| (n, n.label())).collect(), lens!(application.institution_type), false),
        ])}
        <section class="form-section">
            <h2>{bi(label("application.occupations"))}</h2>
            <Show when=is_change>
                <p class="hint">{tr(FormsMsg::ChangeOccupationsHint)}</p>
            </Show>
            {bind::rows(Rows { path: "application.occupations".into(), name: label("application.occupations"), show_name: false, length, add, remove, row: std::sync::Arc::new(occupation_row) })}
        </section>
        <Show when=is_change>
            {changed_fields()}
        </Show>
        {submitted_materials()}
    }
    .into_any()
}

/// 信息变更: which fields changed (printed in red).
fn changed_fields() -> AnyView {
    let state = FormsState::use_context();
    view! {
        <section class="form-section">
            <h2>{bi(b("变更部分", "What changed"))}</h2>
            <CheckboxGroup
                id=field_id("application.changed_fields")
                legend=label("application.changed_fields")
                hint=both(FormsMsg::ChangedFieldsHint)
                options=ApplicationField::ALL.into_iter().map(|field| (field, field.label())).collect()
                is_checked=Callback::new(move |field: ApplicationField| state.forms.with(|forms| forms.application.as_ref().is_some_and(|form| form.changed_fields.contains(&field))))
                on_toggle=Callback::new(move |(field, on): (ApplicationField, bool)| state.forms.update(|forms| {
                    if let Some(form) = forms.application.as_mut() {
                        if on { form.changed_fields.insert(field); } else { form.changed_fields.remove(&field); }
                    }
                }))
            />
        </section>
    }
    .into_any()
}

/// 提交材料清单: ticked from the self-check's materials and the rows' standards, not typed; a
/// box the applicant knows does not fit can be unticked, with the reason (kept in the package).
fn submitted_materials() -> AnyView {
    let state = FormsState::use_context();
    let store = Store::use_context();
    view! {
        <section class="form-section">
            <h2>{bi(b("提交材料清单", "Materials handed in"))}</h2>
            <p class="hint">{tr(FormsMsg::MaterialBoxesHint)}</p>
            {move || {
                let lang = store.lang.get();
                let Some(materials) = state.materials.get() else { return view! { <p>{t(lang, FormsMsg::FormsNeedSelfCheck)}</p> }.into_any() };
                let submitted = state.forms.with(|forms| submitted_material_boxes(&materials, forms.application.as_ref()));
                view! {
                    <ul class="material-boxes">
                        {MaterialBox::ALL.into_iter().map(|material_box| {
                            let ticked = submitted.ticked.contains(&material_box);
                            let unticked = submitted.unticked.contains(&material_box);
                            view! {
                                <li class:material-boxes--ticked=ticked>
                                    <span aria-hidden="true">{if ticked { "☑ " } else { "☐ " }}</span>
                                    <span class="visually-hidden">{t(lang, if ticked { FormsMsg::BoxTicked } else { FormsMsg::BoxNotTicked })}</span>
                                    {format!("{}. {}", material_box.number(), material_box.label().get(lang))}
                                    {(ticked || unticked).then(|| untick_control(material_box, unticked))}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </section>
    }
    .into_any()
}

/// "不提交此项" for a box the self-check ticks, and the reason once unticked.
fn untick_control(material_box: MaterialBox, unticked: bool) -> AnyView {
    let key = serde_json::to_value(material_box).ok().and_then(|value| value.as_str().map(str::to_string)).unwrap_or_default();
    let path = format!("application.unticked_boxes.{key}");
    let toggle = bind::Lens::new(
        move |forms: &FormSet| forms.application.as_ref().is_some_and(|form| form.unticked_boxes.contains_key(&material_box)),
        move |forms: &mut FormSet, on: bool| {
            if let Some(form) = forms.application.as_mut() {
                if on {
                    form.unticked_boxes.value_or_default(material_box);
                } else {
                    form.unticked_boxes.remove(&material_box);
                }
            }
        },
    );
    let reason = bind::Lens::new(
        move |forms: &FormSet| forms.application.as_ref().and_then(|form| form.unticked_boxes.get(&material_box).cloned()).unwrap_or_default(),
        move |forms: &mut FormSet, text: String| {
            if let Some(form) = forms.application.as_mut() {
                form.unticked_boxes.insert(material_box, text);
            }
        },
    );
    let index = usize::from(material_box.number()) - 1;
    view! {
        <div class="material-boxes__untick">
            {bind::checkbox(&format!("{path}-off"), UNTICK_LABELS[index], toggle)}
            {unticked.then(|| bind::text(&path, UNTICK_REASON_LABELS[index], None, reason))}
        </div>
    }
    .into_any()
}

/// The untick control's labels, by box (1 to 9).
const UNTICK_LABELS: [Bilingual; 9] = [
    b("不提交第1项", "Do not hand in item 1"),
    b("不提交第2项", "Do not hand in item 2"),
    b("不提交第3项", "Do not hand in item 3"),
    b("不提交第4项", "Do not hand in item 4"),
    b("不提交第5项", "Do not hand in item 5"),
    b("不提交第6项", "Do not hand in item 6"),
    b("不提交第7项", "Do not hand in item 7"),
    b("不提交第8项", "Do not hand in item 8"),
    b("不提交第9项", "Do not hand in item 9"),
];
const UNTICK_REASON_LABELS: [Bilingual; 9] = [
    b("不提交第1项的原因", "Why item 1 is not handed in"),
    b("不提交第2项的原因", "Why item 2 is not handed in"),
    b("不提交第3项的原因", "Why item 3 is not handed in"),
    b("不提交第4项的原因", "Why item 4 is not handed in"),
    b("不提交第5项的原因", "Why item 5 is not handed in"),
    b("不提交第6项的原因", "Why item 6 is not handed in"),
    b("不提交第7项的原因", "Why item 7 is not handed in"),
    b("不提交第8项的原因", "Why item 8 is not handed in"),
    b("不提交第9项的原因", "Why item 9 is not handed in"),
];

// ------------------------------------------------------------------------ 附件2

fn plan_fields() -> AnyView {
    let state = FormsState::use_context();
    PLAN_PARTS
        .iter()
        .enumerate()
        .map(|(index, part)| {
            let part_number = index as u8 + 1;
            let sections: Vec<AnyView> = PLAN_SECTIONS
                .iter()
                .filter(|section| section.part == part_number)
                .map(|section| {
                    let id = section.id;
                    let key = serde_json::to_value(id).ok().and_then(|value| value.as_str().map(str::to_string)).unwrap_or_default();
                    let path = format!("plan.sections.{key}");
                    let lens = bind::Lens::new(
                        move |forms: &FormSet| forms.plan.as_ref().map(|plan| plan.text(id).to_string()).unwrap_or_default(),
                        move |forms: &mut FormSet, text: String| {
                            if let Some(plan) = forms.plan.as_mut() {
                                if text.trim().is_empty() {
                                    plan.sections.remove(&id);
                                } else {
                                    plan.sections.insert(id, text);
                                }
                            }
                        },
                    );
                    // The guide's own words, except where it has none: 六、证书样式 is shown, not written.
                    let hint = match section.id {
                        PlanSectionId::CertificateSample => Some(b("可填写“见附件”，并附证书样式", "You may write 见附件 (see attached) and attach the certificate's design")),
                        _ => (!section.hint.zh.is_empty()).then_some(section.hint),
                    };
                    bind::paragraph(&path, section.heading, hint, lens)
                })
                .collect();
            let _ = state;
            section(*part, sections)
        })
        .collect_view()
        .into_any()
}

// ------------------------------------------------------------------------ 附件3

fn systems_fields() -> AnyView {
    let guide_list = SYSTEM_GROUPS
        .iter()
        .enumerate()
        .map(|(index, group)| {
            let group_number = index as u8 + 1;
            let systems: Vec<AnyView> = MANAGEMENT_SYSTEMS
                .iter()
                .filter(|system| system.group == group_number)
                .map(|system| {
                    let number = system.number;
                    let path = format!("systems.systems.{number}");
                    let status = bind::Lens::new(
                        move |forms: &FormSet| forms.systems.as_ref().map(|systems| systems.status(number)),
                        move |forms: &mut FormSet, status: Option<SystemStatus>| {
                            if let (Some(systems), Some(status)) = (forms.systems.as_mut(), status) {
                                systems.systems.value_or_default(number).status = status;
                            }
                        },
                    );
                    let note = bind::Lens::new(
                        move |forms: &FormSet| forms.systems.as_ref().and_then(|systems| systems.systems.get(&number)).map(|entry| entry.note.clone()).unwrap_or_default(),
                        move |forms: &mut FormSet, note: String| {
                            if let Some(systems) = forms.systems.as_mut() {
                                systems.systems.value_or_default(number).note = note;
                            }
                        },
                    );
                    view! {
                        <div class="system-entry">
                            {bind::choice(&format!("{path}.status"), system.title, SystemStatus::ALL.into_iter().map(|s| (s, s.label())).collect(), status, true)}
                            {bind::text(&format!("{path}.note"), label("systems.systems[].note"), None, note)}
                        </div>
                    }
                    .into_any()
                })
                .collect();
            section(*group, systems)
        })
        .collect_view();
    let added = |index: usize| -> AnyView {
        let p = move |field: &str| format!("systems.additions[{index}].{field}");
        let groups: Vec<(u8, Bilingual)> = SYSTEM_GROUPS.iter().enumerate().map(|(i, group)| (i as u8 + 1, *group)).collect();
        view! {
            {bind::choice(&p("group"), label("systems.additions[].group"), groups, lens!(systems.additions[index].group), false)}
            {bind::text(&p("title"), label("systems.additions[].title"), None, lens!(systems.additions[index].title))}
            {bind::choice(&p("status"), label("systems.additions[].status"), SystemStatus::ALL.into_iter().map(|s| (s, s.label())).collect(), added_status(index), true)}
            {bind::text(&p("note"), label("systems.additions[].note"), None, lens!(systems.additions[index].note))}
        }
        .into_any()
    };
    let (length, add, remove) = list_ops!(systems.additions);
    view! {
        {guide_list}
        <section class="form-section">
            <h2>{bi(label("systems.additions"))}</h2>
            <p class="hint">{bi(b("附件3供参考，可根据实际增减（1.8.6）：不需要的制度标为“不适用”，不打印；自有的制度在此增加，打印在所属类别中。", "附件3 is for reference and may be adapted (1.8.6): mark a system you do not need as not applicable (it is not printed); add your own here, printed in its group."))}</p>
            {bind::rows(Rows { path: "systems.additions".into(), name: label("systems.additions"), show_name: false, length, add, remove, row: std::sync::Arc::new(added) })}
        </section>
    }
    .into_any()
}

/// The status of an added system, as a choice (the field itself is not optional).
fn added_status(index: usize) -> bind::Lens<Option<SystemStatus>> {
    bind::Lens::new(
        move |forms: &FormSet| forms.systems.as_ref().and_then(|systems| systems.additions.get(index)).map(|system| system.status),
        move |forms: &mut FormSet, status: Option<SystemStatus>| {
            if let (Some(system), Some(status)) = (forms.systems.as_mut().and_then(|systems| systems.additions.get_mut(index)), status) {
                system.status = status;
            }
        },
    )
}

// ------------------------------------------------------------------------ 附件4

fn renewal_fields() -> AnyView {
    let statistic_row = |index: usize| -> AnyView {
        let p = move |field: &str| format!("renewal.statistics[{index}].{field}");
        view! {
            {bind::text(&p("occupation"), label("renewal.statistics[].occupation"), None, lens!(renewal.statistics[index].occupation))}
            {bind::choice(&p("level"), label("renewal.statistics[].level"), Level::ALL.into_iter().map(|l| (l, l.label())).collect(), lens!(renewal.statistics[index].level), false)}
            {bind::count(&p("evaluated"), label("renewal.statistics[].evaluated"), None, lens!(renewal.statistics[index].evaluated))}
            {bind::count(&p("certified"), label("renewal.statistics[].certified"), None, lens!(renewal.statistics[index].certified))}
        }
        .into_any()
    };
    let fee_row = |index: usize| -> AnyView {
        view! {
            {bind::text(&format!("renewal.fees[{index}].occupation"), label("renewal.fees[].occupation"), None, lens!(renewal.fees[index].occupation))}
            <fieldset class="fieldset fee-cells" id=field_id(&format!("renewal.fees[{index}].fees")) tabindex="-1">
                <legend class="fieldset__legend">{bi(label("renewal.fees[].fees"))}</legend>
                <p class="hint">{tr(FormsMsg::FeeHint)}</p>
                {bind::container_error(&format!("renewal.fees[{index}].fees"))}
                {Level::ALL.into_iter().map(|level| fee_cell(index, level)).collect_view()}
            </fieldset>
        }
        .into_any()
    };
    let (stat_length, stat_add, stat_remove) = list_ops!(renewal.statistics);
    let (fee_length, fee_add, fee_remove) = list_ops!(renewal.fees);
    view! {
        {section(b("封面", "Cover"), vec![bind::date("renewal.filled_on", label("renewal.filled_on"), lens!(renewal.filled_on))])}
        {section(b("一、基本信息", "1. Basic information"), vec![
            text("renewal.institution_name", lens!(renewal.institution_name)),
            bind::text("renewal.credit_code", label("renewal.credit_code"), Some(both(FormsMsg::CreditCodeHint)), lens!(renewal.credit_code)),
            text("renewal.filing_number", lens!(renewal.filing_number)),
            bind::choice("renewal.institution_type", label("renewal.institution_type"), InstitutionType::ALL.into_iter().map(|n| (n, n.label())).collect(), lens!(renewal.institution_type), false),
            text("renewal.legal_representative", lens!(renewal.legal_representative)),
            bind::text("renewal.legal_representative_phone", label("renewal.legal_representative_phone"), Some(both(FormsMsg::PhoneHint)), lens!(renewal.legal_representative_phone)),
            text("renewal.contact", lens!(renewal.contact)),
            text("renewal.contact_title", lens!(renewal.contact_title)),
            bind::text("renewal.contact_phone", label("renewal.contact_phone"), Some(both(FormsMsg::PhoneHint)), lens!(renewal.contact_phone)),
            text("renewal.contact_email", lens!(renewal.contact_email)),
        ])}
        {section(b("二、存续情况", "2. Standing"), vec![
            bind::yes_no("renewal.qualification_changed", label("renewal.qualification_changed"), YES_NO, lens!(renewal.qualification_changed)),
            text("renewal.changed_items", lens!(renewal.changed_items)),
            bind::choice("renewal.credit_status", label("renewal.credit_status"), vec![(CreditStatus::Normal, CreditStatus::Normal.label()), (CreditStatus::HasProblems, CreditStatus::HasProblems.label())], lens!(renewal.credit_status), true),
        ])}
        <section class="form-section">
            <h2>{bi(b("三、备案期情况", "3. The filing period"))}</h2>
            {bind::count("renewal.total_evaluated", label("renewal.total_evaluated"), None, lens!(renewal.total_evaluated))}
            {bind::count("renewal.total_certified", label("renewal.total_certified"), None, lens!(renewal.total_certified))}
            {bind::rows(Rows { path: "renewal.statistics".into(), name: b("评价情况", "Evaluations"), show_name: true, length: stat_length, add: stat_add, remove: stat_remove, row: std::sync::Arc::new(statistic_row) })}
            {bind::paragraph("renewal.occupations_not_evaluated", label("renewal.occupations_not_evaluated"), None, lens!(renewal.occupations_not_evaluated))}
            <fieldset class="fieldset" id=field_id("renewal.premises") tabindex="-1">
                <legend class="fieldset__legend">{bi(label("renewal.premises"))}</legend>
                {bind::container_error("renewal.premises")}
                {bind::checkbox("renewal.premises.owned", label("renewal.premises.owned"), lens!(renewal.premises.owned))}
                {text("renewal.premises.owned_location", lens!(renewal.premises.owned_location))}
                {bind::checkbox("renewal.premises.rented", label("renewal.premises.rented"), lens!(renewal.premises.rented))}
                {text("renewal.premises.rented_location", lens!(renewal.premises.rented_location))}
            </fieldset>
            {bind::count("renewal.assessor_count", label("renewal.assessor_count"), None, lens!(renewal.assessor_count))}
            {bind::count("renewal.internal_supervisor_count", label("renewal.internal_supervisor_count"), None, lens!(renewal.internal_supervisor_count))}
            {bind::yes_no("renewal.has_standards", label("renewal.has_standards"), HAVE_NOT, lens!(renewal.has_standards))}
            {bind::yes_no("renewal.has_question_bank", label("renewal.has_question_bank"), HAVE_NOT, lens!(renewal.has_question_bank))}
            {bind::yes_no("renewal.has_monitoring", label("renewal.has_monitoring"), HAVE_NOT, lens!(renewal.has_monitoring))}
            {bind::rows(Rows { path: "renewal.fees".into(), name: label("renewal.fees"), show_name: true, length: fee_length, add: fee_add, remove: fee_remove, row: std::sync::Arc::new(fee_row) })}
        </section>
    }
    .into_any()
}

/// One fee cell: an amount in yuan, or 无. What cannot be read as either is kept in the box
/// with a message and not stored, so the stored fee is never a guess.
fn fee_cell(row: usize, level: Level) -> AnyView {
    let state = FormsState::use_context();
    let store = Store::use_context();
    let slot = usize::from(level.number()) - 1;
    let id = field_id(&format!("renewal.fees[{row}].fees[{slot}]"));
    let stored = move || {
        state.forms.with(|forms| forms.renewal.as_ref().and_then(|form| form.fees.get(row)).and_then(|row| row.fees[slot].as_ref()).map(Fee::display_zh).unwrap_or_default())
    };
    let unreadable = RwSignal::new(None::<String>);
    let on_change = move |event: leptos::ev::Event| {
        let typed = event_target_value(&event);
        match Fee::parse(&typed) {
            Ok(fee) => {
                unreadable.set(None);
                state.forms.update(|forms| {
                    if let Some(fees) = forms.renewal.as_mut().and_then(|form| form.fees.get_mut(row)) {
                        fees.fees[slot] = fee;
                    }
                });
            }
            Err(_) => {
                // Nothing is stored that the user did not write: the old amount goes too, so
                // the print never shows a fee the box no longer says.
                unreadable.set(Some(typed));
                state.forms.update(|forms| {
                    if let Some(fees) = forms.renewal.as_mut().and_then(|form| form.fees.get_mut(row)) {
                        fees.fees[slot] = None;
                    }
                });
            }
        }
    };
    let error_id = format!("{id}-error");
    view! {
        <div class="field field--inline" class:field--error=move || unreadable.with(Option::is_some)>
            <label class="field__label" for=id.clone()>{level.short_name()}</label>
            {
                let error_id = error_id.clone();
                move || unreadable.with(Option::is_some).then(|| view! {
                    <p class="field-error" id=error_id.clone()>{t(store.lang.get(), FormsMsg::FeeUnreadable)}</p>
                })
            }
            <input
                class="input input--short"
                type="text"
                id=id
                aria-describedby=move || unreadable.with(Option::is_some).then(|| error_id.clone())
                prop:value=move || unreadable.get().unwrap_or_else(stored)
                on:change=on_change
            />
        </div>
    }
    .into_any()
}


// ------------------------------------------------------------------------ 附件5

/// 权属's hint: the usual words (`equipment::OWNERSHIP_SUGGESTIONS`), any other accepted.
fn ownership_hint() -> Bilingual {
    b("如：自有、租用、借用、合作单位提供；也可写其他情况", "e.g. 自有 (owned), 租用 (rented), 借用 (borrowed), 合作单位提供 (from a partner); or say how else")
}

fn equipment_fields() -> AnyView {
    let group = |group: usize| -> AnyView {
        let item = move |index: usize| -> AnyView {
            let p = move |field: &str| format!("equipment.groups[{group}].items[{index}].{field}");
            view! {
                {bind::text(&p("name"), label("equipment.groups[].items[].name"), None, lens!(equipment.groups[group].items[index].name))}
                {bind::text(&p("model"), label("equipment.groups[].items[].model"), None, lens!(equipment.groups[group].items[index].model))}
                {bind::text(&p("quantity"), label("equipment.groups[].items[].quantity"), Some(b("数字加单位，如“4台”“120平方米”", "A number and its unit, e.g. 4台, 120平方米")), lens!(equipment.groups[group].items[index].quantity))}
                {bind::text(&p("ownership"), label("equipment.groups[].items[].ownership"), Some(ownership_hint()), lens!(equipment.groups[group].items[index].ownership))}
            }
            .into_any()
        };
        let items = Rows {
            path: format!("equipment.groups[{group}].items"),
            name: label("equipment.groups[].items"), show_name: true,
            length: std::sync::Arc::new(move |forms: &FormSet| forms.equipment.as_ref().and_then(|list| list.groups.get(group)).map_or(0, |g| g.items.len())),
            add: std::sync::Arc::new(move |forms: &mut FormSet| {
                if let Some(g) = forms.equipment.as_mut().and_then(|list| list.groups.get_mut(group)) {
                    g.items.push(Default::default());
                }
            }),
            remove: std::sync::Arc::new(move |forms: &mut FormSet, index: usize| {
                if let Some(g) = forms.equipment.as_mut().and_then(|list| list.groups.get_mut(group)) {
                    if index < g.items.len() {
                        g.items.remove(index);
                    }
                }
            }),
            row: std::sync::Arc::new(item),
        };
        view! {
            {bind::text(&format!("equipment.groups[{group}].occupation"), label("equipment.groups[].occupation"), Some(b("如“6-18-01-01 车工”", "e.g. 6-18-01-01 车工")), lens!(equipment.groups[group].occupation))}
            {bind::rows(items)}
        }
        .into_any()
    };
    let (length, add, remove) = list_ops!(equipment.groups);
    view! {
        {section(b("单位", "Unit"), vec![text("equipment.unit_name", lens!(equipment.unit_name))])}
        <section class="form-section">
            <h2>{bi(b("分职业（工种）填写", "One list per occupation"))}</h2>
            {bind::rows(Rows { path: "equipment.groups".into(), name: b("职业（工种）", "Occupations"), show_name: false, length, add, remove, row: std::sync::Arc::new(group) })}
        </section>
    }
    .into_any()
}

// ------------------------------------------------------------------------ 附件6

fn staff_fields() -> AnyView {
    let state = FormsState::use_context();
    view! {
        <div class="actions">
            <button type="button" class="button button--secondary" aria-pressed=move || state.show_id_numbers.get().to_string() on:click=move |_| state.show_id_numbers.update(|shown| *shown = !*shown)>
                {tr(FormsMsg::ShowIdNumbers)}
            </button>
        </div>
        {StaffTable::ALL.into_iter().map(staff_table).collect_view()}
    }
    .into_any()
}

fn staff_table(table: StaffTable) -> AnyView {
    let field = table.field();
    let list = move |forms: &FormSet| -> Option<usize> {
        forms.staff.as_ref().map(|staff| staff.table(table).len())
    };
    fn members(forms: &mut FormSet, table: StaffTable) -> Option<&mut Vec<crate::core::forms::staff::StaffMember>> {
        forms.staff.as_mut().map(|staff| staff.table_mut(table))
    }
    let member = move |index: usize| -> AnyView {
        let p = move |column: &str| format!("staff.{field}[{index}].{column}");
        macro_rules! column {
            ($column:ident) => {
                bind::Lens::new(
                    move |forms: &FormSet| forms.staff.as_ref().and_then(|staff| staff.table(table).get(index)).map(|m| m.$column.clone()).unwrap_or_default(),
                    move |forms: &mut FormSet, value: String| {
                        if let Some(member) = members(forms, table).and_then(|list| list.get_mut(index)) {
                            member.$column = value;
                        }
                    },
                )
            };
        }
        view! {
            {bind::text(&p("name"), label("staff.workers[].name"), None, column!(name))}
            {id_kind_select(&p("id_kind"), bind::Lens::new(
                move |forms: &FormSet| forms.staff.as_ref().and_then(|staff| staff.table(table).get(index)).map(|m| m.id_kind).unwrap_or_default(),
                move |forms: &mut FormSet, kind: IdDocumentKind| {
                    if let Some(member) = members(forms, table).and_then(|list| list.get_mut(index)) {
                        member.id_kind = kind;
                    }
                },
            ))}
            {bind::id_number(&p("id_number"), label("staff.workers[].id_number"), FormsMsg::StaffIdNumberHint, column!(id_number))}
            {bind::text(&p("title"), label("staff.workers[].title"), None, column!(title))}
            {bind::text(&p("education"), label("staff.workers[].education"), None, column!(education))}
            {bind::text(&p("detail"), table.detail_heading(), None, column!(detail))}
        }
        .into_any()
    };
    let rows = Rows {
        path: format!("staff.{field}"),
        name: table.title(),
        show_name: false,
        length: std::sync::Arc::new(move |forms: &FormSet| list(forms).unwrap_or(0)),
        add: std::sync::Arc::new(move |forms: &mut FormSet| {
            if let Some(list) = members(forms, table) {
                list.push(Default::default());
            }
        }),
        remove: std::sync::Arc::new(move |forms: &mut FormSet, index: usize| {
            if let Some(list) = members(forms, table) {
                if index < list.len() {
                    list.remove(index);
                }
            }
        }),
        row: std::sync::Arc::new(member),
    };
    view! {
        <section class="form-section">
            <h2>{bi(table.title())}</h2>
            {bind::rows(rows)}
        </section>
    }
    .into_any()
}

/// 证件类型: which identity document the number is of (居民身份证 first).
fn id_kind_select(path: &str, lens: bind::Lens<IdDocumentKind>) -> AnyView {
    use crate::ui::components::fields::SelectField;
    let store = Store::use_context();
    let state = FormsState::use_context();
    let read = lens.read.clone();
    let write = lens.write.clone();
    let options = Signal::derive(move || {
        let lang = store.lang.get();
        IdDocumentKind::ALL.iter().enumerate().map(|(index, kind)| (index.to_string(), kind.label().get(lang).to_string())).collect::<Vec<_>>()
    });
    let selected = Signal::derive(move || {
        let kind = state.forms.with(|forms| read(forms));
        IdDocumentKind::ALL.iter().position(|candidate| *candidate == kind).unwrap_or(0).to_string()
    });
    let on_change = Callback::new(move |value: String| {
        if let Some(kind) = value.parse::<usize>().ok().and_then(|index| IdDocumentKind::ALL.get(index).copied()) {
            state.forms.update(|forms| write(forms, kind));
        }
    });
    view! { <SelectField id=field_id(path) label=label(path) options=options selected=selected on_change=on_change/> }.into_any()
}

// ------------------------------------------------------------------------ 附件7, 附件8

fn kind_options(table: SummaryTable) -> Vec<(SummaryInstitutionKind, Bilingual)> {
    SummaryInstitutionKind::ALL.into_iter().map(|kind| (kind, kind.label(table))).collect()
}

fn renewal_summary_fields() -> AnyView {
    let row = |index: usize| -> AnyView {
        let p = move |field: &str| format!("renewal_summary.rows[{index}].{field}");
        view! {
            {bind::text(&p("city"), label(&p("city")), None, lens!(renewal_summary.rows[index].city))}
            {bind::choice(&p("institution_kind"), label(&p("institution_kind")), kind_options(SummaryTable::Renewal), lens!(renewal_summary.rows[index].institution_kind), false)}
            {bind::text(&p("institution_name"), label(&p("institution_name")), None, lens!(renewal_summary.rows[index].institution_name))}
            {bind::text(&p("filing_number"), label(&p("filing_number")), None, lens!(renewal_summary.rows[index].filing_number))}
            {bind::date(&p("filed_on"), label(&p("filed_on")), lens!(renewal_summary.rows[index].filed_on))}
            {bind::date(&p("expires_on"), label(&p("expires_on")), lens!(renewal_summary.rows[index].expires_on))}
            {bind::count(&p("evaluated"), label(&p("evaluated")), None, lens!(renewal_summary.rows[index].evaluated))}
            {bind::count(&p("certified"), label(&p("certified")), None, lens!(renewal_summary.rows[index].certified))}
            {bind::yes_no(&p("penalised"), label(&p("penalised")), YES_NO, lens!(renewal_summary.rows[index].penalised))}
            {bind::text(&p("supervising_opinion"), label(&p("supervising_opinion")), None, lens!(renewal_summary.rows[index].supervising_opinion))}
            {bind::choice(&p("decision"), label(&p("decision")), RenewalDecision::ALL.into_iter().map(|d| (d, d.label())).collect(), lens!(renewal_summary.rows[index].decision), true)}
            {bind::date(&p("renewed_from"), label(&p("renewed_from")), lens!(renewal_summary.rows[index].renewed_from))}
            {bind::date(&p("renewed_until"), label(&p("renewed_until")), lens!(renewal_summary.rows[index].renewed_until))}
            {bind::text(&p("occupations_leaving"), label(&p("occupations_leaving")), Some(b("备案期内未开展评价的职业（工种），退出评价范围，不再续期（6.4.2）", "Occupations not evaluated in the period leave the scope and are not renewed (6.4.2)")), lens!(renewal_summary.rows[index].occupations_leaving))}
            {bind::text(&p("remarks"), label(&p("remarks")), None, lens!(renewal_summary.rows[index].remarks))}
        }
        .into_any()
    };
    let (length, add, remove) = list_ops!(renewal_summary.rows);
    view! {
        <p class="notice">{tr(FormsMsg::RenewalSummaryReconstructed)}</p>
        {section(b("填报信息", "Report"), vec![
            text("renewal_summary.header.reporting_office", lens!(renewal_summary.header.reporting_office)),
            text("renewal_summary.header.reporter", lens!(renewal_summary.header.reporter)),
            bind::text("renewal_summary.header.phone", label("renewal_summary.header.phone"), Some(both(FormsMsg::PhoneHint)), lens!(renewal_summary.header.phone)),
            bind::date("renewal_summary.header.date", label("renewal_summary.header.date"), lens!(renewal_summary.header.date)),
        ])}
        <section class="form-section">
            <h2>{bi(label("renewal_summary.rows"))}</h2>
            {bind::rows(Rows { path: "renewal_summary.rows".into(), name: label("renewal_summary.rows"), show_name: false, length, add, remove, row: std::sync::Arc::new(row) })}
        </section>
    }
    .into_any()
}

fn termination_summary_fields() -> AnyView {
    let row = |index: usize| -> AnyView {
        let p = move |field: &str| format!("termination_summary.rows[{index}].{field}");
        view! {
            {bind::text(&p("city"), label(&p("city")), None, lens!(termination_summary.rows[index].city))}
            {bind::choice(&p("institution_kind"), label(&p("institution_kind")), kind_options(SummaryTable::Termination), lens!(termination_summary.rows[index].institution_kind), false)}
            {bind::text(&p("institution_name"), label(&p("institution_name")), None, lens!(termination_summary.rows[index].institution_name))}
            {bind::text(&p("filing_number"), label(&p("filing_number")), None, lens!(termination_summary.rows[index].filing_number))}
            {bind::date(&p("filed_on"), label(&p("filed_on")), lens!(termination_summary.rows[index].filed_on))}
            {bind::date(&p("terminated_on"), label(&p("terminated_on")), lens!(termination_summary.rows[index].terminated_on))}
            {bind::yes_no(&p("has_evaluated"), label(&p("has_evaluated")), YES_NO, lens!(termination_summary.rows[index].has_evaluated))}
            {bind::yes_no(&p("has_issued_certificates"), label(&p("has_issued_certificates")), YES_NO, lens!(termination_summary.rows[index].has_issued_certificates))}
            {bind::yes_no(&p("has_unregistered_certificate_data"), label(&p("has_unregistered_certificate_data")), YES_NO, lens!(termination_summary.rows[index].has_unregistered_certificate_data))}
            {bind::text(&p("reason"), label(&p("reason")), None, lens!(termination_summary.rows[index].reason))}
        }
        .into_any()
    };
    let (length, add, remove) = list_ops!(termination_summary.rows);
    view! {
        {section(b("填报信息", "Report"), vec![
            text("termination_summary.header.reporting_office", lens!(termination_summary.header.reporting_office)),
            text("termination_summary.header.reporter", lens!(termination_summary.header.reporter)),
            bind::text("termination_summary.header.phone", label("termination_summary.header.phone"), Some(both(FormsMsg::PhoneHint)), lens!(termination_summary.header.phone)),
            bind::date("termination_summary.header.date", label("termination_summary.header.date"), lens!(termination_summary.header.date)),
        ])}
        <section class="form-section">
            <h2>{bi(label("termination_summary.rows"))}</h2>
            {bind::rows(Rows { path: "termination_summary.rows".into(), name: label("termination_summary.rows"), show_name: false, length, add, remove, row: std::sync::Arc::new(row) })}
        </section>
    }
    .into_any()
}
