//! The words of questionnaires: the transcription screen (`tablee forms`),
//! the results in the syntheses, and what is wrong with a typed answer or
//! an imported file. One table per language.

use super::{Lang, Words};
use crate::core::questionnaire::AnswerError;

#[derive(Debug)]
pub struct FormsWords {
    pub title: &'static str,
    /// "Questionnaires" (a synthesis's section).
    pub section: &'static str,
    pub form: &'static str,
    /// The head of the forms' numbers in the grid.
    pub number_head: &'static str,
    pub none: &'static str,
    /// Under the grid, before the current question's choices.
    pub type_digit: &'static str,
    pub type_digits: &'static str,
    pub type_text: &'static str,
    pub tab_blank: &'static str,
    pub empty_form: &'static str,
    pub results: &'static str,
    pub median: &'static str,
    pub question: &'static str,
    pub answer: &'static str,
    pub count: &'static str,
    pub share: &'static str,
    /// The chart of one question: what it shows.
    pub chart_desc_scale: &'static str,
    pub chart_desc_choice: &'static str,
    pub chart_desc_many: &'static str,
    /// A question of several choices: shares are of those who answered.
    pub many_note: &'static str,
    pub withdrawn: &'static str,
    pub nothing_to_withdraw: &'static str,
}

pub static EN: FormsWords = FormsWords {
    title: "Questionnaire",
    section: "Questionnaires",
    form: "Form",
    number_head: "No.",
    none: "This session has no questionnaire: prepare one in tablee setup (Questionnaires) or in session.ron (questionnaires: [...]).",
    type_digit: "type its number",
    type_digits: "type the numbers of every choice ticked (13 for 1 and 3)",
    type_text: "type the text as written",
    tab_blank: "Tab: next question (left blank)",
    empty_form: "nothing typed on this form: nothing saved",
    results: "Results",
    median: "median",
    question: "Question",
    answer: "Answer",
    count: "Count",
    share: "Share",
    chart_desc_scale: "One bar per step of the scale, in its order; the length is the number of forms that chose it. The numbers are in the table that follows.",
    chart_desc_choice: "One bar per choice; the length is the number of forms that chose it. The numbers are in the table that follows.",
    chart_desc_many: "One bar per choice; the length is the number of forms that ticked it (several could be ticked on one form). The numbers are in the table that follows.",
    many_note: "several choices could be ticked: each share is of the forms that answered",
    withdrawn: "form withdrawn (the journal keeps it)",
    nothing_to_withdraw: "choose a form typed earlier (↑) to withdraw it",
};

pub static FR: FormsWords = FormsWords {
    title: "Questionnaire",
    section: "Questionnaires",
    form: "Formulaire",
    number_head: "Nº",
    none: "Cette séance n'a pas de questionnaire\u{a0}: préparez-en un dans tablee setup (Questionnaires) ou dans session.ron (questionnaires: [...]).",
    type_digit: "tapez son numéro",
    type_digits: "tapez les numéros de chaque case cochée (13 pour 1 et 3)",
    type_text: "tapez le texte tel qu'écrit",
    tab_blank: "Tab\u{a0}: question suivante (laissée vide)",
    empty_form: "rien de saisi sur ce formulaire\u{a0}: rien d'enregistré",
    results: "Résultats",
    median: "médiane",
    question: "Question",
    answer: "Réponse",
    count: "Nombre",
    share: "Part",
    chart_desc_scale: "Une barre par échelon, dans l'ordre de l'échelle\u{a0}; sa longueur est le nombre de formulaires qui l'ont choisi. Les nombres sont dans le tableau qui suit.",
    chart_desc_choice: "Une barre par choix\u{a0}; sa longueur est le nombre de formulaires qui l'ont choisi. Les nombres sont dans le tableau qui suit.",
    chart_desc_many: "Une barre par choix\u{a0}; sa longueur est le nombre de formulaires qui l'ont coché (plusieurs cases possibles par formulaire). Les nombres sont dans le tableau qui suit.",
    many_note: "plusieurs cases possibles\u{a0}: chaque part est celle des formulaires qui ont répondu",
    withdrawn: "formulaire retiré (le journal le garde)",
    nothing_to_withdraw: "choisissez un formulaire déjà saisi (↑) pour le retirer",
};

