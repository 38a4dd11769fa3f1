//! Charts for printed documents, as inline SVG written through a small
//! typed builder: every text escaped, sizes in user units, fills that
//! print in black and white (greys and patterns, never colour alone), a
//! title and a description for every chart (`role="img"`), the numbers
//! always in a table beside it as well.

use std::fmt::Write as _;

use super::markup::escape;

/// Fills told apart without colour: greys, hatching, dots, white.
pub const FILLS: usize = 10;

/// The patterns the fills use, once per document.
pub fn patterns() -> &'static str {
    concat!(
        "<svg width=\"0\" height=\"0\" aria-hidden=\"true\" focusable=\"false\" style=\"position:absolute\"><defs>",
        "<pattern id=\"f-hatch\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">",
        "<rect width=\"5\" height=\"5\" fill=\"#fff\"/><rect width=\"2.2\" height=\"5\" fill=\"#000\"/></pattern>",
        "<pattern id=\"f-cross\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">",
        "<rect width=\"6\" height=\"6\" fill=\"#fff\"/><path d=\"M0 3H6M3 0V6\" stroke=\"#000\" stroke-width=\"1.2\"/></pattern>",
        "<pattern id=\"f-dots\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\">",
        "<rect width=\"5\" height=\"5\" fill=\"#fff\"/><circle cx=\"2.5\" cy=\"2.5\" r=\"1.1\" fill=\"#000\"/></pattern>",
        "<pattern id=\"f-vert\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\">",
        "<rect width=\"5\" height=\"5\" fill=\"#ddd\"/><rect width=\"1.6\" height=\"5\" fill=\"#000\"/></pattern>",
        "<pattern id=\"f-back\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(-45)\">",
        "<rect width=\"6\" height=\"6\" fill=\"#fff\"/><rect width=\"1.2\" height=\"6\" fill=\"#000\"/></pattern>",
        "<pattern id=\"f-horiz\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\">",
        "<rect width=\"5\" height=\"5\" fill=\"#fff\"/><rect width=\"5\" height=\"1.4\" fill=\"#000\"/></pattern>",
        "</defs></svg>\n"
    )
}

/// The fill of the `i`th category of `n`, best first: darkest for the
/// best, white for the worst.
pub fn fill(i: usize, n: usize) -> &'static str {
    // Darkest to lightest; the first seven are used for seven categories
    // or fewer, the three others only past seven.
    const SEVEN: [&str; 7] = [
        "#111",
        "url(#f-hatch)",
        "#6b6b6b",
        "url(#f-cross)",
        "#bdbdbd",
        "url(#f-dots)",
        "#fff",
    ];
    const ALL: [&str; FILLS] = [
        "#111",
        "url(#f-hatch)",
        "#6b6b6b",
        "url(#f-vert)",
        "url(#f-cross)",
        "#bdbdbd",
        "url(#f-back)",
        "url(#f-dots)",
        "url(#f-horiz)",
        "#fff",
    ];
    if n <= 1 {
        return ALL[0];
    }
    if n > SEVEN.len() {
        // Past ten, the fills come round again (the table tells them
        // apart).
        return ALL[i % FILLS];
    }
    // Spread fewer categories over the seven, the last always white.
    let at = if i + 1 == n {
        SEVEN.len() - 1
    } else {
        (i * (SEVEN.len() - 1)) / (n - 1)
    };
    SEVEN[at]
}

/// An SVG picture being written.
pub struct Svg {
    out: String,
}

impl Svg {
    /// A picture `width` × `height` units, shown at the page's width,
    /// named by `title` and described by `desc` (`id` makes their ids).
    pub fn new(id: &str, width: f64, height: f64, title: &str, desc: &str) -> Svg {
        let mut out = String::with_capacity(4096);
        let _ = writeln!(
            out,
            "<svg class=\"chart\" viewBox=\"0 0 {width} {height}\" role=\"img\" \
             aria-labelledby=\"{id}-t {id}-d\">\
             <title id=\"{id}-t\">{}</title><desc id=\"{id}-d\">{}</desc>",
            escape(title),
            escape(desc)
        );
        Svg { out }
    }

    /// A rectangle; `tip` is said by screen readers and shown on hover.
    pub fn rect(&mut self, (x, y, w, h): (f64, f64, f64, f64), fill: &str, tip: &str) {
        let _ = writeln!(
            self.out,
            "<rect x=\"{x:.2}\" y=\"{y:.2}\" width=\"{w:.2}\" height=\"{h:.2}\" fill=\"{fill}\" \
             stroke=\"#000\" stroke-width=\"0.6\"><title>{}</title></rect>",
            escape(tip)
        );
    }

    /// Text at (x, y): `end` aligns its end there.
    pub fn text(&mut self, (x, y): (f64, f64), text: &str, end: bool, bold: bool) {
        let _ = writeln!(
            self.out,
            "<text x=\"{x:.2}\" y=\"{y:.2}\"{}{} font-size=\"10\">{}</text>",
            if end { " text-anchor=\"end\"" } else { "" },
            if bold { " font-weight=\"bold\"" } else { "" },
            escape(text)
        );
    }

