//! The tables' page, built on the server with maud (every text escaped by
//! the template): the whole page, the board part the live connection
//! sends again on every change, the refusal, and the sheets to print.
//!
//! Phone first: one column at 320 px, the text box on top, big targets.
//! Without its script the page still adds a post-it (a plain form) and
//! gives dots; the script adds what a phone needs in a room: the text kept
//! while the network is out, the resend, the live board, the clock.

use maud::{DOCTYPE, Markup, PreEscaped, html};
use uuid::Uuid;

use super::hub::Room;
use crate::core::board::Note;
use crate::core::clock::Run;
use crate::core::model::Column;
use crate::core::votes;
use crate::i18n::board::column_words;
use crate::i18n::prelude::*;
use crate::i18n::serve::{ServeWords, words};

/// What the page shows of a table now.
pub struct TableView<'a> {
    pub room: &'a Room,
    /// The table's key in the session (A, B…).
    pub table: &'a str,
    /// The access key in the page's addresses.
    pub key: &'a str,
    pub lang: Lang,
    pub now: jiff::Timestamp,
    /// The phone asking (its id, made by the page's script): its private
    /// post-its of time alone are shown to it alone.
    pub phone: Option<Uuid>,
}

impl TableView<'_> {
    fn w(&self) -> &'static ServeWords {
        words(self.lang)
    }

    fn topic(&self) -> Option<&crate::core::model::Topic> {
        let t = self.room.session.table(self.table)?;
        self.room.session.topic(&t.topic)
    }

    fn columns(&self) -> Vec<Column> {
        self.room.session.board_at(self.table).columns()
    }

    /// The whole page. `fresh` is the id the form's post-it will carry
    /// (a reload gives another; a resend of the same form is one post-it).
    pub fn page(&self, fresh: Uuid, saved: bool) -> Markup {
        let w = self.w();
        let session = &self.room.session;
        let title = match self.topic() {
            Some(t) => format!("{} {} · {}", w.table, self.table, t.title),
            None => format!("{} {}", w.table, self.table),
        };
        let columns = self.columns();
        let board = session.board_at(self.table);
        html! {
            (DOCTYPE)
            html lang=(self.lang.code()) {
                (phone_head(&format!("{title} — {}", session.title)))
                body data-key=(self.key)
                    data-saved=(w.saved) data-sending=(w.sending)
                    data-offline=(w.offline) data-waiting=(w.waiting)
                    data-refused=(w.refused) data-left=(w.left)
                    data-paused=(w.paused) data-over=(w.over) {
                    a.skip href="#board" { (w.skip_to_board) }
                    header {
                        h1 { (title) }
                        @if let Some(t) = self.topic() && !t.question.is_empty() {
                            p.question { (t.question) }
                        }
                        (self.clock())
                    }
                    main {
                        form #add method="post" action={ "/t/" (self.key) "/note" } {
                            input type="hidden" name="id" value=(fresh);
                            @if columns.len() > 1 {
                                fieldset.columns {
                                    legend { (w.column) }
                                    @for (i, c) in columns.iter().enumerate() {
                                        @let cw = column_words(board, *c, self.lang);
                                        label.column {
                                            input type="radio" name="column" value=(c.index()) checked[i == 0] required;
                                            span { (cw.name) }
                                        }
                                    }
                                }
                            } @else {
                                input type="hidden" name="column" value="0";
                            }
                            label for="text" { (w.your_post_it) }
                            textarea #text name="text" rows="3" maxlength=(crate::core::event::MAX_NOTE_CHARS)
                                required aria-describedby="hint" {}
                            p #hint.hint { (w.one_idea) }
                            button type="submit" { (w.send) }
                            p #status role="status" aria-live="polite" {
                                @if saved { (w.saved_reload) }
                            }
                            div #outbox hidden {
                                h2 { (w.not_sent_yet) }
                                ul {}
                            }
                        }
                        section #board aria-label=(w.board) {
                            (self.board())
                        }
                    }
                    script src="/s/table.js" {}
                }
            }
        }
    }

    /// The room's clock: the phase, and the minutes left (the script counts
    /// them down from `data-end` without asking the laptop).
    pub fn clock(&self) -> Markup {
        let w = self.w();
        let session = &self.room.session;
        let clock = &self.room.clock;
        let Some(phase) = session.agenda.get(clock.phase) else {
            return html! { p #clock {} };
        };
        let planned = phase.minutes;
        let left = clock.remaining(planned, self.now);
        let state = match clock.run {
            Run::Idle => "ready",
            Run::Running { .. } => "running",
            Run::Paused { .. } => "paused",
        };
        let end = match clock.run {
            Run::Running { .. } => Some(self.now.as_millisecond() + left * 1000),
            _ => None,
        };
        let round = session.round_of_phase(clock.phase);
        let group = self.room.group_at(self.table);
        html! {
            p #clock data-state=(state) data-end=[end] {
                span.phase {
                    (w.phase) " " (clock.phase + 1) "/" (session.agenda.len()) " · " (phase.title)
                    @if let Some(r) = round { " · " (w.round) " " (r) }
                    @if let Some(g) = &group { " · " (w.group) " " (g) }
                }
                " "
                span.left {
                    @match clock.run {
                        Run::Idle => { (w.ready) " " (minutes(planned as i64 * 60 + clock.adjust)) }
                        Run::Paused { .. } => { (minutes(left)) " · " (w.paused) }
                        Run::Running { .. } if left < 0 => { (w.over) " " (minutes(-left)) }
                        Run::Running { .. } => { (minutes(left)) " " (w.left) }
                    }
                }
            }
        }
    }

    /// The table's post-its, column by column, with their dots: sent again
    /// whole by the live connection on every change.
    pub fn board(&self) -> Markup {
        let w = self.w();
        let session = &self.room.session;
        let b = &self.room.board;
        let kind = session.board_at(self.table);
        let group = self.room.group_at(self.table);
        let topic = session.table(self.table).map(|t| t.topic.clone());
        let spent = match (&group, &topic) {
            (Some(g), Some(t)) => Some(votes::spent(session, b, t, g)),
            _ => None,
        };
        let notes: Vec<&Note> = b
            .live_notes()
            .into_iter()
            .filter(|n| n.table == self.table)
            .collect();
        let mine: Vec<&Note> = match self.phone {
            Some(p) => b.private_notes(Some(p)),
            None => Vec::new(),
        };
        html! {
            @if self.room.alone() || !mine.is_empty() {
                section.col.mine aria-labelledby="mine" {
                    h2 #mine { (w.mine) " " span.count { "(" (mine.len()) ")" } }
                    p.hint { (w.alone_hint) }
                    @if !mine.is_empty() {
                        ul {
                            @for n in &mine {
                                li { span.text { (n.text) } }
                            }
                        }
                        @if let Some(p) = self.phone {
                            form.share method="post" action={ "/t/" (self.key) "/share" } {
                                input type="hidden" name="phone" value=(p);
                                button type="submit" { (w.share_mine) }
                            }
                        }
                    }
                }
            }
            @for c in self.columns() {
                @let cw = column_words(kind, c, self.lang);
                @let here: Vec<&&Note> = notes.iter().filter(|n| n.quadrant == c).collect();
                section.col aria-labelledby={ "col" (c.index()) } {
                    h2 #{ "col" (c.index()) } {
                        (cw.name) " "
                        span.count { "(" (here.len()) ")" }
                    }
                    p.hint { (cw.hint) }
                    @if let Some(s) = &spent {
                        p.budget { (votes::left(session, s, c).max(0)) " " (w.dots_left) }
                    }
                    @if here.is_empty() {
                        p.empty { (w.empty) }
                    } @else {
                        ul {
                            @for n in here {
                                (self.note(n, group.as_deref()))
                            }
                        }
                    }
                }
            }
        }
    }

    fn note(&self, n: &Note, group: Option<&str>) -> Markup {
        let w = self.w();
        let shown = match votes::shown(&self.room.session, &self.room.board, n, group) {
            votes::Shown::All(v) | votes::Shown::Own(v) => v,
        };
        let own = group.map_or(0, |g| n.votes_of(g));
        let short: String = n.text.chars().take(40).collect();
        html! {
            li #{ "n" (n.id) } {
                span.text { (n.text) }
                span.dots aria-hidden="true" {
                    @for _ in 0..shown.clamp(0, 12) { "●" }
                    @if shown > 12 { " " (shown) }
                }
                span.sr { (shown) " " (if self.lang.singular(shown) { w.dot } else { w.dots }) }
                @if group.is_some() {
                    form.vote method="post" action={ "/t/" (self.key) "/vote" } {
                        input type="hidden" name="note" value=(n.id);
                        button name="delta" value="1" aria-label={ (w.add_dot) " " (self.lang.quote(&short)) } { "+●" }
                        @if own > 0 {
                            button name="delta" value="-1" aria-label={ (w.remove_dot) " " (self.lang.quote(&short)) } { "−●" }
                        }
                    }
                }
            }
        }
    }
}

