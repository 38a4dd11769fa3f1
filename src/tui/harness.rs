//! Drives the real loop ([`Runtime`]) without a terminal: a `TestBackend`,
//! the in-memory store (which can hold writes back like a slow network
//! folder), a fake clock, and keys written as a string:
//! `"Un réseau<Enter><Up>des habitants<Enter>"`.
//!
//! Key names: `<Enter> <Esc> <Tab> <S-Tab> <BS> <Del> <Up> <Down> <Left>
//! <Right> <Home> <End> <PgUp> <PgDn> <Space> <F1>…<F12> <lt>`, with
//! modifiers `C-` (Ctrl), `A-` (Alt), `S-` (Shift): `<C-z>`, `<A-f>`,
//! `<A-Enter>`. Any other character is typed as itself.

use std::sync::mpsc::{Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use jiff::Timestamp;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event as TermEvent, KeyCode, KeyEvent, KeyModifiers};

use super::app::App;
use super::runtime::{Flow, Input, Runtime};
use crate::store::worker::{Memory, MemoryState, Store};

pub struct Harness {
    pub rt: Runtime<TestBackend, Memory>,
    /// What the store holds, and how it behaves (hold, delay, fail).
    pub store: Arc<MemoryState>,
    tx: Sender<Input>,
    clock: Arc<Mutex<Timestamp>>,
    /// Whether the screen asked to quit.
    pub quit: bool,
    /// How many times the loop rang the bell.
    pub bells: Arc<std::sync::atomic::AtomicUsize>,
}

impl Harness {
    /// The loop over `app` on a `width`×`height` screen, at `app.now`.
    pub fn new(app: App, width: u16, height: u16) -> Harness {
        let (tx, rx) = channel();
        let replies = tx.clone();
        let store = Memory::spawn(move |r| {
            let _ = replies.send(Input::Store(r));
        });
        let state = store.state();
        let clock = Arc::new(Mutex::new(app.room.display.now));
        let c = clock.clone();
        let terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
        let bells = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let rung = bells.clone();
        let mut rt = Runtime::new(
            app,
            terminal,
            store,
            rx,
            Box::new(move || *c.lock().unwrap()),
        )
        .with_bell(move || {
            rung.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        })
        .with_searches(tx.clone());
        rt.start();
        let mut h = Harness {
            rt,
            store: state,
            tx,
            clock,
            quit: false,
            bells,
        };
        h.pump();
        h
    }

    pub fn app(&self) -> &App {
        &self.rt.app
    }

    /// Sets the fake clock.
    pub fn set_now(&mut self, now: Timestamp) {
        *self.clock.lock().unwrap() = now;
    }

    /// How many times the bell rang.
    pub fn rung(&self) -> usize {
        self.bells.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Moves the fake clock on.
    pub fn advance(&mut self, seconds: i64) {
        let mut now = self.clock.lock().unwrap();
        *now += jiff::SignedDuration::from_secs(seconds);
    }

    fn pump(&mut self) {
        if self.rt.pump().expect("the test backend draws") == Flow::Quit {
            self.quit = true;
        }
    }

    /// Sends the keys one by one through the loop, as a terminal would.
    pub fn keys(&mut self, spec: &str) {
        for key in parse_keys(spec) {
            self.send(Input::Terminal(Ok(TermEvent::Key(key))));
        }
    }

    /// Presses the key that sends `msg` on the screen shown now (the key
    /// table's first key for it): a test says what the person does, the
    /// loop gets the key they press.
    pub fn press(&mut self, msg: &super::msg::Msg) {
        let bindings = self.rt.app.bindings();
        let key = bindings.key_for(msg).unwrap_or_else(|| {
            panic!(
                "no key sends {msg:?} in mode {:?}",
                bindings.mode.text(crate::i18n::Lang::En).1
            )
        });
        self.send(Input::Terminal(Ok(TermEvent::Key(key))));
    }

    /// What a person does on the screen shown: the key the screen's table
    /// binds to `msg` (or, where none is bound to it, the key a person
    /// would press for it, and whatever the mode makes of it); what the
    /// disk or the clock says comes as it does in the loop.
    pub fn act(&mut self, msg: super::msg::Msg) {
        use super::editor::EditKey;
        use super::msg::{Msg, Nav};
        match msg {
            Msg::Tick
            | Msg::Synced(_)
            | Msg::Written(..)
            | Msg::NotWritten(..)
            | Msg::FileNotSaved(_)
            | Msg::SessionChanged(_)
            | Msg::SessionUnreadable(_)
            | Msg::RegisterChanged(..)
            | Msg::RegisterUnreadable(_)
            | Msg::OwnJournal(_)
            | Msg::SharedDevice => self.send(Input::Disk(msg)),
            Msg::Paste(text) => self.paste(&text),
            Msg::Key(EditKey::Char(c)) => self.type_text(&c.to_string()),
            msg if self.rt.app.bindings().key_for(&msg).is_some() => self.press(&msg),
            msg => {
                let spec = match msg {
                    Msg::Nav(Nav::Up) => "<Up>",
                    Msg::Nav(Nav::Down) => "<Down>",
                    Msg::Nav(Nav::Left) => "<Left>",
                    Msg::Nav(Nav::Right) => "<Right>",
                    Msg::Nav(Nav::Home) => "<Home>",
                    Msg::Nav(Nav::End) => "<End>",
                    Msg::Submit => "<Enter>",
                    Msg::Escape => "<Esc>",
                    other => panic!("no key sends {other:?} here"),
                };
                self.keys(spec);
            }
        }
    }

    /// Types `text` key by key (a newline with the key that breaks a line).
    pub fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            if c == '\n' {
                self.press(&super::msg::Msg::Key(super::editor::EditKey::Newline));
            } else {
                self.send(Input::Terminal(Ok(TermEvent::Key(char_key(c)))));
            }
        }
    }

    /// Text pasted in one go (bracketed paste).
    pub fn paste(&mut self, text: &str) {
        self.send(Input::Terminal(Ok(TermEvent::Paste(text.to_string()))));
    }

    /// Any input (e.g. a sync from another laptop, a resize).
    pub fn send(&mut self, input: Input) {
        if self.quit {
            return;
        }
        self.tx.send(input).expect("the loop's channel is open");
        self.pump();
    }

    /// Waits (up to 10 s) until the store has answered every write, and
    /// lets the loop take in the answers.
    pub fn settle(&mut self) {
        // A search under way (the room seated again) answers within its
        // budget; its plan is then written like the rest.
        let start = std::time::Instant::now();
        while self.rt.app.room.reseating && start.elapsed() < Duration::from_secs(30) {
            std::thread::sleep(Duration::from_millis(20));
            self.pump();
        }
        self.rt.store.flush(Duration::from_secs(10));
        self.pump();
    }

    /// Quitting as the loop does: waits for writes under way, takes in the
    /// replies.
    pub fn finish(&mut self) {
        self.rt.finish().expect("the test backend draws");
    }

    /// The screen as text, one line per row (trailing blanks kept).
    pub fn screen(&self) -> String {
        let buf = self.rt.terminal.backend().buffer();
        let mut out = String::new();
        for y in 0..buf.area.height {
            let mut skip = 0;
            for x in 0..buf.area.width {
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
                let sym = buf[(x, y)].symbol();
                out.push_str(sym);
                skip = unicode_width::UnicodeWidthStr::width(sym).saturating_sub(1);
            }
            out.push('\n');
        }
        out
    }
}

