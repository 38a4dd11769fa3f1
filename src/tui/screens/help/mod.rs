//! The help overlay: every key of the screen below it, in its current
//! mode, made from that screen's binding table (never written by hand).

use crate::i18n::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use crate::i18n::Lang;
use crate::tui::context::{Cx, Go, Look};
use crate::tui::keys::Help as H;
use crate::tui::keys::{Binding, Bindings, Code, bind, key};
use crate::tui::msg::{Msg, Nav};
use crate::tui::widgets::overlay::centred;
use crate::tui::widgets::{Theme, render};

/// The help of one screen's keys.
#[derive(Debug, Clone, Copy)]
pub struct State {
    pub of: &'static Bindings,
    /// Rows scrolled off the top (a long help on a small screen).
    pub scroll: usize,
}

impl PartialEq for State {
    fn eq(&self, other: &State) -> bool {
        std::ptr::eq(self.of, other.of)
    }
}

pub static KEYS: Bindings = Bindings {
    mode: H::ModeHelp,
    typing: crate::tui::keys::Typing::No,
    sections: &[SCROLL],
};

static SCROLL: &[Binding] = &[
    bind(&[key(Code::Up)], Msg::Nav(Nav::Up), H::ScrollUp, 1),
    bind(&[key(Code::Down)], Msg::Nav(Nav::Down), H::ScrollDown, 1),
    bind(&[key(Code::PageUp)], Msg::Nav(Nav::PageUp), H::ScrollUp, 1),
    bind(
        &[key(Code::PageDown)],
        Msg::Nav(Nav::PageDown),
        H::ScrollDown,
        1,
    ),
];

impl State {
    pub fn new(of: &'static Bindings) -> State {
        State { of, scroll: 0 }
    }

    /// Scrolls on an arrow or a page key; false for any other key, which
    /// closes the help.
    pub fn scrolled(&mut self, msg: &Msg) -> bool {
        match msg {
            Msg::Nav(Nav::Up) => self.scroll = self.scroll.saturating_sub(1),
            Msg::Nav(Nav::Down) => self.scroll += 1,
            Msg::Nav(Nav::PageUp) => self.scroll = self.scroll.saturating_sub(10),
            Msg::Nav(Nav::PageDown) => self.scroll += 10,
            _ => return false,
        }
        true
    }
}

fn lines_of(text: &str, width: usize) -> Vec<String> {
    crate::tui::widgets::wrap::lines(text, width)
}

impl crate::tui::screens::Screen for State {
    fn open(
        _target: &crate::tui::context::Target,
        _room: &crate::tui::room::Room,
    ) -> Option<State> {
        // An overlay: the navigation makes it.
        None
    }

    fn bindings(&self) -> &'static Bindings {
        &KEYS
    }

    /// The arrows scroll; any other key closes it.
    fn update(&mut self, cx: &mut Cx, msg: Msg) {
        if !self.scrolled(&msg) {
            cx.go(Go::Back);
        }
    }

    fn view(&self, look: &Look, area: Rect, buf: &mut Buffer) {
        self.draw(look.room.display.lang, &look.theme, area, buf);
    }
}

impl State {
    /// The help over `area`: the runtime's overlay, and the set-up loop's
    /// of a session not on disk yet.
    pub fn draw(&self, lang: Lang, theme: &Theme, area: Rect, buf: &mut Buffer) {
        let entries = self.of.help(lang);
        let box_w = area.width.min(96);
        let inner_w = box_w.saturating_sub(2) as usize;
        // Keys in a column as wide as most of them need; longer ones get a
        // row of their own, and descriptions wrap under themselves.
        let key_w = entries
            .iter()
            .map(|(k, _)| UnicodeWidthStr::width(k.as_str()))
            .filter(|&w| w <= 22)
            .max()
            .unwrap_or(0)
            .min(inner_w / 3);
        let text_w = inner_w.saturating_sub(key_w + 2).max(10);
        let mut lines: Vec<Line> = Vec::new();
        for (k, v) in entries {
            let mut text = lines_of(v, text_w).into_iter();
            let first = text.next().unwrap_or_default();
            if UnicodeWidthStr::width(k.as_str()) > key_w {
                lines.push(Line::styled(k, theme.bold()));
                lines.push(Line::raw(format!("{:key_w$}  {first}", "")));
            } else {
                lines.push(Line::from(vec![
                    Span::styled(format!("{k:>key_w$}  "), theme.bold()),
                    Span::raw(first),
                ]));
            }
            for more in text {
                lines.push(Line::raw(format!("{:key_w$}  {more}", "")));
            }
        }
        let all = lines.len();
        let room = area.height.saturating_sub(3) as usize;
        let scroll = self.scroll.min(all.saturating_sub(room));
        let mut shown: Vec<Line> = lines.into_iter().skip(scroll).take(room).collect();
        let more = all > room;
        let hint = if more {
            format!(
                "{} ({}–{}/{all}) · {}",
                H::ScrollDown.text(lang).1,
                scroll + 1,
                (scroll + room).min(all),
                H::CloseHelp.text(lang).1
            )
        } else {
            H::CloseHelp.text(lang).1.to_string()
        };
        shown.push(Line::styled(hint, theme.dim()));
        let r = centred(area, box_w, shown.len() as u16 + 2);
        render(buf, Clear, r);
        let block = Block::new().borders(Borders::ALL).title(format!(
            " {} — {} ",
            lang.s().tui.help_title,
            self.of.mode.text(lang).0
        ));
        render(buf, Paragraph::new(shown).block(block), r);
    }
}
