//! What every screen of one laptop shares: the session and its plan, the
//! clock, the merged board, the language, the time. Screens see it through
//! their context ([`super::context::Cx`]); none sees another's state.

use crate::i18n::prelude::*;
use jiff::Timestamp;
use uuid::Uuid;

use super::msg::{Effect, Msg};
use crate::core::clock::{Clock, ClockOp};
use crate::core::event::{Body, Stamper};
use crate::core::model::Session;
use crate::core::plan::{self, Schedule};
use crate::core::replica::{IdGen, Notes};
use crate::i18n::Lang;

/// How long the screen flashes at time-up.
pub const FLASH_SECONDS: i64 = 5;

/// How this laptop shows the room: its language and time zone, the time
/// of the last update, colours or not, and what must stay in view.
#[derive(Debug, Clone)]
pub struct Display {
    pub lang: Lang,
    /// The time of the last update, for the view.
    pub now: Timestamp,
    pub tz: jiff::tz::TimeZone,
    /// False under NO_COLOR: signs and words only.
    pub colors: bool,
    /// A problem that must stay in view until fixed (NOT SAVED, clock).
    pub banner: Option<String>,
    /// The screen flashes until then (time up).
    pub flash_until: Option<Timestamp>,
    /// The banner saying a clock action was set aside, while it is up
    /// (it goes at this screen's next clock action), and the banner it
    /// stands in front of (the conflict banner comes back after it).
    clock_banner: Option<String>,
    banner_behind: Option<String>,
    /// The tables' page for the phones, when this laptop serves it.
    pub page: super::msg::PageShown,
}

/// Who this laptop is in the room: the numbers it stamps its events with,
/// how it makes ids, and whether it drives the clock.
#[derive(Debug, Clone)]
pub struct Laptop {
    /// This device's numbers (whose dots and writes are "ours").
    pub stamper: Stamper,
    pub ids: IdGen,
    /// Whether this laptop writes the clock (the facilitator's); a
    /// note-taker's screen only follows it.
    pub clock_writer: bool,
}

/// What every screen of one laptop shares: the workshop's data (the
/// session, its plan, the clock, the merged board), how this laptop shows
/// it ([`Display`]) and who this laptop is ([`Laptop`]).
#[derive(Debug, Clone)]
pub struct Room {
    /// The session as the room sees it: `session.ron` with the set-up
    /// edits of the journals (the last valid one: a set-up edit that makes
    /// it invalid is for the set-up screen to fix, the others keep this).
    pub session: Session,
    /// `session.ron` as it reads, before any set-up edit.
    pub base: Session,
    /// The set-up edits merged (valid or not): what the set-up screen
    /// shows, the rows' ids, what the merge set aside.
    pub setup: crate::core::edits::Merged,
    /// How many set-up edits `setup` was merged from.
    setup_seen: usize,
    /// The rotation, planned once.
    pub schedule: Option<Schedule>,
    /// How well an individual seating mixes people (classic café).
    pub mixing: Option<crate::core::mix::Quality>,
    pub clock: Clock,
    /// The post-its, merged from every device.
    pub notes: Notes,
    /// How this laptop shows the room.
    pub display: Display,
    /// Who this laptop is in the room.
    pub laptop: Laptop,
    /// The clock before any clock event (a legacy `clock.ron`, or new).
    pub base_clock: Clock,
    /// How many clock events `clock` was replayed from.
    clock_ops_seen: usize,
    /// The sessions of this run, by title, when it goes through several
    /// (`tablee follow S1 S2…`), and which one this is.
    pub year: Vec<String>,
    pub year_at: usize,
    /// The council's register (names for the door), and the folder it is
    /// in: `None` when it could not be read (never written over).
    pub register: crate::core::register::Register,
    pub register_dir: Option<std::path::PathBuf>,
    /// A seating is being searched for the room (`r`), off the screen's
    /// thread: its answer comes as [`crate::tui::msg::Msg::Reseated`].
    pub reseating: bool,
}

