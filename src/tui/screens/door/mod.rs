//! The door: who arrives is ticked in as they come (a name typed, Enter),
//! someone not in the register is welcomed in the same two keystrokes
//! (their name, Enter); the room's count against those invited and the
//! capacity stays in view. Every tick is an event by the person's id (two
//! laptops at the door merge like post-its); a walk-in is added to the
//! council's register by the store, never named in a journal.

pub mod keys;
pub mod view;

use uuid::Uuid;

use crate::core::event::Body;
use crate::core::register::Person;
use crate::i18n::register::Said;
use crate::tui::context::{Cx, Go, Target};
use crate::tui::editor::Editor;
use crate::tui::msg::{Msg, Nav};
use crate::tui::room::Room;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    /// The name being typed: the list keeps who it fits.
    pub editor: Editor,
    /// The row chosen in the list.
    pub selected: usize,
}

/// One person of the list, as the door sees them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub id: Uuid,
    pub name: String,
    pub role: String,
    pub needs: String,
    pub here: bool,
    pub invited: bool,
}

impl State {
    /// The list: with nothing typed, those invited and those already
    /// here; with a name typed, everyone of the register it fits. By name.
    pub fn rows(&self, room: &Room) -> Vec<Row> {
        let key = fold(self.editor.text());
        let arrivals = &room.notes.board.arrivals;
        let invited = &room.session.invited;
        let here = |id: &Uuid| arrivals.get(id).copied().unwrap_or(false);
        let mut rows: Vec<Row> = room
            .register
            .people
            .iter()
            .filter(|p| {
                if key.is_empty() {
                    invited.is_empty() || invited.contains(&p.id) || here(&p.id)
                } else {
                    fold(&p.name).contains(&key)
                }
            })
            .map(|p: &Person| Row {
                id: p.id,
                name: p.name.clone(),
                role: p.role.clone(),
                needs: p.needs.clone(),
                here: here(&p.id),
                invited: invited.contains(&p.id),
            })
            .collect();
        rows.sort_by_key(|r| fold(&r.name));
        rows
    }

    fn tick(&mut self, cx: &mut Cx) {
        let lang = cx.room().display.lang;
        let rows = self.rows(cx.room());
        let typed = self.editor.text().trim().to_string();
        if let Some(r) = rows.get(self.selected.min(rows.len().saturating_sub(1))) {
            let here = !r.here;
            cx.emit(Body::Arrived { person: r.id, here });
            let said = if here {
                format!("☑ {}", r.name)
            } else {
                format!("☐ {}", r.name)
            };
            let said = if here && !r.needs.trim().is_empty() {
                Said::Needs {
                    name: &r.name,
                    needs: &r.needs,
                }
                .text(lang)
            } else {
                said
            };
            cx.say(said);
        } else if !typed.is_empty() {
            // Nobody of that name: welcomed without an invitation.
            match cx.walk_in(&typed) {
                Ok(id) => {
                    cx.emit(Body::Arrived {
                        person: id,
                        here: true,
                    });
                    cx.say(format!(
                        "☑ {typed} — {}",
                        crate::i18n::register::door_words(lang).walk_in
                    ));
                }
                Err(Some(crate::core::register::Refused::Twice { name })) => {
                    cx.say(Said::Twice { name: &name }.text(lang))
                }
                Err(Some(crate::core::register::Refused::EmptyName)) => {
                    cx.say(Said::EmptyName.text(lang))
                }
                Err(None) => cx.say(crate::i18n::register::door_words(lang).unreadable),
            }
        } else {
            return;
        }
        self.editor = Editor::default();
        self.selected = 0;
    }
}

fn fold(s: &str) -> String {
    crate::core::text::fold(s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

impl crate::tui::screens::Screen for State {
    fn open(target: &Target, _room: &Room) -> Option<State> {
        (*target == Target::Door).then(State::default)
    }

    fn answers(&self, target: &Target) -> bool {
        *target == Target::Door
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
        &keys::KEYS
    }

    fn has_draft(&self) -> bool {
        false
    }

    fn update(&mut self, cx: &mut Cx, msg: Msg) {
        if crate::tui::msg::line_input(&mut self.editor, &msg) {
            self.selected = 0;
            return;
        }
        match msg {
            Msg::Submit => self.tick(cx),
            Msg::Nav(Nav::Up) => self.selected = self.selected.saturating_sub(1),
            Msg::Nav(Nav::Down) => {
                let n = self.rows(cx.room()).len();
                self.selected = (self.selected + 1).min(n.saturating_sub(1));
            }
            Msg::Escape if !self.editor.is_empty() => {
                self.editor = Editor::default();
                self.selected = 0;
            }
            Msg::Escape => cx.go(Go::Back),
            _ => {}
        }
    }
}
