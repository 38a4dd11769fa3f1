//! The words of the follow-up of proposals: statuses in the councils' own
//! terms, the report's labels, and what `propose`, `respond` and
//! `proposals` say. One table per language (a missing word does not
//! compile) and one exhaustive `match` per message.

use super::Lang;
use crate::core::proposal::{IdProblem, Progress, Status};
use crate::i18n::prelude::*;

/// Fixed words of the follow-up.
#[derive(Debug)]
pub struct FollowupWords {
    /// The report's title: « Retour sur les propositions ».
    pub title: &'static str,
    pub at_a_glance: &'static str,
    /// The chart of answers by theme: its title and what it shows.
    pub chart_title: &'static str,
    pub chart_desc: &'static str,
    pub theme: &'static str,
    /// A proposal's title, as corrected.
    pub title_field: &'static str,
    /// What a corrected field said before.
    pub before: &'static str,
    pub no_theme: &'static str,
    pub total: &'static str,
    pub status: &'static str,
    pub proposal: &'static str,
    pub proposals: &'static str,
    pub description: &'static str,
    pub response: &'static str,
    pub reason: &'static str,
    pub question: &'static str,
    pub what_changes: &'static str,
    pub owner: &'static str,
    pub escalated_to: &'static str,
    pub remit_of: &'static str,
    pub condition: &'static str,
    pub due: &'static str,
    /// Late or due soon (a column of the table formats).
    pub deadline: &'static str,
    pub feasible_in: &'static str,
    pub progress: &'static str,
    pub origin: &'static str,
    pub from_post_its: &'static str,
    pub history: &'static str,
    pub created: &'static str,
    pub plenary_action: &'static str,
    pub written_directly: &'static str,
    pub session: &'static str,
    pub sessions: &'static str,
    pub id: &'static str,
    pub last_change: &'static str,
    /// Marks a proposal that moved since the date asked.
    pub moved: &'static str,
    /// Two laptops answered the same field at once.
    pub concurrent: &'static str,
    pub legend: &'static str,
    /// The follow-up screen's title.
    pub screen: &'static str,
    pub filter: &'static str,
    pub search: &'static str,
    /// No proposal in the session yet: how they come.
    pub none_yet: &'static str,
    /// No proposal matches the search or filter.
    pub none_shown: &'static str,
    pub saved: &'static str,
    pub unchanged: &'static str,
}

pub static EN: FollowupWords = FollowupWords {
    title: "Response to proposals",
    at_a_glance: "At a glance",
    chart_title: "Answers by theme",
    chart_desc: "One bar per theme, each the whole of its proposals, split by status in the order of the table's columns that follows; the numbers are in that table.",
    theme: "Theme",
    title_field: "Title",
    before: "before",
    no_theme: "No theme",
    total: "Total",
    status: "Status",
    proposal: "proposal",
    proposals: "proposals",
    description: "Details",
    response: "Response",
    reason: "Reason",
    question: "Question",
    what_changes: "What changes",
    owner: "Owner",
    escalated_to: "Escalated to",
    remit_of: "Remit of",
    condition: "Condition",
    due: "Due",
    deadline: "Deadline",
    feasible_in: "Feasible in",
    progress: "Progress",
    origin: "Origin",
    from_post_its: "From the post-its",
    history: "History",
    created: "proposed",
    plenary_action: "plenary action",
    written_directly: "written directly",
    session: "Session",
    sessions: "sessions",
    id: "Id",
    last_change: "Last change",
    moved: "moved",
    concurrent: "answered at the same time on another laptop",
    legend: "Signs",
    screen: "Follow-up of proposals",
    filter: "filter",
    search: "search",
    none_yet: "No proposal yet: the plenary's actions are proposals, and `tablee propose SESSION TEXT` adds one (or --from a post-it).",
    none_shown: "No proposal matches: Esc clears the search and the filter.",
    saved: "answer saved",
    unchanged: "unchanged",
};