/// Minutes as "12 min", seconds as "0:45" in the last minute.
fn minutes(secs: i64) -> String {
    let secs = secs.max(0);
    if secs >= 60 {
        format!("{} min", (secs + 59) / 60)
    } else {
        format!("0:{secs:02}")
    }
}

/// The `<head>` of every page a phone sees: sized for it, no referrer, the
/// page's own stylesheet.
fn phone_head(title: &str) -> Markup {
    html! {
        head {
            meta charset="utf-8";
            meta name="viewport" content="width=device-width, initial-scale=1";
            meta name="referrer" content="no-referrer";
            title { (title) }
            link rel="stylesheet" href="/s/table.css";
        }
    }
}

/// The page for a request without a valid key: nothing about the session.
pub fn forbidden(lang: Lang) -> Markup {
    let w = words(lang);
    html! {
        (DOCTYPE)
        html lang=(lang.code()) {
            (phone_head(w.forbidden_title))
            body {
                main {
                    h1 { (w.forbidden_title) }
                    p { (w.forbidden) }
                }
            }
        }
    }
}

/// One table's sheet, for the sheets to print.
pub struct Sheet<'a> {
    pub table: &'a str,
    pub topic: &'a str,
    pub url: &'a str,
    pub key: &'a str,
    /// The QR code, as SVG (drawn by [`super::qr::svg`]).
    pub qr: String,
}

