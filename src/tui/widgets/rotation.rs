//! Who sits where now, and who moves where next.

use crate::i18n::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{Theme, render, safe};
use crate::core::plan::{Movers, Schedule};
use crate::core::text::{fold, sort_key};
use crate::tui::room::Room;
use unicode_width::UnicodeWidthStr;

/// The individual seating's page and search, owned by the screen that
/// shows the board.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Seating {
    pub page: usize,
    /// Names containing this (case and accents aside) are shown alone.
    pub find: String,
    /// Keys type into `find`.
    pub finding: bool,
}

/// « Maintenant » during the round shown, « À venir » before it (during
/// the welcome, the débat, time alone): never "now" for a round not begun.
fn seated_word(app: &Room, round: usize) -> &'static str {
    let t = &app.display.lang.s().tui;
    if app.current_round() == Some(round) {
        t.now_seated
    } else {
        t.coming_seated
    }
}

pub fn board(app: &Room, seat: &Seating, theme: &Theme, buf: &mut Buffer, area: Rect) {
    let s = app.display.lang.s();
    let t = &s.tui;
    let (Some(schedule), Some(round)) = (&app.schedule, app.focus_round()) else {
        render(
            buf,
            Paragraph::new(Line::styled(t.no_rotation, theme.dim())),
            area,
        );
        return;
    };
    if schedule.movers == Movers::People {
        people(app, seat, schedule, round, theme, buf, area);
        return;
    }
    let tables = &app.session.tables;
    let mut lines = vec![Line::styled(
        format!("{} — {} {round}", seated_word(app, round), s.round),
        theme.bold(),
    )];
    if let Some(seating) = schedule.rounds.get(round - 1) {
        // The whole room's table is outside the rounds: not listed.
        for (i, table) in tables.iter().enumerate().filter(|(_, t)| !t.whole_room) {
            // A table nobody moves to this round (a room-wide table, such
            // as the suggestions of time alone) says so with a dash.
            let who = seating
                .get(i)
                .map(|w| w.join(", "))
                .filter(|w| !w.is_empty())
                .unwrap_or_else(|| "—".into());
            let host = if table.host.is_empty() {
                String::new()
            } else {
                format!(" {}", safe(&table.host))
            };
            lines.push(Line::from(vec![
                Span::styled(format!("{} ", safe(&table.key)), theme.bold()),
                Span::raw(format!("{host} ({}) ", safe(&table.topic))),
                Span::styled(format!("← {}", safe(&who)), theme.bold()),
            ]));
        }
    }
    if round < schedule.rounds.len() {
        lines.push(Line::styled(
            format!("{} ({} {})", t.next_moves, s.round, round + 1),
            theme.bold(),
        ));
        let mut moves = Vec::new();
        for who in schedule.movers_in_order() {
            let it = schedule.itinerary(&who);
            let (Some(from), Some(to)) = (
                it.get(round - 1).copied().flatten(),
                it.get(round).copied().flatten(),
            ) else {
                continue;
            };
            if from == to {
                moves.push(format!(
                    "{} {} {}",
                    safe(&who),
                    t.stays,
                    safe(&tables[to].key)
                ));
            } else {
                moves.push(format!("{} → {}", safe(&who), safe(&tables[to].key)));
            }
        }
        lines.push(Line::raw(moves.join("  ·  ")));
    }
    render(buf, Paragraph::new(lines).wrap(Wrap { trim: true }), area);
}

/// How many sit at each table in `round`: "Now — round 1: A 8 · B 8 … (p.)",
/// shortened to "Round 1: A 8 …" where the panel is narrower, to "Round 1:
/// 15 p. at every table" where that is still too wide and it is true, else
/// the counts go on as many lines as they need rather than being cut (six
/// tables at 80×24 lost their last ones).
fn round_counts(
    app: &Room,
    seating: &[Vec<String>],
    round: usize,
    theme: &Theme,
    width: usize,
) -> Vec<Line<'static>> {
    let s = app.display.lang.s();
    let t = &s.tui;
    let counts: Vec<String> = app
        .session
        .tables
        .iter()
        .zip(seating)
        .map(|(table, who)| format!("{} {}", safe(&table.key), who.len()))
        .collect();
    let colon = app.display.lang.colon();
    let label = format!("{} {round}{colon}", s.round);
    let full = format!("{} — {label}", seated_word(app, round));
    let tail = format!("{} ({})", counts.join(" · "), t.people_short);
    if full.width() + tail.width() <= width {
        return vec![Line::from(vec![
            Span::styled(full, theme.bold()),
            Span::raw(tail),
        ])];
    }
    if let Some(n) = seating.first().map(Vec::len)
        && seating.iter().all(|who| who.len() == n)
        && label.width() + counts.join(" · ").width() > width
    {
        // Every table as full: one number says it all.
        return vec![Line::from(vec![
            Span::styled(label, theme.bold()),
            Span::raw(format!("{n} {} {}", t.people_short, t.at_every_table)),
        ])];
    }
    let mut lines = Vec::new();
    let mut used = label.width();
    let mut spans = vec![Span::styled(label, theme.bold())];
    for (i, count) in counts.into_iter().enumerate() {
        let piece = if i == 0 {
            count.clone()
        } else {
            format!(" · {count}")
        };
        if used + piece.width() > width {
            lines.push(Line::from(std::mem::take(&mut spans)));
            used = count.width();
            spans.push(Span::raw(count));
        } else {
            used += piece.width();
            spans.push(Span::raw(piece));
        }
    }
    lines.push(Line::from(spans));
    lines
}

