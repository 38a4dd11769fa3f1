//! Proposals and the council's answers to them, across a year.
//!
//! A proposal is a plenary action (every one is, without an event), or one
//! written with [`Body::Propose`](super::event::Body::Propose): promoted
//! from a post-it, a cluster or a key factor, or arrived by letter. Each
//! answer is a [`Body::Respond`](super::event::Body::Respond) event carrying
//! only the fields it changes; the current answer is the fold of them in
//! Lamport order (the last writer wins per field) and every one stays in
//! the history, concurrent ones included.
//!
//! Pure: no wall clock (dates come in), no words (the `i18n::followup`
//! module says everything).

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::model::{Column, Session};

/// The answer's category, in the councils' own terms (seed 001).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Status {
    /// Accepted and feasible (the due date says when).
    Accepted,
    /// Accepted with changes (the response says what changes).
    Modified,
    /// Accepted but cross-cutting: sent on (the owner says to whom).
    Escalated,
    /// Still under study.
    Studying,
    /// Needs clarifying (the response asks the question).
    Clarify,
    /// Not accepted (the response gives the reason).
    Refused,
    /// Outside the institution's remit (the owner says whose it is).
    OutOfScope,
}

impl Status {
    /// In the order the councils present them.
    pub const ALL: [Status; 7] = [
        Status::Accepted,
        Status::Modified,
        Status::Escalated,
        Status::Studying,
        Status::Clarify,
        Status::Refused,
        Status::OutOfScope,
    ];

    /// The name typed on the command line (`out-of-scope`).
    pub fn code(self) -> &'static str {
        match self {
            Status::Accepted => "accepted",
            Status::Modified => "modified",
            Status::Escalated => "escalated",
            Status::Studying => "studying",
            Status::Clarify => "clarify",
            Status::Refused => "refused",
            Status::OutOfScope => "out-of-scope",
        }
    }

    /// A sign printed next to the word, so that no reader depends on
    /// colour: ✓ ✎ ↗ ◔ ? ✗ ⊘.
    pub fn sign(self) -> &'static str {
        match self {
            Status::Accepted => "✓",
            Status::Modified => "✎",
            Status::Escalated => "↗",
            Status::Studying => "◔",
            Status::Clarify => "?",
            Status::Refused => "✗",
            Status::OutOfScope => "⊘",
        }
    }
}

/// The sign of a proposal still awaiting its answer.
pub const AWAITING_SIGN: &str = "○";

/// Where an accepted proposal stands later.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Progress {
    InProgress,
    Done,
}

impl Progress {
    pub const ALL: [Progress; 2] = [Progress::InProgress, Progress::Done];

    pub fn code(self) -> &'static str {
        match self {
            Progress::InProgress => "in-progress",
            Progress::Done => "done",
        }
    }

    pub fn sign(self) -> &'static str {
        match self {
            Progress::InProgress => "▸",
            Progress::Done => "✔",
        }
    }
}

/// What `--status` names: an answer or a progress note.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusInput {
    Answer(Status),
    Progress(Progress),
}

impl StatusInput {
    /// Parses an English or French name, with or without accents, hyphens
    /// or a plural: `accepted`, `acceptée`, `acceptees`, `a l'étude`,
    /// `hors-périmètre`, `non retenue`, `en cours`, `réalisée`… or an
    /// unambiguous start of one (`esc`, `ref`).
    pub fn parse(s: &str) -> Option<StatusInput> {
        let key: String = super::text::fold(s)
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect();
        if key.is_empty() {
            return None;
        }
        let exact = STATUS_WORDS.iter().find(|(w, _)| {
            *w == key
                || key.strip_suffix('s') == Some(w)
                || key.strip_suffix('e') == Some(w)
                || key.strip_suffix("es") == Some(w)
        });
        if let Some((_, s)) = exact {
            return Some(*s);
        }
        if key.chars().count() < 3 {
            return None;
        }
        let mut found: Vec<StatusInput> = STATUS_WORDS
            .iter()
            .filter(|(w, _)| w.starts_with(&key))
            .map(|(_, s)| *s)
            .collect();
        found.dedup();
        match found.as_slice() {
            [one] => Some(*one),
            _ => None,
        }
    }
}

