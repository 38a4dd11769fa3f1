//! Drawing: one small function per screen region. Reads `App`, never changes it.
//!
//! The screen is two layers: [`static_layer`] (header, agenda, rotation,
//! footer), which changes at most once a minute while a clock runs, and
//! [`clock_layer`], which changes every second. The loop caches the first
//! (see `tui::Renderer`); [`view`] draws both, for tests and full redraws.

mod agenda;
mod capture;
mod clock;
mod editor;
mod factors;
mod overlay;
mod rotation;
pub mod wrap;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::app::{App, Mode, Overlay};
use crate::core::text::sanitize;

/// Smallest screen that shows the facilitator view.
pub const MIN_WIDTH: u16 = 20;
pub const MIN_HEIGHT: u16 = 6;

/// Styles, or none at all under NO_COLOR.
pub struct Theme {
    pub colors: bool,
}

impl Theme {
    pub fn fg(&self, c: Color) -> Style {
        if self.colors {
            Style::new().fg(c)
        } else {
            Style::new()
        }
    }
    pub fn bold(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }
    pub fn dim(&self) -> Style {
        if self.colors {
            Style::new().add_modifier(Modifier::DIM)
        } else {
            Style::new()
        }
    }
}

/// Text from files or other laptops, made safe for the terminal.
pub fn safe(s: &str) -> String {
    sanitize(s).replace('\n', " ")
}

fn render(buf: &mut Buffer, w: impl Widget, area: Rect) {
    w.render(area, buf);
}

/// Where each region goes on a screen of this size.
struct Areas {
    header: Option<Rect>,
    footer: Option<Rect>,
    clock: Rect,
    rotation: Rect,
    agenda: Option<Rect>,
}

fn areas(app: &App, area: Rect) -> Areas {
    match app.mode {
        Mode::Capture | Mode::KeyFactors | Mode::Plenary => Areas {
            header: None,
            footer: None,
            clock: Rect::default(),
            rotation: Rect::default(),
            agenda: None,
        },
        Mode::Projector => {
            let [clock, rotation] =
                Layout::vertical([Constraint::Percentage(60), Constraint::Min(0)]).areas(area);
            Areas {
                header: None,
                footer: None,
                clock,
                rotation,
                agenda: None,
            }
        }
        Mode::Facilitator => {
            let [header, body, footer] = Layout::vertical([
                Constraint::Length(1),
                Constraint::Min(0),
                Constraint::Length(1),
            ])
            .areas(area);
            let (left, agenda) = if body.width >= 70 {
                let [l, r] =
                    Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)])
                        .areas(body);
                (l, Some(r))
            } else {
                (body, None)
            };
            let pct = if agenda.is_some() { 55 } else { 60 };
            let [clock, rotation] =
                Layout::vertical([Constraint::Percentage(pct), Constraint::Min(0)]).areas(left);
            Areas {
                header: Some(header),
                footer: Some(footer),
                clock,
                rotation,
                agenda,
            }
        }
    }
}

/// Whether the screen is too small: then one line asks to enlarge it.
pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// The whole screen.
pub fn view(app: &App, frame: &mut Frame) {
    let area = frame.area();
    let buf = frame.buffer_mut();
    static_layer(app, area, buf);
    clock_layer(app, area, buf);
}

/// Everything but the clock panel (and the overlays, drawn on top).
pub fn static_layer(app: &App, area: Rect, buf: &mut Buffer) {
    if too_small(area) {
        render(buf, Paragraph::new(app.lang.s().tui.enlarge), area);
        return;
    }
    let theme = Theme { colors: app.colors };
    match app.mode {
        Mode::Capture => return capture::screen(app, &theme, buf, area),
        Mode::KeyFactors | Mode::Plenary => return factors::screen(app, &theme, buf, area),
        Mode::Facilitator | Mode::Projector => {}
    }
    let a = areas(app, area);
    if let Some(h) = a.header {
        header(app, &theme, buf, h);
    }
    if let Some(f) = a.footer {
        render(
            buf,
            Paragraph::new(Line::styled(app.lang.s().tui.footer, theme.dim())),
            f,
        );
    }
    rotation::board(app, &theme, buf, a.rotation);
    if let Some(r) = a.agenda {
        agenda::list(app, &theme, buf, r);
    }
}

