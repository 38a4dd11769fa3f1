//! The set-up screen's words (`tablee setup`): sections, column heads,
//! what a new row is called, and what the screen says. One table per
//! language, complete at compile time.

use super::Lang;

#[derive(Debug)]
pub struct SetupWords {
    pub title: &'static str,
    /// Session, topics, tables, groups, participants, agenda.
    pub sections: [&'static str; 6],
    /// The session's own fields, one per row.
    pub session_fields: [&'static str; 6],
    pub topic_heads: [&'static str; 4],
    pub table_heads: [&'static str; 4],
    pub group_heads: [&'static str; 3],
    pub person_heads: [&'static str; 1],
    pub agenda_heads: [&'static str; 3],
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
    ],
    session_fields: ["Title", "Date", "Start", "Place", "Organiser", "Language"],
    topic_heads: ["Key", "Title", "Question", "Board"],
    table_heads: ["Key", "Topic", "Host", "Seats"],
    group_heads: ["Key", "Name", "People"],
    person_heads: ["Name"],
    agenda_heads: ["Kind", "Title", "Minutes"],
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
    ],
    session_fields: ["Titre", "Date", "Début", "Lieu", "Organisation", "Langue"],
    topic_heads: ["Clé", "Titre", "Question", "Tableau"],
    table_heads: ["Clé", "Thème", "Animateur·rice", "Places"],
    group_heads: ["Clé", "Nom", "Personnes"],
    person_heads: ["Nom"],
    agenda_heads: ["Type", "Titre", "Minutes"],
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

impl Lang {
    pub fn setup_screen(self) -> &'static SetupWords {
        match self {
            Lang::Fr => &FR,
            Lang::En => &EN,
        }
    }
}

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
