//! Drawing the key-factor screen: four quadrants of ranked items, the
//! picks and vote leaders marked by sign and word (never colour alone).

use crate::i18n::prelude::*;
use crate::tui::screens::Screen as _;
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
        let all: Vec<Vec<Line>> = items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                item_lines(
                    app,
                    r,
                    item,
                    selected == Some(i),
                    (leaders > 1, leaders > 0),
                    theme,
                    width,
                )
            })
            .collect();
        let start = window_start(
            &all.iter().map(Vec::len).collect::<Vec<_>>(),
            selected.unwrap_or(0),
            inner.height as usize,
        );
        for lines in all.into_iter().skip(start) {
            if out.len() >= inner.height as usize {
                break;
            }
            out.extend(lines);
        }
        if items.is_empty() {
            out.push(Line::styled(app.lang.s().cap.empty_quadrant, theme.dim()));
        }
        render(buf, Paragraph::new(out), inner);
    }
}

/// The first item shown so that the selected one is in view (a few rows
/// below the top where the list is long), the list never scrolled past its
/// top, and no rows left empty at the bottom while items above are hidden.
fn window_start(heights: &[usize], selected: usize, rows: usize) -> usize {
    if heights.iter().sum::<usize>() <= rows {
        return 0;
    }
    let selected = selected.min(heights.len().saturating_sub(1));
    let lines_from = |a: usize, b: usize| heights[a..b].iter().sum::<usize>();
    // A third of the way down, counted in rows.
    let mut start = selected;
    while start > 0 && lines_from(start - 1, selected) <= rows / 3 {
        start -= 1;
    }
    // The selected item whole in view.
    while start < selected && lines_from(start, selected + 1) > rows {
        start += 1;
    }
    // No empty rows at the bottom while items above are hidden.
    while start > 0 && lines_from(start - 1, heights.len()) <= rows {
        start -= 1;
    }
    start
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
        r.label(item, app.lang),
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

#[cfg(test)]
mod tests {
    use super::window_start;

    #[test]
    fn the_window_keeps_the_selection_in_view_and_never_leaves_rows_empty() {
        // 20 one-row items in 16 rows: at the top, the first is shown.
        let one = vec![1; 20];
        assert_eq!(window_start(&one, 0, 16), 0);
        // The last selected: the window ends on it, the rows filled.
        assert_eq!(window_start(&one, 19, 16), 4);
        // In the middle: a third of the rows above it.
        assert_eq!(window_start(&one, 10, 15), 5);
        // Everything fits: never scrolled.
        assert_eq!(window_start(&[2, 3, 1], 2, 16), 0);
        // Tall items: the selected one whole.
        assert_eq!(window_start(&[5, 5, 5, 5], 3, 8), 3);
        for rows in 1..20 {
            for sel in 0..20 {
                let s = window_start(&one, sel, rows);
                assert!(s <= sel, "{rows} {sel}");
                assert!(sel < s + rows, "{rows} {sel}: in view");
                assert!(20 - s >= rows.min(20), "{rows} {sel}: no empty rows");
            }
        }
    }
}
