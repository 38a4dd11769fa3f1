//! The follow-up report in Markdown, for email and publishing.

use super::View;
use crate::i18n::prelude::*;
use crate::report::md_escape::{escape, escape_lines};

pub fn render(v: &View) -> String {
    let w = v.lang.followup();
    let colon = v.lang.colon();
    let mut o = String::new();
    o.push_str(&format!("# {}\n\n", escape(&v.title)));
    for s in &v.sessions {
        o.push_str(&format!("- {}\n", escape(s)));
    }
    o.push('\n');
    if let Some(m) = &v.incomplete {
        o.push_str(&format!("> **⚠ {}**\n\n", escape(m)));
    }
    if let Some(m) = &v.moved {
        o.push_str(&format!("**{}**\n\n", escape(m)));
    }
    if !v.late.is_empty() {
        o.push_str(&format!(
            "## {}\n\n",
            escape(crate::i18n::followup::first_heading(v.lang))
        ));
        for l in &v.late {
            let text = escape_lines(&l.text, "  ");
            let text = if l.late { format!("**{text}**") } else { text };
            o.push_str(&format!("- {text} `{}` — {}\n", l.id, escape(&l.said)));
        }
        o.push('\n');
    }
    glance(&mut o, v);
    if let Some(a) = &v.attendance {
        crate::report::markdown::attendance(&mut o, a);
    }
    for t in &v.themes {
        o.push_str(&format!(
            "## {} ({})\n\n",
            escape(&t.name),
            crate::i18n::followup::count(t.count, v.lang)
        ));
        for g in &t.groups {
            o.push_str(&format!("### {} {}\n\n", g.sign, escape(g.heading)));
            for i in &g.items {
                let new = if i.moved {
                    format!(" **[{}]**", w.moved)
                } else {
                    String::new()
                };
                o.push_str(&format!(
                    "- **{}**{new} `{}`\\\n  {}\n",
                    escape_lines(&i.text, "  "),
                    i.id,
                    escape(&i.status_word)
                ));
                if !i.description.is_empty() {
                    o.push_str(&format!(
                        "  - {}{colon}{}\n",
                        w.description,
                        escape_lines(&i.description, "    ")
                    ));
                }
                for (label, value) in &i.fields {
                    o.push_str(&format!(
                        "  - {label}{colon}{}\n",
                        escape_lines(value, "    ")
                    ));
                }
                if !i.origin.is_empty() {
                    o.push_str(&format!("  - {}{colon}{}\n", w.origin, escape(&i.origin)));
                }
                if !i.post_its.is_empty() {
                    o.push_str(&format!("  - {}{colon}\n", w.from_post_its));
                    for p in &i.post_its {
                        o.push_str(&format!(
                            "    - {}\n",
                            v.lang.quote(&escape_lines(p, "      "))
                        ));
                    }
                }
                if !i.history.is_empty() {
                    o.push_str(&format!(
                        "  - {}{colon}{} {}\n",
                        w.history, i.created, w.created
                    ));
                    for h in &i.history {
                        o.push_str(&format!("    - {}\n", escape(h)));
                    }
                }
            }
            o.push('\n');
        }
    }
    o.push_str(&format!("{}{colon}", w.legend));
    let legend: Vec<String> = v.legend.iter().map(|(s, t)| format!("{s} {t}")).collect();
    o.push_str(&escape(&legend.join(" · ")));
    o.push('\n');
    // « and the signs stay with their words (French typography).
    crate::core::text::glue_signs(&o).into_owned()
}

fn glance(o: &mut String, v: &View) {
    let w = v.lang.followup();
    let g = &v.glance;
    o.push_str(&format!("## {}\n\n", w.at_a_glance));
    if g.total == 0 {
        o.push_str(&format!("{}\n\n", crate::i18n::followup::count(0, v.lang)));
        return;
    }
    o.push_str(&format!("| {} |", w.theme));
    for c in &g.columns {
        o.push_str(&format!(
            " {} |",
            escape(&crate::i18n::followup::status_signed(*c, v.lang))
        ));
    }
    o.push_str(&format!(" {} |\n|---|", w.total));
    for _ in &g.columns {
        o.push_str("---:|");
    }
    o.push_str("---:|\n");
    for (name, counts, total) in &g.rows {
        o.push_str(&format!("| {} |", escape(name)));
        for n in counts {
            o.push_str(&format!(" {n} |"));
        }
        o.push_str(&format!(" **{total}** |\n"));
    }
    o.push_str(&format!("| **{}** |", w.total));
    for n in &g.totals {
        o.push_str(&format!(" **{n}** |"));
    }
    o.push_str(&format!(" **{}** |\n\n", g.total));
}