/// The keys a spec names (see the module's documentation).
pub fn parse_keys(spec: &str) -> Vec<KeyEvent> {
    let mut out = Vec::new();
    let mut chars = spec.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '<' {
            let mut name = String::new();
            let mut closed = false;
            for n in chars.by_ref() {
                if n == '>' {
                    closed = true;
                    break;
                }
                name.push(n);
            }
            assert!(closed, "unclosed <…> in key string {spec:?}");
            out.push(named_key(&name).unwrap_or_else(|| panic!("unknown key <{name}>")));
        } else {
            out.push(char_key(c));
        }
    }
    out
}

fn char_key(c: char) -> KeyEvent {
    // Terminals report capitals with Shift.
    let mods = if c.is_uppercase() {
        KeyModifiers::SHIFT
    } else {
        KeyModifiers::NONE
    };
    KeyEvent::new(KeyCode::Char(c), mods)
}

fn named_key(name: &str) -> Option<KeyEvent> {
    let mut mods = KeyModifiers::NONE;
    let mut rest = name;
    loop {
        let (m, r) = match rest.split_at_checked(2) {
            Some(("C-", r)) => (KeyModifiers::CONTROL, r),
            Some(("A-", r)) => (KeyModifiers::ALT, r),
            Some(("S-", r)) if !r.is_empty() => (KeyModifiers::SHIFT, r),
            _ => break,
        };
        mods |= m;
        rest = r;
    }
    let code = match rest {
        "Enter" => KeyCode::Enter,
        "Esc" => KeyCode::Esc,
        "Tab" if mods.contains(KeyModifiers::SHIFT) => KeyCode::BackTab,
        "Tab" => KeyCode::Tab,
        "BS" => KeyCode::Backspace,
        "Del" => KeyCode::Delete,
        "Ins" => KeyCode::Insert,
        "Up" => KeyCode::Up,
        "Down" => KeyCode::Down,
        "Left" => KeyCode::Left,
        "Right" => KeyCode::Right,
        "Home" => KeyCode::Home,
        "End" => KeyCode::End,
        "PgUp" => KeyCode::PageUp,
        "PgDn" => KeyCode::PageDown,
        "Space" => KeyCode::Char(' '),
        "lt" => KeyCode::Char('<'),
        f if f.starts_with('F') && f.len() > 1 => KeyCode::F(f[1..].parse().ok()?),
        c if c.chars().count() == 1 => KeyCode::Char(c.chars().next()?),
        _ => return None,
    };
    Some(KeyEvent::new(code, mods))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_strings() {
        let k = parse_keys("Aé<Enter><C-z><A-f><S-Tab><F1><lt>");
        assert_eq!(k.len(), 8);
        assert_eq!(k[0], KeyEvent::new(KeyCode::Char('A'), KeyModifiers::SHIFT));
        assert_eq!(k[1].code, KeyCode::Char('é'));
        assert_eq!(k[2].code, KeyCode::Enter);
        assert_eq!(
            k[3],
            KeyEvent::new(KeyCode::Char('z'), KeyModifiers::CONTROL)
        );
        assert_eq!(k[4], KeyEvent::new(KeyCode::Char('f'), KeyModifiers::ALT));
        assert_eq!(k[5].code, KeyCode::BackTab);
        assert_eq!(k[6].code, KeyCode::F(1));
        assert_eq!(k[7].code, KeyCode::Char('<'));
    }
}
