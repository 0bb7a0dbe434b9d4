//! The print preview and the A4 print: renders the forms' layout (`core::forms::layout`, the
//! same one the DOCX export renders) as HTML. A sheet starts a page; portrait, or landscape where
//! the table is wide; table headers repeat on every page (`thead`, style/forms.css); black on
//! white. The sheets are in Chinese whatever the page's language: they are the official forms.
//!
//! On screen the page is the print preview: a bar (not printed) with the print button, then the
//! sheets as they will print. ID numbers are masked on the screen and printed in full.

use leptos::prelude::*;

use crate::core::evaluate::MaterialOut;
use crate::core::facts::RequestKind;
use crate::core::forms::codes::mask_id_number;
use crate::core::forms::layout::{self, Block, Cell, CellKind, Orientation, Sheet, Table};
use crate::core::forms::{FormId, FormSet};
use crate::core::package_code::{PackageCode, footer_line, package_code, qr_svg};
use crate::ui::components::page_heading::PageHeading;
use crate::ui::i18n::{FormsMsg, Msg, t, tr};
use crate::ui::store::Store;

use super::FormsRoute;
use super::state::FormsState;

#[component]
pub fn PrintPage(
    form: Option<FormId>,
    /// The form empty, as offices hand it out: neither the draft nor the forms are read.
    #[prop(optional)]
    blank: bool,
) -> impl IntoView {
    let store = Store::use_context();
    let state = FormsState::use_context();
    let lang = move || store.lang.get();
    let forms_shown = move || match form {
        Some(form) => vec![form],
        None => state.needed(),
    };
    let heading = move || match form {
        Some(form) if blank => t(lang(), FormsMsg::BlankFormOf).replace("{form}", &format!("{} {}", form.attachment(), form.title().get(lang()))),
        Some(form) => t(lang(), FormsMsg::PrintPreviewOf).replace("{form}", &format!("{} {}", form.attachment(), form.title().get(lang()))),
        None => t(lang(), FormsMsg::PrintAllForms).to_string(),
    };
    let back = match form {
        Some(_) if blank => FormsRoute::Blank(None).href(),
        Some(form) => FormsRoute::Edit(form).href(),
        None => FormsRoute::Overview.href(),
    };
    view! {
        <div class="print-bar no-print">
            <a class="back-link" href=back>{tr(Msg::Back)}</a>
            <PageHeading text=Signal::derive(heading)/>
            <p class="hint">{tr(FormsMsg::PrintHint)}</p>
            {move || (!blank).then(|| {
                let problems = state.problems.with(|problems| problems.iter().filter(|p| forms_shown().contains(&p.form)).count());
                (problems > 0).then(|| view! {
                    <p class="notice notice--warning">{t(lang(), FormsMsg::PrintWithProblems).replace("{n}", &problems.to_string())}</p>
                })
            })}
            <div class="actions">
                <button type="button" class="button" on:click=|_| { let _ = window().print(); }>{tr(Msg::Print)}</button>
                {(!blank).then(|| view! {
                    <button
                        type="button"
                        class="button button--secondary"
                        aria-pressed=move || state.show_id_numbers.get().to_string()
                        on:click=move |_| state.show_id_numbers.update(|shown| *shown = !*shown)
                    >
                        {tr(FormsMsg::ShowIdNumbers)}
                    </button>
                })}
            </div>
            {blank.then(|| form.map(|form| view! { <super::office::OfficeDownloads form=form blank=true/> }))}
        </div>
        <div class="sheets" lang="zh-CN" tabindex="0" role="region" aria-label=move || t(lang(), FormsMsg::PrintPreview)>
            {move || {
                // A blank form is a form set of its own, never the user's: nothing of the draft
                // or the forms is read.
                let blank_forms = blank.then(|| form.map(FormSet::blank).unwrap_or_default());
                let request = state.facts.with(|facts| facts.as_ref().map(|facts| facts.request)).filter(|_| !blank);
                let materials = state.materials.get().filter(|_| !blank);
                let show_ids = state.show_id_numbers.get();
                match &blank_forms {
                    // A blank form prints no code: it is no package's.
                    Some(forms) => forms_shown().into_iter().map(|form| sheets(form, forms, request, materials.as_deref(), show_ids, None)).collect_view(),
                    None => state.forms.with(|forms| {
                        // The package's code on every sheet (issue 15 item 8); none without facts.
                        let code = state.facts.with(|facts| facts.as_ref().map(|facts| package_code(facts, forms)));
                        forms_shown().into_iter().map(|form| sheets(form, forms, request, materials.as_deref(), show_ids, code.as_ref())).collect_view()
                    }),
                }
            }}
        </div>
    }
}

