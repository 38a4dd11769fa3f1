//! The terminal interface, as screens.
//!
//! - [`screens`]: one folder per screen (state, `update`, view, keys).
//! - [`nav`]: which screens exist and how one opens another; [`app`]: the
//!   shared [`room`], the navigation stack and the overlay, and `update`.
//! - [`keys`]: keys as data (dispatch, footer, help and docs/keys.md's key
//!   tables all come from the screens' binding tables).
//! - [`runtime`]: the loop, generic over the terminal and the store (the
//!   journal writer runs on its own thread); [`harness`] drives it in tests.
//! - [`widgets`]: what screens draw with.

pub mod app;
pub mod context;
pub mod editor;
pub mod harness;
pub mod keys;
pub mod msg;
pub mod nav;
pub mod page;
pub mod ranking;
pub mod render;
pub mod room;
pub mod runtime;
pub mod screens;
pub mod setup;
pub mod sync;
pub mod widgets;

use crate::i18n::prelude::*;
use std::io::Write as _;

use crate::i18n::Lang;
use crate::store::journal::Writer;
use crate::store::worker::Worker;
use crate::store::{clock_file, workspace::Workspace};
use app::App;
use jiff::Timestamp;
pub use render::{Renderer, view};
use runtime::{Input, Runtime};

/// The screen a run opens on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start<'a> {
    /// The facilitator's clock (`tablee run`).
    Facilitator,
    /// A screen that follows the room's clock (`tablee run --follow`).
    Following,
    /// A note-taker's board of one table (`tablee run --table B`).
    Capture(&'a str),
    /// The follow-up of proposals (`tablee follow`).
    FollowUp,
    /// Typing paper questionnaires in (`tablee forms`).
    Forms,
    /// The door: ticking in who arrives (`tablee here SESSION --screen`).
    Door,
    /// The demo (`tablee` alone): the facilitator's screen, with a key to
    /// leave it for the set-up of one's own session.
    Demo,
    /// The set-up screen (`tablee setup SESSION`), where it stood when
    /// handed over.
    Setup(Option<screens::setup::Cursor>),
}

/// What the screen asked for when it ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum After {
    Done,
    /// Another session of the year (`tablee follow`).
    Session(usize),
    /// The set-up of one's own session (from the demo).
    PrepareOwn,
}

/// How a run of the screens ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ended {
    /// What the screen asked for next.
    pub next: After,
    /// Events that could not be saved by the time it closed (the command
    /// line says so once the terminal is restored).
    pub lost: usize,
}

