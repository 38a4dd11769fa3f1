//! What a person reads when a session file does not parse: what is wrong,
//! in plain words, and how to fix it. One exhaustive `match` per message
//! and language: a missing translation does not compile.

use super::Lang;
use crate::i18n::prelude::*;
use crate::store::syntax::{Syntax, Wanted, closer_of};

/// `a, b, c` from a parser's list of names.
fn list(names: &[&str]) -> String {
    names.join(", ")
}

fn wanted(w: Wanted, lang: Lang) -> &'static str {
    use Wanted as W;
    match (w, lang) {
        (W::WholeNumber, Lang::En) => "a whole number, like 20",
        (W::WholeNumber, Lang::Fr) => "un nombre entier, comme 20",
        (W::Number, Lang::En) => "a number, like 2.5",
        (W::Number, Lang::Fr) => "un nombre, comme 2.5",
        (W::Text, Lang::En) => "text in straight double quotes, like \"Alice\"",
        (W::Text, Lang::Fr) => "un texte entre guillemets droits, comme \"Alice\"",
        (W::YesNo, Lang::En) => "true or false",
        (W::YesNo, Lang::Fr) => "true (oui) ou false (non)",
        (W::List, Lang::En) => "a list in square brackets, like [\"A\", \"B\"]",
        (W::List, Lang::Fr) => "une liste entre crochets, comme [\"A\", \"B\"]",
        (W::Group, Lang::En) => "a group in parentheses, like (key: \"A\", …)",
        (W::Group, Lang::Fr) => "un groupe entre parenthèses, comme (key: \"A\", …)",
        (W::Name, Lang::En) => "a field name followed by a colon, like key:",
        (W::Name, Lang::Fr) => "un nom de champ suivi de deux-points, comme key:",
        (W::Optional, Lang::En) => "a value, or None for none",
        (W::Optional, Lang::Fr) => "une valeur, ou None pour aucune",
    }
}

/// "line 2, column 3" / "ligne 2, colonne 3".
fn place(at: crate::store::locate::Pos, lang: Lang) -> String {
    match lang {
        Lang::En => format!("line {}, column {}", at.line, at.col),
        Lang::Fr => format!("ligne {}, colonne {}", at.line, at.col),
    }
}

/// Words for [`Syntax`] (a type of a lower layer, which holds no words).
pub trait SyntaxWords {
    /// The sentence for this error, with its hint.
    fn text(&self, lang: Lang) -> String;
    fn text_untypeset(&self, lang: Lang) -> String;
}

impl SyntaxWords for Syntax {
    /// The sentence for this error, with its hint.
    fn text(&self, lang: Lang) -> String {
        lang.typeset(self.text_untypeset(lang))
    }

