//! The navigation: which screens exist, how a [`Target`] becomes one, and
//! how messages, keys and drawing reach the screen on top. Adding a screen
//! means a folder under `screens/`, a variant here, and its key table.

use crate::i18n::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::context::{Cx, Look, Target};
use super::keys::Bindings;
use super::msg::Msg;
use super::room::Room;
use super::screens::{
    capture, chooser, confirm, debate, facilitator, factors, followup, help, plenary, projector,
};

/// Which screen is shown (for tests and the watcher).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Facilitator,
    Projector,
    /// A note-taker's SWOT board for one table.
    Capture,
    /// Per topic, post-its ranked by votes; the four key factors picked.
    KeyFactors,
    /// Per topic, the key factors and the room's actions.
    Plenary,
    /// The proposals and the council's answers.
    FollowUp,
    /// The débat mouvant.
    Debate,
}

/// A full screen, on the navigation stack.
#[derive(Debug, Clone, PartialEq)]
pub enum Screen {
    Facilitator(facilitator::State),
    Projector(projector::State),
    Capture(Box<capture::Capture>),
    KeyFactors(Box<factors::State>),
    Plenary(Box<plenary::State>),
    FollowUp(Box<followup::State>),
    Debate(Box<debate::State>),
}

/// What floats above the screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Overlay {
    Help(help::State),
    Confirm(confirm::State),
    Chooser(chooser::State),
}

impl Screen {
    pub fn mode(&self) -> Mode {
        match self {
            Screen::Facilitator(_) => Mode::Facilitator,
            Screen::Projector(_) => Mode::Projector,
            Screen::Capture(_) => Mode::Capture,
            Screen::KeyFactors(_) => Mode::KeyFactors,
            Screen::Plenary(_) => Mode::Plenary,
            Screen::FollowUp(_) => Mode::FollowUp,
            Screen::Debate(_) => Mode::Debate,
        }
    }

    pub fn update(&mut self, cx: &mut Cx, msg: Msg) {
        match self {
            Screen::Facilitator(s) => s.update(cx, msg),
            Screen::Projector(s) => s.update(cx, msg),
            Screen::Capture(s) => s.update(cx, msg),
            Screen::KeyFactors(s) => s.update(cx, msg),
            Screen::Plenary(s) => s.update(cx, msg),
            Screen::FollowUp(s) => s.update(cx, msg),
            Screen::Debate(s) => s.update(cx, msg),
        }
    }

    /// After every message: screens that show derived data follow the room.
    pub fn refresh(&mut self, room: &Room) {
        match self {
            Screen::Capture(s) => s.keep_selection(&room.notes.board),
            Screen::KeyFactors(s) => s.refresh(room),
            Screen::Plenary(s) => s.refresh(room),
            Screen::FollowUp(s) => s.refresh(room),
            Screen::Facilitator(_) | Screen::Projector(_) | Screen::Debate(_) => {}
        }
    }