impl Room {
    pub fn new(session: Session, clock: Clock, lang: Lang, now: Timestamp) -> Room {
        let schedule = plan::schedule(&session).ok();
        let mixing = schedule
            .as_ref()
            .and_then(|s| crate::core::mix::seating::assess_schedule(&session, s));
        Room {
            base: session.clone(),
            setup: crate::core::edits::merge(&session, &[]),
            setup_seen: 0,
            session,
            schedule,
            mixing,
            clock: clock.clone(),
            notes: Notes::default(),
            display: Display {
                lang,
                now,
                tz: jiff::tz::TimeZone::UTC,
                colors: true,
                banner: None,
                flash_until: None,
                clock_banner: None,
                banner_behind: None,
                page: Default::default(),
            },
            laptop: Laptop {
                stamper: Stamper::new(Uuid::nil(), 0, 0),
                ids: IdGen::Random,
                clock_writer: true,
            },
            base_clock: clock.clone(),
            clock_ops_seen: 0,
            year: Vec::new(),
            year_at: 0,
            register: crate::core::register::Register::new(),
            register_dir: None,
            reseating: false,
        }
    }

    /// The mixing's quality line worked out again, with what the register
    /// knows of the people seated by id (their roles, languages,
    /// organisations): after a new plan, or a new register.
    pub fn assess_mixing(&mut self) {
        let known = crate::core::seats::with_profiles(&self.session, &self.register);
        self.mixing = self
            .schedule
            .as_ref()
            .and_then(|s| crate::core::mix::seating::assess_schedule(&known, s));
    }

    /// The name a seat shows: the register's person's, or the name typed
    /// in the session.
    pub fn seat_name(&self, seat: &str) -> String {
        crate::i18n::register::seat_name(&self.register, seat, self.display.lang)
    }

    /// A new plan (the session file changed on disk): the rotation and
    /// the mixing are worked out again, the clock replayed against the new
    /// agenda's minutes.
    fn replace_session(&mut self, session: Session) {
        self.schedule = plan::schedule(&session).ok();
        self.session = session;
        self.assess_mixing();
        let planned: Vec<u32> = self.session.agenda.iter().map(|p| p.minutes).collect();
        let fired = std::mem::take(&mut self.clock.fired);
        self.clock = Clock::replay(&self.base_clock, &self.notes.board.clock_ops, &planned);
        self.clock.fired = fired;
        self.clock_ops_seen = self.notes.board.clock_ops.len();
    }

    /// `session.ron` changed on disk: the session is merged again from it.
    pub fn replace_base(&mut self, base: Session) -> bool {
        self.base = base;
        self.setup_seen = usize::MAX;
        self.follow_setup()
    }

    /// The session follows the set-up edits of the merged board (typed on
    /// a set-up screen here or on another laptop): merged again when new
    /// ones arrived. True when the room's session changed.
    pub fn follow_setup(&mut self) -> bool {
        let ops = &self.notes.board.setup_ops;
        if ops.len() == self.setup_seen {
            return false;
        }
        self.setup_seen = ops.len();
        let merged = crate::core::edits::merge(&self.base, ops);
        // A set-up change set aside (two laptops typed one field): every
        // screen says there is something to look at; the set-up screens
        // and `tablee check` say what.
        let new = merged
            .set_aside
            .iter()
            .any(|a| !self.setup.set_aside.contains(a));
        if new && self.display.banner.is_none() {
            self.display.banner = Some(self.display.lang.s().tui.conflict_banner.to_string());
        }
        let valid = !crate::core::validate::validate(&merged.session)
            .iter()
            .any(|p| p.severity == crate::core::validate::Severity::Error);
        let session = merged.session.clone();
        self.setup = merged;
        // An error in the set-up keeps the plan the screen had, and says so
        // until it is fixed.
        let error = self.display.lang.s().cap.setup_has_error;
        if !valid && self.display.banner.is_none() {
            self.display.banner = Some(error.to_string());
        } else if valid && self.display.banner.as_deref() == Some(error) {
            self.display.banner = None;
        }
        if valid && session != self.session {
            self.replace_session(session);
            return true;
        }
        false
    }

