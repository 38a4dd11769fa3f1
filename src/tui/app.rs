//! The application state and its pure `update`: the facilitator's clock
//! here, the note-taker's capture in [`super::capture`], the key-factor and
//! plenary screens in [`super::factors`].

use std::sync::Arc;

use jiff::Timestamp;
use uuid::Uuid;

use super::capture::Capture;
use super::editor::EditKey;
use super::factors::Factors;
use super::notes::{IdGen, Notes};
use crate::core::clock::{Alert, Clock};
use crate::core::event::{Body, Event};
use crate::core::model::{PhaseKind, Quadrant, Session};
use crate::core::plan::{self, Schedule};
use crate::i18n::Lang;

/// Which screen is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Facilitator,
    Projector,
    /// A note-taker's SWOT board for one table.
    Capture,
    /// Per topic, post-its ranked by votes; the four key factors picked.
    KeyFactors,
    /// Per topic, the key factors and the room's actions.
    Plenary,
}

/// What floats above the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    None,
    Help,
    ConfirmQuit,
    /// Choosing the table to capture (index of the highlighted one).
    PickTable(usize),
    /// Quitting with a post-it half typed or not saved.
    ConfirmLeave,
}

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

/// A single-key action on the selected post-it, key factor or action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Act {
    Edit,
    Delete,
    Undo,
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
    Escape,
    Quit,
    Confirm(bool),
    ForceQuit,
    /// Next (+1) or previous (−1) page of a long individual seating.
    Page(i32),
    /// Start typing a name to find in the seating.
    FindStart,
    FindChar(char),
    FindBack,
    /// Stop typing; the filter stays until Esc.
    FindDone,
    /// Time passed (or the terminal was resized): re-check alerts.
    Tick,
    /// `c`: choose a table to capture.
    OpenCapture,
    /// `k`: the key-factor screen.
    OpenKeyFactors,
    /// `l`: the plenary screen.
    OpenPlenary,
    /// A key in the text being typed.
    Key(EditKey),
    /// Text pasted in one go (bracketed paste).
    Paste(String),
    /// Enter: save what was typed.
    Submit,
    /// Alt + a quadrant's key: choose the quadrant (or, while moving, the
    /// destination).
    Quadrant(Quadrant),
    /// Tab (+1) / Shift-Tab (−1): next or previous quadrant or slot.
    Cycle(i32),
    Nav(Nav),
    Act(Act),
    /// Previous (−1) or next (+1) topic.
    Topic(i32),
    /// F2: the round typed post-its belong to (auto, then 1…R).
    CycleRound,
    /// F3: the group typed post-its belong to (auto, then each group).
    CycleGroup,
    /// The loop wrote an event to the journal (synced to disk).
    Written(Box<Event>),
    /// The loop could not write it: why.
    NotWritten(Box<Event>, String),
    /// Every event on disk, as just read (and merged) by the watcher.
    Synced(Box<Synced>),
    /// The facilitator's clock, changed on disk (read-only screens).
    ClockChanged(Box<Clock>),
    /// The store saved the clock, or could not (why).
    ClockSaved(Option<String>),
}

/// What the watcher read from disk, merged off the UI thread.
#[derive(Debug, Clone, PartialEq)]
pub struct Synced {
    pub events: Arc<Vec<Event>>,
    /// The board of exactly `events`.
    pub board: crate::core::board::Board,
}

impl Msg {
    /// The message for these events read from disk (merges them: call it
    /// off the UI thread).
    pub fn synced(events: Vec<Event>) -> Msg {
        let board = crate::core::board::Board::from_events(&events);
        Msg::Synced(Box::new(Synced {
            events: Arc::new(events),
            board,
        }))
    }
}

/// What the loop must do after an update.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Effect {
    pub save_clock: bool,
    pub bell: bool,
    pub quit: bool,
    /// Events to write, in order (already on screen, pending).
    pub append: Vec<Event>,
    /// Rewrite the events that failed before.
    pub retry: bool,
}

/// How long the screen flashes at time-up.
pub const FLASH_SECONDS: i64 = 5;

