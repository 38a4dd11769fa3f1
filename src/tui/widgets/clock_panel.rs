//! The round clock: big digits and a status word (never colour alone).

use crate::i18n::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph};

use super::{Theme, bigdigits, render};
use crate::core::clock::{Run, Stage, format_mmss, stage};
use crate::tui::room::Room;

/// The clock: big digits, and below them a status word with a sign; the
/// notice, if any, after it.
pub fn panel(app: &Room, notice: Option<&str>, theme: &Theme, buf: &mut Buffer, area: Rect) {
    let t = &app.display.lang.s().tui;
    let left = app.remaining();
    let warn = app.clock.warnings.iter().copied().max().unwrap_or(0);
    // Past the planned length, within the phase's range: the margin left.
    let margin = match stage(left, app.margin()) {
        Stage::Margin { left } if app.clock.run != Run::Idle => Some(left),
        _ => None,
    };
    // Overtime counts from the end of the range.
    let left = match stage(left, app.margin()) {
        Stage::Overtime { over } => -over,
        _ => left,
    };
    let (word, color) = match app.clock.run {
        Run::Idle => (t.ready.to_string(), Color::Gray),
        _ if margin.is_some() => (
            format!("◷ {} · {}", t.margin, format_mmss(margin.unwrap_or(0))),
            Color::Yellow,
        ),
        _ if left <= 0 => {
            let w = if app.flashing() {
                t.time_up
            } else {
                t.overtime
            };
            (format!("⏰ {w} +{}", format_mmss(-left)), Color::Red)
        }
        Run::Paused { .. } => (
            format!("⏸ {} · {}", t.paused, format_mmss(left)),
            Color::Cyan,
        ),
        Run::Running { .. } if left <= warn => (
            format!("⚠ {} ▶ {}", t.soon, format_mmss(left)),
            Color::Yellow,
        ),
        Run::Running { .. } => (
            format!("▶ {} · {}", t.running, format_mmss(left)),
            Color::Green,
        ),
    };
    let mut word = word;
    if app.clock.muted {
        word.push_str(&format!("  🔇 {}", t.muted));
    }
    if let Some(n) = notice {
        word.push_str(&format!("  · {n}"));
    }
    let mut style = theme.fg(color).add_modifier(Modifier::BOLD);
    if app.flashing() && app.display.now.as_second() % 2 == 0 {
        style = style.add_modifier(Modifier::REVERSED);
    }
    let block = Block::new()
        .borders(Borders::BOTTOM)
        .border_style(theme.dim());
    let inner = block.inner(area);
    render(buf, block, area);
    let [digits, status] =
        Layout::vertical([Constraint::Min(0), Constraint::Length(1)]).areas(inner);
    let text = match margin {
        Some(m) => format_mmss(m),
        None => format_mmss(left.abs()),
    };
    let text = if left < 0 && margin.is_none() {
        format!("+{text}")
    } else {
        text
    };
    if !bigdigits::render(&text, digits, style, buf) {
        render(
            buf,
            Paragraph::new(Line::styled(text, style)).centered(),
            digits,
        );
    }
    render(
        buf,
        Paragraph::new(Line::styled(word, style)).centered(),
        status,
    );
}
