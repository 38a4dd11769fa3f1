//! The synthesis: its core (merge, clusters, near-duplicates, key factors)
//! and its four formats, on the Roubaix fixture.

mod common;

use tablee::cli::synth::SynthFormat;
use tablee::core::board::Board;
use tablee::core::event::{Body, Event};
use tablee::core::model::Column;
use tablee::core::synth::{self, Input, Pick, Synthesis};
use tablee::i18n::prelude::*;
use tablee::report::{self, SynthView};

fn now() -> jiff::Timestamp {
    "2024-10-11T12:00:00Z".parse().unwrap()
}

use common::roubaix_synthesis;

fn render(syn: &Synthesis, lang: Lang, format: SynthFormat) -> String {
    let v = SynthView { syn, lang };
    match format {
        SynthFormat::Md => report::markdown::synthesis(&v),
        SynthFormat::Html => report::html::synthesis(&v),
        SynthFormat::Txt => report::text::synthesis(&v),
        SynthFormat::Csv => report::csv::synthesis(&v),
        SynthFormat::CsvActions => report::csv::actions(&v),
        SynthFormat::CsvForms => report::csv::forms(&v),
        SynthFormat::Xlsx => panic!("a workbook is bytes: see the xlsx test"),
    }
}

#[test]
fn snapshots_of_every_format_in_both_languages() {
    let syn = roubaix_synthesis();
    for lang in Lang::ALL {
        for format in [
            SynthFormat::Md,
            SynthFormat::Html,
            SynthFormat::Txt,
            SynthFormat::Csv,
        ] {
            let name = format!("roubaix_{}_{}", lang.code(), format.extension());
            insta::assert_snapshot!(name, render(&syn, lang, format));
        }
    }
}

#[test]
fn the_fixture_is_summed_ranked_and_clustered() {
    let syn = roubaix_synthesis();
    assert_eq!(syn.counts.post_its, 60);
    assert_eq!(syn.counts.actions, 9);
    assert_eq!(syn.topics.len(), 2);
    let cln = &syn.topics[0];
    assert_eq!(cln.key, "CLN");
    assert_eq!(cln.counts.post_its, 30);
    // Ranked by votes, then frequency, then time; labels follow the rank.
    for q in Column::ALL {
        let items = cln.items(q);
        for pair in items.windows(2) {
            assert!(
                (pair[0].votes, pair[0].times) >= (pair[1].votes, pair[1].times),
                "{q}: {} before {}",
                pair[0].label(Lang::En),
                pair[1].label(Lang::En)
            );
        }
        for (i, it) in items.iter().enumerate() {
            assert_eq!(it.label(Lang::En), format!("{q}{}", i + 1));
        }
    }
    // A cluster is one item carrying its member, its dots and both places.
    let cluster = cln
        .items(Column::W)
        .iter()
        .find(|i| i.text.starts_with("Représentativité"))
        .unwrap();
    assert_eq!(cluster.members.len(), 1);
    assert_eq!(cluster.times, 2);
    assert_eq!(cluster.votes, 2 + 1);
    assert!(
        cln.items(Column::T)
            .iter()
            .all(|i| !i.text.starts_with("Sollicitations"))
    );
    // The member was a threat; clustered, it counts under its head.
    assert_eq!(
        cln.items(Column::W).len() + cln.items(Column::T).len(),
        8 + 6
    );
    // Key factors: chosen ones point at their item; SNR's risk falls back to votes.
    let (picked, chosen) = cln.picked(Column::T)[0];
    assert!(chosen);
    assert!(picked.text.starts_with("Un conseil « vitrine »"));
    let snr = &syn.topics[1];
    assert!(matches!(&snr.key_factors[3].picks[..], [Pick::ByVotes(v)] if v == &[0]));
    assert_eq!(
        snr.items(Column::T)[0].text,
        "Les usagers les plus précaires exclus par le tout-numérique"
    );
    assert_eq!(cln.key_factors[0].actions.len(), 2);
}

