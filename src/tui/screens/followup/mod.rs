//! The follow-up of proposals (`tablee follow SESSION`, or F8 from the
//! plenary): every proposal by theme and status, the selected one's answer,
//! origin and history beside it. A digit sets the status (1–7) or dates a
//! progress note (8, 9); a letter opens one field of the answer to type
//! (r response, o owner, c condition, d due date, t theme); `/` searches,
//! Tab shows one status at a time. Every change is a `Respond` event, so
//! several organisers on several laptops answer the same year.

pub mod keys;
pub mod view;

use crate::i18n::prelude::*;
use crate::tui::screens::Screen as _;
use uuid::Uuid;

use crate::core::event::Body;
use crate::core::proposal::{self, Due, ProgressNote, Proposal, Response, Status};
use crate::i18n::followup::Said;
use crate::tui::context::{Cx, Go, Target};
use crate::tui::editor::Editor;
use crate::tui::msg::{Field, Msg, Nav};
use crate::tui::room::Room;

/// Which proposals the list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StatusFilter {
    #[default]
    All,
    /// One status (`None`: awaiting an answer).
    Only(Option<Status>),
    /// Late, or due within the notice (answer deadlines, due dates).
    Late,
}

impl StatusFilter {
    /// All, then each status in the councils' order, then awaiting.
    const CYCLE: [StatusFilter; 10] = [
        StatusFilter::All,
        StatusFilter::Late,
        StatusFilter::Only(Some(Status::Accepted)),
        StatusFilter::Only(Some(Status::Modified)),
        StatusFilter::Only(Some(Status::Escalated)),
        StatusFilter::Only(Some(Status::Studying)),
        StatusFilter::Only(Some(Status::Clarify)),
        StatusFilter::Only(Some(Status::Refused)),
        StatusFilter::Only(Some(Status::OutOfScope)),
        StatusFilter::Only(None),
    ];

    fn step(self, by: i32) -> StatusFilter {
        let i = Self::CYCLE.iter().position(|f| *f == self).unwrap_or(0) as i32;
        Self::CYCLE[(i + by).rem_euclid(Self::CYCLE.len() as i32) as usize]
    }
}

/// What the keys are doing.
#[derive(Debug, Clone, PartialEq)]
pub enum Typing {
    /// Moving in the list.
    No,
    /// Typing one field of the selected proposal's answer.
    Field(Uuid, Field),
    /// Typing the search.
    Search,
}

/// One line of the list.
#[derive(Debug, Clone, PartialEq)]
pub enum Row {
    Theme(String, usize),
    Status(Option<Status>, usize),
    Proposal(Uuid),
}

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// Every proposal, as of the board's last generation.
    pub proposals: Vec<Proposal>,
    pub short: std::collections::HashMap<Uuid, String>,
    /// The rows shown (filtered, grouped).
    pub rows: Vec<Row>,
    pub selected: Option<Uuid>,
    pub filter: StatusFilter,
    pub search: Editor,
    pub typing: Typing,
    /// The field being typed.
    pub editor: Editor,
    /// Rows of the selected proposal's details scrolled past.
    pub detail_scroll: u16,
    /// Late or due soon, as of `late_day`.
    pub late: std::collections::HashMap<Uuid, crate::core::deadline::Lateness>,
    late_day: Option<jiff::civil::Date>,
    /// The board generation `proposals` was built from.
    generation: Option<u64>,
}

impl State {
    pub fn new(room: &Room) -> State {
        let mut s = State {
            proposals: Vec::new(),
            short: Default::default(),
            rows: Vec::new(),
            selected: None,
            filter: StatusFilter::All,
            search: Editor::default(),
            typing: Typing::No,
            editor: Editor::default(),
            detail_scroll: 0,
            late: Default::default(),
            late_day: None,
            generation: None,
        };
        s.refresh(room);
        s
    }

    pub fn proposal(&self, id: Uuid) -> Option<&Proposal> {
        self.proposals.iter().find(|p| p.id == id)
    }

