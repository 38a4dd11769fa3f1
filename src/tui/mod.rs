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
use std::path::Path;
use std::process::ExitCode;

use crate::i18n::Lang;
use crate::store::worker::Worker;
use crate::store::{clock_file, device::Device, workspace::Workspace};
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
    /// The demo (`tablee` alone): the facilitator's screen, with a key to
    /// leave it for the set-up of one's own session.
    Demo,
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

/// `tablee run SESSION [--table KEY]`: the facilitator's screen, or a
/// note-taker's capture screen for one table; `tablee follow SESSION`: the
/// follow-up of proposals.
pub fn run(
    session: &Path,
    start: Start,
    lang: Option<Lang>,
    messages: Lang,
    device: Option<&str>,
) -> ExitCode {
    run_with(session, start, lang, messages, device, (&[], 0)).0
}

/// `tablee` alone: the demo; also says whether the organiser left it to
/// prepare their own session.
pub fn run_demo(
    session: &Path,
    lang: Option<Lang>,
    messages: Lang,
    device: Option<&str>,
) -> (ExitCode, After) {
    run_with(session, Start::Demo, lang, messages, device, (&[], 0))
}

/// `tablee follow S1 S2…`: the follow-up of one session after another
/// (`>` and `<` move between them), each with its own journal and writer.
pub fn follow(
    sessions: &[std::path::PathBuf],
    lang: Option<Lang>,
    messages: Lang,
    device: Option<&str>,
) -> ExitCode {
    // Every session is checked before the screen opens.
    let mut titles = Vec::new();
    for s in sessions {
        match Workspace::open(s) {
            Ok((ws, _)) => titles.push(ws.file.session.title.clone()),
            Err(diags) => {
                for d in diags {
                    eprintln!("{}", d.line(messages));
                }
                return ExitCode::FAILURE;
            }
        }
    }
    let mut at = 0;
    loop {
        let (code, next) = run_with(
            &sessions[at],
            Start::FollowUp,
            lang,
            messages,
            device,
            (&titles, at),
        );
        match next {
            After::Session(i) if i < sessions.len() => at = i,
            _ => return code,
        }
    }
}

/// One run of the loop; also says what the screen asked for next: another
/// session (`tablee follow`), or the set-up (from the demo).
fn run_with(
    session: &Path,
    start: Start,
    lang: Option<Lang>,
    messages: Lang,
    device: Option<&str>,
    (year, year_at): (&[String], usize),
) -> (ExitCode, After) {
    let (ws, _warnings) = match Workspace::open(session) {
        Ok(ok) => ok,
        Err(diags) => {
            for d in diags {
                eprintln!("{}", d.line(messages));
            }
            return (ExitCode::FAILURE, After::Done);
        }
    };
    let table = match start {
        Start::Capture(key) => Some(key),
        _ => None,
    };
    let table = match table.map(|key| ws.file.session.table(key)) {
        Some(Some(t)) => Some(t.key.clone()),
        Some(None) => {
            eprintln!(
                "tablee run: {}",
                ws.file
                    .session
                    .no_such_table(table.unwrap_or_default(), messages)
            );
            return (ExitCode::FAILURE, After::Done);
        }
        None => None,
    };
    let device = match Device::resolve(device) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{}", crate::i18n::store::io_message(&e, messages));
            return (ExitCode::FAILURE, After::Done);
        }
    };
    // One writer per device folder (and one facilitator laptop writes the
    // clock): hold the device lock for the whole run.
    let (writer, _lock) = match ws.writer(&device) {
        Ok(ok) => ok,
        Err(e) => {
            eprintln!("{}: {}", ws.dir.display(), e.message(messages));
            return (ExitCode::FAILURE, After::Done);
        }
    };
    let (base, clock_problem) = clock_file::load(&ws.dir, ws.file.session.agenda.len());
    let screen_lang = lang.unwrap_or(ws.file.session.lang);
    let mut app = App::new(ws.file.session.clone(), base, screen_lang, Timestamp::now())
        .with_events(ws.loaded.events.clone());
    app.room.stamper = writer.stamper();
    if let Some(key) = &table {
        app = app.capture_only(key);
    } else if start == Start::Following {
        app = app.following();
    } else if start == Start::FollowUp {
        app = app.follow_up_only();
    } else if start == Start::Demo {
        app = app.demo();
    }
    app.room.year = year.to_vec();
    app.room.year_at = year_at;
    app.room.tz = jiff::tz::TimeZone::system();
    app.room.colors = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    if let Some(p) = clock_problem {
        app.room.banner = Some(p.line(messages));
    }
    // A sync tool's copy of the session file, or two laptops under one
    // device name: said on screen at once, settled with 'tablee check'.
    let copies = crate::store::conflicts::around(session, &ws.dir);
    if !copies.is_empty() || !ws.loaded.shared_devices.is_empty() {
        app.room.banner = Some(app.room.lang.s().tui.conflict_banner.to_string());
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
    let replies = tx.clone();
    let store = Worker::spawn(writer, move |r| {
        let _ = replies.send(Input::Store(r));
    });
    let result = init_terminal().map(|terminal| {
        sync::spawn_terminal(tx);
        let mut rt = Runtime::new(app, terminal, store, rx, Box::new(Timestamp::now))
            .with_bell(|| {
                let mut out = std::io::stdout();
                let _ = out.write_all(b"\x07").and_then(|_| out.flush());
            })
            .with_boards_shown(move |shown| watching.set_boards_shown(shown));
        let r = rt.run();
        let next = match (rt.app.switch_to, rt.app.prepare_own) {
            (Some(i), _) => After::Session(i),
            (None, true) => After::PrepareOwn,
            (None, false) => After::Done,
        };
        (r, rt.not_saved(), next)
    });
    let _ = ratatui::crossterm::execute!(
        std::io::stdout(),
        ratatui::crossterm::event::DisableBracketedPaste
    );
    ratatui::restore();
    let (result, unsaved, next) = match result {
        Ok((r, n, next)) => (r, n, next),
        Err(e) => (Err(e), 0, After::Done),
    };
    if unsaved > 0 {
        eprintln!(
            "tablee: {}",
            crate::i18n::cli::Said::Lost { n: unsaved }.text(messages)
        );
    }
    match result {
        Ok(()) => (ExitCode::SUCCESS, next),
        Err(e) => {
            eprintln!("tablee: {}", crate::i18n::store::io_message(&e, messages));
            (ExitCode::FAILURE, After::Done)
        }
    }
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
