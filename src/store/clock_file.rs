//! `clock.ron`: the facilitator's round clock, replaced atomically.

use std::path::{Path, PathBuf};

use super::atomic;
use super::locate::Pos;
use super::session_file::{Diagnostic, io_message};
use crate::core::clock::Clock;
use crate::core::validate::Severity;
use crate::i18n::Lang;

pub const CLOCK_FILE: &str = "clock.ron";

pub fn path(session_dir: &Path) -> PathBuf {
    session_dir.join(CLOCK_FILE)
}

/// The saved clock; a fresh one when none was saved. A damaged file is
/// reported and left alone (a fresh clock is used; the file is replaced only
/// at the next save, which the caller may refuse to do).
pub fn load(session_dir: &Path, phases: usize, lang: Lang) -> (Clock, Option<Diagnostic>) {
    let p = path(session_dir);
    let text = match std::fs::read_to_string(&p) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (Clock::new(phases), None),
        Err(e) => {
            let d = Diagnostic {
                path: p,
                pos: None,
                severity: Severity::Warning,
                message: io_message(&e, lang),
            };
            return (Clock::new(phases), Some(d));
        }
    };
    match ron::from_str::<Clock>(&text) {
        Ok(mut c) => {
            if c.phase >= phases {
                c = Clock::new(phases);
            }
            c.actual.resize(phases, None);
            (c, None)
        }
        Err(e) => {
            let d = Diagnostic {
                path: p,
                pos: Some(Pos {
                    line: e.span.start.line,
                    col: e.span.start.col,
                }),
                severity: Severity::Warning,
                message: crate::i18n::store::StoreSaid::ClockDamaged {
                    code: &e.code.to_string(),
                }
                .text(lang),
            };
            (Clock::new(phases), Some(d))
        }
    }
}

/// Saves the clock (temp file, fsync, rename, fsync folder).
pub fn save(session_dir: &Path, clock: &Clock) -> std::io::Result<()> {
    let text = ron::ser::to_string_pretty(clock, ron::ser::PrettyConfig::new())
        .expect("a clock always serialises");
    // A loose `x.ron` keeps its data in `x.tablee/`, made on first save.
    atomic::create_dir_all(session_dir)?;
    atomic::replace(&path(session_dir), format!("{text}\n").as_bytes())
}
