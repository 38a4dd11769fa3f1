//! A session on disk: its plan, its journals, and the merged board.

use std::path::{Path, PathBuf};

use super::device::{self, Device, LockError, WriterLock};
use super::journal::{self, Loaded, Writer};
use super::said::Said;
use super::session_file::{Diagnostic, SESSION_FILE, SessionFile};
use tablee_core::board::Board;
use tablee_core::edits::{self, Merged};
use tablee_core::model::Session;
use tablee_core::validate::Severity;

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
    /// The session file, whose `session` is the session as the room sees
    /// it: the file's with the set-up edits of the journals applied
    /// ([`Workspace::base`] is the file's own).
    pub file: SessionFile,
    /// The session as `session.ron` says it, before any set-up edit.
    pub base: Session,
    /// What the set-up edits made of it: the rows' ids, what was set aside.
    pub setup: Merged,
    pub dir: PathBuf,
    pub loaded: Loaded,
    pub board: Board,
    /// Other folders holding the same session (same id), whose journals
    /// are merged in: replicas of one workshop (a copy brought back on a
    /// USB key, a folder synced under another name).
    pub replicas: Vec<PathBuf>,
}

impl Workspace {
    /// Loads a valid session and all its journals. Session errors (of the
    /// session with its set-up edits) refuse; journal problems are
    /// returned with the warnings (the rest loads).
    pub fn open(path: &Path) -> Result<(Workspace, Vec<Diagnostic>), Vec<Diagnostic>> {
        let (ws, mut diags) = Workspace::read(path)?;
        let problems = ws.file.diagnostics();
        if problems.iter().any(|d| d.severity == Severity::Error) {
            return Err(problems);
        }
        diags.splice(0..0, problems);
        Ok((ws, diags))
    }

    /// Loads a session and all its journals, problems of the session
    /// included (the set-up screen opens a session to fix it). A file that
    /// cannot be read or parsed refuses.
    pub fn read(path: &Path) -> Result<(Workspace, Vec<Diagnostic>), Vec<Diagnostic>> {
        let file = SessionFile::read(path).map_err(|e| vec![Diagnostic::from_load_error(&e)])?;
        let dir = data_dir(path);
        let loaded = journal::load(&dir);
        let mut diags = loaded.diagnostics.clone();
        diags.extend(super::conflicts::around(path, &dir));
        let board = Board::from_events(&loaded.events);
        let base = file.session.clone();
        let mut ws = Workspace {
            setup: edits::merge(&base, &[]),
            base,
            file,
            dir,
            loaded,
            board,
            replicas: Vec::new(),
        };
        if ws.file.path.file_name().is_some_and(|n| n == SESSION_FILE) {
            for other in siblings_with_id(&ws.dir, ws.base.id) {
                diags.extend(ws.merge_replica(other));
            }
        }
        ws.apply_setup();
        Ok((ws, diags))
    }

    /// The session as the room sees it: the file's with the set-up edits
    /// of every journal.
    fn apply_setup(&mut self) {
        self.setup = edits::merge(&self.base, &self.board.setup_ops);
        self.file.session = self.setup.session.clone();
    }

    /// Merges the journals of `other`, a folder holding the same session
    /// (union by event id: nothing lost, nothing twice). Says so when its
    /// plan differs: two workshops made by copying a folder.
    pub fn merge_replica(&mut self, other: SessionFile) -> Vec<Diagnostic> {
        let dir = data_dir(&other.path);
        let same = |a: &Path, b: &Path| {
            std::fs::canonicalize(a)
                .ok()
                .is_some_and(|a| std::fs::canonicalize(b).ok() == Some(a))
        };
        if same(&dir, &self.dir) || self.replicas.iter().any(|r| same(r, &dir)) {
            return Vec::new();
        }
        let mut loaded = journal::load(&dir);
        let mut diags = std::mem::take(&mut loaded.diagnostics);
        if other.session != self.base {
            diags.push(Diagnostic {
                path: other.path.clone(),
                pos: None,
                severity: tablee_core::validate::Severity::Warning,
                said: Said::CopiedWorkshop {
                    first: self.file.path.clone(),
                    other: other.path.clone(),
                },
            });
        }
        self.loaded.events.append(&mut loaded.events);
        self.loaded.unreadable.append(&mut loaded.unreadable);
        self.loaded.segments += loaded.segments;
        self.board = Board::from_events(&self.loaded.events);
        self.replicas.push(dir);
        self.apply_setup();
        diags
    }