/// Individual seating: table counts for the round in focus, then where each
/// person goes ("Ana Lopes → C (Sophie Martin, DONNEES)") for the round to
/// come, in columns, paged with Tab and filtered with `/`.
fn people(
    app: &Room,
    seat: &Seating,
    schedule: &Schedule,
    round: usize,
    theme: &Theme,
    buf: &mut Buffer,
    area: Rect,
) {
    let s = app.display.lang.s();
    let t = &s.tui;
    let tables = &app.session.tables;
    // Once a round has started, people look ahead to the next one; before,
    // to the round about to start.
    let started = app.clock.run != crate::core::clock::Run::Idle;
    let target = match app.current_round() {
        Some(r) if started && r < schedule.rounds.len() => r + 1,
        _ => round,
    };
    let mut lines = Vec::new();
    if let Some(seating) = schedule.rounds.get(round - 1) {
        lines.extend(round_counts(
            app,
            seating,
            round,
            theme,
            area.width as usize,
        ));
    }
    let needle = fold(seat.find.trim());
    // Who sits where in the target round, looked up once per name.
    let table_of: std::collections::HashMap<&str, usize> = schedule
        .rounds
        .get(target - 1)
        .into_iter()
        .flat_map(|round| round.iter().enumerate())
        .flat_map(|(t, who)| who.iter().map(move |w| (w.as_str(), t)))
        .collect();
    // Hosts' names too when there is room for them.
    let with_host = |wide: bool| -> Vec<(String, String)> {
        let mut entries: Vec<(String, String)> = app
            .session
            .participants
            .iter()
            // A seat by register id shows its person's name.
            .map(|seat| (seat, app.seat_name(seat)))
            .filter(|(_, name)| needle.is_empty() || fold(name).contains(&needle))
            .map(|(seat, name)| {
                let to = table_of.get(seat.as_str()).and_then(|&i| tables.get(i));
                let place = match to {
                    Some(table) if table.host.is_empty() => {
                        format!("{} ({})", safe(&table.key), safe(&table.topic))
                    }
                    Some(table) if !wide => {
                        format!("{} ({})", safe(&table.key), safe(&table.topic))
                    }
                    Some(table) => format!(
                        "{} ({}, {})",
                        safe(&table.key),
                        safe(&table.host),
                        safe(&table.topic)
                    ),
                    None => "—".to_string(),
                };
                (safe(&name), place)
            })
            .collect();
        entries.sort_by_cached_key(|(name, _)| sort_key(name));
        entries
    };
    let mut entries = with_host(true);
    if entries
        .iter()
        .any(|(n, p)| n.width() + p.width() + 3 > area.width as usize)
    {
        entries = with_host(false);
    }

    // Entries in as many columns as fit; pages of what the area holds.
    let head_rows = lines.len() as u16 + 1;
    let rows = area.height.saturating_sub(head_rows).max(1) as usize;
    let widest = entries
        .iter()
        .map(|(n, p)| n.width() + p.width() + 3)
        .max()
        .unwrap_or(1);
    let col_width = (widest + 3).min(area.width.max(1) as usize);
    let cols = (area.width as usize / col_width).max(1);
    let per_page = rows * cols;
    let pages = entries.len().div_ceil(per_page).max(1);
    let page = seat.page % pages;
    let mut title = vec![Span::styled(
        format!("{} {target} →", s.round),
        theme.bold(),
    )];
    if pages > 1 {
        title.push(Span::raw(format!(" {} {}/{pages}", t.page, page + 1)));
    }
    // The keys' reminder, as many of its parts as fit whole: cut, it read
    // "/ : cherche" at 80×24.
    let room = (area.width as usize).saturating_sub(title.iter().map(Span::width).sum::<usize>());
    let mut keys = String::new();
    for part in t.board_keys.split(" · ") {
        let more = format!(" · {part}");
        if keys.width() + more.width() > room {
            break;
        }
        keys += &more;
    }
    if seat.finding || !seat.find.is_empty() {
        let cursor = if seat.finding { "▏" } else { "" };
        title.push(Span::styled(
            format!(
                " · {}{}{}{cursor}",
                t.find,
                app.display.lang.colon(),
                safe(&seat.find)
            ),
            theme.bold(),
        ));
    } else if !keys.is_empty() {
        title.push(Span::styled(keys, theme.dim()));
    }
    lines.push(Line::from(title));
    let shown =
        &entries[(page * per_page).min(entries.len())..((page + 1) * per_page).min(entries.len())];
    if shown.is_empty() {
        lines.push(Line::styled(t.nobody_found, theme.dim()));
    }
    let used = shown.len().div_ceil(cols).min(rows);
    for row in 0..used {
        let mut spans = Vec::new();
        for col in 0..cols {
            let Some((name, place)) = shown.get(col * used + row) else {
                break;
            };
            let cell = format!("{name} → {place}");
            let pad = col_width.saturating_sub(cell.width());
            spans.push(Span::styled(name.clone(), theme.bold()));
            spans.push(Span::raw(format!(" → {place}{}", " ".repeat(pad))));
        }
        lines.push(Line::from(spans));
    }
    render(buf, Paragraph::new(lines), area);
}