/// The screens of the room on a workspace the command line opened, writing
/// with the writer it took (its lock held for the whole run): the
/// facilitator's screen, a note-taker's capture screen (`start` names a
/// table the command line has checked), the follow-up, or the demo.
/// `screen_lang`: the global `--lang`, if given (else the workshop's);
/// `messages`: the language of what is said about the files; `year`: the
/// sessions of `tablee follow` and which one this is. What went wrong is
/// the terminal's error: the command line says it.
pub fn run(
    ws: Workspace,
    writer: Writer,
    start: Start,
    (screen_lang, messages): (Option<Lang>, Lang),
    (year, year_at): (&[String], usize),
) -> std::io::Result<Ended> {
    let table = match start {
        Start::Capture(key) => ws.file.session.table(key).map(|t| t.key.clone()),
        _ => None,
    };
    let (base, clock_problem) = clock_file::load(&ws.dir, ws.file.session.agenda.len());
    let screen_lang = screen_lang.unwrap_or(ws.file.session.lang);
    // The room merges the set-up's edits into the file's session itself
    // (and again whenever more arrive).
    let mut app = App::new(ws.base.clone(), base, screen_lang, Timestamp::now())
        .with_events(ws.loaded.events.clone());
    app.room.laptop.stamper = writer.stamper();
    if let Some(key) = &table {
        app = app.capture_only(key);
    } else if start == Start::Following {
        app = app.following();
    } else if start == Start::FollowUp {
        app = app.follow_up_only();
    } else if start == Start::Forms {
        app = app.forms_only();
    } else if start == Start::Door {
        app = app.door_only();
    } else if start == Start::Demo {
        app = app.demo();
    } else if let Start::Setup(cursor) = start {
        app = app.setup_only(cursor);
    }
    app.room.year = year.to_vec();
    app.room.year_at = year_at;
    // The register beside the sessions (for the door): one that cannot be
    // read is said and never written over.
    let register_dir = crate::store::register::dir_of_session(&ws.file.path);
    match crate::store::register::load(&register_dir) {
        Ok(r) => {
            app.room.register = r;
            app.room.register_dir = Some(register_dir.clone());
            app.room.assess_mixing();
        }
        Err(e) => {
            app.room.display.banner =
                Some(crate::store::session_file::Diagnostic::from_load_error(&e).line(messages));
        }
    }
    app.room.display.tz = jiff::tz::TimeZone::system();
    app.room.display.colors = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    if let Some(p) = clock_problem {
        app.room.display.banner = Some(p.line(messages));
    }
    // A sync tool's copy of the session file, or two laptops under one
    // device name: said on screen at once, settled with 'tablee check'.
    let copies = crate::store::conflicts::around(&ws.file.path, &ws.dir);
    if !copies.is_empty() || !ws.loaded.shared_devices.is_empty() {
        app.room.display.banner = Some(app.room.display.lang.s().tui.conflict_banner.to_string());
    }
    let (tx, rx) = std::sync::mpsc::channel();
    let watching = sync::spawn_watcher(
        ws.dir.clone(),
        ws.file.path.clone(),
        (writer.device(), writer.instance().to_string()),
        messages,
        ws.replicas.clone(),
        tx.clone(),
    );
    let page = page::LivePage::new(
        ws.file.path.clone(),
        crate::store::device::Device {
            id: writer.device(),
            name: None,
        },
    );
    let replies = tx.clone();
    let store = Worker::spawn(writer, move |r| {
        let _ = replies.send(Input::Store(r));
    });
    let result = init_terminal().map(|terminal| {
        let searches = tx.clone();
        sync::spawn_terminal(tx);
        let mut rt = Runtime::new(app, terminal, store, rx, Box::new(Timestamp::now))
            .with_searches(searches)
            .with_bell(|| {
                let mut out = std::io::stdout();
                let _ = out.write_all(b"\x07").and_then(|_| out.flush());
            })
            .with_boards_shown(move |shown| watching.set_boards_shown(shown))
            .with_page(page);
        let r = rt.run();
        let next = match (rt.app.switch_to, rt.app.prepare_own) {
            (Some(i), _) => After::Session(i),
            (None, true) => After::PrepareOwn,
            (None, false) => After::Done,
        };
        r.map(|()| Ended {
            next,
            lost: rt.not_saved(),
        })
    });
    let _ = ratatui::crossterm::execute!(
        std::io::stdout(),
        ratatui::crossterm::event::DisableBracketedPaste
    );
    ratatui::restore();
    result.and_then(|r| r)
}

/// Raw mode, alternate screen, bracketed paste (a pasted text arrives as
/// one piece, its newlines not taken for Enter), a panic hook that restores
/// the terminal, and a viewport of fixed size: ratatui then does not ask
/// the terminal for its size (an open, ioctl and close of /dev/tty) at
/// every frame; the loop resizes it on the terminal's resize events.
fn init_terminal() -> std::io::Result<ratatui::DefaultTerminal> {
    let (w, h) = ratatui::crossterm::terminal::size()?;
    let viewport = ratatui::Viewport::Fixed(ratatui::layout::Rect::new(0, 0, w, h));
    let terminal = ratatui::try_init_with_options(ratatui::TerminalOptions { viewport })?;
    ratatui::crossterm::execute!(
        std::io::stdout(),
        ratatui::crossterm::terminal::EnterAlternateScreen,
        ratatui::crossterm::event::EnableBracketedPaste
    )?;
    Ok(terminal)
}