    pub fn bindings(&self) -> &'static Bindings {
        match self {
            Screen::Facilitator(s) => s.bindings(),
            Screen::Projector(_) => &projector::KEYS,
            Screen::Capture(s) => s.bindings(),
            Screen::KeyFactors(s) => s.bindings(),
            Screen::Plenary(s) => s.bindings(),
            Screen::FollowUp(s) => s.bindings(),
            Screen::Debate(s) => s.bindings(),
        }
    }

    /// Typing that quitting would lose.
    pub fn has_draft(&self) -> bool {
        match self {
            Screen::Capture(s) => s.has_draft(),
            Screen::Plenary(s) => s.has_draft(),
            Screen::FollowUp(s) => s.has_draft(),
            Screen::Debate(s) => s.has_draft(),
            _ => false,
        }
    }

    /// The clock screens draw in two layers: the static one is cached
    /// while its key is unchanged (see `tui::Renderer`).
    pub fn static_key(&self, look: &Look, area: Rect) -> Option<u64> {
        match self {
            Screen::Facilitator(s) => Some(facilitator::view::static_key(s, look, area)),
            Screen::Projector(s) => Some(s.static_key(look, area)),
            _ => None,
        }
    }

    /// Everything but the clock (the whole screen for boards).
    pub fn static_layer(&self, look: &Look, area: Rect, buf: &mut Buffer) {
        match self {
            Screen::Facilitator(s) => facilitator::view::static_layer(s, look, area, buf),
            Screen::Projector(s) => s.static_layer(look, area, buf),
            Screen::Capture(s) => capture::view::view(s, look, area, buf),
            Screen::KeyFactors(s) => factors::view::view(s, look, area, buf),
            Screen::Plenary(s) => plenary::view::view(s, look, area, buf),
            Screen::FollowUp(s) => followup::view::view(s, look, area, buf),
            Screen::Debate(s) => debate::view::view(s, look, area, buf),
        }
    }

    /// The clock panel, on the clock screens.
    pub fn clock_layer(&self, look: &Look, area: Rect, buf: &mut Buffer) {
        match self {
            Screen::Facilitator(s) => facilitator::view::clock_layer(s, look, area, buf),
            Screen::Projector(s) => s.clock_layer(look, area, buf),
            _ => {}
        }
    }

    /// Whether this screen is already what `target` asks for; it is then
    /// brought to the top instead of opened again.
    fn answers(&self, target: &Target) -> bool {
        match (self, target) {
            (Screen::Capture(s), Target::Capture { table }) => s.table == *table,
            (Screen::KeyFactors(_), Target::KeyFactors { .. })
            | (Screen::Plenary(_), Target::Plenary { .. })
            | (Screen::Projector(_), Target::Projector)
            | (Screen::FollowUp(_), Target::FollowUp)
            | (Screen::Debate(_), Target::Debate) => true,
            _ => false,
        }
    }

    /// A screen reopened at a topic goes there.
    fn go_to_topic(&mut self, room: &Room, target: &Target) {
        let ranking = match self {
            Screen::KeyFactors(s) => &mut s.ranking,
            Screen::Plenary(s) => &mut s.ranking,
            _ => return,
        };
        if let Target::KeyFactors { topic: Some(t) } | Target::Plenary { topic: Some(t) } = target {
            *ranking = super::ranking::Ranking::at(room, Some(t));
        }
    }
}

impl Overlay {
    pub fn update(&mut self, cx: &mut Cx, msg: Msg) {
        match self {
            Overlay::Help(s) => s.update(cx, msg),
            Overlay::Confirm(s) => s.update(cx, msg),
            Overlay::Chooser(s) => s.update(cx, msg),
        }
    }

    pub fn bindings(&self) -> &'static Bindings {
        match self {
            Overlay::Help(_) => &help::KEYS,
            Overlay::Confirm(_) => &confirm::KEYS,
            Overlay::Chooser(_) => &chooser::KEYS,
        }
    }

    pub fn view(&self, look: &Look, area: Rect, buf: &mut Buffer) {
        match self {
            Overlay::Help(s) => s.view(look, area, buf),
            Overlay::Confirm(s) => s.view(look, area, buf),
            Overlay::Chooser(s) => s.view(look, area, buf),
        }
    }
}

/// What a target opens.
pub enum Opened {
    Screen(Screen),
    Overlay(Overlay),
}

/// Builds what `target` asks for: a screen left earlier (with its drafts)
/// when there is one, else a new one. `below` is the keys of the screen an
/// overlay would cover (for the help).
pub fn open(
    target: &Target,
    room: &Room,
    parked: &mut Vec<Screen>,
    below: &'static Bindings,
) -> Opened {
    if let Some(i) = parked.iter().position(|s| s.answers(target)) {
        let mut s = parked.remove(i);
        s.go_to_topic(room, target);
        return Opened::Screen(s);
    }
    Opened::Screen(match target {
        Target::Capture { table } => Screen::Capture(Box::new(capture::Capture::new(
            table,
            room.session.board_at(table),
        ))),
        Target::KeyFactors { topic } => {
            Screen::KeyFactors(Box::new(factors::State::new(room, topic.as_deref())))
        }
        Target::Plenary { topic } => {
            Screen::Plenary(Box::new(plenary::State::new(room, topic.as_deref())))
        }
        Target::Projector => Screen::Projector(projector::State::default()),
        Target::FollowUp => Screen::FollowUp(Box::new(followup::State::new(room))),
        Target::Debate => Screen::Debate(Box::default()),
        Target::ChooseTable => return Opened::Overlay(Overlay::Chooser(chooser::State::default())),
        Target::Help => return Opened::Overlay(Overlay::Help(help::State::new(below))),
    })
}

