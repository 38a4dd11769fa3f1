//! The débat mouvant on the facilitator's (or projector's) screen: one
//! statement at a time in large type, how the room stands as bars with the
//! numbers and shares written beside them (never colour alone), counted
//! before the arguments and again after them to show who moved, and the
//! notable arguments for and against. Every count and argument is an
//! event: another laptop shows it at once, the synthesis prints it.

pub mod keys;
pub mod view;

use crate::core::debate::{self, Counts, MAX_COUNT, Side, When};
use crate::core::event::Body;
use crate::i18n::prelude::*;
use crate::tui::context::Target;
use crate::tui::context::{Cx, Go};
use crate::tui::editor::{EditKey, Editor};
use crate::tui::msg::{Act, Msg, Nav};
use crate::tui::room::Room;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    /// Index in the session's statements.
    pub statement: usize,
    pub when: When,
    /// The position the digits go to (0 agree … 3 disagree).
    pub row: usize,
    /// Counts being typed, not saved yet.
    pub draft: Option<Counts>,
    /// The side of the argument being typed.
    pub arguing: Option<Side>,
    pub editor: Editor,
}

impl State {
    /// The statement on screen, if the session has any.
    pub fn text<'a>(&self, room: &'a Room) -> Option<&'a str> {
        room.session
            .statements
            .get(self.statement)
            .map(String::as_str)
    }

    /// The counts saved for the statement on screen at `when`.
    pub fn saved(&self, room: &Room, when: When) -> Option<Counts> {
        let text = self.text(room)?;
        room.notes
            .board
            .stances
            .iter()
            .find(|((s, w), _)| *w == when && debate::same(s, text))
            .map(|(_, c)| *c)
    }

    /// What the screen shows for the current moment: the draft, else the
    /// saved counts.
    pub fn shown(&self, room: &Room) -> Option<Counts> {
        self.draft.or_else(|| self.saved(room, self.when))
    }

    /// Writes the counts typed (if they changed anything).
    fn save(&mut self, cx: &mut Cx) {
        let Some(counts) = self.draft.take() else {
            return;
        };
        let Some(text) = self.text(cx.room()).map(str::to_string) else {
            return;
        };
        if self.saved(cx.room(), self.when) == Some(counts) {
            return;
        }
        cx.emit(Body::Stance {
            statement: text,
            when: self.when,
            counts,
        });
    }

    fn typing(&mut self, cx: &mut Cx, msg: Msg, side: Side) {
        if crate::tui::msg::line_input(&mut self.editor, &msg) {
            return;
        }
        match msg {
            Msg::Act(Act::Clear) => {
                self.editor.clear();
            }
            Msg::Escape => {
                self.arguing = None;
                self.editor = Editor::default();
            }
            Msg::Submit => {
                let Some(statement) = self.text(cx.room()).map(str::to_string) else {
                    return;
                };
                match crate::core::event::clean_text(self.editor.text()) {
                    Ok(text) => {
                        cx.emit(Body::Argument {
                            statement,
                            side,
                            text,
                        });
                        self.arguing = None;
                        self.editor = Editor::default();
                    }
                    // Enter on nothing typed: nothing to save.
                    Err(crate::core::event::TextError::Empty) => {
                        self.arguing = None;
                    }
                    Err(e) => cx.say(e.message(cx.room().display.lang)),
                }
            }
            _ => {}
        }
    }
}

impl crate::tui::screens::Screen for State {
    /// Opens on the statement the room is on (said by this laptop or
    /// another), else the first.
    fn open(target: &Target, room: &crate::tui::room::Room) -> Option<State> {
        (*target == Target::Debate).then(|| State {
            statement: room
                .notes
                .board
                .debate_on
                .as_deref()
                .and_then(|on| {
                    room.session
                        .statements
                        .iter()
                        .position(|s| debate::same(s, on))
                })
                .unwrap_or(0),
            ..State::default()
        })
    }

    fn answers(&self, target: &Target) -> bool {
        *target == Target::Debate
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
        if self.arguing.is_some() {
            &keys::ARGUMENT
        } else {
            &keys::COUNTING
        }
    }

    fn has_draft(&self) -> bool {
        self.draft.is_some() || (self.arguing.is_some() && !self.editor.is_empty())
    }

    fn update(&mut self, cx: &mut Cx, msg: Msg) {
        let n = cx.room().session.statements.len();
        if let Some(side) = self.arguing {
            return self.typing(cx, msg, side);
        }
        match msg {
            Msg::Escape => {
                self.save(cx);
                cx.go(Go::Back);
            }
            _ if n == 0 => cx.say(cx.room().display.lang.debate().no_statements),
            Msg::Digit(d) => {
                let mut c = self.shown(cx.room()).unwrap_or_default();
                let current = if self.draft.is_some() { c[self.row] } else { 0 };
                c[self.row] = (current * 10 + u32::from(d)).min(MAX_COUNT);
                self.draft = Some(c);
            }
            Msg::Key(EditKey::Backspace) => {
                if let Some(c) = self.draft.as_mut() {
                    c[self.row] /= 10;
                }
            }
            // Counts are typed top-down as the room lines up: Enter saves
            // and goes to the next position.
            Msg::Submit => {
                self.save(cx);
                self.row = (self.row + 1).min(debate::POSITIONS - 1);
            }
            Msg::Nav(Nav::Up) => {
                self.save(cx);
                self.row = self.row.saturating_sub(1);
            }
            Msg::Nav(Nav::Down) => {
                self.save(cx);
                self.row = (self.row + 1).min(debate::POSITIONS - 1);
            }
            Msg::Act(Act::Dot(delta)) => {
                let mut c = self.shown(cx.room()).unwrap_or_default();
                c[self.row] = c[self.row].saturating_add_signed(delta).min(MAX_COUNT);
                self.draft = Some(c);
                self.save(cx);
            }
            Msg::Cycle(_) => {
                self.save(cx);
                self.when = match self.when {
                    When::Before => When::After,
                    When::After => When::Before,
                };
                // The new count starts at the line's first end.
                self.row = 0;
            }
            Msg::Topic(step) => {
                self.save(cx);
                self.statement = (self.statement as i32 + step).rem_euclid(n as i32) as usize;
                self.when = When::Before;
                self.row = 0;
                // Every screen of the room (the projector) follows.
                if let Some(text) = self.text(cx.room()).map(str::to_string) {
                    cx.emit(Body::DebateOn { statement: text });
                }
            }
            Msg::NewArgument(pro) => {
                self.arguing = Some(if pro { Side::For } else { Side::Against });
                self.editor = Editor::default();
            }
            Msg::Act(Act::Delete) => {
                let lang = cx.room().display.lang;
                let Some(text) = self.text(cx.room()) else {
                    return;
                };
                let last = cx
                    .room()
                    .notes
                    .board
                    .arguments
                    .values()
                    .filter(|a| debate::same(&a.statement, text))
                    .max_by_key(|a| a.order)
                    .map(|a| (a.id, a.text.clone()));
                match last {
                    Some((id, said)) => {
                        cx.emit(Body::WithdrawArgument { argument: id });
                        cx.say(format!(
                            "{}{}{}",
                            lang.debate().argument_withdrawn,
                            lang.colon(),
                            lang.quote(&said)
                        ));
                    }
                    None => cx.say(lang.debate().no_argument),
                }
            }
            _ => {}
        }
    }
}
