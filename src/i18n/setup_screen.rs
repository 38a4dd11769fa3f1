//! The set-up screen's words (`tablee setup`): sections, column heads,
//! what a new row is called, and what the screen says. One table per
//! language, complete at compile time.

use super::Lang;

#[derive(Debug)]
pub struct SetupWords {
    pub title: &'static str,
    /// Session, topics, tables, groups, participants, agenda.
    pub sections: [&'static str; 8],
    pub statement_heads: [&'static str; 1],
    pub new_statement: &'static str,
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
    pub session_fields: [&'static str; 6],
    pub topic_heads: [&'static str; 4],
    pub table_heads: [&'static str; 5],
    /// Said of the whole room's table in the rotation.
    pub whole_room: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
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
        "Debate",
        "Rotation",
    ],
    statement_heads: ["Statement"],
    new_statement: "A new statement",
    rotation_auto: "Rotation planned by tablee again (Enter on a cell writes it by hand)",
    rotation_by_hand: "Rotation written by hand: group keys separated by commas; Delete gives it back to tablee",
    rotation_people: "People are seated one by one: tablee mix plans it, this screen shows it",
    rotation_waits: "The rotation shows once the errors above are fixed",
    rotation_head_auto: "Planned by tablee · Enter on a cell writes it by hand",
    rotation_head_hand: "Written by hand (group keys, commas) · Del: back to tablee",
    session_fields: ["Title", "Date", "Start", "Place", "Organiser", "Language"],
    topic_heads: ["Key", "Title", "Question", "Board"],
    table_heads: ["Key", "Topic", "Host", "Seats", "Whole room"],
    whole_room: "whole room",
    yes: "yes",
    no: "no",
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
        "Débat",
        "Rotation",
    ],
    statement_heads: ["Affirmation"],
    new_statement: "Une nouvelle affirmation",
    rotation_auto: "Rotation de nouveau planifiée par tablee (Entrée sur une case l'écrit à la main)",
    rotation_by_hand: "Rotation écrite à la main\u{a0}: clés des groupes séparées par des virgules\u{a0}; Suppr la rend à tablee",
    rotation_people: "Les personnes sont placées une à une\u{a0}: tablee mix le planifie, cet écran le montre",
    rotation_waits: "La rotation s'affichera une fois les erreurs ci-dessus corrigées",
    rotation_head_auto: "Planifiée par tablee · Entrée sur une case l'écrit à la main",
    rotation_head_hand: "Écrite à la main (clés des groupes, virgules) · Suppr\u{a0}: à tablee",
    session_fields: ["Titre", "Date", "Début", "Lieu", "Organisation", "Langue"],
    topic_heads: ["Clé", "Titre", "Question", "Tableau"],
    table_heads: ["Clé", "Thème", "Animateur·rice", "Places", "Toute la salle"],
    whole_room: "toute la salle",
    yes: "oui",
    no: "non",
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
