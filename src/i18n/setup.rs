//! What `tablee new` says. One exhaustive `match` per message and language:
//! a missing translation does not compile.

use super::Lang;
use super::{PhaseKindName, Words};
use crate::core::model::PhaseKind;
use crate::core::setup::{AgendaWords, Counted, Keyed, SetupProblem};

/// The words `tablee new` writes into an agenda, in `lang`.
pub fn agenda_words(lang: Lang) -> AgendaWords<'static> {
    AgendaWords {
        round: lang.s().round,
        debate: PhaseKind::Debate.label(lang),
    }
}

/// The option of a count.
fn flag(what: Counted) -> &'static str {
    match what {
        Counted::Groups => "--groups",
        Counted::Rounds => "--rounds",
        Counted::RoundMinutes => "--round-minutes",
    }
}

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
    BadDelay {
        value: &'a str,
    },
    /// `--round-minutes` that is neither minutes nor a range.
    BadMinutes {
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
            (N::BadDelay { value }, Lang::En) => format!(
                "--answer-within {value}: write a delay as 8w (weeks), 60d (days) or 2m (months)"
            ),
            (N::BadDelay { value }, Lang::Fr) => format!(
                "--answer-within {value} : écrivez un délai sous la forme 8w (semaines), 60d (jours) ou 2m (mois)"
            ),
            (N::BadMinutes { value }, Lang::En) => format!(
                "--round-minutes {value}: write minutes (20) or a range from fewer to more (15-20)"
            ),
            (N::BadMinutes { value }, Lang::Fr) => format!(
                "--round-minutes {value} : écrivez des minutes (20) ou une fourchette de moins à plus (15-20)"
            ),
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

/// Words for [`SetupProblem`] (a type of a lower layer, which holds no words).
pub trait SetupProblemWords {
    fn message(&self, lang: Lang) -> String;
    fn message_untypeset(&self, lang: Lang) -> String;
}

impl SetupProblemWords for SetupProblem {
    fn message(&self, lang: Lang) -> String {
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
            (P::Zero { what }, Lang::En) => format!("{} 0: give 1 or more", flag(*what)),
            (P::Zero { what }, Lang::Fr) => format!("{} 0 : donnez 1 ou plus", flag(*what)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{Phase, Session};
    use crate::core::setup::{Spec, apply};
    use crate::core::templates::Template;
    use crate::i18n::templates;

    fn base() -> Session {
        templates::build(
            Template::WorldCafe,
            Lang::Fr,
            "Roubaix",
            None,
            uuid::Uuid::nil(),
        )
    }

    #[test]
    fn the_roubaix_morning_from_choices() {
        let mut s = base();
        let spec = Spec {
            topics: vec![
                ("CLN".into(), "Conseil local du numérique".into()),
                ("SNR".into(), "Sobriété numérique".into()),
            ],
            questions: vec![("CLN".into(), "Quel rôle pour le CLN ?".into())],
            tables: vec![
                ("A".into(), "CLN".into(), "Alice Marvallin".into()),
                ("B".into(), "CLN".into(), "Houria Cheurfi".into()),
                ("C".into(), "SNR".into(), "Clara Dufresnoy".into()),
                ("D".into(), "SNR".into(), "Coraline Lecocq".into()),
            ],
            groups: Some(4),
            rounds: Some(2),
            round_minutes: Some(20),
            place: Some("Roubaix".into()),
            ..Spec::default()
        };
        apply(&mut s, &spec, agenda_words(Lang::Fr)).unwrap();
        assert_eq!(s.topics[0].question, "Quel rôle pour le CLN ?");
        assert_eq!(s.tables[3].host, "Coraline Lecocq");
        assert_eq!(s.groups.len(), 4);
        let rounds: Vec<&Phase> = s
            .agenda
            .iter()
            .filter(|p| p.kind == PhaseKind::Round)
            .collect();
        assert_eq!(rounds.len(), 2);
        assert_eq!(rounds[1].title, "Tour 2");
        assert!(
            crate::core::validate::validate(&s).is_empty(),
            "{:?}",
            crate::core::validate::validate(&s)
        );
    }

    #[test]
    fn more_rounds_keep_the_agenda_around_them() {
        let mut s = base();
        let spec = Spec {
            rounds: Some(3),
            round_minutes: Some(25),
            ..Spec::default()
        };
        apply(&mut s, &spec, agenda_words(Lang::En)).unwrap();
        let kinds: Vec<PhaseKind> = s.agenda.iter().map(|p| p.kind).collect();
        assert_eq!(
            kinds,
            [
                PhaseKind::Setup,
                PhaseKind::Briefing,
                PhaseKind::Round,
                PhaseKind::Round,
                PhaseKind::Round,
                PhaseKind::KeyFactors,
                PhaseKind::Plenary
            ]
        );
        assert!(
            s.agenda
                .iter()
                .filter(|p| p.kind == PhaseKind::Round)
                .all(|p| p.minutes == 25)
        );
    }

    #[test]
    fn topics_alone_get_one_table_each_and_mistakes_are_all_named() {
        let mut s = base();
        let spec = Spec {
            topics: vec![("X".into(), "Un".into()), ("Y".into(), "Deux".into())],
            ..Spec::default()
        };
        apply(&mut s, &spec, agenda_words(Lang::Fr)).unwrap();
        assert_eq!(
            s.tables
                .iter()
                .map(|t| (t.key.as_str(), t.topic.as_str()))
                .collect::<Vec<_>>(),
            [("A", "X"), ("B", "Y")]
        );
        let spec = Spec {
            topics: vec![("X".into(), "Un".into()), ("X".into(), "Deux".into())],
            questions: vec![("Z".into(), "?".into())],
            tables: vec![("A".into(), "W".into(), String::new())],
            rounds: Some(0),
            ..Spec::default()
        };
        let problems = apply(&mut base(), &spec, agenda_words(Lang::Fr)).unwrap_err();
        assert_eq!(problems.len(), 4, "{problems:?}");
    }
}
