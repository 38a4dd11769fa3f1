//! Majority judgment's ranking, worded once (`tablee judge`): the title,
//! what was counted, and per candidate its rank, majority grade, merit
//! profile and blanks. Text, Markdown, CSV and HTML render this view, one
//! file each.

pub mod csv;
pub mod html;
pub mod markdown;
pub mod text;

use crate::core::judgment::Ranked;
use crate::i18n::Lang;
use crate::i18n::judge::{Said, words};
use crate::i18n::prelude::*;

/// One candidate as the tally and the ranking give it.
pub struct Candidate<'a> {
    pub ranked: &'a Ranked,
    /// Its text (a proposal's or post-it's when the tally named one).
    pub text: String,
    /// The short id the tally named, if any.
    pub id: Option<String>,
    pub counts: &'a [u64],
}

/// The ranking, ready to print.
pub struct JudgeView {
    pub lang: Lang,
    /// "Jugement majoritaire — Les propositions du CENR en 2025".
    pub title: String,
    /// "12 candidats · 25 votants · échelle : Excellent, …".
    pub summary: String,
    /// How the ranking is made.
    pub how: &'static str,
    /// The scale, best first.
    pub grades: Vec<String>,
    pub rank_heading: &'static str,
    pub candidate_heading: &'static str,
    pub majority_heading: &'static str,
    /// "profil de mérite".
    pub profile_word: &'static str,
    /// The chart's title and description.
    pub chart: (&'static str, &'static str),
    /// Voters: the most grades any candidate got.
    pub voters: u64,
    pub rows: Vec<Row>,
}

/// One candidate of the ranking.
pub struct Row {
    pub rank: usize,
    pub text: String,
    pub id: Option<String>,
    /// Its majority grade's name ("—" when nobody graded).
    pub majority: String,
    /// Votes per grade, as the tally gave them.
    pub counts: Vec<u64>,
    /// Blank grades counted as the worst one.
    pub blank: u64,
    /// "1 sans mention, comptée « À rejeter »".
    pub blank_said: Option<String>,
    /// Each grade's votes and share of every voter: "Excellent 8 (32 %)".
    pub parts: Vec<String>,
    /// "32 % au-dessus · 32 % en dessous" of its majority grade.
    pub gauge: Option<String>,
}

/// The view of a ranking of `candidates` on the scale `grades`.
pub fn view(session: &str, grades: &[String], candidates: &[&Candidate], lang: Lang) -> JudgeView {
    let w = words(lang);
    let voters = candidates
        .iter()
        .map(|c| c.counts.iter().sum::<u64>())
        .max()
        .unwrap_or(0);
    let rows = candidates
        .iter()
        .map(|c| {
            let r = c.ranked;
            let total = voters.max(1);
            let parts = grades
                .iter()
                .zip(c.counts)
                .enumerate()
                .map(|(i, (g, n))| {
                    // A blank is in the worst grade's share.
                    let blank = if i + 1 == c.counts.len() { r.blank } else { 0 };
                    let share = ((n + blank) * 100 + total / 2) / total;
                    format!("{g} {n} ({})", crate::i18n::percent(share, lang))
                })
                .collect();
            Row {
                rank: r.rank,
                text: c.text.clone(),
                id: c.id.clone(),
                majority: r.majority.map_or("—".to_string(), |g| grades[g].clone()),
                counts: c.counts.to_vec(),
                blank: r.blank,
                blank_said: (r.blank > 0).then(|| {
                    Said::Blank {
                        n: r.blank,
                        worst: grades.last().map_or("", String::as_str),
                    }
                    .text(lang)
                }),
                parts,
                gauge: r.majority.map(|_| {
                    let p = |m: u32| (m + 5) / 10;
                    format!(
                        "{} {} · {} {}",
                        crate::i18n::percent(p(r.better), lang),
                        w.better,
                        crate::i18n::percent(p(r.worse), lang),
                        w.worse
                    )
                }),
            }
        })
        .collect();
    JudgeView {
        lang,
        title: format!("{} — {session}", w.title),
        summary: format!(
            "{} {} · {voters} {} · {}{}{}",
            candidates.len(),
            w.candidates,
            w.voters,
            w.scale,
            lang.colon(),
            grades.join(", ")
        ),
        how: w.how,
        grades: grades.to_vec(),
        rank_heading: w.rank,
        candidate_heading: w.candidate,
        majority_heading: w.majority_grade,
        profile_word: w.profile,
        chart: (w.chart_title, w.chart_desc),
        voters,
        rows,
    }
}

/// The ranking of a tally recorded in a session (`judge --record`), as
/// `tablee judge` printed it.
pub fn of_recorded(session: &str, r: &crate::core::judgment::Recorded, lang: Lang) -> JudgeView {
    use crate::core::judgment::{Profile, rank};
    let profiles: Vec<Profile> = r
        .candidates
        .iter()
        .map(|c| Profile::new(c.counts.clone()))
        .collect();
    let ranking = rank(&profiles);
    let candidates: Vec<Candidate> = ranking
        .iter()
        .map(|ranked| {
            let c = &r.candidates[ranked.candidate];
            Candidate {
                ranked,
                text: c.text.clone(),
                id: c.id.clone(),
                counts: &c.counts,
            }
        })
        .collect();
    let refs: Vec<&Candidate> = candidates.iter().collect();
    view(session, &r.grades, &refs, lang)
}

impl Row {
    /// Its text, with the id the tally named: "Simplifier … [fc7bac]".
    pub fn text_with_id(&self) -> String {
        match &self.id {
            Some(id) => format!("{} [{id}]", self.text),
            None => self.text.clone(),
        }
    }

    /// Its votes per grade with a blank counted in the worst one: what
    /// the ranking judged.
    pub fn judged(&self) -> Vec<u64> {
        let mut c = self.counts.clone();
        if let Some(last) = c.last_mut() {
            *last += self.blank;
        }
        c
    }
}
