//! The key-factor screen (seed 002 §3.2), per topic: each quadrant's
//! post-its (clusters as one) ranked by votes, under the quadrant's
//! question; Enter picks the selected one as the main lever, brake,
//! opportunity or risk (ties among the vote leaders are shown until
//! someone picks). The ranking and labels are the printed synthesis's.

pub mod keys;
pub mod view;

use crate::core::model::Column;
use crate::core::ops;
use crate::i18n::prelude::*;
use crate::tui::context::Target;
use crate::tui::context::{Cx, Go};
use crate::tui::editor::{EditKey, Editor};
use crate::tui::msg::{Act, Msg, Nav};
use crate::tui::ranking::Ranking;
use crate::tui::room::Room;

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub ranking: Ranking,
    /// The quadrant in focus.
    pub quadrant: Column,
    /// The selected row per column.
    pub selected: [usize; Column::MAX],
    /// The room's count being typed for the selected item.
    pub tally: Option<Editor>,
}

impl State {
    pub fn new(room: &Room, topic: Option<&str>) -> State {
        State {
            ranking: Ranking::at(room, topic),
            quadrant: Column::S,
            selected: [0; Column::MAX],
            tally: None,
        }
    }
}

impl crate::tui::screens::Screen for State {
    fn open(target: &Target, room: &Room) -> Option<State> {
        match target {
            Target::KeyFactors { topic } => Some(State::new(room, topic.as_deref())),
            _ => None,
        }
    }

    fn answers(&self, target: &Target) -> bool {
        matches!(target, Target::KeyFactors { .. })
    }

    fn retarget(&mut self, room: &Room, target: &Target) {
        if let Target::KeyFactors { topic: Some(t) } = target {
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

    fn bindings(&self) -> &'static crate::tui::keys::Bindings {
        if self.tally.is_some() {
            &crate::tui::keys::COUNTING
        } else if self
            .ranking
            .ranked
            .as_ref()
            .is_none_or(|r| r.board.is_swot())
        {
            &keys::PICKING
        } else {
            &keys::PICKING_COLUMNS
        }
    }

    /// After every message: the ranking follows the board.
    fn refresh(&mut self, room: &Room) {
        self.ranking.refresh(room);
        if let Some(r) = &self.ranking.ranked {
            for (q, sel) in self.selected.iter_mut().enumerate() {
                *sel = (*sel).min(r.quadrants[q].len().saturating_sub(1));
            }
        }
    }

    fn update(&mut self, cx: &mut Cx, msg: Msg) {
        let words = &cx.room().display.lang.s().cap;
        if self.ranking.shared(cx, &msg) {
            return;
        }
        let Some(r) = self.ranking.ranked.as_ref() else {
            return;
        };
        let n = r.columns().len();
        if self.quadrant.index() >= n {
            self.quadrant = Column::S;
        }
        let q = self.quadrant.index();
        let len = r.quadrants[q].len();
        let selected = r.quadrants[q].get(self.selected[q]).map(|i| i.id);
        let members = r.quadrants[q]
            .get(self.selected[q])
            .map(|i| i.members.clone())
            .unwrap_or_default();
        let swot = r.board.is_swot();
        let topic = r.key.clone();
        let quadrant = self.quadrant;
        if let Some(ed) = self.tally.as_mut() {
            match msg {
                Msg::Key(EditKey::Char(ch)) if ch.is_ascii_digit() && ed.chars() < 4 => {
                    ed.key(EditKey::Char(ch));
                }
                Msg::Key(k @ (EditKey::Backspace | EditKey::Delete)) => {
                    ed.key(k);
                }
                Msg::Submit => {
                    let count: u32 = ed.take().trim().parse().unwrap_or(0);
                    self.tally = None;
                    if let Some(note) = selected
                        && let Ok(Some(change)) = ops::tally(&cx.room().notes.board, note, count)
                    {
                        for b in change.redo {
                            cx.emit(b);
                        }
                    }
                }
                Msg::Escape => self.tally = None,
                _ => cx.say(words.tally_keys),
            }
            return;
        }
        let sel = &mut self.selected[q];
        let last = len.saturating_sub(1);
        match msg {
            Msg::Nav(Nav::Up) => *sel = sel.saturating_sub(1),
            Msg::Nav(Nav::Down) => *sel = (*sel + 1).min(last),
            Msg::Nav(Nav::PageUp) => *sel = sel.saturating_sub(5),
            Msg::Nav(Nav::PageDown) => *sel = (*sel + 5).min(last),
            Msg::Nav(Nav::Home) => *sel = 0,
            Msg::Nav(Nav::End) => *sel = last,
            Msg::Nav(Nav::Left | Nav::Right) if swot => self.quadrant = Column::ALL[q ^ 1],
            Msg::Cycle(step) => self.quadrant = quadrant.cycle(step, n),
            Msg::Column(qq) if qq.index() >= n => {
                cx.say(crate::i18n::board::no_column(qq, n, cx.room().display.lang))
            }
            Msg::Column(qq) => self.quadrant = qq,
            Msg::Act(Act::Choose) | Msg::Submit => {
                let Some(note) = selected else {
                    return cx.say(words.nothing_to_select);
                };
                let board = &cx.room().notes.board;
                if swot {
                    cx.emit(ops::pick(board, &topic, quadrant, note));
                } else {
                    for b in ops::choose(board, &topic, note, &members) {
                        cx.emit(b);
                    }
                }
            }
            Msg::Act(Act::Delete) if swot => {
                if let Some(clear) = ops::clear_pick(&cx.room().notes.board, &topic, quadrant) {
                    cx.emit(clear);
                }
            }
            Msg::Act(Act::Delete) => {
                for b in ops::clear_chosen(&cx.room().notes.board, &topic, quadrant) {
                    cx.emit(b);
                }
            }
            Msg::Act(Act::Tally) if selected.is_some() => self.tally = Some(Editor::default()),
            Msg::Act(Act::CloseVote) => {
                if !cx.room().session.votes.hidden {
                    return cx.say(words.votes_not_hidden);
                }
                cx.emit(ops::close_vote(&cx.room().notes.board, &topic));
            }
            Msg::Escape => cx.go(Go::Back),
            _ => {}
        }
    }
}
