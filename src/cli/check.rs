//! `tablee check PATH...`

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::Out;
use crate::core::validate::Severity;
use crate::store::session_file::{self, Diagnostic, SessionFile};

pub fn run(out: &Out, paths: &[PathBuf], dir: &Path) -> ExitCode {
    let lang = out.lang;
    let mut report = String::new();
    let (mut errors, mut warnings) = (0usize, 0usize);
    for arg in paths {
        let path = session_file::resolve(arg, dir);
        let diags = match SessionFile::read(&path) {
            Ok(file) => file.diagnostics(lang),
            Err(e) => vec![Diagnostic::from_load_error(&e, lang)],
        };
        for d in &diags {
            match d.severity {
                Severity::Error => errors += 1,
                Severity::Warning => warnings += 1,
            }
            report.push_str(&d.line(lang));
            report.push('\n');
        }
        if diags.iter().all(|d| d.severity != Severity::Error) {
            report.push_str(&format!("{}: {}\n", path.display(), lang.s().all_good));
        }
    }
    report.push_str(&lang.pick(
        format!(
            "{} file(s) checked: {errors} error(s), {warnings} warning(s)\n",
            paths.len()
        ),
        format!(
            "{} fichier(s) vérifié(s) : {errors} erreur(s), {warnings} avertissement(s)\n",
            paths.len()
        ),
    ));
    out.print(&report);
    if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