/// The sheets of one form, or a line saying it is not started; with the package's code when
/// given (the office page prints a package's forms with it too).
pub(crate) fn sheets(form: FormId, forms: &FormSet, request: Option<RequestKind>, materials: Option<&[MaterialOut]>, show_ids: bool, code: Option<&PackageCode>) -> AnyView {
    match layout::sheets(form, forms, request, materials) {
        Some(sheets) => sheets
            .into_iter()
            .enumerate()
            .map(|(index, sheet)| {
                // The QR code on the first page of 附件1 and 附件4 only.
                let qr = (index == 0 && matches!(form, FormId::Application | FormId::Renewal)).then_some(code).flatten().map(|code| qr_svg(code, 20));
                sheet_view(sheet, show_ids, code.map(|code| footer_line(code.as_str())), qr)
            })
            .collect_view()
            .into_any(),
        None => view! { <p class="no-print notice">{format!("{}《{}》尚未填写。", form.attachment(), form.title().zh)}</p> }.into_any(),
    }
}

/// One sheet as it prints, with the package's code line at its foot and, on a first page of
/// 附件1 or 附件4, its QR code; the office page prints packages and 附件7/附件8 with it too.
pub(crate) fn sheet_view(sheet: Sheet, show_ids: bool, code_line: Option<String>, qr: Option<String>) -> AnyView {
    let class = match sheet.orientation {
        Orientation::Portrait => "sheet sheet--portrait",
        Orientation::Landscape => "sheet sheet--landscape",
    };
    let cover = sheet.blocks.iter().any(|block| matches!(block, Block::CoverTitle(_)));
    view! {
        <article class=class class:sheet--cover=cover aria-label=sheet.name>
            {qr.map(|svg| view! { <div class="sheet__qr" inner_html=svg></div> })}
            {sheet.blocks.into_iter().map(|block| block_view(block, show_ids)).collect_view()}
            {code_line.map(|line| view! { <p class="sheet__code">{line}</p> })}
        </article>
    }
    .into_any()
}

/// Text with its line breaks kept.
fn lines(text: &str) -> AnyView {
    let mut parts = text.split('\n');
    let first = boxes(parts.next().unwrap_or_default());
    view! { {first}{parts.map(|line| view! { <br/>{boxes(line)} }).collect_view()} }.into_any()
}

/// A line with each box (☐, ☑) kept on one line with its label, up to the next space: a line
/// may break between two boxes, never between a box and its words. A long label (a material's
/// name) keeps only its first characters with the box, so a narrow cell can still wrap it.
fn boxes(line: &str) -> AnyView {
    const MARKS: [char; 2] = ['☐', '☑'];
    let mut parts: Vec<AnyView> = Vec::new();
    let mut rest = line;
    while let Some(start) = rest.find(MARKS) {
        if start > 0 {
            parts.push(rest[..start].to_string().into_any());
        }
        let after = &rest[start..];
        let mark = '☐'.len_utf8();
        let end = after[mark..].find(|c: char| c.is_whitespace() || MARKS.contains(&c)).map_or(after.len(), |at| at + mark);
        let end = after[..end].char_indices().nth(12).map_or(end, |(at, _)| at);
        parts.push(view! { <span class="sheet__box">{after[..end].to_string()}</span> }.into_any());
        rest = &after[end..];
    }
    if !rest.is_empty() {
        parts.push(rest.to_string().into_any());
    }
    parts.into_any()
}