#[derive(Debug, Clone)]
pub struct App {
    pub session: Session,
    pub schedule: Option<Schedule>,
    pub clock: Clock,
    pub lang: Lang,
    pub mode: Mode,
    pub overlay: Overlay,
    /// The screen flashes until then (time up).
    pub flash_until: Option<Timestamp>,
    /// A problem the facilitator must see (e.g. the clock could not be saved).
    pub banner: Option<String>,
    /// A short message (e.g. "this is the last phase"), cleared by the next key.
    pub notice: Option<String>,
    /// The time of the last update, for the view.
    pub now: Timestamp,
    pub tz: jiff::tz::TimeZone,
    /// False under NO_COLOR: signs and words only.
    pub colors: bool,
    /// Page of the individual seating shown on the rotation board.
    pub board_page: usize,
    /// Names containing this (case and accents aside) are shown alone.
    pub find: String,
    /// Keys type into `find`.
    pub finding: bool,
    /// The post-its, merged from every device.
    pub notes: Notes,
    /// This device's numbers (whose dots and writes are "ours").
    pub stamper: crate::core::event::Stamper,
    pub ids: IdGen,
    /// The table being captured (kept when leaving, with its draft).
    pub capture: Option<Capture>,
    /// The key-factor and plenary screens.
    pub factors: Factors,
    /// Whether this screen writes the clock (the facilitator's); a
    /// note-taker's screen only follows it.
    pub clock_writer: bool,
    /// Where Esc finally leads: the facilitator screen, or (for
    /// `run --table`) the capture itself.
    pub home: Mode,
}

impl App {
    pub fn new(session: Session, clock: Clock, lang: Lang, now: Timestamp) -> App {
        let schedule = plan::schedule(&session).ok();
        App {
            session,
            schedule,
            clock,
            lang,
            mode: Mode::Facilitator,
            overlay: Overlay::None,
            flash_until: None,
            banner: None,
            notice: None,
            now,
            tz: jiff::tz::TimeZone::UTC,
            colors: true,
            board_page: 0,
            find: String::new(),
            finding: false,
            notes: Notes::default(),
            stamper: crate::core::event::Stamper::new(Uuid::nil(), 0, 0),
            ids: IdGen::Random,
            capture: None,
            factors: Factors::default(),
            clock_writer: true,
            home: Mode::Facilitator,
        }
    }

    /// The board from these events.
    pub fn with_events(mut self, events: Vec<Event>) -> App {
        self.notes = Notes::new(events);
        self
    }

    /// Opens the capture of `table` as the only screen (`run --table`).
    pub fn capture_only(mut self, table: &str) -> App {
        self.capture = Some(Capture::new(table));
        self.mode = Mode::Capture;
        self.home = Mode::Capture;
        self.clock_writer = false;
        self
    }

    /// Makes an event: on screen at once (pending), queued for the store.
    /// Returns its id.
    pub fn emit(&mut self, fx: &mut Effect, body: Body) -> Uuid {
        let id = self.ids.fresh();
        self.stamper.observe(self.notes.board.max_lamport);
        let event = self.stamper.stamp(id, body, self.now);
        self.notes.emitted(event.clone());
        fx.append.push(event);
        id
    }

    /// This device.
    pub fn device(&self) -> Uuid {
        self.stamper.device
    }

    /// Whether a board of post-its is on screen (the watcher then rescans
    /// the folder every few seconds).
    pub fn shows_board(&self) -> bool {
        !matches!(self.mode, Mode::Facilitator | Mode::Projector)
    }

    /// Whether quitting now would lose typing or unsaved post-its.
    pub fn has_unsaved_work(&self) -> bool {
        !self.notes.unsaved.is_empty()
            || self.capture.as_ref().is_some_and(Capture::has_draft)
            || self.factors.has_draft()
    }

    pub fn phases(&self) -> usize {
        self.session.agenda.len()
    }

    /// Planned minutes of the current phase.
    pub fn planned(&self) -> u32 {
        self.session
            .agenda
            .get(self.clock.phase)
            .map(|p| p.minutes)
            .unwrap_or(0)
    }

    pub fn remaining(&self) -> i64 {
        self.clock.remaining(self.planned(), self.now)
    }

    /// Round number (1-based) of the current phase, if it is a round.
    pub fn current_round(&self) -> Option<usize> {
        let phase = self.session.agenda.get(self.clock.phase)?;
        (phase.kind == PhaseKind::Round).then(|| self.rounds_up_to(self.clock.phase))
    }

    /// The round the room should look at: the current one, or the next to come.
    pub fn focus_round(&self) -> Option<usize> {
        if let Some(r) = self.current_round() {
            return Some(r);
        }
        let next = self.rounds_up_to(self.clock.phase) + 1;
        (next <= self.session.round_phases()).then_some(next)
    }

