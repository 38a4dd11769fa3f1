//! `tablee list [--dir sessions]`

use crate::i18n::prelude::*;
use std::path::{Path, PathBuf};

use super::Out;
use crate::core::board::Board;
use crate::i18n::store::io_message;
use crate::report::text::{aligned, column_widths};
use crate::store::journal;
use crate::store::session_file::{Diagnostic, SESSION_FILE, SessionFile};

/// `tablee list`
#[derive(Debug, Clone, clap::Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub data: super::DataDir,
}

pub fn run(out: &Out, dir: &Path) -> super::Done {
    let lang = out.lang;
    let s = lang.s();
    // Nothing there yet: say where tablee looked, and how to start.
    let none = format!("{}{}{}\n", dir.display(), lang.colon(), s.no_sessions);
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            out.print(&none);
            return Ok(());
        }
        Err(e) => {
            return Err(super::Failure::line(format!(
                "{}: {}",
                dir.display(),
                io_message(&e, lang)
            )));
        }
    };
    let mut folders: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join(SESSION_FILE).is_file())
        .collect();
    folders.sort();
    if folders.is_empty() {
        out.print(&none);
        return Ok(());
    }
    let mut rows: Vec<[String; 6]> = vec![[
        s.date.to_string(),
        s.title.to_string(),
        s.tables.to_string(),
        format!("{}/{}", s.groups, s.participants),
        s.post_its.to_string(),
        s.path.to_string(),
    ]];
    let mut broken = Vec::new();
    for folder in folders {
        match SessionFile::read(&folder.join(SESSION_FILE)) {
            Ok(f) => {
                let loaded = journal::load(&folder);
                let board = Board::from_events(&loaded.events);
                let notes = board.live_notes().len();
                // As the room sees it: with the set-up's events.
                let merged = crate::core::edits::merge(&f.session, &board.setup_ops);
                let ses = &merged.session;
                let movers = if ses.groups.is_empty() {
                    ses.participants.len()
                } else {
                    ses.groups.len()
                };
                // Sync conflicts and shared device names are marked, and
                // said below the table.
                let mut said = crate::store::conflicts::around(&f.path, &folder);
                said.extend(
                    loaded
                        .diagnostics
                        .into_iter()
                        .filter(|d| loaded.shared_devices.contains(&d.path)),
                );
                let mark = if said.is_empty() { "" } else { "⚠ " };
                broken.extend(said);
                rows.push([
                    ses.date.map(|d| d.to_string()).unwrap_or_default(),
                    format!("{mark}{}", ses.title),
                    ses.tables.len().to_string(),
                    movers.to_string(),
                    notes.to_string(),
                    folder.display().to_string(),
                ]);
            }
            Err(e) => broken.push(Diagnostic::from_load_error(&e)),
        }
    }
    let widths = column_widths(&rows);
    let mut text = String::new();
    for row in &rows {
        text.push_str(&aligned(row, &widths, "  "));
        text.push('\n');
    }
    out.print(&text);
    if !broken.is_empty() {
        let mut err = String::new();
        for d in &broken {
            err.push_str(&d.line(lang));
            err.push('\n');
        }
        out.eprint(&err);
    }
    Ok(())
}