/// The A4 sheets, one per table, to put on the tables.
pub fn sheets(title: &str, lang: Lang, sheets: &[Sheet]) -> Markup {
    let w = words(lang);
    html! {
        (DOCTYPE)
        html lang=(lang.code()) {
            head {
                meta charset="utf-8";
                title { (title) }
                style { (PreEscaped(SHEET_CSS)) }
            }
            body {
                @for s in sheets {
                    section.sheet {
                        p.session { (title) }
                        h1 { (w.table) " " (s.table) }
                        p.topic { (s.topic) }
                        figure {
                            (PreEscaped(&s.qr))
                            figcaption { (w.sheet_scan) }
                        }
                        p { (w.sheet_or_type) }
                        p.url { (s.url) }
                        p { (w.sheet_key) (lang.colon()) strong.key { (s.key) } }
                        p.small { (w.sheet_same_network) }
                    }
                }
            }
        }
    }
}

const SHEET_CSS: &str = "@page{size:A4;margin:15mm}\
body{font-family:sans-serif;color:#000;margin:0}\
.sheet{break-after:page;text-align:center;padding-top:10mm}\
.sheet:last-child{break-after:auto}\
h1{font-size:48pt;margin:4mm 0}\
.session{font-size:14pt;margin:0}\
.topic{font-size:20pt;margin:0 0 8mm}\
figure{margin:0 auto;width:110mm}\
figure svg{width:110mm;height:110mm}\
figcaption{font-size:14pt;margin-top:3mm}\
.url{font-family:monospace;font-size:16pt;word-break:break-all}\
.key{font-family:monospace;font-size:20pt;letter-spacing:.1em}\
.small{font-size:12pt}";