    fn regroup(&mut self, room: &Room) {
        let needle = crate::core::text::fold(self.search.text().trim());
        let filter = self.filter;
        let kept: Vec<Proposal> = self
            .proposals
            .iter()
            .filter(|p| match filter {
                StatusFilter::All => true,
                StatusFilter::Only(s) => p.status == s,
                StatusFilter::Late => self.late.contains_key(&p.id),
            })
            .filter(|p| needle.is_empty() || matches_words(p, &needle))
            .cloned()
            .collect();
        let order = proposal::themes(&room.session, &self.proposals);
        let no_theme = room.display.lang.followup().no_theme;
        self.rows.clear();
        for (theme, groups) in proposal::grouped(kept, &order) {
            let n = groups.iter().map(|(_, ps)| ps.len()).sum();
            self.rows
                .push(Row::Theme(theme.unwrap_or_else(|| no_theme.to_string()), n));
            for (status, ps) in groups {
                self.rows.push(Row::Status(status, ps.len()));
                self.rows.extend(ps.iter().map(|p| Row::Proposal(p.id)));
            }
        }
        let shown: Vec<Uuid> = self.shown();
        if self.selected.is_none_or(|s| !shown.contains(&s)) {
            self.selected = shown.first().copied();
        }
    }

    /// The proposals on the list, in order.
    pub fn shown(&self) -> Vec<Uuid> {
        self.rows
            .iter()
            .filter_map(|r| match r {
                Row::Proposal(id) => Some(*id),
                _ => None,
            })
            .collect()
    }

    fn in_list(&mut self, cx: &mut Cx, msg: Msg) {
        let before = self.selected;
        self.list_key(cx, msg);
        if self.selected != before {
            self.detail_scroll = 0;
        }
    }

    fn list_key(&mut self, cx: &mut Cx, msg: Msg) {
        let shown = self.shown();
        let at = self
            .selected
            .and_then(|s| shown.iter().position(|x| *x == s));
        let step = |by: i64| -> Option<Uuid> {
            if shown.is_empty() {
                return None;
            }
            let i = at.unwrap_or(0) as i64 + by;
            Some(shown[i.clamp(0, shown.len() as i64 - 1) as usize])
        };
        match msg {
            Msg::Nav(Nav::Up) => self.selected = step(-1),
            Msg::Nav(Nav::Down) => self.selected = step(1),
            Msg::Nav(Nav::PageUp) => self.selected = step(-10),
            Msg::Nav(Nav::PageDown) => self.selected = step(10),
            Msg::Nav(Nav::Home) => self.selected = shown.first().copied(),
            Msg::Nav(Nav::End) => self.selected = shown.last().copied(),
            Msg::Cycle(by) => {
                self.filter = self.filter.step(by);
                self.regroup(cx.room());
            }
            Msg::Search => self.typing = Typing::Search,
            Msg::Scroll(by) => {
                self.detail_scroll = self.detail_scroll.saturating_add_signed(by as i16);
            }
            Msg::Topic(step) if cx.room().year.len() > 1 => {
                let n = cx.room().year.len() as i32;
                let to = (cx.room().year_at as i32 + step).rem_euclid(n) as usize;
                cx.go(Go::Session(to));
            }
            Msg::Escape => {
                if self.filter != StatusFilter::All || !self.search.is_empty() {
                    self.filter = StatusFilter::All;
                    self.search.clear();
                    self.regroup(cx.room());
                } else {
                    cx.go(Go::Back);
                }
            }
            Msg::OpenPlenary => cx.open(Target::Plenary { topic: None }),
            Msg::Digit(n) => {
                let Some(id) = self.selected else {
                    return self.nothing(cx);
                };
                if let Some(state) = keys::progress_of(n) {
                    self.start_field(id, Field::Progress(state), String::new());
                } else if let Some(status) =
                    (n as usize).checked_sub(1).and_then(|i| Status::ALL.get(i))
                {
                    self.answer(
                        cx,
                        id,
                        Response {
                            status: Some(*status),
                            ..Response::default()
                        },
                    );
                }
            }
            Msg::Field(field) => {
                let Some(id) = self.selected else {
                    return self.nothing(cx);
                };
                let Some(p) = self.proposal(id) else { return };
                let current = match field {
                    Field::Title => p.text.clone(),
                    Field::Response => p.response.clone(),
                    Field::Owner => p.owner.clone(),
                    Field::Condition => p.condition.clone(),
                    Field::Due => p.due.map(|d| d.to_string()).unwrap_or_default(),
                    Field::Theme => p.theme.clone().unwrap_or_default(),
                    Field::Progress(_) => String::new(),
                };
                self.start_field(id, field, current);
            }
            _ => {}
        }
    }

