//! The key-factor screen's keys (nothing is typed here but the room's
//! count, so single keys are safe).

use crate::tui::keys::Help as H;
use crate::tui::keys::{
    ALT_COLUMNS, ALT_QUADRANTS, ARROWS, Binding, Bindings, Code, HELP_ONLY, Typing, act, bind, ch,
    column_keys, f, key, quadrant_keys,
};
use crate::tui::msg::{Act, Msg, Nav};

pub static PICKING: Bindings = Bindings {
    mode: H::ModeKeyFactors,
    typing: Typing::No,
    sections: &[PICK, BY_QUADRANT, REST, ARROWS],
};

pub static PICKING_COLUMNS: Bindings = Bindings {
    mode: H::ModePicks,
    typing: Typing::No,
    sections: &[PICK, BY_NUMBER, REST, ARROWS],
};

static PICK: &[Binding] = &[
    bind(&[key(Code::Enter), ch(' ')], act(Act::Choose), H::Pick, 0),
    bind(
        &[key(Code::Delete), ch('x')],
        act(Act::Delete),
        H::ClearPick,
        2,
    ),
];

/// A SWOT's quadrants: Tab in reading order, ←/→ the other column, the
/// quadrant's letter.
static BY_QUADRANT: &[Binding] = &[
    bind(&[key(Code::Tab)], Msg::Cycle(1), H::NextQuadrant, 1),
    bind(
        &[key(Code::BackTab)],
        Msg::Cycle(-1),
        H::PrevQuadrant,
        HELP_ONLY,
    ),
    bind(
        &[key(Code::Left), key(Code::Right)],
        Msg::Nav(Nav::Left),
        H::OtherColumn,
        HELP_ONLY,
    ),
    quadrant_keys(ALT_QUADRANTS, H::PickQuadrant, HELP_ONLY),
];

/// Other boards: several picks per column, columns by number.
static BY_NUMBER: &[Binding] = &[
    bind(
        &[key(Code::Tab), key(Code::Right)],
        Msg::Cycle(1),
        H::NextColumn,
        1,
    ),
    bind(
        &[key(Code::BackTab), key(Code::Left)],
        Msg::Cycle(-1),
        H::PrevColumn,
        HELP_ONLY,
    ),
    column_keys(ALT_COLUMNS, H::PickColumn, HELP_ONLY),
];

static REST: &[Binding] = &[
    bind(&[ch('#'), ch('t')], act(Act::Tally), H::Tally, 3),
    bind(&[ch('v')], act(Act::CloseVote), H::CloseVote, 4),
    bind(
        &[key(Code::PageUp), ch('['), ch('<')],
        Msg::Topic(-1),
        H::PrevTopic,
        5,
    ),
    bind(
        &[key(Code::PageDown), ch(']'), ch('>')],
        Msg::Topic(1),
        H::NextTopic,
        5,
    ),
    bind(&[ch('l'), f(7)], Msg::OpenPlenary, H::Plenary, 6),
    bind(&[ch('?')], Msg::Help, H::Help, HELP_ONLY),
    bind(&[key(Code::Esc), ch('q')], Msg::Escape, H::Back, 1),
];