    fn rounds_up_to(&self, phase: usize) -> usize {
        self.session.agenda[..=phase.min(self.session.agenda.len().saturating_sub(1))]
            .iter()
            .filter(|p| p.kind == PhaseKind::Round)
            .count()
    }

    pub fn flashing(&self) -> bool {
        self.flash_until.is_some_and(|t| self.now < t)
    }
}

/// The pure heart of every screen: applies one message at time `now`.
pub fn update(app: &mut App, msg: Msg, now: Timestamp) -> Effect {
    app.now = now;
    let mut fx = Effect::default();
    step(app, msg, &mut fx);
    // Only the facilitator's screen writes the clock, whatever asked.
    if !app.clock_writer {
        fx.save_clock = false;
    }
    // After every message: the key-factor ranking follows the board, and
    // the clock's alerts are settled.
    if matches!(app.mode, Mode::KeyFactors | Mode::Plenary) {
        super::factors::refresh(app);
    }
    with_alerts(app, fx)
}

fn step(app: &mut App, msg: Msg, fx: &mut Effect) {
    // What the loop reports back, whatever the screen.
    match msg {
        Msg::Written(event) => {
            app.notes.written(*event);
            if app.notes.unsaved.is_empty() {
                app.banner = None;
            }
            return;
        }
        Msg::NotWritten(event, why) => {
            app.banner = Some(format!("{}: {why}", app.lang.s().cap.not_saved));
            app.notes.not_written(*event, why);
            return;
        }
        Msg::Synced(synced) => {
            app.notes.synced(*synced);
            if let Some(c) = app.capture.as_mut() {
                c.keep_selection(&app.notes.board);
            }
            return;
        }
        Msg::ClockSaved(problem) => {
            app.banner = match problem {
                Some(why) => Some(format!("{}: {why}", app.lang.s().tui.clock_not_saved)),
                None if app.notes.unsaved.is_empty() => None,
                None => app.banner.take(),
            };
            return;
        }
        Msg::ClockChanged(clock) => {
            if !app.clock_writer {
                app.clock = *clock;
            }
            return;
        }
        // Time passing is the loop's business (retry what was not saved);
        // no screen acts on it, so no move or count under way is disturbed.
        Msg::Tick => {
            fx.retry = !app.notes.unsaved.is_empty();
            return;
        }
        _ => {}
    }
    app.notice = None;
    match app.overlay {
        Overlay::ConfirmQuit | Overlay::ConfirmLeave => {
            match msg {
                Msg::Confirm(true) | Msg::ForceQuit => {
                    fx.quit = true;
                    fx.save_clock = true;
                }
                Msg::Confirm(false) | Msg::Escape | Msg::Quit => app.overlay = Overlay::None,
                _ => {}
            }
            return;
        }
        Overlay::PickTable(i) => return pick_table(app, i, msg),
        Overlay::Help => {
            // Any key closes the help; Esc and ? only close it.
            app.overlay = Overlay::None;
            if matches!(msg, Msg::Escape | Msg::Help) {
                return;
            }
        }
        Overlay::None => {}
    }
    match msg {
        Msg::ForceQuit if app.has_unsaved_work() => app.overlay = Overlay::ConfirmLeave,
        Msg::ForceQuit => {
            fx.quit = true;
            fx.save_clock = true;
        }
        Msg::Quit if app.has_unsaved_work() => app.overlay = Overlay::ConfirmLeave,
        Msg::Help => app.overlay = Overlay::Help,
        _ => match app.mode {
            Mode::Facilitator | Mode::Projector => facilitator(app, msg, fx),
            Mode::Capture => super::capture::update(app, msg, fx),
            Mode::KeyFactors | Mode::Plenary => super::factors::update(app, msg, fx),
        },
    }
}

/// Applies a text-editing message (a key, a paste, a cursor move) to
/// `editor`. `None` when `msg` is not one; otherwise whether it all fitted.
pub(super) fn edit_text(editor: &mut super::editor::Editor, msg: &Msg) -> Option<bool> {
    Some(match msg {
        Msg::Key(k) => editor.key(*k),
        Msg::Paste(text) => editor.insert(text),
        Msg::Nav(Nav::Left) => editor.key(EditKey::Left),
        Msg::Nav(Nav::Right) => editor.key(EditKey::Right),
        Msg::Nav(Nav::Home) => editor.key(EditKey::Home),
        Msg::Nav(Nav::End) => editor.key(EditKey::End),
        _ => return None,
    })
}

