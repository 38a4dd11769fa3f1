//! Typing paper questionnaires in (`tablee forms SESSION`, or `f` on the
//! facilitator's screen): one row per form, one field per question,
//! digits for answers. A digit on a step or a single choice goes on to
//! the next question, so a form of ten scales is ten digits and Enter;
//! Tab leaves a question blank. Every form is one event, kept as typed:
//! another laptop sees it at once, a correction replaces it, a
//! withdrawal keeps it in the journal. F3 shows the results so far as
//! bars.

pub mod keys;
pub mod view;

use uuid::Uuid;

use crate::core::event::Body;
use crate::core::questionnaire::{self, Answer, Answers, Form, Questionnaire};
use crate::i18n::prelude::*;
use crate::tui::context::{Cx, Go, Target};
use crate::tui::editor::{EditKey, Editor};
use crate::tui::msg::{Act, Msg, Nav};
use crate::tui::room::Room;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    /// Index in the session's questionnaires.
    pub questionnaire: usize,
    /// The form being corrected; None for a new one.
    pub editing: Option<Uuid>,
    /// The question the keys type into.
    pub field: usize,
    /// What is typed, one per question.
    pub fields: Vec<Editor>,
    /// The results instead of the grid.
    pub results: bool,
    /// The results' first row shown.
    pub scroll: usize,
}

/// The forms of one questionnaire, in the order they were first typed.
pub fn forms_of<'a>(room: &'a Room, title: &str) -> Vec<&'a Form> {
    let mut forms: Vec<&Form> = room
        .notes
        .board
        .forms
        .values()
        .filter(|f| questionnaire::same(&f.questionnaire, title))
        .collect();
    forms.sort_by_key(|f| f.order);
    forms
}

impl State {
    pub fn new(room: &Room) -> State {
        let mut s = State::default();
        s.clear(room);
        s
    }

    pub fn current<'a>(&self, room: &'a Room) -> Option<&'a Questionnaire> {
        room.session.questionnaires.get(self.questionnaire)
    }

    /// An empty row for a new form.
    fn clear(&mut self, room: &Room) {
        let n = self.current(room).map_or(0, |q| q.questions.len());
        self.fields = vec![Editor::default(); n];
        self.editing = None;
        self.field = 0;
    }

    /// The row filled with a saved form's answers, to correct it.
    fn load(&mut self, room: &Room, form: &Form) {
        let Some(q) = self.current(room) else { return };
        self.fields = q
            .questions
            .iter()
            .map(|question| {
                let mut e = Editor::default();
                if let Some(a) = form.answer(&question.text) {
                    e.insert(&questionnaire::typed(a));
                }
                e
            })
            .collect();
        self.editing = Some(form.id);
        self.field = 0;
    }

    fn typed_anything(&self) -> bool {
        self.fields.iter().any(|e| !e.text().trim().is_empty())
    }

    /// Whether the row differs from what is saved (a new row with
    /// anything typed; a loaded form changed).
    fn changed(&self, room: &Room) -> bool {
        match self.editing {
            None => self.typed_anything(),
            Some(id) => {
                let Some(q) = self.current(room) else {
                    return false;
                };
                let Some(form) = room.notes.board.forms.get(&id) else {
                    return true;
                };
                q.questions.iter().zip(&self.fields).any(|(question, e)| {
                    form.answer(&question.text)
                        .map(questionnaire::typed)
                        .unwrap_or_default()
                        != e.text().trim()
                })
            }
        }
    }

    /// Reads the row; the first answer that does not read is said, and
    /// the keys go to it.
    fn answers(&mut self, cx: &mut Cx) -> Option<Vec<(String, Answer)>> {
        let lang = cx.room().display.lang;
        let q = self.current(cx.room())?.clone();
        let mut out = Vec::new();
        for (i, (question, e)) in q.questions.iter().zip(&self.fields).enumerate() {
            match questionnaire::read(question, e.text()) {
                Ok(Some(a)) => out.push((question.text.clone(), a)),
                Ok(None) => {}
                Err(err) => {
                    self.field = i;
                    cx.say(crate::i18n::forms::refused_at(i, &err, lang));
                    return None;
                }
            }
        }
        Some(out)
    }

    /// Saves the row (if it changed): true when nothing is left unsaved.
    fn save(&mut self, cx: &mut Cx) -> bool {
        if !self.changed(cx.room()) {
            return true;
        }
        let Some(answers) = self.answers(cx) else {
            return false;
        };
        let lang = cx.room().display.lang;
        let Some(title) = self.current(cx.room()).map(|q| q.title.clone()) else {
            return true;
        };
        let corrected = self.editing.is_some();
        let form = self.editing.unwrap_or_else(Uuid::new_v4);
        let before = forms_of(cx.room(), &title).len();
        cx.emit(Body::Form {
            form,
            questionnaire: title.clone(),
            answers,
        });
        let n = forms_of(cx.room(), &title)
            .iter()
            .position(|f| f.id == form)
            .map_or(before + 1, |i| i + 1);
        cx.say(crate::i18n::forms::saved(n, corrected, lang));
        true
    }

    /// Moves to question `to` (clamped).
    fn go_to(&mut self, to: i64) {
        let n = self.fields.len() as i64;
        if n > 0 {
            self.field = to.clamp(0, n - 1) as usize;
        }
    }

    /// Another form: `step` −1 an earlier one, +1 a later one (past the
    /// last, a new row). What was typed is saved first.
    fn browse(&mut self, cx: &mut Cx, step: i64) {
        let Some(title) = self.current(cx.room()).map(|q| q.title.clone()) else {
            return;
        };
        let at = {
            let forms = forms_of(cx.room(), &title);
            self.editing
                .and_then(|id| forms.iter().position(|f| f.id == id))
                .unwrap_or(forms.len()) as i64
        };
        if !self.save(cx) {
            return;
        }
        let forms = forms_of(cx.room(), &title);
        let to = at + step;
        if to < 0 {
            if let Some(first) = forms.first() {
                let first = (*first).clone();
                self.load(cx.room(), &first);
            }
        } else if let Some(f) = forms.get(to as usize) {
            let f = (*f).clone();
            self.load(cx.room(), &f);
        } else {
            self.clear(cx.room());
        }
    }
}