    /// A dashed vertical line, from `y0` to `y1`.
    pub fn rule(&mut self, x: f64, (y0, y1): (f64, f64)) {
        let _ = writeln!(
            self.out,
            "<line x1=\"{x:.2}\" y1=\"{y0:.2}\" x2=\"{x:.2}\" y2=\"{y1:.2}\" stroke=\"#000\" \
             stroke-width=\"1.2\" stroke-dasharray=\"4 3\"/>"
        );
    }

    pub fn finish(mut self) -> String {
        self.out.push_str("</svg>\n");
        self.out
    }
}

/// One bar of a stacked chart: its label, and each category's part.
pub struct Bar<'a> {
    pub label: &'a str,
    /// (value, tip) per category, best first.
    pub parts: Vec<(u64, String)>,
}

/// Horizontal bars, each stacked to 100 % of its total, best category on
/// the left; a dashed line at 50 % (the median); a legend under them.
pub fn stacked(id: &str, (title, desc): (&str, &str), names: &[String], bars: &[Bar]) -> String {
    stacked_with(id, (title, desc), names, bars, true)
}

/// [`stacked`], with or without the line at 50 % (parts that have no
/// order, as statuses, have no median).
pub fn stacked_with(
    id: &str,
    (title, desc): (&str, &str),
    names: &[String],
    bars: &[Bar],
    median: bool,
) -> String {
    const LABEL: f64 = 200.0;
    const WIDTH: f64 = 400.0;
    const ROW: f64 = 22.0;
    // Four names a row, two when they are long.
    let longest = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
    let per_row = if longest > 16 { 2 } else { 4 };
    let legend_rows = names.len().div_ceil(per_row) as f64;
    let height = 8.0 + ROW * bars.len() as f64 + 10.0 + 18.0 * legend_rows;
    let mut svg = Svg::new(id, LABEL + WIDTH + 10.0, height, title, desc);
    for (row, bar) in bars.iter().enumerate() {
        let y = 8.0 + ROW * row as f64;
        svg.text((LABEL - 6.0, y + 12.5), &clip(bar.label, 32), true, false);
        let total: u64 = bar.parts.iter().map(|(v, _)| v).sum::<u64>().max(1);
        let mut x = LABEL;
        for (i, (v, tip)) in bar.parts.iter().enumerate() {
            let w = WIDTH * *v as f64 / total as f64;
            if w > 0.0 {
                svg.rect((x, y, w, ROW - 6.0), fill(i, names.len()), tip);
            }
            x += w;
        }
    }
    let bottom = 8.0 + ROW * bars.len() as f64;
    if median {
        svg.rule(LABEL + WIDTH / 2.0, (2.0, bottom));
    }
    for (i, name) in names.iter().enumerate() {
        let (col, row) = ((i % per_row) as f64, (i / per_row) as f64);
        let x = LABEL + col * (WIDTH / per_row as f64);
        let y = bottom + 10.0 + 18.0 * row;
        svg.rect((x, y, 12.0, 12.0), fill(i, names.len()), name);
        svg.text((x + 16.0, y + 10.5), &clip(name, 34), false, false);
    }
    svg.finish()
}

/// One bar of a simple chart: its label, its value, the words written at
/// its end ("12 · 48 %") and its tip.
pub struct Plain<'a> {
    pub label: &'a str,
    pub value: u64,
    pub end: String,
    pub tip: String,
}

/// Horizontal bars side by side, one per row, from a common baseline,
/// their lengths against the largest; each labelled on the left and its
/// number written at its end (read without colour or legend).
pub fn bars(id: &str, (title, desc): (&str, &str), rows: &[Plain]) -> String {
    const LABEL: f64 = 200.0;
    const WIDTH: f64 = 330.0;
    const ROW: f64 = 20.0;
    let height = 8.0 + ROW * rows.len() as f64 + 4.0;
    let mut svg = Svg::new(id, LABEL + WIDTH + 80.0, height, title, desc);
    let max = rows.iter().map(|r| r.value).max().unwrap_or(0).max(1);
    for (i, r) in rows.iter().enumerate() {
        let y = 8.0 + ROW * i as f64;
        svg.text((LABEL - 6.0, y + 11.5), &clip(r.label, 32), true, false);
        let w = WIDTH * r.value as f64 / max as f64;
        if w > 0.0 {
            svg.rect((LABEL, y, w, ROW - 6.0), "#6b6b6b", &r.tip);
        }
        svg.text((LABEL + w + 5.0, y + 11.5), &r.end, false, true);
    }
    svg.finish()
}

/// The first `max` characters of `s`, with "…" when cut.
fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let cut: String = s.chars().take(max - 1).collect();
        format!("{}…", cut.trim_end())
    }
}
