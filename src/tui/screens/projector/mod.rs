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
        Some(h.finish())
    }

    /// Who sits where and moves where: changes with the phase.
    fn view(&self, look: &Look, area: Rect, buf: &mut Buffer) {
        let [_, board] = Self::areas(area);
        rotation::board(look.room, &self.seating, &look.theme, buf, board);
    }

    fn clock_layer(&self, look: &Look, area: Rect, buf: &mut Buffer) {
        let [clock, _] = Self::areas(area);
        clock_panel::panel(look.room, look.notice, &look.theme, buf, clock);
    }
}
