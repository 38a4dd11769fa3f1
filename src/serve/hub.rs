//! The room as the page serves it: the session with its set-up, the
//! clock, the merged board, this server's journal writer (the store
//! worker: the one path to the disk, as for the screens) and the phones
//! waiting for their post-its to reach the disk.
//!
//! Every change (a post-it written, another laptop's journal read by the
//! store's watcher, the session file edited) bumps [`Hub::changes`]: the
//! live connections wake on it and nothing else, so an idle room costs no
//! wake-up.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};

use jiff::Timestamp;
use tokio::sync::{oneshot, watch};
use uuid::Uuid;

use crate::core::board::Board;
use crate::core::clock::Clock;
use crate::core::event::{Event, Stamper};
use crate::core::model::{Column, Session};
use crate::core::ops::{self, OpError};
use crate::store::keys::Keys;
use crate::store::worker::{Reply, Store};

/// What became of a post-it a phone sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    /// On the laptop's disk (now, or already: a resend).
    Written,
    /// The disk refused it (full, gone): the phone keeps it and sends it
    /// again.
    NotWritten,
}

/// Why a request is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// What the core refused (text, column, dots).
    Op(Vec<OpError>),
    /// The server is closing.
    Closing,
}

/// The room's state behind the page.
pub struct Room {
    /// `session.ron` as it reads.
    pub base: Session,
    /// With the set-up edits: what the page shows.
    pub session: Session,
    pub base_clock: Clock,
    pub clock: Clock,
    /// Every event known: the folder's journals and this server's writes.
    events: HashMap<Uuid, Event>,
    pub board: Board,
    stamper: Stamper,
    /// Post-its sent to the store and not yet answered, by id, with the
    /// phones waiting on each (a resend waits on the same write).
    waiting: HashMap<Uuid, Vec<oneshot::Sender<Saved>>>,
    /// Events the disk refused, by id: a resend writes the same event.
    failed: HashMap<Uuid, Event>,
    pub keys: Keys,
    pub dir: PathBuf,
    /// True once the server stops: live connections end.
    pub closing: bool,
}

/// The room, shared by the connections, the store's replies and the
/// watcher.
pub struct Hub {
    room: Mutex<Room>,
    /// Taken under the room's lock when writing, so that events reach the
    /// journal in the order they were numbered; never the other way round.
    store: Mutex<Box<dyn Store + Send>>,
    changes: watch::Sender<u64>,
}

impl Hub {
    /// A hub for `room`; its store is given afterwards ([`Hub::attach`]),
    /// since the store's replies come back to the hub.
    pub fn new(
        (base, session): (Session, Session),
        base_clock: Clock,
        events: Vec<Event>,
        stamper: Stamper,
        keys: Keys,
        dir: PathBuf,
    ) -> Arc<Hub> {
        let events: HashMap<Uuid, Event> = events.into_iter().map(|e| (e.id, e)).collect();
        let board = Board::from_events(events.values());
        let mut room = Room {
            base,
            session,
            clock: base_clock.clone(),
            base_clock,
            events,
            board,
            stamper,
            waiting: HashMap::new(),
            failed: HashMap::new(),
            keys,
            dir,
            closing: false,
        };
        room.settle();
        Arc::new(Hub {
            room: Mutex::new(room),
            store: Mutex::new(Box::new(Unattached)),
            changes: watch::channel(0).0,
        })
    }

    /// Gives the hub its store (whose replies go to [`Hub::reply`]).
    pub fn attach(&self, store: Box<dyn Store + Send>) {
        *self.store.lock().unwrap_or_else(|p| p.into_inner()) = store;
    }

    fn write(&self, _room: &MutexGuard<'_, Room>, event: Event) {
        self.store
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .write(event);
    }

    pub fn lock(&self) -> MutexGuard<'_, Room> {
        self.room.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Wakes on every change of the room.
    pub fn subscribe(&self) -> watch::Receiver<u64> {
        self.changes.subscribe()
    }

    fn changed(&self) {
        self.changes.send_modify(|n| *n += 1);
    }

    /// A post-it from a table's phone, with the id the phone made: written
    /// once whatever the resends. The receiver answers once it is on disk.
    pub fn add(
        &self,
        (table, phone): (&str, Option<Uuid>),
        id: Uuid,
        column: Column,
        text: &str,
        now: Timestamp,
    ) -> Result<oneshot::Receiver<Saved>, Refused> {
        let (tx, rx) = oneshot::channel();
        let mut room = self.lock();
        if room.closing {
            return Err(Refused::Closing);
        }
        if room.events.contains_key(&id) {
            let _ = tx.send(Saved::Written);
            return Ok(rx);
        }
        if let Some(w) = room.waiting.get_mut(&id) {
            w.push(tx);
            return Ok(rx);
        }
        let event = match room.failed.remove(&id) {
            Some(e) => e,
            None => {
                let round = room.session.focus_round(room.clock.phase);
                let body = ops::add(
                    &room.session,
                    ops::NewNote {
                        table,
                        quadrant: column,
                        round: round.map(|r| r as u32),
                        group: None,
                        text,
                    },
                )
                .map_err(Refused::Op)?;
                // Time alone: private to the phone until shared.
                let body = match phone {
                    Some(p) if room.alone() => ops::privately(&room.board, body, p),
                    _ => body,
                };
                room.stamper.stamp(id, body, now)
            }
        };
        room.waiting.insert(id, vec![tx]);
        self.write(&room, event);
        Ok(rx)
    }

