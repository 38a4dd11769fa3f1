//! The loop, generic over the terminal backend and the store, so that tests
//! drive this very loop with a `TestBackend`, an in-memory store and a fake
//! clock (see [`super::harness`]).
//!
//! `Input` (keys, file-watch news, store replies, time) → `Msg` →
//! `app::update(&mut App, Msg, now) -> Effect` (pure) → the effects are
//! carried out here: events (post-its and the clock alike) go to the store worker (a
//! keystroke never waits for the disk), the bell rings, the loop ends.
//! The screen is drawn only when something visible changed.

use crate::i18n::prelude::*;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::time::Duration;

use jiff::Timestamp;
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::Event as TermEvent;

use super::app::{self, App, Effect, Msg};
use super::render::Renderer;
use crate::core::clock::Run;
use crate::i18n::store::io_message;
use crate::store::worker::{Reply, Store};

/// What reaches the loop.
#[derive(Debug)]
pub enum Input {
    Terminal(std::io::Result<TermEvent>),
    /// News from the folder (the watcher's thread).
    Disk(Msg),
    /// A store reply (the worker's thread).
    Store(Reply),
}

/// Whether the loop goes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Go,
    Quit,
}

/// How long quitting waits for writes under way before it says they
/// could not be saved.
pub const QUIT_WAIT: Duration = Duration::from_secs(30);

/// Seconds the search for a new seating takes from the facilitator's
/// screen (it stops earlier once the plan is provably best).
const RESEAT_SECONDS: f64 = 2.0;

/// The room seated again from `from_round` with who is here, as a job
/// that owns what it needs (for a thread of its own): the plan searched
/// for [`RESEAT_SECONDS`] at most, or why not, in the room's words.
fn reseat_job(
    room: &super::room::Room,
    from_round: usize,
) -> impl FnOnce() -> Msg + Send + 'static {
    let before = room.session.clone();
    let ids = room.setup.ids.clone();
    let register = room.register.clone();
    let arrivals = room.notes.board.arrivals.clone();
    let lang = room.display.lang;
    move || {
        let start = std::time::Instant::now();
        let mut used = |_: u64| start.elapsed().as_secs_f64() / RESEAT_SECONDS;
        let result = crate::core::reseat::reseat(
            &before, &register, &arrivals, from_round, false, &mut used,
        )
        .map_err(|e| match e {
            crate::core::reseat::Reseat::NobodyHere => {
                crate::i18n::register::Said::NobodyHere.text(lang)
            }
            crate::core::reseat::Reseat::Mix(e) => crate::i18n::mix::mix_error(
                &e,
                &crate::i18n::register::shown(&before, &register, lang),
                lang,
            ),
            crate::core::reseat::Reseat::NoPlan => crate::i18n::register::Said::NoPlan.text(lang),
        });
        Msg::Reseated(Box::new(crate::tui::msg::Reseating {
            before,
            ids,
            from_round,
            result,
        }))
    }
}

pub struct Runtime<B: Backend, S: Store> {
    pub app: App,
    pub terminal: Terminal<B>,
    pub store: S,
    rx: Receiver<Input>,
    now: Box<dyn Fn() -> Timestamp>,
    bell: Box<dyn FnMut()>,
    /// Called with whether a board is on screen (the watcher rescans then).
    boards_shown: Box<dyn Fn(bool)>,
    /// The tables' page for the phones, started and stopped from the
    /// facilitator's screen.
    page: Box<dyn PageServer>,
    renderer: Renderer,
    drawn: Option<Visible>,
    /// Where a search off the screen's thread (the room seated again)
    /// sends its answer: the loop's own channel. Without one, the search
    /// runs on the loop's thread.
    searches: Option<Sender<Input>>,
}

impl<B: Backend, S: Store> Runtime<B, S> {
    pub fn new(
        app: App,
        terminal: Terminal<B>,
        store: S,
        rx: Receiver<Input>,
        now: Box<dyn Fn() -> Timestamp>,
    ) -> Runtime<B, S> {
        Runtime {
            app,
            terminal,
            store,
            rx,
            now,
            bell: Box::new(|| {}),
            boards_shown: Box::new(|_| {}),
            page: Box::new(NoPage),
            renderer: Renderer::default(),
            drawn: None,
            searches: None,
        }
    }

    /// Searches (the room seated again) run on a thread of their own and
    /// answer through `tx`, the loop's channel: the clock and the keys go
    /// on meanwhile.
    pub fn with_searches(mut self, tx: Sender<Input>) -> Self {
        self.searches = Some(tx);
        self
    }

    pub fn with_bell(mut self, bell: impl FnMut() + 'static) -> Self {
        self.bell = Box::new(bell);
        self
    }

    pub fn with_boards_shown(mut self, f: impl Fn(bool) + 'static) -> Self {
        self.boards_shown = Box::new(f);
        self
    }

    /// Who serves the tables' page when the screen asks.
    pub fn with_page(mut self, page: impl PageServer + 'static) -> Self {
        self.page = Box::new(page);
        self
    }

