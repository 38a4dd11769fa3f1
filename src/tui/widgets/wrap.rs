//! Word wrapping by display width (accents, emoji and CJK count right),
//! with the cursor's place tracked, for the input line and the post-its.
//!
//! textwrap wraps as well, but loses track of where a byte offset lands;
//! the input line needs that to show the cursor on the right row.

use unicode_width::UnicodeWidthChar;

/// Wrapped rows of `text` at `width` columns, and the (row, column) of the
/// byte offset `cursor`. Newlines always break; a word longer than the
/// width is cut; spaces at a break stay at the end of the row (so the
/// cursor after them has a place).
pub fn wrap(text: &str, width: usize, cursor: usize) -> (Vec<String>, (usize, usize)) {
    let width = width.max(1);
    let mut rows = vec![String::new()];
    let mut row_w = 0;
    // Byte index in the row of the start of the current word, and its width.
    let mut word_start: Option<(usize, usize)> = None;
    let mut at = (0, 0);
    let mut found = false;
    for (i, ch) in text.char_indices() {
        if i == cursor {
            at = (rows.len() - 1, row_w);
            found = true;
        }
        if ch == '\n' {
            rows.push(String::new());
            row_w = 0;
            word_start = None;
            continue;
        }
        let w = ch.width().unwrap_or(0);
        if ch == ' ' && row_w + w > width {
            // A space at the break is not drawn: the next row starts clean.
            rows.push(String::new());
            row_w = 0;
            word_start = None;
            if i == cursor {
                at = (rows.len() - 1, 0);
            }
            continue;
        }
        if ch == ' ' {
            rows.last_mut().expect("never empty").push(ch);
            row_w += w;
            word_start = None;
            continue;
        }
        if row_w + w > width && row_w > 0 {
            // Move the word being written to a new row, if it fits there.
            let last = rows.last_mut().expect("never empty");
            match word_start {
                Some((start, ww)) if start > 0 && ww + w <= width => {
                    let moved = last.split_off(start);
                    let cursor_in_word = found && at.0 == rows.len() - 1 && at.1 >= row_w - ww;
                    if cursor_in_word {
                        at = (rows.len(), at.1 - (row_w - ww));
                    }
                    rows.push(moved);
                    row_w = ww;
                    word_start = Some((0, ww));
                }
                _ => {
                    rows.push(String::new());
                    row_w = 0;
                    word_start = Some((0, 0));
                }
            }
            if i == cursor {
                at = (rows.len() - 1, row_w);
            }
        }
        let last = rows.last_mut().expect("never empty");
        let ws = word_start.get_or_insert((last.len(), 0));
        ws.1 += w;
        last.push(ch);
        row_w += w;
    }
    if !found {
        if row_w >= width {
            rows.push(String::new());
            at = (rows.len() - 1, 0);
        } else {
            at = (rows.len() - 1, row_w);
        }
    }
    (rows, at)
}

/// Wrapped rows only.
pub fn lines(text: &str, width: usize) -> Vec<String> {
    // « and the signs stay with their words (French typography).
    let text = crate::core::text::glue_signs(text);
    let (mut rows, _) = wrap(&text, width, usize::MAX);
    while rows.len() > 1 && rows.last().is_some_and(|r| r.is_empty()) {
        rows.pop();
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn words_move_to_the_next_row_whole() {
        let (rows, at) = wrap("Un réseau d'acteurs", 10, "Un réseau d'ac".len());
        assert_eq!(rows, vec!["Un réseau ", "d'acteurs"]);
        assert_eq!(at, (1, 4));
    }

    #[test]
    fn long_words_emoji_and_newlines() {
        let rows = lines("abcdefghij\n👍👍👍", 4);
        assert_eq!(rows, vec!["abcd", "efgh", "ij", "👍👍", "👍"]);
        for r in &rows {
            assert!(r.width() <= 4);
        }
    }

    #[test]
    fn cursor_at_the_end_of_a_full_row_goes_below() {
        let (rows, at) = wrap("abcd", 4, 4);
        assert_eq!(rows, vec!["abcd", ""]);
        assert_eq!(at, (1, 0));
        let (_, at) = wrap("ab", 4, 2);
        assert_eq!(at, (0, 2));
        let (_, at) = wrap("", 4, 0);
        assert_eq!(at, (0, 0));
    }

    #[test]
    fn rows_never_exceed_the_width() {
        let text =
            "Élus 🎉 formés — une formation continue pour les élus et les agents 👩‍💻 ".repeat(7);
        for w in 1..30 {
            for r in lines(&text, w) {
                assert!(r.width() <= w.max(2), "{w}: {r:?}");
            }
        }
    }
}
