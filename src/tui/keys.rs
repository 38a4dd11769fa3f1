//! Keys as data. Each screen (and each mode of a screen) has one binding
//! table: the keys, the message they send, the help text's id, and a
//! priority for the footer. Dispatch, the footer, the help overlay and the
//! docs/keys.md's key tables are all made from these tables, so they cannot
//! disagree.
//!
//! On typing screens every printable key without Ctrl or Alt types (AltGr
//! too): commands there use Enter, Delete, the arrows, function keys and
//! Ctrl/Alt chords, keys that never occur in prose.

use crate::i18n::prelude::*;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

use super::editor::EditKey;
use super::msg::{Act, Msg, Nav};
use super::widgets::Theme;
use crate::core::model::Column;
use crate::i18n::Lang;
pub use crate::i18n::keys::Help;

/// A key, without its modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    Char(char),
    Enter,
    Esc,
    Tab,
    BackTab,
    Backspace,
    Delete,
    Insert,
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
    PageUp,
    PageDown,
    F(u8),
}

/// A key or a chord, as the tables write it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: Code,
    pub ctrl: bool,
    pub alt: bool,
    pub shift: bool,
}

pub const fn key(code: Code) -> Key {
    Key {
        code,
        ctrl: false,
        alt: false,
        shift: false,
    }
}
pub const fn ch(c: char) -> Key {
    key(Code::Char(c))
}
pub const fn ctrl(c: char) -> Key {
    Key {
        ctrl: true,
        ..ch(c)
    }
}
pub const fn ctrl_shift(c: char) -> Key {
    Key {
        ctrl: true,
        shift: true,
        ..ch(c)
    }
}
pub const fn ctrl_key(code: Code) -> Key {
    Key {
        ctrl: true,
        ..key(code)
    }
}
pub const fn alt(c: char) -> Key {
    Key { alt: true, ..ch(c) }
}
pub const fn alt_key(code: Code) -> Key {
    Key {
        alt: true,
        ..key(code)
    }
}
pub const fn shift(code: Code) -> Key {
    Key {
        shift: true,
        ..key(code)
    }
}
pub const fn f(n: u8) -> Key {
    key(Code::F(n))
}

/// What a binding sends.
#[derive(Debug, Clone, PartialEq)]
pub enum Send {
    Msg(Msg),
    /// The quadrant the key's letter or digit names (A F O R, S W O T, 1–4).
    QuadrantOfKey,
    /// The key's digit, as [`Msg::Digit`] (the follow-up's statuses).
    DigitOfKey,
    /// The column the key's digit names (1–6), on boards other than SWOT.
    ColumnOfKey,
}

/// One line of a binding table.
#[derive(Debug, Clone)]
pub struct Binding {
    pub keys: &'static [Key],
    pub send: Send,
    pub help: Help,
    /// Footer priority: 0 always shown, then 1, 2…; [`HELP_ONLY`] never in
    /// the footer (listed in the help).
    pub prio: u8,
}

/// Listed in the help, never in the footer.
pub const HELP_ONLY: u8 = 9;

/// Whether unbound printable keys type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Typing {
    No,
    /// Printable keys without Ctrl or Alt (and AltGr) go into the text.
    Text,
}

/// One screen's (or mode's) keys.
#[derive(Debug)]
pub struct Bindings {
    /// The mode's name, shown first in the footer ("✎ TYPING").
    pub mode: Help,
    pub typing: Typing,
    /// The screen's own keys, then shared sections (editing, arrows…).
    pub sections: &'static [&'static [Binding]],
}

const fn b(keys: &'static [Key], msg: Msg, help: Help, prio: u8) -> Binding {
    Binding {
        keys,
        send: Send::Msg(msg),
        help,
        prio,
    }
}

/// Shorthand for the tables: keys, message, help id, footer priority.
pub const fn bind(keys: &'static [Key], msg: Msg, help: Help, prio: u8) -> Binding {
    b(keys, msg, help, prio)
}

/// Alt + a quadrant's letter or digit.
pub const ALT_QUADRANTS: &[Key] = &[
    alt('a'),
    alt('f'),
    alt('o'),
    alt('r'),
    alt('s'),
    alt('w'),
    alt('t'),
    alt('1'),
    alt('2'),
    alt('3'),
    alt('4'),
];

