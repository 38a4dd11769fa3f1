//! Drawing the facilitator's screen in two layers: [`static_layer`]
//! (header, agenda, rotation, footer), which changes at most once a minute
//! while a clock runs, and [`clock_layer`], which changes every second. The
//! renderer caches the first while [`static_key`] is unchanged.

use crate::i18n::prelude::*;
use crate::tui::screens::Screen as _;
use std::hash::{Hash, Hasher};

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Color;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{State, agenda};
use crate::tui::context::Look;
use crate::tui::keys::footer_line;
use crate::tui::room::Room;
use crate::tui::widgets::{Theme, clock_panel, render, rotation, safe};

/// Where each region goes on a screen of this size.
struct Areas {
    header: Rect,
    footer: Rect,
    clock: Rect,
    rotation: Rect,
    agenda: Option<Rect>,
}

fn areas(area: Rect) -> Areas {
    let [header, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(1),
    ])
    .areas(area);
    let (left, agenda) = if body.width >= 70 {
        let [l, r] = Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)])
            .areas(body);
        (l, Some(r))
    } else {
        (body, None)
    };
    let pct = if agenda.is_some() { 55 } else { 60 };
    let [clock, rotation] =
        Layout::vertical([Constraint::Percentage(pct), Constraint::Min(0)]).areas(left);
    Areas {
        header,
        footer,
        clock,
        rotation,
        agenda,
    }
}

/// Everything the static layer depends on, hashed.
pub fn static_key(state: &State, look: &Look, area: Rect) -> u64 {
    let app = look.room;
    let planned: Vec<u32> = app.session.agenda.iter().map(|p| p.minutes).collect();
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (area.x, area.y, area.width, area.height).hash(&mut h);
    app.clock.phase.hash(&mut h);
    // The header shows HH:MM, the agenda the projected end as HH:MM.
    app.display.now.as_second().div_euclid(60).hash(&mut h);
    app.clock
        .projected_end(&planned, app.display.now)
        .as_second()
        .div_euclid(60)
        .hash(&mut h);
    app.display.banner.hash(&mut h);
    look.notice.hash(&mut h);
    app.display.lang.hash(&mut h);
    app.display.colors.hash(&mut h);
    // The rotation board looks ahead once the round's clock has started.
    (app.clock.run != crate::core::clock::Run::Idle).hash(&mut h);
    state.seating.hash(&mut h);
    h.finish()
}

/// Header, footer, rotation and agenda.
pub fn static_layer(state: &State, look: &Look, area: Rect, buf: &mut Buffer) {
    let a = areas(area);
    header(look.room, &look.theme, buf, a.header);
    let footer = footer_line(state.bindings(), look, Vec::new(), a.footer.width);
    render(buf, Paragraph::new(footer), a.footer);
    rotation::board(look.room, &state.seating, &look.theme, buf, a.rotation);
    if let Some(r) = a.agenda {
        agenda::list(look.room, &look.theme, buf, r);
    }
}

/// The clock panel.
pub fn clock_layer(_state: &State, look: &Look, area: Rect, buf: &mut Buffer) {
    clock_panel::panel(look.room, look.notice, &look.theme, buf, areas(area).clock);
}

/// Title · phase n/m : name, and the wall-clock time always visible on the right.
fn header(app: &Room, theme: &Theme, buf: &mut Buffer, area: Rect) {
    let t = &app.display.lang.s().tui;
    let phase = app
        .session
        .agenda
        .get(app.clock.phase)
        .map(|p| safe(&p.title))
        .unwrap_or_default();
    let time = app
        .display
        .now
        .to_zoned(app.display.tz.clone())
        .strftime("%H:%M")
        .to_string();
    let [left, right] = Layout::horizontal([Constraint::Min(0), Constraint::Length(6)]).areas(area);
    let mut spans = vec![
        Span::styled(
            format!(
                "{} {}/{}{}{phase}",
                t.phase,
                app.clock.phase + 1,
                app.phases(),
                app.display.lang.colon()
            ),
            theme.bold(),
        ),
        Span::raw("  ·  "),
        Span::raw(safe(&app.session.title)),
    ];
    if !app.laptop.clock_writer {
        spans.insert(
            0,
            Span::styled(format!("⇣ {} · ", t.following), theme.bold()),
        );
    }
    // The phase first: the banner (also in the footer) comes after it.
    if let Some(b) = &app.display.banner {
        spans.insert(
            if app.laptop.clock_writer { 1 } else { 2 },
            Span::styled(
                format!("  ⚠ {}", safe(b)),
                theme
                    .fg(Color::Red)
                    .add_modifier(ratatui::style::Modifier::REVERSED),
            ),
        );
    }
    render(buf, Paragraph::new(Line::from(spans)), left);
    render(
        buf,
        Paragraph::new(Line::styled(time, theme.bold())).right_aligned(),
        right,
    );
}
