//! CSV for spreadsheets and scripts.

use super::{PlanView, SynthView};
use crate::core::model::Quadrant;
use crate::core::synth::Pick;

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
fn cell(s: &str) -> String {
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
/// label), with every field an organiser may sort or filter on.
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
    let syn = v.syn;
    for t in &syn.topics {
        for q in Quadrant::ALL {
            let chosen: Vec<usize> = t.key_factors[q.index()]
                .picks
                .iter()
                .filter_map(|p| match p {
                    Pick::Chosen { item, .. } => Some(*item),
                    _ => None,
                })
                .collect();
            for (i, item) in t.items(q).iter().enumerate() {
                let key_factor = if chosen.contains(&i) { "yes" } else { "" };
                let label = item.label(v.lang);
                let mut rows = vec![(
                    &item.source,
                    "",
                    &item.text,
                    item.votes.to_string(),
                    item.id,
                )];
                // The head's own dots: item votes minus the members'.
                let members: i64 = item.members.iter().map(|m| m.votes).sum();
                rows[0].3 = (item.votes - members).to_string();
                for m in &item.members {
                    rows.push((
                        &m.source,
                        label.as_str(),
                        &m.text,
                        m.votes.to_string(),
                        m.id,
                    ));
                }
                for (src, cluster_of, text, votes, id) in rows {
                    let h = &syn.sessions[src.session];
                    w.write_record([
                        h.id.to_string(),
                        cell(&h.title),
                        h.date.map(|d| d.to_string()).unwrap_or_default(),
                        t.key.clone(),
                        cell(&t.title),
                        src.table.to_string(),
                        src.round.map(|r| r.to_string()).unwrap_or_default(),
                        src.group.unwrap_or_default().to_string(),
                        q.to_string(),
                        q.words(v.lang).name.to_string(),
                        item.label(v.lang).clone(),
                        cluster_of.to_string(),
                        cell(text),
                        votes,
                        item.votes.to_string(),
                        item.times.to_string(),
                        key_factor.to_string(),
                        item.similar_labels(v.lang).join(" "),
                        id.to_string(),
                    ])
                    .expect("in-memory CSV");
                }
            }
        }
    }
    String::from_utf8(w.into_inner().expect("in-memory CSV")).expect("CSV of UTF-8 strings")
}
