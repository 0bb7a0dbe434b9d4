//! The paper forms as DOCX: the same layout the print renders (`core::forms::layout`), written
//! with `docx-rs`, on A4 in 宋体, so that it opens and edits in WPS, Word and LibreOffice.

use docx_rs::{
    AlignmentType, BreakType, Docx, Footer, Paragraph, Run, RunFonts, Table, TableCell, TableRow, VAlignType, WidthType,
};

use crate::core::forms::layout::{self, Block, CellKind, Orientation, Sheet};

/// A4 in twentieths of a point, and 2 cm margins.
const A4_SHORT: u32 = 11906;
const A4_LONG: u32 = 16838;
const MARGIN: i32 = 1134;
/// Red for the changed parts of an information change (4.3.2), as on the print.
const CHANGED: &str = "C00000";

/// Sizes in half-points: 五号 10.5 pt for text, 小五 9 pt for notes, 小二 18 pt for titles.
const TEXT: usize = 21;
const NOTE: usize = 18;
const TITLE: usize = 36;
const COVER_TITLE: usize = 44;

/// Writes the sheets as one document, each sheet from a new page.
pub fn write(sheets: &[Sheet]) -> Result<Vec<u8>, String> {
    write_with_code(sheets, None)
}

/// Writes the sheets with the package's code (`core::package_code`) in every page's footer, so
/// the paper can be matched with the file it came from.
pub fn write_with_code(sheets: &[Sheet], code: Option<&str>) -> Result<Vec<u8>, String> {
    let landscape = sheets.first().is_some_and(|sheet| sheet.orientation == Orientation::Landscape);
    let (width, height) = if landscape { (A4_LONG, A4_SHORT) } else { (A4_SHORT, A4_LONG) };
    let content_width = width as usize - 2 * MARGIN as usize;
    let mut document = Docx::new()
        .page_size(width, height)
        .page_margin(docx_rs::PageMargin { top: MARGIN, left: MARGIN, bottom: MARGIN, right: MARGIN, header: 567, footer: 567, gutter: 0 })
        .default_fonts(RunFonts::new().east_asia("宋体").ascii("SimSun").hi_ansi("SimSun"))
        .default_size(TEXT);
    if let Some(code) = code {
        document = document.footer(Footer::new().add_paragraph(Paragraph::new().align(AlignmentType::Right).add_run(run(&crate::core::package_code::footer_line(code), NOTE))));
    }
    for (index, sheet) in sheets.iter().enumerate() {
        if index > 0 {
            document = document.add_paragraph(Paragraph::new().add_run(Run::new().add_break(BreakType::Page)));
        }
        for block in &sheet.blocks {
            document = match block {
                Block::Table(table) if table.screen_only => document,
                Block::Table(table) => document.add_table(table_of(table, content_width)),
                other => paragraphs(other).into_iter().fold(document, Docx::add_paragraph),
            };
        }
    }
    pack(document.build()).map_err(|error| format!("the DOCX could not be written: {error}"))
}

/// The DOCX's parts into one zip, as docx-rs's own `XMLDocx::pack` lays them out, but with the
/// `zip` the XLSX writer (rust_xlsxwriter) and the import already use: docx-rs packs with an older
/// major version of `zip`, whose second copy of the zip writer and its compressors was ≈ 38 KB
/// of the export worker's code before wasm-opt (issue 16, docs/bytes.md). The parts are compressed
/// (docx-rs stores them), so the files are smaller too. The parts this app never makes
/// (task panes, web extensions, custom XML) are refused rather than left out.
fn pack(xml: docx_rs::XMLDocx) -> Result<Vec<u8>, String> {
    use std::io::Write;
    use zip::write::SimpleFileOptions;

    if xml.taskpanes.is_some() || !xml.web_extensions.is_empty() || !xml.custom_items.is_empty() {
        return Err("the document has parts this app does not write (task panes, web extensions or custom XML)".into());
    }
    // A streaming writer into a `Cursor<&mut Vec<u8>>`, the very type rust_xlsxwriter's
    // `save_to_buffer` zips into, so both share one compiled copy of the zip writer.
    let mut bytes = Vec::new();
    let mut zip = zip::ZipWriter::new_stream(std::io::Cursor::new(&mut bytes));
    let error = |error: zip::result::ZipError| error.to_string();
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let mut parts: Vec<(String, &[u8])> = vec![
        ("[Content_Types].xml".into(), &xml.content_type),
        ("_rels/.rels".into(), &xml.rels),
        ("docProps/app.xml".into(), &xml.doc_props.app),
        ("docProps/core.xml".into(), &xml.doc_props.core),
        ("docProps/custom.xml".into(), &xml.doc_props.custom),
        ("word/_rels/document.xml.rels".into(), &xml.document_rels),
        ("word/document.xml".into(), &xml.document),
        ("word/styles.xml".into(), &xml.styles),
        ("word/settings.xml".into(), &xml.settings),
        ("word/fontTable.xml".into(), &xml.font_table),
        ("word/comments.xml".into(), &xml.comments),
        ("word/numbering.xml".into(), &xml.numberings),
        ("word/commentsExtended.xml".into(), &xml.comments_extended),
        ("word/footnotes.xml".into(), &xml.footnotes),
    ];
    for (kind, bodies, rels) in [("header", &xml.headers, &xml.header_rels), ("footer", &xml.footers, &xml.footer_rels)] {
        for (index, body) in bodies.iter().enumerate() {
            parts.push((format!("word/{kind}{}.xml", index + 1), body));
            if let Some(rels) = rels.get(index) {
                parts.push((format!("word/_rels/{kind}{}.xml.rels", index + 1), rels));
            }
        }
    }
    for (id, bytes) in &xml.media {
        parts.push((format!("word/media/{id}.png"), bytes));
    }
    for (name, bytes) in parts {
        zip.start_file(name, options).map_err(error)?;
        zip.write_all(bytes).map_err(|io| io.to_string())?;
    }
    zip.finish().map_err(error)?;
    Ok(bytes)
}

