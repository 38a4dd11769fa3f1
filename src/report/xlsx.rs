//! An Office Open XML workbook (`.xlsx`) that Excel and LibreOffice open by
//! double-click, with no import dialog: a sheet of post-its, one of key
//! factors, one of plenary actions; headers in the workshop's language,
//! columns sized to their content, the header row frozen and filtered.
//!
//! Every text is written as a text cell, never as a formula, so nothing a
//! participant typed (`=HYPERLINK(…)`, `+33…`, `@…`) can run: the guard the
//! CSV needs (a leading `'`) is not needed here and not added.

use crate::i18n::prelude::*;
use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

use super::SynthView;
use super::rows;

#[derive(Clone)]
pub(crate) enum Cell {
    /// A text with its width (its longest line, in characters) and whether
    /// it needs wrapping, both found in one pass when the cell is made.
    Text {
        text: String,
        width: usize,
        wraps: bool,
    },
    Number(u64),
    Empty,
}

/// The most characters a spreadsheet cell holds (Excel's limit).
const MAX_CELL: usize = 32_767;

/// Widest a column gets (characters); longer text wraps.
const MAX_WIDTH: usize = 70;

impl Cell {
    /// A text cell; past [`MAX_CELL`] characters (a tie among hundreds of
    /// post-its for a key factor), cut with "…" rather than no workbook at
    /// all: the CSV and the other formats keep everything.
    pub(crate) fn text(s: impl Into<String>) -> Cell {
        let mut text: String = s.into();
        // « and the signs stay with their words (French typography).
        if let std::borrow::Cow::Owned(glued) = crate::core::text::glue_signs(&text) {
            text = glued;
        }
        // Most cells: one short line.
        if text.len() <= MAX_WIDTH && !text.contains('\n') {
            let width = text.chars().count();
            return Cell::Text {
                text,
                width,
                wraps: false,
            };
        }
        let (mut chars, mut line, mut width, mut lines) = (0, 0, 0, 1);
        for (i, c) in text.char_indices() {
            if chars == MAX_CELL - 1 && text[i..].chars().nth(1).is_some() {
                // One character left, and more than one to come: the
                // ellipsis takes it.
                text.truncate(i);
                text.push('…');
                line += 1;
                break;
            }
            chars += 1;
            if c == '\n' {
                width = width.max(line);
                line = 0;
                lines += 1;
            } else {
                line += 1;
            }
        }
        let width = width.max(line);
        Cell::Text {
            text,
            width,
            wraps: lines > 1 || width > MAX_WIDTH,
        }
    }

    fn width(&self) -> usize {
        match self {
            Cell::Text { width, .. } => *width,
            Cell::Number(n) => n.checked_ilog10().map_or(1, |d| d as usize + 1),
            Cell::Empty => 0,
        }
    }
}

/// A sheet's column: its header and whether it holds free text (what
/// people wrote), which wraps as a whole column.
pub(crate) struct Column<'a>(pub &'a str, pub bool);

/// One sheet: a bold header row, frozen and with filters, then the rows,
/// written as they come (constant memory: each row goes to a temporary file
/// at once, which saves 20,000 rows several times faster). Column widths and
/// the filter's extent are known only at the end and set then: the library
/// writes them when the workbook is saved.
pub(crate) fn sheet(
    book: &mut Workbook,
    name: &str,
    columns: &[Column],
    rows: impl IntoIterator<Item = Vec<Cell>>,
) -> Result<(), XlsxError> {
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap();
    let ws: &mut Worksheet = book.add_worksheet_with_constant_memory()?;
    ws.set_name(name)?;
    let mut widths: Vec<usize> = columns.iter().map(|c| c.0.chars().count()).collect();
    for (c, Column(header, free_text)) in columns.iter().enumerate() {
        let c = c as u16;
        // A free-text column wraps as a whole (a short cell looks the same,
        // one edited longer wraps too): one format for the column rather
        // than one looked up for each of its cells. This has to be set
        // before the cells are written.
        if *free_text {
            ws.set_column_format(c, &wrap)?;
        }
        ws.write_string_with_format(0, c, *header, &bold)?;
    }
    let mut last = 0;
    for (r, row) in rows.into_iter().enumerate() {
        last = r as u32 + 1;
        for (c, cell) in row.into_iter().enumerate() {
            widths[c] = widths[c].max(cell.width());
            let col = c as u16;
            match cell {
                // Rare: a long session title, say.
                Cell::Text {
                    text, wraps: true, ..
                } if !columns[c].1 => {
                    ws.write_string_with_format(last, col, text, &wrap)?;
                }
                // Moved, not copied: the library keeps its own String.
                Cell::Text { text, .. } => {
                    ws.write_string(last, col, text)?;
                }
                Cell::Number(n) => {
                    ws.write_number(last, col, n as f64)?;
                }
                Cell::Empty => {}
            }
        }
    }
    for (c, w) in widths.iter().enumerate() {
        // Room for the filter button; long text wraps at MAX_WIDTH.
        ws.set_column_width(c as u16, (*w).clamp(6, MAX_WIDTH) as f64 + 3.0)?;
    }
    ws.set_freeze_panes(1, 0)?;
    ws.autofilter(0, 0, last, columns.len().saturating_sub(1) as u16)?;
    Ok(())
}

