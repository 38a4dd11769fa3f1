//! The terminal interface: one Elm-style loop.
//!
//! `Msg` (keys, time) → `app::update(&mut App, Msg, now) -> Effect` (pure) →
//! `view::view(&App, &mut Frame)`. Effects (save the clock, ring the bell,
//! quit) are carried out here. The loop draws only when something visible
//! changed; while a clock runs it wakes once per displayed second, otherwise
//! once a minute (for the wall clock in the header), and blocks on input.

pub mod app;
pub mod bigdigits;
pub mod keymap;
pub mod view;

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

use jiff::Timestamp;
use ratatui::crossterm::event::{self, Event};

use crate::core::clock::Run;
use crate::i18n::Lang;
use crate::store::{clock_file, device::Device, workspace::Workspace};
use app::{App, Effect, Msg};

/// Everything the static layer depends on: when it is unchanged, the cached
/// layer is reused and only the clock panel is drawn.
#[derive(Debug, Clone, PartialEq, Eq)]
struct StaticKey {
    area: ratatui::layout::Rect,
    mode: app::Mode,
    phase: usize,
    /// The header shows HH:MM.
    wall_minute: i64,
    /// The agenda shows the projected end as HH:MM.
    end_minute: i64,
    banner: Option<String>,
    lang: Lang,
    colors: bool,
    /// The rotation board looks ahead once the round's clock has started.
    started: bool,
    board_page: usize,
    find: String,
    finding: bool,
}

impl StaticKey {
    fn of(app: &App, area: ratatui::layout::Rect) -> StaticKey {
        let planned: Vec<u32> = app.session.agenda.iter().map(|p| p.minutes).collect();
        StaticKey {
            area,
            mode: app.mode,
            phase: app.clock.phase,
            wall_minute: app.now.as_second().div_euclid(60),
            end_minute: app
                .clock
                .projected_end(&planned, app.now)
                .as_second()
                .div_euclid(60),
            banner: app.banner.clone(),
            lang: app.lang,
            colors: app.colors,
            started: app.clock.run != crate::core::clock::Run::Idle,
            board_page: app.board_page,
            find: app.find.clone(),
            finding: app.finding,
        }
    }
}

/// Draws frames, re-rendering the static layer only when its key changed.
#[derive(Debug, Default)]
pub struct Renderer {
    cache: Option<(StaticKey, ratatui::buffer::Buffer)>,
}

impl Renderer {
    pub fn draw(&mut self, app: &App, frame: &mut ratatui::Frame) {
        let area = frame.area();
        let key = StaticKey::of(app, area);
        if self.cache.as_ref().is_none_or(|(k, _)| *k != key) {
            let mut layer = ratatui::buffer::Buffer::empty(area);
            view::static_layer(app, area, &mut layer);
            self.cache = Some((key, layer));
        }
        let (_, layer) = self.cache.as_ref().expect("just filled");
        let buf = frame.buffer_mut();
        if buf.area == layer.area {
            buf.content.clone_from_slice(&layer.content);
        } else {
            view::static_layer(app, area, buf);
        }
        view::clock_layer(app, area, buf);
    }
}

/// What the screen shows, reduced to what changes it: the loop redraws only
/// when this changes (or after any key).
fn visible(app: &App) -> (i64, i64, bool) {
    let minute = app.now.as_second().div_euclid(60);
    let flash = app.flashing() && app.now.as_second() % 2 == 0;
    (app.remaining(), minute, flash)
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
        _ => {
            let into_minute = now.as_second().rem_euclid(60) as u64;
            Duration::from_secs(60 - into_minute)
        }
    }
}

/// `tablee run SESSION`: the facilitator screen.
pub fn run(session: &Path, lang: Option<Lang>, messages: Lang, device: Option<&str>) -> ExitCode {
    let (ws, _warnings) = match Workspace::open(session, messages) {
        Ok(ok) => ok,
        Err(diags) => {
            for d in diags {
                eprintln!("{}", d.line(messages));
            }
            return ExitCode::FAILURE;
        }
    };
    let device = match Device::resolve(device) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{}", crate::store::session_file::io_message(&e, messages));
            return ExitCode::FAILURE;
        }
    };
    // One facilitator laptop writes the clock: hold the device lock.
    let _lock = match ws.writer(&device) {
        Ok((_, lock)) => lock,
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
    );
    app.tz = jiff::tz::TimeZone::system();
    app.colors = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    if let Some(p) = clock_problem {
        app.banner = Some(p.line(messages));
    }
    let result =
        init_terminal().and_then(|mut terminal| event_loop(&mut terminal, &mut app, &ws.dir));
    ratatui::restore();
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

/// Raw mode, alternate screen, a panic hook that restores the terminal, and
/// a viewport of fixed size: ratatui then does not ask the terminal for its
/// size (an open, ioctl and close of /dev/tty) at every frame; the loop
/// resizes it on the terminal's resize events instead.
fn init_terminal() -> std::io::Result<ratatui::DefaultTerminal> {
    let (w, h) = ratatui::crossterm::terminal::size()?;
    let viewport = ratatui::Viewport::Fixed(ratatui::layout::Rect::new(0, 0, w, h));
    let terminal = ratatui::try_init_with_options(ratatui::TerminalOptions { viewport })?;
    ratatui::crossterm::execute!(
        std::io::stdout(),
        ratatui::crossterm::terminal::EnterAlternateScreen
    )?;
    Ok(terminal)
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    dir: &Path,
) -> std::io::Result<()> {
    // Alerts due while tablee was closed are settled before the first frame.
    let fx = app::update(app, Msg::Tick, Timestamp::now());
    carry_out(app, fx, dir);
    let mut drawn = None;
    let mut renderer = Renderer::default();
    loop {
        let shown = visible(app);
        if drawn != Some(shown) {
            terminal.draw(|f| renderer.draw(app, f))?;
            drawn = Some(shown);
        }
        let wait = next_wake(app, Timestamp::now());
        let msg = if event::poll(wait)? {
            match event::read()? {
                Event::Key(key) => keymap::message(app, key),
                Event::Resize(w, h) => {
                    terminal.resize(ratatui::layout::Rect::new(0, 0, w, h))?;
                    drawn = None;
                    Some(Msg::Tick)
                }
                _ => None,
            }
        } else {
            Some(Msg::Tick)
        };
        let Some(msg) = msg else { continue };
        if msg != Msg::Tick {
            drawn = None;
        }
        let fx = app::update(app, msg, Timestamp::now());
        if carry_out(app, fx, dir) {
            return Ok(());
        }
    }
}

/// Carries out effects; true when the loop must end.
fn carry_out(app: &mut App, fx: Effect, dir: &Path) -> bool {
    if fx.save_clock {
        match clock_file::save(dir, &app.clock) {
            Ok(()) => app.banner = None,
            Err(e) => {
                app.banner = Some(format!(
                    "{}: {}",
                    app.lang.s().tui.clock_not_saved,
                    crate::store::session_file::io_message(&e, app.lang)
                ))
            }
        }
    }
    if fx.bell {
        let mut out = std::io::stdout();
        let _ = out.write_all(b"\x07").and_then(|_| out.flush());
    }
    fx.quit
}
