//! The input line: a framed box that grows with the text (up to a few
//! rows), wraps it, and shows the cursor as a reversed cell (never by
//! colour alone, and without moving the terminal's own cursor).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::wrap::wrap;
use super::{Theme, render};
use crate::tui::editor::Editor;

/// Most text rows the box shows (it scrolls to the cursor beyond).
pub const MAX_ROWS: u16 = 5;

/// The box's height for this text on a screen of this size.
pub fn height(editor: &Editor, width: u16, screen_height: u16) -> u16 {
    if screen_height < 12 {
        return 1;
    }
    let (rows, _) = wrap(
        editor.text(),
        width.saturating_sub(2) as usize,
        editor.cursor(),
    );
    (rows.len() as u16).clamp(1, MAX_ROWS) + 2
}

/// Draws the box; `count` is (characters, limit) when the text has one.
pub fn draw(
    editor: &Editor,
    title: &str,
    count: Option<(usize, usize)>,
    active: bool,
    theme: &Theme,
    buf: &mut Buffer,
    area: Rect,
) {
    let framed = area.height >= 3;
    let inner = if framed {
        let mut block = Block::new()
            .borders(Borders::ALL)
            .title(format!(" {title} "));
        if let Some((n, max)) = count.filter(|(n, _)| *n > 0) {
            let style = if n > max {
                theme.fg(Color::Red).add_modifier(Modifier::BOLD)
            } else {
                theme.dim()
            };
            block = block.title_bottom(Line::styled(format!(" {n}/{max} "), style).right_aligned());
        }
        if active {
            block = block.border_style(theme.bold());
        } else {
            block = block.border_style(theme.dim());
        }
        let inner = block.inner(area);
        render(buf, block, area);
        inner
    } else {
        area
    };
    if inner.width == 0 || inner.height == 0 {
        return;
    }
    let prompt = if framed {
        String::new()
    } else {
        "› ".to_string()
    };
    let width = (inner.width as usize)
        .saturating_sub(prompt.chars().count())
        .max(1);
    let (rows, (crow, ccol)) = wrap(editor.text(), width, editor.cursor());
    let h = inner.height as usize;
    let first = (crow + 1).saturating_sub(h);
    let mut lines = Vec::new();
    for (i, row) in rows.iter().enumerate().skip(first).take(h) {
        let mut spans = vec![Span::raw(if i == first {
            prompt.clone()
        } else {
            String::new()
        })];
        if active && i == crow {
            // Split the row at the cursor's column and reverse one cell.
            let (before, at, after) = split_at_col(row, ccol);
            spans.push(Span::raw(before));
            spans.push(Span::styled(
                if at.is_empty() { " ".to_string() } else { at },
                Style::new().add_modifier(Modifier::REVERSED),
            ));
            spans.push(Span::raw(after));
        } else {
            spans.push(Span::raw(row.clone()));
        }
        lines.push(Line::from(spans));
    }
    render(buf, Paragraph::new(lines), inner);
}

/// (text before column `col`, the character there, the rest).
fn split_at_col(row: &str, col: usize) -> (String, String, String) {
    use unicode_width::UnicodeWidthChar;
    let mut w = 0;
    for (i, ch) in row.char_indices() {
        if w >= col {
            let end = i + ch.len_utf8();
            return (
                row[..i].to_string(),
                row[i..end].to_string(),
                row[end..].to_string(),
            );
        }
        w += ch.width().unwrap_or(0);
    }
    (row.to_string(), String::new(), String::new())
}
