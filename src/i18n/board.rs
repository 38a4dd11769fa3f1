//! The words of boards other than SWOT: a question's list of ideas, named
//! columns, and the room's picks. One table per language; what a column
//! is called on any board comes from [`column_words`].

use super::Lang;
use super::Words;
use crate::core::factors::{Ranked, RankedItem};
use crate::core::model::{BoardKind, Column};
use crate::core::synth::{Item, TopicSynth};

#[derive(Debug)]
pub struct BoardWords {
    /// The one column of a `Question` board.
    pub ideas: &'static str,
    /// Under its name.
    pub ideas_hint: &'static str,
    /// What the factor screen asks of a non-SWOT column.
    pub pick_question: &'static str,
    /// A non-SWOT board's key factor.
    pub room_pick: &'static str,
    /// Plural, as a heading.
    pub room_picks: &'static str,
    /// A column where the room picked nothing yet.
    pub nothing_picked: &'static str,
    /// What the plenary does about a pick.
    pub pick_action: &'static str,
    /// The capture's move prompt: "Move to: 1–", then the count.
    pub move_to: &'static str,
    pub esc_cancels: &'static str,
    /// docs/keys.md's key tables for the other boards.
    pub on_question: &'static str,
    pub on_columns: &'static str,
    pub on_other: &'static str,
}

pub static EN: BoardWords = BoardWords {
    ideas: "Ideas",
    ideas_hint: "one idea per post-it",
    pick_question: "Which ideas does the room keep?",
    room_pick: "room's pick",
    room_picks: "The room's picks",
    nothing_picked: "no idea picked yet",
    pick_action: "What we do about it",
    move_to: "Move to column",
    on_question: "on an open question (one list)",
    on_columns: "on named columns",
    on_other: "on an open question or named columns",
    esc_cancels: "Esc cancels",
};

pub static FR: BoardWords = BoardWords {
    ideas: "Idées",
    ideas_hint: "une idée par post-it",
    pick_question: "Quelles idées la salle retient-elle\u{a0}?",
    room_pick: "choix de la salle",
    room_picks: "Les choix de la salle",
    nothing_picked: "aucune idée retenue pour l'instant",
    pick_action: "Ce que nous en faisons",
    move_to: "Déplacer vers la colonne",
    on_question: "sur une question ouverte (une seule liste)",
    on_columns: "sur des colonnes nommées",
    on_other: "sur une question ouverte ou des colonnes nommées",
    esc_cancels: "Échap annule",
};

/// How one column of a board is called, in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ColumnWords<'a> {
    /// The letter of its labels ("S1", "A3", "I2") and of its key.
    pub letter: char,
    pub name: &'a str,
    pub hint: &'a str,
    /// What the factor screen asks about it.
    pub question: &'a str,
    /// "main lever"; "room's pick".
    pub key_factor: &'a str,
    /// What the plenary does about its pick.
    pub action: &'a str,
}

/// The SWOT words of a column's position (a SWOT board's quadrant).
pub trait QuadrantNames {
    fn words(self, lang: Lang) -> &'static super::QuadrantWords;
}

impl QuadrantNames for Column {
    fn words(self, lang: Lang) -> &'static super::QuadrantWords {
        &lang.s().quadrants[self.index().min(3)]
    }
}

/// The label of the item ranked `rank` in column `c` of `board`: "S1",
/// "W3" ("A1", "F3" in French), "I2", stable within a topic.
pub fn item_label(board: &BoardKind, c: Column, rank: usize, lang: Lang) -> String {
    format!("{}{rank}", column_letter(board, c, lang))
}

/// The labels of a synthesis item.
pub trait ItemLabels {
    /// "S1", "W3"… ("A1", "F3"… in French): stable within a topic, for
    /// reference in the plenary.
    fn label(&self, lang: Lang) -> String;
    /// "W5", "T2", "+3".
    fn similar_labels(&self, lang: Lang) -> Vec<String>;
}

impl ItemLabels for Item<'_> {
    fn label(&self, lang: Lang) -> String {
        item_label(self.board, self.quadrant, self.rank, lang)
    }

    fn similar_labels(&self, lang: Lang) -> Vec<String> {
        let mut v: Vec<String> = self
            .similar
            .iter()
            .map(|(q, r)| item_label(self.board, *q, *r, lang))
            .collect();
        if self.similar_more > 0 {
            v.push(format!("+{}", self.similar_more));
        }
        v
    }
}

/// The labels of a ranked topic's items (the key-factor and plenary
/// screens).
pub trait RankedLabels {
    fn label(&self, item: &RankedItem, lang: Lang) -> String;
}

impl RankedLabels for Ranked {
    fn label(&self, item: &RankedItem, lang: Lang) -> String {
        item_label(&self.board, item.column, item.rank, lang)
    }
}

/// How the columns of a topic's board are called.
pub trait TopicColumns {
    fn words(&self, c: Column, lang: Lang) -> ColumnWords<'_>;
}