    fn nothing(&mut self, cx: &mut Cx) {
        let w = cx.room().display.lang.followup();
        cx.say(if self.proposals.is_empty() {
            w.none_yet
        } else {
            w.none_shown
        });
    }

    fn start_field(&mut self, id: Uuid, field: Field, current: String) {
        self.editor = Editor::default();
        self.editor.set(&current);
        self.typing = Typing::Field(id, field);
    }

    fn typing_field(&mut self, cx: &mut Cx, msg: Msg, id: Uuid, field: Field) {
        if edit_text(&mut self.editor, &msg) {
            return;
        }
        match msg {
            Msg::Escape => {
                self.typing = Typing::No;
                self.editor = Editor::default();
                cx.say(cx.room().display.lang.followup().unchanged);
            }
            Msg::Submit => {
                let text = crate::core::text::sanitize(self.editor.text())
                    .trim()
                    .to_string();
                let lang = cx.room().display.lang;
                if text.chars().count() > crate::core::event::MAX_NOTE_CHARS {
                    cx.say(
                        Said::TooLong {
                            what: crate::i18n::followup::TextOf::Response,
                            chars: text.chars().count(),
                            max: crate::core::event::MAX_NOTE_CHARS,
                        }
                        .text(lang),
                    );
                    return;
                }
                let mut r = Response::default();
                match field {
                    Field::Title => {
                        if text.is_empty() {
                            self.typing = Typing::No;
                            cx.say(lang.followup().unchanged);
                            return;
                        }
                        r.title = Some(text);
                    }
                    Field::Response => r.text = Some(text),
                    Field::Owner => r.owner = Some(text),
                    Field::Condition => r.condition = Some(text),
                    Field::Theme => {
                        if text.is_empty() {
                            self.typing = Typing::No;
                            cx.say(lang.followup().unchanged);
                            return;
                        }
                        let known = proposal::themes(&cx.room().session, &self.proposals);
                        r.theme = Some(proposal::known_theme(&text, &known));
                    }
                    Field::Due => {
                        if text.is_empty() {
                            self.typing = Typing::No;
                            cx.say(lang.followup().unchanged);
                            return;
                        }
                        match Due::parse(&text) {
                            Some(d) => r.due = Some(d),
                            None => {
                                // Stays open, with the text, to be fixed.
                                cx.say(Said::BadDue { typed: &text }.text(lang));
                                return;
                            }
                        }
                    }
                    Field::Progress(state) => {
                        let on = cx
                            .room()
                            .display
                            .now
                            .to_zoned(cx.room().display.tz.clone())
                            .date();
                        r.progress = Some(ProgressNote { state, on, text });
                    }
                }
                self.typing = Typing::No;
                self.editor = Editor::default();
                self.answer(cx, id, r);
            }
            _ => {}
        }
    }

    fn typing_search(&mut self, cx: &mut Cx, msg: Msg) {
        if edit_text(&mut self.search, &msg) {
            self.regroup(cx.room());
            return;
        }
        match msg {
            Msg::Submit => self.typing = Typing::No,
            Msg::Escape => {
                self.search.clear();
                self.typing = Typing::No;
                self.regroup(cx.room());
            }
            _ => {}
        }
    }

