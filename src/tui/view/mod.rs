//! Drawing: one small function per screen region. Reads `App`, never changes it.

mod agenda;
mod clock;
mod overlay;
mod rotation;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

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

pub fn view(app: &App, frame: &mut Frame) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let text = app.lang.s().tui.enlarge;
        frame.render_widget(Paragraph::new(text), area);
        return;
    }
    let theme = Theme { colors: app.colors };
    match app.mode {
        Mode::Facilitator => facilitator(app, &theme, frame, area),
        Mode::Projector => projector(app, &theme, frame, area),
    }
    match app.overlay {
        Overlay::None => {}
        Overlay::Help => overlay::help(app, &theme, frame, area),
        Overlay::ConfirmQuit => overlay::confirm_quit(app, &theme, frame, area),
    }
}

fn facilitator(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let [header, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(1),
    ])
    .areas(area);
    self::header(app, theme, frame, header);
    frame.render_widget(
        Paragraph::new(Line::styled(app.lang.s().tui.footer, theme.dim())),
        footer,
    );
    if body.width >= 70 {
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)])
                .areas(body);
        let [clock_area, rot] =
            Layout::vertical([Constraint::Percentage(55), Constraint::Min(0)]).areas(left);
        clock::panel(app, theme, frame, clock_area);
        rotation::board(app, theme, frame, rot);
        agenda::list(app, theme, frame, right);
    } else {
        let [clock_area, rot] =
            Layout::vertical([Constraint::Percentage(60), Constraint::Min(0)]).areas(body);
        clock::panel(app, theme, frame, clock_area);
        rotation::board(app, theme, frame, rot);
    }
}

fn projector(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let [clock_area, rot] =
        Layout::vertical([Constraint::Percentage(60), Constraint::Min(0)]).areas(area);
    clock::panel(app, theme, frame, clock_area);
    rotation::board(app, theme, frame, rot);
}

/// Title · phase n/m: name, and the wall-clock time always visible on the right.
fn header(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
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
    frame.render_widget(Paragraph::new(Line::from(spans)), left);
    frame.render_widget(
        Paragraph::new(Line::styled(time, theme.bold())).right_aligned(),
        right,
    );
}
