//! Help and the quit question, drawn over the screen.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use ratatui::style::Modifier;

use super::{Theme, render, safe};
use crate::tui::app::{App, Mode};
use crate::tui::capture::Focus;

fn centred(area: Rect, w: u16, h: u16) -> Rect {
    let [r] = Layout::horizontal([Constraint::Length(w.min(area.width))])
        .flex(Flex::Center)
        .areas(area);
    let [r] = Layout::vertical([Constraint::Length(h.min(area.height))])
        .flex(Flex::Center)
        .areas(r);
    r
}

pub fn help(app: &App, theme: &Theme, buf: &mut Buffer, area: Rect) {
    let s = app.lang.s();
    let (name, entries): (&str, &[(&str, &str)]) = match app.mode {
        Mode::Facilitator | Mode::Projector => (s.cap.mode_clock, &s.tui.help),
        Mode::Capture => match app.capture.as_ref().map(|c| c.focus) {
            Some(Focus::Board) => (s.cap.mode_select, s.cap.help_select),
            _ => (s.cap.mode_typing, s.cap.help_typing),
        },
        Mode::KeyFactors => (s.cap.key_factors, s.cap.help_factors),
        Mode::Plenary => (s.cap.plenary, s.cap.help_plenary),
    };
    let lines: Vec<Line> = entries
        .iter()
        .map(|(k, v)| {
            Line::from(vec![
                Span::styled(format!("{k:>12}  "), theme.bold()),
                Span::raw(*v),
            ])
        })
        .collect();
    let r = centred(area, 84, lines.len() as u16 + 2);
    render(buf, Clear, r);
    let block = Block::new()
        .borders(Borders::ALL)
        .title(format!(" {} — {name} ", s.tui.help_title));
    render(
        buf,
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        r,
    );
}

/// A yes/no question.
pub fn confirm(text: &str, theme: &Theme, buf: &mut Buffer, area: Rect) {
    let r = centred(area, 64, 5);
    render(buf, Clear, r);
    let block = Block::new().borders(Borders::ALL);
    render(
        buf,
        Paragraph::new(Line::styled(text.to_string(), theme.bold()))
            .block(block)
            .wrap(Wrap { trim: true }),
        r,
    );
}

/// The tables to choose from for the capture screen.
pub fn pick_table(app: &App, at: usize, theme: &Theme, buf: &mut Buffer, area: Rect) {
    let s = app.lang.s();
    let mut lines: Vec<Line> = Vec::new();
    for (i, t) in app.session.tables.iter().enumerate() {
        let topic = app
            .session
            .topic(&t.topic)
            .map(|x| safe(&x.title))
            .unwrap_or_default();
        let host = if t.host.is_empty() {
            String::new()
        } else {
            format!(" · {}", safe(&t.host))
        };
        let text = format!(
            "{} {} — {} {}{host}",
            if i == at { "▶" } else { " " },
            safe(&t.key),
            safe(&t.topic),
            topic
        );
        let style = if i == at {
            theme.bold().add_modifier(Modifier::REVERSED)
        } else {
            theme.bold().remove_modifier(Modifier::BOLD)
        };
        lines.push(Line::styled(text, style));
    }
    lines.push(Line::styled(s.cap.pick_keys, theme.dim()));
    let r = centred(area, 70, lines.len() as u16 + 2);
    render(buf, Clear, r);
    let block = Block::new()
        .borders(Borders::ALL)
        .title(format!(" {} ", s.cap.pick_table));
    render(
        buf,
        // One row per table, cut rather than wrapped: the keys stay visible.
        Paragraph::new(lines).block(block),
        r,
    );
}
