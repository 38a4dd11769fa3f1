//! The ranking as Markdown: one table, every grade's votes.

use super::JudgeView;
use crate::report::md_escape::escape;

pub fn render(v: &JudgeView) -> String {
    section(v, "#")
}

/// The ranking under a heading of `marks` (`#` alone, `##` in a
/// synthesis).
pub fn section(v: &JudgeView, marks: &str) -> String {
    let mut out = format!("{marks} {}\n\n", escape(&v.title));
    out.push_str(&format!("{}\n\n*{}*\n\n", escape(&v.summary), v.how));
    out.push_str(&format!(
        "| {} | {} | {} |",
        v.rank_heading, v.candidate_heading, v.majority_heading
    ));
    for g in &v.grades {
        out.push_str(&format!(" {} |", escape(g)));
    }
    out.push_str("\n|---:|---|---|");
    out.push_str(&"---:|".repeat(v.grades.len()));
    out.push('\n');
    for r in &v.rows {
        let mut text = escape(&r.text).replace('\n', " ");
        if let Some(id) = &r.id {
            text.push_str(&format!(" `{id}`"));
        }
        if let Some(b) = &r.blank_said {
            text.push_str(&format!(" *({})*", escape(b)));
        }
        out.push_str(&format!(
            "| {} | {text} | **{}** |",
            r.rank,
            escape(&r.majority)
        ));
        for n in &r.counts {
            out.push_str(&format!(" {n} |"));
        }
        out.push('\n');
    }
    out
}
