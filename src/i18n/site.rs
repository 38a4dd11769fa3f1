//! The words of the published site (`tablee publish`). One table per
//! language.

#[derive(Debug)]
pub struct SiteWords {
    /// The site's title when `--title` is not given: "Workshops and answers".
    pub title: &'static str,
    /// The language's own name, as a link to its pages: « Français ».
    pub language: &'static str,
    /// The same page in this language, for the link's accessible name.
    pub this_page_in: &'static str,
    /// The navigation landmark's name.
    pub navigation: &'static str,
    pub home: &'static str,
    /// The chooser page: "Read in English".
    pub read_in: &'static str,
    pub published: &'static str,
    pub sessions: &'static str,
    pub date: &'static str,
    pub session: &'static str,
    pub place: &'static str,
    pub what: &'static str,
    /// A session with nothing to read but its proposals.
    pub proposals_only: &'static str,
    /// A session with nothing recorded.
    pub nothing: &'static str,
    /// "moving debate: 4 statements".
    pub debate: &'static str,
    pub statement: &'static str,
    pub statements: &'static str,
    pub form: &'static str,
    pub forms: &'static str,
    pub judged: &'static str,
    pub answers: &'static str,
    /// "What the council answered to each proposal, by theme and status."
    pub answers_intro: &'static str,
    pub read_answers: &'static str,
    /// "n answers are late against the council's commitment".
    pub late_one: &'static str,
    pub late_many: &'static str,
    pub open_data: &'static str,
    pub open_data_intro: &'static str,
    pub json: &'static str,
    pub schema: &'static str,
    pub csv: &'static str,
    /// The footer: made with tablee, from the sessions' journals.
    pub made_with: &'static str,
    /// No names of participants in the pages.
    pub no_names: &'static str,
}

pub static EN: SiteWords = SiteWords {
    title: "Workshops and answers",
    language: "English",
    this_page_in: "This page in English",
    navigation: "Site",
    home: "Home",
    read_in: "Read in English",
    published: "Published",
    sessions: "Sessions",
    date: "Date",
    session: "Session",
    place: "Place",
    what: "What came out of it",
    proposals_only: "its proposals are answered on the answers page",
    nothing: "nothing recorded",
    debate: "moving debate",
    statement: "statement",
    statements: "statements",
    form: "questionnaire",
    forms: "questionnaires",
    judged: "a ranking by majority judgment",
    answers: "Answers to proposals",
    answers_intro: "What was answered to each proposal, by theme and status, with who carries it, its conditions, its due date and its history.",
    read_answers: "Read every answer",
    late_one: "answer is late against the commitment",
    late_many: "answers are late against the commitment",
    open_data: "Open data",
    open_data_intro: "The same answers as files for scripts and platforms, anonymous.",
    json: "JSON, one object per proposal",
    schema: "its schema (JSON Schema)",
    csv: "CSV, one row per proposal",
    made_with: "Made with tablee from the sessions' journals.",
    no_names: "No participant is named on these pages.",
};

pub static FR: SiteWords = SiteWords {
    title: "Ateliers et réponses",
    language: "Français",
    this_page_in: "Cette page en français",
    navigation: "Site",
    home: "Accueil",
    read_in: "Lire en français",
    published: "Publié le",
    sessions: "Séances",
    date: "Date",
    session: "Séance",
    place: "Lieu",
    what: "Ce qui en est sorti",
    proposals_only: "ses propositions sont suivies sur la page des réponses",
    nothing: "rien d'enregistré",
    debate: "débat mouvant",
    statement: "affirmation",
    statements: "affirmations",
    form: "questionnaire",
    forms: "questionnaires",
    judged: "un classement au jugement majoritaire",
    answers: "Retour sur les propositions",
    answers_intro: "Ce qui a été répondu à chaque proposition, par thème et par statut, avec qui la porte, ses conditions, son échéance et son historique.",
    read_answers: "Lire toutes les réponses",
    late_one: "réponse en retard sur l'engagement pris",
    late_many: "réponses en retard sur l'engagement pris",
    open_data: "Données ouvertes",
    open_data_intro: "Les mêmes réponses en fichiers pour les scripts et les plateformes, anonymes.",
    json: "JSON, un objet par proposition",
    schema: "son schéma (JSON Schema)",
    csv: "CSV, une ligne par proposition",
    made_with: "Fait avec tablee à partir des journaux des séances.",
    no_names: "Aucun·e participant·e n'est nommé·e sur ces pages.",
};

/// The words of `lang`.
pub fn words(lang: crate::i18n::Lang) -> &'static SiteWords {
    use crate::i18n::Words;
    lang.pick(&EN, &FR)
}

/// What `tablee publish` says.
#[derive(Debug, Clone, Copy)]
pub enum Said<'a> {
    /// The site is written: where, how many pages, which to open.
    Written {
        dir: &'a str,
        pages: usize,
        files: usize,
    },
    /// The folder holds files a publication did not write: nothing is
    /// written there.
    Foreign { dir: &'a str, example: &'a str },
    /// `--out` names a file.
    NotAFolder { dir: &'a str },
    /// Files of the previous publication that this one no longer writes:
    /// left in place.
    LeftOver { files: &'a str },
    /// A file could not be written.
    NotWritten { path: &'a str, reason: &'a str },
    /// Nothing to publish.
    NoSite,
}

impl Said<'_> {
    pub fn text(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::{Lang, Words};
        use Said::*;
        let text = match (*self, lang) {
            (Written { dir, pages, files }, Lang::En) => format!(
                "Site written: {dir} ({pages} pages in French and English, {files} files in all) — open {dir}/index.html, then copy the folder to the web server"
            ),
            (Written { dir, pages, files }, Lang::Fr) => format!(
                "Site écrit : {dir} ({pages} pages en français et en anglais, {files} fichiers en tout) — ouvrez {dir}/index.html, puis copiez le dossier sur le serveur web"
            ),
            (Foreign { dir, example }, Lang::En) => format!(
                "{dir} already holds files that tablee did not publish ({example}…): nothing written. Publish into a new or empty folder, or into a folder tablee published before (it is updated)"
            ),
            (Foreign { dir, example }, Lang::Fr) => format!(
                "{dir} contient déjà des fichiers que tablee n'a pas publiés ({example}…) : rien n'est écrit. Publiez dans un dossier nouveau ou vide, ou dans un dossier que tablee a déjà publié (il est mis à jour)"
            ),
            (NotAFolder { dir }, Lang::En) => {
                format!("{dir} is a file, not a folder: give --out a folder for the site")
            }
            (NotAFolder { dir }, Lang::Fr) => {
                format!(
                    "{dir} est un fichier, pas un dossier : donnez à --out un dossier pour le site"
                )
            }
            (LeftOver { files }, Lang::En) => format!(
                "Left in place from the previous publication, no longer linked: {files} — delete them if they should go offline"
            ),
            (LeftOver { files }, Lang::Fr) => format!(
                "Laissés en place depuis la publication précédente, plus liés : {files} — supprimez-les s'ils doivent quitter le site"
            ),
            (NotWritten { path, reason }, Lang::En) => format!(
                "{path}: not written: {reason} — the files written before it are complete; publish again once fixed"
            ),
            (NotWritten { path, reason }, Lang::Fr) => format!(
                "{path} : non écrit : {reason} — les fichiers écrits avant lui sont complets ; publiez à nouveau une fois corrigé"
            ),
            (NoSite, Lang::En) => "no site written".to_string(),
            (NoSite, Lang::Fr) => "aucun site écrit".to_string(),
        };
        lang.typeset(text)
    }
}
