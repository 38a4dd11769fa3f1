//! A session on disk: its plan, its journals, and the merged board.

use std::path::{Path, PathBuf};

use super::device::{self, Device, LockError, WriterLock};
use super::journal::{self, Loaded, Writer};
use super::session_file::{self, Diagnostic, SESSION_FILE, SessionFile};
use crate::core::board::Board;
use crate::i18n::Lang;

/// Where a session's journals and exports live: the folder of a
/// `session.ron`; for a loose file such as `examples/x.ron`, `examples/x.tablee/`
/// (so that two loose sessions in one folder never share journals).
pub fn data_dir(session_path: &Path) -> PathBuf {
    let parent = match session_path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if session_path.file_name().is_some_and(|n| n == SESSION_FILE) {
        parent
    } else {
        let stem = session_path
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_else(|| "session".into());
        parent.join(format!("{stem}.tablee"))
    }
}

/// A loaded session with its post-its.
#[derive(Debug)]
pub struct Workspace {
    pub file: SessionFile,
    pub dir: PathBuf,
    pub loaded: Loaded,
    pub board: Board,
}

impl Workspace {
    /// Loads a valid session and all its journals. Session errors refuse;
    /// journal problems are returned with the warnings (the rest loads).
    pub fn open(path: &Path, lang: Lang) -> Result<(Workspace, Vec<Diagnostic>), Vec<Diagnostic>> {
        let (file, mut diags) = session_file::load_valid(path, lang)?;
        let dir = data_dir(path);
        let loaded = journal::load(&dir, lang);
        diags.extend(loaded.diagnostics.iter().cloned());
        diags.extend(super::conflicts::around(path, &dir, lang));
        let board = Board::from_events(&loaded.events);
        Ok((
            Workspace {
                file,
                dir,
                loaded,
                board,
            },
            diags,
        ))
    }

    /// This session as an input of the synthesis, with its clock.
    pub fn synth_input<'a>(
        &'a self,
        clock: &'a crate::core::clock::Clock,
    ) -> crate::core::synth::Input<'a> {
        crate::core::synth::Input {
            session: &self.file.session,
            board: &self.board,
            clock: Some(clock),
        }
    }

    /// The room's clock: a legacy `clock.ron` (or a new clock), then every
    /// clock event of the journals. A damaged `clock.ron` is reported.
    pub fn clock(&self, lang: Lang) -> (crate::core::clock::Clock, Option<Diagnostic>) {
        let agenda = &self.file.session.agenda;
        let (base, problem) = super::clock_file::load(&self.dir, agenda.len(), lang);
        let planned: Vec<u32> = agenda.iter().map(|p| p.minutes).collect();
        let clock = crate::core::clock::Clock::replay(&base, &self.board.clock_ops, &planned);
        (clock, problem)
    }

    /// Reloads the journals (other laptops may have written).
    pub fn reload(&mut self, lang: Lang) {
        self.loaded = journal::load(&self.dir, lang);
        self.board = Board::from_events(&self.loaded.events);
    }

    /// Takes the writer lock for `device` and opens its journal.
    pub fn writer(&self, device: &Device) -> Result<(Writer, WriterLock), LockError> {
        let folders = device::folders().map_err(|source| LockError::Io {
            path: PathBuf::from("$XDG_STATE_HOME"),
            source,
        })?;
        let lock = device::lock(&folders.state.join("locks"), &self.dir, device.id)?;
        let max_seq = self.board.max_seq.get(&device.id).copied().unwrap_or(0);
        let writer = Writer::open(&self.dir, device.id, max_seq, self.board.max_lamport);
        Ok((writer, lock))
    }
}