pub static FR: FollowupWords = FollowupWords {
    title: "Retour sur les propositions",
    at_a_glance: "En bref",
    chart_title: "Les réponses par thème",
    chart_desc: "Une barre par thème, chacune l'ensemble de ses propositions, partagée par statut dans l'ordre des colonnes du tableau qui suit\u{a0}; les nombres sont dans ce tableau.",
    theme: "Thématique",
    title_field: "Intitulé",
    before: "avant",
    no_theme: "Sans thématique",
    total: "Total",
    status: "Statut",
    proposal: "proposition",
    proposals: "propositions",
    description: "Précisions",
    response: "Réponse",
    reason: "Motif",
    question: "Question",
    what_changes: "Ce qui change",
    owner: "Porteur",
    escalated_to: "Remontée à",
    remit_of: "Relève de",
    condition: "Condition",
    due: "Échéance",
    deadline: "Délai",
    feasible_in: "Réalisable en",
    progress: "Avancement",
    origin: "Origine",
    from_post_its: "D'après les post-its",
    history: "Historique",
    created: "proposée",
    plenary_action: "action de la plénière",
    written_directly: "écrite directement",
    session: "Séance",
    sessions: "séances",
    id: "Id",
    last_change: "Dernier changement",
    moved: "nouveau",
    concurrent: "répondu au même moment sur un autre ordinateur",
    legend: "Signes",
    screen: "Suivi des propositions",
    filter: "filtre",
    search: "recherche",
    none_yet: "Aucune proposition pour l'instant\u{a0}: les actions de la plénière en sont, et `tablee propose SÉANCE TEXTE` en ajoute une (ou --from un post-it).",
    none_shown: "Aucune proposition ne correspond\u{a0}: Échap efface la recherche et le filtre.",
    saved: "réponse enregistrée",
    unchanged: "inchangé",
};

/// A status as a word: "Accepted", « Acceptée ».
pub fn status(s: Option<Status>, lang: Lang) -> &'static str {
    match (s, lang) {
        (Some(Status::Accepted), Lang::En) => "Accepted",
        (Some(Status::Accepted), Lang::Fr) => "Acceptée",
        (Some(Status::Modified), Lang::En) => "Accepted with changes",
        (Some(Status::Modified), Lang::Fr) => "Acceptée mais modifiée",
        (Some(Status::Escalated), Lang::En) => "Escalated",
        (Some(Status::Escalated), Lang::Fr) => "Remontée",
        (Some(Status::Studying), Lang::En) => "Under study",
        (Some(Status::Studying), Lang::Fr) => "À l'étude",
        (Some(Status::Clarify), Lang::En) => "To clarify",
        (Some(Status::Clarify), Lang::Fr) => "À éclaircir",
        (Some(Status::Refused), Lang::En) => "Not accepted",
        (Some(Status::Refused), Lang::Fr) => "Non retenue",
        (Some(Status::OutOfScope), Lang::En) => "Out of scope",
        (Some(Status::OutOfScope), Lang::Fr) => "Hors périmètre",
        (None, Lang::En) => "Awaiting an answer",
        (None, Lang::Fr) => "En attente de réponse",
    }
}

/// A status as the heading of its proposals, in the councils' words:
/// « Acceptées, mais de nature transversale et donc remontées ».
pub fn status_heading(s: Option<Status>, lang: Lang) -> &'static str {
    match (s, lang) {
        (Some(Status::Accepted), Lang::En) => "Accepted and feasible",
        (Some(Status::Accepted), Lang::Fr) => "Acceptées et réalisables",
        (Some(Status::Modified), Lang::En) => "Accepted with changes",
        (Some(Status::Modified), Lang::Fr) => "Acceptées mais modifiées",
        (Some(Status::Escalated), Lang::En) => "Accepted, but cross-cutting: escalated",
        (Some(Status::Escalated), Lang::Fr) => {
            "Acceptées, mais de nature transversale et donc remontées"
        }
        (Some(Status::Studying), Lang::En) => "Still under study",
        (Some(Status::Studying), Lang::Fr) => "Encore à l'étude",
        (Some(Status::Clarify), Lang::En) => "To clarify",
        (Some(Status::Clarify), Lang::Fr) => "À éclaircir",
        (Some(Status::Refused), Lang::En) => "Not accepted",
        (Some(Status::Refused), Lang::Fr) => "Non retenues",
        (Some(Status::OutOfScope), Lang::En) => "Outside our remit",
        (Some(Status::OutOfScope), Lang::Fr) => "Hors périmètre de nos compétences",
        (None, Lang::En) => "Awaiting an answer",
        (None, Lang::Fr) => "En attente de réponse",
    }
}

