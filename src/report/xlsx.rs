//! An Office Open XML workbook (`.xlsx`) that Excel and LibreOffice open by
//! double-click, with no import dialog: a sheet of post-its, one of key
//! factors, one of plenary actions; headers in the workshop's language,
//! columns sized to their content, the header row frozen and filtered.
//!
//! Every text is written as a text cell, never as a formula, so nothing a
//! participant typed (`=HYPERLINK(…)`, `+33…`, `@…`) can run: the guard the
//! CSV needs (a leading `'`) is not needed here and not added.

use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

use super::SynthView;
use super::rows;

enum Cell {
    Text(String),
    Number(f64),
    Empty,
}

/// The most characters a spreadsheet cell holds (Excel's limit).
const MAX_CELL: usize = 32_767;

impl Cell {
    /// A text cell; past [`MAX_CELL`] characters (a tie among hundreds of
    /// post-its for a key factor), cut with "…" rather than no workbook at
    /// all: the CSV and the other formats keep everything.
    fn text(s: impl Into<String>) -> Cell {
        let s: String = s.into();
        if s.chars().count() <= MAX_CELL {
            return Cell::Text(s);
        }
        let mut cut: String = s.chars().take(MAX_CELL - 1).collect();
        cut.push('…');
        Cell::Text(cut)
    }

    fn width(&self) -> usize {
        match self {
            Cell::Text(s) => s.lines().map(|l| l.chars().count()).max().unwrap_or(0),
            Cell::Number(n) => n.to_string().len(),
            Cell::Empty => 0,
        }
    }
}

/// Widest a column gets (characters); longer text wraps.
const MAX_WIDTH: usize = 70;

/// One sheet: a bold header row, frozen and with filters, then the rows.
fn sheet(
    book: &mut Workbook,
    name: &str,
    headers: &[&str],
    rows: Vec<Vec<Cell>>,
) -> Result<(), XlsxError> {
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap();
    // Rows go to disk as they are written (constant memory: 20,000 rows
    // save several times faster), so the layout comes first.
    let ws: &mut Worksheet = book.add_worksheet_with_constant_memory()?;
    ws.set_name(name)?;
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for row in &rows {
        for (c, cell) in row.iter().enumerate() {
            widths[c] = widths[c].max(cell.width());
        }
    }
    for (c, w) in widths.iter().enumerate() {
        // Room for the filter button; long text wraps at MAX_WIDTH.
        ws.set_column_width(c as u16, (*w).clamp(6, MAX_WIDTH) as f64 + 3.0)?;
    }
    ws.set_freeze_panes(1, 0)?;
    ws.autofilter(
        0,
        0,
        rows.len() as u32,
        headers.len().saturating_sub(1) as u16,
    )?;
    for (c, h) in headers.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *h, &bold)?;
    }
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, cell) in row.iter().enumerate() {
            let col = c as u16;
            match cell {
                Cell::Text(s) if s.chars().count() > MAX_WIDTH || s.contains('\n') => {
                    ws.write_string_with_format(r, col, s, &wrap)?;
                }
                Cell::Text(s) => {
                    ws.write_string(r, col, s)?;
                }
                Cell::Number(n) => {
                    ws.write_number(r, col, *n)?;
                }
                Cell::Empty => {}
            }
        }
    }
    Ok(())
}

/// The workbook, as bytes to write to a `.xlsx` file.
pub fn synthesis(v: &SynthView) -> Result<Vec<u8>, XlsxError> {
    let w = &v.lang.s().sheet;
    let syn = v.syn;
    let session = |i: usize| Cell::text(syn.sessions[i].title.clone());
    let date = |i: usize| match syn.sessions[i].date {
        Some(d) => Cell::text(d.to_string()),
        None => Cell::Empty,
    };
    let quadrant = |q: crate::core::model::Quadrant| Cell::text(q.words(v.lang).name);
    let topic = |key: &str, title: &str| Cell::text(format!("{key} — {title}"));
    let mut book = Workbook::new();
    // Level 1: the workbook of 20,000 post-its saves about twice as fast,
    // for a file a little larger (BENCHMARKS.md).
    book.set_zip_compression_level(1);

    let post_its = rows::post_its(v)
        .into_iter()
        .map(|p| {
            vec![
                session(p.source.session),
                date(p.source.session),
                topic(p.topic, p.topic_title),
                Cell::text(p.source.table),
                p.source
                    .round
                    .map_or(Cell::Empty, |r| Cell::Number(f64::from(r))),
                p.source.group.map_or(Cell::Empty, Cell::text),
                quadrant(p.quadrant),
                Cell::text(p.label),
                Cell::text(p.text),
                Cell::Number(p.votes as f64),
                Cell::Number(p.item_votes as f64),
                p.cluster_of.map_or(Cell::Empty, Cell::text),
                if p.key_factor {
                    Cell::text(w.yes)
                } else {
                    Cell::Empty
                },
            ]
        })
        .collect();
    sheet(
        &mut book,
        w.post_its,
        &[
            w.session,
            w.date,
            w.topic,
            w.table,
            w.round,
            w.group,
            w.quadrant,
            w.label,
            w.text,
            w.votes,
            w.item_votes,
            w.cluster_of,
            w.key_factor,
        ],
        post_its,
    )?;

    let key_factors = rows::key_factors(v)
        .into_iter()
        .map(|k| {
            let join = |f: &dyn Fn(&(String, &str, i64)) -> String| {
                k.items.iter().map(f).collect::<Vec<_>>().join("\n")
            };
            vec![
                topic(k.topic, k.topic_title),
                Cell::text(v.key_factor_title(k.quadrant)),
                Cell::text(k.how),
                Cell::text(join(&|i| i.0.clone())),
                Cell::text(join(&|i| i.1.to_string())),
                Cell::text(join(&|i| v.votes(i.2))),
            ]
        })
        .collect();
    sheet(
        &mut book,
        w.key_factors,
        &[w.topic, w.key_factor, w.how, w.label, w.text, w.votes],
        key_factors,
    )?;

    let actions = rows::actions(v)
        .into_iter()
        .map(|a| {
            vec![
                session(a.session),
                topic(a.topic, a.topic_title),
                Cell::text(v.key_factor_title(a.quadrant)),
                Cell::text(a.text),
            ]
        })
        .collect();
    sheet(
        &mut book,
        w.actions,
        &[w.session, w.topic, w.key_factor, w.text],
        actions,
    )?;
    book.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::{Cell, MAX_CELL};

    #[test]
    fn an_over_long_text_is_cut_to_what_a_cell_holds() {
        let Cell::Text(t) = Cell::text("é".repeat(MAX_CELL + 10)) else {
            panic!()
        };
        assert_eq!(t.chars().count(), MAX_CELL);
        assert!(t.ends_with('…'));
        let Cell::Text(t) = Cell::text("court") else {
            panic!()
        };
        assert_eq!(t, "court");
    }
}
