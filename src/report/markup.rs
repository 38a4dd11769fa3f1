//! Escaping text for HTML and SVG (element content and quoted attribute
//! values, strings in a stylesheet), and the head of a printed page,
//! below every format that writes markup.

use std::fmt::Write as _;

use crate::i18n::prelude::*;

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

/// A CSS string literal: every character other than letters, digits and
/// spaces is written as a hex escape, so no text can close the string or
/// the `<style>` element.
pub fn css_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        if c.is_alphanumeric() || c == ' ' {
            out.push(c);
        } else if !crate::core::text::is_forbidden(c) && c != '\n' {
            let _ = write!(out, "\\{:x} ", c as u32);
        }
    }
    out.push('"');
    out
}

/// The start of a self-contained A4 document, up to `<main>`: its
/// language, title and style, and a footer with the title and "page n /
/// m" on every printed page.
pub fn a4_head(o: &mut String, lang: crate::i18n::Lang, title: &str, style: &str) {
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"tablee\">\n<title>{}</title>\n<style>{style}\
         @page {{ size: A4; margin: 12mm 11mm 15mm;\n  \
         @bottom-left {{ content: {}; font-size: 8pt; color: #555; }}\n  \
         @bottom-right {{ content: {} counter(page) \" / \" counter(pages); font-size: 8pt; color: #555; }} }}\n\
         </style>\n</head>\n<body>\n<main>\n",
        lang.code(),
        escape(title),
        css_string(title),
        css_string(&format!("{} ", lang.s().synth.page)),
    );
}
