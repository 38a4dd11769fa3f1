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
        let diags = if path.extension().is_some_and(|e| e == "ronl") {
            // A single journal segment.
            let mut loaded = journal::Loaded::default();
            journal::read_file(&path, &mut loaded);
            loaded.diagnostics
        } else {
            let mut diags = match SessionFile::read(&path) {
                Ok(file) => {
                    let mut d = file.diagnostics();
                    d.extend(file.as_diagnostics(crate::i18n::templates::placeholders_in(&file)));
                    d.extend(crate::store::workspace::copied_workshops(&file));
                    d
                }
                Err(e) => vec![Diagnostic::from_load_error(&e)],
            };
            diags.extend(journal::load(&data_dir(&path)).diagnostics);
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
