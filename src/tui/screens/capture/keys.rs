//! The note-taker's keys. Printable keys always type (in selection mode
//! they go back to typing with that character); commands are Enter,
//! Delete, the arrows, function keys and Ctrl/Alt chords, which never
//! occur in prose.

use crate::tui::editor::EditKey;
use crate::tui::keys::Help as H;
use crate::tui::keys::{
    ALT_COLUMNS, ALT_QUADRANTS, ARROWS, Binding, Bindings, COLUMNS, Code, EDITING, HELP_ONLY,
    QUADRANTS, Typing, act, alt, alt_key, bind, column_keys, ctrl, ctrl_key, ctrl_shift, f, key,
    quadrant_keys, shift,
};
use crate::tui::msg::{Act, Msg, Nav};

pub static TYPING: Bindings = Bindings {
    mode: H::ModeTyping,
    typing: Typing::Text,
    sections: &[TYPING_HEAD, TYPING_QUADRANTS, TYPING_OWN, BOTH, EDITING],
};

pub static SELECTING: Bindings = Bindings {
    mode: H::ModeSelect,
    typing: Typing::Text,
    sections: &[SELECTING_OWN, JUMPS, BOTH, ARROWS],
};

pub static MOVING: Bindings = Bindings {
    mode: H::ModeMove,
    typing: Typing::Text,
    sections: &[MOVING_OWN, MOVING_ESC],
};

pub static MERGING: Bindings = Bindings {
    mode: H::ModeMerge,
    typing: Typing::Text,
    sections: &[MERGING_OWN, JUMPS, ARROWS],
};

/// The same modes on a board of named columns or an open question: columns
/// go by number (Alt-1–6), as no letter names them in every language.
pub static TYPING_COLUMNS: Bindings = Bindings {
    mode: H::ModeTyping,
    typing: Typing::Text,
    sections: &[TYPING_HEAD, TYPING_BY_NUMBER, TYPING_OWN, BOTH, EDITING],
};

/// An open question's one list: no column to choose.
pub static TYPING_LIST: Bindings = Bindings {
    mode: H::ModeTyping,
    typing: Typing::Text,
    sections: &[TYPING_HEAD, TYPING_OWN, BOTH, EDITING],
};

pub static SELECTING_LIST: Bindings = Bindings {
    mode: H::ModeSelect,
    typing: Typing::Text,
    sections: &[SELECTING_OWN, BOTH, ARROWS],
};

pub static SELECTING_COLUMNS: Bindings = Bindings {
    mode: H::ModeSelect,
    typing: Typing::Text,
    sections: &[SELECTING_OWN, JUMPS_BY_NUMBER, BOTH, ARROWS],
};

pub static MOVING_COLUMNS: Bindings = Bindings {
    mode: H::ModeMove,
    typing: Typing::Text,
    sections: &[MOVING_BY_NUMBER, MOVING_ESC],
};

pub static MERGING_COLUMNS: Bindings = Bindings {
    mode: H::ModeMerge,
    typing: Typing::Text,
    sections: &[MERGING_OWN, JUMPS_BY_NUMBER, ARROWS],
};

pub static FILTER: Bindings = Bindings {
    mode: H::ModeFilter,
    typing: Typing::Text,
    sections: &[FILTER_OWN, EDITING],
};

static TYPING_HEAD: &[Binding] = &[
    bind(&[key(Code::Enter)], Msg::Submit, H::Save, 0),
    bind(
        &[
            alt_key(Code::Enter),
            shift(Code::Enter),
            ctrl_key(Code::Enter),
            ctrl('j'),
        ],
        Msg::Key(EditKey::Newline),
        H::Newline,
        3,
    ),
];

static TYPING_QUADRANTS: &[Binding] = &[
    bind(&[key(Code::Tab)], Msg::Cycle(1), H::NextQuadrant, 1),
    bind(
        &[key(Code::BackTab)],
        Msg::Cycle(-1),
        H::PrevQuadrant,
        HELP_ONLY,
    ),
    quadrant_keys(ALT_QUADRANTS, H::PickQuadrant, 2),
];

static TYPING_BY_NUMBER: &[Binding] = &[
    bind(&[key(Code::Tab)], Msg::Cycle(1), H::NextColumn, 1),
    bind(
        &[key(Code::BackTab)],
        Msg::Cycle(-1),
        H::PrevColumn,
        HELP_ONLY,
    ),
    column_keys(ALT_COLUMNS, H::PickColumn, 2),
];

static TYPING_OWN: &[Binding] = &[
    bind(
        &[key(Code::Up), key(Code::PageUp)],
        Msg::Nav(Nav::Up),
        H::IntoBoard,
        2,
    ),
    bind(&[ctrl('z')], act(Act::Undo), H::UndoTyping, 3),
    bind(
        &[ctrl('y'), ctrl_shift('z')],
        act(Act::Redo),
        H::Redo,
        HELP_ONLY,
    ),
    bind(&[ctrl('u')], act(Act::Clear), H::ClearInput, 4),
    bind(&[key(Code::Esc)], Msg::Escape, H::Back, 5),
];

