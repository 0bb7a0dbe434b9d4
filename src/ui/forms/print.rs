//! The print layouts: each form as the guide lays it out, on A4 (portrait, or landscape where
//! the table is wide), black on white, table headers repeated on every page. The sheets are in
//! Chinese whatever the page's language: they are the official forms.
//!
//! On screen the page is the print preview: a bar (not printed) with the print button, then the
//! sheets as they will print. ID numbers are masked on the screen and printed in full.

use jiff::civil::Date;
use leptos::prelude::*;

use crate::core::facts::RequestKind;
use crate::core::evaluate::Evaluation;
use crate::core::forms::application::{
    ApplicationField, ApplicationForm, BusinessType, InstitutionType, MaterialBox, UnitNature, submitted_material_boxes,
};
use crate::core::forms::codes::{Level, mask_id_number};
use crate::core::forms::equipment::{EquipmentList, Ownership};
use crate::core::forms::plan::{ImplementationPlan, PLAN_PARTS, PLAN_SECTIONS};
use crate::core::forms::renewal::{CreditStatus, RenewalForm};
use crate::core::forms::staff::{StaffTable, StaffTables};
use crate::core::forms::summaries::{RenewalSummary, SummaryHeader, SummaryTable, TerminationSummary};
use crate::core::forms::systems::{MANAGEMENT_SYSTEMS, SYSTEM_GROUPS, SystemsChecklist};
use crate::core::forms::{FormId, FormSet};
use crate::ui::components::page_heading::PageHeading;
use crate::ui::i18n::{Msg, t, tr};
use crate::ui::store::Store;

use super::FormsRoute;
use super::state::FormsState;

#[component]
pub fn PrintPage(form: Option<FormId>) -> impl IntoView {
    let store = Store::use_context();
    let state = FormsState::use_context();
    let lang = move || store.lang.get();
    let forms_shown = move || match form {
        Some(form) => vec![form],
        None => state.needed(),
    };
    let heading = move || match form {
        Some(form) => t(lang(), Msg::PrintPreviewOf).replace("{form}", &format!("{} {}", form.attachment(), form.title().get(lang()))),
        None => t(lang(), Msg::PrintAllForms).to_string(),
    };
    let back = match form {
        Some(form) => FormsRoute::Edit(form).href(),
        None => FormsRoute::Overview.href(),
    };
    view! {
        <div class="print-bar no-print">
            <a class="back-link" href=back>{tr(Msg::Back)}</a>
            <PageHeading text=Signal::derive(heading)/>
            <p class="hint">{tr(Msg::PrintHint)}</p>
            {move || {
                let problems = state.problems.with(|problems| problems.iter().filter(|p| forms_shown().contains(&p.form)).count());
                (problems > 0).then(|| view! {
                    <p class="notice notice--warning">{t(lang(), Msg::PrintWithProblems).replace("{n}", &problems.to_string())}</p>
                })
            }}
            <div class="actions">
                <button type="button" class="button" on:click=|_| { let _ = window().print(); }>{tr(Msg::Print)}</button>
                <button
                    type="button"
                    class="button button--secondary"
                    aria-pressed=move || state.show_id_numbers.get().to_string()
                    on:click=move |_| state.show_id_numbers.update(|shown| *shown = !*shown)
                >
                    {tr(Msg::ShowIdNumbers)}
                </button>
            </div>
        </div>
        <div class="sheets" lang="zh-CN">
            {move || {
                let request = state.facts.with(|facts| facts.as_ref().map(|facts| facts.request));
                let evaluation = state.evaluation.get();
                let show_ids = state.show_id_numbers.get();
                state.forms.with(|forms| {
                    forms_shown()
                        .into_iter()
                        .map(|form| sheets(form, forms, request, evaluation.as_ref(), show_ids))
                        .collect_view()
                })
            }}
        </div>
    }
}