/// Folded words (letters and digits only) for every status, both languages.
const STATUS_WORDS: &[(&str, StatusInput)] = {
    use Progress as P;
    use Status as S;
    use StatusInput::{Answer as A, Progress as G};
    &[
        ("accepted", A(S::Accepted)),
        ("acceptee", A(S::Accepted)),
        ("accepte", A(S::Accepted)),
        ("modified", A(S::Modified)),
        ("modifiee", A(S::Modified)),
        ("modifie", A(S::Modified)),
        ("escalated", A(S::Escalated)),
        ("remontee", A(S::Escalated)),
        ("remonte", A(S::Escalated)),
        ("transversale", A(S::Escalated)),
        ("studying", A(S::Studying)),
        ("understudy", A(S::Studying)),
        ("aletude", A(S::Studying)),
        ("etude", A(S::Studying)),
        ("encorealetude", A(S::Studying)),
        ("clarify", A(S::Clarify)),
        ("aeclaircir", A(S::Clarify)),
        ("eclaircir", A(S::Clarify)),
        ("apreciser", A(S::Clarify)),
        ("aclarifier", A(S::Clarify)),
        ("refused", A(S::Refused)),
        ("refusee", A(S::Refused)),
        ("refuse", A(S::Refused)),
        ("nonretenue", A(S::Refused)),
        ("nonacceptee", A(S::Refused)),
        ("outofscope", A(S::OutOfScope)),
        ("horsperimetre", A(S::OutOfScope)),
        ("inprogress", G(P::InProgress)),
        ("encours", G(P::InProgress)),
        ("done", G(P::Done)),
        ("realisee", G(P::Done)),
        ("realise", G(P::Done)),
        ("fait", G(P::Done)),
        ("faite", G(P::Done)),
    ]
};

/// A due date as precise as the council gives it: a year (« réalisables en
/// 2026 »), a month or a day. Written `"2026"`, `"2026-03"`, `"2026-03-15"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Due {
    Year(i16),
    Month(i16, i8),
    Day(jiff::civil::Date),
}

impl Due {
    pub fn parse(s: &str) -> Option<Due> {
        let s = s.trim();
        let parts: Vec<&str> = s.split('-').collect();
        let num = |p: &str, len: usize| -> Option<i32> {
            (p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
                .then(|| p.parse().ok())
                .flatten()
        };
        match parts.as_slice() {
            [y] => {
                let y = num(y, 4)?;
                (1900..=2200).contains(&y).then_some(Due::Year(y as i16))
            }
            [y, m] => {
                let (y, m) = (num(y, 4)?, num(m, 2)?);
                ((1900..=2200).contains(&y) && (1..=12).contains(&m))
                    .then_some(Due::Month(y as i16, m as i8))
            }
            [_, _, _] => s
                .parse::<jiff::civil::Date>()
                .ok()
                .filter(|d| (1900..=2200).contains(&d.year()))
                .map(Due::Day),
            _ => None,
        }
    }

    pub fn year(self) -> i16 {
        match self {
            Due::Year(y) | Due::Month(y, _) => y,
            Due::Day(d) => d.year(),
        }
    }
}

impl std::fmt::Display for Due {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Due::Year(y) => write!(f, "{y}"),
            Due::Month(y, m) => write!(f, "{y}-{m:02}"),
            Due::Day(d) => write!(f, "{d}"),
        }
    }
}

impl From<Due> for String {
    fn from(d: Due) -> String {
        d.to_string()
    }
}

impl TryFrom<String> for Due {
    type Error = String;
    fn try_from(s: String) -> Result<Due, String> {
        Due::parse(&s)
            .ok_or_else(|| format!("a due date like 2026, 2026-03 or 2026-03-15, not {s:?}"))
    }
}

/// Where a proposal came from, for traceability. Empty for one written
/// directly (a letter, a draft after the workshop).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub round: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// The key factor it answers (the quadrant of the topic's pick).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_factor: Option<Column>,
    /// The post-its it came from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Uuid>,
}

/// One answer event: only the fields it sets (an empty text clears one).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Response {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// The proposal's title as corrected (a typo, a title that swallowed
    /// an option); the history keeps the one before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The sentence of response (the reason when refused, the question to
    /// clarify, what changes when modified).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Who carries it (to whom it is escalated; whose remit it is).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// « sous réserve de l'obtention des crédits nécessaires ».
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Due>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<String>,
    /// A progress note: where it stands, on which day, in a sentence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<ProgressNote>,
}

