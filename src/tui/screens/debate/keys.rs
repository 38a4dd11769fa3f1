//! The débat mouvant's keys: digits count, arrows move; while an argument
//! is typed, every printable key types.

use crate::tui::editor::EditKey;
use crate::tui::keys::Help as H;
use crate::tui::keys::{
    Binding, Bindings, Code, EDITING, HELP_ONLY, Typing, act, bind, ch, ctrl, digit_keys, key,
};
use crate::tui::msg::{Act, Msg, Nav};

pub static COUNTING: Bindings = Bindings {
    mode: H::ModeDebate,
    typing: Typing::No,
    sections: &[COUNTING_OWN],
};

pub static ARGUMENT: Bindings = Bindings {
    mode: H::ModeArgument,
    typing: Typing::Text,
    sections: &[ARGUMENT_OWN, EDITING],
};

static COUNTING_OWN: &[Binding] = &[
    digit_keys(
        &[
            ch('0'),
            ch('1'),
            ch('2'),
            ch('3'),
            ch('4'),
            ch('5'),
            ch('6'),
            ch('7'),
            ch('8'),
            ch('9'),
        ],
        H::CountDigits,
        0,
    ),
    bind(&[key(Code::Enter)], Msg::Submit, H::CountSave, 1),
    bind(
        &[key(Code::Backspace)],
        Msg::Key(EditKey::Backspace),
        H::CountErase,
        HELP_ONLY,
    ),
    bind(
        &[key(Code::Up)],
        Msg::Nav(Nav::Up),
        H::PositionUp,
        HELP_ONLY,
    ),
    bind(
        &[key(Code::Down)],
        Msg::Nav(Nav::Down),
        H::PositionDown,
        HELP_ONLY,
    ),
    bind(&[ch('+'), ch('=')], act(Act::Dot(1)), H::CountPlus, 3),
    bind(&[ch('-')], act(Act::Dot(-1)), H::CountMinus, 3),
    bind(&[key(Code::Tab)], Msg::Cycle(1), H::BeforeAfter, 2),
    bind(
        &[key(Code::Right), key(Code::PageDown), ch('n')],
        Msg::Topic(1),
        H::NextStatement,
        2,
    ),
    bind(
        &[key(Code::Left), key(Code::PageUp), ch('b')],
        Msg::Topic(-1),
        H::PrevStatement,
        HELP_ONLY,
    ),
    bind(&[ch('p')], Msg::NewArgument(true), H::ArgumentFor, 4),
    bind(&[ch('c')], Msg::NewArgument(false), H::ArgumentAgainst, 4),
    bind(
        &[key(Code::Delete)],
        act(Act::Delete),
        H::WithdrawArgument,
        HELP_ONLY,
    ),
    bind(&[key(Code::Esc)], Msg::Escape, H::Back, 1),
];

static ARGUMENT_OWN: &[Binding] = &[
    bind(&[key(Code::Enter)], Msg::Submit, H::SaveArgument, 0),
    bind(&[key(Code::Esc)], Msg::Escape, H::CancelAnswer, 0),
    bind(&[ctrl('u')], act(Act::Clear), H::ClearInput, HELP_ONLY),
];