impl crate::tui::screens::Screen for State {
    fn open(target: &Target, room: &Room) -> Option<State> {
        (*target == Target::Forms).then(|| State::new(room))
    }

    fn answers(&self, target: &Target) -> bool {
        *target == Target::Forms
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
        if self.results {
            &keys::RESULTS
        } else {
            &keys::TYPING
        }
    }

    fn has_draft(&self) -> bool {
        // Saved by Esc; a quit asks first.
        self.editing.is_none() && self.typed_anything()
    }

    /// The set-up may change the questions under the screen: the row
    /// follows (typed answers stay with their position).
    fn refresh(&mut self, room: &Room) {
        let nq = room.session.questionnaires.len();
        if nq > 0 && self.questionnaire >= nq {
            self.questionnaire = nq - 1;
        }
        let n = self.current(room).map_or(0, |q| q.questions.len());
        self.fields.resize(n, Editor::default());
        if self.field >= n {
            self.field = n.saturating_sub(1);
        }
    }

    fn update(&mut self, cx: &mut Cx, msg: Msg) {
        let lang = cx.room().display.lang;
        let Some(q) = self.current(cx.room()).cloned() else {
            if matches!(msg, Msg::Escape) {
                cx.go(Go::Back);
            } else {
                cx.say(lang.forms().none);
            }
            return;
        };
        if self.results {
            match msg {
                Msg::Toggle | Msg::Escape => self.results = false,
                Msg::Scroll(d) => self.scroll = (self.scroll as i64 + i64::from(d)).max(0) as usize,
                Msg::Topic(_) => self.next_questionnaire(cx),
                _ => {}
            }
            return;
        }
        // A digit on a step or a single choice is the whole answer: on to
        // the next question.
        if let Msg::Key(EditKey::Char(c)) = msg
            && c.is_ascii_digit()
            && let Some(question) = q.questions.get(self.field)
            && matches!(question.answers, Answers::Scale(_) | Answers::One(_))
        {
            let e = &mut self.fields[self.field];
            *e = Editor::default();
            e.insert(&c.to_string());
            match questionnaire::read(question, e.text()) {
                Ok(_) => {
                    if self.field + 1 < self.fields.len() {
                        self.field += 1;
                    }
                }
                Err(err) => cx.say(crate::i18n::forms::refused_at(self.field, &err, lang)),
            }
            return;
        }
        if let Some(e) = self.fields.get_mut(self.field)
            && crate::tui::msg::line_input(e, &msg)
        {
            return;
        }
        match msg {
            Msg::Submit => {
                if self.editing.is_none() && !self.typed_anything() {
                    cx.say(lang.forms().empty_form);
                } else if self.save(cx) {
                    self.clear(cx.room());
                }
            }
            Msg::Cycle(step) => self.go_to(self.field as i64 + i64::from(step)),
            Msg::Nav(Nav::Up) => self.browse(cx, -1),
            Msg::Nav(Nav::Down) => self.browse(cx, 1),
            Msg::Toggle => {
                self.results = true;
                self.scroll = 0;
            }
            Msg::Topic(_) if self.save(cx) => self.next_questionnaire(cx),
            Msg::Act(Act::Delete) => match self.editing {
                Some(form) => {
                    cx.emit(Body::WithdrawForm { form });
                    cx.say(lang.forms().withdrawn);
                    self.clear(cx.room());
                }
                None => cx.say(lang.forms().nothing_to_withdraw),
            },
            Msg::Escape if self.save(cx) => cx.go(Go::Back),
            _ => {}
        }
    }
}

impl State {
    fn next_questionnaire(&mut self, cx: &mut Cx) {
        let n = cx.room().session.questionnaires.len().max(1);
        self.questionnaire = (self.questionnaire + 1) % n;
        self.scroll = 0;
        self.clear(cx.room());
    }
}
