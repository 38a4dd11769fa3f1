//! The plenary's keys: every printable key types the action.

use crate::tui::keys::Help as H;
use crate::tui::keys::{
    ALT_COLUMNS, ALT_QUADRANTS, Binding, Bindings, Code, EDITING, HELP_ONLY, Typing, act, alt_key,
    bind, column_keys, ctrl, ctrl_shift, f, key, quadrant_keys,
};
use crate::tui::msg::{Act, Msg, Nav};

pub static TYPING: Bindings = Bindings {
    mode: H::ModePlenary,
    typing: Typing::Text,
    sections: &[TYPING_HEAD, SLOT_BY_LETTER, TYPING_OWN, BOTH, EDITING],
};

pub static ACTIONS: Bindings = Bindings {
    mode: H::ModeActions,
    typing: Typing::Text,
    sections: &[ACTIONS_OWN, BOTH],
};

/// On a board other than SWOT, a column's actions are chosen by number.
pub static TYPING_COLUMNS: Bindings = Bindings {
    mode: H::ModePlenary,
    typing: Typing::Text,
    sections: &[TYPING_HEAD, SLOT_BY_NUMBER, TYPING_OWN, BOTH, EDITING],
};

/// The same, where the focused column holds several picks: Alt-↑/↓ say
/// which one the new action answers.
pub static TYPING_PICKS: Bindings = Bindings {
    mode: H::ModePlenary,
    typing: Typing::Text,
    sections: &[
        TYPING_HEAD,
        PICKS,
        SLOT_BY_LETTER,
        TYPING_OWN,
        BOTH,
        EDITING,
    ],
};

pub static TYPING_COLUMNS_PICKS: Bindings = Bindings {
    mode: H::ModePlenary,
    typing: Typing::Text,
    sections: &[
        TYPING_HEAD,
        PICKS,
        SLOT_BY_NUMBER,
        TYPING_OWN,
        BOTH,
        EDITING,
    ],
};

static PICKS: &[Binding] = &[
    bind(&[alt_key(Code::Down)], Msg::Pick(1), H::NextPick, 0),
    bind(&[alt_key(Code::Up)], Msg::Pick(-1), H::PrevPick, HELP_ONLY),
];

static TYPING_HEAD: &[Binding] = &[
    bind(&[key(Code::Enter)], Msg::Submit, H::SaveAction, 0),
    bind(&[key(Code::Tab)], Msg::Cycle(1), H::NextSlot, 1),
    bind(
        &[key(Code::BackTab)],
        Msg::Cycle(-1),
        H::PrevSlot,
        HELP_ONLY,
    ),
];

static SLOT_BY_LETTER: &[Binding] = &[quadrant_keys(ALT_QUADRANTS, H::PickSlot, 3)];

static SLOT_BY_NUMBER: &[Binding] = &[column_keys(ALT_COLUMNS, H::PickColumn, 3)];

static TYPING_OWN: &[Binding] = &[
    bind(&[key(Code::Up)], Msg::Nav(Nav::Up), H::IntoActions, 2),
    bind(&[ctrl('z')], act(Act::Undo), H::UndoTyping, HELP_ONLY),
    bind(
        &[ctrl('y'), ctrl_shift('z')],
        act(Act::Redo),
        H::Redo,
        HELP_ONLY,
    ),
    bind(&[ctrl('u')], act(Act::Clear), H::ClearInput, HELP_ONLY),
    bind(&[key(Code::Esc)], Msg::Escape, H::Back, 1),
];

static ACTIONS_OWN: &[Binding] = &[
    bind(&[key(Code::Enter)], act(Act::Edit), H::EditAction, 0),
    bind(&[key(Code::Delete)], act(Act::Delete), H::WithdrawAction, 0),
    bind(&[key(Code::Up)], Msg::Nav(Nav::Up), H::Up, HELP_ONLY),
    bind(&[key(Code::Down)], Msg::Nav(Nav::Down), H::Down, HELP_ONLY),
    bind(&[key(Code::Tab)], Msg::Cycle(1), H::NextSlot, 2),
    bind(
        &[key(Code::BackTab)],
        Msg::Cycle(-1),
        H::PrevSlot,
        HELP_ONLY,
    ),
    bind(&[key(Code::Esc)], Msg::Escape, H::BackToTyping, 1),
];

static BOTH: &[Binding] = &[
    bind(&[key(Code::PageUp)], Msg::Topic(-1), H::PrevTopic, 5),
    bind(&[key(Code::PageDown)], Msg::Topic(1), H::NextTopic, 5),
    bind(&[f(6)], Msg::OpenKeyFactors, H::KeyFactors, 6),
    bind(&[f(8)], Msg::OpenFollowUp, H::FollowUp, 7),
];
