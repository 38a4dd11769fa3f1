//! CSV for spreadsheets and scripts.

use super::{PlanView, SynthView};
use crate::i18n::prelude::*;

/// One row per round, one column per table; cells list the movers.
pub fn plan(view: &PlanView) -> String {
    let s = view.lang.s();
    let mut w = ::csv::Writer::from_writer(Vec::new());
    let mut header = vec![s.round.to_string(), s.minutes_short.to_string()];
    for c in &view.columns {
        let mut h = format!("{} ({}", c.key, c.topic);
        if !c.host.is_empty() {
            h.push_str(&format!(", {}", c.host));
        }
        h.push(')');
        header.push(h);
    }
    // Writing into a Vec cannot fail.
    w.write_record(&header).expect("in-memory CSV");
    for (i, row) in view.rows.iter().enumerate() {
        let mut rec = vec![
            (i + 1).to_string(),
            row.minutes.map(|m| m.to_string()).unwrap_or_default(),
        ];
        rec.extend(row.cells.iter().map(|c| c.join(", ")));
        w.write_record(&rec).expect("in-memory CSV");
    }
    String::from_utf8(w.into_inner().expect("in-memory CSV")).expect("CSV of UTF-8 strings")
}

/// Text that a spreadsheet would run as a formula (`=`, `+`, `@`, `-1…`)
/// gets a leading apostrophe, the usual guard against CSV injection.
pub(crate) fn guard(s: &str) -> String {
    let mut chars = s.chars();
    let risky = match chars.next() {
        Some('=' | '+' | '@') => true,
        Some('-') => chars.next().is_some_and(|c| !c.is_whitespace()),
        _ => false,
    };
    if risky {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

/// The byte-order mark some spreadsheet tools need to read UTF-8.
pub const BOM: &str = "\u{feff}";

/// One row per post-it (cluster members included, marked by their head's
/// label), with every field an organiser may sort or filter on. Column
/// names are fixed (English, for scripts); every text cell is guarded.
pub fn synthesis(v: &SynthView) -> String {
    let mut w = ::csv::Writer::from_writer(Vec::new());
    w.write_record([
        "session",
        "session_title",
        "date",
        "topic",
        "topic_title",
        "table",
        "round",
        "group",
        "quadrant",
        "quadrant_name",
        "label",
        "cluster_of",
        "text",
        "votes",
        "item_votes",
        "times",
        "key_factor",
        "similar",
        "id",
    ])
    .expect("in-memory CSV");
    for p in super::rows::post_its(v) {
        let h = &v.syn.sessions[p.source.session];
        w.write_record([
            h.id.to_string(),
            guard(&h.title),
            h.date.map(|d| d.to_string()).unwrap_or_default(),
            guard(p.topic),
            guard(p.topic_title),
            guard(p.source.table),
            p.source.round.map(|r| r.to_string()).unwrap_or_default(),
            guard(p.source.group.unwrap_or_default()),
            p.code,
            guard(&p.column),
            p.label,
            guard(p.cluster_of.as_deref().unwrap_or_default()),
            guard(p.text),
            p.votes.to_string(),
            p.item_votes.to_string(),
            p.times.to_string(),
            if p.key_factor { "yes" } else { "" }.to_string(),
            p.similar,
            p.id.to_string(),
        ])
        .expect("in-memory CSV");
    }
    String::from_utf8(w.into_inner().expect("in-memory CSV")).expect("CSV of UTF-8 strings")
}

/// One row per plenary action: `tablee synth --format csv-actions`.
/// One row per answer of every question of every questionnaire (its
/// count and share in whole percent), then one row per free text (count
/// 1, no share): `--format csv-forms`.
pub fn forms(v: &SynthView) -> String {
    let mut w = ::csv::Writer::from_writer(Vec::new());
    w.write_record([
        "questionnaire",
        "question",
        "question_text",
        "answer",
        "count",
        "share",
    ])
    .expect("in-memory CSV");
    for q in super::forms::view(v).map_or_else(Vec::new, |f| f.questionnaires) {
        for question in &q.questions {
            for r in &question.rows {
                w.write_record([
                    guard(&q.title),
                    question.number.clone(),
                    guard(&question.text),
                    guard(&r.answer),
                    r.count.to_string(),
                    r.share.to_string(),
                ])
                .expect("in-memory CSV");
            }
            for t in &question.texts {
                w.write_record([
                    guard(&q.title),
                    question.number.clone(),
                    guard(&question.text),
                    guard(t),
                    "1".to_string(),
                    String::new(),
                ])
                .expect("in-memory CSV");
            }
        }
    }
    String::from_utf8(w.into_inner().expect("in-memory CSV")).expect("CSV of UTF-8 strings")
}

pub fn actions(v: &SynthView) -> String {
    let mut w = ::csv::Writer::from_writer(Vec::new());
    w.write_record([
        "session",
        "session_title",
        "topic",
        "topic_title",
        "quadrant",
        "key_factor",
        "text",
        "answers",
    ])
    .expect("in-memory CSV");
    for a in super::rows::actions(v) {
        let h = &v.syn.sessions[a.session];
        w.write_record([
            h.id.to_string(),
            guard(&h.title),
            guard(a.topic),
            guard(a.topic_title),
            a.code,
            guard(&a.title),
            guard(a.text),
            a.answers.map(|(label, _)| label).unwrap_or_default(),
        ])
        .expect("in-memory CSV");
    }
    String::from_utf8(w.into_inner().expect("in-memory CSV")).expect("CSV of UTF-8 strings")
}