fn block_view(block: Block, show_ids: bool) -> AnyView {
    match block {
        Block::Attachment(label) => view! { <p class="sheet__attachment">{label}</p> }.into_any(),
        Block::CoverTitle(title) => view! { <h2 class="sheet__cover-title">{lines(&title.join("\n"))}</h2> }.into_any(),
        Block::CoverLines(cover_lines) => view! {
            <dl class="sheet__cover-lines">
                {cover_lines.into_iter().map(|line| view! {
                    <div>
                        <dt>{line.label}</dt>
                        <dd><span class="sheet__cover-value" class:changed=line.changed>{boxes(&line.value)}</span>{line.suffix}</dd>
                    </div>
                }).collect_view()}
            </dl>
        }
        .into_any(),
        Block::Title(text) => view! { <h2 class="sheet__title">{text}</h2> }.into_any(),
        Block::Subtitle(text) => view! { <p class="sheet__subtitle">{text}</p> }.into_any(),
        Block::Heading { level: 1, text } => view! { <h3 class="sheet__heading">{text}</h3> }.into_any(),
        Block::Heading { text, .. } => view! { <h4 class="sheet__heading">{text}</h4> }.into_any(),
        Block::Text(text) => view! { <p class="sheet__text">{text}</p> }.into_any(),
        Block::Table(table) => table_view(table, show_ids),
        Block::Notes(notes) => view! {
            <div class="sheet__notes">
                {notes.into_iter().map(|note| view! {
                    <p class:changed=note.changed class:no-print=note.screen_only>{note.text}</p>
                }).collect_view()}
            </div>
        }
        .into_any(),
    }
}

fn table_view(table: Table, show_ids: bool) -> AnyView {
    let Table { caption, columns, header, body, rows_of_items, small, screen_only } = table;
    let total: u32 = columns.iter().map(|width| u32::from(*width)).sum::<u32>().max(1);
    view! {
        <table class="sheet__table" class:sheet__table--rows=rows_of_items class:sheet__table--small=small class:no-print=screen_only>
            {caption.map(|caption| view! { <caption>{caption}</caption> })}
            <colgroup>
                {columns.iter().map(|width| {
                    // Tenths of a per cent in whole numbers: formatting an `f64` compiled the
                    // float printer into the page (issue 16).
                    let tenths = (u32::from(*width) * 1000 + total / 2) / total;
                    let share = format!("{}.{}%", tenths / 10, tenths % 10);
                    view! { <col style:width=share/> }
                }).collect_view()}
            </colgroup>
            {(!header.is_empty()).then(|| view! {
                <thead>{header.into_iter().map(|row| row_view(row, true, show_ids)).collect_view()}</thead>
            })}
            <tbody>{body.into_iter().map(|row| row_view(row, false, show_ids)).collect_view()}</tbody>
        </table>
    }
    .into_any()
}

fn row_view(row: Vec<Cell>, in_header: bool, show_ids: bool) -> AnyView {
    view! { <tr>{row.into_iter().map(|cell| cell_view(cell, in_header, show_ids)).collect_view()}</tr> }.into_any()
}

fn cell_view(cell: Cell, in_header: bool, show_ids: bool) -> AnyView {
    let span = cell.span.max(1).to_string();
    match cell.kind {
        CellKind::Head => {
            let scope = if in_header { "col" } else { "row" };
            view! { <th scope=scope colspan=span class:changed=cell.changed>{lines(&cell.text)}</th> }.into_any()
        }
        CellKind::Group => view! { <th scope="rowgroup" colspan=span class="sheet__group">{cell.text}</th> }.into_any(),
        CellKind::Data => {
            let content = if cell.personal && !show_ids && !cell.text.trim().is_empty() {
                // Masked on screen, in full on paper.
                view! {
                    <span class="screen-only">{mask_id_number(&cell.text)}</span>
                    <span class="print-only">{cell.text.clone()}</span>
                }
                .into_any()
            } else {
                lines(&cell.text)
            };
            view! {
                <td colspan=span class:changed=cell.changed class:sheet__wrap=cell.wrap class:sheet__signature=cell.signature>
                    {content}
                </td>
            }
            .into_any()
        }
    }
}
