//! The application: the room every screen shares, a navigation stack (Esc
//! pops it, on every screen) and an optional overlay. `update` is pure:
//! messages in, effects out.

use crate::i18n::prelude::*;

use jiff::Timestamp;
use ratatui::crossterm::event::{KeyEvent, KeyEventKind};

use super::context::{Cx, Go, Look, Target};
use super::keys::Bindings;
pub use super::msg::{Act, Effect, Msg, Nav, Synced};
use super::nav::{self, Opened};
pub use super::nav::{Mode, Overlay, Shown};
pub use super::room::FLASH_SECONDS;
use super::room::Room;
use super::screens::capture;
use super::widgets::Theme;
use crate::core::clock::{Alert, Clock};
use crate::core::event::Event;
use crate::core::model::Session;
use crate::i18n::Lang;

#[derive(Debug, Clone)]
pub struct App {
    pub room: Room,
    /// The screens, home first; the last one is shown.
    pub stack: Vec<Shown>,
    pub overlay: Option<Overlay>,
    /// Screens left with Esc, kept with their drafts for when they reopen.
    pub parked: Vec<Shown>,
    /// A short message (e.g. "this is the last phase"), cleared by the next key.
    pub notice: Option<String>,
    /// The session to open next, when the loop ended to move to another
    /// (`tablee follow S1 S2…`).
    pub switch_to: Option<usize>,
    /// The demo was left for the set-up of one's own session.
    pub prepare_own: bool,
}

impl App {
    /// The facilitator's screen.
    pub fn new(session: Session, clock: Clock, lang: Lang, now: Timestamp) -> App {
        App {
            room: Room::new(session, clock, lang, now),
            stack: vec![Shown::Facilitator(Box::default())],
            overlay: None,
            parked: Vec::new(),
            notice: None,
            switch_to: None,
            prepare_own: false,
        }
    }

    /// The board from these events.
    pub fn with_events(mut self, events: Vec<Event>) -> App {
        self.room.notes = crate::core::replica::Notes::new(events);
        self.room.follow_setup();
        // What was set aside before this screen opened is for `tablee
        // check`; the banner is for what happens while it runs.
        if self.room.display.banner.as_deref()
            == Some(self.room.display.lang.s().tui.conflict_banner)
        {
            self.room.display.banner = None;
        }
        self.room.follow_clock();
        self
    }

    /// A facilitator's screen that follows the clock without changing it
    /// (`run --follow`: a projector laptop, a co-facilitator's screen).
    pub fn following(mut self) -> App {
        self.room.laptop.clock_writer = false;
        for s in &mut self.stack {
            if let Shown::Facilitator(f) = s {
                f.following = true;
            }
        }
        self
    }

    /// The demo (`tablee` alone): the facilitator's screen with a key to
    /// leave it for the set-up of one's own session.
    pub fn demo(mut self) -> App {
        for s in &mut self.stack {
            if let Shown::Facilitator(f) = s {
                f.demo = true;
            }
        }
        self
    }

    /// The capture of `table` as the only screen (`run --table`): this
    /// laptop follows the clock, it does not write it.
    pub fn capture_only(mut self, table: &str) -> App {
        let key = self.room.session.table(table).map_or(table, |t| &t.key);
        let board = self.room.session.board_at(key);
        self.stack = vec![Shown::Capture(Box::new(capture::State::new(key, board)))];
        self.room.laptop.clock_writer = false;
        self
    }

    /// The follow-up of proposals as the home screen (`tablee follow`):
    /// this laptop follows the clock, it does not write it.
    pub fn follow_up_only(mut self) -> App {
        self.stack = vec![Shown::FollowUp(Box::new(
            super::screens::followup::State::new(&self.room),
        ))];
        self.room.laptop.clock_writer = false;
        self
    }

    /// Typing questionnaires in as the only screen (`tablee forms`): this
    /// laptop follows the clock, it does not write it.
    pub fn forms_only(mut self) -> App {
        self.stack = vec![Shown::Forms(Box::new(super::screens::forms::State::new(
            &self.room,
        )))];
        self.room.laptop.clock_writer = false;
        self
    }

    /// The door as the only screen (`tablee here SESSION --screen`): this
    /// laptop follows the clock, it does not write it.
    pub fn door_only(mut self) -> App {
        self.stack = vec![Shown::Door(Box::default())];
        self.room.laptop.clock_writer = false;
        self
    }