/// A quadrant's letter or digit alone.
pub const QUADRANTS: &[Key] = &[
    ch('a'),
    ch('f'),
    ch('o'),
    ch('r'),
    ch('s'),
    ch('w'),
    ch('t'),
    ch('1'),
    ch('2'),
    ch('3'),
    ch('4'),
];

/// Alt + a column's number, on boards other than SWOT.
pub const ALT_COLUMNS: &[Key] = &[alt('1'), alt('2'), alt('3'), alt('4'), alt('5'), alt('6')];

/// A column's number alone.
pub const COLUMNS: &[Key] = &[ch('1'), ch('2'), ch('3'), ch('4'), ch('5'), ch('6')];

/// Keys that name a column by its number ([`Msg::Column`]).
pub const fn column_keys(keys: &'static [Key], help: Help, prio: u8) -> Binding {
    Binding {
        keys,
        send: Send::ColumnOfKey,
        help,
        prio,
    }
}

pub const fn quadrant_keys(keys: &'static [Key], help: Help, prio: u8) -> Binding {
    Binding {
        keys,
        send: Send::QuadrantOfKey,
        help,
        prio,
    }
}

/// Digit keys that send [`Msg::Digit`] with their digit.
pub const fn digit_keys(keys: &'static [Key], help: Help, prio: u8) -> Binding {
    Binding {
        keys,
        send: Send::DigitOfKey,
        help,
        prio,
    }
}

/// The keys of every screen: help and quit.
pub static GLOBAL: &[Binding] = &[
    b(&[f(1)], Msg::Help, Help::Help, 0),
    b(&[ctrl('q'), ctrl('c')], Msg::Quit, Help::Quit, 0),
];

/// Moving and erasing in a text being typed.
pub static EDITING: &[Binding] = &[
    b(
        &[key(Code::Backspace)],
        Msg::Key(EditKey::Backspace),
        Help::Erase,
        HELP_ONLY,
    ),
    b(
        &[key(Code::Delete)],
        Msg::Key(EditKey::Delete),
        Help::EraseNext,
        HELP_ONLY,
    ),
    b(
        &[ctrl('w'), ctrl('h')],
        Msg::Key(EditKey::WordBack),
        Help::EraseWord,
        HELP_ONLY,
    ),
    b(
        &[key(Code::Left)],
        Msg::Nav(Nav::Left),
        Help::CursorLeft,
        HELP_ONLY,
    ),
    b(
        &[key(Code::Right)],
        Msg::Nav(Nav::Right),
        Help::CursorRight,
        HELP_ONLY,
    ),
    b(
        &[key(Code::Home)],
        Msg::Nav(Nav::Home),
        Help::LineStart,
        HELP_ONLY,
    ),
    b(
        &[key(Code::End)],
        Msg::Nav(Nav::End),
        Help::LineEnd,
        HELP_ONLY,
    ),
];

/// The quadrant a key names: s/a, w/f, o, t/r (English and French
/// initials) or 1–4, in either case.
pub fn quadrant_key(c: char) -> Option<Column> {
    match c.to_ascii_lowercase() {
        '1' => Some(Column::S),
        '2' => Some(Column::W),
        '3' => Some(Column::O),
        '4' => Some(Column::T),
        c => Column::parse(&c.to_string()),
    }
}

/// The table's form of a terminal key (Shift is part of a character, and
/// of Shift-Tab).
/// The terminal's report of `key` (the inverse of [`normalise`]).
fn event_of(key: Key) -> Option<KeyEvent> {
    let code = match key.code {
        Code::Char(c) => KeyCode::Char(c),
        Code::Enter => KeyCode::Enter,
        Code::Esc => KeyCode::Esc,
        Code::Tab => KeyCode::Tab,
        Code::BackTab => KeyCode::BackTab,
        Code::Backspace => KeyCode::Backspace,
        Code::Delete => KeyCode::Delete,
        Code::Insert => KeyCode::Insert,
        Code::Up => KeyCode::Up,
        Code::Down => KeyCode::Down,
        Code::Left => KeyCode::Left,
        Code::Right => KeyCode::Right,
        Code::Home => KeyCode::Home,
        Code::End => KeyCode::End,
        Code::PageUp => KeyCode::PageUp,
        Code::PageDown => KeyCode::PageDown,
        Code::F(n) => KeyCode::F(n),
    };
    let mut mods = KeyModifiers::NONE;
    if key.ctrl {
        mods |= KeyModifiers::CONTROL;
    }
    if key.alt {
        mods |= KeyModifiers::ALT;
    }
    // Capitals come with Shift, as terminals report them.
    if key.shift || matches!(key.code, Code::Char(c) if c.is_uppercase()) {
        mods |= KeyModifiers::SHIFT;
    }
    Some(KeyEvent::new(code, mods))
}

