//! Who sits where now, and who moves where next.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{Theme, render, safe};
use crate::tui::app::App;

pub fn board(app: &App, theme: &Theme, buf: &mut Buffer, area: Rect) {
    let s = app.lang.s();
    let t = &s.tui;
    let (Some(schedule), Some(round)) = (&app.schedule, app.focus_round()) else {
        render(
            buf,
            Paragraph::new(Line::styled(t.no_rotation, theme.dim())),
            area,
        );
        return;
    };
    let tables = &app.session.tables;
    let mut lines = vec![Line::styled(
        format!("{} — {} {round}", t.now_seated, s.round),
        theme.bold(),
    )];
    if let Some(seating) = schedule.rounds.get(round - 1) {
        for (i, table) in tables.iter().enumerate() {
            let who = seating.get(i).map(|w| w.join(", ")).unwrap_or_default();
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
