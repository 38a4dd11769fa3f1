//! The follow-up screen's keys: in the list, single keys (nothing is typed
//! there); while typing a field or a search, every printable key types.

use crate::core::proposal::Progress;
use crate::tui::keys::Help as H;
use crate::tui::keys::{
    Binding, Bindings, Code, EDITING, HELP_ONLY, Typing, act, alt_key, bind, ch, ctrl, digit_keys,
    f, key,
};
use crate::tui::msg::{Act, Field, Msg, Nav};

pub static LIST: Bindings = Bindings {
    mode: H::ModeFollowUp,
    typing: Typing::No,
    sections: &[LIST_OWN],
};

pub static ANSWER: Bindings = Bindings {
    mode: H::ModeAnswer,
    typing: Typing::Text,
    sections: &[ANSWER_OWN, EDITING],
};

pub static SEARCH: Bindings = Bindings {
    mode: H::ModeSearch,
    typing: Typing::Text,
    sections: &[SEARCH_OWN, EDITING],
};

static LIST_OWN: &[Binding] = &[
    digit_keys(
        &[
            ch('1'),
            ch('2'),
            ch('3'),
            ch('4'),
            ch('5'),
            ch('6'),
            ch('7'),
        ],
        H::SetStatus,
        0,
    ),
    digit_keys(&[ch('8'), ch('9')], H::ProgressNote, 3),
    bind(
        &[ch('r'), key(Code::Enter)],
        Msg::Field(Field::Response),
        H::EditResponse,
        1,
    ),
    bind(
        &[ch('o'), ch('p')],
        Msg::Field(Field::Owner),
        H::EditOwner,
        2,
    ),
    bind(
        &[ch('c')],
        Msg::Field(Field::Condition),
        H::EditCondition,
        4,
    ),
    bind(&[ch('d'), ch('e')], Msg::Field(Field::Due), H::EditDue, 4),
    bind(&[ch('t')], Msg::Field(Field::Theme), H::EditTheme, 5),
    bind(&[ch('i')], Msg::Field(Field::Title), H::EditTitle, 6),
    bind(&[ch('/'), ctrl('f')], Msg::Search, H::Search, 2),
    bind(&[key(Code::Tab)], Msg::Cycle(1), H::StatusFilter, 3),
    bind(
        &[key(Code::BackTab)],
        Msg::Cycle(-1),
        H::StatusFilterBack,
        HELP_ONLY,
    ),
    bind(&[key(Code::Up)], Msg::Nav(Nav::Up), H::Up, HELP_ONLY),
    bind(&[key(Code::Down)], Msg::Nav(Nav::Down), H::Down, HELP_ONLY),
    bind(
        &[key(Code::PageUp)],
        Msg::Nav(Nav::PageUp),
        H::PageUpList,
        HELP_ONLY,
    ),
    bind(
        &[key(Code::PageDown)],
        Msg::Nav(Nav::PageDown),
        H::PageDownList,
        HELP_ONLY,
    ),
    bind(&[alt_key(Code::Down)], Msg::Scroll(3), H::ScrollDetails, 7),
    bind(
        &[alt_key(Code::Up)],
        Msg::Scroll(-3),
        H::ScrollDetailsUp,
        HELP_ONLY,
    ),
    bind(&[key(Code::Home)], Msg::Nav(Nav::Home), H::First, HELP_ONLY),
    bind(&[key(Code::End)], Msg::Nav(Nav::End), H::Last, HELP_ONLY),
    bind(&[ch('>'), f(3)], Msg::Topic(1), H::NextSession, 5),
    bind(&[ch('<')], Msg::Topic(-1), H::PrevSession, HELP_ONLY),
    bind(&[f(7)], Msg::OpenPlenary, H::Plenary, 6),
    bind(&[key(Code::Esc)], Msg::Escape, H::BackOrClear, 1),
];

static ANSWER_OWN: &[Binding] = &[
    bind(&[key(Code::Enter)], Msg::Submit, H::SaveAnswer, 0),
    bind(&[key(Code::Esc)], Msg::Escape, H::CancelAnswer, 0),
    bind(&[ctrl('u')], act(Act::Clear), H::ClearInput, HELP_ONLY),
];

static SEARCH_OWN: &[Binding] = &[
    bind(
        &[key(Code::Enter), ctrl('f')],
        Msg::Submit,
        H::SearchDone,
        0,
    ),
    bind(&[key(Code::Esc)], Msg::Escape, H::SearchClear, 0),
    bind(&[ctrl('u')], act(Act::Clear), H::ClearInput, HELP_ONLY),
];

/// The progress a key names (8 in progress, 9 done).
pub fn progress_of(n: u8) -> Option<Progress> {
    match n {
        8 => Some(Progress::InProgress),
        9 => Some(Progress::Done),
        _ => None,
    }
}