/// Whether `target` takes the place of `top` rather than going above it:
/// the key-factor and plenary screens are two views of one topic, so Esc
/// from either goes back to where the first was opened.
pub fn replaces(top: &Screen, target: &Target) -> bool {
    matches!(
        (top, target),
        (Screen::KeyFactors(_), Target::Plenary { .. })
            | (Screen::Plenary(_), Target::KeyFactors { .. })
    )
}

/// Where `target` already stands in `stack`, if it does.
pub fn in_stack(stack: &[Screen], target: &Target) -> Option<usize> {
    stack.iter().position(|s| s.answers(target))
}

/// Brings the screen at `i` back to `target`'s topic.
pub fn retarget(screen: &mut Screen, room: &Room, target: &Target) {
    screen.go_to_topic(room, target);
}

/// The question asked before quitting, if any.
pub fn quit_question(unsaved: bool, room: &Room) -> Option<Overlay> {
    let question = if unsaved {
        confirm::Question::QuitUnsaved
    } else if room.round_running() {
        confirm::Question::QuitRunning
    } else {
        return None;
    };
    Some(Overlay::Confirm(confirm::State { question }))
}

/// Every binding table, screen by screen and mode by mode, in the order a
/// newcomer meets them: docs/keys.md's tables are made from this.
pub fn all_bindings() -> Vec<&'static Bindings> {
    vec![
        &facilitator::keys::CLOCK,
        &facilitator::keys::FOLLOW,
        &facilitator::keys::DEMO,
        &facilitator::keys::FIND,
        &projector::KEYS,
        &chooser::KEYS,
        &capture::keys::TYPING,
        &capture::keys::SELECTING,
        &capture::keys::MOVING,
        &capture::keys::MERGING,
        &capture::keys::FILTER,
        &super::keys::COUNTING,
        &factors::keys::PICKING,
        &plenary::keys::TYPING_PICKS,
        &plenary::keys::ACTIONS,
        &followup::keys::LIST,
        &followup::keys::ANSWER,
        &followup::keys::SEARCH,
        &debate::keys::COUNTING,
        &debate::keys::ARGUMENT,
        &confirm::KEYS,
        &super::screens::setup::keys::TABLE,
        &super::screens::setup::keys::FIELD,
    ]
}

/// The modes that change on an open question's list or on named columns
/// (columns go by number there, not by a quadrant's letter).
pub fn board_bindings() -> Vec<&'static Bindings> {
    vec![
        &capture::keys::TYPING_COLUMNS,
        &capture::keys::TYPING_LIST,
        &capture::keys::SELECTING_COLUMNS,
        &capture::keys::SELECTING_LIST,
        &capture::keys::MOVING_COLUMNS,
        &capture::keys::MERGING_COLUMNS,
        &factors::keys::PICKING_COLUMNS,
        &plenary::keys::TYPING_COLUMNS_PICKS,
    ]
}

/// The key tables of docs/keys.md, in `lang`.
pub fn key_tables(lang: crate::i18n::Lang) -> String {
    let all = all_bindings();
    let named: Vec<(String, &Bindings)> = all
        .iter()
        .map(|b| (b.mode.text(lang).1.to_string(), *b))
        .collect();
    let others = board_bindings();
    let list = [&capture::keys::TYPING_LIST, &capture::keys::SELECTING_LIST];
    let named_others: Vec<(String, &Bindings)> = others
        .iter()
        .map(|b| {
            let both = [
                &factors::keys::PICKING_COLUMNS,
                &plenary::keys::TYPING_COLUMNS_PICKS,
            ];
            let on = if list.iter().any(|l| std::ptr::eq(*l, *b)) {
                lang.board().on_question
            } else if both.iter().any(|l| std::ptr::eq(*l, *b)) {
                lang.board().on_other
            } else {
                lang.board().on_columns
            };
            (format!("{} — {on}", b.mode.text(lang).1), *b)
        })
        .collect();
    let all: Vec<(String, &Bindings)> = named.into_iter().chain(named_others).collect();
    let borrowed: Vec<(&str, &Bindings)> = all.iter().map(|(n, b)| (n.as_str(), *b)).collect();
    super::keys::markdown(&borrowed, lang)
}
