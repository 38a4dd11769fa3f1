//! What `tablee new` says. One exhaustive `match` per message and language:
//! a missing translation does not compile.

use super::Lang;
use crate::core::setup::{Keyed, SetupProblem};

/// The options of `tablee new` written `KEY=value`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PairOption {
    Topic,
    Question,
    Table,
}

impl PairOption {
    pub fn flag(self) -> &'static str {
        match self {
            PairOption::Topic => "--topic",
            PairOption::Question => "--question",
            PairOption::Table => "--table",
        }
    }

    /// A well-formed value, in the organiser's language.
    fn example(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (PairOption::Topic, Lang::En) => "CLN=\"Local digital council\"",
            (PairOption::Topic, Lang::Fr) => "CLN=\"Conseil local du numérique\"",
            (PairOption::Question, Lang::En) => "CLN=\"What role for the council?\"",
            (PairOption::Question, Lang::Fr) => "CLN=\"Quel rôle pour le conseil ?\"",
            (PairOption::Table, _) => "A=CLN:\"Alice Martin\"",
        }
    }
}

/// A sentence of `tablee new`.
#[derive(Debug, Clone, Copy)]
pub enum NewText<'a> {
    EmptyName,
    /// The session folder is already there.
    Exists {
        folder: &'a str,
    },
    /// `--topic CLN` without `=Title`: the option and what was given.
    BadPair {
        option: PairOption,
        value: &'a str,
    },
    BadDate {
        value: &'a str,
    },
    BadTime {
        value: &'a str,
    },
    /// After the problems: nothing was written.
    NothingWritten,
    /// After writing: what to do next (`edit`: placeholders are left).
    Next {
        folder: &'a str,
        edit: bool,
    },
}

impl NewText<'_> {
    pub fn text(self, lang: Lang) -> String {
        lang.typeset(self.text_untypeset(lang))
    }

    fn text_untypeset(self, lang: Lang) -> String {
        use NewText as N;
        match (self, lang) {
            (N::EmptyName, Lang::En) => "tablee new: the name is empty: give the workshop a title, e.g. tablee new \"Conseil local du numérique\"".into(),
            (N::EmptyName, Lang::Fr) => "tablee new : le nom est vide : donnez un titre à l'atelier, p. ex. tablee new \"Conseil local du numérique\"".into(),
            (N::Exists { folder }, Lang::En) => format!(
                "{folder}: already exists; nothing was overwritten. Choose another name, or open it with: tablee plan {folder}"
            ),
            (N::Exists { folder }, Lang::Fr) => format!(
                "{folder} : existe déjà ; rien n'a été écrasé. Choisissez un autre nom, ou ouvrez-le : tablee plan {folder}"
            ),
            (N::BadPair { option, value }, Lang::En) => format!(
                "{0} {value}: write it as {0} {1}",
                option.flag(),
                option.example(lang)
            ),
            (N::BadPair { option, value }, Lang::Fr) => format!(
                "{0} {value} : écrivez-le sous la forme {0} {1}",
                option.flag(),
                option.example(lang)
            ),
            (N::BadDate { value }, Lang::En) => {
                format!("--date {value}: write dates as 2024-10-11 (year-month-day)")
            }
            (N::BadDate { value }, Lang::Fr) => format!(
                "--date {value} : écrivez les dates sous la forme 2024-10-11 (année-mois-jour)"
            ),
            (N::BadTime { value }, Lang::En) => {
                format!("--start {value}: write times as 09:30 (24-hour clock)")
            }
            (N::BadTime { value }, Lang::Fr) => {
                format!("--start {value} : écrivez les heures sous la forme 09:30")
            }
            (N::NothingWritten, Lang::En) => "Nothing was written.".into(),
            (N::NothingWritten, Lang::Fr) => "Rien n'a été écrit.".into(),
            (N::Next { folder, edit: true }, Lang::En) => format!(
                "Edit it to name your topics, tables and hosts, then: tablee check {folder} && tablee plan {folder}"
            ),
            (N::Next { folder, edit: true }, Lang::Fr) => format!(
                "Modifiez-le pour nommer thèmes, tables et hôtes, puis : tablee check {folder} && tablee plan {folder}"
            ),
            (N::Next { folder, edit: false }, Lang::En) => {
                format!("Ready: tablee plan {folder} shows the rotation, tablee run {folder} opens the facilitator's screen.")
            }
            (N::Next { folder, edit: false }, Lang::Fr) => format!(
                "Prête : tablee plan {folder} montre la rotation, tablee run {folder} ouvre l'écran d'animation."
            ),
        }
    }
}

impl SetupProblem {
    pub fn message(&self, lang: Lang) -> String {
        lang.typeset(self.message_untypeset(lang))
    }

    fn message_untypeset(&self, lang: Lang) -> String {
        use SetupProblem as P;
        match (self, lang) {
            (
                P::DuplicateKey {
                    what: Keyed::Topic,
                    key,
                },
                Lang::En,
            ) => {
                format!("--topic {key} is given twice: give each topic its own key")
            }
            (
                P::DuplicateKey {
                    what: Keyed::Topic,
                    key,
                },
                Lang::Fr,
            ) => {
                format!("--topic {key} est donné deux fois : donnez à chaque thème sa propre clé")
            }
            (
                P::DuplicateKey {
                    what: Keyed::Table,
                    key,
                },
                Lang::En,
            ) => {
                format!("--table {key} is given twice: give each table its own key")
            }
            (
                P::DuplicateKey {
                    what: Keyed::Table,
                    key,
                },
                Lang::Fr,
            ) => {
                format!("--table {key} est donné deux fois : donnez à chaque table sa propre clé")
            }
            (P::QuestionWithoutTopic { topic }, Lang::En) => format!(
                "--question {topic}=…: no topic {topic}; add --topic {topic}=\"Title\" or fix the key"
            ),
            (P::QuestionWithoutTopic { topic }, Lang::Fr) => format!(
                "--question {topic}=… : aucun thème {topic} ; ajoutez --topic {topic}=\"Titre\" ou corrigez la clé"
            ),
            (P::TableWithoutTopic { table, topic }, Lang::En) => format!(
                "--table {table}={topic}: no topic {topic}; add --topic {topic}=\"Title\" or fix the key"
            ),
            (P::TableWithoutTopic { table, topic }, Lang::Fr) => format!(
                "--table {table}={topic} : aucun thème {topic} ; ajoutez --topic {topic}=\"Titre\" ou corrigez la clé"
            ),
            (P::Zero { option }, Lang::En) => format!("{option} 0: give 1 or more"),
            (P::Zero { option }, Lang::Fr) => format!("{option} 0 : donnez 1 ou plus"),
        }
    }
}