/// The sign and the word: "✓ Accepted".
pub fn status_signed(s: Option<Status>, lang: Lang) -> String {
    let sign = s.map_or(crate::core::proposal::AWAITING_SIGN, Status::sign);
    format!("{sign} {}", status(s, lang))
}

pub fn progress(p: Progress, lang: Lang) -> &'static str {
    match (p, lang) {
        (Progress::InProgress, Lang::En) => "In progress",
        (Progress::InProgress, Lang::Fr) => "En cours",
        (Progress::Done, Lang::En) => "Done",
        (Progress::Done, Lang::Fr) => "Réalisée",
    }
}

/// The label of the response text, by status (the reason of a refusal,
/// the question to clarify…).
pub fn response_label(s: Option<Status>, lang: Lang) -> &'static str {
    let w = lang.followup();
    match s {
        Some(Status::Refused) => w.reason,
        Some(Status::Clarify) => w.question,
        Some(Status::Modified) => w.what_changes,
        _ => w.response,
    }
}

/// The label of the owner, by status (to whom it is escalated…).
pub fn owner_label(s: Option<Status>, lang: Lang) -> &'static str {
    let w = lang.followup();
    match s {
        Some(Status::Escalated) => w.escalated_to,
        Some(Status::OutOfScope) => w.remit_of,
        _ => w.owner,
    }
}

pub fn due_label(s: Option<Status>, lang: Lang) -> &'static str {
    let w = lang.followup();
    match s {
        Some(Status::Accepted | Status::Modified) => w.feasible_in,
        _ => w.due,
    }
}

/// "3 proposals", « 1 proposition ».
pub fn count(n: usize, lang: Lang) -> String {
    let w = lang.followup();
    let one = match lang {
        Lang::Fr => n <= 1,
        Lang::En => n == 1,
    };
    format!("{n} {}", if one { w.proposal } else { w.proposals })
}

/// What the follow-up commands say.
#[derive(Debug, Clone, Copy)]
pub enum Said<'a> {
    /// `propose` wrote it: its short id.
    Proposed {
        id: &'a str,
        session: &'a str,
    },
    /// `respond` wrote it.
    Answered {
        id: &'a str,
        text: &'a str,
    },
    /// An id that names no proposal.
    Id {
        typed: &'a str,
        problem: &'a IdProblem,
        what: IdOf,
    },
    BadStatus {
        typed: &'a str,
    },
    BadDue {
        typed: &'a str,
    },
    BadDate {
        option: &'a str,
        typed: &'a str,
    },
    /// `respond` with nothing to record.
    NothingToRecord,
    /// `propose` without text nor --from.
    NoText,
    /// A text over the limit.
    TooLong {
        what: TextOf,
        chars: usize,
        max: usize,
    },
    UnknownTopic {
        typed: &'a str,
        known: &'a str,
    },
    /// A progress option given with an answer, or the reverse.
    ProgressNeedsState,
    NothingChanged,
    /// `proposals` with sessions that did not load.
    NoReport,
    /// `proposals --since`: how many moved.
    MovedSince {
        n: usize,
        day: &'a str,
    },
}

/// Which text is too long.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextOf {
    Proposal,
    Description,
    Response,
}

/// What an id was meant to name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdOf {
    Proposal,
    PostIt,
}

