//! The facilitator's screen: the round clock in big digits, the agenda,
//! and who sits where now and moves where next. Space, +/−, n/b drive the
//! clock; `p` opens the projector's view; `c` a table's capture.

mod agenda;
pub mod keys;
pub mod view;

use crate::tui::context::{Cx, Go, Target};
use crate::tui::editor::EditKey;
use crate::tui::msg::Msg;
use crate::tui::widgets::rotation::Seating;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    /// The individual seating's page and search.
    pub seating: Seating,
    /// Follows the room's clock without driving it (`run --follow`).
    pub following: bool,
    /// The demo (`tablee` alone): `s` leaves it for the set-up.
    pub demo: bool,
}

impl crate::tui::screens::Screen for State {
    fn open(_target: &Target, _room: &crate::tui::room::Room) -> Option<State> {
        // The home screen: made once, by the app.
        None
    }

    fn view(
        &self,
        look: &crate::tui::context::Look,
        area: ratatui::layout::Rect,
        buf: &mut ratatui::buffer::Buffer,
    ) {
        view::static_layer(self, look, area, buf)
    }

    fn static_key(
        &self,
        look: &crate::tui::context::Look,
        area: ratatui::layout::Rect,
    ) -> Option<u64> {
        Some(view::static_key(self, look, area))
    }

    fn clock_layer(
        &self,
        look: &crate::tui::context::Look,
        area: ratatui::layout::Rect,
        buf: &mut ratatui::buffer::Buffer,
    ) {
        view::clock_layer(self, look, area, buf)
    }

    fn update(&mut self, cx: &mut Cx, msg: Msg) {
        if cx.clock(&msg) {
            return;
        }
        let seat = &mut self.seating;
        match msg {
            Msg::Projector => cx.open(Target::Projector),
            Msg::Escape if seat.finding || !seat.find.is_empty() => {
                seat.finding = false;
                seat.find.clear();
                seat.page = 0;
            }
            Msg::Quit => cx.go(Go::Quit),
            Msg::Page(step) => seat.page = seat.page.saturating_add_signed(step as isize),
            Msg::FindStart => {
                seat.finding = true;
                seat.page = 0;
            }
            Msg::Key(EditKey::Char(c))
                if seat.finding && !c.is_control() && seat.find.chars().count() < 40 =>
            {
                seat.find.push(c);
                seat.page = 0;
            }
            Msg::FindBack => {
                seat.find.pop();
            }
            Msg::FindDone => seat.finding = false,
            Msg::OpenCapture => cx.open(Target::ChooseTable),
            Msg::OpenKeyFactors => cx.open(Target::KeyFactors { topic: None }),
            Msg::OpenPlenary => cx.open(Target::Plenary { topic: None }),
            Msg::OpenDebate => cx.open(Target::Debate),
            Msg::OpenForms => cx.open(Target::Forms),
            Msg::OpenDoor => cx.open(Target::Door),
            Msg::Reseat => cx.reseat(),
            Msg::OpenPage => cx.open(Target::Page),
            Msg::ShareAlone => {
                let lang = cx.room().display.lang;
                match crate::core::ops::share(&cx.room().notes.board, None) {
                    Some(body) => {
                        let n = match &body {
                            crate::core::event::Body::Share { notes } => notes.len(),
                            _ => 0,
                        };
                        cx.emit(body);
                        cx.say(crate::i18n::serve::Said::Shared(n).text(lang));
                    }
                    None => cx.say(crate::i18n::serve::Said::NothingPrivate.text(lang)),
                }
            }
            Msg::PrepareOwn if self.demo => cx.go(Go::PrepareOwn),
            _ => {}
        }
    }

    fn bindings(&self) -> &'static crate::tui::keys::Bindings {
        if self.seating.finding {
            &keys::FIND
        } else if self.following {
            &keys::FOLLOW
        } else if self.demo {
            &keys::DEMO
        } else {
            &keys::CLOCK
        }
    }
}
