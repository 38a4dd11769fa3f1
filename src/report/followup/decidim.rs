//! The follow-up in the files Decidim's admin imports, as its own import
//! code reads them (Decidim 0.28–0.30, files read in docs/decidim.md):
//!
//! - **proposals** (`--format decidim-proposals`): the proposals
//!   component's « Import proposals from a file », CSV with `;` between
//!   cells, a header row, `title/LOCALE` and `body/LOCALE` required (the
//!   organisation's default locale), both not blank;
//! - **results** (`--format decidim-results`): the accountability
//!   component's « Import results from a file », CSV with `;`,
//!   `title/LOCALE` and `description/LOCALE` not blank, `start_date` and
//!   `end_date` as dates, `progress` a number from 0 to 100; no `id` (a
//!   value there would update the result of that number), no `status/id`
//!   nor `proposal_urls` (numbers only the platform knows: the admin sets
//!   them after the import).
//!
//! Every cell is guarded against spreadsheet formulas; anonymous, as the
//! other formats.

use super::View;
use crate::core::proposal::{Progress, Proposal, Status};
use crate::i18n::prelude::*;

/// The proposals, one row each: title, body.
pub fn proposals(v: &View) -> String {
    let locale = v.lang.code();
    let mut w = writer();
    w.write_record([format!("title/{locale}"), format!("body/{locale}")])
        .expect("in-memory CSV");
    for p in &v.data.proposals {
        let body = if p.description.trim().is_empty() {
            p.text.clone()
        } else {
            p.description.clone()
        };
        w.write_record([cell(&p.text), cell(&body)])
            .expect("in-memory CSV");
    }
    finish(w)
}

/// The council's results: what it accepted (as is, with changes, or sent
/// on), one row each, its answer as the description, the day it was
/// answered and its due date, its progress.
pub fn results(v: &View) -> String {
    let locale = v.lang.code();
    let mut w = writer();
    w.write_record([
        format!("title/{locale}"),
        format!("description/{locale}"),
        "start_date".to_string(),
        "end_date".to_string(),
        "progress".to_string(),
    ])
    .expect("in-memory CSV");
    for p in v.data.proposals.iter().filter(|p| carried(p)) {
        let description = super::fields(p, v.lang)
            .into_iter()
            .map(|(label, value)| format!("{label}{}{value}", v.lang.colon()))
            .collect::<Vec<_>>()
            .join("\n");
        let description = if description.trim().is_empty() {
            crate::i18n::followup::status_signed(p.status, v.lang)
        } else {
            description
        };
        let answered = p
            .history
            .iter()
            .find(|c| c.response.status.is_some())
            .map(|c| c.at.to_zoned(jiff::tz::TimeZone::UTC).date().to_string())
            .unwrap_or_default();
        let end = p
            .due
            .map(|d| crate::core::deadline::last_day(d).to_string())
            .unwrap_or_default();
        let progress = match p.progress_state() {
            Some(Progress::Done) => "100",
            Some(Progress::InProgress) => "50",
            None => "0",
        };
        w.write_record([
            cell(&p.text),
            cell(&description),
            answered,
            end,
            progress.to_string(),
        ])
        .expect("in-memory CSV");
    }
    finish(w)
}

/// Accepted, accepted with changes, or sent on: what the council carries.
pub fn carried(p: &Proposal) -> bool {
    matches!(
        p.status,
        Some(Status::Accepted | Status::Modified | Status::Escalated)
    )
}

fn writer() -> ::csv::Writer<Vec<u8>> {
    ::csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(Vec::new())
}

fn cell(s: &str) -> String {
    crate::report::csv::guard(s)
}

fn finish(w: ::csv::Writer<Vec<u8>>) -> String {
    String::from_utf8(w.into_inner().expect("in-memory CSV")).expect("CSV of UTF-8 strings")
}
