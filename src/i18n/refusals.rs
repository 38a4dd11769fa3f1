//! What the core's operations say when they refuse something: a post-it's
//! text, a table, round or group that is not there, a vote, a plan. The
//! core returns the structured kinds; the words are here, one exhaustive
//! `match` per language.

use super::Lang;
use crate::core::event::{MAX_NOTE_CHARS, TextError};
use crate::core::model::Session;
use crate::core::ops::OpError;
use crate::core::plan::PlanError;
use crate::core::votes::VoteError;
use crate::i18n::prelude::*;

/// Words for [`TextError`] (a type of a lower layer, which holds no words).
pub trait TextErrorWords {
    fn message(&self, lang: crate::i18n::Lang) -> String;
    fn message_untypeset(&self, lang: crate::i18n::Lang) -> String;
}

impl TextErrorWords for TextError {
    fn message(&self, lang: crate::i18n::Lang) -> String {
        lang.typeset(self.message_untypeset(lang))
    }

    fn message_untypeset(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::Lang;
        match (self, lang) {
            (TextError::Empty, Lang::En) => "the post-it is empty: type some text".into(),
            (TextError::Empty, Lang::Fr) => "le post-it est vide : saisissez du texte".into(),
            (TextError::TooLong { chars }, Lang::En) => format!(
                "the post-it has {chars} characters; the limit is {MAX_NOTE_CHARS}: split it into several post-its"
            ),
            (TextError::TooLong { chars }, Lang::Fr) => format!(
                "le post-it fait {chars} caractères ; la limite est {MAX_NOTE_CHARS} : découpez-le en plusieurs post-its"
            ),
        }
    }
}

/// Words for [`OpError`] (a type of a lower layer, which holds no words).
pub trait OpErrorWords {
    fn message(&self, lang: Lang) -> String;
    fn message_untypeset(&self, lang: Lang) -> String;
}

impl OpErrorWords for OpError {
    fn message(&self, lang: Lang) -> String {
        lang.typeset(self.message_untypeset(lang))
    }

    fn message_untypeset(&self, lang: Lang) -> String {
        let list = |v: &[String]| v.join(", ");
        match (self, lang) {
            (OpError::NoTable { key, known }, Lang::En) => format!(
                "there is no table {key:?} in this session; tables: {}",
                list(known)
            ),
            (OpError::NoTable { key, known }, Lang::Fr) => format!(
                "il n'y a pas de table « {key} » dans cette séance ; tables : {}",
                list(known)
            ),
            (
                OpError::UnknownColumn {
                    table,
                    typed,
                    board,
                },
                lang,
            ) => super::board::unknown_column(table, typed, board, lang),
            (OpError::ColumnNeeded { table, board }, lang) => {
                super::board::column_needed(table, board, lang)
            }
            (
                OpError::NoColumn {
                    table,
                    column,
                    columns,
                },
                Lang::En,
            ) => format!(
                "table {table}'s board has {columns} column(s), not a column {column}: give one from 1 to {columns}"
            ),
            (
                OpError::NoColumn {
                    table,
                    column,
                    columns,
                },
                Lang::Fr,
            ) => format!(
                "le tableau de la table {table} a {columns} colonne(s), pas de colonne {column} : donnez-en une de 1 à {columns}"
            ),
            (OpError::NoRound { round, rounds }, Lang::En) => {
                format!("round {round} does not exist: this session has rounds 1 to {rounds}")
            }
            (OpError::NoRound { round, rounds }, Lang::Fr) => {
                format!("le tour {round} n'existe pas : cette séance a les tours 1 à {rounds}")
            }
            (OpError::NoGroup { group, known }, Lang::En) => {
                format!("there is no group {group:?}; groups: {}", list(known))
            }
            (OpError::NoGroup { group, known }, Lang::Fr) => {
                format!(
                    "il n'y a pas de groupe « {group} » ; groupes : {}",
                    list(known)
                )
            }
            (OpError::Text(e), _) => e.message(lang),
            (OpError::Vote(e), _) => e.message(lang),
            (OpError::NoNote, Lang::En) => "this post-it is no longer on the board".into(),
            (OpError::NoNote, Lang::Fr) => "ce post-it n'est plus sur le tableau".into(),
            (OpError::SameCluster, _) => lang.s().cap.merge_same.into(),
            (OpError::NotInCluster, _) => lang.s().cap.not_in_cluster.into(),
        }
    }
}

