//! The capture screen: header, SWOT grid with its axes, input line, footer.

use crate::i18n::prelude::*;
use crate::tui::screens::Screen as _;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Paragraph};

use super as capture;
use super::{Focus, Mark, Pending, Row, Setting, State};
use crate::core::event::MAX_NOTE_CHARS;
use crate::core::model::Column;
use crate::core::votes::{self, Shown};
use crate::i18n::board::column_words;
use crate::tui::context::Look;
use crate::tui::keys::footer_line;
use crate::tui::room::Room;
use crate::tui::widgets::wrap::lines;
use crate::tui::widgets::{Theme, board_cells, column_key, editor, render, safe, typing_rows};

pub fn view(c: &State, look: &Look, area: Rect, buf: &mut Buffer) {
    let (app, theme) = (look.room, &look.theme);
    let input_rows = editor::height(&c.editor, area.width, area.height);
    let [head, grid, input, foot] = typing_rows(area, input_rows);
    header(app, c, theme, buf, head);
    board(app, c, theme, buf, grid);
    let w = &app.display.lang.s().cap;
    let q = column_words(&c.board, c.quadrant, app.display.lang).name;
    let title = match (&c.editing, c.focus) {
        (_, Focus::Filter) => format!("{}{}", w.filter, app.display.lang.colon()),
        (_, Focus::Tally) => format!("{}{}", w.tally_prompt, app.display.lang.colon()),
        (Some(_), _) => format!("{} → {q}", w.editing),
        (None, _) => format!("{} → {q}", w.new_post_it),
    };
    let (text, active) = match c.focus {
        Focus::Filter => (&c.filter, true),
        Focus::Tally => (&c.tally, true),
        Focus::Typing => (&c.editor, true),
        Focus::Board => (&c.editor, false),
    };
    let count = (c.focus == Focus::Typing).then(|| (c.editor.chars(), MAX_NOTE_CHARS));
    // Over the limit, the box says so and which key empties it.
    let title = if c.editor.chars() > MAX_NOTE_CHARS {
        format!("{title} — ⚠ {}", w.over_limit)
    } else {
        title
    };
    editor::draw(text, &title, count, active, theme, buf, input);
    footer(look, c, buf, foot);
}

/// Table · host · topic · round · group, and the save state on the right.
fn header(app: &Room, c: &State, theme: &Theme, buf: &mut Buffer, area: Rect) {
    let s = app.display.lang.s();
    let w = &s.cap;
    let colon = app.display.lang.colon();
    let table = app.session.table(&c.table);
    // Round and group first: they change, and must show on a narrow screen.
    let mut spans = vec![Span::styled(
        format!("{} {}", s.table, safe(&c.table)),
        theme.bold(),
    )];
    let set_by = |manual: bool| if manual { w.by_hand } else { "" };
    let round = capture::round(app, c);
    let rounds = app.session.round_phases();
    let whole_room =
        table.is_some_and(|t| t.whole_room) && c.round == Setting::Auto && c.group == Setting::Auto;
    spans.push(Span::styled(
        match round {
            // The whole room's table: outside the rounds, every group.
            None if whole_room => format!(" · {}", s.synth.whole_room),
            Some(r) => format!(
                " · {} {r}/{rounds}{}",
                s.round,
                set_by(c.round != Setting::Auto)
            ),
            None => format!(" · {} —{}", s.round, set_by(c.round != Setting::Auto)),
        },
        theme.bold(),
    ));
    if !app.session.groups.is_empty() && !whole_room {
        let g = capture::group(app, c);
        spans.push(Span::styled(
            format!(
                " · {} {}{}",
                s.group,
                g.as_deref().map(safe).unwrap_or_else(|| "—".into()),
                set_by(c.group != Setting::Auto)
            ),
            theme.bold(),
        ));
    }
    if let Some(a) = &c.author {
        spans.push(Span::styled(
            format!(
                " · ✍ {}",
                crate::i18n::cli::writer(&app.seat_name(a), app.display.lang)
            ),
            theme
                .bold()
                .add_modifier(ratatui::style::Modifier::REVERSED),
        ));
    }
    if let Some(t) = table {
        if let Some(topic) = app.session.topic(&t.topic) {
            spans.push(Span::raw(format!(
                " · {} — {}",
                safe(&topic.key),
                safe(&topic.title)
            )));
        }
        if !t.host.is_empty() {
            spans.push(Span::raw(format!(" · {}{colon}{}", s.host, safe(&t.host))));
        }
    }
    let status = save_status(app, c, theme);
    let sw = status.width() as u16;
    let [left, right] = Layout::horizontal([
        Constraint::Min(0),
        Constraint::Length(sw.min(area.width / 2)),
    ])
    .areas(area);
    render(buf, Paragraph::new(Line::from(spans)), left);
    render(buf, Paragraph::new(status).right_aligned(), right);
}

