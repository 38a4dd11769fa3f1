//! `tablee plan SESSION [--format text|md|csv]`

use crate::i18n::prelude::*;
use std::path::Path;

use super::Out;
use crate::core::plan;
use crate::core::validate::Severity;
use crate::report::{self, PlanFormat, PlanView};
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
    #[arg(long, value_enum, default_value_t = crate::report::CardSort::Family)]
    pub sort: crate::report::CardSort,
}

pub fn run(
    out: &Out,
    arg: &Path,
    format: PlanFormat,
    dir: &Path,
    (report_lang, sort): (Option<crate::i18n::Lang>, crate::report::CardSort),
    output: Option<&Path>,
) -> super::Done {
    let path = session_file::resolve(arg, dir);
    let (file, _warnings) = match session_file::load_valid(&path) {
        Ok(ok) => ok,
        Err(diags) => {
            return Err(super::Failure::diagnostics(&diags, out.lang));
        }
    };
    let session = &file.session;
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
        sort,
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
