//! Markdown, for email and publishing.

use super::PlanView;

/// Escapes text for a Markdown table cell or line: `|`, `*`, `_`, `<`, `` ` ``…
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '|' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#'
        ) {
            out.push('\\');
        }
        if c == '\n' {
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    out
}

pub fn plan(view: &PlanView) -> String {
    let s = view.lang.s();
    let mut out = format!("# {}\n\n", escape(&view.title));
    if !view.subtitle.is_empty() {
        out.push_str(&format!("*{}*\n\n", escape(&view.subtitle)));
    }
    out.push_str(&format!("{}\n\n", escape(&view.summary)));
    if !view.rows.is_empty() {
        out.push_str(&format!("## {}\n\n| {} |", s.rotation, s.round));
        for c in &view.columns {
            let mut head = format!("{} — {}", escape(&c.key), escape(&c.topic));
            if !c.host.is_empty() {
                head.push_str(&format!(" ({})", escape(&c.host)));
            }
            out.push_str(&format!(" {head} |"));
        }
        out.push_str("\n|---|");
        out.push_str(&"---|".repeat(view.columns.len()));
        out.push('\n');
        for row in &view.rows {
            out.push_str(&format!("| {} |", escape(&view.row_label(row))));
            for cell in &row.cells {
                let text = if cell.is_empty() {
                    "—".to_string()
                } else {
                    escape(&cell.join(", "))
                };
                out.push_str(&format!(" {text} |"));
            }
            out.push('\n');
        }
        out.push('\n');
    }
    if !view.topics.is_empty() {
        out.push_str(&format!("## {}\n\n", s.topics));
        for (key, title) in &view.topics {
            out.push_str(&format!("- **{}**: {}\n", escape(key), escape(title)));
        }
        out.push('\n');
    }
    if !view.itineraries.is_empty() {
        out.push_str(&format!("## {}\n\n", s.itineraries));
        for it in &view.itineraries {
            let stops: Vec<String> = view.stop_labels(it).iter().map(|l| escape(l)).collect();
            out.push_str(&format!(
                "- **{}**: {}\n",
                escape(&it.who),
                stops.join(" · ")
            ));
        }
        out.push('\n');
    }
    for note in &view.notes {
        out.push_str(&format!("> {}: {}\n", s.warning, escape(note)));
    }
    out.trim_end().to_string() + "\n"
}
