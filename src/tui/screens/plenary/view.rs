//! Drawing the plenary: the favourable side (main lever, biggest
//! opportunity) on the left, the unfavourable side (main brake, most
//! critical risk) on the right, each key factor with its actions.

use crate::i18n::prelude::*;
use crate::tui::screens::Screen as _;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::State;
use crate::core::factors::Ranked;
use crate::core::model::Column;
use crate::core::synth::PLENARY_SIDES;
use crate::i18n::board::column_words;
use crate::tui::context::Look;
use crate::tui::keys::footer_line;
use crate::tui::room::Room;
use crate::tui::widgets::wrap::lines;
use crate::tui::widgets::{
    Theme, board_cells, column_key, editor, framed, render, safe, topic_frame,
};

pub fn view(state: &State, look: &Look, area: Rect, buf: &mut Buffer) {
    let (app, theme) = (look.room, &look.theme);
    let w = &app.display.lang.s().cap;
    let input_rows = editor::height(&state.editor, area.width, area.height);
    let ranking = &state.ranking;
    let frame = topic_frame(
        w.plenary,
        (ranking.ranked.as_ref(), ranking.topic),
        (app, theme),
        (area, input_rows),
        buf,
    );
    let Some((r, [body, input, foot])) = frame else {
        return;
    };
    plenary_body(state, app, r, theme, buf, body);
    let action = column_words(&r.board, state.slot, app.display.lang).action;
    // Where a column holds several picks, the input names the one the
    // action answers, before it is saved.
    let answers = match state.target() {
        Some(t) if r.picked(state.slot).len() > 1 => format!(" · {}", r.label(t, app.display.lang)),
        _ => String::new(),
    };
    let title = match state.editing {
        Some(_) => format!("{} → {action}", w.editing_action),
        None => format!("{} → {action}{answers}", w.new_action),
    };
    editor::draw(
        &state.editor,
        &title,
        None,
        state.action.is_none(),
        theme,
        buf,
        input,
    );
    let line = footer_line(state.bindings(), look, Vec::new(), foot.width);
    render(buf, Paragraph::new(line), foot);
}

fn plenary_body(
    state: &State,
    app: &Room,
    r: &Ranked,
    theme: &Theme,
    buf: &mut Buffer,
    area: Rect,
) {
    if !r.board.is_swot() {
        // One box per column: its picks, then what the room does about them.
        let cols = r.columns();
        for (q, a) in cols.iter().zip(board_cells(area, cols.len())) {
            slot(state, app, r, *q, theme, buf, a);
        }
        return;
    }
    let s = app.display.lang.s();
    let [left, right] = Layout::horizontal([Constraint::Ratio(1, 2); 2]).areas(area);
    let sides = [
        (s.synth.favourable_side, left),
        (s.synth.unfavourable_side, right),
    ];
    for (side, (name, col)) in sides.into_iter().enumerate() {
        let [label, slots] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(col);
        render(
            buf,
            Paragraph::new(Line::styled(name, theme.bold())).centered(),
            label,
        );
        let [a, b] = Layout::vertical([Constraint::Ratio(1, 2); 2]).areas(slots);
        for (k, area) in [a, b].into_iter().enumerate() {
            slot(state, app, r, PLENARY_SIDES[side][k], theme, buf, area);
        }
    }
}

fn slot(
    state: &State,
    app: &Room,
    r: &Ranked,
    q: Column,
    theme: &Theme,
    buf: &mut Buffer,
    area: Rect,
) {
    let w = &app.display.lang.s().cap;
    let words = column_words(&r.board, q, app.display.lang);
    let focused = state.slot == q;
    let key = column_key(&r.board, q, app.display.lang);
    // A quadrant's box says what its actions do ("How to strengthen the
    // main lever"); a column's gives its name (the input says the rest).
    let title = match &r.board {
        crate::core::model::BoardKind::Swot => {
            format!("{}{key} {} ", if focused { "▶" } else { " " }, words.action)
        }
        _ => format!(
            "{}{key} {} ",
            if focused { "▶" } else { " " },
            safe(words.name)
        ),
    };
    let block = framed(title, focused, theme);
    let inner = block.inner(area);
    render(buf, block, area);
    let width = inner.width as usize;
    let mut out: Vec<Line> = Vec::new();
    let picked = r.picked(q);
    if picked.is_empty() {
        let none = if r.board.is_swot() {
            format!("{} {}", words.key_factor, w.not_chosen_yet)
        } else {
            app.display.lang.board().nothing_picked.to_string()
        };
        out.extend(
            lines(&none, width)
                .into_iter()
                .map(|l| Line::styled(l, theme.dim())),
        );
    }
    let tie = picked.len() > 1 && picked.iter().all(|i| !i.chosen);
    let several = picked.len() > 1;
    let target = state.target().map(|t| t.id).filter(|_| focused && several);
    for item in &picked {
        // Where the column holds several picks, ▶ marks the one a new
        // action answers.
        let aim = match target {
            Some(t) if t == item.id => "▶",
            Some(_) => " ",
            None => "",
        };
        let mark = if item.chosen {
            "★"
        } else if tie {
            "="
        } else {
            "☆"
        };
        let text = format!(
            "{aim}{mark} {} {}",
            r.label(item, app.display.lang),
            safe(&item.text)
        );
        out.extend(
            lines(&text, width)
                .into_iter()
                .map(|l| Line::styled(l, theme.bold())),
        );
    }
    if tie {
        out.push(Line::styled(w.tie_hint, theme.dim()));
    }
    // The key factor stays on top; below it, the actions, scrolled to
    // the selected one, or else to the newest.
    let mut actions: Vec<Line> = Vec::new();
    let mut anchor_end = None;
    for a in &r.actions[q.index()] {
        let (id, text) = (&a.id, &a.text);
        // The pick it answers, where the column holds several.
        let from = a
            .from
            .filter(|_| several)
            .and_then(|n| r.item_of(q, n))
            .map(|i| format!("{} · ", r.label(i, app.display.lang)))
            .unwrap_or_default();
        let selected = focused && state.action == Some(*id);
        let style = if selected {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new()
        };
        let text = format!("{} {from}{}", if selected { "▶" } else { "→" }, safe(text));
        actions.extend(
            lines(&text, width)
                .into_iter()
                .map(|l| Line::styled(l, style)),
        );
        if selected {
            anchor_end = Some(actions.len());
        }
    }
    if r.actions[q.index()].is_empty() {
        actions.push(Line::styled(w.no_actions_yet, theme.dim()));
    }
    let h = inner.height as usize;
    let mut room = h.saturating_sub(out.len()).max(1);
    let end = anchor_end.unwrap_or(actions.len());
    if end > room && room > 1 {
        // One row says how many lines are hidden above.
        room -= 1;
        out.push(Line::styled(format!("↑ {}", end - room), theme.dim()));
    }
    let start = end.saturating_sub(room);
    out.extend(actions.into_iter().skip(start).take(room));
    render(buf, Paragraph::new(out), inner);
}
