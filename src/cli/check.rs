//! `tablee check PATH...`

use crate::i18n::prelude::*;
use std::path::{Path, PathBuf};

use super::Out;
use crate::core::validate::Severity;
use crate::store::journal;
use crate::store::session_file::{self, Diagnostic, SessionFile};
use crate::store::workspace::data_dir;

/// `tablee check PATH…`
#[derive(Debug, Clone, clap::Args)]
pub struct CheckArgs {
    /// Session folders or .ron files
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub data: super::DataDir,
}

pub fn run(out: &Out, paths: &[PathBuf], dir: &Path) -> super::Done {
    let lang = out.lang;
    let mut report = String::new();
    let (mut errors, mut warnings) = (0usize, 0usize);
    for arg in paths {
        let path = session_file::resolve(arg, dir);
        // The clock actions the merge set aside: said, not counted (the
        // room is where it should be; the facilitators may want to know).
        let mut said = Vec::new();
        let diags = if path.extension().is_some_and(|e| e == "ronl") {
            // A single journal segment.
            let mut loaded = journal::Loaded::default();
            journal::read_file(&path, &mut loaded);
            loaded.diagnostics
        } else {
            let loaded = journal::load(&data_dir(&path));
            let mut diags = match SessionFile::read(&path) {
                Ok(file) => {
                    let mut d = file.diagnostics();
                    d.extend(file.as_diagnostics(crate::i18n::templates::placeholders_in(&file)));
                    d.extend(crate::store::workspace::copied_workshops(&file));
                    said = overridden(&file, &loaded, lang);
                    d
                }
                Err(e) => vec![Diagnostic::from_load_error(&e)],
            };
            diags.extend(loaded.diagnostics);
            diags.extend(crate::store::conflicts::around(&path, &data_dir(&path)));
            diags
        };
        for d in &diags {
            match d.severity {
                Severity::Error => errors += 1,
                Severity::Warning => warnings += 1,
            }
            report.push_str(&d.line(lang));
            report.push('\n');
        }
        for line in &said {
            report.push_str(&format!("{}: {line}\n", path.display()));
        }
        if diags.is_empty() {
            report.push_str(&format!("{}: {}\n", path.display(), lang.s().all_good));
        } else if diags.iter().all(|d| d.severity != Severity::Error) {
            report.push_str(&format!(
                "{}: {}\n",
                path.display(),
                lang.s().usable_with_warnings
            ));
        }
    }
    report.push_str(
        &crate::i18n::cli::Said::Checked {
            files: paths.len(),
            errors,
            warnings,
        }
        .text(lang),
    );
    report.push('\n');
    out.print(&report);
    if errors > 0 {
        // The problems are the output: nothing to add.
        Err(super::Failure::Shown)
    } else {
        Ok(())
    }
}

/// What the merge of the room's clock set aside in this session.
fn overridden(file: &SessionFile, loaded: &journal::Loaded, lang: Lang) -> Vec<String> {
    let board = crate::core::board::Board::from_events(&loaded.events);
    let agenda = &file.session.agenda;
    let planned: Vec<u32> = agenda.iter().map(|p| p.minutes).collect();
    let (base, _) = crate::store::clock_file::load(&data_dir(&file.path), agenda.len());
    let clock = crate::core::clock::Clock::replay(&base, &board.clock_ops, &planned);
    let titles: Vec<String> = agenda.iter().map(|p| p.title.clone()).collect();
    clock
        .overridden
        .iter()
        .map(|o| crate::i18n::clock::overridden(o, &titles, None, lang))
        .collect()
}
