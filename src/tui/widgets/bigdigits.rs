//! Big digits for the round clock, readable from the back of a room.
//!
//! A 3×5 font drawn with full blocks, scaled by whole factors to fill the
//! space it is given (terminal cells are about twice as tall as wide, so a
//! pixel is two cells wide when there is room).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

const H: u16 = 5;

fn glyph(c: char) -> &'static [&'static str; 5] {
    match c {
        '0' => &["###", "# #", "# #", "# #", "###"],
        '1' => &["  #", "  #", "  #", "  #", "  #"],
        '2' => &["###", "  #", "###", "#  ", "###"],
        '3' => &["###", "  #", "###", "  #", "###"],
        '4' => &["# #", "# #", "###", "  #", "  #"],
        '5' => &["###", "#  ", "###", "  #", "###"],
        '6' => &["###", "#  ", "###", "# #", "###"],
        '7' => &["###", "  #", "  #", "  #", "  #"],
        '8' => &["###", "# #", "###", "# #", "###"],
        '9' => &["###", "# #", "###", "  #", "###"],
        ':' => &[" ", "#", " ", "#", " "],
        '-' => &["   ", "   ", "###", "   ", "   "],
        '+' => &["   ", " # ", "###", " # ", "   "],
        _ => &["   ", "   ", "   ", "   ", "   "],
    }
}

fn width_at(text: &str, sx: u16) -> u16 {
    let glyphs: u16 = text.chars().map(|c| glyph(c)[0].len() as u16).sum();
    let gaps = text.chars().count().saturating_sub(1) as u16;
    (glyphs + gaps) * sx
}

/// The largest (sx, sy) at which `text` fits in `area`, if any.
pub fn fit(text: &str, area: Rect) -> Option<(u16, u16)> {
    let mut best = None;
    for sy in 1..=20u16 {
        if H * sy > area.height {
            break;
        }
        for sx in [sy * 2, sy] {
            if width_at(text, sx) <= area.width {
                best = Some((sx, sy));
                break;
            }
        }
    }
    best
}

/// Draws `text` centred in `area`; returns false if it does not fit at all.
pub fn render(text: &str, area: Rect, style: Style, buf: &mut Buffer) -> bool {
    let Some((sx, sy)) = fit(text, area) else {
        return false;
    };
    let w = width_at(text, sx);
    let x0 = area.x + (area.width - w) / 2;
    let y0 = area.y + (area.height - H * sy) / 2;
    let mut x = x0;
    for c in text.chars() {
        let g = glyph(c);
        let gw = g[0].len() as u16;
        for (row, line) in g.iter().enumerate() {
            for (col, px) in line.bytes().enumerate() {
                if px != b'#' {
                    continue;
                }
                for dy in 0..sy {
                    for dx in 0..sx {
                        let cx = x + col as u16 * sx + dx;
                        let cy = y0 + row as u16 * sy + dy;
                        if cx < area.right() && cy < area.bottom() {
                            buf[(cx, cy)].set_symbol("█").set_style(style);
                        }
                    }
                }
            }
        }
        x += (gw + 1) * sx;
    }
    true
}
