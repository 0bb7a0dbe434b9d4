//! The office page's pages: the register, one package, its forms printed, the dates, 附件7 and
//! 附件8, and the office with its data. Everything judged here is the core's
//! (`core::register`); these only show it and write the office's record.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::core::Lang;
use crate::core::evaluate::Verdict;
use crate::core::facts::{ApplicantKind, RequestKind};
use crate::core::forms::summaries::RenewalDecision;
use crate::core::forms::{FormId, FormSet, layout};
use crate::core::iso_date;
use crate::core::package::{Package, write_package};
use crate::core::package_code::{CodeMatch, PackageCode};
use crate::core::register::checklist::intake_checklist;
use crate::core::register::dates::{DueDate, office_dates};
use crate::core::register::record::{read_work_record, write_work_record};
use crate::core::register::summaries::{renewal_summary, termination_summary};
use crate::core::register::{Addressed, Register, RegisterEntry, receiving_offices};
use crate::core::reference::calendar::Calendar;
use crate::office::OfficeFormat;
use crate::office::protocol::{Reply, Request};
use crate::ui::components::page_heading::PageHeading;
use crate::ui::forms::print::{sheet_view, sheets as form_sheets};
use crate::ui::store::Store;

use super::open::{OpenPackages, read_files};
use super::state::OfficeState;
use super::{OfficeRoute, l};

/// The forms page's office worker, from the office page (it writes the XLSX).
const FORMS_FOLDER: &str = "../forms/";

/// Text in the language shown, for event handlers (which run outside the view's context).
fn pick(lang: Lang, zh: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::ZhCn => zh,
        Lang::En => en,
    }
}

fn heading(zh: &'static str, en: &'static str) -> impl IntoView {
    let text = l(zh, en);
    view! { <PageHeading text=Signal::derive(move || text.get().to_string())/> }
}

fn verdict_label(verdict: Verdict) -> (&'static str, &'static str, &'static str) {
    match verdict {
        Verdict::Ready => ("符合", "ready", "office-verdict--ready"),
        Verdict::NeedsConfirmation => ("需进一步确认", "needs confirmation", "office-verdict--confirm"),
        Verdict::NotReady => ("暂不符合", "not ready", "office-verdict--not-ready"),
    }
}

/// The page's sections, as tabs (links: each is a page of its own, with its own address).
#[component]
pub fn Tabs(route: RwSignal<OfficeRoute>) -> impl IntoView {
    let tab = move |target: OfficeRoute, zh: &'static str, en: &'static str| {
        let href = target.href();
        let current = move || {
            let now = route.get();
            let same = match (&now, &target) {
                (OfficeRoute::Package(_) | OfficeRoute::Print(_), OfficeRoute::Register) => true,
                (OfficeRoute::SummaryPrint(_), OfficeRoute::Summaries) => true,
                (now, target) => now == target,
            };
            same.then_some("page")
        };
        view! { <li><a href=href aria-current=current>{l(zh, en)}</a></li> }
    };
    view! {
        <nav class="no-print" aria-label=l("受理机构页面", "Office page sections")>
            <ul class="office-tabs">
                {tab(OfficeRoute::Register, "申报登记簿", "Register")}
                {tab(OfficeRoute::Dates, "办理期限", "Dates")}
                {tab(OfficeRoute::Summaries, "附件7、附件8", "附件7 and 附件8")}
                {tab(OfficeRoute::Settings, "本机构与数据", "Office and data")}
            </ul>
        </nav>
    }
}