    fn text_untypeset(&self, lang: Lang) -> String {
        use Syntax as S;
        match (self, lang) {
            (
                S::UnknownField {
                    found,
                    outer,
                    expected,
                    closest,
                },
                _,
            ) => {
                let inside = match (outer, lang) {
                    (Some(o), Lang::En) => format!(" in `{o}`"),
                    (Some(o), Lang::Fr) => format!(" dans `{o}`"),
                    (None, _) => String::new(),
                };
                match (closest, lang) {
                    (Some(c), Lang::En) => format!(
                        "unknown field `{found}`{inside}: did you mean `{c}`? (fields: {})",
                        list(expected)
                    ),
                    (Some(c), Lang::Fr) => format!(
                        "champ inconnu `{found}`{inside} : vouliez-vous dire `{c}` ? (champs possibles : {})",
                        list(expected)
                    ),
                    (None, Lang::En) => format!(
                        "unknown field `{found}`{inside}: check its spelling or remove it (fields: {})",
                        list(expected)
                    ),
                    (None, Lang::Fr) => format!(
                        "champ inconnu `{found}`{inside} : vérifiez son orthographe ou retirez-le (champs possibles : {})",
                        list(expected)
                    ),
                }
            }
            (S::MissingField { field, outer }, Lang::En) => match outer {
                Some(o) => format!("`{o}` needs a `{field}` field: add `{field}: …`"),
                None => format!("a `{field}` field is missing: add `{field}: …`"),
            },
            (S::MissingField { field, outer }, Lang::Fr) => match outer {
                Some(o) => format!("il manque le champ `{field}` dans `{o}` : ajoutez `{field}: …`"),
                None => format!("il manque le champ `{field}` : ajoutez `{field}: …`"),
            },
            (S::DuplicateField { field }, Lang::En) => {
                format!("the field `{field}` is given twice here: keep one")
            }
            (S::DuplicateField { field }, Lang::Fr) => {
                format!("le champ `{field}` apparaît deux fois ici : n'en gardez qu'un")
            }
            (
                S::UnknownValue {
                    found,
                    expected,
                    closest,
                },
                _,
            ) => match (closest, lang) {
                (Some(c), Lang::En) => format!(
                    "unknown value `{found}`: did you mean `{c}`? (possible: {})",
                    list(expected)
                ),
                (Some(c), Lang::Fr) => format!(
                    "valeur inconnue `{found}` : vouliez-vous dire `{c}` ? (valeurs possibles : {})",
                    list(expected)
                ),
                (None, Lang::En) => {
                    format!("unknown value `{found}` (possible: {})", list(expected))
                }
                (None, Lang::Fr) => format!(
                    "valeur inconnue `{found}` (valeurs possibles : {})",
                    list(expected)
                ),
            },
            (S::BadDate { field, found }, Lang::En) => format!(
                "`{}`: \"{found}\" is not a date tablee can read: write dates as \"2024-10-11\" (year-month-day)",
                field.as_deref().unwrap_or("date")
            ),
            (S::BadDate { field, found }, Lang::Fr) => format!(
                "`{}` : « {found} » n'est pas une date lisible : écrivez les dates sous la forme \"2024-10-11\" (année-mois-jour)",
                field.as_deref().unwrap_or("date")
            ),
            (S::BadTime { field, found }, Lang::En) => format!(
                "`{}`: \"{found}\" is not a time tablee can read: write times as \"09:30\" (24-hour clock)",
                field.as_deref().unwrap_or("start")
            ),
            (S::BadTime { field, found }, Lang::Fr) => format!(
                "`{}` : « {found} » n'est pas une heure lisible : écrivez les heures sous la forme \"09:30\"",
                field.as_deref().unwrap_or("start")
            ),
            (
                S::Wrong {
                    wanted: w,
                    field,
                    found,
                },
                Lang::En,
            ) => {
                let what = wanted(*w, lang);
                let not = if found.is_empty() {
                    String::new()
                } else {
                    format!(", not {found}")
                };
                match field {
                    Some(f) => format!("`{f}` wants {what}{not}"),
                    None => format!("expected {what}{not}"),
                }
            }
            (
                S::Wrong {
                    wanted: w,
                    field,
                    found,
                },
                Lang::Fr,
            ) => {
                let what = wanted(*w, lang);
                let not = if found.is_empty() {
                    String::new()
                } else {
                    format!(", pas {found}")
                };
                match field {
                    Some(f) => format!("`{f}` attend {what}{not}"),
                    None => format!("ici, il faut {what}{not}"),
                }
            }
            (S::MissingComma, Lang::En) => {
                "a comma is missing here, between two values or fields".to_string()
            }
            (S::MissingComma, Lang::Fr) => {
                "il manque une virgule ici, entre deux valeurs ou deux champs".to_string()
            }
            (S::Unclosed { open, at }, Lang::En) => format!(
                "the `{open}` opened at {} is not closed: add `{}` where that group ends",
                place(*at, lang),
                closer_of(*open)
            ),
            (S::Unclosed { open, at }, Lang::Fr) => format!(
                "le `{open}` ouvert {} n'est pas refermé : ajoutez `{}` là où ce groupe se termine",
                place(*at, lang),
                closer_of(*open)
            ),
            (S::Mismatched { found, open, at }, Lang::En) => format!(
                "`{found}` does not match: the `{open}` opened at {} must be closed first, with `{}`",
                place(*at, lang),
                closer_of(*open)
            ),
            (S::Mismatched { found, open, at }, Lang::Fr) => format!(
                "`{found}` ne correspond pas : le `{open}` ouvert {} doit d'abord être refermé, par `{}`",
                place(*at, lang),
                closer_of(*open)
            ),
            (S::UnclosedText, Lang::En) => {
                "a text opened with \" is not closed: add the closing \"".to_string()
            }
            (S::UnclosedText, Lang::Fr) => {
                "un texte ouvert par \" n'est pas refermé : ajoutez le \" final".to_string()
            }
            (S::UnclosedComment, Lang::En) => "a comment /* is not closed by */".to_string(),
            (S::UnclosedComment, Lang::Fr) => {
                "un commentaire /* n'est pas refermé par */".to_string()
            }
            (S::Unexpected(c), Lang::En) => format!(
                "unexpected character `{c}`: texts go between straight double quotes, \"like this\""
            ),
            (S::Unexpected(c), Lang::Fr) => format!(
                "caractère inattendu `{c}` : les textes s'écrivent entre guillemets droits, \"comme ceci\""
            ),
            (S::Trailing, Lang::En) => {
                "text after the end of the session: everything goes inside its outer parentheses"
                    .to_string()
            }
            (S::Trailing, Lang::Fr) => {
                "du texte après la fin de la séance : tout doit être dans ses parenthèses extérieures"
                    .to_string()
            }
            (S::Other(raw), Lang::En) => format!("RON syntax error: {raw}"),
            (S::Other(raw), Lang::Fr) => format!("erreur de syntaxe RON : {raw}"),
        }
    }
}
