//! The débat mouvant's words: positions along the line, before and after
//! the arguments, for and against. One table per language.

use super::Lang;
use crate::core::debate::{Side, When};
use crate::i18n::prelude::*;

#[derive(Debug)]
pub struct DebateWords {
    pub title: &'static str,
    pub statement: &'static str,
    /// Agree … disagree, in line order.
    pub positions: [&'static str; 4],
    /// A sign for each, so nothing is said by colour alone.
    pub signs: [&'static str; 4],
    pub before: &'static str,
    pub after: &'static str,
    pub for_: &'static str,
    pub against: &'static str,
    pub people: &'static str,
    pub person: &'static str,
    /// A statement of the plan nobody counted yet.
    pub not_counted: &'static str,
    pub nobody_yet: &'static str,
    pub no_statements: &'static str,
    pub moved: &'static str,
    pub no_move: &'static str,
    pub new_argument: &'static str,
    pub argument_withdrawn: &'static str,
    pub no_argument: &'static str,
    /// Before the list of sessions that put the same statement.
    pub compared: &'static str,
    /// The column of "before" or "after" in a spreadsheet.
    pub moment: &'static str,
    pub total: &'static str,
    /// What the printed chart of a statement shows.
    pub chart_desc: &'static str,
    /// What the chart of a statement over a year shows.
    pub trend_desc: &'static str,
}

pub static EN: DebateWords = DebateWords {
    title: "Moving debate",
    statement: "Statement",
    positions: ["Agree", "Rather agree", "Rather disagree", "Disagree"],
    signs: ["++", "+", "−", "−−"],
    before: "Before the arguments",
    after: "After the arguments",
    for_: "For",
    against: "Against",
    people: "people",
    person: "person",
    not_counted: "not counted yet",
    nobody_yet: "nobody counted yet: type the numbers as the room lines up",
    no_statements: "No statements: add statements: [\"…\", \"…\"] to the session file.",
    moved: "Moved",
    no_move: "nobody moved",
    new_argument: "Argument",
    argument_withdrawn: "argument withdrawn",
    no_argument: "no argument to withdraw on this statement",
    compared: "Across sessions",
    moment: "When",
    total: "Total",
    trend_desc: "One bar per session that counted it, in order, each the room's last count (after the arguments when counted), from agree (left) to disagree (right); the dashed line marks half the room. The numbers are in the tables above.",
    chart_desc: "Two bars, before then after the arguments, each the whole room, from agree (left) to disagree (right); the dashed line marks half the room. The numbers are in the tables that follow.",
};

pub static FR: DebateWords = DebateWords {
    title: "Débat mouvant",
    statement: "Affirmation",
    positions: [
        "D'accord",
        "Plutôt d'accord",
        "Plutôt pas d'accord",
        "Pas d'accord",
    ],
    signs: ["++", "+", "−", "−−"],
    before: "Avant les arguments",
    after: "Après les arguments",
    for_: "Pour",
    against: "Contre",
    people: "personnes",
    person: "personne",
    not_counted: "pas encore compté",
    nobody_yet: "personne n'est compté\u{a0}: tapez les nombres à mesure que la salle se place",
    no_statements: "Aucune affirmation\u{a0}: ajoutez statements: [\"…\", \"…\"] au fichier de séance.",
    moved: "Déplacement",
    no_move: "personne n'a bougé",
    new_argument: "Argument",
    argument_withdrawn: "argument retiré",
    no_argument: "aucun argument à retirer sur cette affirmation",
    compared: "D'une séance à l'autre",
    moment: "Moment",
    total: "Total",
    trend_desc: "Une barre par séance qui l'a comptée, dans l'ordre, chacune le dernier compte de la salle (après les arguments quand il a été fait), de d'accord (à gauche) à pas d'accord (à droite)\u{a0}; la ligne pointillée marque la moitié de la salle. Les nombres sont dans les tableaux au-dessus.",
    chart_desc: "Deux barres, avant puis après les arguments, chacune toute la salle, de d'accord (à gauche) à pas d'accord (à droite)\u{a0}; la ligne pointillée marque la moitié de la salle. Les nombres sont dans les tableaux qui suivent.",
};

/// "1 person", "12 people" ("0 personne" in French, as the rule goes).
pub fn people(n: u32, lang: Lang) -> String {
    let d = lang.debate();
    let one = match lang {
        Lang::Fr => n <= 1,
        Lang::En => n == 1,
    };
    format!("{n} {}", if one { d.person } else { d.people })
}

pub fn when(w: When, lang: Lang) -> &'static str {
    let d = lang.debate();
    match w {
        When::Before => d.before,
        When::After => d.after,
    }
}

pub fn side(s: Side, lang: Lang) -> &'static str {
    let d = lang.debate();
    match s {
        Side::For => d.for_,
        Side::Against => d.against,
    }
}