impl TopicColumns for TopicSynth<'_> {
    fn words(&self, c: Column, lang: Lang) -> ColumnWords<'_> {
        column_words(&self.board, c, lang)
    }
}

/// The letter of a column's labels: the quadrant's on a SWOT board (A F O
/// R in French), I on a question's, A, B, C… on named columns.
pub fn column_letter(board: &BoardKind, c: Column, lang: Lang) -> char {
    match board {
        BoardKind::Swot => c.words(lang).letter,
        // The same in every language: the board's code (I; A, B, C…).
        other => other.code(c).chars().next().unwrap_or('?'),
    }
}

/// The words of column `c` of `board`.
pub fn column_words(board: &BoardKind, c: Column, lang: Lang) -> ColumnWords<'_> {
    let b = lang.board();
    let letter = column_letter(board, c, lang);
    match board {
        BoardKind::Swot => {
            let w = c.words(lang);
            ColumnWords {
                letter,
                name: w.name,
                hint: w.hint,
                question: w.question,
                key_factor: w.key_factor,
                action: w.action,
            }
        }
        BoardKind::Question => ColumnWords {
            letter,
            name: b.ideas,
            hint: b.ideas_hint,
            question: b.pick_question,
            key_factor: b.room_pick,
            action: b.pick_action,
        },
        BoardKind::Columns(names) => ColumnWords {
            letter,
            name: names.get(c.index()).map_or("?", String::as_str),
            hint: "",
            question: b.pick_question,
            key_factor: b.room_pick,
            action: b.pick_action,
        },
    }
}

/// "This board has 3 columns: Alt-1 to Alt-3."
pub fn no_column(c: Column, columns: usize, lang: Lang) -> String {
    let n = c.index() + 1;
    match (lang, columns) {
        (Lang::En, 1) => format!("No column {n}: this board is one list."),
        (Lang::Fr, 1) => format!(
            "Pas de colonne {n}{}ce tableau est une seule liste.",
            lang.colon()
        ),
        (Lang::En, _) => format!("No column {n}: this board has {columns}, from 1 to {columns}."),
        (Lang::Fr, _) => format!(
            "Pas de colonne {n}{}ce tableau en a {columns}, de 1 à {columns}.",
            lang.colon()
        ),
    }
}

/// "Move to column 1–3 · Esc cancels".
pub fn move_keys(columns: usize, lang: Lang) -> String {
    let b = lang.board();
    format!("{} 1–{columns} · {}", b.move_to, b.esc_cancels)
}

/// Why a typed column is not on a table's board, and what to type instead.
pub fn unknown_column(table: &str, typed: &str, board: &BoardKind, lang: Lang) -> String {
    let n = board.columns().len();
    let quoted = lang.quote(typed);
    match (board, lang) {
        (BoardKind::Swot, Lang::En) => {
            format!("quadrant {quoted}: use S, W, O, T (or A, F, O, R, or 1 to 4)")
        }
        (BoardKind::Swot, Lang::Fr) => {
            format!("cadran {quoted} : utilisez A, F, O, R (ou S, W, O, T, ou 1 à 4)")
        }
        (BoardKind::Question, Lang::En) => format!(
            "table {table} answers an open question, with one list of ideas: leave the column out, or give 1"
        ),
        (BoardKind::Question, Lang::Fr) => format!(
            "la table {table} répond à une question ouverte, en une seule liste d'idées : ne donnez pas de colonne, ou donnez 1"
        ),
        (BoardKind::Columns(names), _) => {
            let list: Vec<String> = names
                .iter()
                .enumerate()
                .map(|(i, name)| format!("{} {}", i + 1, lang.quote(name)))
                .collect();
            let last = char::from(b'A' + (n.max(1) - 1).min(25) as u8);
            match lang {
                Lang::En => format!(
                    "table {table} has no column {quoted}; its columns are {}: give a number from 1 to {n}, a letter from A to {last}, or the start of a name",
                    list.join(", ")
                ),
                Lang::Fr => format!(
                    "la table {table} n'a pas de colonne {quoted} ; ses colonnes sont {} : donnez un numéro de 1 à {n}, une lettre de A à {last}, ou le début d'un nom",
                    list.join(", ")
                ),
            }
        }
    }
}

/// No column given where the board has several.
pub fn column_needed(table: &str, board: &BoardKind, lang: Lang) -> String {
    let n = board.columns().len();
    let which = match (board, lang) {
        (BoardKind::Swot, Lang::En) => "S, W, O, T (or A, F, O, R)".to_string(),
        (BoardKind::Swot, Lang::Fr) => "A, F, O, R (ou S, W, O, T)".to_string(),
        (_, _) => format!("1–{n}"),
    };
    match lang {
        Lang::En => format!("table {table}'s board has {n} columns: say which with --in {which}"),
        Lang::Fr => format!(
            "le tableau de la table {table} a {n} colonnes : dites laquelle avec --in {which}"
        ),
    }
}
