//! Live sharing: what other laptops (or `tablee add`) write in the session
//! folder reaches the screen within seconds.
//!
//! A watcher thread listens to `notify` and also rescans every
//! [`RESCAN`] while a board is on screen (watchers miss changes on network
//! and synced folders; the clock screen needs neither, and stays asleep). A
//! rescan only lists the device folders and `clock.ron` with their sizes
//! and times; the journals are read again only when another device's files
//! changed (this device's own writes are already on screen). Reading
//! happens on the watcher thread, so typing never waits for the disk.
//!
//! A second thread reads the terminal. Both feed one channel, on which the
//! loop blocks: no polling, no wake-up while nothing happens.

use crate::i18n::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, SystemTime};

use notify::Watcher;
use uuid::Uuid;

use super::msg::Msg;
use crate::i18n::Lang;
use crate::store::journal;

/// How often the folder is rescanned even when no change was notified.
pub const RESCAN: Duration = Duration::from_secs(2);

pub use super::runtime::Input;

/// Where the terminal's events go: the loop running now, or, between two
/// loops (`tablee follow` moving to another session), held for the next.
#[derive(Default)]
struct Forward {
    tx: Option<Sender<Input>>,
    held: Vec<std::io::Result<ratatui::crossterm::event::Event>>,
}

fn forward() -> &'static std::sync::Mutex<Forward> {
    static FORWARD: std::sync::OnceLock<std::sync::Mutex<Forward>> = std::sync::OnceLock::new();
    FORWARD.get_or_init(Default::default)
}

/// Reads the terminal on its own thread (one for the whole process) and
/// hands its events to `tx`. A later call hands them to its own loop
/// instead: a key typed while one loop ends and the next starts is given
/// to the next, never lost.
pub fn spawn_terminal(tx: Sender<Input>) {
    static STARTED: std::sync::Once = std::sync::Once::new();
    {
        let mut f = forward().lock().unwrap_or_else(|p| p.into_inner());
        let held = std::mem::take(&mut f.held);
        let mut live = Some(tx);
        for ev in held {
            if let Some(t) = &live
                && let Err(std::sync::mpsc::SendError(Input::Terminal(ev))) =
                    t.send(Input::Terminal(ev))
            {
                f.held.push(ev);
                live = None;
            }
        }
        f.tx = live;
    }
    STARTED.call_once(|| {
        std::thread::spawn(|| {
            loop {
                let ev = ratatui::crossterm::event::read();
                let failed = ev.is_err();
                let mut f = forward().lock().unwrap_or_else(|p| p.into_inner());
                let sent = match &f.tx {
                    Some(tx) => tx.send(Input::Terminal(ev)),
                    None => Err(std::sync::mpsc::SendError(Input::Terminal(ev))),
                };
                if let Err(std::sync::mpsc::SendError(Input::Terminal(ev))) = sent {
                    // The loop has ended: kept for the next one.
                    f.tx = None;
                    f.held.push(ev);
                }
                drop(f);
                if failed {
                    return;
                }
            }
        });
    });
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

/// The loop's handle on the watcher: tells it whether a board is shown.
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

/// Watches `dir` until the loop goes away. `me` is this device: changes to
/// its own folder alone do not cause a reload. Clock events are journal
/// events: a facilitator screen follows the others' through the same
/// reloads (notify wakes it; it rescans only while a board is shown).
pub fn spawn_watcher(
    dir: PathBuf,
    session: PathBuf,
    (me, instance): (Uuid, String),
    lang: Lang,
    replicas: Vec<PathBuf>,
    tx: Sender<Input>,
) -> Watching {
    let (poke_tx, poke_rx) = std::sync::mpsc::channel::<()>();
    let watching = Watching {
        boards: Arc::new(AtomicBool::new(false)),
        poke: poke_tx.clone(),
    };
    let boards = watching.boards.clone();
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
            Ok(w)
        });
        watch_loop(
            &dir,
            &session,
            (me, &instance),
            lang,
            &replicas,
            &tx,
            &poke_rx,
            &boards,
        );
    });
    watching
}

#[allow(clippy::too_many_arguments)]
fn watch_loop(
    dir: &Path,
    session: &Path,
    (me, instance): (Uuid, &str),
    lang: Lang,
    replicas: &[PathBuf],
    tx: &Sender<Input>,
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
            let msg = match crate::store::session_file::SessionFile::read(session) {
                Ok(file) => Msg::SessionChanged(Box::new(file.session)),
                Err(e) => Msg::SessionUnreadable(
                    crate::store::session_file::Diagnostic::from_load_error(&e).line(lang),
                ),
            };
            if tx.send(Input::Disk(msg)).is_err() {
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
            if tx
                .send(Input::Disk(Msg::OwnJournal(Box::new(ids))))
                .is_err()
            {
                return;
            }
        }
        if others {
            // The replicas' post-its stay on screen (they are read once more).
            let loaded = journal::load(dir);
            if !loaded.shared_devices.is_empty() && tx.send(Input::Disk(Msg::SharedDevice)).is_err()
            {
                return;
            }
            let mut events = loaded.events;
            for r in replicas {
                events.extend(journal::load(r).events);
            }
            if tx.send(Input::Disk(Msg::synced(events))).is_err() {
                return;
            }
        }
    }
}
