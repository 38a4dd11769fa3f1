//! The plenary screen (seed 002 §4), per topic: the favourable side (main
//! lever, biggest opportunity) and the unfavourable side (main brake, most
//! critical risk), each key factor with the room's actions, typed in
//! directly. Tab follows the reading order of the screen (S W / O T).

pub mod keys;
pub mod view;

use crate::i18n::prelude::*;
use uuid::Uuid;

use crate::core::model::Column;
use crate::core::ops;
use crate::tui::context::{Cx, Go, Target};
use crate::tui::editor::{EditKey, Editor};
use crate::tui::msg::{Act, Msg, Nav};
use crate::tui::ranking::Ranking;
use crate::tui::room::Room;

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub ranking: Ranking,
    /// The key factor whose actions are typed.
    pub slot: Column,
    /// The pick a new action answers, when the column holds several (the
    /// first, in the synthesis' order, until Alt-↑/↓ says another).
    pub pick: Option<Uuid>,
    /// The selected action, if the focus is on the list.
    pub action: Option<Uuid>,
    /// The action being typed.
    pub editor: Editor,
    /// The action whose text is in the editor, and the draft set aside.
    pub editing: Option<(Uuid, String)>,
}

impl State {
    pub fn new(room: &Room, topic: Option<&str>) -> State {
        State {
            ranking: Ranking::at(room, topic),
            slot: Column::S,
            pick: None,
            action: None,
            editor: Editor::default(),
            editing: None,
        }
    }

    /// The pick the next action answers in the focused slot: the one
    /// chosen with Alt-↑/↓ while it is still picked, else the first.
    pub fn target(&self) -> Option<&crate::core::factors::RankedItem> {
        let picked = self.ranking.ranked.as_ref()?.picked(self.slot);
        picked
            .iter()
            .find(|i| Some(i.id) == self.pick)
            .or(picked.first())
            .copied()
    }
}

impl crate::tui::screens::Screen for State {
    fn open(target: &Target, room: &Room) -> Option<State> {
        match target {
            Target::Plenary { topic } => Some(State::new(room, topic.as_deref())),
            _ => None,
        }
    }

    fn answers(&self, target: &Target) -> bool {
        matches!(target, Target::Plenary { .. })
    }

    fn retarget(&mut self, room: &Room, target: &Target) {
        if let Target::Plenary { topic: Some(t) } = target {
            self.ranking = crate::tui::ranking::Ranking::at(room, Some(t.as_str()));
        }
    }

    fn view(
        &self,
        look: &crate::tui::context::Look,
        area: ratatui::layout::Rect,
        buf: &mut ratatui::buffer::Buffer,
    ) {
        view::view(self, look, area, buf)
    }

    fn has_draft(&self) -> bool {
        !self.editor.is_empty()
    }

    fn bindings(&self) -> &'static crate::tui::keys::Bindings {
        let ranked = self.ranking.ranked.as_ref();
        let swot = ranked.is_none_or(|r| r.board.is_swot());
        let several = ranked.is_some_and(|r| r.picked(self.slot).len() > 1);
        match (self.action.is_some(), swot, several) {
            (true, _, _) => &keys::ACTIONS,
            (false, true, false) => &keys::TYPING,
            (false, true, true) => &keys::TYPING_PICKS,
            (false, false, false) => &keys::TYPING_COLUMNS,
            (false, false, true) => &keys::TYPING_COLUMNS_PICKS,
        }
    }

    fn refresh(&mut self, room: &Room) {
        self.ranking.refresh(room);
    }

    fn update(&mut self, cx: &mut Cx, msg: Msg) {
        let words = &cx.room().display.lang.s().cap;
        if matches!(msg, Msg::Topic(_)) {
            self.action = None;
        }
        if self.ranking.shared(cx, &msg) {
            return;
        }
        if msg == Msg::OpenFollowUp {
            cx.open(crate::tui::context::Target::FollowUp);
            return;
        }
        let Some(r) = self.ranking.ranked.as_ref() else {
            return;
        };
        let n = r.columns().len();
        if self.slot.index() >= n {
            self.slot = Column::S;
        }
        if let Msg::Column(q) = msg
            && q.index() >= n
        {
            return cx.say(crate::i18n::board::no_column(q, n, cx.room().display.lang));
        }
        let quadrant = self.slot;
        let list: Vec<(Uuid, String)> = r.actions[quadrant.index()]
            .iter()
            .map(|a| (a.id, a.text.clone()))
            .collect();
        let topic = r.key.clone();
        let picked: Vec<Uuid> = r.picked(quadrant).iter().map(|i| i.id).collect();
        let at = self.action.and_then(|a| list.iter().position(|x| x.0 == a));
        if let Some(i) = at {
            // On the list of actions.
            match msg {
                Msg::Nav(Nav::Up) => self.action = Some(list[i.saturating_sub(1)].0),
                Msg::Nav(Nav::Down) if i + 1 < list.len() => self.action = Some(list[i + 1].0),
                Msg::Nav(Nav::Down) | Msg::Escape => self.action = None,
                Msg::Act(Act::Edit) | Msg::Submit => {
                    let draft = self.editor.take();
                    self.editing = Some((list[i].0, draft));
                    self.editor.set(&list[i].1);
                    self.action = None;
                }
                Msg::Act(Act::Delete) => {
                    self.action = None;
                    cx.emit(ops::withdraw_action(list[i].0));
                    cx.say(words.action_withdrawn);
                }
                // Typing goes back to the input with that character.
                Msg::Key(EditKey::Char(ch)) => {
                    self.action = None;
                    self.editor.key(EditKey::Char(ch));
                }
                Msg::Cycle(step) => {
                    self.slot = self.slot.cycle(step, n);
                    self.action = None;
                }
                _ => {}
            }
            return;
        }
        if crate::tui::msg::line_input(&mut self.editor, &msg) {
            return;
        }
        match msg {
            Msg::Nav(Nav::Up) => match list.last() {
                Some(last) => self.action = Some(last.0),
                None => cx.say(words.no_actions_yet),
            },
            Msg::Cycle(step) => self.slot = self.slot.cycle(step, n),
            Msg::Column(q) => self.slot = q,
            Msg::Pick(step) => match picked.len() {
                0 | 1 => {}
                len => {
                    let at = self
                        .target()
                        .and_then(|t| picked.iter().position(|p| *p == t.id));
                    let to = (at.unwrap_or(0) as i32 + step).rem_euclid(len as i32) as usize;
                    self.pick = Some(picked[to]);
                }
            },
            Msg::Act(Act::Undo) => {
                self.editor.undo();
            }
            Msg::Act(Act::Redo) => {
                self.editor.redo();
            }
            Msg::Act(Act::Clear) => {
                self.editor.clear();
            }
            Msg::Submit => {
                let text = self.editor.text();
                let made = match self.editing {
                    Some((action, _)) => ops::edit_action(action, text),
                    None => ops::action(&topic, quadrant, self.target().map(|t| t.id), text),
                };
                match made {
                    Ok(body) => {
                        cx.emit(body);
                        match self.editing.take() {
                            Some((_, draft)) => self.editor.set(&draft),
                            None => {
                                self.editor.take();
                            }
                        }
                    }
                    Err(e) => cx.say(e.message(cx.room().display.lang)),
                }
            }
            Msg::Escape => {
                if let Some((_, draft)) = self.editing.take() {
                    self.editor.set(&draft);
                } else {
                    cx.go(Go::Back);
                }
            }
            _ => {}
        }
    }
}
