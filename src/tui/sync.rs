//! Live sharing: what other laptops (or `tablee add`) write in the session
//! folder reaches the screen within seconds, through the store's watcher
//! ([`crate::store::watch`]), whose findings become messages here.
//!
//! A second thread reads the terminal. Both feed one channel, on which the
//! loop blocks: no polling, no wake-up while nothing happens.

use crate::i18n::prelude::*;
use std::path::PathBuf;
use std::sync::mpsc::Sender;

use uuid::Uuid;

use super::msg::Msg;
use crate::i18n::Lang;
use crate::store::watch::{self, Seen, Watching};

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

/// Watches the session folder for the loop (see [`crate::store::watch`]):
/// what it sees becomes the loop's messages, worded in `lang`.
pub fn spawn_watcher(
    dir: PathBuf,
    session: PathBuf,
    me: (Uuid, String),
    lang: Lang,
    replicas: Vec<PathBuf>,
    tx: Sender<Input>,
) -> Watching {
    let register_dir = crate::store::register::dir_of_session(&session);
    watch::spawn(dir, session, me, replicas, move |seen| {
        let msg = match seen {
            Seen::Register(r) => Msg::RegisterChanged(r, register_dir.clone()),
            Seen::RegisterUnreadable(d) => Msg::RegisterUnreadable(d.line(lang)),
            Seen::Session(s) => Msg::SessionChanged(s),
            Seen::SessionUnreadable(d) => Msg::SessionUnreadable(d.line(lang)),
            Seen::SharedDevice => Msg::SharedDevice,
            Seen::OwnJournal(ids) => Msg::OwnJournal(ids),
            // Merged here, on the watcher's thread, not the screen's.
            Seen::Events(events) => Msg::synced(events),
        };
        tx.send(Input::Disk(msg)).is_ok()
    })
}