/// The sheets of one form, or a line saying it is not started.
fn sheets(form: FormId, forms: &FormSet, request: Option<RequestKind>, evaluation: Option<&Evaluation>, show_ids: bool) -> AnyView {
    let ids = IdDisplay { show: show_ids };
    match form {
        FormId::Application => forms.application.as_ref().map(|f| application(f, request, evaluation, ids)),
        FormId::ImplementationPlan => forms.plan.as_ref().map(|f| plan(f, forms)),
        FormId::ManagementSystems => forms.systems.as_ref().map(systems),
        FormId::Renewal => forms.renewal.as_ref().map(renewal),
        FormId::Equipment => forms.equipment.as_ref().map(equipment),
        FormId::Staff => forms.staff.as_ref().map(|f| staff(f, ids)),
        FormId::RenewalSummary => forms.renewal_summary.as_ref().map(renewal_summary),
        FormId::TerminationSummary => forms.termination_summary.as_ref().map(termination_summary),
    }
    .unwrap_or_else(|| view! { <p class="no-print notice">{format!("{}《{}》尚未填写。", form.attachment(), form.title().zh)}</p> }.into_any())
}

#[derive(Clone, Copy)]
struct IdDisplay {
    show: bool,
}

impl IdDisplay {
    /// The number in full on paper; masked on screen unless the user chose to show it.
    fn view(self, number: &str) -> AnyView {
        if self.show || number.trim().is_empty() {
            return view! { <span>{number.to_string()}</span> }.into_any();
        }
        view! {
            <span class="screen-only">{mask_id_number(number)}</span>
            <span class="print-only">{number.to_string()}</span>
        }
        .into_any()
    }
}

fn mark(ticked: bool) -> &'static str {
    if ticked { "☑" } else { "☐" }
}

/// `2026年12月1日`, or the blanks of the paper form.
fn date_zh(date: Option<Date>) -> String {
    match date {
        Some(date) => format!("{}年{}月{}日", date.year(), date.month(), date.day()),
        None => "　　　年　　月　　日".to_string(),
    }
}

fn count(value: Option<u32>) -> String {
    value.map(|n| n.to_string()).unwrap_or_default()
}

fn yes_no(value: Option<bool>, labels: (&str, &str)) -> String {
    format!("{}{}　{}{}", labels.0, mark(value == Some(true)), labels.1, mark(value == Some(false)))
}

fn attachment_label(form: FormId) -> AnyView {
    view! { <p class="sheet__attachment">{form.attachment()}</p> }.into_any()
}

/// The commitment and opinion boxes: left empty for signatures and seals.
fn signature_rows(columns: usize, filing_place_note: &'static str, opinions: &[&'static str]) -> AnyView {
    let colspan = (columns - 1).to_string();
    view! {
        <tr>
            <th scope="row">"申请单位承诺"</th>
            <td colspan=colspan.clone() class="sheet__signature">
                <p>"本人承诺申报材料真实有效，如有虚假，愿承担相应责任。"</p>
                <p class="sheet__sign-line">"法定代表人签字：　　　　　　　单位（印章）"</p>
                <p class="sheet__date-line">"年　　月　　日"</p>
            </td>
        </tr>
        {opinions.iter().map(|opinion| {
            let note = if opinion.starts_with("备案地") { filing_place_note } else { "" };
            view! {
                <tr>
                    <th scope="row">{*opinion}</th>
                    <td colspan=colspan.clone() class="sheet__signature">
                        {(!note.is_empty()).then(|| view! { <p>{note}</p> })}
                        <p class="sheet__sign-line">"负责人签字：　　　　　　　单位（印章）"</p>
                        <p class="sheet__date-line">"年　　月　　日"</p>
                    </td>
                </tr>
            }
        }).collect_view()}
    }
    .into_any()
}

// ------------------------------------------------------------------------ 附件1

