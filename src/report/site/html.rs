//! The site's pages: the choice of language, each language's home page,
//! and the print-ready documents framed with the site's navigation.

use std::fmt::Write as _;

use super::{Home, LANGS, Page, SessionEntry, file_name};
use crate::i18n::Lang;
use crate::i18n::prelude::*;
use crate::i18n::site::words;
use crate::report::markup::{a4_head, escape};

/// The navigation's look, added to every page's style; neither the
/// navigation nor the footer is printed.
const NAV_STYLE: &str = r#"
nav.site { border-bottom: 2px solid #111; margin: 0 auto 1rem; padding: .4rem 0; max-width: 1100px; font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; }
nav.site ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; }
nav.site a { color: #0645ad; font-weight: bold; }
nav.site a[aria-current=page] { color: #111; text-decoration: none; }
nav.site li.lang { margin-left: auto; }
footer.site { border-top: 1px solid #999; margin: 2rem auto 0; padding: .4rem 0; max-width: 1100px; color: #555; font-size: .85rem; font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; }
@media print { nav.site, footer.site { display: none; } }
"#;

const HOME_STYLE: &str = r#"
:root { --ink: #111; --muted: #555; --line: #999; }
* { box-sizing: border-box; }
html { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; color: var(--ink); }
body { margin: 0 auto; max-width: 1100px; padding: 1rem; line-height: 1.4; }
main { padding: 0; }
h1 { font-size: 1.7rem; margin: 0 0 .3rem; }
h2 { font-size: 1.3rem; margin: 1.6rem 0 .4rem; border-bottom: 2px solid var(--ink); }
p.sub { color: var(--muted); margin: 0 0 .6rem; }
a { color: #0645ad; }
table { border-collapse: collapse; width: 100%; margin: .3rem 0; }
th, td { border: 1px solid var(--line); padding: .25rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #eee; }
td.n, th.n { text-align: right; white-space: nowrap; }
td.date { white-space: nowrap; }
p.late { font-weight: bold; border: 2px solid var(--ink); padding: .2rem .5rem; display: inline-block; }
ul.langs { list-style: none; padding: 0; font-size: 1.3rem; }
ul.langs li { margin: .6rem 0; }
@media (max-width: 40rem) {
  table.sessions thead { display: none; }
  table.sessions tr { display: block; border: 1px solid var(--line); margin: .5rem 0; padding: .3rem .5rem; }
  table.sessions td { display: block; border: 0; padding: .1rem 0; }
}
"#;

/// What every page's navigation links to.
pub struct Nav<'a> {
    pub lang: Lang,
    pub entries: &'a [SessionEntry],
    /// Whether the site has an answers page.
    pub answers: bool,
}

impl Nav<'_> {
    /// The navigation of `page`: home, answers, and the same page in the
    /// other language.
    fn render(&self, page: Page) -> String {
        let w = words(self.lang);
        let mut o = format!(
            "<nav class=\"site\" aria-label=\"{}\">\n<ul>\n",
            escape(w.navigation)
        );
        let mut link = |target: Page, label: &str| {
            let current = if target == page {
                " aria-current=\"page\""
            } else {
                ""
            };
            let _ = writeln!(
                o,
                "<li><a href=\"{}\"{current}>{}</a></li>",
                file_name(target, self.lang, self.entries),
                escape(label)
            );
        };
        link(Page::Home, w.home);
        if self.answers {
            link(Page::Answers, words(self.lang).answers);
        }
        for other in LANGS.into_iter().filter(|l| *l != self.lang) {
            let ow = words(other);
            let _ = writeln!(
                o,
                "<li class=\"lang\"><a href=\"../{}/{}\" hreflang=\"{code}\" lang=\"{code}\" aria-label=\"{}\">{}</a></li>",
                other.code(),
                file_name(page, other, self.entries),
                escape(ow.this_page_in),
                escape(ow.language),
                code = other.code(),
            );
        }
        o.push_str("</ul>\n</nav>\n");
        o
    }
}

/// The footer of every page in `lang`.
fn footer(lang: Lang, names: bool) -> String {
    let w = words(lang);
    let mut o = format!("<footer class=\"site\">\n<p>{}", escape(w.made_with));
    if !names {
        let _ = write!(o, " {}", escape(w.no_names));
    }
    o.push_str("</p>\n</footer>\n");
    o
}

/// A print-ready document (the synthesis, the follow-up report: written
/// by [`a4_head`], ending with `</main>`) with the site's navigation
/// before its `<main>` and the footer after it.
pub fn framed(doc: &str, nav: &Nav, page: Page, names: bool) -> String {
    const HEAD_END: &str = "</style>\n</head>\n<body>\n<main>\n";
    const BODY_END: &str = "</main>\n</body>";
    let (Some(head), Some(end)) = (doc.find(HEAD_END), doc.rfind(BODY_END)) else {
        // Not a document of ours: left as it is rather than broken.
        debug_assert!(false, "a site page must start with a4_head");
        return doc.to_string();
    };
    let mut o = String::with_capacity(doc.len() + 2048);
    o.push_str(&doc[..head]);
    o.push_str(NAV_STYLE);
    o.push_str("</style>\n</head>\n<body>\n");
    o.push_str(&nav.render(page));
    o.push_str("<main>\n");
    o.push_str(&doc[head + HEAD_END.len()..end]);
    o.push_str("</main>\n");
    o.push_str(&footer(nav.lang, names));
    o.push_str(&doc[end + "</main>\n".len()..]);
    o
}

/// The site's first page: its title in each language and a link to each.
pub fn choice(titles: &[(Lang, String)]) -> String {
    let first = titles.first().map_or(Lang::Fr, |(l, _)| *l);
    let joined: Vec<&str> = titles.iter().map(|(_, t)| t.as_str()).collect();
    let mut o = String::new();
    a4_head(&mut o, first, &joined.join(" / "), HOME_STYLE);
    for (lang, title) in titles {
        let code = lang.code();
        let _ = write!(
            o,
            "<section lang=\"{code}\">\n<h1>{}</h1>\n<ul class=\"langs\"><li><a href=\"{code}/index.html\" hreflang=\"{code}\">{}</a></li></ul>\n</section>\n",
            escape(title),
            escape(words(*lang).read_in)
        );
    }
    o.push_str("</main>\n</body>\n</html>\n");
    o
}

/// A language's home page: the sessions of the year, the answers at a
/// glance, the open data.
pub fn home(h: &Home, nav: &Nav) -> String {
    let w = words(h.lang);
    let colon = h.lang.html_colon();
    let mut o = String::new();
    a4_head(&mut o, h.lang, &h.title, HOME_STYLE);
    let _ = write!(
        o,
        "<h1>{}</h1>\n<p class=\"sub\">{} {}</p>\n",
        escape(&h.title),
        escape(w.published),
        h.today
    );
    let _ = write!(
        o,
        "<h2>{}</h2>\n<table class=\"sessions\">\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
        escape(w.sessions),
        escape(w.date),
        escape(w.session),
        escape(w.place),
        escape(w.what)
    );
    for e in &h.sessions {
        let date = e.date.map(|d| d.to_string()).unwrap_or_default();
        let title = match &e.file {
            Some(f) => format!("<a href=\"{f}\">{}</a>", escape(&e.title)),
            None => escape(&e.title),
        };
        let _ = writeln!(
            o,
            "<tr><td class=\"date\">{date}</td><td>{title}</td><td>{}</td><td>{}</td></tr>",
            escape(&e.place),
            escape(&e.what)
        );
    }
    o.push_str("</tbody>\n</table>\n");
    if let Some(a) = &h.answers {
        let answers = file_name(Page::Answers, h.lang, &h.sessions);
        let _ = write!(
            o,
            "<h2>{}</h2>\n<p>{}</p>\n",
            escape(w.answers),
            escape(w.answers_intro)
        );
        if a.late > 0 {
            let said = if a.late == 1 { w.late_one } else { w.late_many };
            let _ = writeln!(o, "<p class=\"late\">⚠ {} {}</p>", a.late, escape(said));
        }
        let fw = h.lang.followup();
        let _ = write!(
            o,
            "<table class=\"status\">\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\" class=\"n\">{}</th></tr></thead>\n<tbody>\n",
            escape(fw.status),
            escape(fw.total)
        );
        for (status, n) in &a.by_status {
            let _ = writeln!(
                o,
                "<tr><td>{}</td><td class=\"n\">{n}</td></tr>",
                escape(status)
            );
        }
        let _ = write!(
            o,
            "<tr><td><strong>{}</strong></td><td class=\"n\"><strong>{}</strong></td></tr>\n</tbody>\n</table>\n<p><a href=\"{answers}\">{}</a></p>\n",
            escape(fw.total),
            a.total,
            escape(w.read_answers)
        );
        let _ = write!(
            o,
            "<h2>{}</h2>\n<p>{}</p>\n<ul>\n<li><a href=\"proposals.json\">proposals.json</a>{colon}{} (<a href=\"../{}\">{}</a>)</li>\n<li><a href=\"proposals.csv\">proposals.csv</a>{colon}{}</li>\n</ul>\n",
            escape(w.open_data),
            escape(w.open_data_intro),
            escape(w.json),
            super::SCHEMA_FILE,
            escape(w.schema),
            escape(w.csv)
        );
    }
    o.push_str("</main>\n</body>\n</html>\n");
    framed(&o, nav, Page::Home, h.names)
}
