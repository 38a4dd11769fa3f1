//! Synthesis of a council's archive: 20,000 post-its over 100 sessions,
//! to each format, against loading those sessions from disk in the same run.
//! Target: synthesis ≤ 0.5 × load.
//!
//! `cargo bench --bench synth` prints the figures first, then runs criterion.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group};
use tablee::cli::synth::SynthFormat;
use tablee::core::event::Body;
use tablee::core::model::Column;
use tablee::core::synth::{self, Input, Synthesis};
use tablee::i18n::Lang;
use tablee::report::{SynthView, csv, html, markdown, text, xlsx};
use tablee::store::journal::Writer;
use tablee::store::session_file::{self, SessionFile};
use tablee::store::workspace::Workspace;
use uuid::Uuid;

const SESSIONS: usize = 100;
const NOTES_PER_SESSION: usize = 200;

const ROUBAIX: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/roubaix-2024-world-cafe.ron"
);

const THEMES: [&str; 8] = [
    "Un réseau d'acteurs de l'inclusion numérique déjà actif",
    "Manque de formation des élus au numérique",
    "Co-design des services avec les habitants",
    "Un conseil vitrine sans pouvoir réel",
    "Matériels reconditionnés déjà intégrés au parc",
    "Pas d'indicateurs pour mesurer l'empreinte",
    "Filière locale de réemploi et de reconditionnement",
    "Les usagers les plus précaires exclus par le tout-numérique",
];

fn now() -> jiff::Timestamp {
    jiff::Timestamp::from_second(1_763_000_000).unwrap()
}

/// 100 session folders, each with 200 post-its from 4 note-takers, dots,
/// clusters, key factors and actions.
fn build(root: &Path) -> Vec<PathBuf> {
    let base = SessionFile::read(Path::new(ROUBAIX)).unwrap().session;
    let mut paths = Vec::new();
    for s in 0..SESSIONS {
        let dir = root.join(format!("session-{s:03}"));
        std::fs::create_dir_all(&dir).unwrap();
        let mut session = base.clone();
        session.id = Uuid::from_u128(s as u128 + 1);
        session.title = format!("Conseil local du numérique — séance {}", s + 1);
        let path = dir.join("session.ron");
        session_file::create(
            &path,
            &session,
            &tablee::i18n::store::file_words(session.lang),
        )
        .unwrap();
        let mut writers: Vec<Writer> = (0..4)
            .map(|d| Writer::open(&dir, Uuid::from_u128(1000 * s as u128 + d + 1), 0, 0))
            .collect();
        let mut ids = Vec::new();
        for i in 0..NOTES_PER_SESSION {
            let w = &mut writers[i % 4];
            let e = w
                .append(
                    Body::Add {
                        author: None,
                        private: None,
                        table: ["A", "B", "C", "D"][i % 4].into(),
                        quadrant: Column::ALL[(i / 4) % 4],
                        round: Some(1 + (i % 2) as u32),
                        group: Some(((i % 4) + 1).to_string()),
                        // Most post-its differ; one in ten repeats a theme word for
                        // word, as archives do across sessions.
                        text: if i % 10 == 0 {
                            THEMES[i % 8].to_string()
                        } else {
                            format!("{} — remarque {} de la séance {}", THEMES[i % 8], i, s + 1)
                        },
                    },
                    now(),
                )
                .unwrap();
            if i % 3 == 0 {
                w.append(
                    Body::Vote {
                        note: e.id,
                        delta: 1 + (i % 4) as i32,
                        group: None,
                    },
                    now(),
                )
                .unwrap();
            }
            if i % 20 == 5 {
                let into = ids[ids.len() - 4];
                w.append(Body::Cluster { note: e.id, into }, now()).unwrap();
            }
            ids.push(e.id);
        }
        for (k, topic) in ["CLN", "SNR"].into_iter().enumerate() {
            for q in Column::ALL {
                let note = ids[k + 4 * q.index()];
                writers[0]
                    .append(
                        Body::KeyFactor {
                            topic: topic.into(),
                            quadrant: q,
                            note: Some(note),
                        },
                        now(),
                    )
                    .unwrap();
                writers[0]
                    .append(
                        Body::Action {
                            topic: topic.into(),
                            quadrant: q,
                            text: format!("Action pour {topic} / {q}"),
                            from: None,
                        },
                        now(),
                    )
                    .unwrap();
            }
        }
        paths.push(path);
    }
    paths
}

type Loaded = Vec<(Workspace, tablee::core::clock::Clock)>;

fn load(paths: &[PathBuf]) -> Loaded {
    paths
        .iter()
        .map(|p| {
            let (ws, _) = Workspace::open(p).unwrap();
            let (clock, _) = ws.clock();
            (ws, clock)
        })
        .collect()
}

