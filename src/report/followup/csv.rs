//! The follow-up as CSV: one row per proposal, fixed English column names
//! for scripts, every text cell guarded against formulas.

use super::View;

pub const COLUMNS: [&str; 17] = [
    "id",
    "session",
    "theme",
    "status",
    "progress",
    "text",
    "description",
    "response",
    "owner",
    "condition",
    "due",
    "origin",
    "post_its",
    "created",
    "last_change",
    "history",
    "deadline",
];

/// The cells of every proposal, in [`COLUMNS`] order (shared with xlsx).
pub fn rows(v: &View) -> Vec<[String; 17]> {
    let mut out = Vec::new();
    for t in &v.themes {
        for g in &t.groups {
            for i in &g.items {
                out.push([
                    i.id.clone(),
                    i.session.clone(),
                    i.theme.clone(),
                    i.status.map_or_else(String::new, |s| s.code().to_string()),
                    i.progress.clone(),
                    i.text.clone(),
                    i.description.clone(),
                    i.response.clone(),
                    i.owner.clone(),
                    i.condition.clone(),
                    i.due.clone(),
                    i.origin.clone(),
                    i.post_its.join("\n"),
                    i.created.clone(),
                    i.last_change.clone(),
                    i.history.join("\n"),
                    // Late or due soon, as of the day printed.
                    v.late
                        .iter()
                        .find(|l| l.id == i.id)
                        .map(|l| l.said.clone())
                        .unwrap_or_default(),
                ]);
            }
        }
    }
    out
}

pub fn render(v: &View) -> String {
    let mut w = ::csv::Writer::from_writer(Vec::new());
    w.write_record(COLUMNS).expect("in-memory CSV");
    for r in rows(v) {
        let r: Vec<String> = r.iter().map(|c| crate::report::csv::guard(c)).collect();
        w.write_record(&r).expect("in-memory CSV");
    }
    String::from_utf8(w.into_inner().expect("in-memory CSV")).expect("CSV of UTF-8 strings")
}