/// Keys that work the same while typing and while selecting.
static BOTH: &[Binding] = &[
    bind(&[ctrl('f')], act(Act::Filter), H::Filter, 6),
    bind(&[f(4), ctrl('o')], act(Act::Others), H::Others, 7),
    bind(&[f(2)], Msg::CycleRound, H::Round, 8),
    bind(&[f(3)], Msg::CycleGroup, H::Group, 8),
    bind(&[f(5)], Msg::NextWriter, H::Writer, 8),
    bind(&[f(6)], Msg::OpenKeyFactors, H::KeyFactors, HELP_ONLY),
    bind(&[f(7)], Msg::OpenPlenary, H::Plenary, HELP_ONLY),
];

static SELECTING_OWN: &[Binding] = &[
    bind(&[key(Code::Enter)], act(Act::Edit), H::Edit, 0),
    bind(&[key(Code::Delete)], act(Act::Delete), H::Delete, 0),
    bind(&[ctrl('z')], act(Act::Undo), H::Undo, 1),
    bind(
        &[ctrl('y'), ctrl_shift('z')],
        act(Act::Redo),
        H::Redo,
        HELP_ONLY,
    ),
    bind(&[alt('m')], act(Act::Move), H::MoveTo, 2),
    bind(&[alt('c')], act(Act::Merge), H::Merge, 2),
    bind(&[alt('x')], act(Act::Split), H::Split, 3),
    bind(&[alt('+'), alt('=')], act(Act::Dot(1)), H::DotAdd, 3),
    bind(&[alt('-')], act(Act::Dot(-1)), H::DotRemove, 3),
    bind(&[alt('n')], act(Act::Tally), H::Tally, 4),
    bind(&[key(Code::Esc)], Msg::Escape, H::BackToTyping, 1),
];

/// Moving the selection across quadrants.
static JUMPS: &[Binding] = &[
    bind(&[key(Code::Tab)], Msg::Cycle(1), H::JumpQuadrant, HELP_ONLY),
    bind(
        &[key(Code::BackTab)],
        Msg::Cycle(-1),
        H::JumpQuadrant,
        HELP_ONLY,
    ),
    quadrant_keys(ALT_QUADRANTS, H::JumpQuadrant, HELP_ONLY),
    bind(
        &[key(Code::Left), key(Code::Right)],
        Msg::Nav(Nav::Left),
        H::MoveLeftRight,
        HELP_ONLY,
    ),
];

/// The same jumps on a board of columns: by number.
static JUMPS_BY_NUMBER: &[Binding] = &[
    bind(&[key(Code::Tab)], Msg::Cycle(1), H::JumpColumn, HELP_ONLY),
    bind(
        &[key(Code::BackTab)],
        Msg::Cycle(-1),
        H::JumpColumn,
        HELP_ONLY,
    ),
    column_keys(ALT_COLUMNS, H::JumpColumn, HELP_ONLY),
    bind(
        &[key(Code::Left)],
        Msg::Nav(Nav::Left),
        H::PrevColumn,
        HELP_ONLY,
    ),
    bind(
        &[key(Code::Right)],
        Msg::Nav(Nav::Right),
        H::NextColumn,
        HELP_ONLY,
    ),
];

static MOVING_OWN: &[Binding] = &[
    quadrant_keys(QUADRANTS, H::MoveDestination, 0),
    quadrant_keys(ALT_QUADRANTS, H::MoveDestination, HELP_ONLY),
];

static MOVING_BY_NUMBER: &[Binding] = &[
    column_keys(COLUMNS, H::ColumnDestination, 0),
    column_keys(ALT_COLUMNS, H::ColumnDestination, HELP_ONLY),
];

static MOVING_ESC: &[Binding] = &[
    bind(&[key(Code::Esc)], Msg::Escape, H::CancelMove, 0),
    // Any other key cancels the move and says which keys move: the
    // arrows and Enter too (they send nothing else here).
    bind(
        &[
            key(Code::Up),
            key(Code::Down),
            key(Code::Left),
            key(Code::Right),
            key(Code::Enter),
        ],
        Msg::Nav(Nav::Down),
        H::CancelMove,
        HELP_ONLY,
    ),
];

static MERGING_OWN: &[Binding] = &[
    bind(
        &[key(Code::Enter), alt('c')],
        act(Act::Merge),
        H::MergeInto,
        0,
    ),
    bind(&[key(Code::Esc)], Msg::Escape, H::Cancel, 0),
];

static FILTER_OWN: &[Binding] = &[
    bind(
        &[key(Code::Enter), ctrl('f')],
        Msg::Submit,
        H::FilterDone,
        0,
    ),
    bind(&[key(Code::Esc)], Msg::Escape, H::FilterClear, 0),
];
