//! The terminal interface, as screens.
//!
//! - [`screens`]: one folder per screen (state, `update`, view, keys).
//! - [`nav`]: which screens exist and how one opens another; [`app`]: the
//!   shared [`room`], the navigation stack and the overlay, and `update`.
//! - [`keys`]: keys as data (dispatch, footer, help and the README's key
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
pub mod notes;
pub mod ranking;
pub mod room;
pub mod runtime;
pub mod screens;
pub mod sync;
pub mod widgets;

use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

use jiff::Timestamp;
use ratatui::widgets::Paragraph;

use crate::core::clock::Run;
use crate::i18n::Lang;
use crate::store::worker::Worker;
use crate::store::{clock_file, device::Device, workspace::Workspace};
use app::App;
use runtime::{Input, Runtime};

/// Draws frames. On the clock screens the static layer (everything but the
/// clock) is cached while its key is unchanged, and only the clock panel is
/// drawn each second.
#[derive(Debug, Default)]
pub struct Renderer {
    cache: Option<(u64, ratatui::buffer::Buffer)>,
}

impl Renderer {
    pub fn draw(&mut self, app: &App, frame: &mut ratatui::Frame) {
        let area = frame.area();
        let buf = frame.buffer_mut();
        let look = app.look();
        if widgets::too_small(area) {
            self.cache = None;
            widgets::render(buf, Paragraph::new(look.room.lang.s().tui.enlarge), area);
            return;
        }
        let top = app.top();
        match top.static_key(&look, area) {
            Some(key) => {
                if self.cache.as_ref().is_none_or(|(k, _)| *k != key) {
                    let mut layer = ratatui::buffer::Buffer::empty(area);
                    top.static_layer(&look, area, &mut layer);
                    self.cache = Some((key, layer));
                }
                let (_, layer) = self.cache.as_ref().expect("just filled");
                if buf.area == layer.area {
                    buf.content.clone_from_slice(&layer.content);
                } else {
                    top.static_layer(&look, area, buf);
                }
                top.clock_layer(&look, area, buf);
            }
            None => {
                // Boards change with every key: drawn whole.
                self.cache = None;
                top.static_layer(&look, area, buf);
            }
        }
        if let Some(o) = &app.overlay {
            o.view(&look, area, buf);
        }
    }
}

/// The whole screen, uncached (tests, snapshots).
pub fn view(app: &App, frame: &mut ratatui::Frame) {
    Renderer::default().draw(app, frame);
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
        remaining: app.remaining(),
        minute: app.now.as_second().div_euclid(60),
        flash: app.flashing() && app.now.as_second() % 2 == 0,
        unsaved: app.notes.unsaved.len(),
        pending: app.notes.pending.len(),
        banner: app.banner.clone(),
        generation: app.notes.generation,
    }
}

/// How long to sleep before the display can change by itself.
pub fn next_wake(app: &App, now: Timestamp) -> Duration {
    let nanos_into = |since: Timestamp| -> u64 {
        let d = now.duration_since(since);
        (d.as_nanos().rem_euclid(1_000_000_000)) as u64
    };
    match app.clock.run {
        Run::Running { since, .. } => {
            Duration::from_nanos(1_000_000_000 - nanos_into(since)) + Duration::from_millis(2)
        }
        _ if app.flashing() => {
            Duration::from_millis(1000 - (now.subsec_millisecond() as u64).min(999))
        }
        _ if !app.notes.unsaved.is_empty() => RETRY,
        _ => {
            let into_minute = now.as_second().rem_euclid(60) as u64;
            Duration::from_secs(60 - into_minute)
        }
    }
}

/// How often events that could not be written are tried again.
pub const RETRY: Duration = Duration::from_secs(3);

/// `tablee run SESSION [--table KEY]`: the facilitator's screen, or a
/// note-taker's capture screen for one table.
pub fn run(
    session: &Path,
    table: Option<&str>,
    lang: Option<Lang>,
    messages: Lang,
    device: Option<&str>,
) -> ExitCode {
    let (ws, _warnings) = match Workspace::open(session, messages) {
        Ok(ok) => ok,
        Err(diags) => {
            for d in diags {
                eprintln!("{}", d.line(messages));
            }
            return ExitCode::FAILURE;
        }
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
            return ExitCode::FAILURE;
        }
        None => None,
    };
    let device = match Device::resolve(device) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{}", crate::store::session_file::io_message(&e, messages));
            return ExitCode::FAILURE;
        }
    };
    // One writer per device folder (and one facilitator laptop writes the
    // clock): hold the device lock for the whole run.
    let (writer, _lock) = match ws.writer(&device) {
        Ok(ok) => ok,
        Err(e) => {
            eprintln!("{}: {}", ws.dir.display(), e.message(messages));
            return ExitCode::FAILURE;
        }
    };
    let (clock, clock_problem) = clock_file::load(&ws.dir, ws.file.session.agenda.len(), messages);
    let screen_lang = lang.unwrap_or(ws.file.session.lang);
    let mut app = App::new(
        ws.file.session.clone(),
        clock,
        screen_lang,
        Timestamp::now(),
    )
    .with_events(ws.loaded.events.clone());
    app.stamper = writer.stamper();
    if let Some(key) = &table {
        app = app.capture_only(key);
    }
    app.tz = jiff::tz::TimeZone::system();
    app.colors = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    if let Some(p) = clock_problem {
        app.banner = Some(p.line(messages));
    }
    let (tx, rx) = std::sync::mpsc::channel();
    let follow_clock = (!app.clock_writer).then_some(app.session.agenda.len());
    let watching = sync::spawn_watcher(
        ws.dir.clone(),
        device.id,
        messages,
        follow_clock,
        tx.clone(),
    );
    let replies = tx.clone();
    let store = Worker::spawn(writer, ws.dir.clone(), move |r| {
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
        (r, rt.not_saved())
    });
    let _ = ratatui::crossterm::execute!(
        std::io::stdout(),
        ratatui::crossterm::event::DisableBracketedPaste
    );
    ratatui::restore();
    let (result, unsaved) = match result {
        Ok((r, n)) => (r, n),
        Err(e) => (Err(e), 0),
    };
    if unsaved > 0 {
        eprintln!(
            "tablee: {}",
            messages.pick(
                format!("{unsaved} change(s) could NOT be saved; they were lost"),
                format!(
                    "{unsaved} modification(s) n'ont PAS pu être enregistrées ; elles sont perdues"
                ),
            )
        );
    }
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!(
                "tablee: {}",
                crate::store::session_file::io_message(&e, messages)
            );
            ExitCode::FAILURE
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::event::{Body, Event};
    use crate::core::model::{Quadrant, Session};
    use app::Msg;

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
                table: "A".into(),
                quadrant: Quadrant::S,
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