impl Said<'_> {
    pub fn text(&self, lang: Lang) -> String {
        lang.typeset(self.text_untypeset(lang))
    }

    fn text_untypeset(&self, lang: Lang) -> String {
        use Said::*;
        match (*self, lang) {
            (Proposed { id, session }, Lang::En) => format!(
                "Proposal {id} recorded in {session}. Answer it with: tablee respond {session} {id} --status accepted \"…\""
            ),
            (Proposed { id, session }, Lang::Fr) => format!(
                "Proposition {id} enregistrée dans {session}. Pour y répondre : tablee respond {session} {id} --status acceptée \"…\""
            ),
            (Answered { id, text }, Lang::En) => {
                format!("Recorded for proposal {id}: {text}")
            }
            (Answered { id, text }, Lang::Fr) => {
                format!("Enregistré pour la proposition {id} : {text}")
            }
            (Id { typed, problem, what }, lang) => id_problem(typed, problem, what, lang),
            (BadStatus { typed }, Lang::En) => format!(
                "unknown status {typed:?}: use accepted, modified, escalated, studying, clarify, refused, out-of-scope, or in-progress, done for a progress note (French names work too)"
            ),
            (BadStatus { typed }, Lang::Fr) => format!(
                "statut inconnu « {typed} » : utilisez acceptée, modifiée, remontée, à-l-étude, à-éclaircir, non-retenue, hors-périmètre, ou en-cours, réalisée pour un point d'avancement (les noms anglais marchent aussi)"
            ),
            (BadDue { typed }, Lang::En) => format!(
                "--due {typed:?} is not a date: write a year (2026), a month (2026-03) or a day (2026-03-15)"
            ),
            (BadDue { typed }, Lang::Fr) => format!(
                "--due « {typed} » n'est pas une date : écrivez une année (2026), un mois (2026-03) ou un jour (2026-03-15)"
            ),
            (BadDate { option, typed }, Lang::En) => {
                format!("{option} {typed:?} is not a date: write it as 2026-03-15")
            }
            (BadDate { option, typed }, Lang::Fr) => format!(
                "{option} « {typed} » n'est pas une date : écrivez-la sous la forme 2026-03-15"
            ),
            (NothingToRecord, Lang::En) => "nothing to record: give --status, --owner, --due, --condition, --theme or a response text".into(),
            (NothingToRecord, Lang::Fr) => "rien à enregistrer : indiquez --status, --owner, --due, --condition, --theme ou un texte de réponse".into(),
            (NoText, Lang::En) => "the proposal has no text: type it after the session, or promote a post-it with --from ID (ids: tablee notes SESSION)".into(),
            (NoText, Lang::Fr) => "la proposition n'a pas de texte : écrivez-le après la séance, ou reprenez un post-it avec --from ID (identifiants : tablee notes SESSION)".into(),
            (TooLong { what, chars, max }, Lang::En) => {
                let what = match what {
                    TextOf::Proposal => "the proposal",
                    TextOf::Description => "--description",
                    TextOf::Response => "the response",
                };
                format!("{what} has {chars} characters; the limit is {max}: shorten it")
            }
            (TooLong { what, chars, max }, Lang::Fr) => {
                let what = match what {
                    TextOf::Proposal => "la proposition",
                    TextOf::Description => "--description",
                    TextOf::Response => "la réponse",
                };
                format!("{what} fait {chars} caractères ; la limite est {max} : raccourcissez")
            }
            (UnknownTopic { typed, known }, Lang::En) => {
                format!("unknown topic {typed:?}: choose from {known}")
            }
            (UnknownTopic { typed, known }, Lang::Fr) => {
                format!("thème inconnu « {typed} » : choisissez parmi {known}")
            }
            (ProgressNeedsState, Lang::En) => "--on dates a progress note: give it with --status in-progress or --status done".into(),
            (ProgressNeedsState, Lang::Fr) => "--on date un point d'avancement : donnez-le avec --status en-cours ou --status réalisée".into(),
            (NothingChanged, Lang::En) => "nothing was changed".into(),
            (NothingChanged, Lang::Fr) => "rien n'a été modifié".into(),
            (NoReport, Lang::En) => "No report written: fix the session(s) above and run again.".into(),
            (NoReport, Lang::Fr) => "Aucun retour écrit : corrigez la ou les séances ci-dessus et relancez.".into(),
            (MovedSince { n, day }, Lang::En) => format!("{} moved since {day}", count(n, lang)),
            (MovedSince { n, day }, Lang::Fr) => {
                let s = if n > 1 { "s" } else { "" };
                format!("{} nouvelle{s} ou modifiée{s} depuis le {day}", count(n, lang))
            }
        }
    }
}