/// "✓ saved", or "⚠ NOT SAVED (2): reason".
fn save_status(app: &Room, c: &State, theme: &Theme) -> Line<'static> {
    let w = &app.display.lang.s().cap;
    let n = app.notes.unsaved.len();
    if n > 0 {
        return Line::styled(
            format!(" ⚠ {} ({n}) ", w.not_saved),
            theme
                .fg(Color::Red)
                .add_modifier(Modifier::REVERSED | Modifier::BOLD),
        );
    }
    let mut text = String::new();
    let arrived = capture::arrived_here(app, c);
    if arrived > 0 {
        text.push_str(&format!(" +{arrived} {} ·", w.arrived));
    }
    let pending = app.notes.pending.len();
    if pending > 0 {
        text.push_str(&format!(" … {} ({pending})", w.saving));
    } else if app.notes.last_saved.is_some() {
        text.push_str(&format!(" ✓ {}", w.saved));
    }
    Line::styled(text, theme.fg(Color::Green))
}

/// The board: a SWOT's 2×2 grid with its axes, or the columns of any other
/// board (side by side, in two rows from four on).
fn board(app: &Room, c: &State, theme: &Theme, buf: &mut Buffer, area: Rect) {
    if !c.board.is_swot() {
        return columns(app, c, theme, buf, area);
    }
    let s = app.display.lang.s();
    let axes = area.width >= 50 && area.height >= 10;
    let (top_axis, rest) = if axes {
        let [a, r] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
        (Some(a), r)
    } else {
        (None, area)
    };
    let (gutter, grid) = if axes {
        let [g, r] = Layout::horizontal([Constraint::Length(2), Constraint::Min(0)]).areas(rest);
        (Some(g), r)
    } else {
        (None, rest)
    };
    let [top, bottom] = Layout::vertical([Constraint::Ratio(1, 2); 2]).areas(grid);
    let [s_a, w_a] = Layout::horizontal([Constraint::Ratio(1, 2); 2]).areas(top);
    let [o_a, t_a] = Layout::horizontal([Constraint::Ratio(1, 2); 2]).areas(bottom);
    if let Some(a) = top_axis {
        let [l, r] = Layout::horizontal([Constraint::Ratio(1, 2); 2]).areas(Rect {
            x: s_a.x,
            width: grid.width,
            ..a
        });
        render(
            buf,
            Paragraph::new(Line::styled(s.favourable, theme.dim())).centered(),
            l,
        );
        render(
            buf,
            Paragraph::new(Line::styled(s.unfavourable, theme.dim())).centered(),
            r,
        );
    }
    if let Some(g) = gutter {
        let [gt, gb] = Layout::vertical([Constraint::Ratio(1, 2); 2]).areas(g);
        vertical(s.cap.axis_internal, theme, buf, gt);
        vertical(s.cap.axis_external, theme, buf, gb);
    }
    draw_columns(
        app,
        c,
        theme,
        buf,
        Column::ALL.into_iter().zip([s_a, w_a, o_a, t_a]),
    );
}

/// Each column of the board in its box.
fn draw_columns(
    app: &Room,
    c: &State,
    theme: &Theme,
    buf: &mut Buffer,
    boxes: impl Iterator<Item = (Column, Rect)>,
) {
    let list = capture::rows(app, c);
    let totals = capture::totals(app, c);
    for (q, a) in boxes {
        quadrant(
            app,
            c,
            q,
            &list[q.index()],
            totals[q.index()],
            theme,
            buf,
            a,
        );
    }
}

/// A board of named columns, or an open question's one list (with the
/// question above it when there is room).
fn columns(app: &Room, c: &State, theme: &Theme, buf: &mut Buffer, area: Rect) {
    let mut area = area;
    let question = app
        .session
        .table(&c.table)
        .and_then(|t| app.session.topic(&t.topic))
        .map(|t| t.question.trim())
        .unwrap_or("");
    if !question.is_empty() && area.height >= 8 {
        let [q, rest] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
        render(
            buf,
            Paragraph::new(Line::styled(
                format!("❝ {} ❞", safe(question)),
                theme.bold(),
            )),
            q,
        );
        area = rest;
    }
    let cols = c.board.columns();
    let boxes = board_cells(area, cols.len());
    draw_columns(app, c, theme, buf, cols.into_iter().zip(boxes));
}

