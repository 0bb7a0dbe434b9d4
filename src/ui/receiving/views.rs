//! The office page's pages: the register, one package, the dates, 附件7 and 附件8, settings.

use leptos::prelude::*;

use crate::ui::components::page_heading::PageHeading;

use super::open::{OpenPackages, read_files};
use super::state::OfficeState;
use super::{OfficeRoute, l};

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
                {tab(OfficeRoute::Settings, "本机构与数据", "Office and data")}
            </ul>
        </nav>
    }
}

#[component]
pub fn RegisterPage() -> impl IntoView {
    let state = OfficeState::use_context();
    let on_files = move |files: Vec<(String, web_sys::File)>| {
        leptos::task::spawn_local(async move {
            let opened = read_files(files, state.progress).await;
            state.files.update(|files| files.extend(opened));
        });
    };
    view! {
        <PageHeading text=Signal::derive(move || l("受理机构：申报登记簿", "Receiving office: register").get().to_string())/>
        <OpenPackages on_files=on_files progress=state.progress/>
        <ul>
            {move || state.files.get().into_iter().map(|file| view! { <li>{file.name}</li> }).collect_view()}
        </ul>
    }
}

#[component]
pub fn SettingsPage() -> impl IntoView {
    let state = OfficeState::use_context();
    let confirming = RwSignal::new(false);
    view! {
        <PageHeading text=Signal::derive(move || l("本机构与数据", "This office and its data").get().to_string())/>
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
                        <p id="office-delete-confirm">{l("确定删除全部数据吗？此操作无法撤销；如需保留，请先导出工作文件。", "Delete everything? This cannot be undone; export the work file first to keep it.")}</p>
                        <div class="actions">
                            <button type="button" class="button button--warning" on:click=move |_| {
                                state.delete_everything();
                                confirming.set(false);
                                state.status.set(Some((true, l("已删除本页在本机保存的全部数据。", "Everything this page kept on this computer has been deleted.").get_untracked().to_string())));
                            }>{l("确定删除", "Yes, delete everything")}</button>
                            <button type="button" class="button button--secondary" on:click=move |_| confirming.set(false)>{l("取消", "Cancel")}</button>
                        </div>
                    </div>
                }.into_any()
            } else {
                view! { <button type="button" class="button button--warning" on:click=move |_| confirming.set(true)>{l("删除全部数据…", "Delete everything…")}</button> }.into_any()
            }}
            <div role="status" aria-live="polite">
                {move || state.status.get().map(|(ok, text)| view! { <p class=if ok { "notice" } else { "error-message" }>{text}</p> })}
            </div>
        </section>
    }
}
