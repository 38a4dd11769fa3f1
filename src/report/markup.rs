//! Escaping text for HTML and SVG (element content and quoted attribute
//! values), below every format that writes markup.

/// Escapes text for HTML element content and quoted attribute values.
/// Newlines become `<br>`.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    escape_into(&mut out, s);
    out
}

/// [`escape`], appended to `out`.
pub fn escape_into(out: &mut String, s: &str) {
    // « and the signs stay with their words (French typography).
    let s = &*crate::core::text::glue_signs(s);
    // Clean runs are copied whole; only special characters are replaced.
    let mut start = 0;
    for (i, c) in s.char_indices() {
        let replacement = match c {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '"' => "&quot;",
            '\'' => "&#39;",
            '\n' => "<br>",
            c if crate::core::text::is_forbidden(c) => "",
            _ => continue,
        };
        out.push_str(&s[start..i]);
        out.push_str(replacement);
        start = i + c.len_utf8();
    }
    out.push_str(&s[start..]);
}
