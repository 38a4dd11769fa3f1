//! `tablee synth SESSION... [--format md|html|txt|csv] [-o FILE] [--topic KEY]`

use crate::i18n::prelude::*;
use std::path::{Path, PathBuf};

use super::{Out, print_diagnostics};
use crate::core::synth::{self, Input};
use crate::i18n::Lang;
use crate::i18n::cli::Said;
use crate::report::{self, SynthView};
use crate::store::session_file;
use crate::store::workspace::Workspace;

/// `tablee synth SESSION…`
#[derive(Debug, Clone, clap::Args)]
pub struct SynthArgs {
    /// One or more sessions (folders, session.ron files, or names inside --dir); topics with the same key are merged
    #[arg(required = true, value_name = "SESSION")]
    pub sessions: Vec<PathBuf>,
    /// Output format [md, txt, csv, csv-actions, csv-forms: stdout; html, xlsx: the session's exports/ folder]
    #[arg(long, value_enum, default_value_t = SynthFormat::Md)]
    pub format: SynthFormat,
    /// Write here (replaced atomically); `-` for stdout
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Only this topic
    #[arg(long, value_name = "KEY")]
    pub topic: Option<String>,
    /// Start with a UTF-8 byte-order mark (for spreadsheet tools reading the CSV)
    #[arg(long)]
    pub bom: bool,
    /// Print even when some journals cannot be read; the document then says which are missing
    #[arg(long)]
    pub partial: bool,
    /// Who came, counted by this column of the council's register
    #[arg(long, value_enum, default_value_t = CompositionBy::Role)]
    pub composition_by: CompositionBy,
    /// List who came by name after the counts (from the register and the door), for the council's own records: without it no participant is named
    #[arg(long)]
    pub names: bool,
    #[command(flatten)]
    pub data: super::DataDir,
}

/// `report_lang`: the global `--lang`, if given (else the session's own).
pub fn run(out: &Out, args: &SynthArgs, report_lang: Option<Lang>) -> super::Done {
    let lang = out.lang;
    let mut spaces: Vec<(Workspace, crate::core::clock::Clock)> = Vec::new();
    // Sessions that could not be read: their problems, said with the
    // failure.
    let mut failed: Vec<String> = Vec::new();
    for arg in &args.sessions {
        let path = session_file::resolve(arg, &args.data.dir);
        match Workspace::open(&path) {
            Ok((ws, warnings)) => {
                print_diagnostics(out, &warnings);
                // The same workshop twice (a replica): its journals are
                // merged into the first, nothing lost and nothing twice.
                if let Some((first, clock)) = spaces
                    .iter_mut()
                    .find(|(w, _)| w.file.session.id == ws.file.session.id)
                {
                    let same_folder = std::fs::canonicalize(&ws.dir).ok()
                        == std::fs::canonicalize(&first.dir).ok();
                    let (this, that) = (path.display(), first.file.path.display());
                    let (this, that) = (this.to_string(), that.to_string());
                    let said = if same_folder {
                        Said::SameSession {
                            this: &this,
                            that: &that,
                        }
                    } else {
                        Said::SameWorkshop {
                            this: &this,
                            that: &that,
                        }
                    };
                    out.eprint(&format!("{}\n", said.text(lang)));
                    let said = first.merge_replica(ws.file);
                    print_diagnostics(out, &said);
                    *clock = first.clock().0;
                    continue;
                }
                let (clock, diag) = ws.clock();
                if let Some(d) = diag {
                    print_diagnostics(out, &[d]);
                }
                spaces.push((ws, clock));
            }
            Err(diags) => failed.extend(diags.iter().map(|d| d.line(lang))),
        }
    }
    if !failed.is_empty() || spaces.is_empty() {
        // A synthesis missing a session would mislead; nothing is written.
        failed.push(Said::NoSynthesis.text(lang));
        return Err(super::Failure::Said(failed));
    }
    if let Some(key) = args.topic.as_deref() {
        let known: Vec<String> = spaces
            .iter()
            .flat_map(|(w, _)| w.file.session.topics.iter().map(|t| t.key.clone()))
            .collect();
        if !known.iter().any(|k| k == key) {
            let known = known.join(", ");
            return Err(super::Failure::line(format!(
                "{}\n",
                Said::UnknownTopic { key, known: &known }.text(lang)
            )));
        }
    }

    let missing = super::readable(out, spaces.iter().map(|(ws, _)| ws), args.partial)?;
    let inputs: Vec<Input> = spaces
        .iter()
        .map(|(ws, clock)| ws.synth_input(clock))
        .collect();
    let mut syn = synth::build(&inputs, args.topic.as_deref(), jiff::Timestamp::now());
    syn.missing = missing;
    syn.attendance = super::attendance(
        out,
        spaces.iter().map(|(ws, _)| ws),
        args.composition_by.into(),
        args.names,
    );
    let view = SynthView {
        syn: &syn,
        lang: report_lang.unwrap_or(spaces[0].0.file.session.lang),
    };
    let mut bytes = match render(&view, args.format) {
        Ok(b) => b,
        Err(e) => {
            let reason = e.to_string();
            return Err(super::Failure::line(format!(
                "{}\n",
                Said::WorkbookFailed { reason: &reason }.text(lang)
            )));
        }
    };
    if args.bom && args.format != SynthFormat::Xlsx {
        bytes.splice(0..0, report::csv::BOM.bytes());
    }

    let target: Option<PathBuf> = match (args.output.as_deref(), args.format) {
        (Some(p), _) if p == Path::new("-") => None,
        (Some(p), _) => Some(p.to_path_buf()),
        // A workbook is a file to open, never text for the terminal.
        (None, SynthFormat::Html | SynthFormat::Xlsx) => {
            let ws = &spaces[0].0;
            Some(super::export_path(
                &ws.dir,
                &ws.file.session.title,
                "",
                view.lang,
                args.format.extension(),
            ))
        }
        (None, _) => None,
    };
    super::emit(out, target.as_deref(), &bytes)
}

