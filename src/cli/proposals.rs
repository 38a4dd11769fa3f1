//! `tablee proposals SESSION... [--format …] [--status S] [--theme T] [--since DATE] [-o FILE]`

use std::path::{Path, PathBuf};

use super::Out;
use crate::core::proposal::{Filter, StatusInput};
use crate::i18n::Lang;
use crate::i18n::followup::Said;
use crate::report::followup;

/// `tablee proposals SESSION…`
#[derive(Debug, Clone, clap::Args)]
pub struct ProposalsArgs {
    /// One or more sessions (a council's year): folders, session.ron files, or names inside --dir
    #[arg(required = true, value_name = "SESSION")]
    pub sessions: Vec<PathBuf>,
    /// Output format [md, txt, csv, json, decidim-proposals, decidim-results: stdout; html, xlsx: the first session's exports/ folder]
    #[arg(long, value_enum, default_value_t = Format::Md)]
    pub format: Format,
    /// Write here (replaced atomically); `-` for stdout
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Only these statuses (repeat it); `awaiting` for those without an answer yet
    #[arg(long, value_name = "STATUS")]
    pub status: Vec<String>,
    /// Only this theme
    #[arg(long, value_name = "TEXT")]
    pub theme: Option<String>,
    /// Only what was proposed or answered on or after this day, marked as new
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub since: Option<String>,
    /// Late and due soon as of this day instead of today (what will be late on the day of the council)
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub on: Option<String>,
    /// Print even when some journals cannot be read; the report then says which are missing
    #[arg(long)]
    pub partial: bool,
    /// List who came to the sessions by name after the counts (from the register and the door), for the council's own records: without it no participant is named
    #[arg(long)]
    pub names: bool,
    #[command(flatten)]
    pub data: super::DataDir,
}

/// `report_lang`: the global `--lang`, if given (else the session's own).
pub fn run(
    out: &Out,
    a: &ProposalsArgs,
    report_lang: Option<Lang>,
    tz: &jiff::tz::TimeZone,
) -> super::Done {
    let lang = out.lang;
    let fail = |msg: String| super::Failure::line(format!("tablee proposals: {msg}"));
    let mut filter = Filter::default();
    for typed in &a.status {
        let key: String = crate::core::text::fold(typed)
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect();
        if ["awaiting", "enattente", "sansreponse", "none"].contains(&key.as_str()) {
            filter.statuses.push(None);
            continue;
        }
        match StatusInput::parse(typed) {
            Some(StatusInput::Answer(s)) => filter.statuses.push(Some(s)),
            Some(StatusInput::Progress(p)) => filter.progress.push(p),
            None => return Err(fail(Said::BadStatus { typed }.text(lang))),
        }
    }
    if let Some(typed) = a.since.as_deref() {
        match typed.trim().parse::<jiff::civil::Date>() {
            Ok(d) => filter.since = Some(d),
            Err(_) => {
                return Err(fail(
                    Said::BadDate {
                        option: "--since",
                        typed,
                    }
                    .text(lang),
                ));
            }
        }
    }
    filter.theme = a.theme.clone();
    let today = match a.on.as_deref() {
        None => jiff::Timestamp::now().to_zoned(tz.clone()).date(),
        Some(typed) => typed.trim().parse::<jiff::civil::Date>().map_err(|_| {
            fail(
                Said::BadDate {
                    option: "--on",
                    typed,
                }
                .text(lang),
            )
        })?,
    };

    let spaces = super::open_year(out, &a.sessions, &a.data.dir, Said::NoReport.text(lang))?;
    let missing = super::readable(out, &spaces, a.partial)?;
    let inputs = super::proposals_of(&spaces);
    let report_lang = report_lang.unwrap_or(spaces[0].file.session.lang);
    let mut view = followup::build(&inputs, &filter, report_lang, tz);
    view.late = followup::late(&inputs, &filter, report_lang, tz, today);
    // Who came to the year's sessions, counted: no name.
    let titles: Vec<String> = spaces
        .iter()
        .map(|w| w.file.session.title.clone())
        .collect();
    view.attendance = super::attendance(out, &spaces, Default::default(), a.names)
        .and_then(|a| crate::report::attendance::of(&a, &titles, report_lang));
    view.incomplete = (!missing.is_empty()).then(|| {
        crate::i18n::cli::Said::PrintedPartial {
            paths: &missing.join(", "),
        }
        .text(report_lang)
    });
    let bytes = match render(&view, a.format) {
        Ok(b) => b,
        Err(e) => {
            let reason = e.to_string();
            return Err(fail(
                crate::i18n::cli::Said::WorkbookFailed { reason: &reason }.text(lang),
            ));
        }
    };
    let target: Option<PathBuf> = match (a.output.as_deref(), a.format) {
        (Some(p), _) if p == Path::new("-") => None,
        (Some(p), _) => Some(p.to_path_buf()),
        (None, Format::Html | Format::Xlsx) => {
            let ws = &spaces[0];
            Some(super::export_path(
                &ws.dir,
                &ws.file.session.title,
                crate::i18n::followup::export_suffix(report_lang),
                report_lang,
                a.format.extension(),
            ))
        }
        (None, _) => None,
    };
    super::emit(out, target.as_deref(), &bytes)
}

/// The report in one format.
pub fn render(
    view: &followup::View,
    format: Format,
) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    Ok(match format {
        Format::Md => followup::markdown::render(view).into_bytes(),
        Format::Html => followup::html::render(view).into_bytes(),
        Format::Txt => followup::text::render(view).into_bytes(),
        Format::Csv => followup::csv::render(view).into_bytes(),
        Format::Xlsx => followup::xlsx::render(view)?,
        Format::Json => followup::json::render(view).into_bytes(),
        Format::DecidimProposals => followup::decidim::proposals(view).into_bytes(),
        Format::DecidimResults => followup::decidim::results(view).into_bytes(),
    })
}

/// Output formats of `tablee proposals`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Md,
    /// Print-ready, A4.
    Html,
    Txt,
    /// One row per proposal (RFC 4180, for scripts).
    Csv,
    /// A workbook: one row per proposal, and the summary.
    Xlsx,
    /// Open data: one object per proposal (docs/proposals.schema.json), anonymous.
    Json,
    /// The file Decidim's admin imports as proposals (CSV, `;`: title and body)
    DecidimProposals,
    /// The file Decidim's admin imports as accountability results (CSV, `;`: what the council carries, its answer, dates and progress)
    DecidimResults,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Html => "html",
            Format::Txt => "txt",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::DecidimProposals | Format::DecidimResults => "csv",
            Format::Xlsx => "xlsx",
        }
    }
}
