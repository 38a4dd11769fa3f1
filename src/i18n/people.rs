//! What `mix --participants` and `new --participants` say about a people
//! spreadsheet, line by line. One exhaustive `match` per language.

use super::Lang;
use crate::core::people::Problem;
use crate::i18n::prelude::*;

/// Words for [`Problem`] (a type of a lower layer, which holds no words).
pub trait PeopleProblemWords {
    fn message(&self, lang: Lang) -> String;
    fn message_untypeset(&self, lang: Lang) -> String;
}

impl PeopleProblemWords for Problem {
    fn message(&self, lang: Lang) -> String {
        lang.typeset(self.message_untypeset(lang))
    }

    fn message_untypeset(&self, lang: Lang) -> String {
        use Problem as P;
        match (self, lang) {
            (P::NotUtf8, Lang::En) => "not UTF-8: save the file as \"CSV UTF-8\" in your spreadsheet".into(),
            (P::NotUtf8, Lang::Fr) => "pas en UTF-8\u{a0}: enregistrez le fichier en «\u{a0}CSV UTF-8\u{a0}» dans votre tableur".into(),
            (P::NoNameColumn, Lang::En) => "the header has no \"name\" column; expected: name, role, languages, organisation, arrives, leaves, table".into(),
            (P::NoNameColumn, Lang::Fr) => "l'en-tête n'a pas de colonne «\u{a0}nom\u{a0}»\u{a0}; attendu\u{a0}: nom, rôle, langues, structure, arrivée, départ, table".into(),
            (P::Csv(e), Lang::En) => format!("not readable as CSV ({e}): save the sheet as \"CSV UTF-8\""),
            (P::Csv(e), Lang::Fr) => format!("illisible en CSV ({e})\u{a0}: enregistrez la feuille en «\u{a0}CSV UTF-8\u{a0}»"),
            (P::EmptyName, Lang::En) => "no name on this line: fill it in or delete the line".into(),
            (P::EmptyName, Lang::Fr) => "pas de nom sur cette ligne\u{a0}: complétez-la ou supprimez-la".into(),
            (P::Twice { name, first }, Lang::En) => format!("{name:?} is already on line {first}: tell the two apart (add an initial) or delete one"),
            (P::Twice { name, first }, Lang::Fr) => format!("« {name} » figure déjà ligne {first}\u{a0}: distinguez les deux (ajoutez une initiale) ou supprimez-en une"),
            (P::NotARound { column, value, rounds }, Lang::En) => format!("{column} {value:?} is not a round: write a number from 1 to {rounds}, or leave it empty"),
            (P::NotARound { column, value, rounds }, Lang::Fr) => {
                let column = match *column {
                    "arrives" => "arrivée",
                    "leaves" => "départ",
                    c => c,
                };
                format!("{column} « {value} » n'est pas un tour\u{a0}: écrivez un nombre de 1 à {rounds}, ou laissez vide")
            }
            (P::LeavesBeforeArriving { arrives, leaves }, Lang::En) => format!("leaves after round {leaves} but arrives for round {arrives}: swap them or fix one"),
            (P::LeavesBeforeArriving { arrives, leaves }, Lang::Fr) => format!("part après le tour {leaves} mais arrive au tour {arrives}\u{a0}: inversez-les ou corrigez-en un"),
            (P::UnknownTable { table, known }, Lang::En) => format!("no table {table:?} in the session; its tables: {known}"),
            (P::UnknownTable { table, known }, Lang::Fr) => format!("pas de table « {table} » dans la séance\u{a0}; ses tables\u{a0}: {known}"),
            (P::NobodyListed, Lang::En) => "nobody listed under the header: one person a line".into(),
            (P::NobodyListed, Lang::Fr) => "personne sous l'en-tête\u{a0}: une personne par ligne".into(),
        }
    }
}
