//! Drawing the set-up: the sections as tabs, the selected section as a
//! table (the selected field marked ▶ and reversed, never by colour
//! alone), and beside it (below it on a narrow screen) the rotation and
//! what is left to fix, recomputed from the session as it is typed.

use crate::i18n::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::{Section, State};
use crate::core::plan::Movers;
use crate::core::validate::Severity;
use crate::tui::widgets::wrap::lines;
use crate::tui::widgets::{Theme, render, safe};

/// The screen; `banner` the room's (NOT SAVED, a conflict to settle),
/// shown above the sections with what the merge set aside.
pub fn view(state: &State, theme: &Theme, banner: Option<&str>, area: Rect, buf: &mut Buffer) {
    let lang = state.lang;
    let w = lang.setup_screen();
    // The warnings, wrapped (a set-aside change is a sentence), at most
    // three lines each.
    let warn_lines: Vec<Line> = banner
        .into_iter()
        .chain(state.said.as_deref())
        .flat_map(|t| {
            let mut rows = lines(&format!("⚠ {}", safe(t)), area.width as usize);
            rows.truncate(3);
            rows
        })
        .map(|row| Line::styled(row, theme.bold().add_modifier(Modifier::REVERSED)))
        .collect();
    let [head, warn, tabs, body, foot] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(warn_lines.len() as u16),
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(1),
    ])
    .areas(area);
    render(buf, Paragraph::new(warn_lines), warn);

    // Title, and whether the file holds what is on screen.
    let status = if !state.is_changed() {
        w.saved
    } else {
        w.unsaved
    };
    let title = format!("⚙ {} · {}", w.title, safe(&state.session.title));
    let sw = unicode_width::UnicodeWidthStr::width(status) as u16 + 1;
    let [left, right] = Layout::horizontal([
        Constraint::Min(0),
        Constraint::Length(sw.min(area.width / 2)),
    ])
    .areas(head);
    render(buf, Paragraph::new(Line::styled(title, theme.bold())), left);
    render(
        buf,
        Paragraph::new(Line::styled(status, theme.bold())).right_aligned(),
        right,
    );

    // The sections, with how many rows each has: without the counts where
    // they do not fit, then as many as fit around the selected one.
    let label = |i: usize, s: Section, counts: bool| {
        let name = w.sections[i];
        let label = if s == Section::Session || !counts {
            name.to_string()
        } else {
            format!("{name} ({})", state.len(s))
        };
        if s == state.section {
            format!("▶{label} ")
        } else {
            format!(" {label} ")
        }
    };
    let width = |l: &String| unicode_width::UnicodeWidthStr::width(l.as_str());
    let fits = |ls: &[String]| ls.iter().map(width).sum::<usize>() <= tabs.width as usize;
    let mut labels: Vec<String> = Section::ALL
        .into_iter()
        .enumerate()
        .map(|(i, s)| label(i, s, true))
        .collect();
    if !fits(&labels) {
        labels = Section::ALL
            .into_iter()
            .enumerate()
            .map(|(i, s)| label(i, s, s == state.section))
            .collect();
    }
    let at = state.section.index();
    let (mut from, mut to) = (0, labels.len());
    // Cut from the far end first, with ‹ › where tabs are hidden.
    while !fits(&labels[from..to]) && to - from > 1 {
        if to - 1 > at && (to - at > at - from || from == at) {
            to -= 1;
        } else {
            from += 1;
        }
    }
    while (from > 0 || to < labels.len())
        && labels[from..to].iter().map(width).sum::<usize>() + 2 > tabs.width as usize
        && to - from > 1
    {
        if to - 1 > at {
            to -= 1;
        } else {
            from += 1;
        }
    }
    let mut spans = Vec::new();
    if from > 0 {
        spans.push(Span::styled("‹", theme.dim()));
    }
    for (i, l) in labels.iter().enumerate().take(to).skip(from) {
        if i == at {
            spans.push(Span::styled(
                l.trim_end().to_string(),
                theme.bold().add_modifier(Modifier::REVERSED),
            ));
            spans.push(Span::raw(" "));
        } else {
            spans.push(Span::raw(l.clone()));
        }
    }
    if to < labels.len() {
        spans.push(Span::styled("›", theme.dim()));
    }
    render(buf, Paragraph::new(Line::from(spans)), tabs);

    // The table, and the rotation with what is left to fix beside it (or
    // below it when the screen is narrow).
    let (table_area, side) = if body.width >= 110 {
        let [a, b] = Layout::horizontal([Constraint::Percentage(60), Constraint::Percentage(40)])
            .areas(body);
        (a, b)
    } else {
        let side_h = (body.height / 3).clamp(3, 9);
        let [a, b] = Layout::vertical([Constraint::Min(3), Constraint::Length(side_h)]).areas(body);
        (a, b)
    };
    table(state, theme, buf, table_area);
    summary(state, theme, buf, side);

    // The mode, the notice, the keys.
    let b = state.bindings();
    let mut spans = vec![
        Span::styled(
            format!(" {} ", b.mode.text(lang).0),
            theme.bold().add_modifier(Modifier::REVERSED),
        ),
        Span::raw(" "),
    ];
    let mut used = spans.iter().map(Span::width).sum::<usize>();
    if let Some(n) = &state.notice {
        let n = format!("{n}  ");
        used += unicode_width::UnicodeWidthStr::width(n.as_str());
        spans.push(Span::styled(n, theme.bold()));
    }
    let room = (foot.width as usize).saturating_sub(used);
    spans.push(Span::styled(b.footer(lang, room), theme.dim()));
    render(buf, Paragraph::new(Line::from(spans)), foot);
}