#[test]
fn near_duplicates_are_flagged_across_tables() {
    let syn = roubaix_synthesis();
    let cln = &syn.topics[0];
    let find = |q: Column, start: &str| {
        cln.items(q)
            .iter()
            .find(|i| i.text.starts_with(start))
            .unwrap()
            .clone()
    };
    // Same words in another order (tables A and B).
    let a = find(Column::W, "Manque de formation");
    let b = find(Column::W, "Formation des élus");
    assert_eq!(a.similar_labels(Lang::En), vec![b.label(Lang::En)]);
    assert_eq!(b.similar_labels(Lang::En), vec![a.label(Lang::En)]);
    // Same text but for punctuation.
    let c = find(Column::T, "Un conseil « vitrine » sans pouvoir réel");
    assert_eq!(c.similar.len(), 1);
    // Case and accents (SNR, tables D round 1 and round 2).
    let snr = &syn.topics[1];
    let rec: Vec<_> = snr
        .items(Column::S)
        .iter()
        .filter(|i| i.text.to_lowercase().starts_with("reconditionnement"))
        .collect();
    assert_eq!(rec.len(), 2);
    assert_eq!(
        rec[0].similar_labels(Lang::En),
        vec![rec[1].label(Lang::En)]
    );
    // Different post-its are not flagged.
    assert!(find(Column::S, "Volonté politique").similar.is_empty());
    // And it shows in every format.
    let md = render(&syn, Lang::Fr, SynthFormat::Md);
    assert!(
        md.contains(&format!("≈ proche de {}", b.label(Lang::Fr))),
        "{md}"
    );
}

#[test]
fn several_sessions_merge_by_topic_key() {
    let f = common::roubaix();
    let board = f.board();
    // A second morning: another id and date, one of the same post-its
    // written again and a new one.
    let mut second = f.session.clone();
    second.id = uuid::Uuid::from_u128(42);
    second.date = Some("2025-03-14".parse().unwrap());
    second.title = "Deuxième matinée".into();
    let dev = uuid::Uuid::from_u128(7);
    let at: jiff::Timestamp = "2025-03-14T09:00:00Z".parse().unwrap();
    let ev = |n: u128, table: &str, q: Column, text: &str| Event {
        id: uuid::Uuid::from_u128(1000 + n),
        device: dev,
        seq: n as u64 + 1,
        lamport: n as u64 + 1,
        at,
        body: Body::Add {
            author: None,
            private: None,
            table: table.into(),
            quadrant: q,
            round: Some(1),
            group: Some("2".into()),
            text: text.into(),
        },
    };
    let events2 = vec![
        ev(
            0,
            "B",
            Column::W,
            "Manque de formation des élus au numérique.",
        ),
        ev(1, "C", Column::O, "Un fonds régional pour le réemploi"),
    ];
    let board2 = Board::from_events(&events2);
    let syn = synth::build(
        &[
            Input {
                session: &f.session,
                board: &board,
                clock: Some(&f.clock),
            },
            Input {
                session: &second,
                board: &board2,
                clock: None,
            },
        ],
        None,
        now(),
    );
    assert_eq!(syn.sessions.len(), 2);
    assert_eq!(syn.topics.len(), 2, "same keys merge");
    assert_eq!(syn.counts.post_its, 62);
    let cln = &syn.topics[0];
    assert_eq!(cln.tables.len(), 4, "A, B of each session");
    assert_eq!(cln.counts.post_its, 31);
    let again = cln
        .items(Column::W)
        .iter()
        .find(|i| i.source.session == 1)
        .unwrap();
    assert_eq!(again.similar.len(), 2, "{:?}", again.similar);
    let snr = &syn.topics[1];
    assert!(
        snr.items(Column::O)
            .iter()
            .any(|i| i.text.contains("fonds régional") && i.source.session == 1)
    );
    // Formats say which session each item came from.
    let md = render(&syn, Lang::Fr, SynthFormat::Md);
    assert!(md.contains("\\[2\\] Deuxième matinée (2025-03-14)"), "{md}");
    assert!(md.contains("\\[2\\] B · T1 · G2"), "{md}");
    let csv = render(&syn, Lang::En, SynthFormat::Csv);
    assert_eq!(csv.lines().count(), 1 + 62);
    assert!(csv.contains("Deuxième matinée"));
    // The cover says what the year covers, and names each session once.
    let html = render(&syn, Lang::Fr, SynthFormat::Html);
    let cover = &html[..html.find("<section class=\"topic").unwrap()];
    assert!(cover.contains("2 ateliers · Post-its 62"), "{cover}");
    assert_eq!(cover.matches("Deuxième matinée (2025-03-14)").count(), 1);
    assert!(cover.contains("Les facteurs clés en un coup d&#39;œil"));
    // One topic only.
    let one = synth::build(
        &[Input {
            session: &f.session,
            board: &board,
            clock: None,
        }],
        Some("SNR"),
        now(),
    );
    assert_eq!(one.topics.len(), 1);
    assert_eq!(one.topics[0].key, "SNR");
}

