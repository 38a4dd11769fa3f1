//! Following a session folder while a screen or the page is open: what
//! other laptops (or `tablee add`) write in it comes back as [`Seen`]
//! within a second or two.
//!
//! A watcher thread listens to `notify` and also rescans every
//! [`RESCAN`] while someone looks at a board (watchers miss changes on
//! network and synced folders; the clock screen needs neither, and stays
//! asleep). A rescan only lists the device folders with their files'
//! sizes and times; the journals are read again only when another
//! writer's files changed (this writer's own writes are already shown).
//! Reading happens on the watcher thread, never on a screen's.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, SystemTime};

use notify::Watcher;
use tablee_core::event::Event;
use uuid::Uuid;

use super::journal;
use super::session_file::{Diagnostic, SessionFile};

/// How often the folder is rescanned even when no change was notified.
pub const RESCAN: Duration = Duration::from_secs(2);

/// What the watcher saw.
#[derive(Debug)]
pub enum Seen {
    /// The session file as it now reads (before the set-up's edits).
    Session(Box<tablee_core::model::Session>),
    /// The session file changed but cannot be read: why, where.
    SessionUnreadable(Box<Diagnostic>),
    /// Two programs write under one device name.
    SharedDevice,
    /// This writer's own files were replaced or removed underneath it:
    /// the ids still on disk.
    OwnJournal(Box<std::collections::HashSet<Uuid>>),
    /// Every event of the folder (and of its replicas), read again
    /// because another writer's files changed.
    Events(Vec<Event>),
    /// The council's register beside the sessions as it now reads
    /// (another laptop's walk-in arrived, the organiser imported people).
    Register(Box<tablee_core::register::Register>),
    /// The register changed but cannot be read: why, where (the one read
    /// before stays).
    RegisterUnreadable(Box<Diagnostic>),
}

/// Sizes and times of the files that matter, per device folder.
type Fingerprint = BTreeMap<PathBuf, (u64, Option<SystemTime>)>;

fn fingerprint(dir: &Path) -> Fingerprint {
    let mut out = Fingerprint::new();
    let mut note = |p: PathBuf| {
        if let Ok(m) = std::fs::metadata(&p) {
            out.insert(p, (m.len(), m.modified().ok()));
        }
    };
    if let Ok(devices) = std::fs::read_dir(dir.join(journal::DEVICES)) {
        for d in devices.filter_map(Result::ok) {
            if let Ok(files) = std::fs::read_dir(d.path()) {
                for f in files.filter_map(Result::ok) {
                    note(f.path());
                }
            }
        }
    }
    out
}

/// The handle on the watcher: tells it whether a board is looked at.
#[derive(Debug, Clone)]
pub struct Watching {
    boards: Arc<AtomicBool>,
    poke: Sender<()>,
}

impl Watching {
    /// Rescans periodically only while a board is shown; showing one
    /// rescans at once.
    pub fn set_boards_shown(&self, shown: bool) {
        if self.boards.swap(shown, Ordering::Relaxed) != shown && shown {
            let _ = self.poke.send(());
        }
    }
}

/// Watches `dir` until `sink` returns false (whoever listened is gone).
/// `me` is this writer: changes to its own files alone do not cause a
/// reload. Clock events are journal events: a facilitator screen follows
/// the others' through the same reloads (notify wakes it; it rescans only
/// while a board is shown).
pub fn spawn(
    dir: PathBuf,
    session: PathBuf,
    (me, instance): (Uuid, String),
    replicas: Vec<PathBuf>,
    sink: impl FnMut(Seen) -> bool + Send + 'static,
) -> Watching {
    let (poke_tx, poke_rx) = std::sync::mpsc::channel::<()>();
    let watching = Watching {
        boards: Arc::new(AtomicBool::new(false)),
        poke: poke_tx.clone(),
    };
    let boards = watching.boards.clone();
    let register_dir = super::register::dir_of_session(&session);
    let register_file = super::register::path(&register_dir);
    let walk_ins = register_dir.join(super::register::WALK_INS);
    std::thread::spawn(move || {
        // Without a watcher (no inotify left, odd file system), rescans
        // alone still bring changes in.
        let _watcher = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
            // Reading the folder (the rescan itself) is reported as access:
            // answering it would wake the screen again and again.
            if res.is_ok_and(|e| e.kind.is_access()) {
                return;
            }
            let _ = poke_tx.send(());
        })
        .and_then(|mut w| {
            w.watch(&dir, notify::RecursiveMode::Recursive)?;
            // A loose session file lives outside its data folder.
            if !session.starts_with(&dir) {
                w.watch(&session, notify::RecursiveMode::NonRecursive)?;
            }
            // The register, when there is one yet (else the rescans find
            // it).
            let _ = w.watch(&register_file, notify::RecursiveMode::NonRecursive);
            let _ = w.watch(&walk_ins, notify::RecursiveMode::NonRecursive);
            Ok(w)
        });
        watch_loop(
            &dir,
            &session,
            (me, &instance),
            &replicas,
            sink,
            &poke_rx,
            &boards,
        );
    });
    watching
}

