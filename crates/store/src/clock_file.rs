//! `clock.ron`: the clock a session saved before the clock became journal
//! events. Read only, as the base the events are replayed from; tablee no
//! longer writes it.

use std::path::{Path, PathBuf};

use super::locate::Pos;
use super::said::Said;
use super::session_file::Diagnostic;
use tablee_core::clock::Clock;
use tablee_core::validate::Severity;

const CLOCK_FILE: &str = "clock.ron";

pub fn path(session_dir: &Path) -> PathBuf {
    session_dir.join(CLOCK_FILE)
}

/// The saved clock; a fresh one when none was saved. A damaged file is
/// reported and left alone (a fresh clock is used; the file is replaced only
/// at the next save, which the caller may refuse to do).
pub fn load(session_dir: &Path, phases: usize) -> (Clock, Option<Diagnostic>) {
    let p = path(session_dir);
    let text = match std::fs::read_to_string(&p) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (Clock::new(phases), None),
        Err(e) => {
            let d = Diagnostic {
                path: p,
                pos: None,
                severity: Severity::Warning,
                said: Said::Io((&e).into()),
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
                said: Said::ClockDamaged {
                    code: e.code.to_string(),
                },
            };
            (Clock::new(phases), Some(d))
        }
    }
}