fn table(state: &State, theme: &Theme, buf: &mut Buffer, area: Rect) {
    let lang = state.lang;
    let w = lang.setup_screen();
    let section = state.section;
    let block = Block::new()
        .borders(Borders::ALL)
        .title(format!(" {} ", w.sections[section.index()]));
    let inner = block.inner(area);
    render(buf, block, area);
    if inner.height == 0 || inner.width < 8 {
        return;
    }
    let rotation = section == Section::Rotation;
    // The rotation's heads are its tables, with their topics.
    let heads: Vec<String> = if rotation {
        std::iter::once(String::new())
            .chain(
                state
                    .session
                    .tables
                    .iter()
                    .map(|t| format!("{} ({})", safe(&t.key), safe(&t.topic))),
            )
            .collect()
    } else {
        section.heads(lang).iter().map(|h| h.to_string()).collect()
    };
    let session_rows = section == Section::Session;
    // The session's fields and the rounds have a label before their cells.
    let labelled = session_rows || rotation;
    // Column widths: keys narrow, the rest shared.
    let widths: Vec<Constraint> = if session_rows {
        vec![Constraint::Length(14), Constraint::Min(4)]
    } else if rotation {
        std::iter::once(Constraint::Length(9))
            .chain(state.session.tables.iter().map(|_| Constraint::Min(6)))
            .collect()
    } else {
        match section {
            Section::Topics => vec![
                Constraint::Length(8),
                Constraint::Percentage(35),
                Constraint::Min(6),
                Constraint::Percentage(22),
            ],
            Section::Tables => vec![
                Constraint::Length(6),
                Constraint::Length(10),
                Constraint::Min(6),
                Constraint::Length(8),
                Constraint::Length(15),
            ],
            Section::Groups => vec![
                Constraint::Length(8),
                Constraint::Min(6),
                Constraint::Length(11),
            ],
            // Kind, title, minutes, who leads, the instruction (the widest),
            // materials.
            Section::Agenda => vec![
                Constraint::Length(14),
                Constraint::Percentage(20),
                Constraint::Length(8),
                Constraint::Length(11),
                Constraint::Min(12),
                Constraint::Percentage(13),
            ],
            Section::Questions => vec![
                Constraint::Percentage(22),
                Constraint::Percentage(40),
                Constraint::Min(6),
            ],
            _ => vec![Constraint::Min(4)],
        }
    };
    let cols = Layout::horizontal(widths).split(Rect { height: 1, ..inner });
    let mut y = inner.y;
    if !session_rows {
        if rotation {
            let how = match state.session.rotation {
                crate::core::model::Rotation::Auto => w.rotation_head_auto,
                _ => w.rotation_head_hand,
            };
            buf.set_stringn(
                inner.x,
                y,
                format!(" {how}"),
                inner.width as usize,
                theme.dim(),
            );
            y += 1;
        }
        for (i, h) in heads.iter().enumerate() {
            if let Some(c) = cols.get(i) {
                buf.set_stringn(
                    c.x,
                    y,
                    format!(" {h}"),
                    c.width as usize,
                    theme.dim().add_modifier(Modifier::UNDERLINED),
                );
            }
        }
        y += 1;
    }
    let n = state.len(section);
    if n == 0 {
        buf.set_stringn(
            inner.x,
            y,
            format!(" {}", w.empty),
            inner.width as usize,
            theme.dim(),
        );
        return;
    }
    // The selected field in full under the list when its column cuts it
    // (a phase's instruction, a long question): read before it is typed
    // over.
    let mut bottom = inner.y + inner.height;
    if state.editor.is_none() && !rotation {
        let cells = state.cells(section, state.row());
        let (ci, text) = if session_rows {
            (1, cells.first())
        } else {
            (state.field, cells.get(state.field))
        };
        let head = if session_rows {
            w.session_fields.get(state.row()).copied()
        } else {
            heads.get(state.field).map(String::as_str)
        };
        if let (Some(text), Some(c), Some(head)) = (text, cols.get(ci), head) {
            let text = safe(text);
            if unicode_width::UnicodeWidthStr::width(text.as_str()) + 1 > c.width as usize {
                let full = format!("{head}{}{text}", lang.colon());
                let wrapped = lines(&full, inner.width.saturating_sub(1).max(1) as usize);
                // At most three lines, and never more than a third of the list.
                let room = ((inner.y + inner.height).saturating_sub(y) / 3).min(3) as usize;
                let shown: Vec<String> = wrapped.into_iter().take(room).collect();
                bottom = bottom.saturating_sub(shown.len() as u16);
                for (i, l) in shown.iter().enumerate() {
                    buf.set_stringn(
                        inner.x,
                        bottom + i as u16,
                        format!(" {l}"),
                        inner.width as usize,
                        theme.dim(),
                    );
                }
            }
        }
    }
    let visible = bottom.saturating_sub(y) as usize;
    let sel = state.row();
    let start = sel.saturating_sub(visible.saturating_sub(1));
    for row in start..n {
        if y >= bottom {
            break;
        }
        let cells = state.cells(section, row);
        let mut shown: Vec<(usize, String)> = Vec::new();
        if session_rows {
            shown.push((0, w.session_fields[row].to_string()));
            shown.push((1, cells[0].clone()));
        } else if rotation {
            shown.push((0, format!("{} {}", lang.s().round, row + 1)));
            shown.extend(cells.into_iter().enumerate().map(|(i, c)| (i + 1, c)));
        } else {
            shown.extend(cells.into_iter().enumerate());
        }
        for (ci, text) in shown {
            let Some(c) = cols.get(ci) else { continue };
            let field = if labelled { ci.wrapping_sub(1) } else { ci };
            let here = row == sel && field == state.field;
            let (text, style) = match (&state.editor, here) {
                (Some(ed), true) => (
                    format!("▶{}▏", ed.text()),
                    Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
                ),
                (None, true) => (
                    format!("▶{}", safe(&text)),
                    Style::new().add_modifier(Modifier::REVERSED),
                ),
                _ if row == sel => (format!(" {}", safe(&text)), theme.bold()),
                _ if labelled && ci == 0 => (format!(" {text}"), theme.dim()),
                _ => (format!(" {}", safe(&text)), Style::new()),
            };
            // What does not fit ends in …, the field being typed shows its end.
            let width = c.width as usize;
            let text = if unicode_width::UnicodeWidthStr::width(text.as_str()) > width {
                if state.editor.is_some() && here {
                    let chars: Vec<char> = text.chars().collect();
                    let keep = chars.len().saturating_sub(width.saturating_sub(1));
                    format!("…{}", chars[keep..].iter().collect::<String>())
                } else {
                    let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
                    cut.push('…');
                    cut
                }
            } else {
                text
            };
            buf.set_stringn(c.x, y, text, width, style);
        }
        y += 1;
    }
}

