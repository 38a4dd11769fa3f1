//! The set-up screen's keys: single keys move and act while nothing is
//! being typed; in a field, every printable key types.

use crate::tui::keys::Help as H;
use crate::tui::keys::{
    ARROWS, Binding, Bindings, Code, EDITING, HELP_ONLY, Typing, act, alt_key, bind, ch, ctrl,
    ctrl_shift, key,
};
use crate::tui::msg::{Act, Msg, Nav};

pub static TABLE: Bindings = Bindings {
    mode: H::ModeSetup,
    typing: Typing::No,
    sections: &[OWN, ARROWS],
};

pub static FIELD: Bindings = Bindings {
    mode: H::ModeSetupField,
    typing: Typing::Text,
    sections: &[FIELD_OWN, EDITING],
};

static OWN: &[Binding] = &[
    bind(&[key(Code::Enter)], act(Act::Edit), H::SetupEdit, 0),
    bind(&[ctrl('s')], act(Act::Save), H::SetupSave, 0),
    bind(&[key(Code::Tab)], Msg::Cycle(1), H::SetupSection, 1),
    bind(
        &[key(Code::BackTab)],
        Msg::Cycle(-1),
        H::SetupSection,
        HELP_ONLY,
    ),
    bind(
        &[key(Code::Left)],
        Msg::Nav(Nav::Left),
        H::SetupField,
        HELP_ONLY,
    ),
    bind(
        &[key(Code::Right)],
        Msg::Nav(Nav::Right),
        H::SetupField,
        HELP_ONLY,
    ),
    bind(&[ch('a'), key(Code::Insert)], act(Act::Add), H::SetupAdd, 2),
    bind(
        &[key(Code::Delete), ch('x')],
        act(Act::Delete),
        H::SetupRemove,
        3,
    ),
    bind(
        &[alt_key(Code::Up), ch('K')],
        act(Act::Shift(-1)),
        H::SetupRaise,
        HELP_ONLY,
    ),
    bind(
        &[alt_key(Code::Down), ch('J')],
        act(Act::Shift(1)),
        H::SetupLower,
        HELP_ONLY,
    ),
    bind(&[ctrl('z'), ch('u')], act(Act::Undo), H::Undo, 4),
    bind(
        &[ctrl('y'), ctrl_shift('z')],
        act(Act::Redo),
        H::Redo,
        HELP_ONLY,
    ),
    bind(&[ch('?')], Msg::Help, H::Help, HELP_ONLY),
    bind(
        &[key(Code::Esc), ch('q')],
        Msg::Escape,
        H::QuitKey,
        HELP_ONLY,
    ),
];

static FIELD_OWN: &[Binding] = &[
    bind(&[key(Code::Enter)], Msg::Submit, H::SetupDone, 0),
    bind(&[key(Code::Esc)], Msg::Escape, H::SetupCancel, 0),
    bind(&[ctrl('s')], act(Act::Save), H::SetupSave, 1),
    bind(&[ctrl('u')], act(Act::Clear), H::ClearInput, HELP_ONLY),
    bind(&[ctrl('z')], act(Act::Undo), H::UndoTyping, HELP_ONLY),
];
