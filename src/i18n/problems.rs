//! What `check` says about a session: one exhaustive `match` per problem
//! and language (a missing translation does not compile). The checks
//! themselves, in `core::validate`, return structured kinds only.

use super::Lang;
use crate::core::model::{FORMAT_VERSION, MAX_PHASE_MINUTES};
use crate::core::validate::{MAX_STATEMENT_CHARS, Problem, ProblemKind, Thing};
use crate::i18n::prelude::*;

/// Words for [`Thing`] (a type of a lower layer, which holds no words).
pub trait ThingWords {
    fn name(self, lang: Lang) -> &'static str;
}

impl ThingWords for Thing {
    fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Thing::Topic, Lang::En) => "topic",
            (Thing::Topic, Lang::Fr) => "thème",
            (Thing::Table, Lang::En) => "table",
            (Thing::Table, Lang::Fr) => "table",
            (Thing::Group, Lang::En) => "group",
            (Thing::Group, Lang::Fr) => "groupe",
            (Thing::Participant, Lang::En) => "participant",
            (Thing::Participant, Lang::Fr) => "participant·e",
        }
    }
}

/// Words for [`Problem`] (a type of a lower layer, which holds no words).
pub trait ProblemWords {
    /// The message, with what is wrong and how to fix it.
    fn message(&self, lang: Lang) -> String;
    /// The message as the set-up screen shows it: where the fix is a
    /// section of that screen, the section and its key rather than the
    /// file's syntax; otherwise [`Problem::message`].
    fn on_setup_screen(&self, lang: Lang) -> String;
    fn message_untypeset(&self, lang: Lang) -> String;
}

impl ProblemWords for Problem {
    /// The message, with what is wrong and how to fix it.
    fn message(&self, lang: Lang) -> String {
        lang.typeset(self.message_untypeset(lang))
    }

    /// The message as the set-up screen shows it: where the fix is a
    /// section of that screen, the section and its key rather than the
    /// file's syntax; otherwise [`Problem::message`].
    fn on_setup_screen(&self, lang: Lang) -> String {
        use ProblemKind as K;
        let said: String = match (&self.kind, lang) {
            (K::EmptyTitle, Lang::En) => {
                "the session has no title: type one in the Session section (Enter on Title)".into()
            }
            (K::EmptyTitle, Lang::Fr) => {
                "la séance n'a pas de titre : tapez-en un dans la section Séance (Entrée sur Titre)"
                    .into()
            }
            (K::NoTopics, Lang::En) => "no topics: add one in the Topics section (a)".into(),
            (K::NoTopics, Lang::Fr) => {
                "aucun thème : ajoutez-en un dans la section Thèmes (a)".into()
            }
            (K::NoTables, Lang::En) => "no tables: add one in the Tables section (a)".into(),
            (K::NoTables, Lang::Fr) => {
                "aucune table : ajoutez-en une dans la section Tables (a)".into()
            }
            (K::EmptyAgenda, Lang::En) => {
                "the agenda is empty: add phases in the Agenda section (a)".into()
            }
            (K::EmptyAgenda, Lang::Fr) => {
                "l'ordre du jour est vide : ajoutez des phases dans la section Déroulé (a)".into()
            }
            (K::NobodyMoves { rounds }, Lang::En) => format!(
                "the agenda has {rounds} round(s) but nobody to move yet: add groups (Groups section, a) or participants (Participants section, a)"
            ),
            (K::DebateWithoutStatements, Lang::En) => {
                "the agenda has a moving debate but no statements: add them in the Debate section (a)".into()
            }
            (K::DebateWithoutStatements, Lang::Fr) => {
                "le déroulé a un débat mouvant mais aucune affirmation : ajoutez-les dans la section Débat (a)".into()
            }
            (K::NobodyMoves { rounds }, Lang::Fr) => format!(
                "l'ordre du jour compte {rounds} tour(s) mais personne à faire tourner pour l'instant : ajoutez des groupes (section Groupes, a) ou des participant·es (section Participants, a)"
            ),
            _ => return self.message(lang),
        };
        lang.typeset(said)
    }