fn normalise(ev: KeyEvent) -> Option<Key> {
    let m = ev.modifiers;
    let code = match ev.code {
        KeyCode::Char(c) => Code::Char(c),
        KeyCode::Enter => Code::Enter,
        KeyCode::Esc => Code::Esc,
        KeyCode::Tab => Code::Tab,
        KeyCode::BackTab => Code::BackTab,
        KeyCode::Backspace => Code::Backspace,
        KeyCode::Delete => Code::Delete,
        KeyCode::Insert => Code::Insert,
        KeyCode::Up => Code::Up,
        KeyCode::Down => Code::Down,
        KeyCode::Left => Code::Left,
        KeyCode::Right => Code::Right,
        KeyCode::Home => Code::Home,
        KeyCode::End => Code::End,
        KeyCode::PageUp => Code::PageUp,
        KeyCode::PageDown => Code::PageDown,
        KeyCode::F(n) => Code::F(n),
        _ => return None,
    };
    let ctrl = m.contains(KeyModifiers::CONTROL);
    let alt = m.contains(KeyModifiers::ALT);
    let mut shift =
        m.contains(KeyModifiers::SHIFT) && !matches!(code, Code::Char(_) | Code::BackTab);
    // Ctrl-letters are written small, with Shift when it was held
    // (Ctrl-Shift-Z); plain characters carry their own case.
    let code = match code {
        Code::Char(c) if ctrl && !alt => {
            shift = m.contains(KeyModifiers::SHIFT) || c.is_ascii_uppercase();
            Code::Char(c.to_ascii_lowercase())
        }
        c => c,
    };
    Some(Key {
        code,
        ctrl,
        alt,
        shift,
    })
}

impl Bindings {
    /// The message for a key on this screen, if it means anything here.
    pub fn message(&self, ev: KeyEvent) -> Option<Msg> {
        if ev.kind == KeyEventKind::Release {
            return None;
        }
        let key = normalise(ev)?;
        // AltGr (reported as Ctrl+Alt on some systems) types: @, €, [, |…
        let altgr = key.ctrl && key.alt;
        if !altgr {
            for bd in self.all() {
                if bd.keys.contains(&key) {
                    return match &bd.send {
                        Send::Msg(m) => Some(m.clone()),
                        Send::QuadrantOfKey => match key.code {
                            Code::Char(c) => quadrant_key(c).map(Msg::Column),
                            _ => None,
                        },
                        Send::DigitOfKey => match key.code {
                            Code::Char(c) => c.to_digit(10).map(|d| Msg::Digit(d as u8)),
                            _ => None,
                        },
                        Send::ColumnOfKey => match key.code {
                            Code::Char(c) => c
                                .to_digit(10)
                                .and_then(|d| (d as usize).checked_sub(1))
                                .and_then(Column::at)
                                .map(Msg::Column),
                            _ => None,
                        },
                    };
                }
            }
        }
        match (self.typing, key.code) {
            (Typing::Text, Code::Char(c)) if altgr || (!key.ctrl && !key.alt) => {
                Some(Msg::Key(EditKey::Char(c)))
            }
            _ => None,
        }
    }

    /// Every binding, the screen's then the global ones. An earlier
    /// section's key shadows a later one's (see [`Bindings::effective`]).
    pub fn all(&self) -> impl Iterator<Item = &Binding> {
        self.sections.iter().flat_map(|s| s.iter()).chain(GLOBAL)
    }

    /// The bindings as they act: each with the keys no earlier binding
    /// took; bindings left with no key are left out.
    pub fn effective(&self) -> Vec<(&Binding, Vec<Key>)> {
        let mut taken: Vec<Key> = Vec::new();
        let mut out = Vec::new();
        for bd in self.all() {
            let keys: Vec<Key> = bd
                .keys
                .iter()
                .copied()
                .filter(|k| !taken.contains(k))
                .collect();
            taken.extend(keys.iter().copied());
            if !keys.is_empty() {
                out.push((bd, keys));
            }
        }
        out
    }