fn id_problem(typed: &str, problem: &IdProblem, what: IdOf, lang: Lang) -> String {
    let (en, fr, list) = match what {
        IdOf::Proposal => (
            "proposal",
            "proposition",
            "tablee proposals SESSION --format txt",
        ),
        IdOf::PostIt => ("post-it", "post-it", "tablee notes SESSION"),
    };
    match (problem, lang) {
        (IdProblem::Malformed, Lang::En) => format!(
            "{typed:?} is not a {en} id: type at least 4 of its first characters (0-9, a-f), as {list} shows them"
        ),
        (IdProblem::Malformed, Lang::Fr) => format!(
            "« {typed} » n'est pas un identifiant de {fr} : tapez au moins ses 4 premiers caractères (0-9, a-f), tels que {list} les affiche"
        ),
        (IdProblem::NotFound, Lang::En) => {
            format!("no {en} starts with {typed:?} in this session: see the ids with {list}")
        }
        (IdProblem::NotFound, Lang::Fr) => format!(
            "aucun{e} {fr} ne commence par « {typed} » dans cette séance : voyez les identifiants avec {list}",
            e = if what == IdOf::Proposal { "e" } else { "" }
        ),
        (IdProblem::Ambiguous(names), Lang::En) => format!(
            "{typed:?} starts several {en}s ({}): type more characters",
            names.join(", ")
        ),
        (IdProblem::Ambiguous(names), Lang::Fr) => format!(
            "« {typed} » est le début de plusieurs {fr}s ({}) : tapez plus de caractères",
            names.join(", ")
        ),
    }
}

/// The end of the report's file name: `…-propositions-fr.html`.
pub fn export_suffix(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "-propositions",
        Lang::En => "-proposals",
    }
}

/// The heading of what to deal with first: late answers and due dates,
/// then those that fall due soon.
pub fn first_heading(lang: Lang) -> &'static str {
    lang.pick(
        "First: late, and due within two weeks",
        "En premier\u{a0}: en retard, et à échéance sous quinze jours",
    )
}

/// Where a proposal stands against its deadline, in a few words.
pub fn lateness(l: crate::core::deadline::Lateness, lang: Lang) -> String {
    use crate::core::deadline::Lateness as L;
    let days = |n: i32| match lang {
        Lang::En if n == 1 => "1 day".to_string(),
        Lang::En => format!("{n} days"),
        Lang::Fr if n <= 1 => format!("{n} jour"),
        Lang::Fr => format!("{n} jours"),
    };
    match (l, lang) {
        (L::AnswerLate { by, days: n }, Lang::En) => {
            format!("⚠ no answer: was due by {by}, {} late", days(n))
        }
        (L::AnswerLate { by, days: n }, Lang::Fr) => {
            format!(
                "⚠ sans réponse\u{a0}: à rendre le {by} au plus tard, {} de retard",
                days(n)
            )
        }
        (L::DueLate { due, days: n }, Lang::En) => {
            format!("⚠ not done: due {due}, {} late", days(n))
        }
        (L::DueLate { due, days: n }, Lang::Fr) => {
            format!(
                "⚠ pas réalisée\u{a0}: prévue pour {due}, {} de retard",
                days(n)
            )
        }
        (L::AnswerSoon { by, days: 0 }, Lang::En) => format!("to answer today ({by})"),
        (L::AnswerSoon { by, days: 0 }, Lang::Fr) => format!("réponse à rendre aujourd'hui ({by})"),
        (L::AnswerSoon { by, days: n }, Lang::En) => {
            format!("to answer by {by} (in {})", days(n))
        }
        (L::AnswerSoon { by, days: n }, Lang::Fr) => {
            format!("réponse à rendre d'ici le {by} (dans {})", days(n))
        }
        (L::DueSoon { due, days: n }, Lang::En) => format!("due {due} (in {})", days(n)),
        (L::DueSoon { due, days: n }, Lang::Fr) => {
            format!("à réaliser pour {due} (dans {})", days(n))
        }
    }
}

/// « ⚠ 3 en retard », in the follow-up screen's header.
pub fn late_count(n: usize, lang: Lang) -> String {
    match lang {
        Lang::En => format!("⚠ {n} late"),
        Lang::Fr => format!("⚠ {n} en retard"),
    }
}
