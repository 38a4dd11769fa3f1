//! What happens to post-its, as events.
//!
//! Every change is an [`Event`] with a UUID, the device that made it, that
//! device's sequence number and a Lamport counter. The state of a session is a
//! fold of the set of events (see [`super::board`]); wall-clock times are kept
//! for people, never used to order anything.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::model::Column;

/// Longest post-it, in characters. Longer input is refused with a message.
pub const MAX_NOTE_CHARS: usize = 1000;

/// One change, as written to a journal line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// Unique id; for `Add` it is also the post-it's id.
    pub id: Uuid,
    /// The device that wrote it.
    pub device: Uuid,
    /// 1, 2, 3… per device.
    pub seq: u64,
    /// Lamport counter: greater than every event the device had seen.
    pub lamport: u64,
    /// When it was typed (for people; never for ordering).
    pub at: jiff::Timestamp,
    pub body: Body,
}

/// Gives events their device, sequence number and Lamport counter.
///
/// A screen stamps an event the moment it is typed, so it shows at once
/// (pending) while the store worker writes it; the journal writer keeps the
/// numbers it is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamper {
    pub device: Uuid,
    /// The last sequence number used by this device.
    pub seq: u64,
    /// The highest Lamport counter seen or used.
    pub lamport: u64,
}

impl Stamper {
    pub fn new(device: Uuid, seq: u64, lamport: u64) -> Stamper {
        Stamper {
            device,
            seq,
            lamport,
        }
    }

    /// Takes note of events seen from other devices (Lamport clock).
    pub fn observe(&mut self, lamport: u64) {
        self.lamport = self.lamport.max(lamport);
    }

    /// The next event of this device.
    pub fn stamp(&mut self, id: Uuid, body: Body, at: jiff::Timestamp) -> Event {
        self.seq += 1;
        self.lamport += 1;
        Event {
            id,
            device: self.device,
            seq: self.seq,
            lamport: self.lamport,
            at,
            body,
        }
    }
}

/// What an event does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Body {
    /// A new post-it; its id is the event's id.
    Add {
        table: String,
        quadrant: Column,
        #[serde(default)]
        round: Option<u32>,
        #[serde(default)]
        group: Option<String>,
        text: String,
        /// Who wrote it during time alone: a participant's name, or a
        /// number when the session keeps writers anonymous.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        author: Option<String>,
        /// Written during time alone on a phone: private to that phone
        /// (its id, made by the phone) until shared ([`Body::Share`]).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        private: Option<Uuid>,
    },
    /// Private post-its of time alone shown to the room: the facilitator's
    /// « partager », or a phone sharing its own.
    Share {
        notes: Vec<Uuid>,
    },
    /// New text for a post-it.
    Edit {
        note: Uuid,
        text: String,
    },
    /// Another quadrant and/or table.
    Move {
        note: Uuid,
        quadrant: Column,
        table: String,
    },
    Delete {
        note: Uuid,
    },
    Restore {
        note: Uuid,
    },
    /// Puts `note` in the cluster headed by `into`.
    Cluster {
        note: Uuid,
        into: Uuid,
    },
    /// Takes `note` out of its cluster.
    Uncluster {
        note: Uuid,
    },
    /// Adds (or, negative, removes) dots, placed by `group` (none: the
    /// room, or a session without groups).
    Vote {
        note: Uuid,
        delta: i32,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        group: Option<String>,
    },
    /// The room's count for a post-it (paper dots, show of hands), typed by
    /// the facilitator; it replaces the previous count and adds to the dots.
    Tally {
        note: Uuid,
        count: u32,
    },
    /// Closes (or reopens) the vote on a topic: hidden votes show once closed.
    CloseVote {
        topic: String,
        closed: bool,
    },
    /// The key factor of a topic's quadrant; `None` clears the choice.
    KeyFactor {
        topic: String,
        quadrant: Column,
        note: Option<Uuid>,
    },
    /// One of the room's picks on a board other than SWOT (several per
    /// column); `chosen: false` takes it back. Last writer wins per post-it.
    Choose {
        topic: String,
        note: Uuid,
        chosen: bool,
    },
    /// A plenary action about a topic's key factor; its id is the event's id.
    Action {
        topic: String,
        quadrant: Column,
        text: String,
        /// The pick it answers (a column can hold several on boards other
        /// than SWOT); absent in journals written before it was recorded,
        /// and for a quadrant with no pick yet.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        from: Option<Uuid>,
    },
    /// New text for a plenary action (empty: withdrawn).
    EditAction {
        action: Uuid,
        text: String,
    },
    /// The room's clock: started, paused, ± minutes, next or previous
    /// phase, muted; `phase` is the one the screen showed, `epoch` which
    /// visit of it (see `Clock::replay`), `running` (for a move) whether
    /// its clock ran. Journals written before have neither.
    Clock {
        phase: usize,
        op: super::clock::ClockOp,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        epoch: Option<u64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        running: Option<bool>,
    },
    /// A proposal written or promoted from post-its; its id is the
    /// event's id (plenary actions are proposals without this event).
    Propose {
        text: String,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        description: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        theme: Option<String>,
        #[serde(default)]
        origin: super::proposal::Origin,
    },
    /// An answer to a proposal (or a plenary action): the fields it sets.
    Respond {
        proposal: Uuid,
        response: super::proposal::Response,
    },
    /// How the room stands on a statement of the débat mouvant (agree,
    /// rather agree, rather disagree, disagree); replaces the previous
    /// count of the same statement and moment.
    Stance {
        statement: String,
        when: super::debate::When,
        counts: super::debate::Counts,
    },
    /// A notable argument for or against a statement; its id is the
    /// event's id.
    Argument {
        statement: String,
        side: super::debate::Side,
        text: String,
    },
    /// Withdraws an argument typed by mistake.
    WithdrawArgument {
        argument: Uuid,
    },
    /// A person of the register ticked in at the door (`here`), or the
    /// tick taken back; by id, never by name. The latest wins.
    Arrived {
        person: Uuid,
        here: bool,
    },
    /// The statement of the débat mouvant the room is on now, for every
    /// screen of the room (the projector reads it out); the latest wins.
    DebateOn {
        statement: String,
    },
    /// One change of the set-up (a field, a row, the order of a list, a
    /// round of the rotation): see [`super::edits`].
    Setup(super::edits::Edit),
    /// One paper form of a questionnaire, as typed in: its answers by
    /// question. The same `form` typed again replaces it (a correction).
    Form {
        form: Uuid,
        questionnaire: String,
        answers: Vec<(String, super::questionnaire::Answer)>,
    },
    /// Withdraws a form typed by mistake (a later `Form` brings it back).
    WithdrawForm {
        form: Uuid,
    },
    /// A majority judgment's tally, for the synthesis to rank: replaces
    /// the one recorded before.
    Judged(super::judgment::Recorded),
}