fn application(form: &ApplicationForm, request: Option<RequestKind>, evaluation: Option<&Evaluation>, ids: IdDisplay) -> AnyView {
    let business = request.and_then(BusinessType::from_request);
    let is_change = request == Some(RequestKind::InformationChange);
    let changed = |field: ApplicationField| is_change && form.changed_fields.contains(&field);
    // 信息变更: only the basic information ("仅填基础信息"); the rows only when they changed (4.1).
    let show_occupations = !is_change || form.changed_fields.contains(&ApplicationField::Occupations);
    let cell = |field: ApplicationField, text: String| view! { <td class:changed=changed(field)>{text}</td> };
    let address = &form.office_address;
    let nature = &form.unit_nature;
    let nature_boxes: String = UnitNature::ALL
        .into_iter()
        .map(|n| {
            let extra = match n {
                UnitNature::Enterprise => format!("（{}央企）", mark(nature.central_soe)),
                UnitNature::School => format!("（{}民办）", mark(nature.private_school)),
                _ => String::new(),
            };
            format!("{}{}{}", mark(nature.nature == Some(n)), n.label().zh, extra)
        })
        .collect::<Vec<_>>()
        .join("　");
    let type_boxes = institution_type_boxes(form.institution_type);
    let submitted = evaluation.map(|evaluation| submitted_material_boxes(&evaluation.materials)).unwrap_or_default();
    let other_names: Vec<String> = submitted
        .other_materials
        .iter()
        .filter_map(|id| evaluation?.materials.iter().find(|material| material.id == *id).map(|material| material.title.zh.clone()))
        .collect();
    let occupation_rows = form.occupations.iter().enumerate().map(|(index, row)| {
        let levels: Vec<&str> = row.levels.iter().map(|level: &Level| level.short_name()).collect();
        view! {
            <tr class:changed=changed(ApplicationField::Occupations)>
                <td>{index + 1}</td>
                <td>{row.code.clone()}</td>
                <td>{row.occupation.clone()}</td>
                <td>{row.job_type.clone()}</td>
                <td>{levels.join("、")}</td>
                <td>{row.standard.clone()}</td>
            </tr>
        }
    }).collect_view();
    view! {
        <article class="sheet sheet--portrait sheet--cover" aria-label="附件1 封面">
            {attachment_label(FormId::Application)}
            <h2 class="sheet__cover-title">"河南省职业技能等级评价机构"<br/>"备案申请表"</h2>
            <dl class="sheet__cover-lines">
                <div><dt>"单位名称（印章）："</dt><dd class:changed=changed(ApplicationField::UnitName)>{form.unit_name.clone()}</dd></div>
                <div><dt>"申请业务类型："</dt><dd>{BusinessType::ALL.into_iter().map(|b| format!("{}{}", mark(business == Some(b)), b.label().zh)).collect::<Vec<_>>().join("　")}</dd></div>
                <div><dt>"评价机构类型："</dt><dd>{form.cover_institution_kind.clone()}</dd></div>
                <div><dt>"填报时间："</dt><dd>{date_zh(form.filled_on)}</dd></div>
            </dl>
        </article>
        <article class="sheet sheet--portrait" aria-label="附件1 备案申请表">
            <h2 class="sheet__title">"河南省职业技能等级评价机构备案申请表"</h2>
            <table class="sheet__table">
                <colgroup><col class="sheet__col-key"/><col/><col class="sheet__col-key"/><col/></colgroup>
                <tbody>
                    <tr><th scope="row">"单位名称"</th><td colspan="3" class:changed=changed(ApplicationField::UnitName)>{form.unit_name.clone()}</td></tr>
                    <tr><th scope="row">"办公地址"</th><td colspan="3" class:changed=changed(ApplicationField::OfficeAddress)>
                        {format!("{}市{}区{}号", blank(&address.city), blank(&address.district), blank(&address.street))}
                    </td></tr>
                    <tr><th scope="row">"注册（登记）机关"</th><td colspan="3" class:changed=changed(ApplicationField::RegistrationAuthority)>{form.registration_authority.clone()}</td></tr>
                    <tr><th scope="row">"统一社会信用代码"</th><td colspan="3" class:changed=changed(ApplicationField::CreditCode)>{form.credit_code.clone()}</td></tr>
                    <tr>
                        <th scope="row">"注册（登记）资金"</th>{cell(ApplicationField::RegisteredCapital, form.registered_capital.clone())}
                        <th scope="row">"单位性质"</th>{cell(ApplicationField::UnitNature, nature_boxes)}
                    </tr>
                    <tr class:changed=changed(ApplicationField::LegalRepresentative)>
                        <th scope="row">"单位法人　姓名"</th><td>{form.legal_representative.name.clone()}</td>
                        <th scope="row">"联系电话"</th><td>{form.legal_representative.phone.clone()}</td>
                    </tr>
                    <tr class:changed=changed(ApplicationField::LegalRepresentative)>
                        <th scope="row">"身份证号"</th><td colspan="3">{ids.view(&form.legal_representative.id_number)}</td>
                    </tr>
                    <tr class:changed=changed(ApplicationField::Contact)>
                        <th scope="row">"联系人　姓名"</th><td>{form.contact.name.clone()}</td>
                        <th scope="row">"联系电话"</th><td>{form.contact.phone.clone()}</td>
                    </tr>
                    <tr>
                        <th scope="row">"职工总数"</th>{cell(ApplicationField::StaffTotal, count(form.staff_total))}
                        <th scope="row">"缴纳社保人数"</th>{cell(ApplicationField::InsuredStaff, count(form.insured_staff))}
                    </tr>
                    <tr><th scope="row">"技能人员数（仅企业填）"</th><td colspan="3" class:changed=changed(ApplicationField::SkilledStaff)>{count(form.skilled_staff)}</td></tr>
                    <tr><th scope="row">"年招生人数（仅院校填）"</th><td colspan="3" class:changed=changed(ApplicationField::YearlyEnrolment)>{count(form.yearly_enrolment)}</td></tr>
                    <tr><th scope="row">"社会组织等级评估（民政部门）"</th><td colspan="3" class:changed=changed(ApplicationField::SocialOrgGrade)>{form.social_org_grade.clone()}</td></tr>
                    <tr><th scope="row">"评价机构备案号"</th><td colspan="3">{form.filing_number.clone()}</td></tr>
                    <tr><th scope="row">"申请备案评价机构类型"</th><td colspan="3" class:changed=changed(ApplicationField::InstitutionType)>{type_boxes}</td></tr>
                </tbody>
            </table>
            {show_occupations.then(|| view! {
                <table class="sheet__table sheet__table--rows">
                    <caption>"申请职业（工种）"</caption>
                    <thead><tr><th scope="col">"序号"</th><th scope="col">"职业编码"</th><th scope="col">"职业名称"</th><th scope="col">"工种名称"</th><th scope="col">"等级"</th><th scope="col">"评价标准"</th></tr></thead>
                    <tbody>{occupation_rows}</tbody>
                </table>
            })}
            <table class="sheet__table">
                <colgroup><col class="sheet__col-key"/><col/></colgroup>
                <tbody>
                    <tr>
                        <th scope="row">"提交材料清单"</th>
                        <td>
                            <ul class="sheet__boxes">
                                {MaterialBox::ALL.into_iter().map(|material_box| {
                                    let ticked = submitted.ticked.contains(&material_box);
                                    let extra = if material_box == MaterialBox::Other && !other_names.is_empty() { format!("：{}", other_names.join("；")) } else { String::new() };
                                    view! { <li>{format!("{}{}. {}{}", mark(ticked), material_box.number(), material_box.label().zh, extra)}</li> }
                                }).collect_view()}
                            </ul>
                        </td>
                    </tr>
                    {signature_rows(2, "", &["行业主管部门意见", "监管地（初审地）人社部门意见", "备案地人社部门意见"])}
                </tbody>
            </table>
            <div class="sheet__notes">
                <p>"填表说明：1. 本表一式2份，备案地人社部门和申请单位各留1份，行业部门推荐或监管地与备案地不一致的相应增加。"</p>
                <p>"2. 申请开展职业技能等级认定的职业（工种）可另附页。"</p>
                <p>"3. 评价标准：国家职业（技能）标准的填发布年份（国标XX年版、XX行业规范、XX企业规范）。"</p>
                <p>"4. 申报机构按照申请业务类型要求提交相应材料。"</p>
                {is_change.then(|| view! { <p class="changed">"（信息变更：仅填基础信息，变更部分标红。）"</p> })}
            </div>
        </article>
    }
    .into_any()
}