/// The rotation as it stands, and what `check` would say.
fn summary(state: &State, theme: &Theme, buf: &mut Buffer, area: Rect) {
    let lang = state.lang;
    let w = lang.setup_screen();
    let s = &state.session;
    let block = Block::new()
        .borders(Borders::ALL)
        .title(format!(" {} ", w.rotation));
    let inner = block.inner(area);
    render(buf, block, area);
    let width = inner.width as usize;
    if width < 4 {
        return;
    }
    let mut out: Vec<Line> = Vec::new();
    let problems = &state.checked.problems;
    // What is left to fix comes first: on a small screen it is what shows.
    if problems.is_empty() {
        out.push(Line::styled(w.all_good, theme.bold()));
    } else {
        out.push(Line::styled(
            format!("{}{}", w.to_fix, lang.colon().trim_end()),
            theme.bold(),
        ));
        for p in problems {
            let sign = match p.severity {
                Severity::Error => "✗",
                Severity::Warning => "⚠",
            };
            let text = format!("{sign} {}", p.on_setup_screen(lang));
            out.extend(lines(&text, width).into_iter().map(Line::raw));
        }
    }
    out.push(Line::raw(""));
    match &state.checked.schedule {
        Some(sch) if !sch.rounds.is_empty() => {
            for (r, seats) in sch.rounds.iter().enumerate() {
                let cells: Vec<String> = s
                    .tables
                    .iter()
                    .zip(seats)
                    .map(|(t, who)| match sch.movers {
                        _ if t.whole_room => format!("{} {}", safe(&t.key), w.whole_room),
                        Movers::People => format!("{} {}", safe(&t.key), who.len()),
                        _ if who.is_empty() => format!("{} —", safe(&t.key)),
                        _ => format!("{}←{}", safe(&t.key), safe(&who.join(","))),
                    })
                    .collect();
                let minutes = s
                    .round_minutes(r + 1)
                    .map(|m| format!(" ({m} min)"))
                    .unwrap_or_default();
                let text = format!(
                    "{} {}{minutes}{}{}",
                    lang.s().round,
                    r + 1,
                    lang.colon(),
                    cells.join(" · ")
                );
                out.extend(lines(&text, width).into_iter().map(Line::raw));
            }
        }
        // Why there is none: the errors to fix first, or what is missing.
        _ if problems.iter().any(|p| p.severity == Severity::Error) => {
            out.push(Line::styled(w.rotation_waits, theme.dim()));
        }
        _ => out.push(Line::styled(w.no_rotation, theme.dim())),
    }
    render(buf, Paragraph::new(out).wrap(Wrap { trim: false }), inner);
}