impl Body {
    /// The post-it this event is about, if any.
    pub fn note(&self) -> Option<Uuid> {
        match self {
            Body::Edit { note, .. }
            | Body::Move { note, .. }
            | Body::Delete { note }
            | Body::Restore { note }
            | Body::Cluster { note, .. }
            | Body::Uncluster { note }
            | Body::Vote { note, .. }
            | Body::Tally { note, .. } => Some(*note),
            Body::Add { .. }
            | Body::CloseVote { .. }
            | Body::KeyFactor { .. }
            | Body::Choose { .. }
            | Body::Action { .. }
            | Body::EditAction { .. }
            | Body::Clock { .. }
            | Body::Propose { .. }
            | Body::Respond { .. }
            | Body::Stance { .. }
            | Body::Argument { .. }
            | Body::WithdrawArgument { .. }
            | Body::DebateOn { .. }
            | Body::Arrived { .. }
            | Body::Share { .. }
            | Body::Form { .. }
            | Body::WithdrawForm { .. }
            | Body::Judged(_)
            | Body::Setup(_) => None,
        }
    }
}

/// Why a post-it's text is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextError {
    Empty,
    TooLong { chars: usize },
}

/// Cleans typed or pasted text for a post-it: control characters and bidi
/// overrides removed, surrounding blank space trimmed, length checked.
pub fn clean_text(raw: &str) -> Result<String, TextError> {
    let text = super::text::sanitize(raw).trim().to_string();
    let chars = text.chars().count();
    if chars == 0 {
        Err(TextError::Empty)
    } else if chars > MAX_NOTE_CHARS {
        Err(TextError::TooLong { chars })
    } else {
        Ok(text)
    }
}

/// Text as stored after load: sanitised and capped, never refused (the
/// events came from another laptop; losing them is worse than trimming).
pub fn loaded_text(raw: &str) -> String {
    let clean = super::text::sanitize(raw);
    match clean.char_indices().nth(MAX_NOTE_CHARS) {
        Some((cut, _)) => clean[..cut].to_string(),
        None => clean,
    }
}
