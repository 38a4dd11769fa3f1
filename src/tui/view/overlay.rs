//! Help and the quit question, drawn over the screen.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::{Theme, render};
use crate::tui::app::App;

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
    let t = &app.lang.s().tui;
    let lines: Vec<Line> = t
        .help
        .iter()
        .map(|(k, v)| {
            Line::from(vec![
                Span::styled(format!("{k:>8}  "), theme.bold()),
                Span::raw(*v),
            ])
        })
        .collect();
    let r = centred(area, 76, lines.len() as u16 + 2);
    render(buf, Clear, r);
    let block = Block::new()
        .borders(Borders::ALL)
        .title(format!(" {} ", t.help_title));
    render(
        buf,
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        r,
    );
}

pub fn confirm_quit(app: &App, theme: &Theme, buf: &mut Buffer, area: Rect) {
    let text = app.lang.s().tui.quit_running;
    let r = centred(area, 64, 4);
    render(buf, Clear, r);
    let block = Block::new().borders(Borders::ALL);
    render(
        buf,
        Paragraph::new(Line::styled(text, theme.bold()))
            .block(block)
            .wrap(Wrap { trim: true }),
        r,
    );
}
