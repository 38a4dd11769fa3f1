//! The published site (`tablee publish`): a folder of static,
//! self-contained pages (no script, nothing fetched from outside) to copy
//! to a city's web server. In French and in English side by side:
//!
//! ```text
//! index.html                  the choice of language
//! fr/index.html               the year: sessions, answers, open data
//! fr/<date>-<title>.html      each session's synthesis
//! fr/propositions.html        « Retour sur les propositions »
//! fr/proposals.json, .csv     the answers as open data
//! en/…                        the same in English (en/proposals.html)
//! proposals.schema.json       the open data's schema
//! ```
//!
//! Every page is one of the print-ready documents (the synthesis, the
//! follow-up report) with the site's navigation added, or a page of its
//! own written here from one view. Links are relative and stay inside the
//! folder.

pub mod html;

use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::followup;
use crate::core::proposal::Filter;
use crate::core::synth::Synthesis;
use crate::i18n::Lang;

/// What the site is made of.
pub struct Input<'a> {
    /// The site's title (else the words "Workshops and answers", with the
    /// organiser when every session has the same).
    pub title: Option<&'a str>,
    /// One synthesis per session, in the order given (names already
    /// removed unless the organiser asked for them).
    pub syntheses: &'a [Synthesis<'a>],
    /// The sessions' proposals, in the same order.
    pub followup: &'a [followup::Input<'a>],
    /// Whether participants' names were kept (the footer says when not).
    pub names: bool,
    pub tz: &'a TimeZone,
    /// The day of publication: what is late is late on that day.
    pub today: Date,
}

/// One file of the site: its path inside the folder (`/`-separated) and
/// its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// The languages of the site, in the order of the choice page.
pub const LANGS: [Lang; 2] = [Lang::Fr, Lang::En];

/// The schema of the open data, published beside it.
pub const SCHEMA: &str = include_str!("../../../docs/proposals.schema.json");
pub const SCHEMA_FILE: &str = "proposals.schema.json";

/// A page of one language, by what it is; its file name is the same in
/// every language but for the answers (« propositions », "proposals").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Home,
    /// The synthesis of the session at this index of [`Input::syntheses`].
    Session(usize),
    Answers,
}

/// The year as the home page shows it, in one language.
pub struct Home {
    pub lang: Lang,
    pub title: String,
    pub today: Date,
    pub sessions: Vec<SessionEntry>,
    /// The answers at a glance, when any proposal was made.
    pub answers: Option<AnswersEntry>,
    pub names: bool,
}

/// One session on the home page.
pub struct SessionEntry {
    pub index: usize,
    pub date: Option<Date>,
    pub title: String,
    pub place: String,
    /// Its page, when it has anything to read beyond its identity.
    pub file: Option<String>,
    /// "Post-its 60 · votes 42 · participants 32", or that its proposals
    /// are followed on the answers page.
    pub what: String,
}

/// The answers on the home page: how many stand at each status, and how
/// many are late.
pub struct AnswersEntry {
    /// (status with its sign, count), statuses with none left out.
    pub by_status: Vec<(String, usize)>,
    pub total: usize,
    pub late: usize,
}

/// The site's title in `lang`.
pub fn title(input: &Input, lang: Lang) -> String {
    if let Some(t) = input.title.map(str::trim).filter(|t| !t.is_empty()) {
        return t.to_string();
    }
    let words = crate::i18n::site::words(lang).title;
    let organisers: Vec<&str> = input
        .syntheses
        .iter()
        .flat_map(|s| s.sessions.iter().map(|h| h.organiser.trim()))
        .collect();
    match organisers.split_first() {
        Some((first, rest)) if !first.is_empty() && rest.iter().all(|o| o == first) => {
            format!("{words} — {first}")
        }
        _ => words.to_string(),
    }
}

/// The sessions in the order of the year (by date, undated last, then by
/// title), each with the file name of its page.
pub fn entries(input: &Input, lang: Lang) -> Vec<SessionEntry> {
    let mut order: Vec<usize> = (0..input.syntheses.len()).collect();
    let header = |i: usize| &input.syntheses[i].sessions[0];
    order.sort_by(|&a, &b| {
        let (ha, hb) = (header(a), header(b));
        (ha.date.is_none(), ha.date, &ha.title).cmp(&(hb.date.is_none(), hb.date, &hb.title))
    });
    let mut taken: Vec<String> = Vec::new();
    order
        .into_iter()
        .map(|i| {
            let syn = &input.syntheses[i];
            let h = &syn.sessions[0];
            let file = syn.has_content().then(|| {
                let stem = match h.date {
                    Some(d) => format!("{d}-{}", crate::core::text::slug(&h.title)),
                    None => crate::core::text::slug(&h.title),
                };
                let mut name = format!("{stem}.html");
                let mut n = 2;
                while taken.contains(&name) || is_reserved(&name) {
                    name = format!("{stem}-{n}.html");
                    n += 1;
                }
                taken.push(name.clone());
                name
            });
            let proposals = input
                .followup
                .get(i)
                .is_some_and(|f| !f.proposals.is_empty());
            let what = if file.is_none() && proposals {
                crate::i18n::site::words(lang).proposals_only.to_string()
            } else {
                what(syn, lang)
            };
            SessionEntry {
                index: i,
                date: h.date,
                title: h.title.clone(),
                place: h.place.clone(),
                file,
                what,
            }
        })
        .collect()
}