fn synthesise(loaded: &Loaded) -> Synthesis<'_> {
    let inputs: Vec<Input> = loaded
        .iter()
        .map(|(ws, clock)| ws.synth_input(clock))
        .collect();
    synth::build(&inputs, None, now())
}

fn render(syn: &Synthesis, format: SynthFormat) -> usize {
    let v = SynthView {
        syn,
        lang: Lang::Fr,
    };
    match format {
        SynthFormat::Md => markdown::synthesis(&v),
        SynthFormat::Html => html::synthesis(&v),
        SynthFormat::Txt => text::synthesis(&v),
        SynthFormat::Csv => csv::synthesis(&v),
        SynthFormat::CsvActions => csv::actions(&v),
        SynthFormat::CsvForms => csv::forms(&v),
        SynthFormat::Xlsx => return xlsx::synthesis(&v).unwrap().len(),
    }
    .len()
}

const FORMATS: [SynthFormat; 5] = [
    SynthFormat::Md,
    SynthFormat::Html,
    SynthFormat::Txt,
    SynthFormat::Csv,
    SynthFormat::Xlsx,
];

fn summary(paths: &[PathBuf]) {
    let loaded = load(paths);
    let syn = synthesise(&loaded);
    let total: usize = syn.sessions.iter().map(|s| s.counts.post_its).sum();
    assert_eq!(total, SESSIONS * NOTES_PER_SESSION);
    // Interleaved rounds, so that the machine's noise hits load and
    // synthesis alike; medians over the rounds.
    const ROUNDS: usize = 15;
    let time = |f: &mut dyn FnMut()| {
        let t = Instant::now();
        f();
        t.elapsed()
    };
    let mut load_t = Vec::new();
    let mut core_t = Vec::new();
    let mut fmt_t: Vec<Vec<Duration>> = vec![Vec::new(); FORMATS.len()];
    for _ in 0..ROUNDS {
        load_t.push(time(&mut || {
            std::hint::black_box(load(paths));
        }));
        core_t.push(time(&mut || {
            std::hint::black_box(synthesise(&loaded));
        }));
        for (i, f) in FORMATS.iter().enumerate() {
            fmt_t[i].push(time(&mut || {
                let syn = synthesise(&loaded);
                std::hint::black_box(render(&syn, *f));
            }));
        }
    }
    let median = |mut v: Vec<Duration>| {
        v.sort();
        v[v.len() / 2]
    };
    let load_m = median(load_t);
    println!("\n== tablee synthesis figures ==");
    println!("{total} post-its over {SESSIONS} sessions; medians of {ROUNDS} interleaved rounds");
    println!("load (session.ron + journals + merge): {load_m:.2?}");
    println!(
        "synthesis core alone:                  {:.2?}",
        median(core_t)
    );
    for (i, f) in FORMATS.iter().enumerate() {
        let t = median(fmt_t[i].clone());
        println!(
            "synthesis + {:<4} ({:>5} KiB): {t:>9.2?}  = {:.2} × load (target ≤ 0.50)",
            f.extension(),
            render(&syn, *f) / 1024,
            t.as_secs_f64() / load_m.as_secs_f64()
        );
    }
    println!();
}

fn benches(c: &mut Criterion) {
    let tmp = tempfile::tempdir().unwrap();
    let paths = build(tmp.path());
    summary(&paths);
    let loaded = load(&paths);
    let mut g = c.benchmark_group("synth_20k_posts_100_sessions");
    g.sample_size(10);
    g.bench_function("load", |b| b.iter(|| load(&paths)));
    g.bench_function("core", |b| b.iter(|| synthesise(&loaded)));
    for f in FORMATS {
        g.bench_function(format!("synth_{}", f.extension()), |b| {
            b.iter(|| render(&synthesise(&loaded), f))
        });
    }
    g.finish();
}

criterion_group!(group, benches);

fn main() {
    // `TABLEE_SYNTH_PROFILE=xlsx` (or md, html, txt, csv): render that format
    // 30 times and nothing else, for a profiler.
    if let Ok(only) = std::env::var("TABLEE_SYNTH_PROFILE") {
        let f = FORMATS
            .into_iter()
            .find(|f| f.extension() == only)
            .expect("TABLEE_SYNTH_PROFILE: md, html, txt, csv or xlsx");
        let tmp = tempfile::tempdir().unwrap();
        let loaded = load(&build(tmp.path()));
        let t = Instant::now();
        for _ in 0..30 {
            std::hint::black_box(render(&synthesise(&loaded), f));
        }
        println!("{only}: {:.2?} per synthesis", t.elapsed() / 30);
        return;
    }
    group();
    Criterion::default().configure_from_args().final_summary();
}