const HOSTILE: [&str; 5] = [
    "<script>alert('x')</script>",
    "\"><img src=x onerror=alert(1)>",
    "red \u{1b}[31mALERT\u{1b}[0m \u{7}bell",
    "abc \u{202e}cba\u{202c} fin",
    "# not a heading | pipe *star* [link](http://evil) &amp; ![img](x)",
];

fn hostile_synthesis() -> Synthesis<'static> {
    let mut session = common::session();
    session.title = "Atelier <b>gras</b> \u{1b}[2J".into();
    let dev = uuid::Uuid::from_u128(1);
    let at: jiff::Timestamp = "2024-10-11T09:00:00Z".parse().unwrap();
    let events: Vec<Event> = HOSTILE
        .iter()
        .enumerate()
        .map(|(i, text)| Event {
            id: uuid::Uuid::from_u128(i as u128 + 1),
            device: dev,
            seq: i as u64 + 1,
            lamport: i as u64 + 1,
            at,
            body: Body::Add {
                author: None,
                private: None,
                table: "A".into(),
                quadrant: Column::ALL[i % 4],
                round: Some(1),
                group: Some("1".into()),
                text: text.to_string(),
            },
        })
        .collect();
    let board = Box::leak(Box::new(Board::from_events(&events)));
    let session = Box::leak(Box::new(session));
    synth::build(
        &[Input {
            session,
            board,
            clock: None,
        }],
        None,
        now(),
    )
}

