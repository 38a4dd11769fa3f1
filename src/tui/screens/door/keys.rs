//! The door's keys: every printable key types the name looked for, the
//! arrows choose in the list, Enter ticks in (or back out), Esc clears
//! the name, then goes back.

use crate::tui::keys::Help as H;
use crate::tui::keys::{Binding, Bindings, Code, EDITING, HELP_ONLY, Typing, bind, key};
use crate::tui::msg::{Msg, Nav};

pub static KEYS: Bindings = Bindings {
    mode: H::ModeDoor,
    typing: Typing::Text,
    sections: &[OWN, EDITING],
};

static OWN: &[Binding] = &[
    bind(&[key(Code::Enter)], Msg::Submit, H::DoorTick, 0),
    bind(&[key(Code::Up)], Msg::Nav(Nav::Up), H::DoorMove, 1),
    bind(
        &[key(Code::Down)],
        Msg::Nav(Nav::Down),
        H::DoorMove,
        HELP_ONLY,
    ),
    bind(&[key(Code::Esc)], Msg::Escape, H::Back, 2),
];
