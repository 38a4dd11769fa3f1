//! The set-up screen's words (`tablee setup`): sections, column heads,
//! what a new row is called, and what the screen says. One table per
//! language, complete at compile time.

use super::Lang;
use super::Words;
use crate::core::edits::{Cell, Field, List, SetAside, Spot, Value, Why};
use crate::core::model::BoardKind;
use crate::core::questionnaire::Answers;
use uuid::Uuid;

#[derive(Debug)]
pub struct SetupWords {
    pub title: &'static str,
    /// Session, topics, tables, groups, participants, agenda, débat,
    /// questionnaires, rotation.
    pub sections: [&'static str; 9],
    pub statement_heads: [&'static str; 1],
    pub new_statement: &'static str,
    pub question_heads: [&'static str; 3],
    pub new_question: &'static str,
    /// The title of the first questionnaire, when a question is added to
    /// none.
    pub new_questionnaire: &'static str,
    pub bad_answers: &'static str,
    /// The rotation went back to being planned by tablee.
    pub rotation_auto: &'static str,
    /// The rotation is written by hand from now on.
    pub rotation_by_hand: &'static str,
    /// Individual seating is not edited here.
    pub rotation_people: &'static str,
    /// The rotation waits for the errors to be fixed.
    pub rotation_waits: &'static str,
    /// Above the rotation's rows: who plans it, and how to change that.
    pub rotation_head_auto: &'static str,
    pub rotation_head_hand: &'static str,
    /// The session's own fields, one per row.
    pub session_fields: [&'static str; 7],
    pub topic_heads: [&'static str; 4],
    pub table_heads: [&'static str; 5],
    /// Said of the whole room's table in the rotation.
    pub whole_room: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub group_heads: [&'static str; 3],
    pub person_heads: [&'static str; 1],
    pub agenda_heads: [&'static str; 6],
    /// What a new row is called before it is typed over.
    pub new_topic: &'static str,
    pub new_person: &'static str,
    pub new_round: &'static str,
    pub empty: &'static str,
    pub rotation: &'static str,
    pub to_fix: &'static str,
    pub all_good: &'static str,
    pub no_rotation: &'static str,
    pub saved: &'static str,
    pub unsaved: &'static str,
    pub not_a_number: &'static str,
    /// A range whose end is not after its start.
    pub bad_range: &'static str,
    pub bad_delay: &'static str,
    pub bad_date: &'static str,
    pub bad_time: &'static str,
    pub bad_board: &'static str,
    pub cannot_be_empty: &'static str,
    pub nothing_to_undo: &'static str,
    pub removed: &'static str,
    pub not_saved: &'static str,
    pub question_board: &'static str,
    pub board_hint: &'static str,
    /// The title of a session prepared from nothing (`tablee setup` alone).
    pub new_session: &'static str,
}

pub static EN: SetupWords = SetupWords {
    title: "Set-up",
    sections: [
        "Session",
        "Topics",
        "Tables",
        "Groups",
        "Participants",
        "Agenda",
        "Debate",
        "Questionnaires",
        "Rotation",
    ],
    statement_heads: ["Statement"],
    new_statement: "A new statement",
    question_heads: ["Questionnaire", "Question", "Answers"],
    new_question: "A new question",
    new_questionnaire: "Satisfaction",
    bad_answers: "type Scale: a | b | c, One: a | b, Several: a | b, or Text (Scale alone: the four steps from disagree to agree)",
    rotation_auto: "Rotation planned by tablee again (Enter on a cell writes it by hand)",
    rotation_by_hand: "Rotation written by hand: group keys separated by commas; Delete gives it back to tablee",
    rotation_people: "People are seated one by one: tablee mix plans it, this screen shows it",
    rotation_waits: "The rotation shows once the errors above are fixed",
    rotation_head_auto: "Planned by tablee · Enter on a cell writes it by hand",
    rotation_head_hand: "Written by hand (group keys, commas) · Del: back to tablee",
    session_fields: [
        "Title",
        "Date",
        "Start",
        "Place",
        "Organiser",
        "Language",
        "Answer within",
    ],
    topic_heads: ["Key", "Title", "Question", "Board"],
    table_heads: ["Key", "Topic", "Host", "Seats", "Whole room"],
    whole_room: "whole room",
    yes: "yes",
    no: "no",
    group_heads: ["Key", "Name", "People"],
    person_heads: ["Name"],
    agenda_heads: [
        "Kind",
        "Title",
        "Minutes",
        "Leads",
        "Instruction",
        "Materials",
    ],
    new_topic: "New topic",
    new_person: "Person",
    new_round: "Round",
    empty: "(none yet: a adds one)",
    rotation: "Rotation",
    to_fix: "To fix",
    all_good: "✓ all good: the session can run",
    no_rotation: "no rotation yet: add tables, groups and Round phases",
    saved: "✓ saved",
    new_session: "New workshop",
    unsaved: "● not saved: Ctrl-S saves",
    not_a_number: "not a whole number: type digits, or empty it",
    bad_range: "a range goes from fewer minutes to more: 5-10",
    bad_delay: "a delay is a number and a unit: 8w (weeks), 60d (days), 2m (months)",
    bad_date: "write dates as 2024-10-11",
    bad_time: "write times as 09:30",
    bad_board: "type SWOT, Question, or the columns' names separated by |",
    cannot_be_empty: "this field cannot be empty (Esc keeps what was there)",
    nothing_to_undo: "nothing to undo",
    removed: "removed (Ctrl-Z brings it back)",
    not_saved: "could not save",
    question_board: "Question",
    board_hint: "SWOT, Question, or the columns' names separated by | (What works | What is missing)",
};

pub static FR: SetupWords = SetupWords {
    title: "Préparation",
    sections: [
        "Séance",
        "Thèmes",
        "Tables",
        "Groupes",
        "Participants",
        "Déroulé",
        "Débat",
        "Questionnaires",
        "Rotation",
    ],
    statement_heads: ["Affirmation"],
    new_statement: "Une nouvelle affirmation",
    question_heads: ["Questionnaire", "Question", "Réponses"],
    new_question: "Une nouvelle question",
    new_questionnaire: "Satisfaction",
    bad_answers: "tapez Échelle\u{a0}: a | b | c, Un choix\u{a0}: a | b, Plusieurs\u{a0}: a | b, ou Texte (Échelle seule\u{a0}: les quatre échelons de pas d'accord à d'accord)",
    rotation_auto: "Rotation de nouveau planifiée par tablee (Entrée sur une case l'écrit à la main)",
    rotation_by_hand: "Rotation écrite à la main\u{a0}: clés des groupes séparées par des virgules\u{a0}; Suppr la rend à tablee",
    rotation_people: "Les personnes sont placées une à une\u{a0}: tablee mix le planifie, cet écran le montre",
    rotation_waits: "La rotation s'affichera une fois les erreurs ci-dessus corrigées",
    rotation_head_auto: "Planifiée par tablee · Entrée sur une case l'écrit à la main",
    rotation_head_hand: "Écrite à la main (clés des groupes, virgules) · Suppr\u{a0}: à tablee",
    session_fields: [
        "Titre",
        "Date",
        "Début",
        "Lieu",
        "Organisation",
        "Langue",
        "Répondre sous",
    ],
    topic_heads: ["Clé", "Titre", "Question", "Tableau"],
    table_heads: ["Clé", "Thème", "Animateur·rice", "Places", "Toute la salle"],
    whole_room: "toute la salle",
    yes: "oui",
    no: "non",
    group_heads: ["Clé", "Nom", "Personnes"],
    person_heads: ["Nom"],
    agenda_heads: ["Type", "Titre", "Minutes", "Anime", "Consigne", "Matériel"],
    new_topic: "Nouveau thème",
    new_person: "Personne",
    new_round: "Tour",
    empty: "(aucun pour l'instant\u{a0}: a en ajoute un)",
    rotation: "Rotation",
    to_fix: "À corriger",
    all_good: "✓ tout est bon\u{a0}: la séance peut se dérouler",
    no_rotation: "pas encore de rotation\u{a0}: ajoutez des tables, des groupes et des phases Round",
    saved: "✓ enregistré",
    new_session: "Nouvel atelier",
    unsaved: "● non enregistré\u{a0}: Ctrl-S enregistre",
    not_a_number: "pas un nombre entier\u{a0}: tapez des chiffres, ou videz le champ",
    bad_range: "une fourchette va de moins de minutes à plus\u{a0}: 5-10",
    bad_delay: "un délai est un nombre et une unité\u{a0}: 8w (semaines), 60d (jours), 2m (mois)",
    bad_date: "écrivez les dates ainsi\u{a0}: 2024-10-11",
    bad_time: "écrivez les heures ainsi\u{a0}: 09:30",
    bad_board: "tapez SWOT, Question, ou les noms des colonnes séparés par |",
    cannot_be_empty: "ce champ ne peut pas être vide (Échap garde ce qui y était)",
    nothing_to_undo: "rien à annuler",
    removed: "supprimé (Ctrl-Z le rétablit)",
    not_saved: "impossible d'enregistrer",
    question_board: "Question",
    board_hint: "SWOT, Question, ou les noms des colonnes séparés par | (Ce qui marche | Ce qui manque)",
};

/// Asked before quitting with changes not saved: the keys named are the
/// one that saves and the one just pressed, as the screen binds them.
pub fn quit_unsaved(lang: Lang, save: &str, again: &str) -> String {
    match lang {
        Lang::En => format!("Not saved: {save} saves, {again} again quits without saving"),
        Lang::Fr => format!(
            "Non enregistré\u{a0}: {save} enregistre, {again} à nouveau quitte sans enregistrer"
        ),
    }
}

/// « Table « C », hôte : « Inès » (cet écran) a été remplacé par
/// « Jules » (l'écran 3f2a), saisi au même moment », and the other
/// changes of the set-up that the merge set aside. `me` is this screen's
/// device (none for a command).
pub fn set_aside(s: &SetAside, me: Option<Uuid>, lang: Lang) -> String {
    let who = |d: Option<Uuid>| match d {
        Some(d) => super::clock::who(d, me, lang),
        None => "session.ron".to_string(),
    };
    let (lost, kept) = (who(s.device), who(s.kept_device));
    let q = |v: &Value| lang.quote(&value_text(v, lang));
    match &s.why {
        Why::Replaced {
            spot,
            lost: l,
            kept: k,
        } => {
            let what = spot_text(spot, l, lang);
            let (l, k) = (q(l), q(k));
            lang.pick(
                format!("{what}: {l} ({lost}) was replaced by {k} ({kept}), typed at the same moment"),
                format!(
                    "{what}\u{a0}: {l} ({lost}) a été remplacé par {k} ({kept}), saisi au même moment"
                ),
            )
        }
        Why::RemovedWhileChanged { list, row } => {
            let (name, row) = (list_name(*list, lang), lang.quote(row));
            lang.pick(
                format!("{name} {row} was removed by {kept} while {lost} changed it"),
                format!("{name} {row}\u{a0}: retiré par {kept} pendant que {lost} le modifiait"),
            )
        }
        Why::ChangedWhileRemoved { list, row } => {
            let (name, row) = (list_name(*list, lang), lang.quote(row));
            lang.pick(
                format!("{name} {row}: the change made by {lost} applies to nothing, {kept} removed it"),
                format!(
                    "{name} {row}\u{a0}: la modification de {lost} ne s'applique à rien, {kept} l'a retiré"
                ),
            )
        }
        Why::File {
            spot,
            file,
            lost: l,
        } => {
            let what = spot_text(spot, file, lang);
            let (f, l) = (q(file), q(l));
            lang.pick(
                format!(
                    "{what}: session.ron was changed by hand to {f} after {l} ({lost}) was set on the set-up screen; the file's value is kept"
                ),
                format!(
                    "{what}\u{a0}: session.ron a été modifié à la main en {f} après la saisie de {l} ({lost}) sur l'écran de réglage\u{a0}; la valeur du fichier est gardée"
                ),
            )
        }
    }
}

fn list_name(list: List, lang: Lang) -> &'static str {
    let (en, fr) = match list {
        List::Topics => ("Topic", "Thème"),
        List::Tables => ("Table", "Table"),
        List::Groups => ("Group", "Groupe"),
        List::Participants => ("Participant", "Participant·e"),
        List::Agenda => ("Phase", "Étape"),
        List::Statements => ("Statement", "Affirmation"),
        List::Questions => ("Question", "Question"),
    };
    lang.pick(en, fr)
}

/// What a spot is: « Titre », « Table « C », hôte », « Tour 2 de la
/// rotation ».
fn spot_text(spot: &Spot, value: &Value, lang: Lang) -> String {
    let name = |en: &'static str, fr: &'static str| lang.pick(en, fr);
    match (spot, value) {
        (Spot::Field, Value::Field(f)) => match f {
            Field::Title(_) => name("Title", "Titre"),
            Field::Date(_) => name("Date", "Date"),
            Field::Start(_) => name("Start", "Début"),
            Field::Place(_) => name("Place", "Lieu"),
            Field::Organiser(_) => name("Organiser", "Organisation"),
            Field::Lang(_) => name("Language", "Langue"),
            Field::Rotation(_) => name("Rotation", "Rotation"),
            Field::Apart(_) => name("Mixing, apart", "Brassage, séparés"),
            Field::Together(_) => name("Mixing, together", "Brassage, ensemble"),
            Field::Fixed(_) => name("Mixing, fixed seats", "Brassage, places fixes"),
            Field::Absent(_) => name("Mixing, absent", "Brassage, absences"),
            Field::Profiles(_) => name("Participants' profiles", "Profils des participant·es"),
            Field::BalanceRoles(_) => name("Mixing, roles balanced", "Brassage, rôles équilibrés"),
            Field::CommonLanguage(_) => {
                name("Mixing, a common language", "Brassage, une langue commune")
            }
            Field::OrganisationsApart(_) => name(
                "Mixing, organisations apart",
                "Brassage, organisations séparées",
            ),
            Field::CardsShowTablemates(_) => {
                name("Cards show tablemates", "Cartes avec les voisin·es")
            }
            Field::AnswerWithin(_) => name("Answer within", "Répondre sous"),
            Field::Invited(_) => name("Invited", "Invité·es"),
            Field::Capacity(_) => name("Capacity", "Jauge"),
        }
        .to_string(),
        (Spot::Cell { list, row }, Value::Cell(c)) => {
            let field = match c {
                Cell::Key(_) => name("key", "clé"),
                Cell::Title(_) => name("title", "titre"),
                Cell::Question(_) => name("question", "question"),
                Cell::Board(_) => name("board", "tableau"),
                Cell::Topic(_) => name("topic", "thème"),
                Cell::Host(_) => name("host", "hôte"),
                Cell::Seats(_) => name("seats", "places"),
                Cell::WholeRoom(_) => name("whole room", "toute la salle"),
                Cell::Name(_) => name("name", "nom"),
                Cell::Size(_) => name("size", "taille"),
                Cell::Kind(_) => name("kind", "type"),
                Cell::Minutes(_) => name("minutes", "minutes"),
                Cell::Text(_) => name("text", "texte"),
                Cell::Form(_) => name("questionnaire", "questionnaire"),
                Cell::Answers(_) => name("answers", "réponses"),
                Cell::UpTo(_) => name("up to", "jusqu'à"),
                Cell::Description(_) => name("instruction", "consigne"),
                Cell::Lead(_) => name("leads", "anime"),
                Cell::Materials(_) => name("materials", "matériel"),
            };
            format!("{} {}, {field}", list_name(*list, lang), lang.quote(row))
        }
        (Spot::Round(r), _) => lang.pick(
            format!("Round {} of the rotation", r + 1),
            format!("Tour {} de la rotation", r + 1),
        ),
        _ => String::new(),
    }
}

/// A value as the set-up screen shows it.
fn value_text(v: &Value, lang: Lang) -> String {
    use super::PhaseKindName;
    let w = lang.setup_screen();
    let none = || "—".to_string();
    let num = |n: &Option<u32>| n.map_or_else(none, |n| n.to_string());
    let seating = |s: &crate::core::model::Seating| {
        s.iter()
            .map(|(t, who)| format!("{t}: {}", who.join(", ")))
            .collect::<Vec<_>>()
            .join(" · ")
    };
    match v {
        Value::Field(f) => match f {
            Field::Title(s) | Field::Place(s) | Field::Organiser(s) => s.clone(),
            Field::Date(d) => d.map_or_else(none, |d| d.to_string()),
            Field::Start(t) => t.map_or_else(none, |t| t.strftime("%H:%M").to_string()),
            Field::Lang(l) => lang_name(*l).to_string(),
            Field::Rotation(crate::core::model::Rotation::Auto) => lang
                .pick("planned by tablee", "planifiée par tablee")
                .to_string(),
            Field::Rotation(_) => lang.pick("written by hand", "écrite à la main").to_string(),
            Field::BalanceRoles(b)
            | Field::CommonLanguage(b)
            | Field::OrganisationsApart(b)
            | Field::CardsShowTablemates(b) => if *b { w.yes } else { w.no }.to_string(),
            Field::Apart(_)
            | Field::Together(_)
            | Field::Fixed(_)
            | Field::Absent(_)
            | Field::Profiles(_) => "…".to_string(),
            Field::AnswerWithin(d) => d.map_or_else(none, |d| d.to_string()),
            Field::Invited(v) => v.len().to_string(),
            Field::Capacity(n) => num(n),
        },
        Value::Cell(c) => match c {
            Cell::Key(s)
            | Cell::Title(s)
            | Cell::Question(s)
            | Cell::Topic(s)
            | Cell::Host(s)
            | Cell::Name(s)
            | Cell::Form(s)
            | Cell::Description(s)
            | Cell::Lead(s)
            | Cell::Text(s) => s.clone(),
            Cell::Materials(m) => materials_text(m),
            Cell::Answers(a) => answers_text(a, lang),
            Cell::Board(b) => board_text(b, lang),
            Cell::Seats(n) | Cell::Size(n) => num(n),
            Cell::WholeRoom(b) => if *b { w.yes } else { w.no }.to_string(),
            Cell::Kind(k) => k.label(lang).to_string(),
            Cell::Minutes(m) => m.to_string(),
            Cell::UpTo(m) => num(m),
        },
        Value::Round(s) => seating(s),
    }
}

/// A phase's materials as typed in its field: « Post-it, feutres ».
pub fn materials_text(materials: &[String]) -> String {
    materials.join(", ")
}

/// A phase's materials from its field: separated by commas or
/// semicolons, blanks left out.
pub fn parse_materials(text: &str) -> Vec<String> {
    text.split([',', ';', '·'])
        .map(str::trim)
        .filter(|m| !m.is_empty())
        .map(str::to_string)
        .collect()
}

/// "Français", "English".
pub fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "Français",
        Lang::En => "English",
    }
}

/// A board as typed in its field: "SWOT", "Question", or the columns'
/// names separated by " | ".
pub fn board_text(board: &BoardKind, lang: Lang) -> String {
    match board {
        BoardKind::Swot => "SWOT".into(),
        BoardKind::Question => lang.setup_screen().question_board.into(),
        BoardKind::Columns(names) => names.join(" | "),
    }
}

/// What a question takes, as typed in its field: « Échelle : a | b | c »,
/// « Un choix : a | b », « Plusieurs : a | b », « Texte ».
pub fn answers_text(answers: &Answers, lang: Lang) -> String {
    let (kind, choices) = match answers {
        Answers::Scale(c) => (lang.pick("Scale", "Échelle"), c),
        Answers::One(c) => (lang.pick("One", "Un choix"), c),
        Answers::Many(c) => (lang.pick("Several", "Plusieurs"), c),
        Answers::Text => return lang.pick("Text", "Texte").to_string(),
    };
    format!("{kind}{}{}", lang.colon(), choices.join(" | "))
}

/// The steps of a scale typed without its steps (« Échelle »): from
/// disagree to agree.
pub fn default_scale(lang: Lang) -> Vec<String> {
    let steps: [&str; 4] = lang.pick(
        ["Disagree", "Rather disagree", "Rather agree", "Agree"],
        [
            "Pas du tout d'accord",
            "Plutôt pas d'accord",
            "Plutôt d'accord",
            "Tout à fait d'accord",
        ],
    );
    steps.iter().map(|s| s.to_string()).collect()
}

/// Reads what a question takes, in either language: the kind, then the
/// steps or choices separated by `|` (or `/`). `lang` gives the default
/// scale's words.
pub fn parse_answers(text: &str, lang: Lang) -> Option<Answers> {
    let (kind, rest) = text.split_once(':').unwrap_or((text, ""));
    let choices: Vec<String> = rest
        .split(['|', '/'])
        .map(|c| c.trim().to_string())
        .filter(|c| !c.is_empty())
        .collect();
    let kind = crate::core::text::fold(kind.trim_matches([' ', '\u{a0}']));
    Some(match kind.as_str() {
        "scale" | "echelle" if choices.is_empty() => Answers::Scale(default_scale(lang)),
        "scale" | "echelle" => Answers::Scale(choices),
        "one" | "one choice" | "choice" | "un choix" | "choix" | "choix unique" => {
            Answers::One(choices)
        }
        "several" | "many" | "choices" | "plusieurs" | "plusieurs choix" | "choix multiples" => {
            Answers::Many(choices)
        }
        "text" | "texte" | "texte libre" | "free text" if choices.is_empty() => Answers::Text,
        _ => return None,
    })
}
