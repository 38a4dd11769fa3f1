//! The input line: a small multi-line text buffer with a cursor.
//!
//! Pure and terminal-free. Everything that enters it is sanitised first
//! (C0/C1 controls, DEL and bidi overrides removed; tabs become spaces), so
//! nothing typed or pasted can reach the terminal as a control sequence.
//! ratatui-textarea was considered: it scrolls long lines sideways instead of
//! wrapping them, and a note-taker must see the whole post-it.

use crate::core::text::sanitize;

/// How much the buffer holds: well above a post-it's limit, so an over-long
/// paste stays there to be split instead of being cut (and lost).
pub const EDITOR_MAX_CHARS: usize = 4 * crate::core::event::MAX_NOTE_CHARS;

/// One key's worth of editing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditKey {
    Char(char),
    Newline,
    Backspace,
    Delete,
    Left,
    Right,
    Home,
    End,
    /// Delete the word before the cursor (Ctrl-W, Ctrl-Backspace).
    WordBack,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Editor {
    text: String,
    /// Byte offset of the cursor, always on a char boundary.
    cursor: usize,
    /// Whether Enter-like newlines are accepted (post-its: yes; filters: no).
    pub multiline: bool,
    /// Earlier states of this text, for undo (a run of letters is one step).
    undo: Vec<(String, usize)>,
    redo: Vec<(String, usize)>,
    /// The last change typed a letter (the next one joins its undo step).
    typing_run: bool,
}

/// How many undo steps the input keeps.
const UNDO_STEPS: usize = 200;