    /// The set-up screen as the only screen (`tablee setup SESSION`),
    /// where it stood when handed over: this laptop follows the clock, it
    /// does not write it.
    pub fn setup_only(mut self, cursor: Option<super::screens::setup::Cursor>) -> App {
        let mut s = super::screens::setup::State::of_room(&self.room);
        if let Some(c) = cursor {
            s.set_cursor(c);
        }
        self.stack = vec![Shown::Setup(Box::new(s))];
        self.room.laptop.clock_writer = false;
        self
    }

    pub fn top(&self) -> &Shown {
        self.stack.last().expect("the home screen is never popped")
    }

    pub fn mode(&self) -> Mode {
        self.top().mode()
    }

    /// The capture on screen, or else the one left with its draft.
    pub fn capture(&self) -> Option<&capture::State> {
        self.stack
            .iter()
            .rev()
            .chain(self.parked.iter())
            .find_map(|s| match s {
                Shown::Capture(c) => Some(&**c),
                _ => None,
            })
    }

    /// The key-factor screen, when it is on top.
    pub fn key_factors(&self) -> Option<&super::screens::factors::State> {
        match self.top() {
            Shown::KeyFactors(s) => Some(s),
            _ => None,
        }
    }

    pub fn key_factors_mut(&mut self) -> Option<&mut super::screens::factors::State> {
        match self.stack.last_mut()? {
            Shown::KeyFactors(s) => Some(s),
            _ => None,
        }
    }

    /// The plenary screen, when it is on top.
    pub fn plenary(&self) -> Option<&super::screens::plenary::State> {
        match self.top() {
            Shown::Plenary(s) => Some(s),
            _ => None,
        }
    }

    /// The keys in force: the overlay's, else the screen's.
    pub fn bindings(&self) -> &'static Bindings {
        match &self.overlay {
            Some(o) => o.bindings(),
            None => self.top().bindings(),
        }
    }

    /// The message for a key, from the binding table in force.
    pub fn key(&self, ev: KeyEvent) -> Option<Msg> {
        if ev.kind == KeyEventKind::Release {
            return None;
        }
        // The arrows scroll the help; any other key closes it.
        if matches!(self.overlay, Some(Overlay::Help(_))) {
            return Some(self.bindings().message(ev).unwrap_or(Msg::Escape));
        }
        self.bindings().message(ev)
    }

    /// Whether quitting now would lose typing or unsaved post-its.
    pub fn has_unsaved_work(&self) -> bool {
        !self.room.notes.unsaved.is_empty()
            || self.stack.iter().chain(&self.parked).any(Shown::has_draft)
    }

    /// Whether a board of post-its is on screen (the watcher then rescans
    /// the folder every few seconds).
    pub fn shows_board(&self) -> bool {
        !matches!(self.mode(), Mode::Facilitator | Mode::Projector)
    }

    /// What views read.
    pub fn look(&self) -> Look<'_> {
        Look {
            room: &self.room,
            theme: Theme {
                colors: self.room.display.colors,
            },
            notice: self.notice.as_deref(),
        }
    }

    fn go(&mut self, go: Go, fx: &mut Effect) {
        match go {
            Go::Back => {
                if self.overlay.take().is_none() {
                    if self.stack.len() > 1 {
                        self.park_top();
                    } else if self.mode() == Mode::Capture {
                        self.notice = Some(self.room.display.lang.s().cap.how_to_quit.to_string());
                    }
                }
            }
            Go::Open(target) => self.open(target),
            Go::Quit => {
                self.overlay = nav::quit_question(self.has_unsaved_work(), &self.room);
                fx.quit = self.overlay.is_none();
            }
            Go::QuitNow => {
                self.overlay = None;
                fx.quit = true;
            }
            Go::PrepareOwn => {
                if self.has_unsaved_work() {
                    self.notice = Some(self.room.display.lang.s().cap.quit_unsaved.to_string());
                } else {
                    self.prepare_own = true;
                    fx.quit = true;
                }
            }
            Go::Session(i) => {
                if self.has_unsaved_work() {
                    // Typing or unsaved answers stay here until settled.
                    self.notice = Some(self.room.display.lang.s().cap.quit_unsaved.to_string());
                } else {
                    self.switch_to = Some(i);
                    fx.quit = true;
                }
            }
        }
    }

    /// Leaves the screen on top, keeping it (and its drafts) for later.
    fn park_top(&mut self) {
        if self.stack.len() > 1 {
            let left = self.stack.pop().expect("more than one");
            self.parked.retain(|p| p.mode() != left.mode());
            self.parked.push(left);
        }
    }

    fn open(&mut self, target: Target) {
        self.overlay = None;
        if let Some(i) = nav::in_stack(&self.stack, &target) {
            // Already open below: back to it.
            while self.stack.len() > i + 1 {
                self.park_top();
            }
            let top = self.stack.last_mut().expect("i is in the stack");
            nav::retarget(top, &self.room, &target);
            return;
        }
        if nav::replaces(self.top(), &target) {
            self.park_top();
        }
        let below = self.top().bindings();
        match nav::open(&target, &self.room, &mut self.parked, below) {
            Opened::Screen(s) => self.stack.push(s),
            Opened::Overlay(o) => self.overlay = Some(o),
        }
    }
}