/// Why a typed answer is refused, with what would do.
pub fn refused(e: &AnswerError, lang: Lang) -> String {
    match (e, lang) {
        (AnswerError::Unknown, Lang::En) => {
            "not one of the answers: type its number (or its words)".into()
        }
        (AnswerError::Unknown, Lang::Fr) => {
            "ce n'est pas une des réponses\u{a0}: tapez son numéro (ou ses mots)".into()
        }
        (AnswerError::OutOfRange { max }, Lang::En) => format!("type a number from 1 to {max}"),
        (AnswerError::OutOfRange { max }, Lang::Fr) => format!("tapez un numéro de 1 à {max}"),
        (AnswerError::OneOnly, Lang::En) => "one answer only to this question".into(),
        (AnswerError::OneOnly, Lang::Fr) => "une seule réponse à cette question".into(),
        (AnswerError::TooLong { chars }, Lang::En) => format!(
            "{chars} characters: at most {} (shorten it)",
            crate::core::questionnaire::MAX_TEXT_CHARS
        ),
        (AnswerError::TooLong { chars }, Lang::Fr) => format!(
            "{chars} caractères\u{a0}: au plus {} (raccourcissez)",
            crate::core::questionnaire::MAX_TEXT_CHARS
        ),
    }
}

/// Why the answer to question `i` (from 0) is refused: « Q3 : tapez un
/// numéro de 1 à 4 ».
pub fn refused_at(i: usize, e: &AnswerError, lang: Lang) -> String {
    format!("Q{}{}{}", i + 1, lang.colon(), refused(e, lang))
}

/// « Formulaire 26 enregistré », "Form 12 corrected".
pub fn saved(n: usize, corrected: bool, lang: Lang) -> String {
    match (lang, corrected) {
        (Lang::En, false) => format!("✓ form {n} saved"),
        (Lang::En, true) => format!("✓ form {n} corrected"),
        (Lang::Fr, false) => format!("✓ formulaire {n} enregistré"),
        (Lang::Fr, true) => format!("✓ formulaire {n} corrigé"),
    }
}

/// « 25 réponses, 0 sans réponse », "1 free text, 3 blank".
pub fn summary(answered: u32, blank: u32, free_text: bool, lang: Lang) -> String {
    let one = lang.singular(i64::from(answered));
    let answered = match (lang, free_text, one) {
        (Lang::En, false, _) => format!("{answered} answered"),
        (Lang::En, true, true) => format!("{answered} free text"),
        (Lang::En, true, false) => format!("{answered} free texts"),
        (Lang::Fr, false, true) => format!("{answered} réponse"),
        (Lang::Fr, false, false) => format!("{answered} réponses"),
        (Lang::Fr, true, true) => format!("{answered} réponse libre"),
        (Lang::Fr, true, false) => format!("{answered} réponses libres"),
    };
    match lang {
        Lang::En => format!("{answered}, {blank} blank"),
        Lang::Fr => format!("{answered}, {blank} sans réponse"),
    }
}

/// "25 forms", « 25 formulaires ».
pub fn forms(n: usize, lang: Lang) -> String {
    match lang {
        Lang::En if n == 1 => "1 form".into(),
        Lang::En => format!("{n} forms"),
        Lang::Fr if n <= 1 => format!("{n} formulaire"),
        Lang::Fr => format!("{n} formulaires"),
    }
}

/// What the count leaves aside: forms of a questionnaire the session no
/// longer has, answers to questions it no longer asks.
pub fn aside(orphan_forms: u32, stray_answers: u32, lang: Lang) -> Option<String> {
    if orphan_forms == 0 && stray_answers == 0 {
        return None;
    }
    Some(match lang {
        Lang::En => format!(
            "Not counted: {orphan_forms} form(s) of a questionnaire this session no longer has, {stray_answers} answer(s) to questions since reworded or removed (kept in the journal; put the words back in the set-up to count them)."
        ),
        Lang::Fr => format!(
            "Non comptés\u{a0}: {orphan_forms} formulaire(s) d'un questionnaire que la séance n'a plus, {stray_answers} réponse(s) à des questions reformulées ou retirées depuis (gardés dans le journal\u{a0}; remettez leurs mots dans la préparation pour les compter)."
        ),
    })
}

/// What `tablee forms --import` says: why a file is refused (line by
/// line), and what it did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    Empty,
    Unreadable,
    NoQuestionnaire,
    WhichQuestionnaire {
        titles: Vec<String>,
    },
    NoSuchQuestionnaire {
        named: String,
        titles: Vec<String>,
    },
    UnknownColumn {
        column: usize,
        name: String,
        questions: usize,
    },
    QuestionTwice {
        column: usize,
        question: String,
    },
    NoQuestionColumn,
    ExtraCell {
        column: usize,
    },
    Answer {
        column: usize,
        question: String,
        why: AnswerError,
    },
    NothingImported {
        problems: usize,
    },
    Imported {
        added: usize,
        present: usize,
    },
}