/// The clock panel, then any overlay above it.
pub fn clock_layer(app: &App, area: Rect, buf: &mut Buffer) {
    if too_small(area) {
        return;
    }
    let theme = Theme { colors: app.colors };
    if matches!(app.mode, Mode::Facilitator | Mode::Projector) {
        clock::panel(app, &theme, buf, areas(app, area).clock);
    }
    match app.overlay {
        Overlay::None => {}
        Overlay::Help => overlay::help(app, &theme, buf, area),
        Overlay::ConfirmQuit => overlay::confirm(app.lang.s().tui.quit_running, &theme, buf, area),
        Overlay::ConfirmLeave => overlay::confirm(app.lang.s().cap.quit_unsaved, &theme, buf, area),
        Overlay::PickTable(i) => overlay::pick_table(app, i, &theme, buf, area),
    }
}

/// The rows of the typing screens: header, body, input box (`input` rows
/// high, 0 for none), footer.
fn typing_rows(area: Rect, input: u16) -> [Rect; 4] {
    Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(input),
        Constraint::Length(1),
    ])
    .areas(area)
}

/// The last line of the typing screens: the mode the keys are in (as a
/// word, reversed), the notice or other state, then the keys of that mode.
fn mode_footer(
    app: &App,
    theme: &Theme,
    (mode, keys): (&str, &str),
    mut extra: Vec<Span<'static>>,
    buf: &mut Buffer,
    area: Rect,
) {
    let mut spans = vec![
        Span::styled(
            format!(" {mode} "),
            theme.bold().add_modifier(Modifier::REVERSED),
        ),
        Span::raw(" "),
    ];
    // Why something is NOT SAVED (or the clock could not be), until fixed.
    if let Some(b) = &app.banner {
        spans.push(Span::styled(
            format!("⚠ {}", safe(b)),
            theme.fg(Color::Red).add_modifier(Modifier::REVERSED),
        ));
        spans.push(Span::raw("  "));
    }
    if let Some(n) = &app.notice {
        spans.push(Span::styled(format!("{n}  "), theme.bold()));
    }
    spans.append(&mut extra);
    spans.push(Span::styled(keys.to_string(), theme.dim()));
    render(buf, Paragraph::new(Line::from(spans)), area);
}

/// Title · phase n/m: name, and the wall-clock time always visible on the right.
fn header(app: &App, theme: &Theme, buf: &mut Buffer, area: Rect) {
    let t = &app.lang.s().tui;
    let phase = app
        .session
        .agenda
        .get(app.clock.phase)
        .map(|p| safe(&p.title))
        .unwrap_or_default();
    let time = app
        .now
        .to_zoned(app.tz.clone())
        .strftime("%H:%M")
        .to_string();
    let [left, right] = Layout::horizontal([Constraint::Min(0), Constraint::Length(6)]).areas(area);
    let mut spans = vec![
        Span::styled(
            format!(
                "{} {}/{}: {phase}",
                t.phase,
                app.clock.phase + 1,
                app.phases()
            ),
            theme.bold(),
        ),
        Span::raw("  ·  "),
        Span::raw(safe(&app.session.title)),
    ];
    if let Some(b) = &app.banner {
        spans.insert(
            0,
            Span::styled(
                format!("⚠ {b}  "),
                theme.fg(Color::Red).add_modifier(Modifier::REVERSED),
            ),
        );
    }
    render(buf, Paragraph::new(Line::from(spans)), left);
    render(
        buf,
        Paragraph::new(Line::styled(time, theme.bold())).right_aligned(),
        right,
    );
}