/// "Agree −2", "Rather agree +2 points": each position that changed, with
/// its sign and `unit` after the number (none when empty).
fn changed(delta: &[i64; 4], unit: &str, lang: Lang) -> Vec<String> {
    delta
        .iter()
        .zip(lang.debate().positions)
        .filter(|(n, _)| **n != 0)
        .map(|(n, name)| {
            let sign = if *n > 0 { "+" } else { "−" };
            let unit = if unit.is_empty() {
                String::new()
            } else {
                format!("\u{a0}{unit}")
            };
            format!("{name}\u{a0}{sign}{}{unit}", n.abs())
        })
        .collect()
}

/// "Moved: Agree −2 · Rather agree +2", position by position; "nobody
/// moved" only when every count is the same.
pub fn moved(delta: &[i64; 4], lang: Lang) -> String {
    let d = lang.debate();
    let colon = lang.colon();
    let parts = changed(delta, "", lang);
    if parts.is_empty() {
        format!("{}{colon}{}", d.moved, d.no_move)
    } else {
        format!("{}{colon}{}", d.moved, parts.join(" · "))
    }
}

/// How the room moved over a year on one statement, in points of the
/// room (rooms differ in size), from the first session that counted it to
/// the last (each session's last count: after the arguments when counted):
/// "Over the year, from [1] to [3]: Agree +30 pts · Disagree −15 pts".
pub fn shift(from: &str, to: &str, delta: &[i64; 4], lang: Lang) -> String {
    let colon = lang.colon();
    let unit = match lang {
        Lang::Fr => "points",
        Lang::En => "pts",
    };
    let parts = changed(delta, unit, lang);
    let head = match lang {
        Lang::Fr => format!("Sur l'année, de {from} à {to} (dernier compte de chacune)"),
        Lang::En => format!("Over the year, from {from} to {to} (the last count of each)"),
    };
    let rest = if parts.is_empty() {
        match lang {
            Lang::Fr => "aucun changement".to_string(),
            Lang::En => "no change".to_string(),
        }
    } else {
        parts.join(" · ")
    };
    format!("{head}{colon}{rest}")
}

/// The lines of one count as text bars: "++ Agree            12 ████ 40 %".
pub fn bar_lines(c: &crate::core::debate::Counts, lang: Lang, width: usize) -> Vec<String> {
    use crate::core::debate::{bar, percents};
    let d = lang.debate();
    let label = d
        .positions
        .iter()
        .map(|p| p.chars().count())
        .max()
        .unwrap_or(0);
    let max = c.iter().copied().max().unwrap_or(0);
    let pct = percents(c);
    (0..4)
        .map(|i| {
            let name = d.positions[i];
            let pad = " ".repeat(label - name.chars().count());
            let n = c[i];
            format!(
                "{:<2} {name}{pad} {n:>4} {:>4} {}",
                d.signs[i],
                format!("{}\u{a0}%", pct[i]),
                bar(n, max, width)
            )
            .trim_end()
            .to_string()
        })
        .collect()
}
