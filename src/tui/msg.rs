//! The messages every screen understands, and the effects an update asks
//! the loop to carry out. Keys become messages through each screen's
//! binding table (`screens/*/keys.rs`); the disk and time send them too.

use super::editor::{EditKey, Editor};
use crate::core::event::Event;
use crate::core::model::Column;

/// A move in a list or a board.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nav {
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
    PageUp,
    PageDown,
}

/// An action on the selected post-it, key factor or action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Act {
    Edit,
    Delete,
    Undo,
    Redo,
    /// Move to another quadrant (the next key says which).
    Move,
    /// Merge into a cluster: mark this one, then the one to join.
    Merge,
    /// Take out of its cluster (or, on a head, dissolve it).
    Split,
    /// Add (+1) or remove (−1) a dot for the table's group.
    Dot(i32),
    /// Type the room's count (paper dots, show of hands).
    Tally,
    /// Show or hide the same topic's other tables.
    Others,
    /// Filter the board.
    Filter,
    /// Pick the selected post-it as the key factor (again: unpick).
    Choose,
    /// Close (or reopen) the topic's vote.
    CloseVote,
    /// A new row (the set-up).
    Add,
    /// Moves a row up (−1) or down (+1).
    Shift(i32),
    /// Writes the session file (the set-up).
    Save,
    /// Empty the input (an over-long paste); undo brings it back.
    Clear,
}

/// A field of a proposal's answer typed on the follow-up screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The proposal's own title (a correction).
    Title,
    Response,
    Owner,
    Condition,
    Due,
    Theme,
    /// The text of a progress note (8 in progress, 9 done).
    Progress(crate::core::proposal::Progress),
}

/// A seating searched for the room ([`Msg::Reseated`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Reseating {
    /// The session and its rows' ids when the search began: the plan is
    /// written as edits from them, so what another laptop changed in the
    /// meantime is merged, never undone.
    pub before: crate::core::model::Session,
    pub ids: crate::core::edits::Ids,
    /// The first round seated again.
    pub from_round: usize,
    pub result: Result<(crate::core::model::Session, crate::core::mix::Quality), String>,
}

/// Everything that can happen, from keys, from time, from the disk.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    Toggle,
    Minutes(i64),
    Next,
    Back,
    Mute,
    Projector,
    Help,
    /// Esc: back one level.
    Escape,
    /// Quit (asks first when something would be lost).
    Quit,
    Confirm(bool),
    /// Next (+1) or previous (−1) page of a long individual seating.
    Page(i32),
    /// Start typing a name to find in the seating.
    FindStart,
    FindBack,
    /// Stop typing; the filter stays until Esc.
    FindDone,
    /// Time passed (or the terminal was resized): re-check alerts.
    Tick,
    /// Choose a table to capture.
    OpenCapture,
    /// The key-factor screen.
    OpenKeyFactors,
    /// The plenary screen.
    OpenPlenary,
    /// The follow-up of proposals.
    OpenFollowUp,
    /// A digit key: an answer's status (1–7) or a progress note (8, 9) on
    /// the follow-up; a count on the débat mouvant.
    Digit(u8),
    /// Type one field of the selected proposal's answer.
    Field(Field),
    /// Start typing a search.
    Search,
    /// Scroll the details beside a list by so many rows.
    Scroll(i32),
    /// The débat mouvant.
    OpenDebate,
    /// Typing paper questionnaires in.
    OpenForms,
    /// The door: tick in who arrives.
    OpenDoor,
    /// Seat the room again with who is here (the rounds not started).
    Reseat,
    /// The room seated again (searched off the screen's thread): the
    /// session with its new rotation and the plan's quality, or why not.
    Reseated(Box<Reseating>),
    /// Leave the demo for the set-up of one's own session.
    PrepareOwn,
    /// Type an argument for (true) or against (false) the statement.
    NewArgument(bool),
    /// A key in the text being typed.
    Key(EditKey),
    /// Text pasted in one go (bracketed paste).
    Paste(String),
    /// Enter: save what was typed.
    Submit,
    /// Choose a quadrant (or, while moving, the destination).
    Column(Column),
    /// Tab (+1) / Shift-Tab (−1): next or previous quadrant or slot.
    Cycle(i32),
    /// Next (+1) or previous (−1) pick of the column, the one a plenary
    /// action answers.
    Pick(i32),
    Nav(Nav),
    Act(Act),
    /// Previous (−1) or next (+1) topic.
    Topic(i32),
    /// The round typed post-its belong to (auto, then 1…R).
    CycleRound,
    /// The group typed post-its belong to (auto, then each group).
    CycleGroup,
    /// Who writes during time alone: the next participant or number.
    NextWriter,
    /// The store wrote an event to the journal (synced to disk).
    Written(Box<Event>),
    /// The store could not write it: why.
    NotWritten(Box<Event>, String),
    /// A whole file (the register) could not be replaced: why. The
    /// previous one is intact; the next change writes it whole again.
    FileNotSaved(String),
    /// Every event on disk, as just read (and merged) by the watcher.
    Synced(Box<Synced>),
    /// The session file changed on disk (a set-up screen on another
    /// laptop, an edit by hand): the plan as it now reads.
    SessionChanged(Box<crate::core::model::Session>),
    /// The session file changed on disk but cannot be read: why, with
    /// `path:line:column`.
    SessionUnreadable(String),
    /// The council's register changed on disk (another laptop's walk-in,
    /// an import), as it now reads, and its folder.
    RegisterChanged(Box<crate::core::register::Register>, std::path::PathBuf),
    /// The register changed on disk but cannot be read: why (the one read
    /// before stays, and is never written over).
    RegisterUnreadable(String),
    /// Two programs write under one device name (a cloned laptop, a copied
    /// configuration), found while the screen runs: nothing is lost, and
    /// `tablee check` says where.
    SharedDevice,
    /// This device's own journal files changed underneath the screen
    /// (replaced or removed by another program): the ids still on disk.
    OwnJournal(Box<std::collections::HashSet<uuid::Uuid>>),
    /// The tables' page for the phones (`tablee serve`, from the screen).
    OpenPage,
    /// Show the room the phones' private post-its of time alone.
    ShareAlone,
    /// New access keys for every table's page.
    RenewKeys,
    /// What became of the page (the loop started or stopped it).
    PageState(Box<PageShown>),
}

