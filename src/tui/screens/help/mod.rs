//! The help overlay: every key of the screen below it, in its current
//! mode, made from that screen's binding table (never written by hand).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use crate::tui::context::{Cx, Go, Look};
use crate::tui::keys::Bindings;
use crate::tui::keys::Help as H;
use crate::tui::msg::Msg;
use crate::tui::widgets::overlay::centred;
use crate::tui::widgets::render;

/// The help of one screen's keys.
#[derive(Debug, Clone, Copy)]
pub struct State {
    pub of: &'static Bindings,
}

impl PartialEq for State {
    fn eq(&self, other: &State) -> bool {
        std::ptr::eq(self.of, other.of)
    }
}

pub static KEYS: Bindings = Bindings {
    mode: H::ModeHelp,
    typing: crate::tui::keys::Typing::No,
    sections: &[],
};

impl State {
    /// Any key closes it.
    pub fn update(&mut self, cx: &mut Cx, _msg: Msg) {
        cx.go(Go::Back);
    }

    pub fn view(&self, look: &Look, area: Rect, buf: &mut Buffer) {
        let lang = look.room.lang;
        let theme = &look.theme;
        let entries = self.of.help(lang);
        let width = entries
            .iter()
            .map(|(k, _)| unicode_width::UnicodeWidthStr::width(k.as_str()))
            .max()
            .unwrap_or(0)
            .min(28);
        let mut lines: Vec<Line> = entries
            .into_iter()
            .map(|(k, v)| {
                Line::from(vec![
                    Span::styled(format!("{k:>width$}  "), theme.bold()),
                    Span::raw(v),
                ])
            })
            .collect();
        lines.push(Line::styled(H::CloseHelp.text(lang).1, theme.dim()));
        let r = centred(area, 96, lines.len() as u16 + 2);
        render(buf, Clear, r);
        let block = Block::new().borders(Borders::ALL).title(format!(
            " {} — {} ",
            lang.s().tui.help_title,
            self.of.mode.text(lang).0
        ));
        render(
            buf,
            Paragraph::new(lines)
                .block(block)
                .wrap(Wrap { trim: false }),
            r,
        );
    }
}
