//! A laptop's replica of the session's board: the merge of every event on
//! disk, this device's events still being written (pending), and those
//! that could not be written (unsaved), so a post-it never disappears
//! between its write and the next sync.
//!
//! Pure. The loop writes the events an update asks for and reports each
//! outcome back (`Msg::Written` / `Msg::NotWritten`); the watcher reports
//! what is on disk (`Msg::Synced`). The board is the merge of all three, so
//! a post-it never disappears between its write and the next sync, and an
//! unsaved one stays on screen, marked, until a retry succeeds.

use std::sync::Arc;

use uuid::Uuid;

use super::board::Board;
use super::event::{Body, Event};

/// What a folder watcher read from disk, merged off the screen's thread.
#[derive(Debug, Clone, PartialEq)]
pub struct Synced {
    pub events: Arc<Vec<Event>>,
    /// The board of exactly `events`.
    pub board: Board,
}

impl Synced {
    /// Merges `events` (call it off the UI thread).
    pub fn of(events: Vec<Event>) -> Synced {
        let board = Board::from_events(&events);
        Synced {
            events: Arc::new(events),
            board,
        }
    }
}

/// Where new ids come from: random in use, a counter in tests (so
/// snapshots and assertions are stable).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdGen {
    Random,
    Counter(u128),
}

impl IdGen {
    pub fn fresh(&mut self) -> Uuid {
        match self {
            IdGen::Random => Uuid::new_v4(),
            IdGen::Counter(n) => {
                *n += 1;
                Uuid::from_u128(*n)
            }
        }
    }
}

/// An event that could not be written, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unsaved {
    pub event: Event,
    pub reason: String,
}

#[derive(Debug, Clone, Default)]
pub struct Notes {
    pub board: Board,
    /// Every event on disk at the last sync.
    pub synced: Arc<Vec<Event>>,
    /// Events this device wrote since the last sync that included them.
    pub own: Vec<Event>,
    /// Events handed to the store and not answered yet (on screen already).
    pub pending: Vec<Uuid>,
    /// Events that could not be written; retried by the loop.
    pub unsaved: Vec<Unsaved>,
    /// Every event this screen wrote (to notice one vanishing from disk).
    pub written_here: std::collections::HashMap<Uuid, Event>,
    /// Bumped whenever `board` changes (caches compare it).
    pub generation: u64,
    /// Bumped when post-its themselves (text, place, clusters, votes)
    /// may have changed; not for key-factor picks and plenary actions.
    pub notes_generation: u64,
    /// The last post-it this device saved, for its ✓.
    pub last_saved: Option<Uuid>,
    /// Post-its other devices added since the screen last cleared this
    /// (each screen counts the ones it shows, then clears them).
    pub arrived: Vec<Uuid>,
}

impl Notes {
    pub fn new(events: Vec<Event>) -> Notes {
        let board = Board::from_events(&events);
        Notes {
            board,
            synced: Arc::new(events),
            ..Notes::default()
        }
    }

    /// An event this screen just made: shown at once, pending until the
    /// store answers.
    pub fn emitted(&mut self, event: Event) {
        self.pending.push(event.id);
        self.push(event);
    }

    /// A write succeeded.
    pub fn written(&mut self, event: Event) {
        self.pending.retain(|id| *id != event.id);
        self.unsaved.retain(|u| u.event.id != event.id);
        self.written_here.insert(event.id, event.clone());
        if let Some(id) = note_of(&event) {
            self.last_saved = Some(id);
        }
        self.push(event);
    }

    /// This device's events now on disk are `on_disk`: those this screen
    /// wrote and that are gone (its journal file replaced or removed by
    /// another program) become unsaved, to be written again. Returns how
    /// many.
    pub fn lost_from_disk(
        &mut self,
        on_disk: &std::collections::HashSet<Uuid>,
        reason: &str,
    ) -> usize {
        let gone: Vec<Uuid> = self
            .written_here
            .keys()
            .filter(|id| !on_disk.contains(id))
            .copied()
            .collect();
        let mut lost: Vec<Event> = gone
            .iter()
            .filter_map(|id| self.written_here.remove(id))
            .collect();
        // Written again in the order they were first written.
        lost.sort_by_key(|e| e.seq);
        let n = lost.len();
        for e in lost {
            self.not_written(e, reason.to_string());
        }
        n
    }

    /// A write failed: the event stays in memory, on screen, marked.
    pub fn not_written(&mut self, event: Event, reason: String) {
        self.pending.retain(|id| *id != event.id);
        match self.unsaved.iter_mut().find(|u| u.event.id == event.id) {
            Some(u) => u.reason = reason,
            None => {
                self.unsaved.push(Unsaved {
                    event: event.clone(),
                    reason,
                });
                self.push(event);
            }
        }
    }

    fn push(&mut self, event: Event) {
        let already = self.own.iter().any(|e| e.id == event.id);
        if !already {
            self.own.push(event.clone());
            let notes_only = matches!(
                event.body,
                Body::KeyFactor { .. }
                    | Body::Choose { .. }
                    | Body::Action { .. }
                    | Body::EditAction { .. }
                    | Body::Clock { .. }
                    | Body::Propose { .. }
                    | Body::Respond { .. }
                    | Body::Stance { .. }
                    | Body::Argument { .. }
                    | Body::WithdrawArgument { .. }
                    | Body::Setup(_)
            );
            if !self.board.apply_latest(&event) {
                self.rebuild();
            }
            self.generation += 1;
            if !notes_only {
                self.notes_generation += 1;
            }
        }
    }

    /// The events on disk, as the watcher just read and merged them.
    pub fn synced(&mut self, synced: Synced) {
        let Synced { events, board } = synced;
        // The old board already holds this device's own writes: what the
        // new one has more came from elsewhere (post-its are never removed,
        // only marked deleted).
        let old = std::mem::take(&mut self.board);
        // Our events the sync already holds need not be kept aside.
        self.own.retain(|e| {
            board.max_seq.get(&e.device).is_none_or(|&s| s < e.seq)
                || self.unsaved.iter().any(|u| u.event.id == e.id)
                || self.pending.contains(&e.id)
        });
        self.synced = events;
        if self.own.is_empty() {
            // The usual case: everything this device wrote is in the sync,
            // whose board was merged on the watcher's thread.
            self.board = board;
        } else {
            self.rebuild();
        }
        if old.notes.len() < self.board.notes.len() {
            let new = self
                .board
                .notes
                .keys()
                .filter(|id| !old.notes.contains_key(id))
                // A phone's private post-it of time alone is not news here.
                .filter(|id| self.board.notes.get(id).is_some_and(|n| n.shown()));
            self.arrived.extend(new);
        }
        self.generation += 1;
        self.notes_generation += 1;
    }

    fn rebuild(&mut self) {
        self.board = Board::from_events(self.synced.iter().chain(self.own.iter()));
    }

    /// Whether this post-it has a change that could not be written.
    pub fn is_unsaved(&self, note: Uuid) -> bool {
        self.unsaved
            .iter()
            .any(|u| u.event.id == note || u.event.body.note() == Some(note))
    }

    /// Whether this post-it has a change the store has not answered yet.
    pub fn is_pending(&self, note: Uuid) -> bool {
        self.pending.iter().any(|id| {
            *id == note
                || self
                    .own
                    .iter()
                    .any(|e| e.id == *id && e.body.note() == Some(note))
        })
    }
}

/// The post-it an event is about (its own id for an Add).
fn note_of(e: &Event) -> Option<Uuid> {
    match e.body {
        Body::Add { .. } => Some(e.id),
        _ => e.body.note(),
    }
}
