//! Pieces every screen draws with: the theme (or none, under NO_COLOR),
//! safe text, the typing screens' rows, the input box, wrapping, big
//! digits, the clock panel, the rotation board and centred overlays.

pub mod bigdigits;
pub mod clock_panel;
pub mod editor;
pub mod overlay;
pub mod rotation;
pub mod wrap;

use crate::i18n::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::Widget;

use crate::core::model::Column;
use crate::core::text::sanitize;
use crate::i18n::Lang;

/// Smallest screen that shows anything but "enlarge".
pub const MIN_WIDTH: u16 = 20;
pub const MIN_HEIGHT: u16 = 6;

/// Styles, or none at all under NO_COLOR.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub colors: bool,
}

impl Theme {
    pub fn fg(&self, c: Color) -> Style {
        if self.colors {
            Style::new().fg(c)
        } else {
            Style::new()
        }
    }
    pub fn bold(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }
    pub fn dim(&self) -> Style {
        if self.colors {
            Style::new().add_modifier(Modifier::DIM)
        } else {
            Style::new()
        }
    }
}

/// Text from files or other laptops, made safe for the terminal.
pub fn safe(s: &str) -> String {
    sanitize(s).replace('\n', " ")
}

/// `s` cut to `width` terminal columns, with "…" when something was cut.
pub fn clip(s: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    if unicode_width::UnicodeWidthStr::width(s) <= width {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    if width > 0 {
        out.push('…');
    }
    out
}

pub fn render(buf: &mut Buffer, w: impl Widget, area: Rect) {
    w.render(area, buf);
}

/// Whether the screen is too small: then one line asks to enlarge it.
pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// The rows of the typing screens: header, body, input box (`input` rows
/// high, 0 for none), footer.
pub fn typing_rows(area: Rect, input: u16) -> [Rect; 4] {
    Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(input),
        Constraint::Length(1),
    ])
    .areas(area)
}

/// How many of a board's `n` columns sit side by side: two rows from four
/// on (S W over O T), one row below.
pub fn per_row(n: usize) -> usize {
    if n <= 3 { n.max(1) } else { n.div_ceil(2) }
}

/// The boxes of a board's `n` columns, in reading order.
pub fn board_cells(area: Rect, n: usize) -> Vec<Rect> {
    let per_row = per_row(n);
    let rows = n.max(1).div_ceil(per_row);
    let bands = Layout::vertical(vec![Constraint::Ratio(1, rows as u32); rows]).split(area);
    let mut out = Vec::with_capacity(n);
    for (r, band) in bands.iter().enumerate() {
        let here = per_row.min(n - r * per_row);
        let cells =
            Layout::horizontal(vec![Constraint::Ratio(1, per_row as u32); per_row]).split(*band);
        out.extend(cells.iter().take(here).copied());
    }
    out
}

/// The key shown for a column: the quadrant's letter on a SWOT board (A F
/// O R in French), its number on the others.
pub fn column_key(board: &crate::core::model::BoardKind, q: Column, lang: Lang) -> String {
    if board.is_swot() {
        letter(q, lang).to_string()
    } else {
        (q.index() + 1).to_string()
    }
}

/// The letter shown for a quadrant: A F O R in French, S W O T in English.
pub fn letter(q: Column, lang: Lang) -> char {
    q.words(lang).letter
}

/// A framed box; the focused one double-lined and bold (never by colour
/// alone: the title also carries ▶).
pub fn framed(title: String, focused: bool, theme: &Theme) -> ratatui::widgets::Block<'static> {
    use ratatui::widgets::{Block, BorderType, Borders};
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

/// The frame of the two topic screens (key factors, plenary): the topic's
/// header drawn, and the rows for the body, an input `input` rows high and
/// the footer; or, with no topic at all, a line that says so (None).
pub fn topic_frame<'a>(
    screen: &str,
    (ranked, topic): (Option<&'a crate::core::factors::Ranked>, usize),
    (room, theme): (&crate::tui::room::Room, &Theme),
    (area, input): (Rect, u16),
    buf: &mut Buffer,
) -> Option<(&'a crate::core::factors::Ranked, [Rect; 3])> {
    let Some(r) = ranked else {
        let none = room.display.lang.s().cap.no_topics;
        render(buf, ratatui::widgets::Paragraph::new(none), area);
        return None;
    };
    let [head, body, input, foot] = typing_rows(area, input);
    let header = topic_header(screen, r, topic, room, theme);
    render(buf, ratatui::widgets::Paragraph::new(header), head);
    Some((r, [body, input, foot]))
}

/// "Key factors · Topic 1/2 : A — Inclusion" with the hidden-vote sign.
pub fn topic_header(
    screen: &str,
    ranked: &crate::core::factors::Ranked,
    topic: usize,
    room: &crate::tui::room::Room,
    theme: &Theme,
) -> ratatui::text::Line<'static> {
    use ratatui::text::{Line, Span};
    let lang = room.display.lang;
    let mut spans = vec![
        Span::styled(format!("{screen} · "), theme.bold()),
        Span::raw(format!(
            "{} {}/{}{}{} — {}",
            lang.s().topic,
            topic + 1,
            room.session.topics.len(),
            lang.colon(),
            safe(&ranked.key),
            safe(&ranked.title)
        )),
    ];
    if ranked.hidden {
        spans.push(Span::styled(
            format!("  🔒 {}", lang.s().cap.votes_hidden),
            theme.bold().add_modifier(Modifier::REVERSED),
        ));
    }
    Line::from(spans)
}

/// "A·T1·G2": where an item was raised, with the language's letters.
pub fn place(p: &crate::core::factors::Place, lang: Lang) -> String {
    let s = lang.s();
    let mut out = safe(&p.table);
    if let Some(r) = p.round {
        out.push_str(&format!("·{}{r}", s.synth.round_letter));
    }
    if let Some(g) = &p.group {
        out.push_str(&format!("·{}{}", s.synth.group_letter, safe(g)));
    }
    out
}
