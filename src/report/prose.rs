//! What every plain-text rendering shares: the width, wrapping (French
//! signs kept with their words), underlined headings.

use unicode_width::UnicodeWidthStr;

/// Width of the plain-text documents.
pub const WIDTH: usize = 80;

/// Wraps `text` at [`WIDTH`] columns, with `first` before the first line and
/// `rest` before the others. Each input line wraps on its own; a word longer
/// than a line is broken rather than left to overflow.
pub fn wrap(out: &mut String, text: &str, first: &str, rest: &str) {
    // « and the signs stay with their words (French typography).
    let text = crate::core::text::glue_signs(text);
    for (i, line) in text.split('\n').enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        // Most lines fit: no need to measure words.
        let indent = if i == 0 { first } else { rest };
        if indent.len() + line.len() <= WIDTH || indent.width() + line.width() <= WIDTH {
            out.push_str(indent);
            out.push_str(line.trim_end());
            out.push('\n');
            continue;
        }
        let opts = textwrap::Options::new(WIDTH)
            .initial_indent(indent)
            .subsequent_indent(rest)
            .break_words(true)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        for l in textwrap::wrap(line, &opts) {
            out.push_str(l.trim_end());
            out.push('\n');
        }
    }
}

/// A heading, wrapped, then underlined with `c` (at most [`WIDTH`] wide).
pub fn underline(out: &mut String, title: &str, c: char) {
    wrap(out, title, "", "");
    out.push_str(&c.to_string().repeat(title.width().min(WIDTH)));
    out.push('\n');
}
