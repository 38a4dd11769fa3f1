//! Text helpers shared by the core: accent folding, slugs, sanitising.

/// French typography that holds in every language, for text about to be
/// laid out (a screen's lines, a printed page): the space before `: ; ! ?`
/// and `»`, and after `«`, does not break, so no line starts with the sign
/// and no « ends one. Text without such a space comes back as it was.
pub fn glue_signs(s: &str) -> std::borrow::Cow<'_, str> {
    let needs = |b: &[u8], i: usize| {
        // A space followed by a sign, or preceded by « (two bytes in UTF-8).
        b[i] == b' '
            && (matches!(b.get(i + 1), Some(b':' | b';' | b'!' | b'?'))
                || b[i + 1..].starts_with("»".as_bytes())
                || b[..i].ends_with("«".as_bytes()))
    };
    let b = s.as_bytes();
    if !(0..b.len()).any(|i| needs(b, i)) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    let mut start = 0;
    for i in 0..b.len() {
        if needs(b, i) {
            out.push_str(&s[start..i]);
            out.push('\u{a0}');
            start = i + 1;
        }
    }
    out.push_str(&s[start..]);
    std::borrow::Cow::Owned(out)
}

/// Folds a string for comparisons: lowercase, French/Latin accents removed,
/// ligatures expanded (`Élus` → `elus`, `œuvre` → `oeuvre`).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// A key to sort names the way people read them: [`fold`]ed, with runs of
/// digits compared as numbers (P1, P2, … P10 rather than P1, P10, P2):
/// each run is left-padded with zeros to 20 digits.
pub fn sort_key(s: &str) -> String {
    let folded = fold(s);
    let mut out = String::with_capacity(folded.len() + 20);
    let mut digits = String::new();
    let flush = |digits: &mut String, out: &mut String| {
        if !digits.is_empty() {
            for _ in digits.len()..20 {
                out.push('0');
            }
            out.push_str(digits);
            digits.clear();
        }
    };
    for c in folded.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
        } else {
            flush(&mut digits, &mut out);
            out.push(c);
        }
    }
    flush(&mut digits, &mut out);
    out
}

/// [`fold`] into an existing buffer (ASCII is copied without lookups).
pub fn fold_into(s: &str, out: &mut String) {
    for c in s.chars() {
        fold_char(c, out);
    }
}

/// Pushes one character, lowercased and without accents.
#[inline]
pub fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    for c in c.to_lowercase() {
        match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => out.push('a'),
            'ç' => out.push('c'),
            'è' | 'é' | 'ê' | 'ë' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' => out.push('i'),
            'ñ' => out.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => out.push('o'),
            'ù' | 'ú' | 'û' | 'ü' => out.push('u'),
            'ý' | 'ÿ' => out.push('y'),
            'œ' => out.push_str("oe"),
            'æ' => out.push_str("ae"),
            'ß' => out.push_str("ss"),
            c => out.push(c),
        }
    }
}

/// A file-name-safe slug: `"Conseil local du numérique !"` → `"conseil-local-du-numerique"`.
/// Never empty (falls back to `"session"`), at most 60 bytes.
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in fold(s).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= 60 {
            break;
        }
    }
    let trimmed = out.trim_end_matches('-');
    if trimmed.is_empty() {
        "session".to_string()
    } else {
        trimmed.to_string()
    }
}

/// Whether a character must never reach a terminal or a report: C0 controls
/// other than newline and tab, DEL, C1 controls, and bidirectional overrides
/// and isolates (which can make text display in an order other than it reads).
pub fn is_forbidden(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Removes every [`is_forbidden`] character; tabs become spaces and `\r\n` /
/// `\r` become `\n`. Idempotent.
pub fn sanitize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\t' => out.push(' '),
            c if is_forbidden(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// `s` with its first letter in capitals ("main lever" → "Main lever").
pub fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signs_and_guillemets_are_glued_to_their_words() {
        assert_eq!(
            glue_signs("« trois » : oui ; non ! et ? "),
            "«\u{a0}trois\u{a0}»\u{a0}: oui\u{a0}; non\u{a0}! et\u{a0}? "
        );
        assert!(matches!(
            glue_signs("Note: fine"),
            std::borrow::Cow::Borrowed(_)
        ));
        assert_eq!(glue_signs("« é »"), "«\u{a0}é\u{a0}»");
    }

    #[test]
    fn names_with_numbers_sort_as_people_read_them() {
        let mut names = vec!["P10", "P2", "p1", "Élodie 3", "elodie 12", "P100", "Zoé"];
        names.sort_by_cached_key(|n| sort_key(n));
        assert_eq!(
            names,
            ["Élodie 3", "elodie 12", "p1", "P2", "P10", "P100", "Zoé"]
        );
    }

    #[test]
    fn fold_and_slug() {
        assert_eq!(fold("Élus ŒUVRE Ça"), "elus oeuvre ca");
        assert_eq!(
            slug("Conseil local du numérique !"),
            "conseil-local-du-numerique"
        );
        assert_eq!(slug("  ¡¿  "), "session");
        assert_eq!(
            slug("Petit déjeuner #7 — Roubaix"),
            "petit-dejeuner-7-roubaix"
        );
        assert!(slug(&"a".repeat(200)).len() <= 60);
    }

    #[test]
    fn sanitize_strips_controls_keeps_text() {
        assert_eq!(sanitize("a\u{1b}[31mb\u{7}"), "a[31mb");
        assert_eq!(sanitize("l1\r\nl2\rl3\tx"), "l1\nl2\nl3 x");
        assert_eq!(sanitize("\u{202e}evil\u{2066}"), "evil");
        assert_eq!(sanitize("Élus 👍 ok\u{85}"), "Élus 👍 ok");
    }
}

/// `s` on one line, cut at a word boundary to at most `max` characters,
/// with "…" when something was cut (a whole first word stays whole).
pub fn clip_words(s: &str, max: usize) -> String {
    let line = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() <= max {
        return line;
    }
    let mut out = String::new();
    for word in line.split(' ') {
        let next = out.chars().count() + usize::from(!out.is_empty()) + word.chars().count();
        if next + 1 > max && !out.is_empty() {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.push('…');
    out
}

#[cfg(test)]
mod clip_tests {
    use super::clip_words;

    #[test]
    fn cuts_between_words() {
        assert_eq!(clip_words("Budget limité", 70), "Budget limité");
        assert_eq!(clip_words("un deux\ntrois quatre", 14), "un deux trois…");
        assert_eq!(
            clip_words("anticonstitutionnellement", 5),
            "anticonstitutionnellement…"
        );
    }
}
