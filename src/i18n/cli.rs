//! What the commands print around their results: the demo's guide, what
//! was written or not, `check`'s count, `synth`, `import` and `mix`
//! problems, the key tables' headings. One exhaustive `match` per language.

use super::Lang;
use crate::i18n::prelude::*;

/// A sentence of the command line.
#[derive(Debug, Clone, Copy)]
pub enum Said<'a> {
    /// "Written: path".
    Written {
        path: &'a str,
    },
    /// A report or export could not be written there.
    NotWritten {
        path: &'a str,
        reason: &'a str,
    },
    /// "NOT SAVED: path: reason — what happened to the rest".
    NotSaved {
        path: &'a str,
        reason: &'a str,
        rest: &'a str,
    },
    /// After a post-it could not be saved.
    NothingElseChanged,
    /// `check`'s last line.
    Checked {
        files: usize,
        errors: usize,
        warnings: usize,
    },
    /// Changes that the screen could not write before it closed.
    Lost {
        n: usize,
    },
    /// `synth` given the same folder twice.
    SameSession {
        this: &'a str,
        that: &'a str,
    },
    /// `synth` given two folders of one workshop.
    SameWorkshop {
        this: &'a str,
        that: &'a str,
    },
    NoSynthesis,
    /// Journals that could not be read: nothing printed from them.
    Unreadable {
        paths: &'a str,
    },
    /// The same, printed anyway (`--partial`): the document says so.
    PrintedPartial {
        paths: &'a str,
    },
    UnknownTopic {
        key: &'a str,
        known: &'a str,
    },
    /// The workbook could not be built.
    WorkbookFailed {
        reason: &'a str,
    },
    /// `import`: problems found, nothing imported.
    ImportRefused {
        problems: usize,
    },
    /// `import` stopped by a write error after `added` post-its.
    ImportStopped {
        added: usize,
    },
    Imported {
        added: usize,
        present: usize,
    },
    NotUtf8,
    NoColumn {
        name: &'a str,
    },
    BadRound {
        typed: &'a str,
        rounds: u32,
    },
    BadVotes {
        typed: &'a str,
    },
    /// The guide's heading for the demo.
    DemoHeading,
}

