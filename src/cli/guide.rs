//! `tablee` with no arguments: a short guide around the built-in demo.

use crate::i18n::cli::Said;
use crate::i18n::prelude::*;
use std::path::Path;

use super::Out;
use crate::i18n::store::io_message;
use crate::report::text::{aligned, column_widths};
use crate::store::atomic;
use crate::store::session_file::SESSION_FILE;

/// The Roubaix World Café (seed 002), built into the binary.
pub const DEMO_RON: &str = include_str!("../../examples/roubaix-2024-world-cafe.ron");

/// The demo's folder name inside the data folder.
pub const DEMO_FOLDER: &str = "demo-roubaix-2024";

/// Copies the demo into `dir` on first use; reuses it afterwards (it may
/// hold post-its and clock state by then).
pub fn ensure_demo(dir: &Path) -> std::io::Result<std::path::PathBuf> {
    let folder = dir.join(DEMO_FOLDER);
    let path = folder.join(SESSION_FILE);
    if !path.exists() {
        atomic::create_dir_all(&folder)?;
        match atomic::create_new(&path, DEMO_RON.as_bytes()) {
            Ok(()) => {}
            // Another tablee created it meanwhile: use theirs.
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
    }
    Ok(folder)
}

pub fn run(out: &Out, dir: &Path) -> super::Done {
    let lang = out.lang;
    let folder = match ensure_demo(dir) {
        Ok(f) => f,
        Err(e) => {
            return Err(super::Failure::line(format!(
                "{}: {}",
                dir.display(),
                io_message(&e, lang)
            )));
        }
    };
    let d = folder.display();
    let commands = crate::i18n::cli::guide_commands(lang, &d.to_string());
    let rows: Vec<Vec<String>> = commands
        .iter()
        .map(|(c, what)| vec![c.clone(), what.to_string()])
        .collect();
    let widths = column_widths(&rows);
    let mut text = format!(
        "{}\n\n{} {d}\n\n",
        lang.s().demo_intro,
        Said::DemoHeading.text(lang),
    );
    for row in &rows {
        text.push_str(&format!("  {}\n", aligned(row, &widths, "   ")));
    }
    out.print(&text);
    Ok(())
}
