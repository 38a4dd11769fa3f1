//! The tables' page, from the facilitator's screen (`w`): Enter starts or
//! stops `tablee serve` in this very tablee; while it serves, each table's
//! address and its QR code, large enough for a phone across the table
//! (black on white whatever the terminal's theme); `r` renews the keys.
//! The page stops when tablee quits.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::i18n::serve::words;
use crate::tui::context::{Cx, Go, Look, Target};
use crate::tui::keys::Help as H;
use crate::tui::keys::{Binding, Bindings, Code, Typing, bind, ch, key};
use crate::tui::msg::{Msg, PageAsk};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    /// The table whose code is shown.
    pub table: usize,
}

pub static KEYS: Bindings = Bindings {
    mode: H::ModePage,
    typing: Typing::No,
    sections: &[OWN],
};

static OWN: &[Binding] = &[
    bind(&[key(Code::Enter)], Msg::Submit, H::PageToggle, 0),
    bind(
        &[key(Code::Right), key(Code::Tab), ch('n')],
        Msg::Cycle(1),
        H::PageTable,
        4,
    ),
    bind(
        &[key(Code::Left), key(Code::BackTab), ch('b')],
        Msg::Cycle(-1),
        H::PageTable,
        crate::tui::keys::HELP_ONLY,
    ),
    bind(&[ch('r')], Msg::RenewKeys, H::PageRenew, 3),
    bind(&[key(Code::Esc)], Msg::Escape, H::Back, 0),
    bind(&[ch('?'), ch('h')], Msg::Help, H::Help, 0),
    bind(&[ch('q')], Msg::Quit, H::QuitKey, 0),
];

impl crate::tui::screens::Screen for State {
    fn open(target: &Target, _room: &crate::tui::room::Room) -> Option<State> {
        (*target == Target::Page).then(State::default)
    }

    fn answers(&self, target: &Target) -> bool {
        *target == Target::Page
    }

    fn update(&mut self, cx: &mut Cx, msg: Msg) {
        let page = &cx.room().display.page;
        let n = page.tables.len().max(1);
        match msg {
            Msg::Submit => cx.page(if page.serving {
                PageAsk::Stop
            } else {
                PageAsk::Start
            }),
            Msg::RenewKeys => {
                cx.page(PageAsk::RenewKeys);
                cx.say(words(cx.room().display.lang).renewed);
            }
            Msg::Cycle(step) => {
                self.table = (self.table as isize + step as isize).rem_euclid(n as isize) as usize;
            }
            Msg::Escape | Msg::OpenPage => cx.go(Go::Back),
            Msg::Help => cx.open(Target::Help),
            Msg::Quit => cx.go(Go::Quit),
            _ => {}
        }
    }

    fn bindings(&self) -> &'static Bindings {
        &KEYS
    }

    fn view(&self, look: &Look, area: Rect, buf: &mut Buffer) {
        let room = look.room;
        let lang = room.display.lang;
        let w = words(lang);
        let page = &room.display.page;
        let theme = &look.theme;
        let state = if page.serving {
            w.screen_serving
        } else {
            w.screen_stopped
        };
        let [head, body, foot] = Layout::vertical([
            Constraint::Length(2),
            Constraint::Min(0),
            Constraint::Length(1),
        ])
        .areas(area);
        let footer = crate::tui::keys::footer_line(self.bindings(), look, Vec::new(), foot.width);
        Paragraph::new(footer).render(foot, buf);
        Paragraph::new(vec![
            Line::from(vec![
                Span::styled(w.screen_title, theme.bold()),
                Span::raw(" · "),
                Span::styled(state, theme.bold()),
            ]),
            Line::from(look.notice.unwrap_or("")),
        ])
        .render(head, buf);
        if !page.serving || page.tables.is_empty() {
            let mut lines = vec![Line::from(w.screen_start)];
            if let Some(p) = &page.problem {
                lines.push(Line::from(""));
                lines.push(Line::from(p.as_str()));
            }
            Paragraph::new(lines)
                .wrap(Wrap { trim: true })
                .render(body, buf);
            return;
        }
        let shown = &page.tables[self.table.min(page.tables.len() - 1)];
        let code = crate::serve::qr::half_blocks(&shown.url, true);
        let code_width = code.first().map_or(0, |l| l.chars().count()) as u16;
        let [qr, list] =
            Layout::horizontal([Constraint::Length(code_width + 2), Constraint::Min(0)])
                .areas(body);
        // Black ink on white, whatever the terminal's colours.
        let ink = Style::new().fg(Color::Black).bg(Color::White);
        let code_lines: Vec<Line> = code.into_iter().map(|l| Line::styled(l, ink)).collect();
        Paragraph::new(code_lines).render(qr, buf);
        let mut lines = vec![
            Line::styled(
                format!("{} {} · {}", w.table, shown.table, shown.topic),
                theme.bold(),
            ),
            Line::from(shown.url.as_str()),
            Line::styled(w.screen_scan, theme.dim()),
            Line::from(""),
        ];
        for (i, t) in page.tables.iter().enumerate() {
            let mark = if i == self.table { "▶ " } else { "  " };
            lines.push(Line::from(format!("{mark}{} {}", w.table, t.table)));
            lines.push(Line::styled(format!("  {}", t.url), theme.dim()));
        }
        if page.no_lan {
            lines.push(Line::from(""));
            lines.push(Line::from(w.no_lan));
        }
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(list, buf);
    }
}