    /// Settles alerts due while tablee was closed, before the first frame.
    pub fn start(&mut self) -> Flow {
        self.update(Msg::Tick)
    }

    /// Runs until the screen quits or its inputs end, then waits for the
    /// writes under way.
    pub fn run(&mut self) -> std::io::Result<()> {
        if self.start() == Flow::Quit {
            return self.finish();
        }
        loop {
            self.draw()?;
            let wait = next_wake(&self.app, (self.now)());
            let input = match self.rx.recv_timeout(wait) {
                Ok(input) => input,
                Err(RecvTimeoutError::Timeout) => Input::Disk(Msg::Tick),
                Err(RecvTimeoutError::Disconnected) => break,
            };
            if self.handle(input)? == Flow::Quit {
                break;
            }
        }
        self.finish()
    }

    /// Handles every input already queued, without waiting, then draws
    /// (tests and benches step the loop with it).
    pub fn pump(&mut self) -> std::io::Result<Flow> {
        while let Ok(input) = self.rx.try_recv() {
            if self.handle(input)? == Flow::Quit {
                return Ok(Flow::Quit);
            }
        }
        self.draw()?;
        Ok(Flow::Go)
    }

    /// Draws when anything visible changed since the last frame.
    pub fn draw(&mut self) -> std::io::Result<()> {
        (self.boards_shown)(self.app.shows_board());
        let shown = visible(&self.app);
        if self.drawn.as_ref() != Some(&shown) {
            let (app, renderer) = (&self.app, &mut self.renderer);
            self.terminal
                .draw(|f| renderer.draw(app, f))
                .map_err(backend_error)?;
            self.drawn = Some(shown);
        }
        Ok(())
    }

    /// One input: its message, the update, the effects.
    pub fn handle(&mut self, input: Input) -> std::io::Result<Flow> {
        let msg = match input {
            Input::Terminal(ev) => match ev? {
                TermEvent::Key(key) => self.app.key(key),
                TermEvent::Paste(text) => Some(Msg::Paste(text)),
                TermEvent::Resize(w, h) => {
                    self.terminal
                        .resize(ratatui::layout::Rect::new(0, 0, w, h))
                        .map_err(backend_error)?;
                    Some(Msg::Tick)
                }
                _ => None,
            },
            Input::Disk(msg) => Some(msg),
            Input::Store(reply) => Some(self.reply(reply)),
        };
        let Some(msg) = msg else {
            return Ok(Flow::Go);
        };
        if msg != Msg::Tick {
            self.drawn = None;
        }
        Ok(self.update(msg))
    }

    fn update(&mut self, msg: Msg) -> Flow {
        let fx = app::update(&mut self.app, msg, (self.now)());
        self.carry_out(fx)
    }

    /// The store's answer, worded for this screen.
    fn reply(&self, reply: Reply) -> Msg {
        let lang = self.app.room.display.lang;
        match reply {
            Reply::Written(event) => Msg::Written(event),
            Reply::NotWritten(e) => {
                let why = format!("{}: {}", e.path.display(), io_message(&e.source, lang));
                Msg::NotWritten(e.event, why)
            }
            Reply::Replaced { .. } => Msg::Tick,
            Reply::NotReplaced { path, source } => {
                Msg::FileNotSaved(format!("{}: {}", path.display(), io_message(&source, lang)))
            }
        }
    }

    fn carry_out(&mut self, fx: Effect) -> Flow {
        // Retry what failed once nothing else is under way (a slow folder
        // must not get the same event queued again and again).
        if fx.rotate {
            self.store.rotate();
        }
        if fx.retry && (fx.rotate || self.store.in_flight() == 0) {
            for u in &self.app.room.notes.unsaved {
                self.store.write(u.event.clone());
            }
        }
        for event in fx.append {
            self.store.write(event);
        }
        if let Some(from_round) = fx.reseat {
            let room = &self.app.room;
            let job = reseat_job(room, from_round);
            match &self.searches {
                Some(tx) => {
                    let tx = tx.clone();
                    std::thread::spawn(move || {
                        let _ = tx.send(Input::Disk(job()));
                    });
                }
                None => {
                    // The search takes its budget: said on screen first.
                    self.drawn = None;
                    let _ = self.draw();
                    if self.update(job()) == Flow::Quit {
                        return Flow::Quit;
                    }
                }
            }
        }
        for (dir, person) in fx.people {
            let header = crate::i18n::register::file_header(self.app.room.display.lang);
            self.store.add_person(dir, person, header.to_string());
        }
        if fx.bell {
            (self.bell)();
        }
        let quit = fx.quit;
        if let Some(ask) = fx.page {
            let shown = self.page.ask(ask, self.app.room.display.lang);
            self.drawn = None;
            if self.update(Msg::PageState(Box::new(shown))) == Flow::Quit {
                return Flow::Quit;
            }
        }
        if quit { Flow::Quit } else { Flow::Go }
    }