    /// A key press that sends `msg` in this mode, as a terminal would
    /// report it (the first of the keys the table binds to it): tests and
    /// benches drive the loop with the keys a person presses.
    pub fn key_for(&self, msg: &Msg) -> Option<KeyEvent> {
        self.effective()
            .into_iter()
            .flat_map(|(_, keys)| keys)
            .filter_map(event_of)
            .find(|ev| self.message(*ev).as_ref() == Some(msg))
    }

    /// The help overlay's lines: (keys, what they do).
    pub fn help(&self, lang: Lang) -> Vec<(String, &'static str)> {
        let mut out: Vec<(String, &'static str)> = Vec::new();
        if self.typing == Typing::Text {
            out.push((lang.keys().letters.to_string(), Help::TypeText.text(lang).1));
        }
        for (bd, keys) in self.effective() {
            let shown = keys_label(bd, &keys, lang, usize::MAX);
            let text = bd.help.text(lang).1;
            // One line per help text: bindings that share it are merged.
            match out.iter_mut().find(|(_, t)| *t == text) {
                Some((k, _)) => {
                    k.push_str(" / ");
                    k.push_str(&shown);
                }
                None => out.push((shown, text)),
            }
        }
        out
    }

    /// The footer's keys that fit in `width` columns, most important first
    /// to be kept, shown in table order: "Enter save  F1 help  …". With
    /// `width` 0, only the keys that always stay (help, quit).
    pub fn footer(&self, lang: Lang, width: usize) -> String {
        // Bindings that say the same (F1 and ? for help) share one chunk.
        // (priority, keys, label, global)
        let mut chunks: Vec<(u8, String, &'static str, bool)> = Vec::new();
        for (bd, keys) in self.effective() {
            if bd.prio >= HELP_ONLY {
                continue;
            }
            let label = bd.help.text(lang).0;
            let keys = keys_label(bd, &keys, lang, 1);
            let global = GLOBAL.iter().any(|g| std::ptr::eq(g, bd));
            match chunks.iter_mut().find(|c| c.2 == label) {
                Some(c) => {
                    c.0 = c.0.min(bd.prio);
                    c.1.push('/');
                    c.1.push_str(&keys);
                    c.3 |= global;
                }
                None => chunks.push((bd.prio, keys, label, global)),
            }
        }
        let text: Vec<String> = chunks.iter().map(|c| format!("{} {}", c.1, c.2)).collect();
        if width == 0 {
            // The keys that always stay (help, quit), for the rest of the
            // line (banner, notice, the screen's keys) to leave room for.
            return chunks
                .iter()
                .zip(&text)
                .filter(|(c, _)| c.3)
                .map(|(_, t)| t.as_str())
                .collect::<Vec<_>>()
                .join("  ");
        }
        let mut keep = vec![false; chunks.len()];
        let mut used = 0;
        let mut order: Vec<usize> = (0..chunks.len()).collect();
        // Help and quit are the last to go, then the screen's own by priority.
        order.sort_by_key(|&i| (!chunks[i].3, chunks[i].0));
        for i in order {
            let w = unicode_width::UnicodeWidthStr::width(text[i].as_str()) + 2;
            if used + w <= width || (chunks[i].0 == 0 && used == 0) {
                keep[i] = true;
                used += w;
            }
        }
        text.iter()
            .zip(keep)
            .filter(|(_, k)| *k)
            .map(|(t, _)| t.as_str())
            .collect::<Vec<_>>()
            .join("  ")
    }
}

/// The key that sends `msg` on a screen, as the footer writes it: for a
/// message that names a key, made from the binding that handles it, so
/// that it can never name a key that does something else.
/// `most`: how many of its keys to name ("Esc/q").
pub fn key_of(bindings: &Bindings, msg: &Msg, lang: Lang, most: usize) -> Option<String> {
    bindings
        .effective()
        .into_iter()
        .find(|(bd, _)| matches!(&bd.send, Send::Msg(m) if m == msg))
        .map(|(bd, keys)| keys_label(bd, &keys, lang, most))
}

/// How a binding's keys are written: all of them, or the first `most`.
pub fn keys_label(bd: &Binding, keys: &[Key], lang: Lang, most: usize) -> String {
    let words = lang.keys();
    if bd.send == Send::ColumnOfKey {
        // "Alt-1–6".
        let prefix = if keys.first().is_some_and(|k| k.alt) {
            format!("{}-", words.alt)
        } else {
            String::new()
        };
        return format!("{prefix}1–{}", keys.len());
    }
    if bd.send == Send::DigitOfKey {
        // Digits: "1–7", "8/9".
        let digits: Vec<String> = keys.iter().map(|k| key_name(*k, lang)).collect();
        return match digits.as_slice() {
            [a, .., z] if digits.len() > 2 => format!("{a}–{z}"),
            _ => digits.join("/"),
        };
    }
    if bd.send == Send::QuadrantOfKey {
        let letters: String = Column::ALL
            .iter()
            .map(|q| q.words(lang).letter.to_string())
            .collect::<Vec<_>>()
            .join("/");
        let alt = keys.first().is_some_and(|k| k.alt);
        let prefix = if alt {
            format!("{}-", words.alt)
        } else {
            String::new()
        };
        return if most == 1 {
            format!("{prefix}{letters}")
        } else {
            format!("{prefix}{letters} {} {prefix}1–4", words.or)
        };
    }
    keys.iter()
        .take(most)
        .map(|k| key_name(*k, lang))
        .collect::<Vec<_>>()
        .join(" / ")
}

/// A key as people read it: "Ctrl-Z", "Alt-Enter", "F1", "↑", "Entrée".
pub fn key_name(k: Key, lang: Lang) -> String {
    let w = lang.keys();
    let base = match k.code {
        Code::Char(' ') => w.space.to_string(),
        Code::Char(c) if k.ctrl || k.alt => c.to_uppercase().to_string(),
        Code::Char(c) => c.to_string(),
        Code::Enter => w.enter.to_string(),
        Code::Esc => w.esc.to_string(),
        Code::Tab => w.tab.to_string(),
        Code::BackTab => format!("{}-{}", w.shift, w.tab),
        Code::Backspace => w.backspace.to_string(),
        Code::Delete => w.delete.to_string(),
        Code::Insert => w.insert.to_string(),
        Code::Up => "↑".into(),
        Code::Down => "↓".into(),
        Code::Left => "←".into(),
        Code::Right => "→".into(),
        Code::Home => w.home.to_string(),
        Code::End => w.end.to_string(),
        Code::PageUp => w.page_up.to_string(),
        Code::PageDown => w.page_down.to_string(),
        Code::F(n) => format!("F{n}"),
    };
    let mut out = String::new();
    if k.ctrl {
        out.push_str("Ctrl-");
    }
    if k.alt {
        out.push_str(w.alt);
        out.push('-');
    }
    if k.shift {
        out.push_str(w.shift);
        out.push('-');
    }
    out.push_str(&base);
    out
}

/// The last line of a screen: the mode (as a word, reversed), the banner
/// (why something is NOT SAVED), the notice or other state, then as many
/// keys as fit, the most important first to be kept.
pub fn footer_line(
    bindings: &Bindings,
    look: &super::context::Look,
    mut extra: Vec<Span<'static>>,
    width: u16,
) -> Line<'static> {
    let lang = look.room.display.lang;
    let theme: &Theme = &look.theme;
    let mut spans = vec![
        Span::styled(
            format!(" {} ", bindings.mode.text(lang).0),
            theme.bold().add_modifier(Modifier::REVERSED),
        ),
        Span::raw(" "),
    ];
    let width_of = |s: &[Span]| s.iter().map(Span::width).sum::<usize>();
    // Help and quit are never cut: the notice, the banner and the
    // screen's other keys give way.
    let always = unicode_width::UnicodeWidthStr::width(bindings.footer(lang, 0).as_str()) + 2;
    let notice = look.notice.map(|n| {
        let room =
            (width as usize).saturating_sub(width_of(&spans) + width_of(&extra) + always + 2);
        Span::styled(format!("{}  ", super::widgets::clip(n, room)), theme.bold())
    });
    if let Some(b) = &look.room.display.banner {
        // The banner gives way to the notice and to the keys that always
        // stay (help, quit): cut, it still says what and where to look;
        // with no room left at all, it waits for the notice to go.
        let keep = width_of(&spans)
            + notice.as_ref().map_or(0, Span::width)
            + width_of(&extra)
            + always
            // The gap after the banner.
            + 2;
        let room = (width as usize).saturating_sub(keep);
        if room >= 4 {
            let text = super::widgets::clip(&format!("⚠ {}", super::widgets::safe(b)), room);
            spans.push(Span::styled(
                text,
                theme
                    .fg(ratatui::style::Color::Red)
                    .add_modifier(Modifier::REVERSED),
            ));
            spans.push(Span::raw("  "));
        }
    }
    if let Some(n) = notice {
        spans.push(n);
    }
    spans.append(&mut extra);
    let used: usize = spans.iter().map(|s| s.width()).sum();
    let room = (width as usize).saturating_sub(used);
    spans.push(Span::styled(bindings.footer(lang, room), theme.dim()));
    Line::from(spans)
}

/// The key tables of docs/keys.md: one per screen and mode, in `lang`.
pub fn markdown(screens: &[(&str, &Bindings)], lang: Lang) -> String {
    let mut out = String::new();
    for (name, bindings) in screens {
        out.push_str(&format!(
            "#### {name} — `{}`\n\n",
            bindings.mode.text(lang).0
        ));
        let (k, w) = crate::i18n::cli::key_table_heads(lang);
        out.push_str(&format!("| {k} | {w} |\n|---|---|\n"));
        for (keys, text) in bindings.help(lang) {
            out.push_str(&format!(
                "| {} | {} |\n",
                keys.replace('|', "\\|"),
                text.replace('|', "\\|")
            ));
        }
        out.push('\n');
    }
    out
}

/// The keys that drive the clock (facilitator and projector).
pub static CLOCK_DRIVE: &[Binding] = &[
    b(&[ch(' ')], Msg::Toggle, Help::StartPause, 1),
    b(
        &[ch('+'), ch('='), key(Code::Up)],
        Msg::Minutes(1),
        Help::PlusMinute,
        3,
    ),
    b(
        &[ch('-'), ch('_'), key(Code::Down)],
        Msg::Minutes(-1),
        Help::MinusMinute,
        3,
    ),
    b(
        &[ch('n'), key(Code::Right), key(Code::PageDown)],
        Msg::Next,
        Help::NextPhase,
        2,
    ),
    b(
        &[ch('b'), key(Code::Left), key(Code::PageUp)],
        Msg::Back,
        Help::PrevPhase,
        2,
    ),
    b(&[ch('m')], Msg::Mute, Help::Mute, 4),
];

/// Moving keys of lists and boards (help-only on the footer).
pub static ARROWS: &[Binding] = &[
    b(&[key(Code::Up)], Msg::Nav(Nav::Up), Help::Up, HELP_ONLY),
    b(
        &[key(Code::Down)],
        Msg::Nav(Nav::Down),
        Help::Down,
        HELP_ONLY,
    ),
    b(
        &[key(Code::PageUp)],
        Msg::Nav(Nav::PageUp),
        Help::PageUpList,
        HELP_ONLY,
    ),
    b(
        &[key(Code::PageDown)],
        Msg::Nav(Nav::PageDown),
        Help::PageDownList,
        HELP_ONLY,
    ),
    b(
        &[key(Code::Home)],
        Msg::Nav(Nav::Home),
        Help::First,
        HELP_ONLY,
    ),
    b(&[key(Code::End)], Msg::Nav(Nav::End), Help::Last, HELP_ONLY),
];

/// Typing the room's count (capture and key factors alike).
pub static COUNTING: Bindings = Bindings {
    mode: Help::ModeTally,
    typing: Typing::Text,
    sections: &[COUNT],
};

static COUNT: &[Binding] = &[
    b(&[key(Code::Enter)], Msg::Submit, Help::TallySet, 0),
    b(&[key(Code::Esc)], Msg::Escape, Help::TallyCancel, 0),
    b(
        &[key(Code::Backspace)],
        Msg::Key(EditKey::Backspace),
        Help::Erase,
        2,
    ),
];

/// For tables that need an action message by name.
pub const fn act(a: Act) -> Msg {
    Msg::Act(a)
}