/// Rows of post-its handed from the thread that makes them to the one
/// that writes them, this many at a time.
const CHUNK: usize = 256;

/// The workbook, as bytes to write to a `.xlsx` file.
pub fn synthesis(v: &SynthView) -> Result<Vec<u8>, XlsxError> {
    let w = &v.lang.s().sheet;
    let syn = v.syn;
    // The same for every row of a session: made once, cloned.
    let sessions: Vec<(Cell, Cell)> = syn
        .sessions
        .iter()
        .map(|s| {
            let date = s.date.map_or(Cell::Empty, |d| Cell::text(d.to_string()));
            (Cell::text(s.title.clone()), date)
        })
        .collect();
    let topic = |key: &str, title: &str| Cell::text(format!("{key} — {title}"));
    let mut book = Workbook::new();
    // Level 1: the workbook of 20,000 post-its saves about twice as fast,
    // for a file a little larger (BENCHMARKS.md).
    book.set_zip_compression_level(1);

    let post_it_columns = [
        Column(w.session, false),
        Column(w.date, false),
        Column(w.topic, false),
        Column(w.table, false),
        Column(w.round, false),
        Column(w.group, false),
        Column(w.quadrant, false),
        Column(w.label, false),
        Column(w.text, true),
        Column(w.votes, false),
        Column(w.item_votes, false),
        Column(w.cluster_of, false),
        Column(w.key_factor, false),
    ];
    // The post-its' rows are made on a second thread while this one
    // writes them: the library's work per cell is most of the time, and
    // an organiser's laptop has two cores or more (BENCHMARKS.md).
    std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Vec<Cell>>>(4);
        let sessions = &sessions;
        scope.spawn(move || {
            let mut chunk = Vec::with_capacity(CHUNK);
            let mut last_topic: Option<(&str, Cell)> = None;
            for p in rows::post_its(v) {
                let topic = match &last_topic {
                    Some((key, cell)) if *key == p.topic => cell.clone(),
                    _ => {
                        let cell = topic(p.topic, p.topic_title);
                        last_topic = Some((p.topic, cell.clone()));
                        cell
                    }
                };
                let (session, date) = sessions[p.source.session].clone();
                chunk.push(vec![
                    session,
                    date,
                    topic,
                    Cell::text(p.source.table),
                    p.source
                        .round
                        .map_or(Cell::Empty, |r| Cell::Number(u64::from(r))),
                    p.source.group.map_or(Cell::Empty, Cell::text),
                    Cell::text(p.column),
                    Cell::text(p.label),
                    Cell::text(p.text),
                    Cell::Number(p.votes as u64),
                    Cell::Number(p.item_votes as u64),
                    p.cluster_of.map_or(Cell::Empty, Cell::text),
                    if p.key_factor {
                        Cell::text(w.yes)
                    } else {
                        Cell::Empty
                    },
                ]);
                if chunk.len() == CHUNK {
                    // The writer stopped on an error: nothing more to make.
                    if tx.send(std::mem::take(&mut chunk)).is_err() {
                        return;
                    }
                }
            }
            // The writer may have stopped; its error is the one reported.
            let _ = tx.send(chunk);
        });
        sheet(
            &mut book,
            w.post_its,
            &post_it_columns,
            rx.into_iter().flatten(),
        )
    })?;

    let key_factors = rows::key_factors(v).into_iter().map(|k| {
        let join = |f: &dyn Fn(&(String, &str, i64)) -> String| {
            k.items.iter().map(f).collect::<Vec<_>>().join("\n")
        };
        vec![
            topic(k.topic, k.topic_title),
            Cell::text(k.title.clone()),
            Cell::text(k.how),
            Cell::text(join(&|i| i.0.clone())),
            Cell::text(join(&|i| i.1.to_string())),
            Cell::text(join(&|i| v.votes(i.2))),
        ]
    });
    sheet(
        &mut book,
        w.key_factors,
        &[
            Column(w.topic, false),
            Column(w.key_factor, false),
            Column(w.how, false),
            Column(w.label, true),
            Column(w.text, true),
            Column(w.votes, true),
        ],
        key_factors,
    )?;

    let actions = rows::actions(v).into_iter().map(|a| {
        vec![
            sessions[a.session].0.clone(),
            topic(a.topic, a.topic_title),
            Cell::text(a.title.clone()),
            Cell::text(a.text),
            Cell::text(
                a.answers
                    .map(|(label, text)| format!("{label} — {text}"))
                    .unwrap_or_default(),
            ),
        ]
    });
    sheet(
        &mut book,
        w.actions,
        &[
            Column(w.session, false),
            Column(w.topic, false),
            Column(w.key_factor, false),
            Column(w.text, true),
            Column(w.answers, true),
        ],
        actions,
    )?;
    if !syn.debates.is_empty() {
        debates(&mut book, v)?;
    }
    if let Some(view) = super::forms::view(v) {
        questionnaires(&mut book, &view)?;
    }
    book.save_to_buffer()
}

