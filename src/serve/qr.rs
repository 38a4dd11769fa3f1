//! QR codes of the tables' addresses (the `qrcode` crate makes the
//! modules), drawn for the terminal in half blocks and for the printed
//! sheets in SVG.

use qrcode::{Color, EcLevel, QrCode};

/// The modules of `text`'s code, row by row, with a quiet zone of
/// `quiet` modules around (true: dark). Medium error correction: a sheet
/// folded, stained or scanned at an angle still reads.
fn modules(text: &str, quiet: usize) -> Vec<Vec<bool>> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
        .or_else(|_| QrCode::new(text.as_bytes()))
        .expect("an address fits in a QR code");
    let n = code.width();
    let colors = code.to_colors();
    let size = n + 2 * quiet;
    let mut rows = vec![vec![false; size]; size];
    for (i, c) in colors.iter().enumerate() {
        rows[quiet + i / n][quiet + i % n] = *c == Color::Dark;
    }
    rows
}

/// The code in half blocks, two rows of modules per line: with
/// `ink_dark`, the dark modules are drawn (black ink on a white ground,
/// which the caller paints); without, the light ones (the ground is then
/// a dark terminal's).
pub fn half_blocks(text: &str, ink_dark: bool) -> Vec<String> {
    let rows = modules(text, 2);
    rows.chunks(2)
        .map(|pair| {
            (0..pair[0].len())
                .map(|x| {
                    let top = pair[0][x];
                    let bottom = pair.get(1).is_some_and(|r| r[x]);
                    let (a, b) = if ink_dark {
                        (top, bottom)
                    } else {
                        (!top, !bottom)
                    };
                    match (a, b) {
                        (true, true) => '█',
                        (true, false) => '▀',
                        (false, true) => '▄',
                        (false, false) => ' ',
                    }
                })
                .collect()
        })
        .collect()
}

/// The code in a terminal. With `ansi` (a terminal that takes colours),
/// black on white whatever the theme; without, the light modules are
/// drawn in blocks and the dark ones left to the background, which reads
/// on a dark terminal (most are) and stays plain text in a file.
pub fn terminal(text: &str, ansi: bool) -> String {
    let mut out = String::new();
    for line in half_blocks(text, ansi) {
        if ansi {
            // Black ink on a white ground.
            out.push_str("\x1b[30;107m");
            out.push_str(&line);
            out.push_str("\x1b[0m");
        } else {
            out.push_str(&line);
        }
        out.push('\n');
    }
    out
}

/// The code as an SVG image (black on white, with its quiet zone).
pub fn svg(text: &str, label: &str) -> String {
    let rows = modules(text, 4);
    let n = rows.len();
    let mut path = String::new();
    for (y, row) in rows.iter().enumerate() {
        let mut x = 0;
        while x < n {
            if row[x] {
                let start = x;
                while x < n && row[x] {
                    x += 1;
                }
                path.push_str(&format!("M{start} {y}h{}v1h-{}z", x - start, x - start));
            } else {
                x += 1;
            }
        }
    }
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {n} {n}\" role=\"img\" aria-label=\"{}\" shape-rendering=\"crispEdges\"><rect width=\"{n}\" height=\"{n}\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>",
        crate::report::html::escape(label)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_terminal_code_is_square_and_inverted() {
        let t = terminal("http://192.168.1.20:8080/t/abcdefghjkmn", false);
        let lines: Vec<&str> = t.lines().collect();
        let width = lines[0].chars().count();
        // Two rows per line: about half as many lines as columns.
        assert!(lines.len() * 2 >= width && lines.len() * 2 <= width + 1);
        // The quiet zone is light, drawn as full blocks.
        assert!(lines[0].chars().all(|c| c == '█'));
        // In colours: the quiet zone is white ground, no ink.
        let c = terminal("http://192.168.1.20:8080/t/abcdefghjkmn", true);
        let first = c.lines().next().unwrap();
        assert!(first.starts_with("\x1b[30;107m") && first.ends_with("\x1b[0m"));
        assert!(
            first
                .trim_start_matches("\x1b[30;107m")
                .trim_end_matches("\x1b[0m")
                .chars()
                .all(|c| c == ' ')
        );
    }

    #[test]
    fn the_svg_has_a_path_and_its_label_escaped() {
        let s = svg("http://10.0.0.2:8080/t/x", "Table <A>");
        assert!(s.starts_with("<svg"));
        assert!(s.contains("aria-label=\"Table &lt;A&gt;\""));
        assert!(s.contains("<path d=\"M"));
    }
}
