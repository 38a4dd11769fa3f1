//! Drawing the key-factor screen: four quadrants of ranked items, the
//! picks and vote leaders marked by sign and word (never colour alone).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::State;
use crate::core::factors::{Ranked, RankedItem};
use crate::i18n::board::column_words;
use crate::tui::context::Look;
use crate::tui::keys::footer_line;
use crate::tui::room::Room;
use crate::tui::widgets::wrap::lines;
use crate::tui::widgets::{
    Theme, board_cells, column_key, framed, place, render, safe, topic_frame,
};

pub fn view(state: &State, look: &Look, area: Rect, buf: &mut Buffer) {
    let (app, theme) = (look.room, &look.theme);
    let w = &app.lang.s().cap;
    let ranking = &state.ranking;
    let swot = ranking.ranked.as_ref().is_none_or(|r| r.board.is_swot());
    let frame = topic_frame(
        if swot {
            w.key_factors
        } else {
            app.lang.board().room_picks
        },
        (ranking.ranked.as_ref(), ranking.topic),
        (app, theme),
        (area, 0),
        buf,
    );
    let Some((r, [body, _, foot])) = frame else {
        return;
    };
    key_factor_body(state, app, r, theme, buf, body);
    let mut extra = Vec::new();
    if let Some(t) = &state.tally {
        extra.push(Span::styled(
            format!("{}{}{}▏  ", w.tally_prompt, app.lang.colon(), t.text()),
            theme.bold(),
        ));
    }
    let line = footer_line(state.bindings(), look, extra, foot.width);
    render(buf, Paragraph::new(line), foot);
}

fn key_factor_body(
    state: &State,
    app: &Room,
    r: &Ranked,
    theme: &Theme,
    buf: &mut Buffer,
    area: Rect,
) {
    let mut area = area;
    if let crate::core::model::BoardKind::Columns(_) = r.board {
        // Named columns are narrow: their one question goes above them.
        if area.height >= 8 {
            let [q, rest] = ratatui::layout::Layout::vertical([
                ratatui::layout::Constraint::Length(1),
                ratatui::layout::Constraint::Min(0),
            ])
            .areas(area);
            render(
                buf,
                Paragraph::new(Line::styled(app.lang.board().pick_question, theme.bold())),
                q,
            );
            area = rest;
        }
    }
    let cols = r.columns();
    for (q, a) in cols.iter().copied().zip(board_cells(area, cols.len())) {
        let focused = state.quadrant == q;
        let words = column_words(&r.board, q, app.lang);
        let title = match r.board {
            crate::core::model::BoardKind::Columns(_) => format!(
                "{}{} {} ",
                if focused { "▶" } else { " " },
                column_key(&r.board, q, app.lang),
                safe(words.name),
            ),
            _ => format!(
                "{}{} {} — {} ",
                if focused { "▶" } else { " " },
                column_key(&r.board, q, app.lang),
                safe(words.name),
                words.question
            ),
        };
        let block = framed(title, focused, theme);
        let inner = block.inner(a);
        render(buf, block, a);
        let selected = focused.then_some(state.selected[q.index()]);
        let items = r.items(q);
        let width = inner.width as usize;
        let mut out: Vec<Line> = Vec::new();
        // Vote leaders are marked only while nothing is picked.
        let any_chosen = items.iter().any(|i| i.chosen);
        let leaders = if any_chosen {
            0
        } else {
            items.iter().filter(|i| i.leader).count()
        };
        // Keep the selection in view: start a few rows above it.
        let start = selected
            .unwrap_or(0)
            .saturating_sub(inner.height as usize / 3);
        for (i, item) in items.iter().enumerate().skip(start) {
            if out.len() >= inner.height as usize {
                break;
            }
            out.extend(item_lines(
                app,
                r,
                item,
                selected == Some(i),
                (leaders > 1, leaders > 0),
                theme,
                width,
            ));
        }
        if items.is_empty() {
            out.push(Line::styled(app.lang.s().cap.empty_quadrant, theme.dim()));
        }
        render(buf, Paragraph::new(out), inner);
    }
}

fn item_lines(
    app: &Room,
    r: &Ranked,
    item: &RankedItem,
    selected: bool,
    (tie, show_leader): (bool, bool),
    theme: &Theme,
    width: usize,
) -> Vec<Line<'static>> {
    let w = &app.lang.s().cap;
    let mark = if item.chosen {
        format!("★ {} ", w.chosen)
    } else if item.leader && tie {
        format!("= {} ", w.tie)
    } else if item.leader && show_leader {
        format!("☆ {} ", w.leading)
    } else {
        String::new()
    };
    let votes = if r.hidden {
        String::new()
    } else {
        format!("●{} ", item.votes)
    };
    let times = if item.times > 1 {
        format!(" ×{}", item.times)
    } else {
        String::new()
    };
    let text = format!(
        "{} {} {votes}{mark}{}{times}  [{}]",
        if selected { "▶" } else { " " },
        item.label,
        safe(&item.text),
        item.raised
            .iter()
            .map(|p| place(p, app.lang))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let mut style = Style::new();
    if item.chosen {
        style = style
            .add_modifier(Modifier::BOLD)
            .patch(theme.fg(Color::Green));
    }
    if selected {
        style = style.add_modifier(Modifier::REVERSED);
    }
    lines(&text, width)
        .into_iter()
        .map(|l| Line::styled(l, style))
        .collect()
}