/// The questionnaires: one row per answer of every question (its count
/// and share), then one per free text.
fn questionnaires(book: &mut Workbook, view: &super::forms::FormsView) -> Result<(), XlsxError> {
    let mut rows = Vec::new();
    for q in &view.questionnaires {
        for question in &q.questions {
            let head = || {
                vec![
                    Cell::text(q.title.clone()),
                    Cell::text(format!("{} · {}", question.number, question.text)),
                ]
            };
            for r in &question.rows {
                let mut row = head();
                row.push(Cell::text(r.answer.clone()));
                row.push(Cell::Number(u64::from(r.count)));
                row.push(Cell::Number(u64::from(r.share)));
                rows.push(row);
            }
            for t in &question.texts {
                let mut row = head();
                row.push(Cell::text(t.clone()));
                row.push(Cell::Empty);
                row.push(Cell::Empty);
                rows.push(row);
            }
        }
    }
    let share = format!("{} (%)", view.share_heading);
    sheet(
        book,
        view.title,
        &[
            Column(view.questionnaire_heading, false),
            Column(view.question_heading, true),
            Column(view.answer_heading, true),
            Column(view.count_heading, false),
            Column(&share, false),
        ],
        rows,
    )
}

/// The débat mouvant: one row per statement, session and count (before or
/// after the arguments), the four positions as numbers.
fn debates(book: &mut Workbook, v: &SynthView) -> Result<(), XlsxError> {
    let view = super::debates::view(v);
    let w = &v.lang.s().sheet;
    let mut rows = Vec::new();
    for st in &view.statements {
        for s in &st.sessions {
            for stand in &s.counts {
                let mut row = vec![
                    Cell::text(st.text.to_string()),
                    Cell::text(s.title.clone()),
                    Cell::text(stand.when),
                ];
                row.extend(stand.counts.iter().map(|n| Cell::Number(u64::from(*n))));
                row.push(Cell::Number(u64::from(stand.total)));
                rows.push(row);
            }
        }
    }
    let mut columns = vec![
        Column(view.statement_heading, true),
        Column(w.session, false),
        Column(view.moment_heading, false),
    ];
    columns.extend(view.positions.iter().map(|(_, p)| Column(p, false)));
    columns.push(Column(view.total_heading, false));
    sheet(book, view.title, &columns, rows)
}

#[cfg(test)]
mod tests {
    use super::{Cell, MAX_CELL, MAX_WIDTH};

    fn text(c: Cell) -> (String, usize, bool) {
        match c {
            Cell::Text { text, width, wraps } => (text, width, wraps),
            _ => panic!("a text cell"),
        }
    }

    #[test]
    fn an_over_long_text_is_cut_to_what_a_cell_holds() {
        let (t, _, wraps) = text(Cell::text("é".repeat(MAX_CELL + 10)));
        assert_eq!(t.chars().count(), MAX_CELL);
        assert!(t.ends_with('…'));
        assert!(wraps);
        // Exactly the limit, or one under: kept whole.
        for n in [MAX_CELL - 1, MAX_CELL] {
            let (t, _, _) = text(Cell::text("é".repeat(n)));
            assert_eq!(t, "é".repeat(n));
        }
        assert_eq!(text(Cell::text("court")), ("court".into(), 5, false));
    }

    #[test]
    fn width_is_the_longest_line_and_a_line_break_wraps() {
        assert_eq!(
            text(Cell::text("deux\nlignes plus longues")),
            ("deux\nlignes plus longues".into(), 19, true)
        );
        let long = "x".repeat(MAX_WIDTH + 1);
        assert_eq!(text(Cell::text(long.clone())), (long, MAX_WIDTH + 1, true));
        assert_eq!(Cell::Number(0).width(), 1);
        assert_eq!(Cell::Number(120).width(), 3);
    }
}
