//! Drawing the door: the room's count first, the list of people (ticked
//! ☑ or not ☐, their role, their needs), the name being typed, the keys.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::State;
use crate::i18n::register::door_words;
use crate::tui::context::Look;
use crate::tui::keys::footer_line;
use crate::tui::screens::Screen as _;
use crate::tui::widgets::{clip, editor, render, safe, typing_rows};

pub fn view(state: &State, look: &Look, area: Rect, buf: &mut Buffer) {
    let (room, theme) = (look.room, &look.theme);
    let lang = room.display.lang;
    let w = door_words(lang);
    let [head, body, input, foot] =
        typing_rows(area, editor::height(&state.editor, area.width, area.height));
    let here = crate::core::register::present(&room.notes.board.arrivals);
    let header = Line::from(vec![
        Span::styled(format!("{} · ", w.title), theme.bold()),
        Span::raw(crate::i18n::register::summary(&room.session, &here, lang)),
    ]);
    render(buf, Paragraph::new(header), head);

    let rows = state.rows(room);
    let width = body.width as usize;
    let mut lines: Vec<Line> = Vec::new();
    if rows.is_empty() {
        let said = if state.editor.is_empty() {
            w.empty
        } else {
            w.nobody
        };
        for l in crate::tui::widgets::wrap::lines(said, width) {
            lines.push(Line::styled(l, theme.dim()));
        }
    }
    let selected = state.selected.min(rows.len().saturating_sub(1));
    let visible = body.height as usize;
    let start = selected.saturating_sub(visible.saturating_sub(1));
    for (i, r) in rows.iter().enumerate().skip(start).take(visible) {
        let mut text = format!("{} {}", if r.here { "☑" } else { "☐" }, safe(&r.name));
        if !r.role.is_empty() {
            text.push_str(&format!(" · {}", safe(&r.role)));
        }
        if !r.invited && !room.session.invited.is_empty() {
            text.push_str(&format!(" · {}", w.not_invited));
        }
        if !r.needs.trim().is_empty() {
            text.push_str(&format!(" · ♿ {}", safe(&r.needs)));
        }
        let text = clip(&text, width);
        lines.push(if i == selected {
            Line::styled(
                format!("▶{text}"),
                theme
                    .bold()
                    .add_modifier(ratatui::style::Modifier::REVERSED),
            )
        } else if r.here {
            Line::styled(format!(" {text}"), theme.bold())
        } else {
            Line::raw(format!(" {text}"))
        });
    }
    render(buf, Paragraph::new(lines), body);
    editor::draw(&state.editor, w.name, None, true, theme, buf, input);
    let line = footer_line(state.bindings(), look, Vec::new(), foot.width);
    render(buf, Paragraph::new(line), foot);
}