/// What the loop is asked to do with the tables' page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageAsk {
    Start,
    Stop,
    RenewKeys,
}

/// The tables' page as this laptop serves it, or not.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageShown {
    pub serving: bool,
    pub tables: Vec<PageTable>,
    /// No local network: only this laptop can open the page.
    pub no_lan: bool,
    /// Why it could not start, in words.
    pub problem: Option<String>,
}

/// One table's page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageTable {
    pub table: String,
    pub topic: String,
    /// The address to give the phones (its QR code), and the others.
    pub url: String,
    pub others: Vec<String>,
}

pub use crate::core::replica::Synced;

impl Msg {
    /// The message for these events read from disk (merges them: call it
    /// off the UI thread).
    pub fn synced(events: Vec<Event>) -> Msg {
        Msg::Synced(Box::new(Synced::of(events)))
    }
}

/// What the loop must do after an update.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Effect {
    pub bell: bool,
    pub quit: bool,
    /// Events to write, in order (already on screen, pending).
    pub append: Vec<Event>,
    /// Rewrite the events that failed before.
    pub retry: bool,
    /// Start a fresh journal file before writing.
    pub rotate: bool,
    /// Start, stop or renew the keys of the tables' page.
    pub page: Option<PageAsk>,
    /// Seat the room again with who is here, from this round (the loop
    /// searches the plan, then hands it back as [`Msg::Reseated`]).
    pub reseat: Option<usize>,
    /// People to add to the council's register (its folder, the person),
    /// after the events.
    pub people: Vec<(std::path::PathBuf, crate::core::register::Person)>,
}

/// Keys and pastes into a one-line input (a plenary action, an answer's
/// field, an argument, a search): true when `msg` was one. Enter, Esc and
/// the rest are the screen's.
pub fn line_input(editor: &mut Editor, msg: &Msg) -> bool {
    match msg {
        Msg::Key(EditKey::Newline) => false,
        Msg::Key(k) => {
            editor.key(*k);
            true
        }
        Msg::Paste(text) => {
            editor.insert(text);
            true
        }
        Msg::Nav(Nav::Left) => editor.key(EditKey::Left),
        Msg::Nav(Nav::Right) => editor.key(EditKey::Right),
        Msg::Nav(Nav::Home) => editor.key(EditKey::Home),
        Msg::Nav(Nav::End) => editor.key(EditKey::End),
        _ => false,
    }
}