    /// Waits for the writes under way (saying so on screen), then takes in
    /// their replies, so `app.notes.unsaved` says what could not be saved.
    pub fn finish(&mut self) -> std::io::Result<()> {
        // The page stops with the screen: the phones' post-its already
        // acknowledged are on disk (its own writer flushes them).
        if self.app.room.display.page.serving {
            self.page
                .ask(super::msg::PageAsk::Stop, self.app.room.display.lang);
        }
        if self.store.in_flight() > 0 {
            self.app.notice = Some(format!(
                "{} ({})",
                self.app.room.display.lang.s().cap.saving,
                self.store.in_flight()
            ));
            self.drawn = None;
            self.draw()?;
            self.store.flush(QUIT_WAIT);
        }
        while let Ok(input) = self.rx.try_recv() {
            if let Input::Store(reply) = input {
                let msg = self.reply(reply);
                app::update(&mut self.app, msg, (self.now)());
            }
        }
        Ok(())
    }

    /// Events the store has not answered, and events it could not write.
    pub fn not_saved(&self) -> usize {
        self.app.room.notes.unsaved.len() + self.app.room.notes.pending.len()
    }
}

/// Starts and stops the tables' page (`tablee serve` from the screen).
pub trait PageServer {
    /// Carries out `ask` and says where the page stands, in `lang`.
    fn ask(&mut self, ask: super::msg::PageAsk, lang: crate::i18n::Lang) -> super::msg::PageShown;
}

/// No page (the tests' loop, a screen without a session on disk).
pub struct NoPage;

impl PageServer for NoPage {
    fn ask(&mut self, _ask: super::msg::PageAsk, lang: crate::i18n::Lang) -> super::msg::PageShown {
        super::msg::PageShown {
            problem: Some(crate::i18n::serve::words(lang).no_page.to_string()),
            ..Default::default()
        }
    }
}

/// The terminal's own error, as the I/O error every caller reports.
fn backend_error(e: impl std::error::Error) -> std::io::Error {
    std::io::Error::other(e.to_string())
}

/// What the screen shows, reduced to what changes it: the loop redraws only
/// when this changes (or after any key or message from the disk).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Visible {
    remaining: i64,
    minute: i64,
    flash: bool,
    /// A retried write that succeeds changes only these.
    unsaved: usize,
    /// A store reply changes only this.
    pending: usize,
    banner: Option<String>,
    generation: u64,
}

pub(crate) fn visible(app: &App) -> Visible {
    Visible {
        remaining: app.room.remaining(),
        minute: app.room.display.now.as_second().div_euclid(60),
        flash: app.room.flashing() && app.room.display.now.as_second() % 2 == 0,
        unsaved: app.room.notes.unsaved.len(),
        pending: app.room.notes.pending.len(),
        banner: app.room.display.banner.clone(),
        generation: app.room.notes.generation,
    }
}

/// How long to sleep before the display can change by itself.
pub fn next_wake(app: &App, now: Timestamp) -> Duration {
    let nanos_into = |since: Timestamp| -> u64 {
        let d = now.duration_since(since);
        (d.as_nanos().rem_euclid(1_000_000_000)) as u64
    };
    match app.room.clock.run {
        Run::Running { since, .. } => {
            Duration::from_nanos(1_000_000_000 - nanos_into(since)) + Duration::from_millis(2)
        }
        _ if app.room.flashing() => {
            Duration::from_millis(1000 - (now.subsec_millisecond() as u64).min(999))
        }
        _ if !app.room.notes.unsaved.is_empty() => RETRY,
        _ => {
            let into_minute = now.as_second().rem_euclid(60) as u64;
            Duration::from_secs(60 - into_minute)
        }
    }
}

/// How often events that could not be written are tried again.
pub const RETRY: Duration = Duration::from_secs(3);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::event::{Body, Event};
    use crate::core::model::{Column, Session};
    use crate::i18n::Lang;
    use crate::tui::app::Msg;
    use crate::tui::app::{self, App};

    /// A retried write that succeeds on a timer tick changes nothing the
    /// clock shows: the loop must still redraw, or "NOT SAVED" stays up.
    #[test]
    fn a_retry_that_succeeds_is_redrawn() {
        let mut s = Session::new(uuid::Uuid::nil(), "t");
        s.agenda.clear();
        let now = Timestamp::UNIX_EPOCH;
        let mut app = App::new(s, crate::core::clock::Clock::new(0), Lang::En, now);
        let e = Event {
            id: uuid::Uuid::from_u128(1),
            device: uuid::Uuid::from_u128(2),
            seq: 1,
            lamport: 1,
            at: now,
            body: Body::Add {
                author: None,
                private: None,
                table: "A".into(),
                quadrant: Column::S,
                round: None,
                group: None,
                text: "x".into(),
            },
        };
        app::update(
            &mut app,
            Msg::NotWritten(Box::new(e.clone()), "full".into()),
            now,
        );
        let before = visible(&app);
        app::update(&mut app, Msg::Written(Box::new(e)), now);
        assert_ne!(visible(&app), before);
    }
}
