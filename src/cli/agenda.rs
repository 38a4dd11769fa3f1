//! `tablee agenda SESSION [--format text|md|html]`: the facilitators'
//! run-sheet (« déroulé »): each phase with its start and end time, who
//! leads it, what to say and do, its materials, and for rounds who sits
//! where.

use std::path::Path;

use crate::report::runsheet;
use crate::store::session_file;

/// `tablee agenda SESSION`
#[derive(Debug, Clone, clap::Args)]
pub struct AgendaArgs {
    #[command(flatten)]
    pub at: super::SessionAt,
    /// Output format [html: a page to print, in the session's exports/ folder]
    #[arg(long, value_enum, default_value_t = AgendaFormat::Text)]
    pub format: AgendaFormat,
    /// Write here (replaced atomically); `-` for stdout
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
}

/// Output formats of `tablee agenda`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum AgendaFormat {
    Text,
    Md,
    /// Print-ready, A4.
    Html,
}

pub fn run(
    out: &super::Out,
    a: &AgendaArgs,
    report_lang: Option<crate::i18n::Lang>,
) -> super::Done {
    let path = session_file::resolve(&a.at.session, &a.at.data.dir);
    // The session as the room sees it, its set-up's events included.
    let (ws, _warnings) = crate::store::workspace::Workspace::open(&path)
        .map_err(|diags| super::Failure::diagnostics(&diags, out.lang))?;
    let session = &ws.file.session;
    let view = runsheet::view(session, report_lang.unwrap_or(session.lang));
    let text = match a.format {
        AgendaFormat::Text => runsheet::text::render(&view),
        AgendaFormat::Md => runsheet::markdown::render(&view),
        AgendaFormat::Html => runsheet::html::render(&view),
    };
    let target = match (a.output.as_deref(), a.format) {
        (Some(p), _) if p == Path::new("-") => None,
        (Some(p), _) => Some(p.to_path_buf()),
        (None, AgendaFormat::Html) => Some(super::export_path(
            &crate::store::workspace::data_dir(&path),
            &session.title,
            "-deroule",
            view.lang,
            "html",
        )),
        (None, _) => None,
    };
    super::emit(out, target.as_deref(), text.as_bytes())
}