impl Response {
    pub fn is_empty(&self) -> bool {
        *self == Response::default()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgressNote {
    pub state: Progress,
    pub on: jiff::civil::Date,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
}

/// A proposal written with `Propose`, as the board keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Proposed {
    pub id: Uuid,
    pub text: String,
    pub description: String,
    pub theme: Option<String>,
    pub origin: Origin,
    pub device: Uuid,
    pub created: jiff::Timestamp,
    pub order: (u64, Uuid, u64),
}

/// One answer event, as the board keeps it (in Lamport order).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Answered {
    pub id: Uuid,
    pub device: Uuid,
    pub at: jiff::Timestamp,
    pub order: (u64, Uuid, u64),
    pub response: Response,
}

/// Where a proposal is from, resolved for people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A plenary action (about a topic's key factor).
    Plenary,
    /// Promoted from post-its.
    PostIts,
    /// Written directly.
    Direct,
}

/// A proposal with its current answer and its history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    pub id: Uuid,
    /// Index of its session among those read.
    pub session: usize,
    pub text: String,
    pub description: String,
    /// Resolved: the last theme answered, else the proposal's, else its
    /// topic's title; `None` when nothing says.
    pub theme: Option<String>,
    pub source: Source,
    pub origin: Origin,
    /// The post-its it came from, as they read now (deleted ones too: the
    /// trace stays).
    pub post_its: Vec<String>,
    pub created: jiff::Timestamp,
    pub status: Option<Status>,
    pub response: String,
    pub owner: String,
    pub condition: String,
    pub due: Option<Due>,
    /// Every progress note, oldest first.
    pub progress: Vec<ProgressNote>,
    /// Every answer event, in the order they apply.
    pub history: Vec<Change>,
}

impl Proposal {
    /// The latest progress note's state.
    pub fn progress_state(&self) -> Option<Progress> {
        self.progress.last().map(|p| p.state)
    }

    /// When it last changed (created or answered).
    pub fn last_change(&self) -> jiff::Timestamp {
        self.history
            .iter()
            .map(|c| c.at)
            .chain(std::iter::once(self.created))
            .max()
            .unwrap_or(self.created)
    }

    /// Whether it was made or answered on or after `day` (in `tz`), or had
    /// a progress note dated then.
    pub fn moved_since(&self, day: jiff::civil::Date, tz: &jiff::tz::TimeZone) -> bool {
        let on_or_after = |t: jiff::Timestamp| t.to_zoned(tz.clone()).date() >= day;
        on_or_after(self.created)
            || self.history.iter().any(|c| on_or_after(c.at))
            || self.progress.iter().any(|p| p.on >= day)
    }
}

/// One answer in a proposal's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub at: jiff::Timestamp,
    pub device: Uuid,
    pub response: Response,
    /// Another device answered the same field at the same Lamport time
    /// (neither saw the other): one of the two values was kept, this one
    /// if it is the later of the two.
    pub concurrent: bool,
    /// The title it replaced, when it corrects the title.
    pub title_before: Option<String>,
}

/// The shortest hex prefix of each id, at least `MIN_ID` long, that no
/// other id shares (as git abbreviates commits).
pub fn short_ids<'a>(ids: impl IntoIterator<Item = &'a Uuid>) -> HashMap<Uuid, String> {
    let mut hex: Vec<(String, Uuid)> = ids
        .into_iter()
        .map(|id| (id.simple().to_string(), *id))
        .collect();
    hex.sort();
    hex.dedup();
    let common = |a: &str, b: &str| a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    let mut out = HashMap::with_capacity(hex.len());
    for i in 0..hex.len() {
        let mut need = MIN_ID;
        if i > 0 {
            need = need.max(common(&hex[i - 1].0, &hex[i].0) + 1);
        }
        if i + 1 < hex.len() {
            need = need.max(common(&hex[i + 1].0, &hex[i].0) + 1);
        }
        out.insert(hex[i].1, hex[i].0[..need.min(32)].to_string());
    }
    out
}

/// Shortest id shown; prefixes of at least [`MIN_PREFIX`] are accepted.
pub const MIN_ID: usize = 6;
pub const MIN_PREFIX: usize = 4;

/// Why an id typed by someone does not name one proposal (or post-it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdProblem {
    /// Not hexadecimal, or shorter than [`MIN_PREFIX`].
    Malformed,
    NotFound,
    /// Several start that way: the candidates, as short ids.
    Ambiguous(Vec<String>),
}

