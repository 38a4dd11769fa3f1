//! `tablee notes SESSION [--table KEY] [--quadrant Q] [--format text|csv]`

use std::path::Path;

use super::{Out, open_workspace, print_diagnostics};
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
    /// Only this column: a quadrant (s w o t, or a f o r), or a column's
    /// number, letter or name
    #[arg(long = "in", visible_alias = "quadrant", value_name = "COLUMN")]
    pub column: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = NotesFormat::Text)]
    pub format: NotesFormat,
}

pub fn run(
    out: &Out,
    session: &Path,
    dir: &Path,
    table: Option<&str>,
    column: Option<&str>,
    format: NotesFormat,
) -> super::Done {
    let ws = open_workspace(out, session, dir)?;
    super::readable(out, [&ws], false)?;
    let s = &ws.file.session;
    let code = |n: &crate::core::board::Note| s.board_at(&n.table).code(n.quadrant);
    let notes: Vec<_> = ws
        .board
        .live_notes()
        .into_iter()
        .filter(|n| table.is_none_or(|t| n.table == t))
        .filter(|n| column.is_none_or(|c| s.board_at(&n.table).parse_column(c) == Some(n.quadrant)))
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
                    code(n),
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
                    code(n),
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
    Ok(())
}
