//! Questionnaires: paper forms handed out in the room (« questionnaire de
//! satisfaction », « questionnaire papier »), their questions prepared in
//! the session, each form typed in as one event, and the counts of every
//! answer. Pure: the events are folded in [`super::board`], the words live
//! in `i18n::forms`.
//!
//! In `session.ron`:
//!
//! ```ron
//! questionnaires: [(
//!     title: "Satisfaction",
//!     questions: [
//!         (text: "L'atelier m'a été utile", answers: Scale(["Pas du tout d'accord", "Plutôt pas d'accord", "Plutôt d'accord", "Tout à fait d'accord"])),
//!         (text: "Comment êtes-vous venu·e ?", answers: One(["À pied", "En bus", "En voiture"])),
//!         (text: "Les thèmes qui vous intéressent", answers: Many(["Inclusion", "Données", "Services"])),
//!         (text: "Une remarque ?", answers: Text),
//!     ],
//! )],
//! ```

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Most steps or choices a question may offer (a digit each, 1 to 9).
pub const MAX_CHOICES: usize = 9;

/// Longest free-text answer, in characters (a post-it's length).
pub const MAX_TEXT_CHARS: usize = 1000;

/// One questionnaire of a session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    pub title: String,
    pub questions: Vec<Question>,
}

/// One question and the answers it takes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub text: String,
    pub answers: Answers,
}

/// What a question takes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answers {
    /// Labelled steps from one end to the other (« pas du tout
    /// d'accord » … « tout à fait d'accord »): one step.
    Scale(Vec<String>),
    /// One choice among these.
    One(Vec<String>),
    /// Any number of these.
    Many(Vec<String>),
    /// A short free text.
    Text,
}

impl Answers {
    /// The steps or choices (none for a free text).
    pub fn choices(&self) -> &[String] {
        match self {
            Answers::Scale(c) | Answers::One(c) | Answers::Many(c) => c,
            Answers::Text => &[],
        }
    }

    pub fn is_text(&self) -> bool {
        matches!(self, Answers::Text)
    }
}

/// One answer on one form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answer {
    /// Steps or choices, by position from 0 (one for a scale or a single
    /// choice).
    Picked(Vec<u8>),
    Text(String),
}

/// One paper form as typed in: its answers by question (a question left
/// blank has none).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Form {
    pub id: Uuid,
    pub questionnaire: String,
    pub answers: Vec<(String, Answer)>,
    /// When it was first typed, for the order forms are listed in.
    pub order: (u64, Uuid, u64),
    pub created: jiff::Timestamp,
}

impl Form {
    /// The answer given to `question`, if any.
    pub fn answer(&self, question: &str) -> Option<&Answer> {
        self.answers
            .iter()
            .find(|(q, _)| same(q, question))
            .map(|(_, a)| a)
    }
}

/// Whether two titles or questions are the same words (case, accents,
/// punctuation and spacing aside).
pub fn same(a: &str, b: &str) -> bool {
    super::debate::same(a, b)
}

/// Why a typed answer is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerError {
    /// Not a step's or a choice's number (nor its words).
    Unknown,
    /// A number past the last step or choice.
    OutOfRange {
        max: usize,
    },
    /// Several picked where one is asked.
    OneOnly,
    TooLong {
        chars: usize,
    },
}

/// Reads what was typed for `question`: digits for steps and choices
/// (`3`; `13` or `1 3` for several), or a step's or choice's words
/// (case and accents aside, as a spreadsheet would hold them); the text
/// itself for a free text. Nothing typed is a blank: `Ok(None)`.
pub fn read(question: &Question, typed: &str) -> Result<Option<Answer>, AnswerError> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    let choices = question.answers.choices();
    if question.answers.is_text() {
        let text = super::text::sanitize(typed).trim().to_string();
        let chars = text.chars().count();
        return if chars == 0 {
            Ok(None)
        } else if chars > MAX_TEXT_CHARS {
            Err(AnswerError::TooLong { chars })
        } else {
            Ok(Some(Answer::Text(text)))
        };
    }
    let picked: Vec<u8> = if let Some(i) = choices.iter().position(|c| same(c, typed)) {
        vec![i as u8]
    } else if typed
        .chars()
        .all(|c| c.is_ascii_digit() || c == ' ' || c == ',' || c == ';' || c == '+')
    {
        let mut out = Vec::new();
        for c in typed.chars().filter(char::is_ascii_digit) {
            let n = c.to_digit(10).unwrap_or(0) as usize;
            if n == 0 || n > choices.len() {
                return Err(AnswerError::OutOfRange { max: choices.len() });
            }
            if !out.contains(&((n - 1) as u8)) {
                out.push((n - 1) as u8);
            }
        }
        out
    } else if matches!(question.answers, Answers::Many(_)) {
        // Several choices by their words: « Inclusion | Données ».
        let mut out = Vec::new();
        for part in typed.split(['|', ';', '/']) {
            let part = part.trim();
            if part.is_empty() {
                continue;
            }
            match choices.iter().position(|c| same(c, part)) {
                Some(i) if !out.contains(&(i as u8)) => out.push(i as u8),
                Some(_) => {}
                None => return Err(AnswerError::Unknown),
            }
        }
        out
    } else {
        return Err(AnswerError::Unknown);
    };
    if picked.is_empty() {
        return Ok(None);
    }
    if picked.len() > 1 && !matches!(question.answers, Answers::Many(_)) {
        return Err(AnswerError::OneOnly);
    }
    let mut picked = picked;
    picked.sort_unstable();
    Ok(Some(Answer::Picked(picked)))
}