/// Words for [`VoteError`] (a type of a lower layer, which holds no words).
pub trait VoteErrorWords {
    fn message(&self, lang: Lang) -> String;
    fn message_untypeset(&self, lang: Lang) -> String;
}

impl VoteErrorWords for VoteError {
    fn message(&self, lang: Lang) -> String {
        lang.typeset(self.message_untypeset(lang))
    }

    fn message_untypeset(&self, lang: Lang) -> String {
        match (self, lang) {
            (
                VoteError::QuadrantSpent {
                    group,
                    quadrant,
                    budget,
                },
                Lang::En,
            ) => format!(
                "group {group} has used its {budget} dots in {}: remove one (-) before adding another",
                quadrant.words(lang).name
            ),
            (
                VoteError::QuadrantSpent {
                    group,
                    quadrant,
                    budget,
                },
                Lang::Fr,
            ) => format!(
                "le groupe {group} a utilisé ses {budget} gommettes en {} : retirez-en une (-) avant d'en ajouter",
                quadrant.words(lang).name
            ),
            (VoteError::TotalSpent { group, budget }, Lang::En) => format!(
                "group {group} has used all its {budget} dots on this topic: remove one (-) before adding another"
            ),
            (VoteError::TotalSpent { group, budget }, Lang::Fr) => format!(
                "le groupe {group} a utilisé ses {budget} gommettes sur ce thème : retirez-en une (-) avant d'en ajouter"
            ),
            (VoteError::NoDotToRemove { group }, Lang::En) => {
                format!("group {group} has no dot on this post-it")
            }
            (VoteError::NoDotToRemove { group }, Lang::Fr) => {
                format!("le groupe {group} n'a pas de gommette sur ce post-it")
            }
            (VoteError::NoNote, Lang::En) => "this post-it is no longer on the board".into(),
            (VoteError::NoNote, Lang::Fr) => "ce post-it n'est plus sur le tableau".into(),
        }
    }
}

/// Words for [`PlanError`] (a type of a lower layer, which holds no words).
pub trait PlanErrorWords {
    fn message(&self, lang: crate::i18n::Lang) -> String;
    fn message_untypeset(&self, lang: crate::i18n::Lang) -> String;
}

impl PlanErrorWords for PlanError {
    fn message(&self, lang: crate::i18n::Lang) -> String {
        lang.typeset(self.message_untypeset(lang))
    }

    fn message_untypeset(&self, lang: crate::i18n::Lang) -> String {
        match self {
            PlanError::NoTables => lang
                .pick(
                    "no table has a known topic: add tables with topic: \"KEY\"",
                    "aucune table n'a de thème connu : ajoutez des tables avec topic: \"CLÉ\"",
                )
                .to_string(),
            PlanError::NoGroups { rounds } => lang.pick(
                format!("{rounds} round(s) but nobody to move yet: add groups: [(key: \"1\"), …], or people with 'tablee mix --participants people.csv' (or --people N)"),
                format!("{rounds} tour(s) mais personne à faire tourner pour l'instant : ajoutez groups: [(key: \"1\"), …], ou les personnes avec 'tablee mix --participants personnes.csv' (ou --people N)"),
            ),
        }
    }
}

/// Words for [`Session`] (a type of a lower layer, which holds no words).
pub trait SessionWords {
    /// "there is no table "Z" in this session; tables: A, B, C", for a
    /// key typed on the command line.
    fn no_such_table(&self, key: &str, lang: Lang) -> String;
}

impl SessionWords for Session {
    /// "there is no table "Z" in this session; tables: A, B, C", for a
    /// key typed on the command line.
    fn no_such_table(&self, key: &str, lang: Lang) -> String {
        // The same sentence as a post-it refused for a table not in the
        // session (French quotes, the signs kept with their words).
        OpError::NoTable {
            key: key.to_string(),
            known: self.tables.iter().map(|t| t.key.clone()).collect(),
        }
        .message(lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_name_what_exists_and_how_to_go_on() {
        let spent = VoteError::TotalSpent {
            group: "g1".into(),
            budget: 2,
        };
        assert!(spent.message(Lang::Fr).contains("2 gommettes"));
        let no_table = OpError::NoTable {
            key: "Z".into(),
            known: vec!["A".into(), "B".into()],
        };
        assert!(no_table.message(Lang::Fr).contains("tables\u{a0}: A, B"));
    }
}
