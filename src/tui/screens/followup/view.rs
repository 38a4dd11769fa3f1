//! Drawing the follow-up: the list by theme and status (each status a sign
//! and a word, never a colour alone), and the selected proposal's answer,
//! origin, post-its and history; side by side on a wide screen, one above
//! the other at 80 columns.

use crate::i18n::prelude::*;
use crate::tui::screens::Screen as _;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Row, State, StatusFilter, Typing};
use crate::core::proposal::{AWAITING_SIGN, Status};
use crate::i18n::followup as words;
use crate::report::followup;
use crate::tui::context::Look;
use crate::tui::keys::footer_line;
use crate::tui::msg::Field;
use crate::tui::room::Room;
use crate::tui::widgets::wrap::lines;
use crate::tui::widgets::{Theme, clip, editor, framed, render, safe, typing_rows};

pub fn view(state: &State, look: &Look, area: Rect, buf: &mut Buffer) {
    let (room, theme) = (look.room, &look.theme);
    let lang = room.display.lang;
    let w = lang.followup();
    let typing_editor = match &state.typing {
        Typing::Field(..) => Some(&state.editor),
        Typing::Search => Some(&state.search),
        Typing::No => None,
    };
    let input_rows = typing_editor.map_or(0, |e| editor::height(e, area.width, area.height));
    let [head, body, input, foot] = typing_rows(area, input_rows);

    // Header: title, count, filter and search in force.
    // The filter and search first: the title is what a narrow screen cuts.
    let mut spans = vec![
        Span::styled(format!("{} · ", w.screen), theme.bold()),
        Span::raw(words::count(state.shown().len(), lang)),
    ];
    if let StatusFilter::Only(s) = state.filter {
        spans.push(Span::styled(
            format!(
                " [{}{}{}]",
                w.filter,
                lang.colon(),
                words::status_signed(s, lang)
            ),
            theme.bold().add_modifier(Modifier::REVERSED),
        ));
    }
    if state.filter == StatusFilter::Late {
        spans.push(Span::styled(
            format!(
                " [{}{}{}]",
                w.filter,
                lang.colon(),
                crate::i18n::followup::first_heading(lang)
            ),
            theme.bold().add_modifier(Modifier::REVERSED),
        ));
    }
    // What is late, said at once on every filter.
    let late = state.late.values().filter(|l| l.is_late()).count();
    if late > 0 {
        spans.push(Span::styled(
            format!(" · {}", crate::i18n::followup::late_count(late, lang)),
            theme.bold(),
        ));
    }
    if !state.search.is_empty() && state.typing != Typing::Search {
        spans.push(Span::styled(
            format!(
                " [{}{}{}]",
                w.search,
                lang.colon(),
                safe(state.search.text())
            ),
            theme.bold().add_modifier(Modifier::REVERSED),
        ));
    }
    if room.year.len() > 1 {
        spans.push(Span::styled(
            format!(
                " · {} {}/{}",
                lang.followup().session,
                room.year_at + 1,
                room.year.len()
            ),
            theme.bold(),
        ));
    }
    spans.push(Span::raw(format!(" · {}", safe(&room.session.title))));
    render(buf, Paragraph::new(Line::from(spans)), head);

    if state.proposals.is_empty() {
        let text = lines(w.none_yet, body.width as usize);
        render(buf, Paragraph::new(text.join("\n")), body);
    } else {
        let (list_area, detail_area) = if body.width >= 110 {
            let [a, b] =
                Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
                    .areas(body);
            (a, b)
        } else {
            let [a, b] = Layout::vertical([Constraint::Percentage(45), Constraint::Percentage(55)])
                .areas(body);
            (a, b)
        };
        list(state, room, theme, buf, list_area);
        detail(state, room, theme, buf, detail_area);
    }

    if let Some(ed) = typing_editor {
        let title = match &state.typing {
            Typing::Field(id, field) => {
                let p = state.proposal(*id);
                let status = p.and_then(|p| p.status);
                let label = field_label(*field, status, lang);
                let short = state.short.get(id).map(String::as_str).unwrap_or("");
                if *field == Field::Theme {
                    // The session's themes first, as the organiser would pick.
                    let known = crate::core::proposal::themes(&room.session, &state.proposals);
                    format!("{label} — {short} — {}", safe(&known.join(" · ")))
                } else {
                    format!("{label} — {short}")
                }
            }
            _ => w.search.to_string(),
        };
        editor::draw(ed, &title, None, true, theme, buf, input);
    }
    let line = footer_line(state.bindings(), look, Vec::new(), foot.width);
    render(buf, Paragraph::new(line), foot);
}

/// The label of a field being typed, as the report words it.
fn field_label(field: Field, status: Option<Status>, lang: crate::i18n::Lang) -> String {
    let w = lang.followup();
    match field {
        Field::Title => w.title_field.to_string(),
        Field::Response => words::response_label(status, lang).to_string(),
        Field::Owner => words::owner_label(status, lang).to_string(),
        Field::Condition => w.condition.to_string(),
        Field::Due => format!(
            "{} (2026, 2026-03, 2026-03-15)",
            words::due_label(status, lang)
        ),
        Field::Theme => w.theme.to_string(),
        Field::Progress(p) => format!("{} — {} {}", w.progress, p.sign(), words::progress(p, lang)),
    }
}