/// How an answer is typed back (the digits of its picks, or its text).
pub fn typed(answer: &Answer) -> String {
    match answer {
        Answer::Picked(p) => p.iter().map(|i| (i + 1).to_string()).collect(),
        Answer::Text(t) => t.clone(),
    }
}

/// The count of one question's answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionResult {
    pub question: Question,
    /// Forms with an answer to it.
    pub answered: u32,
    /// Forms without.
    pub blank: u32,
    /// Per step or choice: how many picked it.
    pub counts: Vec<u32>,
    /// The free texts, in the order typed.
    pub texts: Vec<String>,
}

impl QuestionResult {
    /// Whole percent of each step or choice, of the forms that answered
    /// (summing to 100 for a scale or a single choice; for several
    /// choices, each of those who answered).
    pub fn shares(&self) -> Vec<u32> {
        match self.question.answers {
            Answers::Many(_) => self
                .counts
                .iter()
                .map(|&c| {
                    if self.answered == 0 {
                        0
                    } else {
                        ((u64::from(c) * 100 + u64::from(self.answered) / 2)
                            / u64::from(self.answered)) as u32
                    }
                })
                .collect(),
            _ => super::debate::shares(&self.counts),
        }
    }

    /// On a scale, the middle step of the answers (the lower of the two
    /// middles), by position from 0.
    pub fn median(&self) -> Option<usize> {
        if !matches!(self.question.answers, Answers::Scale(_)) || self.answered == 0 {
            return None;
        }
        let half = (self.answered - 1) / 2;
        let mut seen = 0;
        self.counts.iter().position(|&c| {
            seen += c;
            seen > half
        })
    }
}

/// The count of one questionnaire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionnaireResult {
    pub title: String,
    /// Forms typed in.
    pub forms: u32,
    pub questions: Vec<QuestionResult>,
    /// Answers to questions the questionnaire no longer has (a question
    /// reworded after forms were typed): kept in the journal, counted
    /// here so that nothing goes unsaid.
    pub stray: u32,
}

/// Every questionnaire's count, from the forms typed in. Forms of a
/// questionnaire the session no longer has are counted in the last
/// value.
pub fn results<'a>(
    questionnaires: &[Questionnaire],
    forms: impl IntoIterator<Item = &'a Form>,
) -> (Vec<QuestionnaireResult>, u32) {
    let mut out: Vec<QuestionnaireResult> = questionnaires
        .iter()
        .map(|q| QuestionnaireResult {
            title: q.title.clone(),
            forms: 0,
            questions: q
                .questions
                .iter()
                .map(|question| QuestionResult {
                    question: question.clone(),
                    answered: 0,
                    blank: 0,
                    counts: vec![0; question.answers.choices().len()],
                    texts: Vec::new(),
                })
                .collect(),
            stray: 0,
        })
        .collect();
    let mut orphans = 0;
    let mut forms: Vec<&Form> = forms.into_iter().collect();
    forms.sort_by_key(|f| f.order);
    for form in forms {
        let Some(r) = out.iter_mut().find(|r| same(&r.title, &form.questionnaire)) else {
            orphans += 1;
            continue;
        };
        r.forms += 1;
        for q in &mut r.questions {
            match form.answer(&q.question.text) {
                None => q.blank += 1,
                Some(Answer::Picked(p)) => {
                    let mut any = false;
                    for &i in p {
                        if let Some(c) = q.counts.get_mut(usize::from(i)) {
                            *c += 1;
                            any = true;
                        }
                    }
                    if any {
                        q.answered += 1;
                    } else {
                        q.blank += 1;
                    }
                }
                Some(Answer::Text(t)) => {
                    if q.question.answers.is_text() {
                        q.answered += 1;
                        q.texts.push(t.clone());
                    } else {
                        q.blank += 1;
                    }
                }
            }
        }
        r.stray += form
            .answers
            .iter()
            .filter(|(text, _)| !r.questions.iter().any(|q| same(&q.question.text, text)))
            .count() as u32;
    }
    (out, orphans)
}