/// The one id among `ids` that `typed` starts (hyphens and case aside).
pub fn resolve<'a>(
    typed: &str,
    ids: impl IntoIterator<Item = &'a Uuid>,
) -> Result<Uuid, IdProblem> {
    let key: String = typed
        .trim()
        .chars()
        .filter(|c| *c != '-')
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if key.len() < MIN_PREFIX || key.len() > 32 || !key.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(IdProblem::Malformed);
    }
    let ids: Vec<Uuid> = ids.into_iter().copied().collect();
    let found: Vec<Uuid> = ids
        .iter()
        .filter(|id| id.simple().to_string().starts_with(&key))
        .copied()
        .collect();
    match found.as_slice() {
        [] => Err(IdProblem::NotFound),
        [one] => Ok(*one),
        many => {
            let short = short_ids(&ids);
            let mut names: Vec<String> = many.iter().map(|id| short[id].clone()).collect();
            names.sort();
            names.dedup();
            Err(IdProblem::Ambiguous(names))
        }
    }
}

/// The themes offered for a session: its topics' titles first, then the
/// themes already used, each once (accents and case aside).
pub fn themes(session: &Session, proposals: &[Proposal]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let candidates = session
        .topics
        .iter()
        .map(|t| t.title.clone())
        .chain(proposals.iter().filter_map(|p| p.theme.clone()));
    for t in candidates {
        if seen.insert(theme_key(&t)) {
            out.push(t);
        }
    }
    out
}

/// A theme as typed on a command line: cleaned, `None` when empty, spelt
/// as one the session already has when it is the same words.
pub fn typed_theme(raw: &str, session: &Session, proposals: &[Proposal]) -> Option<String> {
    let t = super::text::sanitize(raw).trim().to_string();
    (!t.is_empty()).then(|| known_theme(&t, &themes(session, proposals)))
}

/// A theme as typed, spelt as an existing one when it is the same words
/// (« inclusion numerique » → « Inclusion numérique »).
pub fn known_theme(typed: &str, known: &[String]) -> String {
    let key = theme_key(typed);
    known
        .iter()
        .find(|k| theme_key(k) == key)
        .cloned()
        .unwrap_or_else(|| typed.trim().to_string())
}

fn theme_key(s: &str) -> String {
    super::text::fold(s)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Which proposals a report shows.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Any of these answers (`None` in the list: awaiting an answer).
    pub statuses: Vec<Option<Status>>,
    pub progress: Vec<Progress>,
    /// Same words as this theme (accents and case aside).
    pub theme: Option<String>,
    /// Made or answered on or after this day.
    pub since: Option<jiff::civil::Date>,
}

impl Filter {
    pub fn keeps(&self, p: &Proposal, tz: &jiff::tz::TimeZone) -> bool {
        let status_ok = (self.statuses.is_empty() && self.progress.is_empty())
            || self.statuses.contains(&p.status)
            || p.progress_state()
                .is_some_and(|s| self.progress.contains(&s));
        let theme_ok = self.theme.as_deref().is_none_or(|t| {
            p.theme
                .as_deref()
                .is_some_and(|pt| theme_key(pt) == theme_key(t))
        });
        let since_ok = self.since.is_none_or(|d| p.moved_since(d, tz));
        status_ok && theme_ok && since_ok
    }
}

/// A theme (`None`: none said) and its proposals by status (`None`:
/// awaiting an answer).
pub type ThemeGroup = (Option<String>, Vec<(Option<Status>, Vec<Proposal>)>);