/// A word written downwards, centred in `area`.
fn vertical(word: &str, theme: &Theme, buf: &mut Buffer, area: Rect) {
    let chars: Vec<char> = word.chars().collect();
    let h = area.height as usize;
    let top = h.saturating_sub(chars.len()) / 2;
    for (i, ch) in chars.iter().take(h).enumerate() {
        buf.set_string(
            area.x,
            area.y + (top + i) as u16,
            ch.to_string(),
            theme.dim(),
        );
    }
}

#[allow(clippy::too_many_arguments)]
fn quadrant(
    app: &Room,
    c: &State,
    q: Column,
    rows: &[Row],
    total: usize,
    theme: &Theme,
    buf: &mut Buffer,
    area: Rect,
) {
    let words = column_words(&c.board, q, app.display.lang);
    let target = c.quadrant == q;
    let shown = if c.filter.text().trim().is_empty() {
        format!("{total}")
    } else {
        format!("{}/{total}", rows.len())
    };
    let key = column_key(&c.board, q, app.display.lang);
    let title = if words.hint.is_empty() {
        format!(
            "{}{key} {} ({shown}) ",
            if target { "▶" } else { " " },
            safe(words.name),
        )
    } else {
        format!(
            "{}{key} {} ({shown}) — {} ",
            if target { "▶" } else { " " },
            safe(words.name),
            words.hint
        )
    };
    let mut block = Block::new().borders(Borders::ALL).title(title);
    if target {
        block = block
            .border_type(BorderType::Double)
            .title_style(theme.bold())
            .border_style(theme.fg(Color::Cyan));
    } else {
        block = block.border_style(theme.dim());
    }
    let inner = block.inner(area);
    if inner.height == 0 || inner.width < 4 {
        render(buf, block, area);
        return;
    }
    let width = inner.width as usize;
    // The group at the table, once per quadrant (it reads the rotation plan).
    let group = capture::group(app, c);
    let group = group.as_deref();
    let selected = if c.focus == Focus::Board || matches!(c.pending, Pending::Merge(_)) {
        c.selected
    } else {
        None
    };
    let anchor = selected
        .and_then(|id| rows.iter().position(|r| r.note.id == id))
        .unwrap_or(rows.len().saturating_sub(1));
    let height = inner.height as usize;
    // Rows from the anchor upwards (the newest, or the selection, at the
    // bottom), then downwards if there is room left: only what shows is
    // wrapped, whatever the board's size.
    let mut shown_rows: Vec<(usize, Vec<Line>)> = Vec::new();
    let mut used = 0;
    let mut i = if rows.is_empty() { -1 } else { anchor as isize };
    while i >= 0 && used < height {
        let l = row_lines(app, c, &rows[i as usize], (selected, group), theme, width);
        used += l.len();
        shown_rows.insert(0, (i as usize, l));
        i -= 1;
    }
    let mut j = if rows.is_empty() { 0 } else { anchor + 1 };
    while j < rows.len() && used < height {
        let l = row_lines(app, c, &rows[j], (selected, group), theme, width);
        used += l.len();
        shown_rows.push((j, l));
        j += 1;
    }
    // A post-it taller than the whole quadrant shows from its start.
    if let Some(k) = shown_rows.iter().position(|r| r.0 == anchor)
        && shown_rows[k].1.len() >= height
    {
        let (i, mut l) = shown_rows.swap_remove(k);
        l.truncate(height);
        if let Some(last) = l.last_mut() {
            *last = Line::styled("…", last.style);
        }
        shown_rows = vec![(i, l)];
    }
    let above = shown_rows.first().map_or(0, |r| r.0);
    let below = rows.len() - shown_rows.last().map_or(0, |r| r.0 + 1);
    let mut out: Vec<Line> = shown_rows.into_iter().flat_map(|(_, l)| l).collect();
    // Keep the anchor's own rows in view when the top overflows.
    if out.len() > height {
        let cut = out.len() - height;
        out.drain(..cut);
    }
    // Hidden rows are counted on the frame, never over a post-it.
    let mut block = block;
    if above > 0 {
        block = block.title_bottom(Line::raw(format!(" ↑ {above} ")).right_aligned());
    }
    if below > 0 {
        block = block.title_bottom(Line::raw(format!(" ↓ {below} ")).left_aligned());
    }
    render(buf, block, area);
    if rows.is_empty() {
        out.push(Line::styled(
            app.display.lang.s().cap.empty_quadrant,
            theme.dim(),
        ));
    }
    render(buf, Paragraph::new(out), inner);
}

