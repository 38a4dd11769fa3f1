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
    let w = &app.display.lang.s().cap;
    let ranking = &state.ranking;
    let swot = ranking.ranked.as_ref().is_none_or(|r| r.board.is_swot());
    let frame = topic_frame(
        if swot {
            w.key_factors
        } else {
            app.display.lang.board().room_picks
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
            format!(
                "{}{}{}▏  ",
                w.tally_prompt,
                app.display.lang.colon(),
                t.text()
            ),
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
                Paragraph::new(Line::styled(
                    app.display.lang.board().pick_question,
                    theme.bold(),
                )),
                q,
            );
            area = rest;
        }
    }
    let cols = r.columns();
    for (q, a) in cols.iter().copied().zip(board_cells(area, cols.len())) {
        let focused = state.quadrant == q;
        let words = column_words(&r.board, q, app.display.lang);
        let title = match r.board {
            crate::core::model::BoardKind::Columns(_) => format!(
                "{}{} {} ",
                if focused { "▶" } else { " " },
                column_key(&r.board, q, app.display.lang),
                safe(words.name),
            ),
            _ => format!(
                "{}{} {} — {} ",
                if focused { "▶" } else { " " },
                column_key(&r.board, q, app.display.lang),
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
        // Only the items around the selection are laid out: with thousands
        // of post-its in a column, wrapping every one each frame would cost
        // more than a frame.
        let mut laid: Vec<Option<Vec<Line>>> = vec![None; items.len()];
        let lay = |laid: &mut Vec<Option<Vec<Line>>>, i: usize| -> usize {
            laid[i]
                .get_or_insert_with(|| {
                    item_lines(
                        app,
                        r,
                        &items[i],
                        selected == Some(i),
                        (leaders > 1, leaders > 0),
                        theme,
                        width,
                    )
                })
                .len()
        };
        let rows = inner.height as usize;
        let start = window_start_by(
            items.len(),
            |i| lay(&mut laid, i),
            selected.unwrap_or(0),
            rows,
        );
        for i in start..items.len() {
            if out.len() >= rows {
                break;
            }
            lay(&mut laid, i);
            out.extend(laid[i].take().unwrap_or_default());
        }
        if items.is_empty() {
            out.push(Line::styled(
                app.display.lang.s().cap.empty_quadrant,
                theme.dim(),
            ));
        }
        render(buf, Paragraph::new(out), inner);
    }
}

/// The first item shown so that the selected one is in view (a few rows
/// below the top where the list is long), the list never scrolled past its
/// top, and no rows left empty at the bottom while items above are hidden.
#[cfg(test)]
fn window_start(heights: &[usize], selected: usize, rows: usize) -> usize {
    window_start_by(heights.len(), |i| heights[i], selected, rows)
}

/// [`window_start`] over `n` items whose heights are asked for only near
/// the selection and at the end of the list (at most about `rows` items
/// each): the view lays out no more than it shows.
fn window_start_by(
    n: usize,
    mut height: impl FnMut(usize) -> usize,
    selected: usize,
    rows: usize,
) -> usize {
    if n == 0 {
        return 0;
    }
    // The first item from which the rest of the list fits in the rows.
    let mut tail = n;
    let mut below = 0;
    while tail > 0 {
        let h = height(tail - 1);
        if below + h > rows {
            break;
        }
        below += h;
        tail -= 1;
    }
    if tail == 0 {
        return 0;
    }
    let selected = selected.min(n - 1);
    // A third of the way down, counted in rows.
    let mut start = selected;
    let mut above = 0;
    while start > 0 {
        let h = height(start - 1);
        if above + h > rows / 3 {
            break;
        }
        above += h;
        start -= 1;
    }
    // The selected item whole in view.
    let mut span: usize = (start..=selected).map(&mut height).sum();
    while start < selected && span > rows {
        span -= height(start);
        start += 1;
    }
    // No empty rows at the bottom while items above are hidden.
    start.min(tail)
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
    let w = &app.display.lang.s().cap;
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
        r.label(item, app.display.lang),
        safe(&item.text),
        item.raised
            .iter()
            .map(|p| place(p, app.display.lang))
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

    /// The window as it was first written, over every height at once.
    fn reference(heights: &[usize], selected: usize, rows: usize) -> usize {
        if heights.iter().sum::<usize>() <= rows {
            return 0;
        }
        let selected = selected.min(heights.len().saturating_sub(1));
        let lines_from = |a: usize, b: usize| heights[a..b].iter().sum::<usize>();
        let mut start = selected;
        while start > 0 && lines_from(start - 1, selected) <= rows / 3 {
            start -= 1;
        }
        while start < selected && lines_from(start, selected + 1) > rows {
            start += 1;
        }
        while start > 0 && lines_from(start - 1, heights.len()) <= rows {
            start -= 1;
        }
        start
    }

    #[test]
    fn laying_out_only_what_is_shown_gives_the_same_window() {
        let mut seed = 7u64;
        let mut next = |m: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((seed >> 33) % m) as usize
        };
        for _ in 0..5_000 {
            let n = 1 + next(40);
            let heights: Vec<usize> = (0..n).map(|_| 1 + next(6)).collect();
            let (sel, rows) = (next(n as u64 + 3), 1 + next(30));
            assert_eq!(
                window_start(&heights, sel, rows),
                reference(&heights, sel, rows),
                "{heights:?} {sel} {rows}"
            );
        }
    }

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
