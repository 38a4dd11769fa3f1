//! The ranking as a print-ready page (A4, self-contained): the merit
//! profiles drawn as stacked bars (greys and patterns, a dashed line at
//! the median) and, as their text alternative and for reading, the same
//! numbers in a table.

use std::fmt::Write as _;

use super::JudgeView;
use crate::report::markup::escape;
use crate::report::svg;

const STYLE: &str = r#"
:root { --ink: #111; --muted: #555; --line: #999; }
body { font: 10.5pt/1.4 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: var(--ink); margin: 0; }
main { max-width: 190mm; margin: 0 auto; padding: 0 4mm; }
h1 { font-size: 17pt; margin: .6rem 0 .3rem; }
.how { color: var(--muted); font-size: 9pt; }
figure { margin: .8rem 0; break-inside: avoid; }
figcaption { font-weight: bold; margin-bottom: .3rem; }
svg.chart { width: 100%; height: auto; }
table { border-collapse: collapse; width: calc(100% - 2px); font-size: 9pt; }
th.r { width: 6%; } th.c { width: 31%; } th.m { width: 12%; }
thead th.n { font-size: 7.5pt; hyphens: auto; }
th, td { border: 1px solid var(--line); padding: .15rem .3rem; vertical-align: top; text-align: left; }
td.n, th.n { text-align: right; }
th[scope=row] { font-weight: normal; }
tr { break-inside: avoid; }
thead { display: table-header-group; }
.id { color: var(--muted); font-size: 8pt; }
.blank { font-style: italic; font-size: 8.5pt; }
@media print { main { max-width: none; padding: 0; } }
"#;

pub fn render(v: &JudgeView) -> String {
    let mut o = String::with_capacity(16 * 1024);
    crate::report::markup::a4_head(&mut o, v.lang, &v.title, STYLE);
    o.push_str(svg::patterns());
    body(&mut o, v, 1, "profiles");
    o.push_str("</main>\n</body>\n</html>\n");
    o
}

/// The ranking under a heading of `level` (1 alone, 2 in a synthesis):
/// the merit profiles drawn (ids made from `id`), then the table. The
/// document gives the fills' patterns once.
pub fn body(o: &mut String, v: &JudgeView, level: u8, id: &str) {
    let _ = write!(
        o,
        "<h{level}>{}</h{level}>\n<p>{}</p>\n<p class=\"how\">{}</p>\n",
        escape(&v.title),
        escape(&v.summary),
        escape(v.how),
    );
    let labels: Vec<String> = v
        .rows
        .iter()
        .map(|r| format!("{}. {}", r.rank, r.text))
        .collect();
    let bars: Vec<svg::Bar> = v
        .rows
        .iter()
        .zip(&labels)
        .map(|(r, label)| svg::Bar {
            label,
            parts: r
                .judged()
                .into_iter()
                .zip(&r.parts)
                .map(|(n, said)| (n, said.clone()))
                .collect(),
        })
        .collect();
    let (title, desc) = v.chart;
    let _ = write!(
        o,
        "<figure>\n<figcaption>{}</figcaption>\n{}</figure>\n",
        escape(title),
        svg::stacked(id, (title, desc), &v.grades, &bars)
    );
    let _ = write!(
        o,
        "<table class=\"judged\">\n<caption>{}</caption>\n<thead><tr><th scope=\"col\" class=\"n r\">{}</th>\
         <th scope=\"col\" class=\"c\">{}</th><th scope=\"col\" class=\"m\">{}</th>",
        escape(&v.summary),
        escape(v.rank_heading),
        escape(v.candidate_heading),
        escape(v.majority_heading)
    );
    for g in &v.grades {
        let _ = write!(o, "<th scope=\"col\" class=\"n\">{}</th>", escape(g));
    }
    o.push_str("</tr></thead>\n<tbody>\n");
    for r in &v.rows {
        let _ = write!(
            o,
            "<tr><td class=\"n\">{}</td><th scope=\"row\">{}",
            r.rank,
            escape(&r.text)
        );
        if let Some(id) = &r.id {
            let _ = write!(o, " <span class=\"id\">{}</span>", escape(id));
        }
        if let Some(b) = &r.blank_said {
            let _ = write!(o, "<br><span class=\"blank\">{}</span>", escape(b));
        }
        let _ = write!(o, "</th><td><strong>{}</strong></td>", escape(&r.majority));
        for n in &r.counts {
            let _ = write!(o, "<td class=\"n\">{n}</td>");
        }
        o.push_str("</tr>\n");
    }
    o.push_str("</tbody>\n</table>\n");
}
