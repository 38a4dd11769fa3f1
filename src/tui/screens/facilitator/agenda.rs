//! The agenda: phases with planned and actual minutes, and the projected end.

use crate::i18n::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use crate::core::clock::format_mmss;
use crate::tui::room::Room;
use crate::tui::widgets::{Theme, render, safe};

pub fn list(app: &Room, theme: &Theme, buf: &mut Buffer, area: Rect) {
    let t = &app.display.lang.s().tui;
    let mut lines = Vec::new();
    for (i, p) in app.session.agenda.iter().enumerate() {
        let current = i == app.clock.phase;
        let mark = if current {
            "▶"
        } else if i < app.clock.phase {
            "✓"
        } else {
            " "
        };
        let actual = app
            .clock
            .actual
            .get(i)
            .copied()
            .flatten()
            .filter(|_| !current)
            .map(|s| format!(" · {}", format_mmss(s)))
            .unwrap_or_default();
        let style = if current {
            theme.bold()
        } else if i < app.clock.phase {
            theme.dim()
        } else {
            Default::default()
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{mark} {}. {}", i + 1, safe(&p.title)), style),
            Span::styled(
                format!(
                    "  {} {}{actual}",
                    p.minutes,
                    app.display.lang.s().minutes_short
                ),
                theme.dim(),
            ),
        ]));
    }
    let planned: Vec<u32> = app.session.agenda.iter().map(|p| p.minutes).collect();
    let end = app
        .clock
        .projected_end(&planned, app.display.now)
        .to_zoned(app.display.tz.clone())
        .strftime("%H:%M")
        .to_string();
    lines.push(Line::raw(""));
    lines.push(Line::from(vec![
        Span::raw(format!("{}{}", t.projected_end, app.display.lang.colon())),
        Span::styled(end, theme.bold()),
    ]));
    if let Some(q) = &app.mixing {
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            crate::i18n::mix::MixText::Plain(q).text(app.display.lang),
            theme.dim(),
        ));
    }
    let title = format!(" {} ({} / {}) ", t.agenda, t.planned, t.actual);
    let block = Block::new()
        .borders(Borders::LEFT)
        .title(title)
        .border_style(theme.dim());
    render(
        buf,
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        area,
    );
}
