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
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Instruction {
    /// The débat mouvant's statement the room is on, quoted.
    pub statement: Option<String>,
    pub said: Option<String>,
    pub questions: Vec<String>,
    pub quadrants: Option<String>,
}

pub fn instruction(room: &crate::tui::room::Room) -> Instruction {
    use crate::core::model::{BoardKind, PhaseKind};
    use crate::i18n::prelude::*;
    let s = &room.session;
    let lang = room.display.lang;
    let Some(phase) = s.agenda.get(room.clock.phase) else {
        return Instruction::default();
    };
    if phase.kind == PhaseKind::Debate {
        // The statement the débat screen is on (on any laptop), else the
        // first: the room reads what it is to stand on.
        let on = room.notes.board.debate_on.as_deref();
        let statement = s
            .statements
            .iter()
            .find(|st| on.is_some_and(|on| crate::core::debate::same(st, on)))
            .or(s.statements.first())
            .map(|st| lang.quote(st.trim()));
        let said = Some(phase.description.trim())
            .filter(|d| !d.is_empty())
            .map(str::to_string);
        if statement.is_some() || said.is_some() {
            return Instruction {
                statement,
                said,
                ..Instruction::default()
            };
        }
    }
    if !phase.description.trim().is_empty() {
        return Instruction {
            said: Some(phase.description.trim().to_string()),
            ..Instruction::default()
        };
    }
    if phase.kind != PhaseKind::Round {
        return Instruction::default();
    }
    Instruction {
        statement: None,
        said: None,
        questions: s
            .topics
            .iter()
            .filter(|t| !t.question.trim().is_empty())
            .map(|t| format!("{}{}{}", t.key, lang.colon(), t.question.trim()))
            .collect(),
        quadrants: s
            .topics
            .iter()
            .any(|t| t.board == BoardKind::Swot)
            .then(|| {
                lang.s()
                    .quadrants
                    .iter()
                    .map(|w| format!("{} — {}", w.name, w.hint))
                    .collect::<Vec<_>>()
                    .join(" · ")
            }),
    }
}

/// The lines of `it` that fit `rows` whole at `width`: an instruction
/// within half of them; a round's questions within a third, all of them
/// or none (one topic's question alone would mislead), then the
/// quadrants if they fit too.
fn fitted(it: &Instruction, width: usize, rows: usize) -> Vec<String> {
    use crate::tui::widgets::{safe, wrap::lines};
    if let Some(statement) = &it.statement {
        // The statement whole, with a blank line to set it apart, then the
        // instruction if it fits too; all within half of the rows.
        let mut out = lines(&safe(statement), width);
        if out.len() > rows / 2 {
            out.truncate(rows / 2);
            return out;
        }
        if let Some(said) = &it.said {
            let said = lines(&safe(said), width);
            if out.len() + 1 + said.len() <= rows / 2 {
                out.push(String::new());
                out.extend(said);
            }
        }
        return out;
    }
    if let Some(said) = &it.said {
        return lines(&safe(said), width)
            .into_iter()
            .take(rows / 2)
            .collect();
    }
    let budget = rows / 3;
    let mut out: Vec<String> = Vec::new();
    let asked: Vec<String> = it
        .questions
        .iter()
        .flat_map(|q| lines(&safe(q), width))
        .collect();
    if asked.len() <= budget {
        out = asked;
    }
    if let Some(q) = &it.quadrants {
        let q = lines(&safe(q), width);
        if out.len() + q.len() <= budget {
            out.extend(q);
        }
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
        let lines = fitted(&instruction(look.room), width, below.height as usize);
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