/// `_____` for an empty blank of the paper form.
fn blank(text: &str) -> String {
    if text.trim().is_empty() { "＿＿＿＿".to_string() } else { text.trim().to_string() }
}

fn institution_type_boxes(selected: Option<InstitutionType>) -> String {
    InstitutionType::ALL.into_iter().map(|kind| format!("{}{}", mark(selected == Some(kind)), kind.label().zh)).collect::<Vec<_>>().join("　")
}

// ------------------------------------------------------------------------ 附件2

fn plan(plan: &ImplementationPlan, forms: &FormSet) -> AnyView {
    let unit = forms.application.as_ref().map(|form| form.unit_name.clone()).unwrap_or_default();
    view! {
        <article class="sheet sheet--portrait" aria-label="附件2 实施方案">
            {attachment_label(FormId::ImplementationPlan)}
            <h2 class="sheet__title">"职业技能等级认定工作实施方案"</h2>
            {(!unit.trim().is_empty()).then(|| view! { <p class="sheet__subtitle">{unit.clone()}</p> })}
            {PLAN_PARTS.iter().enumerate().map(|(index, part)| {
                let number = index as u8 + 1;
                view! {
                    <section class="sheet__part">
                        <h3>{part.zh}</h3>
                        {PLAN_SECTIONS.iter().filter(|section| section.part == number).map(|section| {
                            let own_heading = section.heading.zh != part.zh;
                            view! {
                                {own_heading.then(|| view! { <h4>{section.heading.zh}</h4> })}
                                <p class="sheet__text">{plan.text(section.id).to_string()}</p>
                            }
                        }).collect_view()}
                    </section>
                }
            }).collect_view()}
        </article>
    }
    .into_any()
}

