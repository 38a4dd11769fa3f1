//! The key-factor and plenary screens.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Paragraph};

use super::capture::letter;
use super::wrap::lines;
use super::{Theme, editor, render, safe};
use crate::core::model::Quadrant;
use crate::tui::app::{App, Mode};
use crate::tui::factors::{Ranked, RankedItem, SLOTS};

pub fn screen(app: &App, theme: &Theme, buf: &mut Buffer, area: Rect) {
    let w = &app.lang.s().cap;
    let Some(r) = &app.factors.ranked else {
        render(buf, Paragraph::new(w.no_topics), area);
        return;
    };
    let plenary = app.mode == Mode::Plenary;
    let input_rows = if plenary {
        editor::height(&app.factors.editor, area.width, area.height)
    } else {
        0
    };
    let [head, body, input, foot] = super::typing_rows(area, input_rows);
    let n = app.session.topics.len();
    let screen_name = if plenary { w.plenary } else { w.key_factors };
    let mut spans = vec![
        Span::styled(format!("{screen_name} · "), theme.bold()),
        Span::raw(format!(
            "{} {}/{n}{}{} — {}",
            app.lang.s().topic,
            r.topic + 1,
            app.lang.colon(),
            safe(&r.key),
            safe(&r.title)
        )),
    ];
    if r.hidden {
        spans.push(Span::styled(
            format!("  🔒 {}", w.votes_hidden),
            theme.bold().add_modifier(Modifier::REVERSED),
        ));
    }
    render(buf, Paragraph::new(Line::from(spans)), head);
    if plenary {
        plenary_body(app, r, theme, buf, body);
        let q = SLOTS[app.factors.slot];
        let title = match app.factors.editing {
            Some(_) => format!("{} → {}", w.editing_action, q.words(app.lang).action),
            None => format!("{} → {}", w.new_action, q.words(app.lang).action),
        };
        editor::draw(
            &app.factors.editor,
            &title,
            None,
            app.factors.action.is_none(),
            theme,
            buf,
            input,
        );
    } else {
        key_factor_body(app, r, theme, buf, body);
    }
    let (mode, keys) = match (
        plenary,
        app.factors.tally.is_some(),
        app.factors.action.is_some(),
    ) {
        (false, true, _) => (w.mode_tally, w.tally_keys),
        (false, false, _) => (w.key_factors, w.keys_factors),
        (true, _, true) => (w.mode_select, w.keys_actions),
        (true, _, false) => (w.mode_typing, w.keys_plenary),
    };
    let mut extra = Vec::new();
    if let Some(t) = &app.factors.tally {
        extra.push(Span::styled(
            format!("{}{}{}▏  ", w.tally_prompt, app.lang.colon(), t.text()),
            theme.bold(),
        ));
    }
    super::mode_footer(app, theme, (mode, keys), extra, buf, foot);
}

fn key_factor_body(app: &App, r: &Ranked, theme: &Theme, buf: &mut Buffer, area: Rect) {
    let [top, bottom] = Layout::vertical([Constraint::Ratio(1, 2); 2]).areas(area);
    let [s_a, w_a] = Layout::horizontal([Constraint::Ratio(1, 2); 2]).areas(top);
    let [o_a, t_a] = Layout::horizontal([Constraint::Ratio(1, 2); 2]).areas(bottom);
    for (q, a) in Quadrant::ALL.into_iter().zip([s_a, w_a, o_a, t_a]) {
        let focused = app.factors.quadrant == q.index();
        let words = q.words(app.lang);
        let title = format!(
            "{}{} {} — {} ",
            if focused { "▶" } else { " " },
            letter(q, app.lang),
            words.name,
            words.question
        );
        let block = framed(title, focused, theme);
        let inner = block.inner(a);
        render(buf, block, a);
        let selected = focused.then_some(app.factors.selected[q.index()]);
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

fn framed(title: String, focused: bool, theme: &Theme) -> Block<'static> {
    let block = Block::new().borders(Borders::ALL).title(title);
    if focused {
        block
            .border_type(BorderType::Double)
            .title_style(theme.bold())
            .border_style(theme.fg(Color::Cyan))
    } else {
        block.border_style(theme.dim())
    }
}

fn item_lines(
    app: &App,
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
        item.raised.join(", ")
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

fn plenary_body(app: &App, r: &Ranked, theme: &Theme, buf: &mut Buffer, area: Rect) {
    let s = app.lang.s();
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
            slot(app, r, side * 2 + k, theme, buf, area);
        }
    }
}

fn slot(app: &App, r: &Ranked, index: usize, theme: &Theme, buf: &mut Buffer, area: Rect) {
    let w = &app.lang.s().cap;
    let q = SLOTS[index];
    let words = q.words(app.lang);
    let focused = app.factors.slot == index;
    let title = format!(
        "{}{} {} ",
        if focused { "▶" } else { " " },
        letter(q, app.lang),
        words.action
    );
    let block = framed(title, focused, theme);
    let inner = block.inner(area);
    render(buf, block, area);
    let width = inner.width as usize;
    let mut out: Vec<Line> = Vec::new();
    let picked = r.picked(q);
    if picked.is_empty() {
        out.push(Line::styled(
            format!("{} {}", words.key_factor, w.not_chosen_yet),
            theme.dim(),
        ));
    }
    let tie = picked.len() > 1 && picked.iter().all(|i| !i.chosen);
    for item in picked {
        let mark = if item.chosen {
            "★"
        } else if tie {
            "="
        } else {
            "☆"
        };
        let text = format!("{mark} {} {}", item.label, safe(&item.text));
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
    for (id, text) in &r.actions[q.index()] {
        let selected = focused && app.factors.action == Some(*id);
        let style = if selected {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new()
        };
        let text = format!("{} {}", if selected { "▶" } else { "→" }, safe(text));
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
