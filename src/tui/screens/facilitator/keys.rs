//! The facilitator's keys: single keys (nothing is typed on this screen,
//! except a name to find in the seating).

use crate::tui::keys::Help as H;
use crate::tui::keys::{Bindings, CLOCK_DRIVE, Code, HELP_ONLY, Typing, bind, ch, f, key};
use crate::tui::msg::Msg;

pub static CLOCK: Bindings = Bindings {
    mode: H::ModeClock,
    typing: Typing::No,
    sections: &[CLOCK_DRIVE, CLOCK_KEYS],
};

static CLOCK_KEYS: &[crate::tui::keys::Binding] = &[
    bind(&[ch('p'), f(5)], Msg::Projector, H::Projector, 4),
    bind(&[ch('c')], Msg::OpenCapture, H::Capture, 3),
    bind(&[ch('k'), f(6)], Msg::OpenKeyFactors, H::KeyFactors, 5),
    bind(&[ch('l'), f(7)], Msg::OpenPlenary, H::Plenary, 5),
    bind(&[ch('d'), f(9)], Msg::OpenDebate, H::Debate, 7),
    bind(&[ch('w')], Msg::OpenPage, H::OpenPage, 7),
    bind(&[ch('f')], Msg::OpenForms, H::OpenForms, 8),
    bind(&[ch('i')], Msg::OpenDoor, H::OpenDoor, 8),
    bind(&[ch('r')], Msg::Reseat, H::Reseat, 8),
    bind(&[ch('a')], Msg::ShareAlone, H::ShareAlone, 8),
    bind(&[key(Code::Tab)], Msg::Page(1), H::SeatingNext, HELP_ONLY),
    bind(
        &[key(Code::BackTab)],
        Msg::Page(-1),
        H::SeatingPrev,
        HELP_ONLY,
    ),
    bind(&[ch('/')], Msg::FindStart, H::Find, 6),
    bind(&[ch('?'), ch('h')], Msg::Help, H::Help, 0),
    bind(&[key(Code::Esc)], Msg::Escape, H::FindCancel, HELP_ONLY),
    bind(&[ch('q')], Msg::Quit, H::QuitKey, 0),
];

/// The demo (`tablee` alone): the clock's keys, and one to leave the demo
/// for the set-up of one's own session.
pub static DEMO: Bindings = Bindings {
    mode: H::ModeDemo,
    typing: Typing::No,
    sections: &[DEMO_KEYS, CLOCK_DRIVE, CLOCK_KEYS],
};

static DEMO_KEYS: &[crate::tui::keys::Binding] =
    &[bind(&[ch('s')], Msg::PrepareOwn, H::PrepareOwn, 1)];

/// A screen that follows the room's clock (`run --follow`): no clock keys.
pub static FOLLOW: Bindings = Bindings {
    mode: H::ModeFollow,
    typing: Typing::No,
    sections: &[CLOCK_KEYS, FOLLOWING],
};

/// The clock's keys on a following screen: they say why nothing happens.
static FOLLOWING: &[crate::tui::keys::Binding] = &[
    bind(&[ch(' ')], Msg::Toggle, H::FollowOnly, HELP_ONLY),
    bind(
        &[ch('+'), ch('='), key(Code::Up)],
        Msg::Minutes(1),
        H::FollowOnly,
        HELP_ONLY,
    ),
    bind(
        &[ch('-'), ch('_'), key(Code::Down)],
        Msg::Minutes(-1),
        H::FollowOnly,
        HELP_ONLY,
    ),
    bind(
        &[ch('n'), key(Code::Right), key(Code::PageDown)],
        Msg::Next,
        H::FollowOnly,
        HELP_ONLY,
    ),
    bind(
        &[ch('b'), key(Code::Left), key(Code::PageUp)],
        Msg::Back,
        H::FollowOnly,
        HELP_ONLY,
    ),
    bind(&[ch('m')], Msg::Mute, H::FollowOnly, HELP_ONLY),
];

pub static FIND: Bindings = Bindings {
    mode: H::ModeFind,
    typing: Typing::Text,
    sections: &[FIND_KEYS],
};

static FIND_KEYS: &[crate::tui::keys::Binding] = &[
    bind(&[key(Code::Enter)], Msg::FindDone, H::FindDone, 1),
    bind(&[key(Code::Esc)], Msg::Escape, H::FindCancel, 1),
    bind(&[key(Code::Backspace)], Msg::FindBack, H::Erase, 1),
];
