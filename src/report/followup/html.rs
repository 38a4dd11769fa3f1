//! The follow-up report as one self-contained HTML page that prints on A4:
//! the summary table first, then each theme with its proposals by status.
//! A status is always a word and a sign, never a colour alone.

use super::View;
use crate::i18n::prelude::*;
use crate::report::html::escape;

const STYLE: &str = r#"
figure.chart { margin: .4rem 0 .8rem; max-width: 170mm; break-inside: avoid; }
figure.chart svg.chart { width: 100%; height: auto; }
:root { --ink: #111; --muted: #555; --line: #999; }
* { box-sizing: border-box; }
html { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; color: var(--ink); }
body { margin: 0 auto; max-width: 1000px; padding: 1rem; line-height: 1.35; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; }
h2 { font-size: 1.3rem; margin: 1.2rem 0 .3rem; border-bottom: 2px solid var(--ink); break-after: avoid; }
h3 { font-size: 1.05rem; margin: .8rem 0 .3rem; break-after: avoid; }
h3 .sign, .status .sign { display: inline-block; min-width: 1.3em; text-align: center; border: 1px solid var(--ink); border-radius: 3px; margin-right: .3rem; font-weight: bold; }
ul.sessions { margin: .2rem 0 .6rem 1.2rem; padding: 0; color: var(--muted); }
p.moved { font-weight: bold; border: 2px solid var(--ink); padding: .2rem .5rem; display: inline-block; }
table.glance { border-collapse: collapse; margin: .4rem 0 .8rem; font-size: .92em; width: 100%; }
table.glance td:first-child { width: 32%; }
table.glance th, table.glance td { border: 1px solid var(--line); padding: .15rem .45rem; vertical-align: bottom; }
table.glance td.n, table.glance th.n, table.glance td.num { text-align: right; }
table.glance thead th { background: #eee; font-weight: bold; text-align: left; }
table.glance tr.total td { font-weight: bold; border-top: 2px solid var(--ink); }
article.p { border-left: 4px solid var(--ink); padding: .15rem 0 .2rem .6rem; margin: .35rem 0 .6rem; break-inside: avoid; }
article.p .what { font-weight: bold; }
article.p .id { font-family: "DejaVu Sans Mono", monospace; font-size: .8em; color: var(--muted); margin-left: .4rem; }
article.p .new { font-size: .75em; font-weight: bold; border: 1px solid var(--ink); padding: 0 .25rem; margin-left: .4rem; text-transform: uppercase; }
article.p .status { margin: .1rem 0; }
dl { margin: .1rem 0; display: grid; grid-template-columns: max-content 1fr; gap: .05rem .6rem; }
dt { color: var(--muted); }
dd { margin: 0; }
ul.postits { margin: .05rem 0 .1rem 1.1rem; padding: 0; font-size: .9em; }
ul.history { margin: .05rem 0 0 1.1rem; padding: 0; font-size: .82em; color: var(--muted); }
p.legend { color: var(--muted); font-size: .85em; margin-top: 1rem; }
@media print {
  html { font-size: 9.5pt; }
  body { max-width: none; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"#;

pub fn render(v: &View) -> String {
    let w = v.lang.followup();
    // In French the space before the colon must not break.
    let colon = v.lang.html_colon();
    let mut o = String::with_capacity(16 * 1024);
    crate::report::html::a4_head(&mut o, v.lang, &v.title, STYLE);
    o.push_str(&format!(
        "<h1>{}</h1>\n<ul class=\"sessions\">",
        escape(&v.title)
    ));
    for s in &v.sessions {
        o.push_str(&format!("<li>{}</li>", escape(s)));
    }
    o.push_str("</ul>\n");
    if let Some(m) = &v.incomplete {
        o.push_str(&format!(
            "<p class=\"moved\" role=\"alert\">⚠ {}</p>\n",
            escape(m)
        ));
    }
    if let Some(m) = &v.moved {
        o.push_str(&format!("<p class=\"moved\">{}</p>\n", escape(m)));
    }
    if !v.late.is_empty() {
        o.push_str(&format!(
            "<section class=\"first\">\n<h2>{}</h2>\n<ul>",
            escape(crate::i18n::followup::first_heading(v.lang))
        ));
        for l in &v.late {
            let text = escape(&l.text);
            let text = if l.late {
                format!("<strong>{text}</strong>")
            } else {
                text
            };
            o.push_str(&format!(
                "<li>{text} <span class=\"id\">{}</span> — {}</li>",
                escape(&l.id),
                escape(&l.said)
            ));
        }
        o.push_str("</ul>\n</section>\n");
    }
    glance(&mut o, v);
    if let Some(a) = &v.attendance {
        crate::report::html::attendance(&mut o, a);
    }
    for t in &v.themes {
        o.push_str(&format!(
            "<section class=\"theme\">\n<h2>{} <small>({})</small></h2>\n",
            escape(&t.name),
            crate::i18n::followup::count(t.count, v.lang)
        ));
        for g in &t.groups {
            o.push_str(&format!(
                "<h3><span class=\"sign\" aria-hidden=\"true\">{}</span>{}</h3>\n",
                g.sign,
                escape(g.heading)
            ));
            for i in &g.items {
                o.push_str("<article class=\"p\">\n<div>");
                o.push_str(&format!("<span class=\"what\">{}</span>", escape(&i.text)));
                o.push_str(&format!("<span class=\"id\">{}</span>", escape(&i.id)));
                if i.moved {
                    o.push_str(&format!("<span class=\"new\">{}</span>", escape(w.moved)));
                }
                o.push_str("</div>\n");
                let sign = i.status_word.split(' ').next().unwrap_or("");
                let word = i.status_word[sign.len()..].trim_start();
                o.push_str(&format!(
                    "<div class=\"status\"><span class=\"sign\" aria-hidden=\"true\">{sign}</span>{}</div>\n<dl>",
                    escape(word)
                ));
                if !i.description.is_empty() {
                    o.push_str(&format!(
                        "<dt>{}</dt><dd>{}</dd>",
                        escape(w.description),
                        escape(&i.description)
                    ));
                }
                for (label, value) in &i.fields {
                    o.push_str(&format!(
                        "<dt>{}</dt><dd>{}</dd>",
                        escape(label),
                        escape(value)
                    ));
                }
                if !i.origin.is_empty() {
                    o.push_str(&format!(
                        "<dt>{}</dt><dd>{}</dd>",
                        escape(w.origin),
                        escape(&i.origin)
                    ));
                }
                o.push_str("</dl>\n");
                if !i.post_its.is_empty() {
                    o.push_str(&format!(
                        "<div class=\"from\">{}{colon}</div><ul class=\"postits\">",
                        escape(w.from_post_its)
                    ));
                    for p in &i.post_its {
                        o.push_str(&format!("<li>{}</li>", escape(&v.lang.quote(p))));
                    }
                    o.push_str("</ul>\n");
                }
                if !i.history.is_empty() {
                    o.push_str(&format!(
                        "<ul class=\"history\"><li>{}{colon}{} {}</li>",
                        escape(w.history),
                        escape(&i.created),
                        escape(w.created)
                    ));
                    for h in &i.history {
                        o.push_str(&format!("<li>{}</li>", escape(h)));
                    }
                    o.push_str("</ul>\n");
                }
                o.push_str("</article>\n");
            }
        }
        o.push_str("</section>\n");
    }
    let legend: Vec<String> = v
        .legend
        .iter()
        .map(|(s, t)| format!("{s} {}", escape(t)))
        .collect();
    o.push_str(&format!(
        "<p class=\"legend\">{}{colon}{}</p>\n</main>\n</body>\n</html>\n",
        escape(w.legend),
        legend.join(" · ")
    ));
    o
}

fn glance(o: &mut String, v: &View) {
    let w = v.lang.followup();
    let g = &v.glance;
    o.push_str(&format!("<h2>{}</h2>\n", escape(w.at_a_glance)));
    if g.total == 0 {
        o.push_str(&format!(
            "<p>{}</p>\n",
            crate::i18n::followup::count(0, v.lang)
        ));
        return;
    }
    // Drawn first, then the table that holds the numbers.
    let names: Vec<String> = g
        .columns
        .iter()
        .map(|c| crate::i18n::followup::status_signed(*c, v.lang))
        .collect();
    let bars: Vec<crate::report::svg::Bar> = g
        .rows
        .iter()
        .map(|(name, counts, total)| crate::report::svg::Bar {
            label: name,
            parts: counts
                .iter()
                .zip(&names)
                .map(|(n, status)| (*n as u64, format!("{status} {n}/{total}")))
                .collect(),
        })
        .collect();
    o.push_str(crate::report::svg::patterns());
    o.push_str(&format!(
        "<figure class=\"chart\">{}</figure>\n",
        crate::report::svg::stacked_with(
            "themes",
            (w.chart_title, w.chart_desc),
            &names,
            &bars,
            false
        )
    ));
    o.push_str(&format!(
        "<table class=\"glance\">\n<thead><tr><th>{}</th>",
        escape(w.theme)
    ));
    for c in &g.columns {
        o.push_str(&format!(
            "<th class=\"n\">{}</th>",
            escape(&crate::i18n::followup::status_signed(*c, v.lang))
        ));
    }
    o.push_str(&format!(
        "<th class=\"n\">{}</th></tr></thead>\n<tbody>\n",
        escape(w.total)
    ));
    for (name, counts, total) in &g.rows {
        o.push_str(&format!("<tr><td>{}</td>", escape(name)));
        for n in counts {
            let cell = if *n == 0 {
                String::from("·")
            } else {
                n.to_string()
            };
            o.push_str(&format!("<td class=\"n\">{cell}</td>"));
        }
        o.push_str(&format!("<td class=\"n\"><b>{total}</b></td></tr>\n"));
    }
    o.push_str(&format!("<tr class=\"total\"><td>{}</td>", escape(w.total)));
    for n in &g.totals {
        o.push_str(&format!("<td class=\"n\">{n}</td>"));
    }
    o.push_str(&format!(
        "<td class=\"n\">{}</td></tr>\n</tbody>\n</table>\n",
        g.total
    ));
}