/// "Who am I": the receiving offices, provincial first; the choice is kept in the work record.
#[component]
fn WhoAmI() -> impl IntoView {
    let store = Store::use_context();
    let state = OfficeState::use_context();
    let offices = receiving_offices();
    view! {
        <div class="office-field">
            <label for="office-who">{l("本机构（受理机构）", "This office (receiving office)")}</label>
            <select
                id="office-who"
                prop:value=move || state.work.with(|work| work.office.clone().unwrap_or_default())
                on:change=move |event| {
                    let code = event_target_value(&event);
                    state.work.update(|work| work.office = (!code.is_empty()).then_some(code));
                }
            >
                <option value="">{l("请选择…", "Choose…")}</option>
                {offices.into_iter().map(|office| {
                    let name = office.name.clone();
                    let code = office.code.clone();
                    // `selected` as well as the select's value: the value is set before the
                    // options exist when the page is first drawn.
                    let selected = move || state.work.with(|work| work.office.as_deref() == Some(code.as_str()));
                    view! { <option value=office.code.clone() selected=selected>{move || name.get(store.lang.get()).to_string()}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

/// Reads the files chosen or dropped, adds them to those already open, and checks them all.
fn open_files(state: OfficeState, files: Vec<(String, web_sys::File)>) {
    if files.is_empty() {
        return;
    }
    leptos::task::spawn_local(async move {
        let opened = read_files(files, state.progress).await;
        state.files.update(|files| files.extend(opened));
        state.rebuild().await;
    });
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SortBy {
    File,
    Institution,
    Procedure,
    Place,
    Verdict,
    Saved,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ProblemFilter {
    Any,
    NotMet,
    NeedsConfirmation,
    FormProblems,
    MissingForms,
    Duplicates,
    None,
}

impl ProblemFilter {
    const ALL: [(ProblemFilter, &'static str, &'static str, &'static str); 7] = [
        (ProblemFilter::Any, "", "全部", "all"),
        (ProblemFilter::NotMet, "not-met", "有不符合的条件", "a rule not met"),
        (ProblemFilter::NeedsConfirmation, "confirm", "有需确认的条件", "a rule to confirm"),
        (ProblemFilter::FormProblems, "forms", "表格有问题", "form problems"),
        (ProblemFilter::MissingForms, "missing", "缺少表格", "forms missing"),
        (ProblemFilter::Duplicates, "duplicates", "同一机构多份", "same institution twice"),
        (ProblemFilter::None, "none", "无问题", "no problem"),
    ];

    fn keeps(self, entry: &RegisterEntry) -> bool {
        match self {
            ProblemFilter::Any => true,
            ProblemFilter::NotMet => !entry.failed_rules.is_empty(),
            ProblemFilter::NeedsConfirmation => !entry.needs_confirmation.is_empty(),
            ProblemFilter::FormProblems => !entry.form_problems.is_empty(),
            ProblemFilter::MissingForms => !entry.missing_forms.is_empty(),
            ProblemFilter::Duplicates => entry.duplicate.is_some(),
            ProblemFilter::None => entry.failed_rules.is_empty() && entry.needs_confirmation.is_empty() && entry.form_problems.is_empty() && entry.missing_forms.is_empty() && entry.duplicate.is_none(),
        }
    }
}

/// The register's filters: each `""` for all.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Filters {
    procedure: String,
    applicant: String,
    place: String,
    verdict: String,
    problems: String,
    addressed: String,
}

fn request_key(request: RequestKind) -> &'static str {
    match request {
        RequestKind::FirstFiling => "first-filing",
        RequestKind::InformationChange => "information-change",
        RequestKind::Incremental => "incremental",
        RequestKind::Renewal => "renewal",
        RequestKind::Termination => "termination",
    }
}

fn applicant_key(applicant: ApplicantKind) -> &'static str {
    match applicant {
        ApplicantKind::Employer => "employer",
        ApplicantKind::SocialOrg => "social-org",
        ApplicantKind::School => "school",
    }
}

fn verdict_key(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Ready => "ready",
        Verdict::NeedsConfirmation => "confirm",
        Verdict::NotReady => "not-ready",
    }
}

fn addressed_key(addressed: &Addressed) -> &'static str {
    match addressed {
        Addressed::Ours { .. } => "ours",
        Addressed::NotOurs { .. } => "not-ours",
        Addressed::Unknown { .. } => "unknown",
    }
}

impl Filters {
    fn keeps(&self, entry: &RegisterEntry) -> bool {
        let matches = |filter: &str, value: &str| filter.is_empty() || filter == value;
        let problems = ProblemFilter::ALL.iter().find(|(_, key, _, _)| *key == self.problems).map_or(ProblemFilter::Any, |(filter, ..)| *filter);
        matches(&self.procedure, request_key(entry.request))
            && matches(&self.applicant, applicant_key(entry.applicant))
            && matches(&self.place, entry.place.map_or("", |(code, _)| code))
            && matches(&self.verdict, verdict_key(entry.verdict))
            && matches(&self.addressed, addressed_key(&entry.addressed))
            && problems.keeps(entry)
    }
}

/// One `<select>` of the filters.
fn filter_select(id: &'static str, label: Signal<&'static str>, value: impl Fn() -> String + Send + Sync + 'static, set: impl Fn(String) + 'static, options: Vec<(String, Signal<String>)>) -> impl IntoView {
    view! {
        <label for=id>
            {label}
            <select id=id prop:value=value on:change=move |event| set(event_target_value(&event))>
                {options.into_iter().map(|(value, text)| view! { <option value=value>{text}</option> }).collect_view()}
            </select>
        </label>
    }
}

#[component]
pub fn RegisterPage() -> impl IntoView {
    let store = Store::use_context();
    let state = OfficeState::use_context();
    let lang = move || store.lang.get();
    let filters = RwSignal::new(Filters { procedure: String::new(), applicant: String::new(), place: String::new(), verdict: String::new(), problems: String::new(), addressed: String::new() });
    let sort = RwSignal::new((SortBy::File, true));
    // Rows drawn at once: a thousand rows of ten cells hold the page for seconds; the rest are
    // a button away, and filters narrow the list first.
    let limit = RwSignal::new(ROWS_AT_ONCE);
    let on_files = move |files: Vec<(String, web_sys::File)>| open_files(state, files);
    let all = move || l("全部", "all");
    let bilingual = move |zh: &'static str, en: &'static str| Signal::derive(move || pick(lang(), zh, en).to_string());
    let places = move || {
        state.register.with(|register| {
            let mut places: Vec<(&'static str, &'static str)> = register.iter().flat_map(|register| register.entries.iter().filter_map(|entry| entry.place)).collect();
            crate::core::sort::sort(&mut places);
            places.dedup();
            places
        })
    };
    let shown = move || {
        let filters = filters.get();
        let (by, ascending) = sort.get();
        state.register.with(|register| {
            let Some(register) = register else { return Vec::new() };
            let mut shown: Vec<usize> = (0..register.entries.len()).filter(|index| filters.keeps(&register.entries[*index])).collect();
            let entries = &register.entries;
            crate::core::sort::sort_by(&mut shown, &|a, b| {
                let (a, b) = (&entries[*a], &entries[*b]);
                let order = match by {
                    SortBy::File => a.file_name.cmp(&b.file_name),
                    SortBy::Institution => a.institution.name.cmp(&b.institution.name),
                    SortBy::Procedure => (a.request as u8).cmp(&(b.request as u8)),
                    SortBy::Place => a.place.map(|place| place.0).cmp(&b.place.map(|place| place.0)),
                    SortBy::Verdict => verdict_key(a.verdict).cmp(verdict_key(b.verdict)),
                    SortBy::Saved => a.saved.cmp(&b.saved),
                };
                let order = order.then_with(|| a.file_name.cmp(&b.file_name));
                if ascending { order } else { order.reverse() }
            });
            shown
        })
    };
    let sort_header = move |by: SortBy, zh: &'static str, en: &'static str| {
        let aria = move || {
            let (current, ascending) = sort.get();
            if current != by {
                "none"
            } else if ascending {
                "ascending"
            } else {
                "descending"
            }
        };
        view! {
            <th scope="col" aria-sort=aria>
                <button type="button" on:click=move |_| sort.update(|(current, ascending)| {
                    if *current == by { *ascending = !*ascending } else { *current = by; *ascending = true }
                })>{l(zh, en)}</button>
            </th>
        }
    };
    view! {
        {heading("受理机构：申报登记簿", "Receiving office: register")}
        <p class="lead">{l("打开评价机构提交的申报包（JSON 文件），逐份重新核查：结论由申报包中的情况重新计算，不采信文件中的结果。所有内容只在本机浏览器中处理，不上传。", "Open the packages (JSON files) the institutions handed in; each is checked again: the verdict is recomputed from its facts, never read from the file. Everything stays in this browser; nothing is uploaded.")}</p>
        <WhoAmI/>
        <OpenPackages on_files=on_files progress=state.progress/>
        <PaperCode/>
        {move || state.register.with(|register| register.as_ref().filter(|register| !register.refused.is_empty()).map(|register| view! {
            <section aria-labelledby="office-refused-heading">
                <h2 id="office-refused-heading">{l("无法读取的文件", "Files that could not be read")}</h2>
                <ul data-testid="refused">
                    {register.refused.iter().map(|refusal| view! {
                        <li><strong>{refusal.file_name.clone()}</strong>{if refusal.path.is_empty() { String::new() } else { format!("（{}）", refusal.path) }}"："{refusal.reason.clone()}</li>
                    }).collect_view()}
                </ul>
            </section>
        }))}
        {move || state.register.with(Option::is_some).then(|| view! {
            <section aria-labelledby="office-register-heading">
                <h2 id="office-register-heading">{l("申报登记簿", "Register")}</h2>
                <div class="office-filters no-print">
                    {filter_select("filter-procedure", l("程序", "Procedure"), move || filters.with(|f| f.procedure.clone()), move |v| filters.update(|f| f.procedure = v),
                        std::iter::once((String::new(), Signal::derive(move || all().get().to_string()))).chain(RequestKind::ALL.into_iter().map(|request| (request_key(request).to_string(), Signal::derive(move || request.label().get(lang()).to_string())))).collect())}
                    {filter_select("filter-applicant", l("机构类别", "Applicant kind"), move || filters.with(|f| f.applicant.clone()), move |v| filters.update(|f| f.applicant = v),
                        std::iter::once((String::new(), Signal::derive(move || all().get().to_string()))).chain(ApplicantKind::ALL.into_iter().map(|kind| (applicant_key(kind).to_string(), Signal::derive(move || kind.label().get(lang()).to_string())))).collect())}
                    {move || filter_select("filter-place", l("地市", "Place"), move || filters.with(|f| f.place.clone()), move |v| filters.update(|f| f.place = v),
                        std::iter::once((String::new(), Signal::derive(move || all().get().to_string()))).chain(places().into_iter().map(|(code, name)| (code.to_string(), Signal::derive(move || name.to_string())))).collect())}
                    {filter_select("filter-verdict", l("结论", "Verdict"), move || filters.with(|f| f.verdict.clone()), move |v| filters.update(|f| f.verdict = v),
                        std::iter::once((String::new(), Signal::derive(move || all().get().to_string()))).chain([Verdict::Ready, Verdict::NeedsConfirmation, Verdict::NotReady].into_iter().map(|verdict| {
                            let (zh, en, _) = verdict_label(verdict);
                            (verdict_key(verdict).to_string(), bilingual(zh, en))
                        })).collect())}
                    {filter_select("filter-problems", l("问题", "Problems"), move || filters.with(|f| f.problems.clone()), move |v| filters.update(|f| f.problems = v),
                        ProblemFilter::ALL.iter().map(|(_, key, zh, en)| (key.to_string(), bilingual(zh, en))).collect())}
                    {filter_select("filter-addressed", l("是否本机构受理", "Addressed to us"), move || filters.with(|f| f.addressed.clone()), move |v| filters.update(|f| f.addressed = v),
                        vec![(String::new(), Signal::derive(move || all().get().to_string())), ("ours".to_string(), bilingual("本机构", "ours")), ("not-ours".to_string(), bilingual("非本机构", "not ours")), ("unknown".to_string(), bilingual("未知", "unknown"))])}
                </div>
                <p role="status" aria-live="polite" data-testid="register-count">{move || {
                    let total = state.register.with(|register| register.as_ref().map_or(0, |register| register.entries.len()));
                    let shown = shown().len();
                    match lang() {
                        Lang::ZhCn => format!("显示 {shown} 份，共 {total} 份"),
                        Lang::En => format!("{shown} of {total} packages shown"),
                    }
                }}</p>
                <div class="office-table-box" tabindex="0" role="region" aria-label=l("登记簿表格（可横向滚动）", "Register table (scrolls sideways)")>
                    <table class="office-table" data-testid="register">
                        <thead>
                            <tr>
                                {sort_header(SortBy::File, "文件", "File")}
                                <th scope="col">{l("代码", "Code")}</th>
                                {sort_header(SortBy::Institution, "机构", "Institution")}
                                {sort_header(SortBy::Procedure, "程序", "Procedure")}
                                <th scope="col">{l("类别", "Kind")}</th>
                                {sort_header(SortBy::Place, "地市", "Place")}
                                {sort_header(SortBy::Verdict, "结论（重新计算）", "Verdict (recomputed)")}
                                <th scope="col">{l("问题", "Problems")}</th>
                                <th scope="col">{l("是否本机构受理", "Addressed to us")}</th>
                                {sort_header(SortBy::Saved, "保存时间", "Saved")}
                            </tr>
                        </thead>
                        <tbody>
                            {move || {
                                let lang = lang();
                                let indices = shown();
                                let limit = limit.get();
                                state.register.with(|register| {
                                    let Some(register) = register else { return Vec::new() };
                                    indices.into_iter().take(limit).map(|index| register_row(&register.entries[index], register, lang)).collect::<Vec<_>>()
                                })
                            }}
                        </tbody>
                    </table>
                </div>
                {move || {
                    let total = shown().len();
                    let drawn = limit.get();
                    (total > drawn).then(|| view! {
                        <div class="actions">
                            <button type="button" class="button button--secondary" on:click=move |_| limit.update(|limit| *limit += ROWS_AT_ONCE)>
                                {match lang() {
                                    Lang::ZhCn => format!("再显示 {} 份（已显示 {drawn} 份，共 {total} 份）", ROWS_AT_ONCE.min(total - drawn)),
                                    Lang::En => format!("Show {} more ({drawn} of {total} shown)", ROWS_AT_ONCE.min(total - drawn)),
                                }}
                            </button>
                            <button type="button" class="button button--secondary" on:click=move |_| limit.set(usize::MAX)>{l("全部显示", "Show all")}</button>
                        </div>
                    })
                }}
            </section>
        })}
    }
}

/// How many rows of the register are drawn before "show more".
const ROWS_AT_ONCE: usize = 100;

fn register_row(entry: &RegisterEntry, register: &Register, lang: Lang) -> AnyView {
    let (zh, en, class) = verdict_label(entry.verdict);
    let mut problems = Vec::new();
    let count = |n: usize, zh: &str, en: &str| match lang {
        Lang::ZhCn => format!("{zh} {n} 项"),
        Lang::En => format!("{n} {en}"),
    };
    if !entry.failed_rules.is_empty() {
        problems.push(count(entry.failed_rules.len(), "不符合", "not met"));
    }
    if !entry.needs_confirmation.is_empty() {
        problems.push(count(entry.needs_confirmation.len(), "需确认", "to confirm"));
    }
    if !entry.form_problems.is_empty() {
        problems.push(count(entry.form_problems.len(), "表格问题", "form problems"));
    }
    if !entry.missing_forms.is_empty() {
        let forms: Vec<&str> = entry.missing_forms.iter().map(|form| form.attachment()).collect();
        problems.push(format!("{}{}", pick(lang, "缺少：", "missing: "), forms.join("、")));
    }
    if let Some(mark) = &entry.duplicate {
        let newest = &register.entries[mark.newest];
        problems.push(match lang {
            Lang::ZhCn if mark.rank == 1 => format!("同一机构共 {} 份，此份最新", mark.of),
            Lang::ZhCn => format!("同一机构第 {} 份（共 {} 份），较新的是 {}", mark.rank, mark.of, newest.file_name),
            Lang::En if mark.rank == 1 => format!("same institution in {} packages: this is the newest", mark.of),
            Lang::En => format!("same institution: copy {} of {}, the newer is {}", mark.rank, mark.of, newest.file_name),
        });
    }
    let addressed = entry.addressed.summary().get(lang).to_string();
    let name = if entry.institution.name.is_empty() { pick(lang, "（申报包未载明机构名称）", "(no name in the package)").to_string() } else { entry.institution.name.clone() };
    view! {
        <tr>
            <td>{entry.file_name.clone()}</td>
            <td class="office-code">{entry.code.to_string()}</td>
            <td><a href=OfficeRoute::Package(entry.code.to_string()).href()>{name}</a></td>
            <td>{entry.request.label().get(lang)}</td>
            <td>{entry.applicant.label().get(lang)}</td>
            <td>{entry.place.map(|(_, name)| name).unwrap_or("—")}</td>
            <td class=class>{pick(lang, zh, en)}</td>
            <td>{if problems.is_empty() { pick(lang, "无", "none").to_string() } else { problems.join("；") }}</td>
            <td class:office-not-ours=entry.addressed.is_not_ours()>{addressed}</td>
            <td>{entry.saved.map(|saved| saved.to_string()[..10].to_string()).unwrap_or_default()}</td>
        </tr>
    }
    .into_any()
}

/// "核对纸质材料": the code printed on the paper, typed, matched against the packages open.
#[component]
fn PaperCode() -> impl IntoView {
    let store = Store::use_context();
    let state = OfficeState::use_context();
    let typed = RwSignal::new(String::new());
    let result = RwSignal::new(None::<CodeMatch>);
    let check = move || {
        let typed = typed.get_untracked();
        result.set(Some(state.register.with_untracked(|register| match register {
            Some(register) => register.find_code(&typed),
            None => match PackageCode::parse(&typed) {
                Some(code) => CodeMatch::NoPackage { code },
                None => CodeMatch::NotACode,
            },
        })));
    };
    view! {
        <section aria-labelledby="office-paper-heading" class="no-print">
            <h2 id="office-paper-heading">{l("核对纸质材料", "Check the paper copy")}</h2>
            <form class="office-field" on:submit=move |event| { event.prevent_default(); check(); }>
                <label for="office-paper-code">{l("纸质表格页脚上的申报包代码（8位，如 ABCD-1234）", "The package code in the paper form's footer (8 characters, such as ABCD-1234)")}</label>
                <input id="office-paper-code" type="text" autocomplete="off" spellcheck="false" prop:value=move || typed.get() on:input=move |event| typed.set(event_target_value(&event))/>
                <div><button type="submit" class="button button--secondary">{l("核对", "Check")}</button></div>
            </form>
            <div role="status" aria-live="polite" data-testid="paper-result">
                {move || {
                    let lang = store.lang.get();
                    result.get().map(|found| match found {
                        CodeMatch::NotACode => view! { <p class="error-message">{pick(lang, "这不是申报包代码：代码是8位数字或字母A–F。", "this is not a package code: a code is 8 digits or letters A–F")}</p> }.into_any(),
                        CodeMatch::NoPackage { code } => view! {
                            <p class="office-match office-match--none">{match lang {
                                Lang::ZhCn => format!("已打开的申报包中没有代码为 {code} 的：纸质材料来自另一份申报包，或申报包在打印后又有改动。"),
                                Lang::En => format!("no package here has the code {code}: the paper comes from another package, or the package changed after it was printed"),
                            }}</p>
                        }.into_any(),
                        CodeMatch::Found { code, indices } => state.register.with_untracked(|register| {
                            let entries: Vec<(String, String)> = register.iter().flat_map(|register| indices.iter().filter_map(|index| register.entries.get(*index))).map(|entry| (entry.institution.name.clone(), entry.file_name.clone())).collect();
                            view! {
                                <div class="office-match">
                                    <p>{match lang {
                                        Lang::ZhCn => format!("代码 {code} 一致：纸质材料对应以下申报包。"),
                                        Lang::En => format!("the code {code} matches: the paper belongs to this package"),
                                    }}</p>
                                    <ul>{entries.into_iter().map(|(name, file)| view! {
                                        <li><a href=OfficeRoute::Package(code.to_string()).href()>{format!("{name}（{file}）")}</a></li>
                                    }).collect_view()}</ul>
                                </div>
                            }.into_any()
                        }),
                    })
                }}
            </div>
        </section>
    }
}

/// The entry with this code, through `with` (no copy of the register).
fn with_entry<T>(state: OfficeState, code: &str, f: impl FnOnce(&RegisterEntry) -> T) -> Option<T> {
    let code = PackageCode::parse(code)?;
    state.register.with(|register| register.as_ref().and_then(|register| register.entry_by_code(&code)).map(f))
}

fn no_package() -> AnyView {
    view! {
        {heading("未找到申报包", "Package not found")}
        <p>{l("此申报包不在已打开的文件中：请在登记簿中重新打开文件（申报包默认不保存在本机）。", "This package is not among the files open: open the files again on the register (packages are not kept on this computer unless chosen).")}</p>
        <p><a href=OfficeRoute::Register.href()>{l("返回申报登记簿", "Back to the register")}</a></p>
    }
    .into_any()
}

#[component]
pub fn PackagePage(code: String) -> impl IntoView {
    let store = Store::use_context();
    let state = OfficeState::use_context();
    let lang = move || store.lang.get();
    let code_for_view = code.clone();
    move || {
        let code = code_for_view.clone();
        let lang = lang();
        let found = with_entry(state, &code, |entry| {
            let (zh, en, class) = verdict_label(entry.verdict);
            let title = if entry.institution.name.is_empty() { entry.file_name.clone() } else { entry.institution.name.clone() };
            let rules = |rules: &[crate::core::register::RuleRef]| {
                rules.iter().map(|rule| {
                    let row = rule.row.map(|row| format!("（{}{row}）", pick(lang, "第", "row "))).unwrap_or_default();
                    view! { <li>{format!("{}{row}", rule.reason.get(lang))}" "<span class="citation-ref">{format!("[{}]", rule.clause)}</span></li> }
                }).collect_view()
            };
            let note = match &entry.addressed {
                Addressed::Ours { note: Some(note), .. } => Some(note.get(lang).to_string()),
                _ => None,
            };
            view! {
                <a class="back-link" href=OfficeRoute::Register.href()>{pick(lang, "返回申报登记簿", "Back to the register")}</a>
                <PageHeading text=Signal::derive(move || title.clone())/>
                <dl class="office-facts">
                    <dt>{pick(lang, "申报包代码", "Package code")}</dt><dd class="office-code" data-testid="package-code">{entry.code.to_string()}</dd>
                    <dt>{pick(lang, "文件", "File")}</dt><dd>{entry.file_name.clone()}</dd>
                    <dt>{pick(lang, "程序", "Procedure")}</dt><dd>{entry.request.label().get(lang)}</dd>
                    <dt>{pick(lang, "机构类别", "Applicant kind")}</dt><dd>{entry.applicant.label().get(lang)}</dd>
                    <dt>{pick(lang, "统一社会信用代码", "Credit code")}</dt><dd>{entry.institution.credit_code.clone().unwrap_or_else(|| "—".into())}</dd>
                    <dt>{pick(lang, "结论（由申报包中的情况重新计算）", "Verdict (recomputed from the package's facts)")}</dt><dd class=class>{pick(lang, zh, en)}</dd>
                    <dt>{pick(lang, "是否本机构受理", "Addressed to us")}</dt><dd class:office-not-ours=entry.addressed.is_not_ours()>{entry.addressed.summary().get(lang).to_string()}{note.map(|note| format!("（{note}）"))}</dd>
                </dl>
                {(!entry.failed_rules.is_empty()).then(|| view! { <h2>{pick(lang, "不符合的条件", "Rules not met")}</h2><ul>{rules(&entry.failed_rules)}</ul> })}
                {(!entry.needs_confirmation.is_empty()).then(|| view! { <h2>{pick(lang, "需进一步确认", "To confirm")}</h2><ul>{rules(&entry.needs_confirmation)}</ul> })}
                {(!entry.form_problems.is_empty()).then(|| view! {
                    <h2>{pick(lang, "表格问题", "Form problems")}</h2>
                    <ul>{entry.form_problems.iter().map(|problem| view! { <li>{format!("{} {}：{}", problem.form.attachment(), problem.path, problem.message.get(lang))}</li> }).collect_view()}</ul>
                })}
                {(!entry.missing_forms.is_empty()).then(|| view! {
                    <h2>{pick(lang, "缺少的表格", "Forms missing")}</h2>
                    <ul>{entry.missing_forms.iter().map(|form| view! { <li>{format!("{} {}", form.attachment(), form.title().get(lang))}</li> }).collect_view()}</ul>
                })}
                <p class="actions no-print"><a class="button button--secondary" href=OfficeRoute::Print(entry.code.to_string()).href()>{pick(lang, "打印申报包中的表格", "Print the package's forms")}</a></p>
            }
            .into_any()
        });
        match found {
            Some(view) => view! { {view} <IntakeChecklist code=code/> }.into_any(),
            None => no_package(),
        }
    }
}

/// The 受理 checklist: the materials of the case, a tick and a note each, the receipt date and
/// the office's note; all of it the office's record, saved at once.
#[component]
fn IntakeChecklist(code: String) -> impl IntoView {
    let store = Store::use_context();
    let state = OfficeState::use_context();
    let parsed = StoredValue::new(PackageCode::parse(&code));
    let record = move |f: &dyn Fn(&crate::core::register::record::PackageRecord) -> String| {
        parsed.with_value(|parsed| state.work.with(|work| parsed.as_ref().and_then(|code| work.package(code)).map(f).unwrap_or_default()))
    };
    let code_items = code.clone();
    let update = move |code: String, change: Box<dyn FnOnce(&mut crate::core::register::record::PackageRecord)>| {
        let Some(parsed) = PackageCode::parse(&code) else { return };
        let entry = state.register.with_untracked(|register| register.as_ref().and_then(|register| register.entry_by_code(&parsed).cloned()));
        if let Some(entry) = entry {
            state.update_record(&entry, change);
        }
    };
    let (code_receipt, code_handled, code_note) = (code.clone(), code.clone(), code.clone());
    view! {
        <section aria-labelledby="office-intake-heading">
            <h2 id="office-intake-heading">{l("受理核对清单", "受理 checklist")}</h2>
            <p class="hint">{l("对照纸质材料逐项勾选，可为每项写备注。勾选、备注和受理日期是本机构的记录，自动保存在本机。", "Tick each item against the paper, with a note where needed. The ticks, notes and the receipt date are this office's record, saved on this computer at once.")}</p>
            <div class="office-field">
                <label for="office-receipt-date">{l("受理日期（办理时限从此日起算）", "Receipt date (the handling time counts from it)")}</label>
                <input id="office-receipt-date" type="date"
                    prop:value=move || record(&|own| own.receipt_date.map(iso_date::format).unwrap_or_default())
                    on:change=move |event| {
                        let date = iso_date::parse(&event_target_value(&event));
                        update(code_receipt.clone(), Box::new(move |own| own.receipt_date = date));
                    }/>
            </div>
            <ul class="office-checklist" data-testid="checklist">
                {move || {
                    let lang = store.lang.get();
                    let Some(parsed) = PackageCode::parse(&code_items) else { return Vec::new() };
                    let items = state.register.with(|register| {
                        let entry = register.as_ref().and_then(|register| register.entry_by_code(&parsed))?;
                        Some(state.work.with_untracked(|work| intake_checklist(entry, work.package(&parsed))))
                    }).unwrap_or_default();
                    items.into_iter().enumerate().map(|(index, item)| {
                        let id = format!("tick-{index}");
                        let note_id = format!("tick-note-{index}");
                        let material = item.material.id.to_string();
                        let material_note = material.clone();
                        let (code_tick, code_note) = (code_items.clone(), code_items.clone());
                        let applicant = if item.ticked_by_applicant { pick(lang, "（申请单位已勾选）", "(ticked by the applicant)") } else { "" };
                        view! {
                            <li>
                                <input type="checkbox" id=id.clone() prop:checked=item.ticked on:change=move |event| {
                                    let ticked = event_target_checked(&event);
                                    let material = material.clone();
                                    update(code_tick.clone(), Box::new(move |own| own.ticks.entry(material).or_default().ticked = ticked));
                                }/>
                                " "<label for=id>{item.material.title.get(lang).to_string()}</label>" "<span class="citation-ref">{format!("[{}]", item.material.clause)}</span>{applicant}
                                {item.material.form.map(|form| view! { <span>{format!("（{form}）")}</span> })}
                                {item.material.note.as_ref().map(|note| view! { <p class="hint">{note.get(lang).to_string()}</p> })}
                                {item.handling.as_ref().map(|handling| view! { <p class="hint">{format!("{} [{}]", handling.text.get(lang), handling.clause)}</p> })}
                                <label class="visually-hidden" for=note_id.clone()>{format!("{}：{}", pick(lang, "备注", "Note"), item.material.title.get(lang))}</label>
                                <textarea id=note_id rows="1" placeholder=pick(lang, "备注", "Note") prop:value=item.office_note.clone() on:change=move |event| {
                                    let note = event_target_value(&event);
                                    let material = material_note.clone();
                                    update(code_note.clone(), Box::new(move |own| own.ticks.entry(material).or_default().note = note));
                                }></textarea>
                            </li>
                        }
                    }).collect::<Vec<_>>()
                }}
            </ul>
            <div class="office-field">
                <label for="office-handled-on">{l("办结日期", "Handled on")}</label>
                <input id="office-handled-on" type="date"
                    prop:value=move || record(&|own| own.handled_on.map(iso_date::format).unwrap_or_default())
                    on:change=move |event| {
                        let date = iso_date::parse(&event_target_value(&event));
                        update(code_handled.clone(), Box::new(move |own| own.handled_on = date));
                    }/>
            </div>
            <div class="office-field">
                <label for="office-package-note">{l("本机构对此申报包的备注", "This office's note on the package")}</label>
                <textarea id="office-package-note" rows="3"
                    prop:value=move || record(&|own| own.note.clone())
                    on:change=move |event| {
                        let note = event_target_value(&event);
                        update(code_note.clone(), Box::new(move |own| own.note = note));
                    }></textarea>
            </div>
        </section>
    }
}

/// The package's forms, as the institution prints them (the forms page's print layout).
#[component]
pub fn PrintPackagePage(code: String) -> impl IntoView {
    let state = OfficeState::use_context();
    let back = OfficeRoute::Package(code.clone()).href();
    move || {
        let sheets = with_entry(state, &code, |entry| {
            let request = Some(entry.request);
            FormId::ALL
                .into_iter()
                .filter(|form| !form.is_office_form())
                .filter(|form| entry.package.forms.has(*form))
                // With the package's code at each sheet's foot and its QR code, as the
                // institution's print has them: the clerk can match this print to its paper.
                .map(|form| form_sheets(form, &entry.package.forms, request, Some(&entry.evaluation.materials), true, Some(&entry.code)))
                .collect_view()
        });
        match sheets {
            Some(sheets) => view! {
                <div class="print-bar no-print">
                    <a class="back-link" href=back.clone()>{l("返回申报包", "Back to the package")}</a>
                    {heading("打印申报包中的表格", "Print the package's forms")}
                    <p class="hint">{l("与申请单位打印的版式相同。身份证件号码完整打印。", "The same layout the institution prints. ID numbers print in full.")}</p>
                    <div class="actions"><button type="button" class="button" on:click=|_| { let _ = window().print(); }>{l("打印", "Print")}</button></div>
                </div>
                <div class="sheets" lang="zh-CN">{sheets}</div>
            }
            .into_any(),
            None => no_package(),
        }
    }
}

#[component]
pub fn DatesPage() -> impl IntoView {
    let store = Store::use_context();
    let state = OfficeState::use_context();
    let today = crate::ui::clock::today();
    view! {
        {heading("办理期限", "Dates that matter to the office")}
        <p class="hint">{l("续期的办理时限（30天，从受理日期起算，6.5）、续期决定最迟作出日（到期前30天，6.4.2）、终止备案公示期满（30个工作日，7.4.1）；按日期排列，已过期未办的标红。", "Renewals' handling time (30 days from the receipt date, 6.5), renewal decisions due (30 days before expiry, 6.4.2), terminations' notice ending (30 working days, 7.4.1); by date, the overdue marked.")}</p>
        {move || {
            let lang = store.lang.get();
            let dates = state.register.with(|register| register.as_ref().map(|register| state.work.with(|work| office_dates(register, work, today, &Calendar::built_in()))));
            match dates {
                None => view! { <p><a href=OfficeRoute::Register.href()>{pick(lang, "请先在申报登记簿中打开申报包。", "Open packages on the register first.")}</a></p> }.into_any(),
                Some(dates) if dates.is_empty() => view! { <p>{pick(lang, "已打开的申报包中没有本机构需办理的期限。", "No dates for the office among the packages open.")}</p> }.into_any(),
                Some(dates) => view! {
                    <div class="office-table-box" tabindex="0" role="region" aria-label=pick(lang, "办理期限表格（可横向滚动）", "Dates table (scrolls sideways)")>
                        <table class="office-table" data-testid="dates">
                            <thead><tr>
                                <th scope="col">{pick(lang, "日期", "Date")}</th>
                                <th scope="col">{pick(lang, "事项", "What")}</th>
                                <th scope="col">{pick(lang, "机构", "Institution")}</th>
                                <th scope="col">{pick(lang, "程序", "Procedure")}</th>
                                <th scope="col">{pick(lang, "状态", "State")}</th>
                            </tr></thead>
                            <tbody>
                                {dates.into_iter().map(|date| {
                                    let when = match &date.due {
                                        DueDate::Known { date } => iso_date::format(*date),
                                        DueDate::Estimated { date, .. } => format!("{}{}", iso_date::format(*date), pick(lang, "（估算）", " (estimate)")),
                                        DueDate::Missing { what } => format!("{}{}", pick(lang, "缺少：", "missing: "), what.get(lang)),
                                        DueDate::NotInGuide { reason } | DueDate::Unknown { reason } => reason.get(lang).to_string(),
                                    };
                                    let status = if date.overdue { pick(lang, "已逾期", "overdue") } else if date.done { pick(lang, "已办", "done") } else if date.passed { pick(lang, "已过", "passed") } else { "" };
                                    view! {
                                        <tr>
                                            <td>{when}</td>
                                            <td>{format!("{} [{}]", date.kind.label().get(lang), date.clause)}</td>
                                            <td><a href=OfficeRoute::Package(date.code.to_string()).href()>{if date.institution.is_empty() { date.file_name.clone() } else { date.institution.clone() }}</a></td>
                                            <td>{date.request.label().get(lang)}</td>
                                            <td class:office-overdue=date.overdue>{status}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any(),
            }
        }}
    }
}

/// 附件7 and 附件8 as the form model, built from the register and the record.
fn summary_forms(state: OfficeState, table: u8) -> Option<FormSet> {
    state.register.with(|register| {
        let register = register.as_ref()?;
        state.work.with(|work| {
            let mut forms = FormSet::default();
            if table == 7 {
                forms.renewal_summary = Some(renewal_summary(register, work));
            } else {
                forms.termination_summary = Some(termination_summary(register, work));
            }
            Some(forms)
        })
    })
}

/// One text column of the office's own in the 附件7/附件8 table.
fn record_text_input(state: OfficeState, entry: &RegisterEntry, label: String, get: fn(&crate::core::register::record::PackageRecord) -> String, set: fn(&mut crate::core::register::record::PackageRecord, String)) -> impl IntoView {
    let code = entry.code.clone();
    let entry_for_update = entry.clone();
    view! {
        <input type="text" aria-label=label
            prop:value=move || state.work.with(|work| work.package(&code).map(get).unwrap_or_default())
            on:change=move |event| {
                let value = event_target_value(&event);
                state.update_record(&entry_for_update, move |own| set(own, value));
            }/>
    }
}

fn record_date_input(state: OfficeState, entry: &RegisterEntry, label: String, get: fn(&crate::core::register::record::PackageRecord) -> Option<jiff::civil::Date>, set: fn(&mut crate::core::register::record::PackageRecord, Option<jiff::civil::Date>)) -> impl IntoView {
    let code = entry.code.clone();
    let entry_for_update = entry.clone();
    view! {
        <input type="date" aria-label=label
            prop:value=move || state.work.with(|work| work.package(&code).and_then(get).map(iso_date::format).unwrap_or_default())
            on:change=move |event| {
                let value = iso_date::parse(&event_target_value(&event));
                state.update_record(&entry_for_update, move |own| set(own, value));
            }/>
    }
}

fn record_bool_select(state: OfficeState, entry: &RegisterEntry, label: String, lang: Lang, get: fn(&crate::core::register::record::PackageRecord) -> Option<bool>, set: fn(&mut crate::core::register::record::PackageRecord, Option<bool>)) -> impl IntoView {
    let code = entry.code.clone();
    let (code_yes, code_no) = (code.clone(), code.clone());
    let entry_for_update = entry.clone();
    view! {
        <select aria-label=label
            prop:value=move || state.work.with(|work| match work.package(&code).and_then(get) { Some(true) => "yes", Some(false) => "no", None => "" }.to_string())
            on:change=move |event| {
                let value = match event_target_value(&event).as_str() { "yes" => Some(true), "no" => Some(false), _ => None };
                state.update_record(&entry_for_update, move |own| set(own, value));
            }>
            <option value="">"—"</option>
            <option value="yes" selected=move || state.work.with(|work| work.package(&code_yes).and_then(get) == Some(true))>{pick(lang, "是", "yes")}</option>
            <option value="no" selected=move || state.work.with(|work| work.package(&code_no).and_then(get) == Some(false))>{pick(lang, "否", "no")}</option>
        </select>
    }
}

#[component]
pub fn SummariesPage() -> impl IntoView {
    let store = Store::use_context();
    let state = OfficeState::use_context();
    let lang = move || store.lang.get();
    let message = RwSignal::new(None::<(bool, String)>);
    let busy = RwSignal::new(false);
    let xlsx = move |table: u8| {
        if busy.get_untracked() {
            return;
        }
        let lang = store.lang.get_untracked();
        let Some(forms) = summary_forms(state, table) else { return };
        busy.set(true);
        message.set(Some((true, pick(lang, "正在生成…", "Working…").to_string())));
        crate::ui::forms::office::use_workers_in(FORMS_FOLDER);
        let now = crate::ui::clock::now();
        let mut package = Package::new(crate::ui::forms::office::placeholder_facts(), now);
        package.forms = forms;
        let form = if table == 7 { FormId::RenewalSummary } else { FormId::TerminationSummary };
        let request = Request::Export { form, format: OfficeFormat::Xlsx, package: write_package(&package), today: iso_date::format(crate::ui::clock::today()), package_code: None };
        leptos::task::spawn_local(async move {
            let outcome = match crate::ui::forms::office::ask(&request, None).await {
                Ok((Reply::Exported { name, mime }, Some(bytes))) => {
                    crate::ui::download::download_parts(&name, &mime, &js_sys::Array::of1(&js_sys::Uint8Array::from(bytes.as_slice())));
                    (true, format!("{}{name}", pick(lang, "已下载：", "Downloaded: ")))
                }
                Ok((Reply::Failed { reason }, _)) => (false, reason.get(lang).to_string()),
                Ok(_) => (false, pick(lang, "文件未能生成", "the file could not be made").to_string()),
                Err(error) => (false, format!("{} ({error})", pick(lang, "文件未能生成", "the file could not be made"))),
            };
            message.set(Some(outcome));
            busy.set(false);
        });
    };
    let header_input = move |id: &'static str, zh: &'static str, en: &'static str, get: fn(&crate::core::forms::summaries::SummaryHeader) -> String, set: fn(&mut crate::core::forms::summaries::SummaryHeader, String)| {
        view! {
            <div class="office-field">
                <label for=id>{l(zh, en)}</label>
                <input id=id type="text"
                    prop:value=move || state.work.with(|work| get(&work.header))
                    on:change=move |event| { let value = event_target_value(&event); state.work.update(|work| set(&mut work.header, value)); }/>
            </div>
        }
    };
    view! {
        {heading("附件7、附件8：从申报包汇总", "附件7 and 附件8 from the packages")}
        <p class="hint">{l("续期申报包成为附件7的行，终止备案申报包（及决定终止备案的续期）成为附件8的行；非本机构受理的和同一机构较旧的申报包不计入。本机构填写的列（续期决定、理由、退出评价范围的职业等）在下表中填写，自动保存。", "Renewal packages become 附件7's rows, termination packages (and renewals decided 终止备案) 附件8's; packages not ours and older copies of the same institution are left out. The office's own columns (the decision, reasons, occupations leaving…) are typed in the table below and saved at once.")}</p>
        <section aria-labelledby="office-header-heading">
            <h2 id="office-header-heading">{l("表头", "Header")}</h2>
            {move || state.office().map(|office| view! { <p class="hint">{format!("{}{}", pick(lang(), "填报单位默认为本机构：", "填报单位 defaults to this office: "), office.name.zh)}</p> })}
            {header_input("summary-office", "填报单位（不填则为本机构）", "填报单位 (this office when empty)", |h| h.reporting_office.clone(), |h, v| h.reporting_office = v)}
            {header_input("summary-reporter", "填报人", "填报人 (reporter)", |h| h.reporter.clone(), |h, v| h.reporter = v)}
            {header_input("summary-phone", "联系电话", "联系电话 (telephone)", |h| h.phone.clone(), |h, v| h.phone = v)}
            <div class="office-field">
                <label for="summary-date">{l("填报日期", "Date")}</label>
                <input id="summary-date" type="date"
                    prop:value=move || state.work.with(|work| work.header.date.map(iso_date::format).unwrap_or_default())
                    on:change=move |event| { let value = iso_date::parse(&event_target_value(&event)); state.work.update(|work| work.header.date = value); }/>
            </div>
        </section>
        {move || {
            let lang = lang();
            state.register.with(|register| {
                let Some(register) = register else {
                    return view! { <p><a href=OfficeRoute::Register.href()>{pick(lang, "请先在申报登记簿中打开申报包。", "Open packages on the register first.")}</a></p> }.into_any();
                };
                let renewals: Vec<RegisterEntry> = register.entries.iter().filter(|entry| entry.request == RequestKind::Renewal && !entry.addressed.is_not_ours()).cloned().collect();
                let terminations: Vec<RegisterEntry> = register.entries.iter().filter(|entry| entry.request == RequestKind::Termination && !entry.addressed.is_not_ours()).cloned().collect();
                let label = |entry: &RegisterEntry, column: &str| format!("{}：{}", if entry.institution.name.is_empty() { &entry.file_name } else { &entry.institution.name }, column);
                view! {
                    <section aria-labelledby="office-renewals-heading">
                        <h2 id="office-renewals-heading">{pick(lang, "附件7 备案续期汇总表：本机构填写的列", "附件7 renewal summary: the office's columns")}</h2>
                        <div class="office-table-box" tabindex="0" role="region" aria-label=pick(lang, "附件7 本机构填写的列（可横向滚动）", "附件7, the office's columns (scrolls sideways)")>
                            <table class="office-table" data-testid="renewal-rows">
                                <thead><tr>
                                    <th scope="col">{pick(lang, "机构", "Institution")}</th>
                                    <th scope="col">{pick(lang, "续期决定（6.4.2）", "Decision (6.4.2)")}</th>
                                    <th scope="col">{pick(lang, "理由／备注", "Reasons / remarks")}</th>
                                    <th scope="col">{pick(lang, "退出评价范围的职业（工种）", "Occupations leaving the scope")}</th>
                                    <th scope="col">{pick(lang, "备案号", "Filing number")}</th>
                                    <th scope="col">{pick(lang, "备案成功时间", "Filed on")}</th>
                                    <th scope="col">{pick(lang, "续期起", "Renewed from")}</th>
                                    <th scope="col">{pick(lang, "续期止", "Renewed until")}</th>
                                </tr></thead>
                                <tbody>
                                    {renewals.iter().map(|entry| {
                                        let code = entry.code.clone();
                                        let entry_for_update = entry.clone();
                                        let leaving_default = entry.package.forms.renewal.as_ref().map(|form| form.occupations_not_evaluated.clone()).unwrap_or_default();
                                        view! {
                                            <tr>
                                                <th scope="row">{if entry.institution.name.is_empty() { entry.file_name.clone() } else { entry.institution.name.clone() }}</th>
                                                <td>
                                                    <select aria-label=label(entry, pick(lang, "续期决定", "decision"))
                                                        prop:value=move || state.work.with(|work| match work.package(&code).and_then(|own| own.renewal_decision) { Some(RenewalDecision::Renew) => "renew", Some(RenewalDecision::Deferred) => "deferred", Some(RenewalDecision::Terminated) => "terminated", None => "" }.to_string())
                                                        on:change=move |event| {
                                                            let decision = match event_target_value(&event).as_str() { "renew" => Some(RenewalDecision::Renew), "deferred" => Some(RenewalDecision::Deferred), "terminated" => Some(RenewalDecision::Terminated), _ => None };
                                                            state.update_record(&entry_for_update, move |own| own.renewal_decision = decision);
                                                        }>
                                                        <option value="">"—"</option>
                                                        {RenewalDecision::ALL.into_iter().map(|decision| {
                                                            let code = entry.code.clone();
                                                            let selected = move || state.work.with(|work| work.package(&code).and_then(|own| own.renewal_decision) == Some(decision));
                                                            view! {
                                                                <option value=match decision { RenewalDecision::Renew => "renew", RenewalDecision::Deferred => "deferred", RenewalDecision::Terminated => "terminated" } selected=selected>{decision.label().get(lang)}</option>
                                                            }
                                                        }).collect_view()}
                                                    </select>
                                                </td>
                                                <td>{record_text_input(state, entry, label(entry, pick(lang, "理由", "reasons")), |own| own.decision_reasons.clone(), |own, value| own.decision_reasons = value)}</td>
                                                <td>
                                                    {record_text_input(state, entry, label(entry, pick(lang, "退出评价范围的职业", "occupations leaving")), |own| own.occupations_leaving.clone().unwrap_or_default(), |own, value| own.occupations_leaving = Some(value))}
                                                    {(!leaving_default.is_empty()).then(|| view! { <p class="hint">{format!("{}{leaving_default}", pick(lang, "附件4：", "附件4: "))}</p> })}
                                                </td>
                                                <td>{record_text_input(state, entry, label(entry, pick(lang, "备案号", "filing number")), |own| own.filing_number.clone(), |own, value| own.filing_number = value)}</td>
                                                <td>{record_date_input(state, entry, label(entry, pick(lang, "备案成功时间", "filed on")), |own| own.filed_on, |own, value| own.filed_on = value)}</td>
                                                <td>{record_date_input(state, entry, label(entry, pick(lang, "续期起", "renewed from")), |own| own.renewed_from, |own, value| own.renewed_from = value)}</td>
                                                <td>{record_date_input(state, entry, label(entry, pick(lang, "续期止", "renewed until")), |own| own.renewed_until, |own, value| own.renewed_until = value)}</td>
                                            </tr>
                                        }
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    </section>
                    <section aria-labelledby="office-terminations-heading">
                        <h2 id="office-terminations-heading">{pick(lang, "附件8 终止备案汇总表：本机构填写的列", "附件8 termination summary: the office's columns")}</h2>
                        <div class="office-table-box" tabindex="0" role="region" aria-label=pick(lang, "附件8 本机构填写的列（可横向滚动）", "附件8, the office's columns (scrolls sideways)")>
                            <table class="office-table" data-testid="termination-rows">
                                <thead><tr>
                                    <th scope="col">{pick(lang, "申报包", "Package")}</th>
                                    <th scope="col">{pick(lang, "机构名称", "Institution name")}</th>
                                    <th scope="col">{pick(lang, "备案号", "Filing number")}</th>
                                    <th scope="col">{pick(lang, "备案成功时间", "Filed on")}</th>
                                    <th scope="col">{pick(lang, "终止备案时间", "Terminated on")}</th>
                                    <th scope="col">{pick(lang, "是否开展过评价", "Evaluated?")}</th>
                                    <th scope="col">{pick(lang, "是否发过证书", "Certificates issued?")}</th>
                                    <th scope="col">{pick(lang, "是否有尚未入网的证书数据", "Certificate data not yet online?")}</th>
                                    <th scope="col">{pick(lang, "终止备案原因", "Reason")}</th>
                                </tr></thead>
                                <tbody>
                                    {terminations.iter().map(|entry| view! {
                                        <tr>
                                            <th scope="row">{entry.file_name.clone()}</th>
                                            <td>{record_text_input(state, entry, label(entry, pick(lang, "机构名称", "institution name")), |own| own.institution_name.clone(), |own, value| own.institution_name = value)}</td>
                                            <td>{record_text_input(state, entry, label(entry, pick(lang, "备案号", "filing number")), |own| own.filing_number.clone(), |own, value| own.filing_number = value)}</td>
                                            <td>{record_date_input(state, entry, label(entry, pick(lang, "备案成功时间", "filed on")), |own| own.filed_on, |own, value| own.filed_on = value)}</td>
                                            <td>{record_date_input(state, entry, label(entry, pick(lang, "终止备案时间", "terminated on")), |own| own.terminated_on, |own, value| own.terminated_on = value)}</td>
                                            <td>{record_bool_select(state, entry, label(entry, pick(lang, "是否开展过评价", "evaluated")), lang, |own| own.has_evaluated, |own, value| own.has_evaluated = value)}</td>
                                            <td>{record_bool_select(state, entry, label(entry, pick(lang, "是否发过证书", "certificates issued")), lang, |own| own.has_issued_certificates, |own, value| own.has_issued_certificates = value)}</td>
                                            <td>{record_bool_select(state, entry, label(entry, pick(lang, "是否有尚未入网的证书数据", "certificate data not online")), lang, |own| own.has_unregistered_certificate_data, |own, value| own.has_unregistered_certificate_data = value)}</td>
                                            <td>{record_text_input(state, entry, label(entry, pick(lang, "终止备案原因", "reason")), |own| own.termination_reason.clone(), |own, value| own.termination_reason = value)}</td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    </section>
                }.into_any()
            })
        }}
        <section aria-labelledby="office-summary-files">
            <h2 id="office-summary-files">{l("打印与导出", "Print and export")}</h2>
            <div class="actions">
                <a class="button" href=OfficeRoute::SummaryPrint(7).href()>{l("打印附件7", "Print 附件7")}</a>
                <a class="button" href=OfficeRoute::SummaryPrint(8).href()>{l("打印附件8", "Print 附件8")}</a>
                <button type="button" class="button button--secondary" disabled=move || busy.get() on:click=move |_| xlsx(7)>{l("下载附件7（XLSX）", "Download 附件7 (XLSX)")}</button>
                <button type="button" class="button button--secondary" disabled=move || busy.get() on:click=move |_| xlsx(8)>{l("下载附件8（XLSX）", "Download 附件8 (XLSX)")}</button>
            </div>
            <div role="status" aria-live="polite">
                {move || message.get().map(|(ok, text)| view! { <p class=if ok { "notice" } else { "error-message" }>{text}</p> })}
            </div>
        </section>
    }
}

/// 附件7 or 附件8 on A4 landscape, as the forms page prints them.
#[component]
pub fn SummaryPrintPage(table: u8) -> impl IntoView {
    let state = OfficeState::use_context();
    let form = if table == 7 { FormId::RenewalSummary } else { FormId::TerminationSummary };
    view! {
        <div class="print-bar no-print">
            <a class="back-link" href=OfficeRoute::Summaries.href()>{l("返回附件7、附件8", "Back to 附件7 and 附件8")}</a>
            {if table == 7 { heading("打印附件7 备案续期汇总表", "Print 附件7, the renewal summary").into_any() } else { heading("打印附件8 终止备案汇总表", "Print 附件8, the termination summary").into_any() }}
            <p class="hint">{l("A4 横向打印。", "Prints on A4 landscape.")}</p>
            <div class="actions"><button type="button" class="button" on:click=|_| { let _ = window().print(); }>{l("打印", "Print")}</button></div>
        </div>
        <div class="sheets" lang="zh-CN">
            {move || match summary_forms(state, table).and_then(|forms| layout::sheets(form, &forms, None, None)) {
                Some(sheets) => sheets.into_iter().map(|sheet| sheet_view(sheet, true, None, None)).collect_view().into_any(),
                None => view! { <p class="no-print"><a href=OfficeRoute::Register.href()>{l("请先在申报登记簿中打开申报包。", "Open packages on the register first.")}</a></p> }.into_any(),
            }}
        </div>
    }
}

#[component]
pub fn SettingsPage() -> impl IntoView {
    let store = Store::use_context();
    let state = OfficeState::use_context();
    let confirming = RwSignal::new(false);
    let export = move |_| {
        let lang = store.lang.get_untracked();
        let json = state.work.with_untracked(write_work_record);
        let office = state.office().map(|office| office.name.zh).unwrap_or_else(|| "受理机构".to_string());
        let name = format!("{office}-受理记录-{}.json", iso_date::format(crate::ui::clock::today()));
        crate::ui::download::download_text(&name, "application/json", &json);
        state.status.set(Some((true, format!("{}{name}", pick(lang, "已导出：", "Exported: ")))));
    };
    let reopen = move |event: leptos::ev::Event| {
        let lang = store.lang.get_untracked();
        let Some(input) = event.target().and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
        input.set_value("");
        leptos::task::spawn_local(async move {
            let text = JsFuture::from(file.text()).await.ok().and_then(|text| text.as_string()).unwrap_or_default();
            match read_work_record(&text) {
                Ok(record) => {
                    let packages = record.packages.len();
                    state.work.set(record);
                    state.status.set(Some((true, match lang {
                        Lang::ZhCn => format!("已打开受理记录 {}（{packages} 份申报包的记录），原有记录已被替换。", file.name()),
                        Lang::En => format!("Opened the work record {} ({packages} packages); it replaces the one before.", file.name()),
                    })));
                }
                Err(error) => state.status.set(Some((false, match lang {
                    Lang::ZhCn => format!("{} 无法打开，现有记录未改动：{}{}", file.name(), if error.path.is_empty() { String::new() } else { format!("{}：", error.path) }, error.reason),
                    Lang::En => format!("{} cannot be opened; the current record is unchanged: {}{}", file.name(), if error.path.is_empty() { String::new() } else { format!("{}: ", error.path) }, error.reason),
                }))),
            }
        });
    };
    view! {
        {heading("本机构与数据", "This office and its data")}
        <WhoAmI/>
        <div role="status" aria-live="polite" data-testid="settings-status">
            {move || state.status.get().map(|(ok, text)| view! { <p class=if ok { "notice" } else { "error-message" }>{text}</p> })}
        </div>
        <section aria-labelledby="office-work-heading">
            <h2 id="office-work-heading">{l("受理记录文件", "The work record file")}</h2>
            <p class="hint">{l("受理记录（本机构、勾选、备注、受理日期、续期决定及附件7、附件8中本机构填写的列）可导出为一个 JSON 文件，由同事或在另一台电脑上打开继续办理。记录不含申报包本身。", "The work record (the office, ticks, notes, receipt dates, decisions and the office's columns of 附件7 and 附件8) exports as one JSON file, for a colleague or another computer to go on. It does not hold the packages themselves.")}</p>
            <div class="actions">
                <button type="button" class="button button--secondary" on:click=export>{l("导出受理记录", "Export the work record")}</button>
                <label class="button button--secondary office-file-button">
                    {l("打开受理记录…", "Open a work record…")}
                    <input class="visually-hidden" type="file" accept=".json,application/json" data-testid="open-record" on:change=reopen/>
                </label>
            </div>
        </section>
        <section aria-labelledby="office-keep-heading">
            <h2 id="office-keep-heading">{l("申报包是否保存在本机", "Keep the packages on this computer")}</h2>
            <p class="hint">{l("申报包含有机构人员的个人信息。默认只在本页打开期间使用，关闭后需重新打开；勾选后保存在本机浏览器中。", "Packages carry personal data of the institutions' staff. By default they are used only while this page is open; ticked, they are kept in this browser.")}</p>
            <label>
                <input type="checkbox" prop:checked=move || state.keep_packages.get() on:change=move |event| state.keep_packages.set(event_target_checked(&event))/>
                " "{l("在本机保存已打开的申报包", "Keep the opened packages on this computer")}
            </label>
        </section>
        <section aria-labelledby="office-delete-heading">
            <h2 id="office-delete-heading">{l("删除全部数据", "Delete everything")}</h2>
            <p class="hint">{l("删除本页在本机保存的一切：本机构的选择、受理记录、保存的申报包。", "Deletes everything this page keeps on this computer: the office chosen, the work record, the kept packages.")}</p>
            {move || if confirming.get() {
                view! {
                    <div class="notice notice--warning" role="alertdialog" aria-labelledby="office-delete-confirm">
                        <p id="office-delete-confirm">{l("确定删除全部数据吗？此操作无法撤销；如需保留，请先导出受理记录。", "Delete everything? This cannot be undone; export the work record first to keep it.")}</p>
                        <div class="actions">
                            <button type="button" class="button button--warning" on:click=move |_| {
                                let lang = store.lang.get_untracked();
                                state.delete_everything();
                                confirming.set(false);
                                state.status.set(Some((true, pick(lang, "已删除本页在本机保存的全部数据。", "Everything this page kept on this computer has been deleted.").to_string())));
                            }>{l("确定删除", "Yes, delete everything")}</button>
                            <button type="button" class="button button--secondary" on:click=move |_| confirming.set(false)>{l("取消", "Cancel")}</button>
                        </div>
                    </div>
                }.into_any()
            } else {
                view! { <button type="button" class="button button--warning" on:click=move |_| confirming.set(true)>{l("删除全部数据…", "Delete everything…")}</button> }.into_any()
            }}
        </section>
    }
}