    /// Writes an answer (unless it changes nothing) and says so.
    fn answer(&mut self, cx: &mut Cx, id: Uuid, r: Response) {
        let lang = cx.room().display.lang;
        let unchanged = self.proposal(id).is_some_and(|p| {
            r.progress.is_none()
                && r.title.as_ref().is_none_or(|t| *t == p.text)
                && r.status.is_none_or(|s| p.status == Some(s))
                && r.text.as_ref().is_none_or(|t| *t == p.response)
                && r.owner.as_ref().is_none_or(|t| *t == p.owner)
                && r.condition.as_ref().is_none_or(|t| *t == p.condition)
                && r.due.is_none_or(|d| p.due == Some(d))
                && r.theme.as_ref().is_none_or(|t| p.theme.as_ref() == Some(t))
        });
        if unchanged {
            cx.say(lang.followup().unchanged);
            return;
        }
        let summary = r
            .status
            .map(|s| crate::i18n::followup::status_signed(Some(s), lang))
            .or_else(|| {
                r.progress.as_ref().map(|n| {
                    format!(
                        "{} {}",
                        n.state.sign(),
                        crate::i18n::followup::progress(n.state, lang)
                    )
                })
            })
            .unwrap_or_else(|| lang.followup().saved.to_string());
        cx.emit(Body::Respond {
            proposal: id,
            response: r,
        });
        let short = self.short.get(&id).cloned().unwrap_or_default();
        cx.say(format!("{short} · {summary}"));
    }
}

/// Whether every word of the (folded) search is in the proposal's texts.
fn matches_words(p: &Proposal, needle: &str) -> bool {
    let hay = crate::core::text::fold(&format!(
        "{} {} {} {} {} {} {}",
        p.text,
        p.description,
        p.response,
        p.owner,
        p.condition,
        p.theme.as_deref().unwrap_or(""),
        p.post_its.join(" ")
    ));
    needle.split_whitespace().all(|w| hay.contains(w))
}

/// Text keys into an input, Ctrl-U included; true when `msg` was one.
fn edit_text(editor: &mut Editor, msg: &Msg) -> bool {
    if let Msg::Act(crate::tui::msg::Act::Clear) = msg {
        editor.clear();
        return true;
    }
    crate::tui::msg::line_input(editor, msg)
}

impl crate::tui::screens::Screen for State {
    fn open(target: &Target, room: &Room) -> Option<State> {
        (*target == Target::FollowUp).then(|| State::new(room))
    }

    fn answers(&self, target: &Target) -> bool {
        *target == Target::FollowUp
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
        match self.typing {
            Typing::No => &keys::LIST,
            Typing::Field(..) => &keys::ANSWER,
            Typing::Search => &keys::SEARCH,
        }
    }

    /// A field typed and not saved.
    fn has_draft(&self) -> bool {
        matches!(self.typing, Typing::Field(..)) && !self.editor.is_empty()
    }

    /// Follows the room: proposals and the list again when the board
    /// changed (a key that only moves or types leaves them as they are;
    /// the filter and the search regroup themselves).
    fn refresh(&mut self, room: &Room) {
        let tz = &room.display.tz;
        let today = room.display.now.to_zoned(tz.clone()).date();
        if self.generation != Some(room.notes.generation) || self.late_day != Some(today) {
            self.generation = Some(room.notes.generation);
            self.late_day = Some(today);
            self.proposals = crate::core::followup::of_session(&room.session, &room.notes.board, 0);
            self.short = proposal::short_ids(self.proposals.iter().map(|p| &p.id));
            let s = &room.session;
            self.late = self
                .proposals
                .iter()
                .filter_map(|p| {
                    let l = crate::core::deadline::of_session(p, s, tz, today)?;
                    Some((p.id, l))
                })
                .collect();
            self.regroup(room);
        }
    }

    fn update(&mut self, cx: &mut Cx, msg: Msg) {
        match self.typing.clone() {
            Typing::Field(id, field) => self.typing_field(cx, msg, id, field),
            Typing::Search => self.typing_search(cx, msg),
            Typing::No => self.in_list(cx, msg),
        }
    }
}