    /// This session as an input of the synthesis, with its clock.
    pub fn synth_input<'a>(
        &'a self,
        clock: &'a tablee_core::clock::Clock,
    ) -> tablee_core::synth::Input<'a> {
        tablee_core::synth::Input {
            session: &self.file.session,
            board: &self.board,
            clock: Some(clock),
        }
    }

    /// The room's clock: a legacy `clock.ron` (or a new clock), then every
    /// clock event of the journals. A damaged `clock.ron` is reported.
    pub fn clock(&self) -> (tablee_core::clock::Clock, Option<Diagnostic>) {
        let agenda = &self.file.session.agenda;
        let (base, problem) = super::clock_file::load(&self.dir, agenda.len());
        let planned: Vec<u32> = agenda.iter().map(|p| p.minutes).collect();
        let clock = tablee_core::clock::Clock::replay(&base, &self.board.clock_ops, &planned);
        (clock, problem)
    }

    /// The journal folders and files that could not be read: a document
    /// printed now would miss what they hold.
    pub fn unreadable(&self) -> &[PathBuf] {
        &self.loaded.unreadable
    }

    /// Takes a writer lock for `device` and opens its journal. Several
    /// tablee on one laptop (the facilitator's screen, a command line, a
    /// note-taker's screen) each write the session at once: the first
    /// writes as the device itself, each other one as a writer of its own
    /// derived from it ([`Device::writer`]), in its own folder and with its
    /// own numbering, so one file still has one writer and gaps stay
    /// detectable. Only when every writer of the device is taken (a
    /// runaway script) is the lock refused.
    pub fn writer(&self, device: &Device) -> Result<(Writer, WriterLock), LockError> {
        let folders = device::folders().map_err(|source| LockError::Io {
            path: PathBuf::from("$XDG_STATE_HOME"),
            source,
        })?;
        let locks = folders.state.join("locks");
        let mut held = None;
        for n in 0..device::WRITERS_PER_DEVICE {
            let id = Device::writer(device.id, n);
            match device::lock(&locks, &self.dir, id) {
                Ok(lock) => {
                    // Read again under the lock: another process of this
                    // device may have written since the session was read.
                    let (seq, lamport) = journal::device_high_water(&self.dir, id);
                    let max_seq = self.board.max_seq.get(&id).copied().unwrap_or(0).max(seq);
                    let lamport = self.board.max_lamport.max(lamport);
                    let writer = Writer::open(&self.dir, id, max_seq, lamport);
                    return Ok((writer, lock));
                }
                Err(e @ LockError::Held { .. }) => held = Some(e),
                Err(e) => return Err(e),
            }
        }
        Err(held.expect("at least one writer slot"))
    }
}

/// The other session folders beside `dir` whose `session.ron` has this id.
fn siblings_with_id(dir: &Path, id: uuid::Uuid) -> Vec<SessionFile> {
    let Ok(here) = std::fs::canonicalize(dir) else {
        return Vec::new();
    };
    let Some(parent) = here.parent() else {
        return Vec::new();
    };
    let mut folders: Vec<PathBuf> = std::fs::read_dir(parent)
        .map(|e| {
            e.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| *p != here && p.join(SESSION_FILE).is_file())
                .collect()
        })
        .unwrap_or_default();
    folders.sort();
    // Only a file that names the id is parsed: opening one of a hundred
    // sessions side by side must not parse the other ninety-nine.
    let id_text = id.to_string();
    folders
        .into_iter()
        .filter_map(|f| {
            let path = f.join(SESSION_FILE);
            let text = std::fs::read_to_string(&path).ok()?;
            if !text.to_ascii_lowercase().contains(&id_text) {
                return None;
            }
            SessionFile::parse(&path, text).ok()
        })
        .filter(|f| f.session.id == id)
        .collect()
}
