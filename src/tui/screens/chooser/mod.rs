//! The table chooser, over the facilitator's screen (`c`): arrows and
//! Enter, or a table's letter, open that table's capture.

use crate::i18n::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use crate::tui::context::{Cx, Go, Look, Target};
use crate::tui::editor::EditKey;
use crate::tui::keys::Help as H;
use crate::tui::keys::{Binding, Bindings, Code, Typing, bind, key};
use crate::tui::msg::{Msg, Nav};
use crate::tui::widgets::overlay::centred;
use crate::tui::widgets::{render, safe};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct State {
    /// The highlighted table.
    pub at: usize,
}

pub static KEYS: Bindings = Bindings {
    mode: H::ModeChooser,
    typing: Typing::Text,
    sections: &[OWN],
};

static OWN: &[Binding] = &[
    bind(&[key(Code::Enter)], Msg::Submit, H::OpenTable, 0),
    bind(
        &[key(Code::Up), key(Code::BackTab)],
        Msg::Nav(Nav::Up),
        H::Up,
        2,
    ),
    bind(
        &[key(Code::Down), key(Code::Tab)],
        Msg::Nav(Nav::Down),
        H::Down,
        2,
    ),
    bind(&[key(Code::Esc)], Msg::Escape, H::Cancel, 1),
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
        let tables = &cx.room().session.tables;
        let n = tables.len().max(1);
        match msg {
            Msg::Nav(Nav::Up) => self.at = (self.at + n - 1) % n,
            Msg::Nav(Nav::Down) => self.at = (self.at + 1) % n,
            Msg::Submit if self.at < tables.len() => {
                let table = tables[self.at].key.clone();
                cx.open(Target::Capture { table });
            }
            Msg::Key(EditKey::Char(c)) => {
                let typed = c.to_string();
                match cx.room().session.table(&typed) {
                    Some(t) => {
                        let table = t.key.clone();
                        cx.open(Target::Capture { table });
                    }
                    None => cx.say(cx.room().display.lang.s().cap.no_such_table),
                }
            }
            Msg::Escape | Msg::OpenCapture => cx.go(Go::Back),
            _ => {}
        }
    }

    fn view(&self, look: &Look, area: Rect, buf: &mut Buffer) {
        let app = look.room;
        let theme = &look.theme;
        let s = app.display.lang.s();
        let mut lines: Vec<Line> = Vec::new();
        for (i, t) in app.session.tables.iter().enumerate() {
            let topic = app
                .session
                .topic(&t.topic)
                .map(|x| safe(&x.title))
                .unwrap_or_default();
            let host = if t.host.is_empty() {
                String::new()
            } else {
                format!(" · {}", safe(&t.host))
            };
            let text = format!(
                "{} {} — {} {}{host}",
                if i == self.at { "▶" } else { " " },
                safe(&t.key),
                safe(&t.topic),
                topic
            );
            let style = if i == self.at {
                theme.bold().add_modifier(Modifier::REVERSED)
            } else {
                theme.bold().remove_modifier(Modifier::BOLD)
            };
            lines.push(Line::styled(text, style));
        }
        if let Some(n) = look.notice {
            lines.push(Line::styled(n.to_string(), theme.bold()));
        }
        let r = centred(area, 70, lines.len() as u16 + 3);
        let keys = KEYS.footer(app.display.lang, r.width.saturating_sub(2) as usize);
        lines.push(Line::styled(keys, theme.dim()));
        render(buf, Clear, r);
        let block = Block::new()
            .borders(Borders::ALL)
            .title(format!(" {} ", s.cap.pick_table));
        // One row per table, cut rather than wrapped: the keys stay visible.
        render(buf, Paragraph::new(lines).block(block), r);
    }
}
