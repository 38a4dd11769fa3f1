//! Boxes drawn over the screen: a yes/no question, and the frame of the
//! help and the table chooser.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::{Theme, render};

/// A `w`×`h` box in the middle of `area` (smaller if it must).
pub fn centred(area: Rect, w: u16, h: u16) -> Rect {
    let [r] = Layout::horizontal([Constraint::Length(w.min(area.width))])
        .flex(Flex::Center)
        .areas(area);
    let [r] = Layout::vertical([Constraint::Length(h.min(area.height))])
        .flex(Flex::Center)
        .areas(r);
    r
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