#[test]
fn hostile_text_is_inert_and_visible_in_every_format() {
    let syn = hostile_synthesis();
    for lang in Lang::ALL {
        let html = render(&syn, lang, SynthFormat::Html);
        assert!(!html.contains("<script>"), "raw script tag");
        assert!(!html.contains("<img"), "raw img tag");
        assert!(!html.contains("<b>gras"), "raw tag from the title");
        assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assert!(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
        assert!(html.contains("Atelier &lt;b&gt;gras&lt;/b&gt;"));
        // Inside the stylesheet the title is hex-escaped: no way out of it.
        let style = &html[html.find("<style>").unwrap() + 7..html.find("</style>").unwrap()];
        assert!(!style.contains('<'), "{style}");
        assert_eq!(html.matches("</style>").count(), 1);

        let md = render(&syn, lang, SynthFormat::Md);
        assert!(md.contains("\\<script\\>alert('x')\\</script\\>"), "{md}");
        assert!(md.contains("\\[link\\](http://evil)"));
        assert!(md.contains("\\&amp;"));
        assert!(
            !md.contains("\n# not"),
            "a post-it must not become a heading"
        );

        for out in [
            &html,
            &md,
            &render(&syn, lang, SynthFormat::Txt),
            &render(&syn, lang, SynthFormat::Csv),
        ] {
            for bad in ['\u{1b}', '\u{7}', '\u{202e}', '\u{202c}'] {
                assert!(!out.contains(bad), "{bad:?} reached the output");
            }
            // Still there as text.
            assert!(out.contains("[31mALERT"));
            assert!(out.contains("cba"));
        }
        let txt = render(&syn, lang, SynthFormat::Txt);
        assert!(
            txt.contains("<script>alert('x')</script>"),
            "plain text keeps it readable"
        );
    }
}

#[test]
fn plain_text_is_wrapped_at_80_columns() {
    use unicode_width::UnicodeWidthStr;
    let mut f = common::roubaix();
    f.events.push(Event {
        id: uuid::Uuid::from_u128(99),
        device: uuid::Uuid::from_u128(99),
        seq: 1,
        lamport: 999,
        at: "2024-10-11T09:00:00Z".parse().unwrap(),
        body: Body::Add {
            author: None,
            private: None,
            table: "A".into(),
            quadrant: Column::S,
            round: Some(1),
            group: Some("1".into()),
            text: format!("{} {}", "très long post-it 👍 ".repeat(25), "x".repeat(150)),
        },
    });
    let board = f.board();
    let syn = one_session(&f, &board);
    for lang in Lang::ALL {
        let txt = render(&syn, lang, SynthFormat::Txt);
        for line in txt.lines() {
            assert!(line.width() <= 80, "{} columns: {line}", line.width());
        }
        assert!(txt.contains("xxxxxxxxxx"));
    }
}

#[test]
fn multi_line_post_its_and_actions_keep_their_line_breaks() {
    let f = common::roubaix();
    let mut events = f.events.clone();
    let dev = uuid::Uuid::from_u128(8);
    let at: jiff::Timestamp = "2024-10-11T10:00:00Z".parse().unwrap();
    let add = |n: u64, body: Body| Event {
        id: uuid::Uuid::from_u128(5000 + n as u128),
        device: dev,
        seq: n,
        lamport: 10_000 + n,
        at,
        body,
    };
    events.push(add(
        1,
        Body::Add {
            author: None,
            private: None,
            table: "A".into(),
            quadrant: Column::S,
            round: Some(1),
            group: Some("1".into()),
            text: "Trois idées :\n- un lieu\n\n# des horaires du soir".into(),
        },
    ));
    events.push(add(
        2,
        Body::Action {
            topic: "CLN".into(),
            quadrant: Column::S,
            text: "Ouvrir le lieu\nle mardi soir".into(),
            from: None,
        },
    ));
    let board = Board::from_events(&events);
    let syn = one_session(&f, &board);
    let md = render(&syn, Lang::Fr, SynthFormat::Md);
    // A hard line break continued under the list item; a line starting
    // with # or - stays text, and the blank line does not end the item.
    assert!(
        md.contains("Trois idées\u{a0}:\\\n  \\- un lieu\\\n  \\# des horaires du soir — *"),
        "{md}"
    );
    assert!(
        md.contains("    - Ouvrir le lieu\\\n      le mardi soir\n"),
        "{md}"
    );
    let txt = render(&syn, Lang::Fr, SynthFormat::Txt);
    assert!(txt.contains("Trois idées\u{a0}:\n"), "{txt}");
    assert!(txt.contains("- un lieu\n"), "{txt}");
    assert!(txt.contains("# des horaires du soir\n"), "{txt}");
}

/// The synthesis of the Roubaix session with this board.
fn one_session<'a>(f: &'a common::Fixture, board: &'a Board) -> Synthesis<'a> {
    synth::build(
        &[Input {
            session: &f.session,
            board,
            clock: Some(&f.clock),
        }],
        None,
        now(),
    )
}

/// The workbook read back by a real reader (calamine): every post-it,
/// key factor and action there, accents intact, headers and sheet names in
/// the workshop's language; hostile text (markup, escapes) still one row
/// each.
#[test]
fn the_workbook_reads_back_with_every_post_it_action_and_key_factor() {
    use calamine::{Data, Reader, Xlsx};
    let hostile = hostile_synthesis();
    let bytes = report::xlsx::synthesis(&SynthView {
        syn: &hostile,
        lang: Lang::En,
    })
    .unwrap();
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let range = book.worksheet_range("Post-its").unwrap();
    assert_eq!(range.rows().count(), 1 + HOSTILE.len());
    assert!(range.rows().any(|r| r[8] == HOSTILE[0]));
    let syn = roubaix_synthesis();
    for lang in Lang::ALL {
        let v = SynthView { syn: &syn, lang };
        let bytes = report::xlsx::synthesis(&v).unwrap();
        let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
        let w = &lang.s().sheet;
        assert_eq!(
            book.sheet_names(),
            vec![w.post_its, w.key_factors, w.actions],
            "{lang:?}"
        );
        let rows = |book: &mut Xlsx<_>, name: &str| -> Vec<Vec<String>> {
            book.worksheet_range(name)
                .unwrap()
                .rows()
                .map(|r| {
                    r.iter()
                        .map(|c| match c {
                            Data::String(s) => s.clone(),
                            Data::Float(f) => f.to_string(),
                            Data::Empty => String::new(),
                            other => panic!("{lang:?}: unexpected cell {other:?}"),
                        })
                        .collect()
                })
                .collect()
        };
        let post_its = rows(&mut book, w.post_its);
        assert_eq!(post_its[0][0], w.session);
        assert_eq!(post_its[0][8], w.text);
        let texts: Vec<&str> = post_its[1..].iter().map(|r| r[8].as_str()).collect();
        let expected = report::rows::post_its(&v);
        assert_eq!(texts.len(), expected.len(), "{lang:?}: one row per post-it");
        for p in &expected {
            // As printed: the signs glued to their words.
            let printed = tablee::core::text::glue_signs(p.text);
            assert!(
                texts.contains(&printed.as_ref()),
                "{lang:?}: {:?} missing",
                p.text
            );
        }
        let actions = rows(&mut book, w.actions);
        let expected: Vec<String> = report::rows::actions(&v)
            .iter()
            .map(|a| a.text.to_string())
            .collect();
        assert!(!expected.is_empty());
        assert_eq!(
            actions[1..]
                .iter()
                .map(|r| r[3].clone())
                .collect::<Vec<_>>(),
            expected,
            "{lang:?}"
        );
        let factors = rows(&mut book, w.key_factors);
        assert_eq!(factors.len(), 1 + 4 * syn.topics.len(), "{lang:?}");
        assert_eq!(factors[0][1], w.key_factor);
    }
    // The French fixture: accents and typography intact, headers in French.
    let syn = roubaix_synthesis();
    let v = SynthView {
        syn: &syn,
        lang: Lang::Fr,
    };
    let mut book: Xlsx<_> =
        Xlsx::new(std::io::Cursor::new(report::xlsx::synthesis(&v).unwrap())).unwrap();
    let range = book.worksheet_range("Post-its").unwrap();
    let header: Vec<String> = range
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(header[2], "Thème");
    assert!(
        range
            .rows()
            .any(|r| r[8] == "Un conseil «\u{a0}vitrine\u{a0}» sans pouvoir réel"),
        "accents and guillemets intact"
    );
    let actions = book.worksheet_range("Actions").unwrap();
    assert!(
        actions
            .rows()
            .any(|r| r[3] == "Intégrer le numérique à la démarche Zéro déchet")
    );
}

/// The workbook's layout as a spreadsheet shows it: the header row frozen
/// and filtered over every row, each column sized to its content, and the
/// post-its' text column wrapping (set before the rows are streamed).
#[test]
fn the_workbook_freezes_filters_sizes_and_wraps() {
    use std::io::Read;
    let syn = roubaix_synthesis();
    let v = SynthView {
        syn: &syn,
        lang: Lang::Fr,
    };
    let rows = report::rows::post_its(&v).len();
    let bytes = report::xlsx::synthesis(&v).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut part = |name: &str| {
        let mut s = String::new();
        zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
        s
    };
    let sheet = part("xl/worksheets/sheet1.xml");
    let styles = part("xl/styles.xml");
    let workbook = part("xl/workbook.xml");
    assert!(sheet.contains(r#"state="frozen""#), "header row frozen");
    assert!(
        sheet.contains(&format!(r#"<autoFilter ref="A1:M{}"/>"#, rows + 1)),
        "filter over the header and all {rows} rows"
    );
    assert!(workbook.contains("_xlnm._FilterDatabase"));
    // Adjacent columns of one width share an element: <col min max>.
    let attr = |c: &str, name: &str| -> usize {
        c.split(&format!(r#"{name}=""#))
            .nth(1)
            .and_then(|s| s.split('"').next())
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("{name} in {c}"))
    };
    let cols: Vec<&str> = sheet.split("<col ").skip(1).collect();
    let covered: Vec<usize> = cols
        .iter()
        .flat_map(|c| attr(c, "min")..=attr(c, "max"))
        .collect();
    assert_eq!(covered, (1..=13).collect::<Vec<_>>(), "every column sized");
    // The text column (I, the 9th) wraps: its style has wrapText.
    let text_col = cols
        .iter()
        .find(|c| attr(c, "min") == 9)
        .expect("text column");
    assert_eq!(attr(text_col, "max"), 9, "the text column alone");
    let style = attr(text_col, "style");
    let xfs = styles.split("<cellXfs").nth(1).unwrap();
    let xf = xfs.split("<xf ").nth(style + 1).unwrap();
    assert!(xf.contains(r#"wrapText="1""#), "{xf}");
    // And each text cell carries it.
    assert!(sheet.contains(&format!(r#"<c r="I2" s="{style}" t="inlineStr">"#)));
}