/// Proposals grouped by theme (in the order themes are offered, then by
/// name) and by status (in [`Status::ALL`] order, awaiting last).
pub fn grouped(proposals: Vec<Proposal>, theme_order: &[String]) -> Vec<ThemeGroup> {
    let rank = |t: &Option<String>| -> (usize, String) {
        match t {
            Some(t) => (
                theme_order
                    .iter()
                    .position(|k| theme_key(k) == theme_key(t))
                    .unwrap_or(theme_order.len()),
                theme_key(t),
            ),
            None => (usize::MAX, String::new()),
        }
    };
    let mut by_theme: BTreeMap<(usize, String), (Option<String>, Vec<Proposal>)> = BTreeMap::new();
    for p in proposals {
        by_theme
            .entry(rank(&p.theme))
            .or_insert_with(|| (p.theme.clone(), Vec::new()))
            .1
            .push(p);
    }
    by_theme
        .into_values()
        .map(|(theme, ps)| {
            let mut by_status: BTreeMap<usize, (Option<Status>, Vec<Proposal>)> = BTreeMap::new();
            for p in ps {
                let r = p
                    .status
                    .and_then(|s| Status::ALL.iter().position(|x| *x == s))
                    .unwrap_or(Status::ALL.len());
                by_status
                    .entry(r)
                    .or_insert_with(|| (p.status, Vec::new()))
                    .1
                    .push(p);
            }
            (theme, by_status.into_values().collect())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_names_in_both_languages() {
        use StatusInput::*;
        for (typed, want) in [
            ("accepted", Answer(Status::Accepted)),
            ("Acceptées", Answer(Status::Accepted)),
            ("modifiée", Answer(Status::Modified)),
            ("escalated", Answer(Status::Escalated)),
            ("remontée", Answer(Status::Escalated)),
            ("à l'étude", Answer(Status::Studying)),
            ("studying", Answer(Status::Studying)),
            ("à éclaircir", Answer(Status::Clarify)),
            ("refused", Answer(Status::Refused)),
            ("non retenue", Answer(Status::Refused)),
            ("out-of-scope", Answer(Status::OutOfScope)),
            ("hors périmètre", Answer(Status::OutOfScope)),
            ("en cours", Progress(super::Progress::InProgress)),
            ("in-progress", Progress(super::Progress::InProgress)),
            ("réalisée", Progress(super::Progress::Done)),
            ("done", Progress(super::Progress::Done)),
            ("esc", Answer(Status::Escalated)),
            ("hors", Answer(Status::OutOfScope)),
        ] {
            assert_eq!(StatusInput::parse(typed), Some(want), "{typed}");
        }
        for bad in ["", "ok", "maybe", "re", "a"] {
            assert_eq!(StatusInput::parse(bad), None, "{bad}");
        }
        // Every code parses back to itself.
        for s in Status::ALL {
            assert_eq!(StatusInput::parse(s.code()), Some(Answer(s)));
        }
        for p in super::Progress::ALL {
            assert_eq!(StatusInput::parse(p.code()), Some(Progress(p)));
        }
    }

    #[test]
    fn due_dates_as_precise_as_given() {
        assert_eq!(Due::parse("2026"), Some(Due::Year(2026)));
        assert_eq!(Due::parse("2026-03"), Some(Due::Month(2026, 3)));
        assert_eq!(
            Due::parse("2026-03-15"),
            Some(Due::Day(jiff::civil::date(2026, 3, 15)))
        );
        for bad in ["26", "2026-13", "2026-02-30", "15/03/2026", "", "mars 2026"] {
            assert_eq!(Due::parse(bad), None, "{bad}");
        }
        for d in ["2026", "2026-03", "2026-03-15"] {
            assert_eq!(Due::parse(d).unwrap().to_string(), d);
        }
    }

    #[test]
    fn short_ids_grow_only_where_two_ids_share_a_start() {
        let a = Uuid::from_u128(0xabcdef01_0000_0000_0000_000000000000);
        let b = Uuid::from_u128(0xabcdef02_0000_0000_0000_000000000000);
        let c = Uuid::from_u128(0x12345678_0000_0000_0000_000000000000);
        let s = short_ids([&a, &b, &c]);
        assert_eq!(s[&a], "abcdef01");
        assert_eq!(s[&b], "abcdef02");
        assert_eq!(s[&c], "123456");
        assert_eq!(resolve("1234", [&a, &b, &c]), Ok(c));
        assert_eq!(resolve("ABCDEF02", [&a, &b, &c]), Ok(b));
        assert_eq!(
            resolve("abcdef", [&a, &b, &c]),
            Err(IdProblem::Ambiguous(vec![
                "abcdef01".into(),
                "abcdef02".into()
            ]))
        );
        assert_eq!(resolve("999999", [&a, &b, &c]), Err(IdProblem::NotFound));
        assert_eq!(resolve("ab", [&a, &b, &c]), Err(IdProblem::Malformed));
        assert_eq!(resolve("xyz123", [&a, &b, &c]), Err(IdProblem::Malformed));
        // A full uuid, with its hyphens, names its proposal.
        assert_eq!(resolve(&c.to_string(), [&a, &b, &c]), Ok(c));
    }

    #[test]
    fn themes_match_whatever_the_accents() {
        let known = vec!["Inclusion numérique".to_string()];
        assert_eq!(
            known_theme("inclusion  NUMERIQUE", &known),
            "Inclusion numérique"
        );
        assert_eq!(known_theme(" Autre ", &known), "Autre");
    }
}
