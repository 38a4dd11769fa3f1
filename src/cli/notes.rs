//! `tablee notes SESSION [--table KEY] [--quadrant Q] [--format text|csv]`

use std::path::Path;
use std::process::ExitCode;

use super::{Out, open_workspace, print_diagnostics};
use crate::core::model::Quadrant;
use crate::store::device::Device;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum NotesFormat {
    Text,
    Csv,
}

/// `tablee notes SESSION`
#[derive(Debug, Clone, clap::Args)]
pub struct NotesArgs {
    #[command(flatten)]
    pub at: super::SessionAt,
    /// Only this table
    #[arg(long)]
    pub table: Option<String>,
    /// Only this quadrant (s w o t, or a f o r)
    #[arg(long, value_parser = super::parse_quadrant)]
    pub quadrant: Option<Quadrant>,
    /// Output format
    #[arg(long, value_enum, default_value_t = NotesFormat::Text)]
    pub format: NotesFormat,
}

pub fn run(
    out: &Out,
    session: &Path,
    dir: &Path,
    table: Option<&str>,
    quadrant: Option<Quadrant>,
    format: NotesFormat,
) -> ExitCode {
    let Some(ws) = open_workspace(out, session, dir) else {
        return ExitCode::FAILURE;
    };
    let notes: Vec<_> = ws
        .board
        .live_notes()
        .into_iter()
        .filter(|n| table.is_none_or(|t| n.table == t))
        .filter(|n| quadrant.is_none_or(|q| n.quadrant == q))
        .collect();
    let opt = |v: Option<String>| v.unwrap_or_else(|| "-".into());
    let text = match format {
        NotesFormat::Text => {
            let mut s = String::new();
            for n in &notes {
                s.push_str(&format!(
                    "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
                    n.id,
                    n.table,
                    opt(n.round.map(|r| r.to_string())),
                    opt(n.group.clone()),
                    n.quadrant,
                    n.votes(),
                    Device::short(n.device),
                    n.text.replace('\n', " ⏎ ")
                ));
            }
            s
        }
        NotesFormat::Csv => {
            let mut w = ::csv::Writer::from_writer(Vec::new());
            let header = [
                "id", "table", "round", "group", "quadrant", "votes", "device", "text",
            ];
            w.write_record(header).expect("in-memory CSV");
            for n in &notes {
                w.write_record([
                    n.id.to_string(),
                    n.table.clone(),
                    n.round.map(|r| r.to_string()).unwrap_or_default(),
                    n.group.clone().unwrap_or_default(),
                    n.quadrant.to_string(),
                    n.votes().to_string(),
                    n.device.to_string(),
                    n.text.clone(),
                ])
                .expect("in-memory CSV");
            }
            String::from_utf8(w.into_inner().expect("in-memory CSV")).expect("UTF-8")
        }
    };
    out.print(&text);
    // Journal problems go to stderr so that the output stays clean for scripts.
    print_diagnostics(out, &ws.loaded.diagnostics);
    ExitCode::SUCCESS
}
