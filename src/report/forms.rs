//! The questionnaires of a synthesis, worded once: per questionnaire, the
//! forms counted, per question its answers with their counts, shares and
//! bars, the median of a scale, the free texts. Markdown, text, HTML, the
//! CSV of answers and the workbook render this view.

use super::SynthView;
use crate::core::debate::bar;
use crate::core::questionnaire::Answers;
use crate::i18n::prelude::*;

/// Every questionnaire of the synthesis.
pub struct FormsView {
    /// "Questionnaires".
    pub title: &'static str,
    /// Column heads: questionnaire, question, answer, count, share.
    pub questionnaire_heading: &'static str,
    pub question_heading: &'static str,
    pub answer_heading: &'static str,
    pub count_heading: &'static str,
    pub share_heading: &'static str,
    pub questionnaires: Vec<QuestionnaireView>,
    /// What was not counted, and why.
    pub aside: Option<String>,
}

pub struct QuestionnaireView {
    pub title: String,
    /// "25 formulaires".
    pub forms: String,
    pub questions: Vec<QuestionView>,
}

pub struct QuestionView {
    /// "Q1".
    pub number: String,
    pub text: String,
    /// "25 réponses, 0 sans réponse, médiane : Plutôt d'accord".
    pub summary: String,
    /// One row per step or choice (none for a free text).
    pub rows: Vec<AnswerRow>,
    /// "plusieurs cases possibles : …", for several choices.
    pub note: Option<&'static str>,
    /// The free texts, as typed.
    pub texts: Vec<String>,
    /// What the chart shows (printed documents).
    pub chart_desc: &'static str,
}

pub struct AnswerRow {
    pub answer: String,
    pub count: u32,
    /// Whole percent.
    pub share: u32,
    /// "48 %" in the document's language.
    pub share_text: String,
    /// A text bar (Markdown and text).
    pub bar: String,
    /// Whether it is the scale's median step.
    pub median: bool,
}

/// The questionnaires of `v`, worded in its language (none when no form
/// was typed in).
pub fn view(v: &SynthView) -> Option<FormsView> {
    let lang = v.lang;
    let w = lang.forms();
    let counted: Vec<_> = v
        .syn
        .questionnaires
        .iter()
        .filter(|q| q.forms > 0)
        .collect();
    let (orphans, stray) = v.syn.forms_aside;
    if counted.is_empty() && orphans == 0 {
        return None;
    }
    let questionnaires = counted
        .into_iter()
        .map(|q| QuestionnaireView {
            title: q.title.clone(),
            forms: crate::i18n::forms::forms(q.forms as usize, lang),
            questions: q
                .questions
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    let choices = r.question.answers.choices();
                    let median = r.median();
                    let mut summary = crate::i18n::forms::summary(
                        r.answered,
                        r.blank,
                        r.question.answers.is_text(),
                        lang,
                    );
                    if let Some(m) = median {
                        summary.push_str(&format!(", {}{}{}", w.median, lang.colon(), choices[m]));
                    }
                    let shares = r.shares();
                    let max = r.counts.iter().copied().max().unwrap_or(0);
                    QuestionView {
                        number: format!("Q{}", i + 1),
                        text: r.question.text.clone(),
                        summary,
                        rows: choices
                            .iter()
                            .enumerate()
                            .map(|(k, c)| AnswerRow {
                                answer: c.clone(),
                                count: r.counts[k],
                                share: shares[k],
                                share_text: crate::i18n::percent(shares[k], lang),
                                bar: bar(r.counts[k], max, 20),
                                median: median == Some(k),
                            })
                            .collect(),
                        note: matches!(r.question.answers, Answers::Many(_)).then_some(w.many_note),
                        texts: r.texts.clone(),
                        chart_desc: match r.question.answers {
                            Answers::Scale(_) => w.chart_desc_scale,
                            Answers::Many(_) => w.chart_desc_many,
                            _ => w.chart_desc_choice,
                        },
                    }
                })
                .collect(),
        })
        .collect();
    Some(FormsView {
        title: w.section,
        questionnaire_heading: w.title,
        question_heading: w.question,
        answer_heading: w.answer,
        count_heading: w.count,
        share_heading: w.share,
        questionnaires,
        aside: crate::i18n::forms::aside(orphans, stray, lang),
    })
}
