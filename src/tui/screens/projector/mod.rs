//! The projector's view: the round clock and who goes where, very large,
//! for the room to read. The clock's keys work here too; Esc or `p` goes
//! back to the facilitator's screen.

use std::hash::{Hash, Hasher};

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};

use crate::tui::context::{Cx, Look, Target};
use crate::tui::keys::Help as H;
use crate::tui::keys::{Binding, Bindings, CLOCK_DRIVE, Code, Typing, bind, ch, f, key};
use crate::tui::msg::Msg;
use crate::tui::widgets::clock_panel;
use crate::tui::widgets::rotation::{self, Seating};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    pub seating: Seating,
}

pub static KEYS: Bindings = Bindings {
    mode: H::ModeProjector,
    typing: Typing::No,
    sections: &[CLOCK_DRIVE, OWN],
};

static OWN: &[Binding] = &[
    bind(&[key(Code::Esc), ch('p'), f(5)], Msg::Escape, H::Back, 0),
    bind(&[key(Code::Tab)], Msg::Page(1), H::SeatingNext, 5),
    bind(&[key(Code::BackTab)], Msg::Page(-1), H::SeatingPrev, 5),
];

impl State {
    fn areas(area: Rect) -> [Rect; 2] {
        Layout::vertical([Constraint::Percentage(60), Constraint::Min(0)]).areas(area)
    }
}

/// What the room is to do now, for the back of the room: the phase's
/// instruction when the session gives one; else, during rounds, each
/// topic's question and, on SWOT boards, what each quadrant is for.
pub fn instruction(room: &crate::tui::room::Room) -> Vec<String> {
    use crate::core::model::{BoardKind, PhaseKind};
    use crate::i18n::prelude::*;
    let s = &room.session;
    let lang = room.display.lang;
    let Some(phase) = s.agenda.get(room.clock.phase) else {
        return Vec::new();
    };
    if !phase.description.trim().is_empty() {
        return vec![phase.description.trim().to_string()];
    }
    if phase.kind != PhaseKind::Round {
        return Vec::new();
    }
    let mut out: Vec<String> = s
        .topics
        .iter()
        .filter(|t| !t.question.trim().is_empty())
        .map(|t| format!("{}{}{}", t.key, lang.colon(), t.question.trim()))
        .collect();
    if s.topics.iter().any(|t| t.board == BoardKind::Swot) {
        let q = &lang.s().quadrants;
        out.push(
            q.iter()
                .map(|w| format!("{} — {}", w.name, w.hint))
                .collect::<Vec<_>>()
                .join(" · "),
        );
    }
    out
}

impl crate::tui::screens::Screen for State {
    fn open(target: &Target, _room: &crate::tui::room::Room) -> Option<State> {
        (*target == Target::Projector).then(State::default)
    }

    fn answers(&self, target: &Target) -> bool {
        *target == Target::Projector
    }

    fn update(&mut self, cx: &mut Cx, msg: Msg) {
        if cx.clock(&msg) {
            return;
        }
        match msg {
            Msg::Escape | Msg::Projector => cx.go(crate::tui::context::Go::Back),
            Msg::Page(step) => {
                self.seating.page = self.seating.page.saturating_add_signed(step as isize)
            }
            _ => {}
        }
    }

    fn bindings(&self) -> &'static Bindings {
        &KEYS
    }

    fn static_key(&self, look: &Look, area: Rect) -> Option<u64> {
        let app = look.room;
        let mut h = std::collections::hash_map::DefaultHasher::new();
        (area.width, area.height).hash(&mut h);
        app.clock.phase.hash(&mut h);
        (app.clock.run != crate::core::clock::Run::Idle).hash(&mut h);
        (app.display.lang, app.display.colors).hash(&mut h);
        self.seating.hash(&mut h);
        instruction(app).hash(&mut h);
        Some(h.finish())
    }

    /// Who sits where and moves where: changes with the phase.
    fn view(&self, look: &Look, area: Rect, buf: &mut Buffer) {
        let [_, below] = Self::areas(area);
        // What to do now first, bold, wrapped; who goes where under it.
        let width = below.width.saturating_sub(2).max(1) as usize;
        // Whole items only, within a share of the room that leaves who
        // goes where readable: an instruction gets half; a round's
        // questions a third, all of them or none (one topic's question
        // alone would mislead), then the quadrants if they fit.
        let items = instruction(look.room);
        let is_round = look
            .room
            .session
            .agenda
            .get(look.room.clock.phase)
            .is_some_and(|p| p.description.trim().is_empty());
        let budget = if is_round {
            below.height / 3
        } else {
            below.height / 2
        } as usize;
        let wrapped: Vec<Vec<String>> = items
            .iter()
            .map(|t| crate::tui::widgets::wrap::lines(&crate::tui::widgets::safe(t), width))
            .collect();
        let mut lines: Vec<String> = Vec::new();
        if is_round {
            let (quadrants, questions) = match wrapped.split_last() {
                Some((last, rest))
                    if look
                        .room
                        .session
                        .topics
                        .iter()
                        .any(|t| t.board == crate::core::model::BoardKind::Swot) =>
                {
                    (Some(last), rest)
                }
                _ => (None, &wrapped[..]),
            };
            let asked: usize = questions.iter().map(Vec::len).sum();
            if asked <= budget {
                lines.extend(questions.iter().flatten().cloned());
            }
            if let Some(q) = quadrants
                && lines.len() + q.len() <= budget
            {
                lines.extend(q.iter().cloned());
            }
        } else if let Some(first) = wrapped.first() {
            lines.extend(first.iter().take(budget).cloned());
        }
        let rows = lines.len() as u16;
        let [said, board] =
            Layout::vertical([Constraint::Length(rows), Constraint::Min(0)]).areas(below);
        if rows > 0 {
            let text: Vec<ratatui::text::Line> = lines
                .into_iter()
                .take(rows as usize)
                .map(|l| ratatui::text::Line::styled(format!(" {l}"), look.theme.bold()))
                .collect();
            crate::tui::widgets::render(buf, ratatui::widgets::Paragraph::new(text), said);
        }
        rotation::board(look.room, &self.seating, &look.theme, buf, board);
    }

    fn clock_layer(&self, look: &Look, area: Rect, buf: &mut Buffer) {
        let [clock, _] = Self::areas(area);
        clock_panel::panel(look.room, look.notice, &look.theme, buf, clock);
    }
}
