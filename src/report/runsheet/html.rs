//! The run-sheet as a print-ready page (A4, self-contained): one table,
//! a row per phase, its time first, who leads it, what to say and do, its
//! materials, and for rounds who sits where.

use std::fmt::Write as _;

use super::RunSheet;
use crate::report::markup::{a4_head, escape};

const STYLE: &str = r#"
:root { --ink: #111; --muted: #555; --line: #999; }
body { font: 10.5pt/1.4 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: var(--ink); margin: 0; }
main { max-width: 190mm; margin: 0 auto; padding: 0 4mm; }
h1 { font-size: 17pt; margin: .6rem 0 .3rem; }
.sub, .note { color: var(--muted); }
table { border-collapse: collapse; width: calc(100% - 2px); font-size: 9.5pt; }
th, td { border: 1px solid var(--line); padding: .25rem .35rem; vertical-align: top; text-align: left; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
td.time { white-space: nowrap; font-weight: bold; }
td.time small { display: block; font-weight: normal; color: var(--muted); }
.kind { display: block; font-size: 8.5pt; color: var(--muted); }
ul.seating { margin: .2rem 0 0; padding-left: 1rem; }
p.total { font-weight: bold; }
@media print { main { max-width: none; padding: 0; } }
"#;

pub fn render(v: &RunSheet) -> String {
    let h = &v.heads;
    let mut o = String::with_capacity(16 * 1024);
    a4_head(&mut o, v.lang, &v.title, STYLE);
    let _ = writeln!(o, "<h1>{}</h1>", escape(&v.title));
    if !v.subtitle.is_empty() {
        let _ = writeln!(o, "<p class=\"sub\">{}</p>", escape(&v.subtitle));
    }
    if let Some(n) = v.note {
        let _ = writeln!(o, "<p class=\"note\">{}</p>", escape(n));
    }
    let _ = writeln!(
        o,
        "<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
        escape(h.time),
        escape(h.phase),
        escape(h.lead),
        escape(h.say),
        escape(h.materials)
    );
    for r in &v.rows {
        let _ = write!(
            o,
            "<tr><td class=\"time\">{}<small>{}</small></td><th scope=\"row\"><span class=\"kind\">{}</span>{}</th><td>{}</td><td>{}",
            escape(&r.time),
            escape(&r.minutes),
            escape(r.kind),
            escape(&r.title),
            escape(&r.lead),
            escape(&r.say)
        );
        if !r.seating.is_empty() {
            let _ = write!(
                o,
                "<ul class=\"seating\" aria-label=\"{}\">",
                escape(h.seating)
            );
            for s in &r.seating {
                let _ = write!(o, "<li>{}</li>", escape(s));
            }
            o.push_str("</ul>");
        }
        let _ = writeln!(o, "</td><td>{}</td></tr>", escape(&r.materials));
    }
    o.push_str("</tbody>\n</table>\n");
    let _ = writeln!(o, "<p class=\"total\">{}</p>", escape(&v.total));
    o.push_str("</main>\n</body>\n</html>\n");
    o
}
