//! The facilitator's application state and its pure `update`.

use jiff::Timestamp;

use crate::core::clock::{Alert, Clock};
use crate::core::model::{PhaseKind, Session};
use crate::core::plan::{self, Schedule};
use crate::i18n::Lang;

/// Which screen is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Facilitator,
    Projector,
}

/// What floats above the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    None,
    Help,
    ConfirmQuit,
}

/// Everything that can happen, from keys or from time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
}

/// What the loop must do after an update.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Effect {
    pub save_clock: bool,
    pub bell: bool,
    pub quit: bool,
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
    pub notice: Option<&'static str>,
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
        }
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

/// The pure heart of the facilitator screen.
pub fn update(app: &mut App, msg: Msg, now: Timestamp) -> Effect {
    app.now = now;
    let mut fx = Effect::default();
    if !matches!(msg, Msg::Tick) {
        app.notice = None;
    }
    if app.overlay == Overlay::ConfirmQuit {
        match msg {
            Msg::Confirm(true) | Msg::ForceQuit => {
                fx.quit = true;
                fx.save_clock = true;
            }
            Msg::Confirm(false) | Msg::Escape | Msg::Quit => app.overlay = Overlay::None,
            _ => {}
        }
        return with_alerts(app, fx);
    }
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
                app.notice = Some(app.lang.s().tui.last_phase);
            }
        }
        Msg::Back => {
            if app.clock.back(now) {
                app.flash_until = None;
                fx.save_clock = true;
            }
        }
        Msg::Mute => {
            app.clock.muted = !app.clock.muted;
            fx.save_clock = true;
        }
        Msg::Projector => {
            app.mode = match app.mode {
                Mode::Facilitator => Mode::Projector,
                Mode::Projector => Mode::Facilitator,
            }
        }
        Msg::Help => {
            app.overlay = match app.overlay {
                Overlay::Help => Overlay::None,
                _ => Overlay::Help,
            }
        }
        Msg::Escape => {
            if app.finding || !app.find.is_empty() {
                app.finding = false;
                app.find.clear();
                app.board_page = 0;
            } else if app.overlay != Overlay::None {
                app.overlay = Overlay::None;
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
        Msg::ForceQuit => {
            fx.quit = true;
            fx.save_clock = true;
        }
        Msg::Page(step) => {
            app.board_page = app.board_page.saturating_add_signed(step as isize);
        }
        Msg::FindStart => {
            app.finding = true;
            app.board_page = 0;
        }
        Msg::FindChar(c) => {
            if !c.is_control() && app.find.chars().count() < 40 {
                app.find.push(c);
                app.board_page = 0;
            }
        }
        Msg::FindBack => {
            app.find.pop();
        }
        Msg::FindDone => app.finding = false,
        Msg::Confirm(_) | Msg::Tick => {}
    }
    with_alerts(app, fx)
}

fn with_alerts(app: &mut App, mut fx: Effect) -> Effect {
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