fn watch_loop(
    dir: &Path,
    session: &Path,
    (me, instance): (Uuid, &str),
    replicas: &[PathBuf],
    mut sink: impl FnMut(Seen) -> bool,
    pokes: &Receiver<()>,
    boards: &AtomicBool,
) {
    let mine = dir.join(journal::DEVICES).join(me.to_string());
    // This process's own files: its folder, its instance's segments.
    // Another program writing under the same device name (a cloned laptop,
    // a copied configuration) writes other files there, which are news.
    let mark = format!("-{instance}.");
    let own = |p: &PathBuf| {
        p.starts_with(&mine)
            && p.file_name()
                .is_some_and(|n| n.to_string_lossy().contains(&mark))
    };
    let mut seen = fingerprint(dir);
    let stamp = |p: &Path| {
        std::fs::metadata(p)
            .ok()
            .map(|m| (m.len(), m.modified().ok()))
    };
    let mut plan_seen = stamp(session);
    let register_dir = super::register::dir_of_session(session);
    // The register and every laptop's walk-ins.
    let register_stamp = || {
        std::iter::once(super::register::path(&register_dir))
            .chain(super::register::walk_ins_files(&register_dir))
            .map(|p| {
                let s = stamp(&p);
                (p, s)
            })
            .collect::<Vec<_>>()
    };
    let mut register_seen = register_stamp();
    loop {
        let wait = if boards.load(Ordering::Relaxed) {
            RESCAN
        } else {
            // Only notify's events wake the clock screen.
            Duration::from_secs(3600)
        };
        match pokes.recv_timeout(wait) {
            Ok(()) => {
                // Let a burst of changes settle, then take them all.
                std::thread::sleep(Duration::from_millis(100));
                while pokes.try_recv().is_ok() {}
            }
            Err(RecvTimeoutError::Timeout) => {}
            // Nobody left to poke it: the screen is gone.
            Err(RecvTimeoutError::Disconnected) => return,
        }
        // The plan: read again (here, off the UI thread) when it changed.
        let plan_now = stamp(session);
        if plan_now != plan_seen {
            plan_seen = plan_now;
            // The file as it reads: the room merges the set-up's edits
            // into it, and judges the result.
            let seen = match SessionFile::read(session) {
                Ok(file) => Seen::Session(Box::new(file.session)),
                Err(e) => Seen::SessionUnreadable(Box::new(Diagnostic::from_load_error(&e))),
            };
            if !sink(seen) {
                return;
            }
        }
        let register_now = register_stamp();
        if register_now != register_seen {
            register_seen = register_now;
            let seen = match super::register::load(&register_dir) {
                Ok(r) => Seen::Register(Box::new(r)),
                Err(e) => Seen::RegisterUnreadable(Box::new(Diagnostic::from_load_error(&e))),
            };
            if !sink(seen) {
                return;
            }
        }
        let now = fingerprint(dir);
        if now == seen {
            continue;
        }
        let changed = |p: &PathBuf| now.get(p) != seen.get(p);
        let others = now.keys().chain(seen.keys()).any(|p| changed(p) && !own(p));
        // Our own files only grow: one that shrank or went away was
        // replaced or removed by another program.
        let ours_lost = seen
            .iter()
            .any(|(p, (size, _))| own(p) && now.get(p).is_none_or(|(s, _)| s < size));
        seen = now;
        if ours_lost {
            let ids = journal::device_ids(dir, me);
            if !sink(Seen::OwnJournal(Box::new(ids))) {
                return;
            }
        }
        if others {
            // The replicas' post-its stay on screen (they are read once more).
            let loaded = journal::load(dir);
            if !loaded.shared_devices.is_empty() && !sink(Seen::SharedDevice) {
                return;
            }
            let mut events = loaded.events;
            for r in replicas {
                events.extend(journal::load(r).events);
            }
            if !sink(Seen::Events(events)) {
                return;
            }
        }
    }
}
