//! Escaping text for Markdown (a table cell, a line, a list item's
//! lines), below every format that writes Markdown.

/// Escapes text for a Markdown table cell or line: `|`, `*`, `_`, `<`, `` ` ``…
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let bytes = s.as_bytes();
    let mut start = 0;
    // Only ASCII is special, so a byte scan is enough; clean runs are
    // copied whole.
    for (i, &b) in bytes.iter().enumerate() {
        // `#` starts a heading only at the start; `&` starts an entity only
        // before a letter, a digit or `#`.
        let special = match b {
            b'\\' | b'|' | b'*' | b'_' | b'`' | b'[' | b']' | b'<' | b'>' | b'~' => true,
            b'#' => i == 0,
            b'&' => bytes
                .get(i + 1)
                .is_some_and(|&n| n.is_ascii_alphanumeric() || n == b'#' || n >= 0x80),
            b'\n' => true,
            _ => false,
        };
        if special {
            out.push_str(&s[start..i]);
            if b == b'\n' {
                out.push(' ');
            } else {
                out.push('\\');
                out.push(b as char);
            }
            start = i + 1;
        }
    }
    out.push_str(&s[start..]);
    out
}

/// [`escape`] for text that may hold several lines (a post-it, an action):
/// each line kept, as a hard line break (`\` at the end) continued at
/// `indent` (the list item's content column); blank lines dropped, since
/// one would end the list item.
pub fn escape_lines(s: &str, indent: &str) -> String {
    let lines: Vec<String> = s
        .split('\n')
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty())
        .map(|l| block_safe(escape(l.trim_start())))
        .collect();
    lines.join(&format!("\\\n{indent}"))
}

/// A line that must not start a block: `- ` and `+ ` (a list), `1. ` (an
/// ordered list) are escaped; `#`, `*` and `>` already are.
fn block_safe(line: String) -> String {
    if line.starts_with(['-', '+']) {
        return format!("\\{line}");
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && line[digits..].starts_with(['.', ')']) {
        return format!("{}\\{}", &line[..digits], &line[digits..]);
    }
    line
}