/// The counts of several sessions brought together: a questionnaire
/// with the same title, a question with the same words and the same
/// steps or choices, add up; the others are listed after.
pub fn merge(per_session: Vec<Vec<QuestionnaireResult>>) -> Vec<QuestionnaireResult> {
    let mut out: Vec<QuestionnaireResult> = Vec::new();
    for r in per_session.into_iter().flatten() {
        let Some(into) = out.iter_mut().find(|o| same(&o.title, &r.title)) else {
            out.push(r);
            continue;
        };
        into.forms += r.forms;
        into.stray += r.stray;
        for q in r.questions {
            match into.questions.iter_mut().find(|o| {
                same(&o.question.text, &q.question.text) && o.question.answers == q.question.answers
            }) {
                Some(o) => {
                    o.answered += q.answered;
                    o.blank += q.blank;
                    for (a, b) in o.counts.iter_mut().zip(&q.counts) {
                        *a += b;
                    }
                    o.texts.extend(q.texts);
                }
                None => into.questions.push(q),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(answers: Answers) -> Question {
        Question {
            text: "Q".into(),
            answers,
        }
    }

    fn steps(n: usize) -> Vec<String> {
        (1..=n).map(|i| format!("step {i}")).collect()
    }

    #[test]
    fn digits_words_and_blanks() {
        let scale = q(Answers::Scale(steps(4)));
        assert_eq!(read(&scale, "3"), Ok(Some(Answer::Picked(vec![2]))));
        assert_eq!(read(&scale, "  "), Ok(None));
        assert_eq!(read(&scale, "STEP 2"), Ok(Some(Answer::Picked(vec![1]))));
        assert_eq!(read(&scale, "5"), Err(AnswerError::OutOfRange { max: 4 }));
        assert_eq!(read(&scale, "0"), Err(AnswerError::OutOfRange { max: 4 }));
        assert_eq!(read(&scale, "12"), Err(AnswerError::OneOnly));
        assert_eq!(read(&scale, "beaucoup"), Err(AnswerError::Unknown));
        let many = q(Answers::Many(vec!["Inclusion".into(), "Données".into()]));
        assert_eq!(read(&many, "21"), Ok(Some(Answer::Picked(vec![0, 1]))));
        assert_eq!(read(&many, "1 1"), Ok(Some(Answer::Picked(vec![0]))));
        assert_eq!(
            read(&many, "donnees | inclusion"),
            Ok(Some(Answer::Picked(vec![0, 1])))
        );
        let text = q(Answers::Text);
        assert_eq!(
            read(&text, " Merci "),
            Ok(Some(Answer::Text("Merci".into())))
        );
    }

    fn form(n: u64, questionnaire: &str, answers: Vec<(&str, Answer)>) -> Form {
        Form {
            id: Uuid::from_u128(u128::from(n)),
            questionnaire: questionnaire.into(),
            answers: answers
                .into_iter()
                .map(|(q, a)| (q.to_string(), a))
                .collect(),
            order: (n, Uuid::nil(), n),
            created: jiff::Timestamp::UNIX_EPOCH,
        }
    }

    #[test]
    fn counts_shares_medians_and_blanks() {
        let qs = vec![Questionnaire {
            title: "Satisfaction".into(),
            questions: vec![
                Question {
                    text: "Utile".into(),
                    answers: Answers::Scale(steps(4)),
                },
                Question {
                    text: "Thèmes".into(),
                    answers: Answers::Many(steps(3)),
                },
                Question {
                    text: "Remarque".into(),
                    answers: Answers::Text,
                },
            ],
        }];
        let p = |v: &[u8]| Answer::Picked(v.to_vec());
        let forms = [
            form(
                1,
                "satisfaction",
                vec![("Utile", p(&[3])), ("Thèmes", p(&[0, 2]))],
            ),
            form(
                2,
                "Satisfaction",
                vec![
                    ("utile", p(&[2])),
                    ("Remarque", Answer::Text("Bien".into())),
                ],
            ),
            form(
                3,
                "Satisfaction",
                vec![
                    ("Utile", p(&[3])),
                    ("Thèmes", p(&[0])),
                    ("Ancienne", p(&[0])),
                ],
            ),
            form(4, "Autre", vec![]),
        ];
        let (r, orphans) = results(&qs, &forms);
        assert_eq!(orphans, 1);
        let r = &r[0];
        assert_eq!((r.forms, r.stray), (3, 1));
        let utile = &r.questions[0];
        assert_eq!(utile.counts, vec![0, 0, 1, 2]);
        assert_eq!((utile.answered, utile.blank), (3, 0));
        assert_eq!(utile.shares(), vec![0, 0, 33, 67]);
        assert_eq!(utile.median(), Some(3));
        let themes = &r.questions[1];
        assert_eq!(themes.counts, vec![2, 0, 1]);
        assert_eq!((themes.answered, themes.blank), (2, 1));
        // Each choice of those who answered: 2 of 2, 1 of 2.
        assert_eq!(themes.shares(), vec![100, 0, 50]);
        assert_eq!(themes.median(), None);
        assert_eq!(r.questions[2].texts, vec!["Bien".to_string()]);
    }

    #[test]
    fn the_lower_middle_of_an_even_count() {
        let r = QuestionResult {
            question: q(Answers::Scale(steps(4))),
            answered: 4,
            blank: 0,
            counts: vec![2, 0, 2, 0],
            texts: Vec::new(),
        };
        assert_eq!(r.median(), Some(0));
    }
}
