//! The follow-up as a workbook: one sheet of proposals (headers in the
//! report's language), one of the summary by theme and status.

use crate::i18n::prelude::*;
use rust_xlsxwriter::{Workbook, XlsxError};

use super::View;
use crate::report::xlsx::{Cell, Column, sheet};

pub fn render(v: &View) -> Result<Vec<u8>, XlsxError> {
    let w = v.lang.followup();
    let lang = v.lang;
    let mut book = Workbook::new();
    let headers: [(&str, bool); 17] = [
        (w.id, false),
        (w.session, false),
        (w.theme, false),
        (w.status, false),
        (w.progress, true),
        (w.proposal, true),
        (w.description, true),
        (w.response, true),
        (w.owner, false),
        (w.condition, true),
        (w.due, false),
        (w.origin, true),
        (w.from_post_its, true),
        (w.created, false),
        (w.last_change, false),
        (w.history, true),
        (w.deadline, true),
    ];
    let capitalised: Vec<String> = headers
        .iter()
        .map(|(h, _)| crate::core::text::capitalised(h))
        .collect();
    let columns: Vec<Column> = headers
        .iter()
        .zip(&capitalised)
        .map(|((_, free), h)| Column(h, *free))
        .collect();
    let rows = super::csv::rows(v)
        .into_iter()
        .zip(items(v))
        .map(|(r, status)| {
            r.into_iter()
                .enumerate()
                .map(|(c, text)| match c {
                    // The status as a word, never a code, in a workbook.
                    3 => Cell::text(crate::i18n::followup::status_signed(status, lang)),
                    _ if text.is_empty() => Cell::Empty,
                    _ => Cell::text(text),
                })
                .collect::<Vec<Cell>>()
        });
    sheet(
        &mut book,
        &crate::core::text::capitalised(w.proposals),
        &columns,
        rows,
    )?;

    let g = &v.glance;
    let words: Vec<String> = g
        .columns
        .iter()
        .map(|c| crate::i18n::followup::status_signed(*c, lang))
        .collect();
    let mut summary: Vec<Column> = vec![Column(w.theme, false)];
    summary.extend(words.iter().map(|s| Column(s, false)));
    summary.push(Column(w.total, false));
    let mut rows: Vec<Vec<Cell>> = g
        .rows
        .iter()
        .map(|(name, counts, total)| {
            let mut r = vec![Cell::text(name.clone())];
            r.extend(counts.iter().map(|n| Cell::Number(*n as u64)));
            r.push(Cell::Number(*total as u64));
            r
        })
        .collect();
    let mut last = vec![Cell::text(w.total)];
    last.extend(g.totals.iter().map(|n| Cell::Number(*n as u64)));
    last.push(Cell::Number(g.total as u64));
    rows.push(last);
    sheet(&mut book, w.at_a_glance, &summary, rows)?;
    book.save_to_buffer()
}

fn items(v: &View) -> Vec<Option<crate::core::proposal::Status>> {
    v.themes
        .iter()
        .flat_map(|t| {
            t.groups
                .iter()
                .flat_map(|g| g.items.iter().map(|i| i.status))
        })
        .collect()
}