impl Editor {
    pub fn multiline() -> Editor {
        Editor {
            multiline: true,
            ..Editor::default()
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty()
    }

    pub fn chars(&self) -> usize {
        self.text.chars().count()
    }

    /// Replaces the text and puts the cursor at its end (a new text: its
    /// undo history starts here).
    pub fn set(&mut self, text: &str) {
        self.text.clear();
        self.cursor = 0;
        self.insert_raw(text);
        self.forget();
    }

    /// Empties the buffer and returns what it held (saved: no undo).
    pub fn take(&mut self) -> String {
        self.cursor = 0;
        self.forget();
        std::mem::take(&mut self.text)
    }

    /// Empties the buffer; undo brings the text back. False when empty.
    pub fn clear(&mut self) -> bool {
        if self.text.is_empty() {
            return false;
        }
        self.snapshot();
        self.text.clear();
        self.cursor = 0;
        true
    }

    fn forget(&mut self) {
        self.undo.clear();
        self.redo.clear();
        self.typing_run = false;
    }

    /// Remembers the text before a change.
    fn snapshot(&mut self) {
        if self.undo.len() == UNDO_STEPS {
            self.undo.remove(0);
        }
        self.undo.push((self.text.clone(), self.cursor));
        self.redo.clear();
        self.typing_run = false;
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Back one step of typing; false when there is none.
    pub fn undo(&mut self) -> bool {
        let Some((text, cursor)) = self.undo.pop() else {
            return false;
        };
        let now = (std::mem::replace(&mut self.text, text), self.cursor);
        self.redo.push(now);
        self.cursor = cursor;
        self.typing_run = false;
        true
    }

    /// Forward one step of typing undone; false when there is none.
    pub fn redo(&mut self) -> bool {
        let Some((text, cursor)) = self.redo.pop() else {
            return false;
        };
        let now = (std::mem::replace(&mut self.text, text), self.cursor);
        self.undo.push(now);
        self.cursor = cursor;
        self.typing_run = false;
        true
    }

    /// Inserts typed or pasted text at the cursor, sanitised (one undo
    /// step). Returns false when some of it did not fit.
    pub fn insert(&mut self, raw: &str) -> bool {
        self.snapshot();
        self.insert_raw(raw)
    }

    fn insert_raw(&mut self, raw: &str) -> bool {
        let mut clean = sanitize(&raw.replace('\t', " ").replace("\r\n", "\n"));
        clean.retain(|c| c != '\r');
        if !self.multiline {
            clean = clean.replace('\n', " ");
        }
        let room = EDITOR_MAX_CHARS.saturating_sub(self.chars());
        let fits = clean.chars().count() <= room;
        if !fits {
            clean = clean.chars().take(room).collect();
        }
        self.text.insert_str(self.cursor, &clean);
        self.cursor += clean.len();
        fits
    }

    /// Applies one editing key. Returns false when a character did not fit.
    pub fn key(&mut self, key: EditKey) -> bool {
        let changes = match key {
            EditKey::Char(_) | EditKey::Newline | EditKey::WordBack => true,
            EditKey::Backspace => self.prev_boundary().is_some(),
            EditKey::Delete => self.next_boundary().is_some(),
            EditKey::Left | EditKey::Right | EditKey::Home | EditKey::End => false,
        };
        // A run of letters is one undo step; a space, an erase or a move
        // ends it.
        let letter = matches!(key, EditKey::Char(c) if !c.is_whitespace());
        if changes && !(letter && self.typing_run) {
            self.snapshot();
        }
        self.typing_run = letter;
        match key {
            EditKey::Char(c) => {
                let mut b = [0; 4];
                return self.insert_raw(c.encode_utf8(&mut b));
            }
            EditKey::Newline => {
                if self.multiline {
                    return self.insert_raw("\n");
                }
            }
            EditKey::Backspace => {
                if let Some(prev) = self.prev_boundary() {
                    self.text.replace_range(prev..self.cursor, "");
                    self.cursor = prev;
                }
            }
            EditKey::Delete => {
                if let Some(next) = self.next_boundary() {
                    self.text.replace_range(self.cursor..next, "");
                }
            }
            EditKey::Left => {
                if let Some(prev) = self.prev_boundary() {
                    self.cursor = prev;
                }
            }
            EditKey::Right => {
                if let Some(next) = self.next_boundary() {
                    self.cursor = next;
                }
            }
            EditKey::Home => {
                self.cursor = self.text[..self.cursor].rfind('\n').map_or(0, |i| i + 1);
            }
            EditKey::End => {
                self.cursor += self.text[self.cursor..]
                    .find('\n')
                    .unwrap_or(self.text.len() - self.cursor);
            }
            EditKey::WordBack => {
                let before = &self.text[..self.cursor];
                let trimmed = before.trim_end();
                let start = trimmed.rfind(char::is_whitespace).map_or(0, |i| {
                    i + trimmed[i..].chars().next().map_or(1, char::len_utf8)
                });
                self.text.replace_range(start..self.cursor, "");
                self.cursor = start;
            }
        }
        true
    }

    fn prev_boundary(&self) -> Option<usize> {
        self.text[..self.cursor]
            .char_indices()
            .last()
            .map(|(i, _)| i)
    }

    fn next_boundary(&self) -> Option<usize> {
        self.text[self.cursor..]
            .chars()
            .next()
            .map(|c| self.cursor + c.len_utf8())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(keys: &[EditKey]) -> Editor {
        let mut e = Editor::multiline();
        for k in keys {
            e.key(*k);
        }
        e
    }

    #[test]
    fn typing_moving_and_deleting_respect_characters() {
        use EditKey::*;
        let mut e = typed(&[Char('É'), Char('l'), Char('u'), Char('s'), Left, Left]);
        assert_eq!(e.cursor(), "Él".len());
        e.key(Backspace);
        assert_eq!(e.text(), "Éus");
        e.key(Home);
        e.key(Delete);
        assert_eq!(e.text(), "us");
        e.key(End);
        e.key(Char('👍'));
        assert_eq!(e.text(), "us👍");
        e.key(Newline);
        e.key(Char('x'));
        e.key(Home);
        assert_eq!(e.cursor(), "us👍\n".len());
    }

    #[test]
    fn word_back_deletes_the_last_word_and_its_space() {
        let mut e = Editor::multiline();
        e.set("Un réseau  d'acteurs ");
        e.key(EditKey::WordBack);
        assert_eq!(e.text(), "Un réseau  ");
        e.key(EditKey::WordBack);
        assert_eq!(e.text(), "Un ");
    }

    #[test]
    fn controls_and_escape_sequences_never_enter() {
        let mut e = Editor::multiline();
        e.insert("a\x1b[31mb\x07\u{9b}c\u{202e}d\te\r\nf\x7f");
        assert_eq!(e.text(), "a[31mbcd e\nf");
        let mut line = Editor::default();
        line.insert("x\ny");
        assert_eq!(line.text(), "x y");
        assert!(line.key(EditKey::Newline));
        assert_eq!(line.text(), "x y");
    }

    #[test]
    fn undo_goes_back_a_word_at_a_time_and_redo_forward() {
        let mut e = Editor::multiline();
        for c in "Un réseau actif".chars() {
            e.key(EditKey::Char(c));
        }
        assert!(e.undo());
        assert_eq!(e.text(), "Un réseau ");
        assert!(e.undo());
        assert_eq!(e.text(), "Un réseau");
        e.undo();
        e.undo();
        e.undo();
        assert_eq!(e.text(), "");
        assert!(!e.undo());
        assert!(e.redo());
        assert_eq!(e.text(), "Un");
        // A paste is one step; clearing is one step.
        let mut p = Editor::multiline();
        p.insert(&"x".repeat(3000));
        assert!(p.clear());
        assert_eq!(p.text(), "");
        assert!(p.undo());
        assert_eq!(p.chars(), 3000);
        // Saving (take) forgets the history.
        p.take();
        assert!(!p.can_undo());
    }

    #[test]
    fn an_oversized_paste_keeps_what_fits_and_says_so() {
        let mut e = Editor::multiline();
        assert!(!e.insert(&"é".repeat(EDITOR_MAX_CHARS + 5)));
        assert_eq!(e.chars(), EDITOR_MAX_CHARS);
        assert!(!e.key(EditKey::Char('x')));
    }
}
