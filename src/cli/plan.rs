//! `tablee plan SESSION [--format text|md|csv]`

use crate::i18n::prelude::*;
use std::path::Path;

use super::Out;
use crate::core::plan;
use crate::core::validate::Severity;
use crate::report::{self, PlanView};
use crate::store::session_file;

/// `tablee plan SESSION`
#[derive(Debug, Clone, clap::Args)]
pub struct PlanArgs {
    #[command(flatten)]
    pub at: super::SessionAt,
    /// Output format [html: a page to print, with one card per person, in the session's exports/ folder]
    #[arg(long, value_enum, default_value_t = PlanFormat::Text)]
    pub format: PlanFormat,
    /// Write here (replaced atomically); `-` for stdout
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
    /// Order of the cards of people: by family name, given name, or first table
    #[arg(long, value_enum, default_value_t = CardSort::Family)]
    pub sort: CardSort,
}

pub fn run(
    out: &Out,
    arg: &Path,
    format: PlanFormat,
    dir: &Path,
    (report_lang, sort): (Option<crate::i18n::Lang>, CardSort),
    output: Option<&Path>,
) -> super::Done {
    let path = session_file::resolve(arg, dir);
    // The session as the room sees it, its set-up's events included.
    let (ws, _warnings) = match crate::store::workspace::Workspace::open(&path) {
        Ok(ok) => ok,
        Err(diags) => {
            return Err(super::Failure::diagnostics(&diags, out.lang));
        }
    };
    // People seated from the register are named for the room's cards.
    let register = super::register_for(&path, &ws.file.session, false, out.lang)?;
    let session = &crate::i18n::register::shown(
        &ws.file.session,
        &register,
        report_lang.unwrap_or(ws.file.session.lang),
    );
    let schedule = match plan::schedule(session) {
        Ok(s) => s,
        Err(e) => {
            // Validation refuses these cases first; keep a clear message anyway.
            return Err(super::Failure::line(format!(
                "{}: {}",
                path.display(),
                e.message(out.lang)
            )));
        }
    };
    let warnings: Vec<_> = crate::i18n::templates::validate(session)
        .into_iter()
        .filter(|p| p.severity == Severity::Warning)
        .collect();
    // The plan is a document for the room: in the workshop's language
    // unless --lang asks otherwise.
    let view = PlanView::sorted(
        session,
        &schedule,
        &warnings,
        report_lang.unwrap_or(session.lang),
        sort.into(),
    );
    let text = match format {
        PlanFormat::Text => report::text::plan(&view),
        PlanFormat::Md => report::markdown::plan(&view),
        PlanFormat::Csv => report::csv::plan(&view),
        PlanFormat::Html => report::html::plan(&view),
    };
    // A page to print goes to the session's exports/ folder; the rest to
    // stdout; -o chooses.
    let target = match (output, format) {
        (Some(p), _) if p == Path::new("-") => None,
        (Some(p), _) => Some(p.to_path_buf()),
        (None, PlanFormat::Html) => Some(super::export_path(
            &crate::store::workspace::data_dir(&path),
            &session.title,
            "-plan",
            view.lang,
            "html",
        )),
        (None, _) => None,
    };
    super::emit(out, target.as_deref(), text.as_bytes())
}

/// Output formats of `tablee plan`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PlanFormat {
    Text,
    Md,
    Csv,
    /// Print-ready: the seating per round, then one card per person.
    Html,
}

/// The order of the cards to cut out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum CardSort {
    /// By family name (the last word of the name), accents aside.
    #[default]
    Family,
    /// By given name (the first word).
    Given,
    /// By the table of the first round, then family name.
    Table,
}

impl From<CardSort> for crate::report::CardSort {
    fn from(s: CardSort) -> crate::report::CardSort {
        match s {
            CardSort::Family => crate::report::CardSort::Family,
            CardSort::Given => crate::report::CardSort::Given,
            CardSort::Table => crate::report::CardSort::Table,
        }
    }
}