fn list(state: &State, room: &Room, theme: &Theme, buf: &mut Buffer, area: Rect) {
    let lang = room.display.lang;
    let w = lang.followup();
    let block = framed(
        format!(" {} ", crate::core::text::capitalised(w.proposals)),
        state.typing == Typing::No,
        theme,
    );
    let inner = block.inner(area);
    render(buf, block, area);
    if inner.height == 0 || inner.width == 0 {
        return;
    }
    if state.rows.is_empty() {
        let text = lines(w.none_shown, inner.width as usize);
        render(buf, Paragraph::new(text.join("\n")), inner);
        return;
    }
    let width = inner.width as usize;
    let at = state
        .rows
        .iter()
        .position(|r| matches!(r, Row::Proposal(id) if Some(*id) == state.selected))
        .unwrap_or(0);
    // Keep the selection in view, a third of the way down.
    let h = inner.height as usize;
    let start = at
        .saturating_sub(h / 3)
        .min(state.rows.len().saturating_sub(h));
    let mut out: Vec<Line> = Vec::new();
    for row in state.rows.iter().skip(start).take(h) {
        out.push(match row {
            Row::Theme(name, n) => Line::styled(
                clip(&format!("{} ({n})", safe(name)), width),
                theme.bold().add_modifier(Modifier::UNDERLINED),
            ),
            Row::Status(s, n) => Line::styled(
                clip(&format!(" {} ({n})", words::status_signed(*s, lang)), width),
                theme.bold(),
            ),
            Row::Proposal(id) => {
                let Some(p) = state.proposal(*id) else {
                    continue;
                };
                let selected = state.selected == Some(*id);
                let progress = p
                    .progress_state()
                    .map(|s| format!("{} ", s.sign()))
                    .unwrap_or_default();
                let mark = match state.late.get(id) {
                    Some(l) if l.is_late() => "⚠ ",
                    Some(_) => "◷ ",
                    None => "",
                };
                let text = format!(
                    "{}{mark}{} {} {progress}{}",
                    if selected { "▶" } else { " " },
                    p.status.map_or(AWAITING_SIGN, Status::sign),
                    state.short.get(id).map(String::as_str).unwrap_or(""),
                    safe(&p.text)
                );
                let style = if selected {
                    Style::new().add_modifier(Modifier::REVERSED)
                } else {
                    Style::new()
                };
                Line::styled(clip(&format!("  {text}"), width), style)
            }
        });
    }
    render(buf, Paragraph::new(out), inner);
}

fn detail(state: &State, room: &Room, theme: &Theme, buf: &mut Buffer, area: Rect) {
    let lang = room.display.lang;
    let w = lang.followup();
    let p = state.selected.and_then(|id| state.proposal(id));
    let title = match p {
        Some(p) => format!(
            " {} · {} ",
            state.short.get(&p.id).map(String::as_str).unwrap_or(""),
            words::status_signed(p.status, lang)
        ),
        None => String::from(" "),
    };
    let block = framed(title, false, theme);
    let inner = block.inner(area);
    render(buf, block, area);
    let Some(p) = p else { return };
    if inner.width == 0 || inner.height == 0 {
        return;
    }
    let width = inner.width as usize;
    let mut out: Vec<Line> = Vec::new();
    let para = |out: &mut Vec<Line>, text: &str, style: Style| {
        for l in lines(&safe(text), width) {
            out.push(Line::styled(l, style));
        }
    };
    para(&mut out, &p.text, theme.bold());
    if let Some(l) = state.late.get(&p.id) {
        para(
            &mut out,
            &crate::i18n::followup::lateness(*l, lang),
            theme.bold(),
        );
    }
    let colon = lang.colon();
    for (label, value) in followup::fields(p, lang) {
        para(&mut out, &format!("{label}{colon}{value}"), Style::new());
    }
    if let Some(t) = &p.theme {
        para(&mut out, &format!("{}{colon}{t}", w.theme), Style::new());
    }
    let from = followup::origin(p, &room.session, false, lang);
    para(&mut out, &format!("{}{colon}{from}", w.origin), theme.dim());
    for t in &p.post_its {
        para(&mut out, &format!("  {}", lang.quote(t)), theme.dim());
    }
    if !p.description.is_empty() {
        para(
            &mut out,
            &format!("{}{colon}{}", w.description, p.description),
            Style::new(),
        );
    }
    if !p.history.is_empty() {
        para(&mut out, &format!("{}{colon}", w.history), theme.bold());
        for line in followup::history(p, lang, &room.display.tz) {
            para(&mut out, &format!("  {line}"), theme.dim());
        }
    }
    // Scrolled (Alt-↓), never past the end; more than fits: the first or
    // last row says so.
    let h = inner.height as usize;
    let skip = (state.detail_scroll as usize).min(out.len().saturating_sub(h));
    out.drain(..skip);
    if skip > 0 && h > 0 {
        out[0] = Line::styled("↑ …", theme.dim());
    }
    if out.len() > h && h > 0 {
        out.truncate(h);
        out[h - 1] = Line::styled("↓ … (Alt-↓)", theme.dim());
    }
    render(buf, Paragraph::new(out), inner);
}
