//! The keys of typing questionnaires in: every printable key types the
//! answer (a digit on a step or a choice goes on to the next question),
//! Tab and Shift-Tab move between questions, Enter saves the form, the
//! arrows go back to forms typed earlier.

use crate::tui::keys::Help as H;
use crate::tui::keys::{
    Binding, Bindings, Code, EDITING, HELP_ONLY, Typing, act, bind, ctrl, f, key,
};
use crate::tui::msg::{Act, Msg, Nav};

pub static TYPING: Bindings = Bindings {
    mode: H::ModeForms,
    typing: Typing::Text,
    sections: &[TYPING_OWN, EDITING],
};

pub static RESULTS: Bindings = Bindings {
    mode: H::ModeFormResults,
    typing: Typing::No,
    sections: &[RESULTS_OWN],
};

static TYPING_OWN: &[Binding] = &[
    bind(&[key(Code::Enter)], Msg::Submit, H::FormSave, 0),
    bind(&[key(Code::Tab)], Msg::Cycle(1), H::FormNext, 1),
    bind(
        &[key(Code::BackTab)],
        Msg::Cycle(-1),
        H::FormPrev,
        HELP_ONLY,
    ),
    bind(&[key(Code::Up)], Msg::Nav(Nav::Up), H::FormEarlier, 3),
    bind(
        &[key(Code::Down)],
        Msg::Nav(Nav::Down),
        H::FormLater,
        HELP_ONLY,
    ),
    bind(&[f(3), ctrl('r')], Msg::Toggle, H::FormResults, 2),
    bind(
        &[key(Code::PageDown), key(Code::PageUp)],
        Msg::Topic(1),
        H::FormQuestionnaire,
        4,
    ),
    bind(&[ctrl('d')], act(Act::Delete), H::FormWithdraw, 5),
    bind(&[key(Code::Esc)], Msg::Escape, H::Back, 2),
];

static RESULTS_OWN: &[Binding] = &[
    bind(
        &[f(3), ctrl('r'), key(Code::Enter)],
        Msg::Toggle,
        H::FormResults,
        0,
    ),
    bind(&[key(Code::Up)], Msg::Scroll(-1), H::FormScroll, 2),
    bind(&[key(Code::Down)], Msg::Scroll(1), H::FormScroll, HELP_ONLY),
    bind(
        &[key(Code::PageDown), key(Code::PageUp)],
        Msg::Topic(1),
        H::FormQuestionnaire,
        3,
    ),
    bind(&[key(Code::Esc)], Msg::Escape, H::Back, 1),
];