/// One post-it: its marks, then its text wrapped.
fn row_lines(
    app: &Room,
    c: &State,
    row: &Row,
    (selected, group): (Option<uuid::Uuid>, Option<&str>),
    theme: &Theme,
    width: usize,
) -> Vec<Line<'static>> {
    let s = app.display.lang.s();
    let w = &s.cap;
    let n = row.note;
    let is_sel = selected == Some(n.id);
    let merging = c.pending == Pending::Merge(n.id);
    let mut prefix = String::new();
    prefix.push_str(if is_sel {
        "▶"
    } else if merging {
        "⊕"
    } else {
        "•"
    });
    if row.member {
        prefix.insert_str(0, "  ↳");
    }
    let place = |table: Option<&str>, round: Option<u32>, group: Option<&str>| {
        let mut p = Vec::new();
        if let Some(t) = table {
            p.push(safe(t));
        }
        if let Some(r) = round {
            p.push(format!("{}{r}", s.synth.round_letter));
        }
        if let Some(g) = group {
            p.push(format!("{}{}", s.synth.group_letter, safe(g)));
        }
        // Nothing known of where it was written: no empty brackets.
        if p.is_empty() {
            String::new()
        } else {
            format!("[{}]", p.join("·"))
        }
    };
    let tag = match row.mark {
        Mark::Now => String::new(),
        Mark::Earlier { round, group } => place(None, round, group),
        Mark::Elsewhere {
            table,
            round,
            group,
        } => place(Some(table), round, group),
    };
    let mut suffix = Vec::new();
    if row.members > 0 {
        suffix.push(format!("⊕{}", row.members));
    }
    match votes::shown(&app.session, &app.notes.board, n, group) {
        Shown::All(0) | Shown::Own(0) => {}
        Shown::All(v) => suffix.push(format!("●{v}")),
        Shown::Own(v) => suffix.push(format!("●{v} ({})", w.own_dots)),
    }
    if app.notes.is_unsaved(n.id) {
        suffix.push(w.not_saved.to_string());
    } else if app.notes.is_pending(n.id) {
        suffix.push("…".into());
    } else if app.notes.last_saved == Some(n.id) {
        suffix.push("✓".into());
    }
    let mut text = format!("{prefix} ");
    if !tag.is_empty() {
        text.push_str(&tag);
        text.push(' ');
    }
    text.push_str(&crate::core::text::sanitize(&n.text));
    if !suffix.is_empty() {
        text.push_str("  ");
        text.push_str(&suffix.join(" · "));
    }
    let mut style = Style::new();
    if row.mark != Mark::Now {
        style = style.patch(theme.dim());
    }
    if is_sel {
        style = style.add_modifier(Modifier::REVERSED | Modifier::BOLD);
    }
    if app.notes.is_unsaved(n.id) {
        style = style
            .patch(theme.fg(Color::Red))
            .add_modifier(Modifier::BOLD);
    }
    lines(&text, width)
        .into_iter()
        .map(|l| Line::styled(l, style))
        .collect()
}

/// Which mode the keys are in, the filter, and the keys that matter there.
fn footer(look: &Look, c: &State, buf: &mut Buffer, area: Rect) {
    let (app, theme) = (look.room, &look.theme);
    let w = &app.display.lang.s().cap;
    let mut extra = Vec::new();
    if look.notice.is_none() && !c.filter.text().is_empty() && c.focus != Focus::Filter {
        extra.push(Span::styled(
            format!(
                "{}{}{}  ",
                w.filter,
                app.display.lang.colon(),
                safe(c.filter.text())
            ),
            theme.bold(),
        ));
    }
    if c.others {
        extra.push(Span::styled(
            format!("[{}]  ", w.others_shown),
            theme.bold(),
        ));
    }
    let line = footer_line(c.bindings(), look, extra, area.width);
    render(buf, Paragraph::new(line), area);
}