/// The synthesis in one format.
pub fn render(
    view: &SynthView,
    format: SynthFormat,
) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    Ok(match format {
        SynthFormat::Md => report::markdown::synthesis(view).into_bytes(),
        SynthFormat::Html => report::html::synthesis(view).into_bytes(),
        SynthFormat::Txt => report::text::synthesis(view).into_bytes(),
        SynthFormat::Csv => report::csv::synthesis(view).into_bytes(),
        SynthFormat::CsvActions => report::csv::actions(view).into_bytes(),
        SynthFormat::CsvForms => report::csv::forms(view).into_bytes(),
        SynthFormat::Xlsx => report::xlsx::synthesis(view)?,
    })
}

/// Output formats of `tablee synth`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SynthFormat {
    Md,
    Html,
    Txt,
    /// One row per post-it (RFC 4180, for scripts).
    Csv,
    /// One row per plenary action (RFC 4180, for scripts).
    CsvActions,
    /// One row per answer of every questionnaire's question, with its count and share (RFC 4180, for scripts).
    CsvForms,
    /// A workbook of post-its, key factors and actions, for spreadsheets.
    Xlsx,
}

impl SynthFormat {
    pub fn extension(self) -> &'static str {
        match self {
            SynthFormat::Md => "md",
            SynthFormat::Html => "html",
            SynthFormat::Txt => "txt",
            SynthFormat::Csv | SynthFormat::CsvActions | SynthFormat::CsvForms => "csv",
            SynthFormat::Xlsx => "xlsx",
        }
    }
}

/// The register's columns the attendance can be counted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CompositionBy {
    Role,
    Organisation,
    /// Neighbourhood or commune.
    Place,
}

impl From<CompositionBy> for crate::core::attendance::By {
    fn from(c: CompositionBy) -> Self {
        match c {
            CompositionBy::Role => Self::Role,
            CompositionBy::Organisation => Self::Organisation,
            CompositionBy::Place => Self::Place,
        }
    }
}