// ------------------------------------------------------------------------ 附件3

fn systems(checklist: &SystemsChecklist) -> AnyView {
    view! {
        <article class="sheet sheet--portrait" aria-label="附件3 评价管理制度清单">
            {attachment_label(FormId::ManagementSystems)}
            <h2 class="sheet__title">"评价管理制度清单"</h2>
            <table class="sheet__table sheet__table--rows">
                <thead><tr><th scope="col">"序号"</th><th scope="col">"制度"</th><th scope="col">"状态"</th><th scope="col">"文件名称或说明"</th></tr></thead>
                <tbody>
                    {SYSTEM_GROUPS.iter().enumerate().map(|(index, group)| {
                        let number = index as u8 + 1;
                        view! {
                            <tr class="sheet__group-row"><th scope="rowgroup" colspan="4">{group.zh}</th></tr>
                            {MANAGEMENT_SYSTEMS.iter().filter(|system| system.group == number).map(|system| {
                                let note = checklist.systems.get(&system.number).map(|entry| entry.note.clone()).unwrap_or_default();
                                view! {
                                    <tr>
                                        <td>{system.number}</td>
                                        <td>{system.title.zh}</td>
                                        <td>{checklist.status(system.number).label().zh}</td>
                                        <td>{note}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </article>
    }
    .into_any()
}

// ------------------------------------------------------------------------ 附件4

fn renewal(form: &RenewalForm) -> AnyView {
    let premises = &form.premises;
    let credit = |status: CreditStatus| mark(form.credit_status == Some(status));
    view! {
        <article class="sheet sheet--portrait sheet--cover" aria-label="附件4 封面">
            {attachment_label(FormId::Renewal)}
            <h2 class="sheet__cover-title">"河南省职业技能等级评价机构"<br/>"备案续期申请表"</h2>
            <dl class="sheet__cover-lines">
                <div><dt>"单位名称："</dt><dd>{format!("{}（印章）", form.institution_name)}</dd></div>
                <div><dt>"填报时间："</dt><dd>{date_zh(form.filled_on)}</dd></div>
            </dl>
        </article>
        <article class="sheet sheet--portrait" aria-label="附件4 备案续期申请表">
            <h2 class="sheet__title">"河南省职业技能等级评价机构备案续期申请表"</h2>
            <table class="sheet__table">
                <colgroup><col class="sheet__col-key"/><col/><col class="sheet__col-key"/><col/></colgroup>
                <tbody>
                    <tr class="sheet__group-row"><th colspan="4" scope="rowgroup">"一、基本信息"</th></tr>
                    <tr><th scope="row">"机构名称"</th><td colspan="3">{form.institution_name.clone()}</td></tr>
                    <tr><th scope="row">"统一社会信用代码"</th><td colspan="3">{form.credit_code.clone()}</td></tr>
                    <tr><th scope="row">"评价机构备案号"</th><td colspan="3">{form.filing_number.clone()}</td></tr>
                    <tr><th scope="row">"备案机构类别"</th><td colspan="3">{institution_type_boxes(form.institution_type)}</td></tr>
                    <tr><th scope="row">"法定代表人"</th><td>{form.legal_representative.clone()}</td><th scope="row">"联系电话"</th><td>{form.legal_representative_phone.clone()}</td></tr>
                    <tr><th scope="row">"联系人"</th><td>{form.contact.clone()}</td><th scope="row">"职务"</th><td>{form.contact_title.clone()}</td></tr>
                    <tr><th scope="row">"联系电话"</th><td>{form.contact_phone.clone()}</td><th scope="row">"电子邮箱"</th><td>{form.contact_email.clone()}</td></tr>
                    <tr class="sheet__group-row"><th colspan="4" scope="rowgroup">"二、存续情况"</th></tr>
                    <tr>
                        <th scope="row">"主体资质是否变更"</th><td>{yes_no(form.qualification_changed, ("是", "否"))}</td>
                        <th scope="row">"变更项"</th><td>{format!("{}（具体证明材料附后）", form.changed_items)}</td>
                    </tr>
                    <tr>
                        <th scope="row">"单位信用情况"</th>
                        <td colspan="3">{format!("正常{}　存在问题{}（网络核查截图附后）", credit(CreditStatus::Normal), credit(CreditStatus::HasProblems))}</td>
                    </tr>
                    <tr class="sheet__group-row"><th colspan="4" scope="rowgroup">"三、备案期情况"</th></tr>
                    <tr><th scope="row">"备案期评价总量"</th><td colspan="3">{format!("评价人次：{}　取证人次：{}", count(form.total_evaluated), count(form.total_certified))}</td></tr>
                </tbody>
            </table>
            <table class="sheet__table sheet__table--rows">
                <caption>"评价情况"</caption>
                <thead><tr><th scope="col">"评价职业（工种）"</th><th scope="col">"评价等级"</th><th scope="col">"评价人次"</th><th scope="col">"取证人次"</th></tr></thead>
                <tbody>
                    {form.statistics.iter().map(|row| view! {
                        <tr>
                            <td>{row.occupation.clone()}</td>
                            <td>{row.level.map(|level| level.short_name()).unwrap_or_default()}</td>
                            <td>{count(row.evaluated)}</td>
                            <td>{count(row.certified)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            <table class="sheet__table">
                <colgroup><col class="sheet__col-key"/><col/><col class="sheet__col-key"/><col/></colgroup>
                <tbody>
                    <tr><th scope="row">"未开展评价职业（工种）"</th><td colspan="3" class="sheet__text">{form.occupations_not_evaluated.clone()}</td></tr>
                    <tr><th scope="row">"场地"</th><td colspan="3">
                        {format!("自有{}　地点：{}", mark(premises.owned), premises.owned_location)}<br/>
                        {format!("租用{}　地点：{}", mark(premises.rented), premises.rented_location)}
                    </td></tr>
                    <tr><th scope="row">"考评员人数"</th><td>{count(form.assessor_count)}</td><th scope="row">"内部督导员人数"</th><td>{count(form.internal_supervisor_count)}</td></tr>
                    <tr><th scope="row">"资源配置"</th><td colspan="3">
                        {format!("职业标准、规范：{}　题库：{}　监控：{}", yes_no(form.has_standards, ("有", "无")), yes_no(form.has_question_bank, ("有", "无")), yes_no(form.has_monitoring, ("有", "无")))}
                    </td></tr>
                </tbody>
            </table>
            <table class="sheet__table sheet__table--rows">
                <caption>"收费标准"</caption>
                <thead><tr><th scope="col">"评价职业（工种）"</th>{Level::ALL.into_iter().map(|level| view! { <th scope="col">{level.short_name()}</th> }).collect_view()}</tr></thead>
                <tbody>
                    {form.fees.iter().map(|row| view! {
                        <tr>
                            <td>{row.occupation.clone()}</td>
                            {Level::ALL.into_iter().map(|level| view! { <td>{row.fee(level).map(|fee| fee.display_zh()).unwrap_or_default()}</td> }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            <table class="sheet__table">
                <colgroup><col class="sheet__col-key"/><col/></colgroup>
                <tbody>{signature_rows(2, "备案续期起止日期：", &["行业主管部门意见", "监管地人社部门意见", "备案地人社部门意见"])}</tbody>
            </table>
            <div class="sheet__notes">
                <p>"填表说明：1. 本表一式2份，备案地人社部门、评价机构各1份，监管地与备案地不一致的，增加1份；"</p>
                <p>"2. 备案期情况一栏，若评价机构职业（工种）数量较多，可选填评价人数前5位的职业（工种）；"</p>
                <p>"3. 收费标准一栏，不收费的评价机构填“无”；"</p>
                <p>"4. 根据工作需要，评价机构须经行业主管部门同意后上报。"</p>
            </div>
        </article>
    }
    .into_any()
}

// ------------------------------------------------------------------------ 附件5

fn equipment(list: &EquipmentList) -> AnyView {
    let unit = if list.unit_name.trim().is_empty() { "xxx".to_string() } else { list.unit_name.trim().to_string() };
    view! {
        <article class="sheet sheet--portrait" aria-label="附件5 设施设备清单">
            {attachment_label(FormId::Equipment)}
            <h2 class="sheet__title">{format!("{unit}单位设施设备清单")}</h2>
            {list.groups.iter().map(|group| view! {
                <table class="sheet__table sheet__table--rows">
                    <caption>{format!("职业（工种）：{}", group.occupation)}</caption>
                    <thead><tr><th scope="col">"序号"</th><th scope="col">"名称"</th><th scope="col">"规格/型号"</th><th scope="col">"数量"</th><th scope="col">"权属"</th></tr></thead>
                    <tbody>
                        {group.items.iter().enumerate().map(|(index, item)| view! {
                            <tr>
                                <td>{format!("{}.", index + 1)}</td>
                                <td>{item.name.clone()}</td>
                                <td>{item.model.clone()}</td>
                                <td>{count(item.quantity)}</td>
                                <td>{item.ownership.map(|o: Ownership| o.label().zh).unwrap_or_default()}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }).collect_view()}
            <div class="sheet__notes"><p>"填表说明：分职业（工种）填写。"</p></div>
        </article>
    }
    .into_any()
}

// ------------------------------------------------------------------------ 附件6

fn staff(tables: &StaffTables, ids: IdDisplay) -> AnyView {
    view! {
        <article class="sheet sheet--landscape" aria-label="附件6 队伍建设情况">
            {attachment_label(FormId::Staff)}
            <h2 class="sheet__title">"队伍建设情况"</h2>
            {StaffTable::ALL.into_iter().map(|table| view! {
                <table class="sheet__table sheet__table--rows">
                    <caption>{table.title().zh}</caption>
                    <thead><tr>
                        <th scope="col">"序号"</th><th scope="col">"姓名"</th><th scope="col">"身份证件号"</th>
                        <th scope="col">"职务/职称/技能等级"</th><th scope="col">"学历"</th><th scope="col">{table.detail_heading().zh}</th>
                    </tr></thead>
                    <tbody>
                        {tables.table(table).iter().enumerate().map(|(index, member)| view! {
                            <tr>
                                <td>{index + 1}</td>
                                <td>{member.name.clone()}</td>
                                <td>{ids.view(&member.id_number)}</td>
                                <td>{member.title.clone()}</td>
                                <td>{member.education.clone()}</td>
                                <td>{member.detail.clone()}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }).collect_view()}
        </article>
    }
    .into_any()
}

// ------------------------------------------------------------------------ 附件7, 附件8

fn summary_header(header: &SummaryHeader) -> AnyView {
    view! {
        <p class="sheet__report-line">
            {format!("填报单位：{}　　填报人：{}　　联系电话：{}　　{}", header.reporting_office, header.reporter, header.phone, date_zh(header.date))}
        </p>
    }
    .into_any()
}

fn renewal_summary(summary: &RenewalSummary) -> AnyView {
    view! {
        <article class="sheet sheet--landscape" aria-label="附件7 备案续期汇总表">
            {attachment_label(FormId::RenewalSummary)}
            <h2 class="sheet__title">"河南省职业技能等级评价机构备案续期汇总表"</h2>
            {summary_header(&summary.header)}
            <table class="sheet__table sheet__table--rows sheet__table--small">
                <thead><tr>
                    {["序号", "地市", "机构类型", "机构名称", "备案号", "备案成功时间", "备案到期时间", "评价人次", "取证人次", "是否受过处罚", "监管地意见", "续期起止日期", "备注"]
                        .into_iter().map(|heading| view! { <th scope="col">{heading}</th> }).collect_view()}
                </tr></thead>
                <tbody>
                    {summary.rows.iter().enumerate().map(|(index, row)| view! {
                        <tr>
                            <td>{index + 1}</td>
                            <td>{row.city.clone()}</td>
                            <td>{row.institution_kind.map(|kind| kind.label(SummaryTable::Renewal).zh).unwrap_or_default()}</td>
                            <td class="sheet__wrap">{row.institution_name.clone()}</td>
                            <td>{row.filing_number.clone()}</td>
                            <td>{row.filed_on.map(crate::core::iso_date::format).unwrap_or_default()}</td>
                            <td>{row.expires_on.map(crate::core::iso_date::format).unwrap_or_default()}</td>
                            <td>{count(row.evaluated)}</td>
                            <td>{count(row.certified)}</td>
                            <td>{row.penalised.map(|p| if p { "是" } else { "否" }).unwrap_or_default()}</td>
                            <td class="sheet__wrap">{row.supervising_opinion.clone()}</td>
                            <td>{match (row.renewed_from, row.renewed_until) {
                                (None, None) => String::new(),
                                (from, until) => format!("{}至{}", from.map(crate::core::iso_date::format).unwrap_or_default(), until.map(crate::core::iso_date::format).unwrap_or_default()),
                            }}</td>
                            <td class="sheet__wrap">{row.remarks.clone()}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            <div class="sheet__notes">
                <p>"说明：备案机构包括：全国性社会组织、全国性单位、用人单位、社评组织、院校。"</p>
                <p class="no-print hint">"本表各栏在指南的文本中无法辨认，系按附件8和附件4重建（见项目说明）。"</p>
            </div>
        </article>
    }
    .into_any()
}

fn termination_summary(summary: &TerminationSummary) -> AnyView {
    let yes_no = |value: Option<bool>| value.map(|v| if v { "是" } else { "否" }).unwrap_or_default();
    view! {
        <article class="sheet sheet--landscape" aria-label="附件8 终止备案汇总表">
            {attachment_label(FormId::TerminationSummary)}
            <h2 class="sheet__title">"河南省职业技能等级评价机构终止备案汇总表"</h2>
            {summary_header(&summary.header)}
            <table class="sheet__table sheet__table--rows sheet__table--small">
                <thead><tr>
                    {["地市", "机构类型", "机构名称", "备案号", "备案成功时间", "终止备案时间", "是否开展过评价", "是否发过证书", "是否有尚未入网的证书数据", "终止备案原因"]
                        .into_iter().map(|heading| view! { <th scope="col">{heading}</th> }).collect_view()}
                </tr></thead>
                <tbody>
                    {summary.rows.iter().map(|row| view! {
                        <tr>
                            <td>{row.city.clone()}</td>
                            <td>{row.institution_kind.map(|kind| kind.label(SummaryTable::Termination).zh).unwrap_or_default()}</td>
                            <td class="sheet__wrap">{row.institution_name.clone()}</td>
                            <td>{row.filing_number.clone()}</td>
                            <td>{row.filed_on.map(crate::core::iso_date::format).unwrap_or_default()}</td>
                            <td>{row.terminated_on.map(crate::core::iso_date::format).unwrap_or_default()}</td>
                            <td>{yes_no(row.has_evaluated)}</td>
                            <td>{yes_no(row.has_issued_certificates)}</td>
                            <td>{yes_no(row.has_unregistered_certificate_data)}</td>
                            <td class="sheet__wrap">{row.reason.clone()}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            <div class="sheet__notes">
                <p>"填表说明：机构类型包括：全国性分支机构、全国性分支社评组织、用人单位、社评组织、院校。"</p>
            </div>
        </article>
    }
    .into_any()
}