    fn message_untypeset(&self, lang: Lang) -> String {
        use ProblemKind as K;
        match (&self.kind, lang) {
            (K::FutureVersion { found }, Lang::En) => format!(
                "this session uses format_version {found}, but this tablee reads format {FORMAT_VERSION}: update tablee to open it (the file was left untouched)"
            ),
            (K::FutureVersion { found }, Lang::Fr) => format!(
                "cette séance utilise format_version {found}, mais ce tablee lit le format {FORMAT_VERSION} : mettez tablee à jour pour l'ouvrir (le fichier n'a pas été modifié)"
            ),
            (K::OldVersion { found }, Lang::En) => format!(
                "format_version {found} does not exist: write format_version: {FORMAT_VERSION}"
            ),
            (K::OldVersion { found }, Lang::Fr) => format!(
                "format_version {found} n'existe pas : écrivez format_version: {FORMAT_VERSION}"
            ),
            (K::EmptyTitle, Lang::En) => "the session has no title: write title: \"…\"".into(),
            (K::EmptyTitle, Lang::Fr) => "la séance n'a pas de titre : écrivez title: \"…\"".into(),
            (K::NoTopics, Lang::En) => {
                "no topics: add at least one, e.g. topics: [(key: \"CLN\", title: \"…\")]".into()
            }
            (K::NoTopics, Lang::Fr) => {
                "aucun thème : ajoutez-en au moins un, p. ex. topics: [(key: \"CLN\", title: \"…\")]"
                    .into()
            }
            (K::NoTables, Lang::En) => {
                "no tables: add at least one, e.g. tables: [(key: \"A\", topic: \"CLN\", host: \"…\")]"
                    .into()
            }
            (K::NoTables, Lang::Fr) => {
                "aucune table : ajoutez-en au moins une, p. ex. tables: [(key: \"A\", topic: \"CLN\", host: \"…\")]"
                    .into()
            }
            (K::EmptyAgenda, Lang::En) => {
                "the agenda is empty: add phases, e.g. (kind: Round, title: \"Round 1\", minutes: 20)"
                    .into()
            }
            (K::EmptyAgenda, Lang::Fr) => {
                "l'ordre du jour est vide : ajoutez des phases, p. ex. (kind: Round, title: \"Tour 1\", minutes: 20)"
                    .into()
            }
            (K::EmptyKey { what }, Lang::En) => {
                format!("a {} has an empty key: give it a short key", what.name(lang))
            }
            (K::EmptyKey { what }, Lang::Fr) => {
                format!("un·e {} a une clé vide : donnez-lui une clé courte", what.name(lang))
            }
            (K::BadKey { what, key }, Lang::En) => format!(
                "{} key {key:?} is not usable: keys are 1 to 16 characters without spaces or quotes",
                what.name(lang)
            ),
            (K::BadKey { what, key }, Lang::Fr) => format!(
                "la clé de {} « {key} » n'est pas utilisable : 1 à 16 caractères, sans espace ni guillemet",
                what.name(lang)
            ),
            (K::DuplicateKey { what, key }, Lang::En) => format!(
                "{} {key:?} is defined twice: keys must be unique",
                what.name(lang)
            ),
            (K::DuplicateKey { what, key }, Lang::Fr) => format!(
                "{} « {key} » est défini deux fois : les clés doivent être uniques",
                what.name(lang)
            ),
            (K::UnknownTopic { table, topic }, Lang::En) => format!(
                "table {table:?} names topic {topic:?}, which is not in topics: add it or fix the key"
            ),
            (K::UnknownTopic { table, topic }, Lang::Fr) => format!(
                "la table « {table} » indique le thème « {topic} », absent de topics : ajoutez-le ou corrigez la clé"
            ),
            (K::TopicWithoutTable { topic }, Lang::En) => format!(
                "topic {topic:?} has no table: add a table with topic: {topic:?} or remove the topic"
            ),
            (K::TopicWithoutTable { topic }, Lang::Fr) => format!(
                "le thème « {topic} » n'a aucune table : ajoutez une table avec topic: « {topic} » ou retirez le thème"
            ),
            (K::Placeholder { text }, Lang::En) => format!(
                "{text:?} is still the template's example text: write your own (a topic's title or question, a host's name)"
            ),
            (K::Placeholder { text }, Lang::Fr) => format!(
                "« {text} » est encore le texte d'exemple du modèle : écrivez le vôtre (titre ou question d'un thème, nom d'un·e animateur·rice)"
            ),
            (K::NoDots, Lang::En) => {
                "a group gets 0 dots: give at least 1 (e.g. dots: PerQuadrant(3) or dots: Total(8)), or remove the votes line for the default of 3 per quadrant".into()
            }
            (K::NoDots, Lang::Fr) => {
                "un groupe reçoit 0 gommette : donnez-en au moins 1 (par ex. dots: PerQuadrant(3) ou dots: Total(8)), ou retirez la ligne votes pour 3 par quadrant par défaut".into()
            }
            (K::ZeroMinutes { phase }, Lang::En) => {
                format!("phase {phase:?} lasts 0 minutes: give it at least 1 minute or remove it")
            }
            (K::ZeroMinutes { phase }, Lang::Fr) => {
                format!("la phase « {phase} » dure 0 minute : donnez-lui au moins 1 minute ou retirez-la")
            }
            (K::AbsurdMinutes { phase, minutes }, Lang::En) => format!(
                "phase {phase:?} lasts {minutes} minutes: a phase lasts at most {MAX_PHASE_MINUTES} minutes (split it, or check for a typo)"
            ),
            (K::AbsurdMinutes { phase, minutes }, Lang::Fr) => format!(
                "la phase « {phase} » dure {minutes} minutes : une phase dure au plus {MAX_PHASE_MINUTES} minutes (découpez-la, ou vérifiez la saisie)"
            ),
            (K::BadRange { phase, minutes, up_to }, Lang::En) => format!(
                "phase {phase:?} lasts {minutes} up to {up_to} minutes: the range must end after it starts and at most at {MAX_PHASE_MINUTES} (minutes: 5, up_to: 10)"
            ),
            (K::BadRange { phase, minutes, up_to }, Lang::Fr) => format!(
                "la phase « {phase} » dure {minutes} à {up_to} minutes : la fourchette doit finir après son début et au plus à {MAX_PHASE_MINUTES} (minutes: 5, up_to: 10)"
            ),
            (K::ColumnCount { topic, columns }, Lang::En) => format!(
                "topic {topic}'s board has {columns} column(s): a board of columns has 2 to 6 (for one list of ideas, write board: Question)"
            ),
            (K::ColumnCount { topic, columns }, Lang::Fr) => format!(
                "le tableau du thème {topic} a {columns} colonne(s) : un tableau en colonnes en a de 2 à 6 (pour une seule liste d'idées, écrivez board: Question)"
            ),
            (K::EmptyColumnName { topic }, Lang::En) => format!(
                "a column of topic {topic}'s board has no name: name it (\"What works\", \"What is missing\"…)"
            ),
            (K::EmptyColumnName { topic }, Lang::Fr) => format!(
                "une colonne du tableau du thème {topic} n'a pas de nom : nommez-la (\"Ce qui marche\", \"Ce qui manque\"…)"
            ),
            (K::DuplicateColumnName { topic, name }, Lang::En) => format!(
                "topic {topic}'s board has two columns named {name:?}: give each its own name"
            ),
            (K::DuplicateColumnName { topic, name }, Lang::Fr) => format!(
                "le tableau du thème {topic} a deux colonnes nommées « {name} » : donnez à chacune son nom"
            ),
            (K::QuestionnaireTitle { title }, Lang::En) => format!(
                "a questionnaire is titled {title:?}: give each questionnaire its own title (\"Satisfaction\")"
            ),
            (K::QuestionnaireTitle { title }, Lang::Fr) => format!(
                "un questionnaire a pour titre « {title} » : donnez à chaque questionnaire son propre titre (\"Satisfaction\")"
            ),
            (K::NoQuestions { title }, Lang::En) => format!(
                "the questionnaire {title:?} has no question yet: add questions: [(text: \"…\", answers: Scale([\"…\", \"…\"]))]"
            ),
            (K::NoQuestions { title }, Lang::Fr) => format!(
                "le questionnaire « {title} » n'a pas encore de question : ajoutez questions: [(text: \"…\", answers: Scale([\"…\", \"…\"]))]"
            ),
            (K::QuestionText { title, text }, Lang::En) => format!(
                "a question of {title:?} reads {text:?}: give each question its own words"
            ),
            (K::QuestionText { title, text }, Lang::Fr) => format!(
                "une question de « {title} » se lit « {text} » : donnez à chaque question ses propres mots"
            ),
            (K::QuestionChoices { text, choices }, Lang::En) => format!(
                "the question {text:?} offers {choices} step(s) or choice(s): give it 2 to 9, each with its own words (a digit each when forms are typed in)"
            ),
            (K::QuestionChoices { text, choices }, Lang::Fr) => format!(
                "la question « {text} » propose {choices} échelon(s) ou choix : donnez-lui-en de 2 à 9, chacun avec ses propres mots (un chiffre chacun à la saisie des formulaires)"
            ),
            (K::EmptyStatement, Lang::En) => {
                "this statement is empty: write it, or remove the line".into()
            }
            (K::EmptyStatement, Lang::Fr) => {
                "cette affirmation est vide : écrivez-la, ou retirez la ligne".into()
            }
            (K::DuplicateStatement { text }, Lang::En) => {
                format!("the statement {text:?} is listed twice: keep one")
            }
            (K::DuplicateStatement { text }, Lang::Fr) => {
                format!("l'affirmation « {text} » figure deux fois : gardez-en une")
            }
            (K::LongStatement { chars }, Lang::En) => format!(
                "this statement has {chars} characters: at most {MAX_STATEMENT_CHARS} fit on a projector, shorten it"
            ),
            (K::LongStatement { chars }, Lang::Fr) => format!(
                "cette affirmation fait {chars} caractères : un vidéoprojecteur en montre au plus {MAX_STATEMENT_CHARS}, raccourcissez-la"
            ),
            (K::DebateWithoutStatements, Lang::En) => "the agenda has a Debate phase but no statements: add statements: [\"…\", \"…\"]".into(),
            (K::DebateWithoutStatements, Lang::Fr) => "l'ordre du jour a une phase « Débat mouvant » (kind: Debate) mais aucune affirmation : ajoutez statements: [\"…\", \"…\"]".into(),
            (K::NobodyMoves { rounds }, Lang::En) => format!(
                "the agenda has {rounds} round(s) but nobody to move yet: add groups: [(key: \"1\"), …], or people with 'tablee mix --participants people.csv' (or --people N)"
            ),
            (K::NobodyMoves { rounds }, Lang::Fr) => format!(
                "l'ordre du jour compte {rounds} tour(s) mais personne à faire tourner pour l'instant : ajoutez groups: [(key: \"1\"), …], ou les personnes avec 'tablee mix --participants personnes.csv' (ou --people N)"
            ),
            (K::RoundsMismatch { agenda, rotation }, Lang::En) => format!(
                "the rotation lists {rotation} round(s) but the agenda has {agenda} Round phase(s): make them match"
            ),
            (K::RoundsMismatch { agenda, rotation }, Lang::Fr) => format!(
                "la rotation compte {rotation} tour(s) mais l'ordre du jour a {agenda} phase(s) Round : faites-les correspondre"
            ),
            (K::RoundWithoutTable { round }, Lang::En) => {
                format!("round {round} seats nobody at any table: fill it in or remove it")
            }
            (K::RoundWithoutTable { round }, Lang::Fr) => {
                format!("le tour {round} n'installe personne à aucune table : complétez-le ou retirez-le")
            }
            (K::UnknownTableInRound { round, table }, Lang::En) => {
                format!("round {round} uses table {table:?}, which is not in tables")
            }
            (K::UnknownTableInRound { round, table }, Lang::Fr) => {
                format!("le tour {round} utilise la table « {table} », absente de tables")
            }
            (K::UnknownMover { round, table, who, what }, Lang::En) => format!(
                "round {round}, table {table:?}: {} {who:?} is not defined (check the spelling)",
                what.name(lang)
            ),
            (K::UnknownMover { round, table, who, what }, Lang::Fr) => format!(
                "tour {round}, table « {table} » : {} « {who} » n'est pas défini (vérifiez l'orthographe)",
                what.name(lang)
            ),
            (K::MissingFromRound { round, who, what }, Lang::En) => format!(
                "{} {who:?} has no table in round {round}: seat it somewhere",
                what.name(lang)
            ),
            (K::MissingFromRound { round, who, what }, Lang::Fr) => format!(
                "{} « {who} » n'a pas de table au tour {round} : placez-le quelque part",
                what.name(lang)
            ),
            (K::AtTwoTables { round, who, first, second }, Lang::En) => format!(
                "round {round}: {who:?} is at table {first:?} and at table {second:?}; nobody can be in two places"
            ),
            (K::AtTwoTables { round, who, first, second }, Lang::Fr) => format!(
                "tour {round} : « {who} » est à la table « {first} » et à la table « {second} » ; personne ne peut être à deux endroits"
            ),
            (K::OverSeats { round, table, people, seats }, Lang::En) => format!(
                "round {round}: table {table:?} would seat {people} people but has {seats} seats: add seats or move someone"
            ),
            (K::OverSeats { round, table, people, seats }, Lang::Fr) => format!(
                "tour {round} : la table « {table} » recevrait {people} personnes pour {seats} places : ajoutez des places ou déplacez quelqu'un"
            ),
            (K::MorePeopleThanSeats { people, seats }, Lang::En) => format!(
                "{people} people to seat but the tables have {seats} seats in all: add tables or seats"
            ),
            (K::MorePeopleThanSeats { people, seats }, Lang::Fr) => format!(
                "{people} personnes à installer pour {seats} places en tout : ajoutez des tables ou des places"
            ),
            (K::EmptyTable { round, table }, Lang::En) => {
                format!("round {round}: nobody comes to table {table:?} (its host waits)")
            }
            (K::EmptyTable { round, table }, Lang::Fr) => {
                format!("tour {round} : personne ne vient à la table « {table} » (son hôte attend)")
            }
            (K::TopicsRevisited { rounds, topics }, Lang::En) => format!(
                "{rounds} rounds for {topics} topics: groups will see some topics twice"
            ),
            (K::TopicsRevisited { rounds, topics }, Lang::Fr) => format!(
                "{rounds} tours pour {topics} thèmes : les groupes reverront certains thèmes"
            ),
            (K::SeatingNotPlanned { participants }, Lang::En) => format!(
                "{participants} participants are listed but not yet seated: run 'tablee mix' to place them"
            ),
            (K::SeatingNotPlanned { participants }, Lang::Fr) => format!(
                "{participants} participant·es sont listé·es mais pas encore placé·es : lancez 'tablee mix' pour les répartir"
            ),
            (K::TopicTwiceForGroup { who, topic }, Lang::En) => {
                format!("{who:?} sees topic {topic:?} more than once")
            }
            (K::TopicTwiceForGroup { who, topic }, Lang::Fr) => {
                format!("« {who} » voit le thème « {topic} » plusieurs fois")
            }
            (K::UnknownParticipant { who }, Lang::En) => format!(
                "{who:?} is not in participants: check the spelling or add the name to participants"
            ),
            (K::UnknownParticipant { who }, Lang::Fr) => format!(
                "« {who} » n'est pas dans participants : vérifiez l'orthographe ou ajoutez le nom à participants"
            ),
            (K::NoSuchRound { round, rounds }, Lang::En) => format!(
                "round {round} does not exist: the agenda has {rounds} round(s), numbered from 1"
            ),
            (K::NoSuchRound { round, rounds }, Lang::Fr) => format!(
                "le tour {round} n'existe pas : l'ordre du jour compte {rounds} tour(s), numérotés à partir de 1"
            ),
            (K::UnknownFixedTable { table }, Lang::En) => {
                format!("no table has the key {table:?}: use one of the tables' keys")
            }
            (K::UnknownFixedTable { table }, Lang::Fr) => {
                format!("aucune table n'a la clé « {table} » : utilisez la clé d'une des tables")
            }
            (K::ApartAndTogether { a, b }, Lang::En) => format!(
                "{a:?} and {b:?} are both kept apart and kept together: remove one of the two"
            ),
            (K::ApartAndTogether { a, b }, Lang::Fr) => format!(
                "« {a} » et « {b} » sont à la fois séparé·es et réuni·es : retirez l'une des deux consignes"
            ),
            (K::PairWithSelf { who }, Lang::En) => {
                format!("{who:?} is paired with themselves: name two different people")
            }
            (K::PairWithSelf { who }, Lang::Fr) => {
                format!("« {who} » est associé·e à elle-même ou lui-même : nommez deux personnes")
            }
            (K::FixedConflict { who, round }, Lang::En) => format!(
                "round {round}: {who:?} has two fixed seats, or a fixed seat while absent: keep one"
            ),
            (K::FixedConflict { who, round }, Lang::Fr) => format!(
                "tour {round} : « {who} » a deux places imposées, ou une place imposée en étant absent·e : n'en gardez qu'une"
            ),
            (K::PlanBreaksMixing { round, what }, Lang::En) => format!(
                "round {round}: the seating breaks mixing ({what}): run 'tablee mix' again or move someone"
            ),
            (K::PlanBreaksMixing { round, what }, Lang::Fr) => format!(
                "tour {round} : le placement ne respecte pas mixing ({what}) : relancez 'tablee mix' ou déplacez quelqu'un"
            ),
            (K::SeatedWhileAbsent { who, round }, Lang::En) => format!(
                "round {round}: {who:?} is seated but listed as absent in mixing: run 'tablee mix' again"
            ),
            (K::SeatedWhileAbsent { who, round }, Lang::Fr) => format!(
                "tour {round} : « {who} » est placé·e mais noté·e absent·e dans mixing : relancez 'tablee mix'"
            ),
        }
    }
}