    /// The clock follows the clock events of the merged board: replayed
    /// when new ones arrived (typed here or on another laptop). Alerts
    /// already given in this phase stay given, unless time was added.
    pub fn follow_clock(&mut self) {
        let ops = &self.notes.board.clock_ops;
        if ops.len() == self.clock_ops_seen {
            return;
        }
        let planned: Vec<u32> = self.session.agenda.iter().map(|p| p.minutes).collect();
        let mut c = Clock::replay(&self.base_clock, ops, &planned);
        if c.phase == self.clock.phase {
            let left = c.remaining(planned.get(c.phase).copied().unwrap_or(0), self.display.now);
            c.fired = std::mem::take(&mut self.clock.fired);
            c.fired.retain(|&w| w >= left || (w == 0 && left <= 0));
        } else {
            self.display.flash_until = None;
        }
        self.clock_ops_seen = ops.len();
        // A clock action of this or another screen was set aside by the
        // merge: said once. It stands in front of the conflict banner
        // (which comes back after it), never of NOT SAVED.
        let conflict = self.display.lang.s().tui.conflict_banner;
        let behind = match self.display.banner.as_deref() {
            None => Some(None),
            Some(b) if b == conflict => Some(Some(b.to_string())),
            Some(_) if self.display.banner == self.display.clock_banner => {
                Some(self.display.banner_behind.clone())
            }
            Some(_) => None,
        };
        if c.overridden.len() > self.clock.overridden.len()
            && let Some(o) = c.overridden.last()
            && let Some(behind) = behind
        {
            let titles: Vec<String> = self
                .session
                .agenda
                .iter()
                .map(|p| p.title.clone())
                .collect();
            let said = crate::i18n::clock::overridden(
                o,
                &titles,
                Some(self.laptop.stamper.device),
                self.display.lang,
            );
            self.display.banner = Some(said.clone());
            self.display.clock_banner = Some(said);
            self.display.banner_behind = behind;
        }
        self.clock = c;
    }

    /// Makes an event: on screen at once (pending), queued for the store.
    /// Returns its id.
    pub fn emit(&mut self, fx: &mut Effect, body: Body) -> Uuid {
        let id = self.laptop.ids.fresh();
        self.laptop.stamper.observe(self.notes.board.max_lamport);
        let event = self.laptop.stamper.stamp(id, body, self.display.now);
        self.notes.emitted(event.clone());
        fx.append.push(event);
        id
    }

    /// This device.
    pub fn device(&self) -> Uuid {
        self.laptop.stamper.device
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
        self.clock.remaining(self.planned(), self.display.now)
    }

    /// Seconds of margin the current phase's range allows past its
    /// planned length (0 without a range).
    pub fn margin(&self) -> i64 {
        self.session
            .agenda
            .get(self.clock.phase)
            .and_then(|p| p.up_to.map(|u| i64::from(u.saturating_sub(p.minutes)) * 60))
            .unwrap_or(0)
    }

    /// Round number (1-based) of the current phase, if it is a round.
    pub fn current_round(&self) -> Option<usize> {
        self.session.round_of_phase(self.clock.phase)
    }

    /// The round the room should look at: the current one, or the next to come.
    pub fn focus_round(&self) -> Option<usize> {
        self.session.focus_round(self.clock.phase)
    }

    pub fn flashing(&self) -> bool {
        self.display
            .flash_until
            .is_some_and(|t| self.display.now < t)
    }

    /// Whether quitting now interrupts a running round (worth a question).
    pub fn round_running(&self) -> bool {
        self.laptop.clock_writer && self.clock.is_running() && self.current_round().is_some()
    }

    /// A clock message (start/pause, ± minutes, next, back, mute), from
    /// any screen that drives the clock: written as a clock event, which
    /// every other screen follows. The notice, if any, says why nothing
    /// happened. None when `msg` is not about the clock.
    pub fn clock_msg(&mut self, msg: &Msg, fx: &mut Effect) -> Option<Option<&'static str>> {
        let op = match msg {
            Msg::Toggle => self.clock.toggle_op(),
            Msg::Minutes(m) => ClockOp::Minutes(*m),
            Msg::Next if self.clock.phase + 1 >= self.phases() => {
                return Some(Some(self.display.lang.s().tui.last_phase));
            }
            Msg::Next => ClockOp::Next,
            Msg::Back if self.clock.phase == 0 => return Some(None),
            Msg::Back => ClockOp::Back,
            Msg::Mute => ClockOp::Mute(!self.clock.muted),
            _ => return None,
        };
        if !self.laptop.clock_writer {
            return Some(Some(self.display.lang.s().tui.follow_only));
        }
        if self.display.clock_banner.is_some() && self.display.banner == self.display.clock_banner {
            self.display.banner = self.display.banner_behind.take();
        }
        self.display.clock_banner = None;
        // The event names the visit of the phase this screen shows, and,
        // for a move, whether its clock ran: the merge needs both to keep
        // the room where the furthest screen took it (`Clock::replay`).
        let phase = self.clock.phase;
        let epoch = Some(self.clock.epoch);
        let running =
            matches!(op, ClockOp::Next | ClockOp::Back).then_some(self.clock.is_running());
        self.emit(
            fx,
            Body::Clock {
                phase,
                op,
                epoch,
                running,
            },
        );
        self.follow_clock();
        Some(None)
    }
}
