//! The navigation: which screens exist, how a [`Target`] becomes one, and
//! how messages, keys and drawing reach the screen on top. Adding a screen
//! is a folder under `screens/` (its `State` implements [`Screen`]) and
//! one line in `screens!` below; its key tables go in [`all_bindings`].

use crate::i18n::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::context::{Cx, Look, Target};
use super::keys::Bindings;
use super::msg::Msg;
use super::room::Room;
use super::screens::{
    Screen, capture, chooser, confirm, debate, door, facilitator, factors, followup, forms, help,
    page, plenary, projector, setup,
};

/// The screens, one line each: `Variant: module`. The variant names the
/// screen's [`Mode`] and its place on the navigation stack ([`Shown`]);
/// the module's `State` implements [`Screen`]. Adding a screen is a folder
/// under `screens/` and one line here.
macro_rules! screens {
    ($($(#[$doc:meta])* $variant:ident: $module:ident),* $(,)?) => {
        /// Which screen is shown (for tests and the watcher).
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Mode {
            $($(#[$doc])* $variant),*
        }

        /// A full screen, on the navigation stack.
        #[derive(Debug, Clone, PartialEq)]
        pub enum Shown {
            $($variant(Box<$module::State>)),*
        }

        impl Shown {
            pub fn mode(&self) -> Mode {
                match self {
                    $(Shown::$variant(_) => Mode::$variant),*
                }
            }

            /// The screen, whichever it is.
            pub fn screen(&self) -> &dyn Screen {
                match self {
                    $(Shown::$variant(s) => &**s),*
                }
            }

            pub fn screen_mut(&mut self) -> &mut dyn Screen {
                match self {
                    $(Shown::$variant(s) => &mut **s),*
                }
            }

            /// The screen `target` asks for, made afresh.
            fn made(target: &Target, room: &Room) -> Option<Shown> {
                $(
                    if let Some(s) = <$module::State as Screen>::open(target, room) {
                        return Some(Shown::$variant(Box::new(s)));
                    }
                )*
                None
            }
        }
    };
}

screens! {
    Facilitator: facilitator,
    Projector: projector,
    /// A note-taker's SWOT board for one table.
    Capture: capture,
    /// Per topic, post-its ranked by votes; the four key factors picked.
    KeyFactors: factors,
    /// Per topic, the key factors and the room's actions.
    Plenary: plenary,
    /// The proposals and the council's answers.
    FollowUp: followup,
    /// The débat mouvant.
    Debate: debate,
    /// Paper questionnaires typed in.
    Forms: forms,
    /// Who arrives, ticked in at the door.
    Door: door,
    /// The session's set-up: topics, tables, groups, agenda, rotation.
    Setup: setup,
    /// The tables' page for the phones: started, stopped, its codes.
    Page: page,
}

/// What floats above the screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Overlay {
    Help(help::State),
    Confirm(confirm::State),
    Chooser(chooser::State),
}

impl Shown {
    pub fn update(&mut self, cx: &mut Cx, msg: Msg) {
        self.screen_mut().update(cx, msg)
    }

    /// After every message: screens that show derived data follow the room.
    pub fn refresh(&mut self, room: &Room) {
        self.screen_mut().refresh(room)
    }

    pub fn bindings(&self) -> &'static Bindings {
        self.screen().bindings()
    }

    /// Typing that quitting would lose.
    pub fn has_draft(&self) -> bool {
        self.screen().has_draft()
    }

    /// The clock screens draw in two layers: the static one is cached
    /// while its key is unchanged (see `tui::Renderer`).
    pub fn static_key(&self, look: &Look, area: Rect) -> Option<u64> {
        self.screen().static_key(look, area)
    }

    /// Everything but the clock (the whole screen for boards).
    pub fn static_layer(&self, look: &Look, area: Rect, buf: &mut Buffer) {
        self.screen().view(look, area, buf)
    }

    /// The clock panel, on the clock screens.
    pub fn clock_layer(&self, look: &Look, area: Rect, buf: &mut Buffer) {
        self.screen().clock_layer(look, area, buf)
    }
}

impl Overlay {
    fn screen(&self) -> &dyn Screen {
        match self {
            Overlay::Help(s) => s,
            Overlay::Confirm(s) => s,
            Overlay::Chooser(s) => s,
        }
    }

    pub fn update(&mut self, cx: &mut Cx, msg: Msg) {
        match self {
            Overlay::Help(s) => s.update(cx, msg),
            Overlay::Confirm(s) => s.update(cx, msg),
            Overlay::Chooser(s) => s.update(cx, msg),
        }
    }

    pub fn bindings(&self) -> &'static Bindings {
        self.screen().bindings()
    }

    pub fn view(&self, look: &Look, area: Rect, buf: &mut Buffer) {
        self.screen().view(look, area, buf)
    }
}

/// What a target opens.
pub enum Opened {
    Screen(Shown),
    Overlay(Overlay),
}

/// Builds what `target` asks for: a screen left earlier (with its drafts)
/// when there is one, else a new one. `below` is the keys of the screen an
/// overlay would cover (for the help).
pub fn open(
    target: &Target,
    room: &Room,
    parked: &mut Vec<Shown>,
    below: &'static Bindings,
) -> Opened {
    match target {
        Target::ChooseTable => return Opened::Overlay(Overlay::Chooser(chooser::State::default())),
        Target::Help => return Opened::Overlay(Overlay::Help(help::State::new(below))),
        _ => {}
    }
    if let Some(i) = parked.iter().position(|s| s.screen().answers(target)) {
        let mut s = parked.remove(i);
        s.screen_mut().retarget(room, target);
        return Opened::Screen(s);
    }
    match Shown::made(target, room) {
        Some(s) => Opened::Screen(s),
        // Every target opens a screen; a facilitator's screen if ever not.
        None => Opened::Screen(Shown::Facilitator(Box::default())),
    }
}

/// Whether `target` takes the place of `top` rather than going above it:
/// the key-factor and plenary screens are two views of one topic, so Esc
/// from either goes back to where the first was opened.
pub fn replaces(top: &Shown, target: &Target) -> bool {
    matches!(
        (top, target),
        (Shown::KeyFactors(_), Target::Plenary { .. })
            | (Shown::Plenary(_), Target::KeyFactors { .. })
    )
}

/// Where `target` already stands in `stack`, if it does.
pub fn in_stack(stack: &[Shown], target: &Target) -> Option<usize> {
    stack.iter().position(|s| s.screen().answers(target))
}

/// Brings the screen at `i` back to `target`'s topic.
pub fn retarget(screen: &mut Shown, room: &Room, target: &Target) {
    screen.screen_mut().retarget(room, target);
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
        &page::KEYS,
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
        &forms::keys::TYPING,
        &forms::keys::RESULTS,
        &confirm::KEYS,
        &setup::keys::TABLE,
        &setup::keys::FIELD,
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