impl Refusal {
    pub fn text(&self, lang: Lang) -> String {
        let list = |t: &[String]| {
            t.iter()
                .map(|t| lang.quote(t))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match (self, lang) {
            (Refusal::Empty, Lang::En) => "the file is empty: write a header line naming the questions (Q1, Q2… or their words), then one line per form".into(),
            (Refusal::Empty, Lang::Fr) => "le fichier est vide : écrivez une ligne d'en-tête nommant les questions (Q1, Q2… ou leurs mots), puis une ligne par formulaire".into(),
            (Refusal::Unreadable, Lang::En) => "this line cannot be read as CSV (a quote left open?): save the sheet again as CSV".into(),
            (Refusal::Unreadable, Lang::Fr) => "cette ligne ne se lit pas en CSV (un guillemet resté ouvert ?) : réenregistrez la feuille en CSV".into(),
            (Refusal::NoQuestionnaire, Lang::En) => "this session has no questionnaire: prepare one in tablee setup (Questionnaires) or in session.ron".into(),
            (Refusal::NoQuestionnaire, Lang::Fr) => "cette séance n'a pas de questionnaire : préparez-en un dans tablee setup (Questionnaires) ou dans session.ron".into(),
            (Refusal::WhichQuestionnaire { titles }, Lang::En) => format!(
                "this session has several questionnaires ({}): say which with --questionnaire TITLE",
                list(titles)
            ),
            (Refusal::WhichQuestionnaire { titles }, Lang::Fr) => format!(
                "cette séance a plusieurs questionnaires ({}) : dites lequel avec --questionnaire TITRE",
                list(titles)
            ),
            (Refusal::NoSuchQuestionnaire { named, titles }, Lang::En) => format!(
                "no questionnaire is titled {}: this session has {}",
                lang.quote(named),
                list(titles)
            ),
            (Refusal::NoSuchQuestionnaire { named, titles }, Lang::Fr) => format!(
                "aucun questionnaire n'a pour titre {} : cette séance a {}",
                lang.quote(named),
                list(titles)
            ),
            (Refusal::UnknownColumn { column, name, questions }, Lang::En) => format!(
                "column {column} {} is none of the questions: name it by the question's words, or Q1 to Q{questions} (a column of form numbers may be headed No.)",
                lang.quote(name)
            ),
            (Refusal::UnknownColumn { column, name, questions }, Lang::Fr) => format!(
                "la colonne {column} {} n'est aucune des questions : nommez-la par les mots de la question, ou Q1 à Q{questions} (une colonne de numéros de formulaires peut s'intituler Nº)",
                lang.quote(name)
            ),
            (Refusal::QuestionTwice { column, question }, Lang::En) => format!(
                "column {column} is {} again: keep one column per question",
                lang.quote(question)
            ),
            (Refusal::QuestionTwice { column, question }, Lang::Fr) => format!(
                "la colonne {column} est de nouveau {} : gardez une colonne par question",
                lang.quote(question)
            ),
            (Refusal::NoQuestionColumn, Lang::En) => "the header names no question: name each column by a question's words, or Q1, Q2…".into(),
            (Refusal::NoQuestionColumn, Lang::Fr) => "l'en-tête ne nomme aucune question : nommez chaque colonne par les mots d'une question, ou Q1, Q2…".into(),
            (Refusal::ExtraCell { column }, Lang::En) => format!(
                "column {column} has an answer but no header: name the column, or move the answer"
            ),
            (Refusal::ExtraCell { column }, Lang::Fr) => format!(
                "la colonne {column} a une réponse mais pas d'en-tête : nommez la colonne, ou déplacez la réponse"
            ),
            (Refusal::Answer { column, question, why }, _) => format!(
                "{} {column} ({}){}{}",
                lang.pick("column", "colonne"),
                lang.quote(question),
                lang.colon(),
                refused(why, lang)
            ),
            (Refusal::NothingImported { problems }, Lang::En) => format!(
                "{problems} problem(s): nothing was imported; fix the file and run the same command again"
            ),
            (Refusal::NothingImported { problems }, Lang::Fr) => format!(
                "{problems} problème(s) : rien n'a été importé ; corrigez le fichier et relancez la même commande"
            ),
            (Refusal::Imported { added, present }, Lang::En) => format!(
                "{} imported, {present} already there",
                forms(*added, lang)
            ),
            (Refusal::Imported { added, present }, Lang::Fr) => format!(
                "{} importé(s), {present} déjà là",
                forms(*added, lang)
            ),
        }
    }
}