fn run(text: &str, size: usize) -> Run {
    Run::new().add_text(super::xml_text(text)).size(size)
}

fn paragraphs(block: &Block) -> Vec<Paragraph> {
    match block {
        Block::Attachment(label) => vec![Paragraph::new().add_run(run(label, TEXT).bold())],
        Block::CoverTitle(lines) => {
            let mut out = vec![Paragraph::new(), Paragraph::new(), Paragraph::new()];
            out.extend(lines.iter().map(|line| Paragraph::new().align(AlignmentType::Center).add_run(run(line, COVER_TITLE).bold())));
            out.extend([Paragraph::new(), Paragraph::new(), Paragraph::new()]);
            out
        }
        Block::CoverLines(lines) => lines
            .iter()
            .map(|line| {
                let value_run = run(&format!(" {} ", line.value), 28).underline("single");
                let value_run = if line.changed { value_run.color(CHANGED) } else { value_run };
                let paragraph = Paragraph::new().align(AlignmentType::Center).add_run(run(&line.label, 28).bold()).add_run(value_run);
                if line.suffix.is_empty() { paragraph } else { paragraph.add_run(run(&line.suffix, 28)) }
            })
            .collect(),
        Block::Title(text) => vec![Paragraph::new().align(AlignmentType::Center).add_run(run(text, TITLE).bold())],
        Block::Subtitle(text) => vec![Paragraph::new().align(AlignmentType::Center).add_run(run(text, TEXT))],
        Block::Heading { level, text } => vec![Paragraph::new().add_run(run(text, if *level == 1 { 28 } else { 24 }).bold())],
        Block::Text(text) => text.split('\n').map(|line| Paragraph::new().add_run(run(line, TEXT))).collect(),
        Block::Notes(notes) => notes
            .iter()
            .filter(|note| !note.screen_only)
            .map(|note| {
                let text = run(&note.text, NOTE);
                Paragraph::new().add_run(if note.changed { text.color(CHANGED) } else { text })
            })
            .collect(),
        Block::Table(_) => Vec::new(),
    }
}

fn table_of(table: &layout::Table, content_width: usize) -> Table {
    let total: usize = table.columns.iter().map(|width| usize::from(*width)).sum::<usize>().max(1);
    let grid: Vec<usize> = table.columns.iter().map(|width| usize::from(*width) * content_width / total).collect();
    let mut rows = Vec::new();
    if let Some(caption) = &table.caption {
        let cell = TableCell::new().grid_span(grid.len()).add_paragraph(Paragraph::new().align(AlignmentType::Center).add_run(run(caption, TEXT).bold()));
        rows.push(TableRow::new(vec![cell]).cant_split());
    }
    for row in table.header.iter().chain(&table.body) {
        let mut column = 0;
        let cells = row
            .iter()
            .map(|cell| {
                let span = usize::from(cell.span.max(1));
                let width: usize = grid.iter().skip(column).take(span).sum();
                column += span;
                let align = match cell.kind {
                    CellKind::Head => AlignmentType::Center,
                    CellKind::Group => AlignmentType::Left,
                    CellKind::Data if table.rows_of_items => AlignmentType::Center,
                    CellKind::Data => AlignmentType::Left,
                };
                let size = if table.small { NOTE } else { TEXT };
                let mut lines: Vec<&str> = cell.text.split('\n').collect();
                if cell.signature {
                    // Room for ink.
                    lines.push("");
                }
                let paragraphs = lines.into_iter().map(|line| {
                    let text = run(line, size);
                    let text = if matches!(cell.kind, CellKind::Head | CellKind::Group) { text.bold() } else { text };
                    let text = if cell.changed { text.color(CHANGED) } else { text };
                    Paragraph::new().align(align).add_run(text)
                });
                let docx_cell = paragraphs.fold(TableCell::new(), TableCell::add_paragraph).width(width, WidthType::Dxa).vertical_align(VAlignType::Center);
                if span > 1 { docx_cell.grid_span(span) } else { docx_cell }
            })
            .collect();
        // A row is never split across pages, as in the print: a signature box keeps its "年 月
        // 日", a list of boxes its last lines.
        rows.push(TableRow::new(cells).cant_split());
    }
    Table::new(rows).set_grid(grid).width(content_width, WidthType::Dxa)
}