    /// A dot (+1) or one taken back (−1) by the group at `table` now.
    pub fn vote(
        &self,
        table: &str,
        note: Uuid,
        delta: i32,
        now: Timestamp,
    ) -> Result<oneshot::Receiver<Saved>, Refused> {
        let (tx, rx) = oneshot::channel();
        let mut room = self.lock();
        if room.closing {
            return Err(Refused::Closing);
        }
        // Only a post-it of this table (a key gives its table only).
        let here = room.session.table(table).map(|t| t.key.clone());
        let of_note = room.board.notes.get(&note).map(|n| n.table.clone());
        if here.is_none() || here != of_note {
            return Err(Refused::Op(vec![OpError::NoNote]));
        }
        let group = room.group_at(table);
        let change = ops::vote(&room.session, &room.board, note, group.as_deref(), delta)
            .map_err(|e| Refused::Op(vec![e]))?;
        let Some(body) = change.redo.into_iter().next() else {
            return Err(Refused::Op(vec![OpError::NoNote]));
        };
        let event = room.stamper.stamp(Uuid::new_v4(), body, now);
        room.waiting.insert(event.id, vec![tx]);
        self.write(&room, event);
        Ok(rx)
    }

    /// A phone shares its private post-its of time alone with the room.
    pub fn share(&self, phone: Uuid, now: Timestamp) -> Result<oneshot::Receiver<Saved>, Refused> {
        let (tx, rx) = oneshot::channel();
        let mut room = self.lock();
        if room.closing {
            return Err(Refused::Closing);
        }
        let Some(body) = ops::share(&room.board, Some(phone)) else {
            let _ = tx.send(Saved::Written);
            return Ok(rx);
        };
        let event = room.stamper.stamp(Uuid::new_v4(), body, now);
        room.waiting.insert(event.id, vec![tx]);
        self.write(&room, event);
        Ok(rx)
    }

    /// The store's answer (on the store's thread).
    pub fn reply(&self, reply: Reply) {
        let mut room = self.lock();
        let (id, saved) = match reply {
            // The page replaces no whole file.
            Reply::Replaced { .. } | Reply::NotReplaced { .. } => return,
            Reply::Written(e) => {
                let id = e.id;
                room.stamper.observe(e.lamport);
                let fits = room.board.apply_latest(&e);
                room.events.insert(id, *e);
                if !fits {
                    room.rebuild();
                }
                room.settle();
                (id, Saved::Written)
            }
            Reply::NotWritten(ns) => {
                let id = ns.event.id;
                room.failed.insert(id, *ns.event);
                (id, Saved::NotWritten)
            }
        };
        for tx in room.waiting.remove(&id).unwrap_or_default() {
            let _ = tx.send(saved);
        }
        drop(room);
        self.changed();
    }

    /// What the watcher read again: every event of the folder.
    pub fn synced(&self, events: Vec<Event>) {
        let mut room = self.lock();
        let before = room.events.len();
        for e in events {
            room.stamper.observe(e.lamport);
            room.events.entry(e.id).or_insert(e);
        }
        if room.events.len() == before {
            return;
        }
        room.rebuild();
        room.settle();
        drop(room);
        self.changed();
    }

    /// The session file as it now reads.
    pub fn session_changed(&self, base: Session) {
        let mut room = self.lock();
        room.base = base;
        room.settle();
        drop(room);
        self.changed();
    }

    /// New keys for every table: the old ones stop opening the page.
    pub fn set_keys(&self, keys: Keys) {
        self.lock().keys = keys;
        self.changed();
    }

    /// The server stops: live connections end, new writes are refused.
    pub fn close(&self) {
        self.lock().closing = true;
        self.changed();
    }

    /// Waits up to `limit` for the store to write what it was given
    /// (after [`Hub::close`]: no new write can wait on it meanwhile).
    pub fn flush(&self, limit: std::time::Duration) -> bool {
        self.store
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .flush(limit)
    }
}

impl Room {
    fn rebuild(&mut self) {
        self.board = Board::from_events(self.events.values());
    }

    /// The session with the journals' set-up edits (the last valid one
    /// kept, as on the screens) and the clock replayed.
    fn settle(&mut self) {
        let merged = crate::core::edits::merge(&self.base, &self.board.setup_ops).session;
        let errors = crate::core::validate::validate(&merged)
            .iter()
            .any(|p| p.severity == crate::core::validate::Severity::Error);
        if !errors {
            self.session = merged;
        }
        let planned: Vec<u32> = self.session.agenda.iter().map(|p| p.minutes).collect();
        self.clock = Clock::replay(&self.base_clock, &self.board.clock_ops, &planned);
    }

    /// The group seated at `table` in the round the room looks at.
    pub fn group_at(&self, table: &str) -> Option<String> {
        let round = self.session.focus_round(self.clock.phase)?;
        crate::core::plan::group_at(&self.session, table, round as u32)
    }

    /// Whether the room is in time alone (each person writes on their own).
    pub fn alone(&self) -> bool {
        self.session
            .agenda
            .get(self.clock.phase)
            .is_some_and(|p| p.kind == crate::core::model::PhaseKind::Individual)
    }
}

/// The store before [`Hub::attach`]: nothing is written through it.
struct Unattached;

impl Store for Unattached {
    fn write(&mut self, _event: Event) {
        unreachable!("the hub's store is attached before the server starts")
    }
    fn rotate(&mut self) {}
    fn add_person(
        &mut self,
        _data_dir: std::path::PathBuf,
        _person: crate::core::register::Person,
        _header: String,
    ) {
        unreachable!("the hub's store is attached before the server starts")
    }
    fn in_flight(&self) -> usize {
        0
    }
    fn flush(&mut self, _limit: std::time::Duration) -> bool {
        true
    }
}