/// What came out of a session, in a few words: its counts when post-its
/// were written, its débat, questionnaires and judgment.
fn what(syn: &Synthesis, lang: Lang) -> String {
    use crate::i18n::Words;
    let w = crate::i18n::site::words(lang);
    let mut parts = Vec::new();
    if syn.counts.post_its > 0 {
        parts.push(super::SynthView { syn, lang }.counts(&syn.counts));
    }
    if !syn.debates.is_empty() {
        let n = syn.debates.len();
        let noun = if lang.singular(n as i64) {
            w.statement
        } else {
            w.statements
        };
        parts.push(format!("{}{}{n} {noun}", w.debate, lang.colon()));
    }
    let forms: u32 = syn.questionnaires.iter().map(|q| q.forms).sum();
    if forms > 0 {
        let noun = if lang.singular(forms.into()) {
            w.form
        } else {
            w.forms
        };
        parts.push(format!("{forms} {noun}"));
    }
    if !syn.judgments.is_empty() {
        parts.push(w.judged.to_string());
    }
    if parts.is_empty() {
        return w.nothing.to_string();
    }
    let joined = parts.join(" · ");
    // A cell starts with a capital: « Débat mouvant : 5 affirmations ».
    let mut chars = joined.chars();
    let capital: String = chars
        .next()
        .into_iter()
        .flat_map(char::to_uppercase)
        .chain(chars)
        .collect();
    lang.typeset(capital)
}

/// File names the site uses for its own pages.
fn is_reserved(name: &str) -> bool {
    LANGS
        .iter()
        .any(|&l| name == file_name(Page::Home, l, &[]) || name == file_name(Page::Answers, l, &[]))
}

/// The file name of a page in `lang` (inside the language's folder).
pub fn file_name(page: Page, lang: Lang, entries: &[SessionEntry]) -> String {
    match page {
        Page::Home => "index.html".to_string(),
        Page::Answers => match lang {
            Lang::Fr => "propositions.html".to_string(),
            Lang::En => "proposals.html".to_string(),
        },
        Page::Session(i) => entries
            .iter()
            .find(|e| e.index == i)
            .and_then(|e| e.file.clone())
            .unwrap_or_else(|| "index.html".to_string()),
    }
}

/// Every file of the site.
pub fn build(input: &Input) -> Vec<File> {
    let mut files = Vec::new();
    let any_proposals = input.followup.iter().any(|f| !f.proposals.is_empty());
    let titles: Vec<(Lang, String)> = LANGS.iter().map(|&l| (l, title(input, l))).collect();
    files.push(File {
        path: "index.html".to_string(),
        bytes: html::choice(&titles).into_bytes(),
    });
    if any_proposals {
        files.push(File {
            path: SCHEMA_FILE.to_string(),
            bytes: SCHEMA.as_bytes().to_vec(),
        });
    }
    for &lang in &LANGS {
        let entries = entries(input, lang);
        let dir = lang.code();
        let answers = any_proposals.then(|| {
            let mut view = followup::build(input.followup, &Filter::default(), lang, input.tz);
            view.late = followup::late(
                input.followup,
                &Filter::default(),
                lang,
                input.tz,
                input.today,
            );
            view
        });
        let home = Home {
            lang,
            title: title(input, lang),
            today: input.today,
            answers: answers.as_ref().map(|v| AnswersEntry {
                by_status: v
                    .glance
                    .columns
                    .iter()
                    .zip(&v.glance.totals)
                    .filter(|(_, n)| **n > 0)
                    .map(|(s, n)| (crate::i18n::followup::status_signed(*s, lang), *n))
                    .collect(),
                total: v.glance.total,
                late: v.late.iter().filter(|l| l.late).count(),
            }),
            sessions: entries,
            names: input.names,
        };
        let nav = html::Nav {
            lang,
            entries: &home.sessions,
            answers: any_proposals,
        };
        files.push(File {
            path: format!("{dir}/{}", file_name(Page::Home, lang, &[])),
            bytes: html::home(&home, &nav).into_bytes(),
        });
        for e in &home.sessions {
            let Some(file) = &e.file else { continue };
            let syn = &input.syntheses[e.index];
            let doc = super::html::synthesis(&super::SynthView { syn, lang });
            files.push(File {
                path: format!("{dir}/{file}"),
                bytes: html::framed(&doc, &nav, Page::Session(e.index), input.names).into_bytes(),
            });
        }
        if let Some(view) = &answers {
            let doc = followup::html::render(view);
            files.push(File {
                path: format!("{dir}/{}", file_name(Page::Answers, lang, &[])),
                bytes: html::framed(&doc, &nav, Page::Answers, input.names).into_bytes(),
            });
            files.push(File {
                path: format!("{dir}/proposals.json"),
                bytes: followup::json::render(view).into_bytes(),
            });
            files.push(File {
                path: format!("{dir}/proposals.csv"),
                bytes: followup::csv::render(view).into_bytes(),
            });
        }
    }
    files
}