/// The pure heart of every screen: applies one message at time `now`.
pub fn update(app: &mut App, msg: Msg, now: Timestamp) -> Effect {
    app.room.display.now = now;
    let mut fx = Effect::default();
    // The room seated again says so itself, more than that the set-up
    // changed.
    let reseated = matches!(msg, Msg::Reseated(_));
    step(app, msg, &mut fx);
    // After every message: the session follows the set-up's edits, the
    // clock its events, the screens the room; alerts are settled.
    if app.room.follow_setup() {
        for s in app.stack.iter_mut().chain(app.parked.iter_mut()) {
            s.refresh(&app.room);
        }
        // The set-up screen shows what changed itself.
        if app.mode() != Mode::Setup && !reseated {
            app.notice = Some(app.room.display.lang.s().cap.setup_followed.to_string());
        }
    }
    app.room.follow_clock();
    let room = &app.room;
    if let Some(top) = app.stack.last_mut() {
        top.refresh(room);
    }
    with_alerts(&mut app.room, fx)
}

fn step(app: &mut App, msg: Msg, fx: &mut Effect) {
    // What the loop reports back, whatever the screen.
    let room = &mut app.room;
    match msg {
        Msg::Written(event) => {
            room.notes.written(*event);
            // Everything saved: the NOT SAVED (or journal replaced) banner
            // goes; another one (a conflict to settle) stays.
            let cap = &room.display.lang.s().cap;
            let about_saving =
                |b: &str| b.starts_with(cap.not_saved) || b.starts_with(cap.journal_replaced);
            if room.notes.unsaved.is_empty()
                && room.display.banner.as_deref().is_some_and(about_saving)
            {
                room.display.banner = None;
            }
            return;
        }
        Msg::NotWritten(event, why) => {
            room.display.banner = Some(format!("{}: {why}", room.display.lang.s().cap.not_saved));
            room.notes.not_written(*event, why);
            return;
        }
        Msg::Reseated(done) => {
            let lang = room.display.lang;
            let crate::tui::msg::Reseating {
                before,
                ids: before_ids,
                from_round,
                result,
            } = *done;
            room.reseating = false;
            match result {
                Ok((new, quality)) => {
                    let late = from_round > 1
                        && matches!(before.rotation, crate::core::model::Rotation::People(_));
                    // From the session the search began with: another
                    // laptop's change since is merged, not undone.
                    let ids = before_ids.matched(&before, &new, uuid::Uuid::new_v4);
                    for edit in crate::core::edits::diff((&before, &before_ids), (&new, &ids)) {
                        room.emit(fx, crate::core::event::Body::Setup(edit));
                    }
                    let people = new.participants.len();
                    let said = if late {
                        crate::i18n::register::Said::LateSeated { people, from_round }
                    } else {
                        crate::i18n::register::Said::Reseated { people, from_round }
                    };
                    app.notice = Some(format!(
                        "{} · {}",
                        said.text(lang),
                        crate::i18n::mix::MixText::Figures(&quality).text(lang)
                    ));
                }
                Err(why) => app.notice = Some(why),
            }
            return;
        }
        Msg::FileNotSaved(why) => {
            room.display.banner = Some(format!("{}: {why}", room.display.lang.s().cap.not_saved));
            return;
        }
        Msg::OwnJournal(on_disk) => {
            let words = &room.display.lang.s().cap;
            let n = room.notes.lost_from_disk(&on_disk, words.journal_replaced);
            if n > 0 {
                // Said while they are written again, and until the next key.
                let said = format!("{} ({n})", words.journal_replaced);
                room.display.banner = Some(said.clone());
                app.notice = Some(said);
                fx.rotate = true;
                fx.retry = true;
            }
            return;
        }
        Msg::Synced(synced) => {
            room.notes.synced(*synced);
            for s in app.stack.iter_mut().chain(app.parked.iter_mut()) {
                s.refresh(&app.room);
            }
            return;
        }
        Msg::SessionChanged(base) => {
            let unreadable = room.display.lang.s().cap.session_unreadable;
            let was_unreadable = room.display.banner.as_deref() == Some(unreadable);
            if *base == room.base && !was_unreadable {
                return;
            }
            let changed = room.replace_base(*base);
            // A hand edit that makes the session invalid: the room keeps
            // the last valid one, and says what to fix.
            let problem = crate::core::validate::validate(&room.setup.session)
                .into_iter()
                .find(|p| p.severity == crate::core::validate::Severity::Error);
            if let Some(p) = problem {
                room.display.banner = Some(unreadable.to_string());
                app.notice = Some(p.message(room.display.lang));
                return;
            }
            if was_unreadable {
                room.display.banner = None;
            }
            if changed || was_unreadable {
                app.notice = Some(app.room.display.lang.s().cap.session_reloaded.to_string());
                for s in app.stack.iter_mut().chain(app.parked.iter_mut()) {
                    s.refresh(&app.room);
                }
            }
            return;
        }
        Msg::PageState(page) => {
            if let Some(why) = &page.problem {
                app.notice = Some(why.clone());
            }
            room.display.page = *page;
            return;
        }
        Msg::SharedDevice => {
            // Said once, unless a more urgent banner (NOT SAVED) is up.
            if room.display.banner.is_none() {
                room.display.banner = Some(room.display.lang.s().tui.conflict_banner.to_string());
            }
            return;
        }
        Msg::SessionUnreadable(why) => {
            let w = room.display.lang.s().cap.session_unreadable;
            room.display.banner = Some(w.to_string());
            app.notice = Some(why);
            return;
        }
        Msg::RegisterChanged(register, dir) => {
            // Names of people seated or ticked in on another laptop; a
            // walk-in added here and not written yet stays known.
            let mut register = *register;
            for p in &room.register.people {
                if register.get(p.id).is_none() && !register.forgotten.contains(&p.id) {
                    let _ = register.add(p.clone());
                }
            }
            // A register that could not be read and now can: its banner
            // (which names the file, or a door's walk-ins file) goes.
            let about_register = |b: &str| {
                b.contains(crate::store::register::FILE)
                    || b.contains(crate::store::register::WALK_INS)
            };
            if room.display.banner.as_deref().is_some_and(about_register) {
                room.display.banner = None;
            }
            room.register = register;
            room.register_dir = Some(dir);
            room.assess_mixing();
            for s in app.stack.iter_mut().chain(app.parked.iter_mut()) {
                s.refresh(&app.room);
            }
            return;
        }
        Msg::RegisterUnreadable(why) => {
            room.display.banner = Some(why);
            return;
        }
        // Time passing is the loop's business (retry what was not saved);
        // no screen acts on it, so no move or count under way is disturbed.
        Msg::Tick => {
            fx.retry = !room.notes.unsaved.is_empty();
            return;
        }
        _ => {}
    }
    app.notice = None;
    let mut go = None;
    let msg = match msg {
        // F1 (and `?` where it is free): the help of the keys in force.
        Msg::Help if app.overlay.is_none() => {
            go = Some(Go::Open(Target::Help));
            None
        }
        m => Some(m),
    };
    if let Some(msg) = msg {
        let mut cx = Cx::new(&mut app.room, fx, &mut app.notice, &mut go);
        match app.overlay.as_mut() {
            Some(o) => o.update(&mut cx, msg),
            None => app
                .stack
                .last_mut()
                .expect("the home screen is never popped")
                .update(&mut cx, msg),
        }
    }
    if let Some(g) = go {
        app.go(g, fx);
    }
}

fn with_alerts(room: &mut Room, mut fx: Effect) -> Effect {
    // Only the screens that drive the clock ring (a note-taker's does not).
    if !room.laptop.clock_writer {
        return fx;
    }
    let planned = room.planned();
    let alerts = room.clock.due_alerts(planned, room.display.now);
    if !alerts.is_empty() && !room.clock.muted {
        fx.bell = true;
    }
    if alerts.contains(&Alert::TimeUp) {
        room.display.flash_until =
            Some(room.display.now + jiff::SignedDuration::from_secs(FLASH_SECONDS));
    }
    fx
}
