//! A yes/no question over the screen: quit during a round, or quit with
//! a post-it half typed or not saved.

use crate::i18n::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::tui::context::{Cx, Go, Look};
use crate::tui::keys::Help as H;
use crate::tui::keys::{Binding, Bindings, Code, Typing, bind, ch, key};
use crate::tui::msg::Msg;
use crate::tui::widgets::overlay;

/// Which question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Question {
    /// Quit while a round is running.
    QuitRunning,
    /// Quit with typing or changes that would be lost.
    QuitUnsaved,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct State {
    pub question: Question,
}

pub static KEYS: Bindings = Bindings {
    mode: H::ModeConfirm,
    typing: Typing::No,
    sections: &[OWN],
};

static OWN: &[Binding] = &[
    bind(
        &[ch('y'), ch('Y'), ch('o'), ch('O'), key(Code::Enter)],
        Msg::Confirm(true),
        H::Yes,
        0,
    ),
    bind(
        &[ch('n'), ch('N'), key(Code::Esc)],
        Msg::Confirm(false),
        H::No,
        0,
    ),
];

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

    fn update(&mut self, cx: &mut Cx, msg: Msg) {
        match msg {
            // Ctrl-Q again: yes.
            Msg::Confirm(true) | Msg::Quit => cx.go(Go::QuitNow),
            Msg::Confirm(false) | Msg::Escape => cx.go(Go::Back),
            _ => {}
        }
    }

    fn view(&self, look: &Look, area: Rect, buf: &mut Buffer) {
        let s = look.room.display.lang.s();
        let text = match self.question {
            Question::QuitRunning => s.tui.quit_running,
            Question::QuitUnsaved => s.cap.quit_unsaved,
        };
        overlay::confirm(text, &look.theme, buf, area);
    }
}
