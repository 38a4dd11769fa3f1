//! The run-sheet in Markdown: one table, then each round's seating.

use super::RunSheet;
use crate::report::md_escape::escape;

pub fn render(v: &RunSheet) -> String {
    let h = &v.heads;
    let mut o = format!("# {}\n\n", escape(&v.title));
    if !v.subtitle.is_empty() {
        o.push_str(&format!("{}\n\n", escape(&v.subtitle)));
    }
    if let Some(n) = v.note {
        o.push_str(&format!("*{}*\n\n", escape(n)));
    }
    o.push_str(&format!(
        "| {} | {} | {} | {} | {} |\n|---|---|---|---|---|\n",
        h.time, h.phase, h.lead, h.say, h.materials
    ));
    for r in &v.rows {
        let mut say = escape(&r.say);
        for s in &r.seating {
            if !say.is_empty() {
                say.push_str("<br>");
            }
            say.push_str(&escape(s));
        }
        let phase = if r.kind.is_empty() {
            escape(&r.title)
        } else {
            format!("**{}** — {}", escape(r.kind), escape(&r.title))
        };
        o.push_str(&format!(
            "| {} ({}) | {phase} | {} | {} | {} |\n",
            r.time,
            r.minutes,
            escape(&r.lead),
            say,
            escape(&r.materials)
        ));
    }
    o.push_str(&format!("\n**{}**\n", escape(&v.total)));
    o
}
