//! The ranking as plain text, wrapped at 80 columns.

use super::JudgeView;
use crate::i18n::prelude::*;
use crate::report::prose::{underline, wrap};

pub fn render(v: &JudgeView) -> String {
    section(v, '=')
}

/// The ranking, its title underlined with `line`.
pub fn section(v: &JudgeView, line: char) -> String {
    let mut out = String::new();
    underline(&mut out, &v.title, line);
    wrap(&mut out, &v.summary, "", "  ");
    wrap(&mut out, v.how, "", "");
    out.push('\n');
    let grade_w = v
        .grades
        .iter()
        .map(|g| g.chars().count())
        .max()
        .unwrap_or(1);
    for r in &v.rows {
        let head = format!("{:>3}  {:<grade_w$}  ", r.rank, r.majority);
        let indent = " ".repeat(head.chars().count());
        wrap(&mut out, &r.text_with_id(), &head, &indent);
        let mut meta = format!(
            "{}{}{}",
            v.profile_word,
            v.lang.colon(),
            r.parts.join(" · ")
        );
        if let Some(b) = &r.blank_said {
            meta.push_str(&format!(" · {b}"));
        }
        if let Some(g) = &r.gauge {
            meta.push_str(&format!(" · {g}"));
        }
        wrap(&mut out, &meta, &indent, &indent);
    }
    out
}