/// The table chooser opened by `c`.
fn pick_table(app: &mut App, i: usize, msg: Msg) {
    let n = app.session.tables.len();
    let open = |app: &mut App, i: usize| {
        let key = app.session.tables[i].key.clone();
        if app.capture.as_ref().is_none_or(|c| c.table != key) {
            app.capture = Some(Capture::new(&key));
        }
        app.overlay = Overlay::None;
        app.mode = Mode::Capture;
    };
    match msg {
        Msg::Nav(Nav::Up) | Msg::Cycle(-1) => {
            app.overlay = Overlay::PickTable((i + n.max(1) - 1) % n.max(1))
        }
        Msg::Nav(Nav::Down) | Msg::Cycle(1) => app.overlay = Overlay::PickTable((i + 1) % n.max(1)),
        Msg::Submit | Msg::Confirm(true) if i < n => open(app, i),
        Msg::Key(EditKey::Char(c)) => {
            let typed = c.to_string().to_lowercase();
            match app
                .session
                .tables
                .iter()
                .position(|t| t.key.to_lowercase() == typed)
            {
                Some(i) => open(app, i),
                None => app.notice = Some(app.lang.s().cap.no_such_table.to_string()),
            }
        }
        Msg::Escape | Msg::Quit | Msg::OpenCapture => app.overlay = Overlay::None,
        _ => {}
    }
}

/// The facilitator and projector screens.
fn facilitator(app: &mut App, msg: Msg, fx: &mut Effect) {
    let now = app.now;
    let planned = app.planned();
    match msg {
        Msg::Toggle => {
            app.clock.toggle(now);
            fx.save_clock = true;
        }
        Msg::Minutes(m) => {
            app.clock.add_minutes(m, planned, now);
            fx.save_clock = true;
        }
        Msg::Next => {
            if app.clock.next(app.phases(), now) {
                app.flash_until = None;
                fx.save_clock = true;
            } else {
                app.notice = Some(app.lang.s().tui.last_phase.to_string());
            }
        }
        Msg::Back if app.clock.back(now) => {
            app.flash_until = None;
            fx.save_clock = true;
        }
        Msg::Mute => {
            app.clock.muted = !app.clock.muted;
            fx.save_clock = true;
        }
        Msg::Projector => {
            app.mode = match app.mode {
                Mode::Projector => Mode::Facilitator,
                _ => Mode::Projector,
            }
        }
        Msg::Escape => {
            if app.finding || !app.find.is_empty() {
                app.finding = false;
                app.find.clear();
                app.board_page = 0;
            } else if app.mode == Mode::Projector {
                app.mode = Mode::Facilitator;
            }
        }
        Msg::Quit => {
            if app.clock.is_running() && app.current_round().is_some() {
                app.overlay = Overlay::ConfirmQuit;
            } else {
                fx.quit = true;
                fx.save_clock = true;
            }
        }
        Msg::Page(step) => {
            app.board_page = app.board_page.saturating_add_signed(step as isize);
        }
        Msg::FindStart => {
            app.finding = true;
            app.board_page = 0;
        }
        Msg::FindChar(c) if !c.is_control() && app.find.chars().count() < 40 => {
            app.find.push(c);
            app.board_page = 0;
        }
        Msg::FindBack => {
            app.find.pop();
        }
        Msg::FindDone => app.finding = false,
        Msg::OpenCapture => {
            let at = app
                .capture
                .as_ref()
                .and_then(|c| app.session.table_index(&c.table))
                .unwrap_or(0);
            app.overlay = Overlay::PickTable(at);
        }
        Msg::OpenKeyFactors => super::factors::open(app, Mode::KeyFactors),
        Msg::OpenPlenary => super::factors::open(app, Mode::Plenary),
        _ => {}
    }
}

fn with_alerts(app: &mut App, mut fx: Effect) -> Effect {
    // Only the facilitator's screen rings and marks alerts as given.
    if !app.clock_writer {
        return fx;
    }
    let planned = app.planned();
    let alerts = app.clock.due_alerts(planned, app.now);
    if !alerts.is_empty() {
        fx.save_clock = true;
        if !app.clock.muted {
            fx.bell = true;
        }
    }
    if alerts.contains(&Alert::TimeUp) {
        app.flash_until = Some(app.now + jiff::SignedDuration::from_secs(FLASH_SECONDS));
    }
    fx
}