impl Said<'_> {
    pub fn text(&self, lang: Lang) -> String {
        lang.typeset(self.text_untypeset(lang))
    }

    fn text_untypeset(&self, lang: Lang) -> String {
        use Said::*;
        match (*self, lang) {
            (Written { path }, Lang::En) => format!("Written: {path}"),
            (Written { path }, Lang::Fr) => format!("Écrit : {path}"),
            (NotWritten { path, reason }, Lang::En) => {
                format!("{path}: not written: {reason} — choose another place with -o FILE")
            }
            (NotWritten { path, reason }, Lang::Fr) => format!(
                "{path} : non écrit : {reason} — choisissez un autre emplacement avec -o FICHIER"
            ),
            (NotSaved { path, reason, rest }, Lang::En) => {
                format!("NOT SAVED: {path}: {reason} — {rest}")
            }
            (NotSaved { path, reason, rest }, Lang::Fr) => {
                format!("NON ENREGISTRÉ : {path} : {reason} — {rest}")
            }
            (NothingElseChanged, Lang::En) => {
                "nothing else was changed; try again once fixed".into()
            }
            (NothingElseChanged, Lang::Fr) => {
                "rien d'autre n'a été modifié ; réessayez une fois corrigé".into()
            }
            (
                Checked {
                    files,
                    errors,
                    warnings,
                },
                Lang::En,
            ) => {
                format!("{files} file(s) checked: {errors} error(s), {warnings} warning(s)")
            }
            (
                Checked {
                    files,
                    errors,
                    warnings,
                },
                Lang::Fr,
            ) => format!(
                "{files} fichier(s) vérifié(s) : {errors} erreur(s), {warnings} avertissement(s)"
            ),
            (Lost { n }, Lang::En) => {
                format!("{n} change(s) could NOT be saved; they were lost")
            }
            (Lost { n }, Lang::Fr) => {
                format!("{n} modification(s) n'ont PAS pu être enregistrées ; elles sont perdues")
            }
            (SameSession { this, that }, Lang::En) => {
                format!("{this}: same session as {that}: counted once")
            }
            (SameSession { this, that }, Lang::Fr) => {
                format!("{this} : même séance que {that} : comptée une fois")
            }
            (SameWorkshop { this, that }, Lang::En) => format!(
                "{this}: the same workshop as {that} (same id): their post-its are read together, each once"
            ),
            (SameWorkshop { this, that }, Lang::Fr) => format!(
                "{this} : le même atelier que {that} (même identifiant) : leurs post-its sont lus ensemble, chacun une fois"
            ),
            (Unreadable { paths }, Lang::En) => format!(
                "Could not read: {paths}. Nothing was written: a document without them would miss what the room said there. Give your user read access (chmod -R u+rX on the folder), or wait for the sync to finish, and run again; to print anyway, add --partial (the document then says what is missing)."
            ),
            (Unreadable { paths }, Lang::Fr) => format!(
                "Lecture impossible : {paths}. Rien n'a été écrit : un document sans eux manquerait ce que la salle y a dit. Donnez à votre utilisateur le droit de lecture (chmod -R u+rX sur le dossier) ou attendez la fin de la synchronisation, puis relancez ; pour imprimer quand même, ajoutez --partial (le document dira alors ce qui manque)."
            ),
            (PrintedPartial { paths }, Lang::En) => format!(
                "Incomplete: these journals could not be read and are missing from this document: {paths}."
            ),
            (PrintedPartial { paths }, Lang::Fr) => format!(
                "Incomplet : ces journaux n'ont pas pu être lus et manquent à ce document : {paths}."
            ),
            (NoSynthesis, Lang::En) => {
                "No synthesis written: fix the session(s) above and run again.".into()
            }
            (NoSynthesis, Lang::Fr) => {
                "Aucune synthèse écrite : corrigez la ou les séances ci-dessus et relancez.".into()
            }
            (UnknownTopic { key, known }, Lang::En) => {
                format!("unknown topic {key:?}: choose from {known}")
            }
            (UnknownTopic { key, known }, Lang::Fr) => {
                format!("thème inconnu « {key} » : choisissez parmi {known}")
            }
            (WorkbookFailed { reason }, Lang::En) => format!(
                "the spreadsheet could not be built ({reason}): it needs a writable temporary folder (set TMPDIR to one); --format csv or html work without it"
            ),
            (WorkbookFailed { reason }, Lang::Fr) => format!(
                "le classeur n'a pas pu être construit ({reason}) : il lui faut un dossier temporaire accessible en écriture (indiquez-en un avec TMPDIR) ; --format csv ou html s'en passent"
            ),
            (ImportRefused { problems }, Lang::En) => format!(
                "{problems} problem(s): nothing was imported; fix the file and run the same command again"
            ),
            (ImportRefused { problems }, Lang::Fr) => format!(
                "{problems} problème(s) : rien n'a été importé ; corrigez le fichier et relancez la même commande"
            ),
            (ImportStopped { added }, Lang::En) => format!(
                "{added} post-it(s) were saved before this; run the same command again once fixed: nothing will be duplicated"
            ),
            (ImportStopped { added }, Lang::Fr) => format!(
                "{added} post-it(s) enregistré(s) avant ; relancez la même commande une fois corrigé : rien ne sera dupliqué"
            ),
            (Imported { added, present }, Lang::En) => {
                format!("{added} post-it(s) imported, {present} already present")
            }
            (Imported { added, present }, Lang::Fr) => {
                format!("{added} post-it(s) importé(s), {present} déjà présent(s)")
            }
            (NotUtf8, Lang::En) => {
                "not UTF-8: save the file as \"CSV UTF-8\" in your spreadsheet".into()
            }
            (NotUtf8, Lang::Fr) => {
                "pas en UTF-8 : enregistrez le fichier en « CSV UTF-8 » dans votre tableur".into()
            }
            (NoColumn { name }, Lang::En) => format!(
                "the header has no {name:?} column; expected: table, round, group, quadrant, text, votes"
            ),
            (NoColumn { name }, Lang::Fr) => format!(
                "l'en-tête n'a pas de colonne « {name} » ; attendu : table, round, group, quadrant, text, votes (ou tour, groupe, cadran, texte, voix)"
            ),
            (BadRound { typed, rounds }, Lang::En) => {
                format!("round {typed:?} is not between 1 and {rounds}")
            }
            (BadRound { typed, rounds }, Lang::Fr) => {
                format!("le tour « {typed} » n'est pas entre 1 et {rounds}")
            }
            (BadVotes { typed }, Lang::En) => format!("votes {typed:?} is not a whole number"),
            (BadVotes { typed }, Lang::Fr) => {
                format!("voix « {typed} » n'est pas un nombre entier")
            }
            (DemoHeading, Lang::En) => "Demo workshop (Roubaix, 11 Oct 2024):".into(),
            (DemoHeading, Lang::Fr) => "Atelier de démonstration (Roubaix, 11 oct. 2024) :".into(),
        }
    }
}

/// The guide's commands: (command, what it does).
pub fn guide_commands(lang: Lang, folder: &str) -> [(String, &'static str); 6] {
    let (new, what) = match lang {
        Lang::En => (
            "tablee new \"My workshop\"",
            [
                "who goes where, round by round",
                "validate a session file",
                "prepare a session on screen",
                "start a session from a template",
                "the sessions in the data folder",
                "every command and option",
            ],
        ),
        Lang::Fr => (
            "tablee new \"Mon atelier\"",
            [
                "qui va où, tour par tour",
                "vérifier le fichier d'une séance",
                "préparer une séance à l'écran",
                "créer une séance depuis un modèle",
                "les séances du dossier de données",
                "toutes les commandes et options",
            ],
        ),
    };
    [
        (format!("tablee plan {folder}"), what[0]),
        (format!("tablee check {folder}"), what[1]),
        ("tablee setup".to_string(), what[2]),
        (new.to_string(), what[3]),
        ("tablee list".to_string(), what[4]),
        ("tablee --help".to_string(), what[5]),
    ]
}

/// The headings of docs/keys.md's key tables.
pub fn key_table_heads(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::En => ("Keys", "What they do"),
        Lang::Fr => ("Touches", "Effet"),
    }
}

/// A writer as shown: a name, or « Personne 3 » for a number.
pub fn writer(author: &str, lang: Lang) -> String {
    match (author.parse::<u32>(), lang) {
        (Ok(n), Lang::En) => format!("Person {n}"),
        (Ok(n), Lang::Fr) => format!("Personne {n}"),
        (Err(_), _) => author.to_string(),
    }
}
