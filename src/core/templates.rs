//! Starting points for `tablee new`, built from the model so that every
//! template is valid by construction (and tested to be).

use uuid::Uuid;

use super::model::{Group, Phase, PhaseKind, Rotation, Session, Table, Topic};
use crate::i18n::Lang;

/// The kinds of session `tablee new --template` offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Template {
    /// Two topics, four hosted tables, four groups, two rounds (seed 002).
    WorldCafe,
    /// One topic, two tables, one long SWOT round, key factors, plenary.
    Swot,
    /// Classic café: five hosted topic tables, four rounds, individuals move.
    Classic,
}

fn phase(kind: PhaseKind, title: impl Into<String>, minutes: u32) -> Phase {
    Phase {
        kind,
        title: title.into(),
        minutes,
    }
}

fn topic(key: &str, title: &str, question: &str) -> Topic {
    Topic {
        key: key.into(),
        title: title.into(),
        question: question.into(),
    }
}

fn table(key: &str, topic: &str, host: &str) -> Table {
    Table {
        key: key.into(),
        topic: topic.into(),
        host: host.into(),
        seats: None,
    }
}

/// Groups "1" to "n", unnamed and unsized.
pub fn numbered_groups(n: usize) -> Vec<Group> {
    (1..=n)
        .map(|i| Group {
            key: i.to_string(),
            name: String::new(),
            size: None,
        })
        .collect()
}

/// Every topic title, question and host name the templates write, in both
/// languages: text an organiser is meant to replace (`check` says so when
/// it is still there).
pub fn placeholders() -> &'static std::collections::HashSet<String> {
    static ALL: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    ALL.get_or_init(|| {
        let mut out = std::collections::HashSet::new();
        for t in [Template::WorldCafe, Template::Swot, Template::Classic] {
            for lang in Lang::ALL {
                let s = build(t, lang, "", None, Uuid::nil());
                for topic in s.topics {
                    out.insert(topic.title);
                    out.insert(topic.question);
                }
                out.extend(s.tables.into_iter().map(|t| t.host));
            }
        }
        out.remove("");
        out
    })
}

/// A new session from a template, in the given language.
pub fn build(
    template: Template,
    lang: Lang,
    title: &str,
    date: Option<jiff::civil::Date>,
    id: Uuid,
) -> Session {
    let mut s = Session::new(id, title);
    s.date = date;
    s.lang = lang;
    let l = |en: &str, fr: &str| lang.pick(en, fr).to_string();
    match template {
        Template::WorldCafe => {
            s.topics = vec![
                topic(
                    "T1",
                    &l("First topic", "Premier thème"),
                    &l(
                        "What are the conditions for success?",
                        "Quelles sont les conditions de réussite ?",
                    ),
                ),
                topic(
                    "T2",
                    &l("Second topic", "Second thème"),
                    &l(
                        "What are the conditions for success?",
                        "Quelles sont les conditions de réussite ?",
                    ),
                ),
            ];
            s.tables = vec![
                table("A", "T1", &l("Host A", "Animateur·rice A")),
                table("B", "T1", &l("Host B", "Animateur·rice B")),
                table("C", "T2", &l("Host C", "Animateur·rice C")),
                table("D", "T2", &l("Host D", "Animateur·rice D")),
            ];
            s.groups = numbered_groups(4);
            s.agenda = vec![
                phase(
                    PhaseKind::Setup,
                    l("Forming the groups", "Mise en place des groupes"),
                    5,
                ),
                phase(
                    PhaseKind::Briefing,
                    l(
                        "Aims and ground rules",
                        "Présentation des objectifs et des modalités",
                    ),
                    15,
                ),
                phase(PhaseKind::Round, l("Round 1", "Tour 1"), 20),
                phase(PhaseKind::Round, l("Round 2", "Tour 2"), 20),
                phase(
                    PhaseKind::KeyFactors,
                    l("Choosing the key factors", "Sélection des facteurs clés"),
                    10,
                ),
                phase(
                    PhaseKind::Plenary,
                    l("Plenary synthesis", "Synthèse en plénière"),
                    15,
                ),
            ];
        }
        Template::Swot => {
            s.topics = vec![topic(
                "SWOT",
                &l("Our project", "Notre projet"),
                &l(
                    "Strengths, weaknesses, opportunities and threats of the project",
                    "Atouts, faiblesses, opportunités et risques du projet",
                ),
            )];
            s.tables = vec![
                table("A", "SWOT", &l("Host A", "Animateur·rice A")),
                table("B", "SWOT", &l("Host B", "Animateur·rice B")),
            ];
            s.groups = numbered_groups(2);
            s.agenda = vec![
                phase(PhaseKind::Briefing, l("Briefing", "Présentation"), 10),
                phase(PhaseKind::Round, l("SWOT inventory", "Inventaire AFOR"), 40),
                phase(
                    PhaseKind::KeyFactors,
                    l("Choosing the key factors", "Sélection des facteurs clés"),
                    15,
                ),
                phase(
                    PhaseKind::Plenary,
                    l("Plenary synthesis", "Synthèse en plénière"),
                    20,
                ),
            ];
        }
        Template::Classic => {
            s.topics = (1..=5)
                .map(|i| {
                    topic(
                        &format!("T{i}"),
                        &format!("{} {i}", l("Topic", "Thème")),
                        &l("Your question here", "Votre question ici"),
                    )
                })
                .collect();
            s.tables = ["A", "B", "C", "D", "E"]
                .iter()
                .enumerate()
                .map(|(i, k)| {
                    table(
                        k,
                        &format!("T{}", i + 1),
                        &format!("{} {k}", l("Host", "Hôte")),
                    )
                })
                .collect();
            // No made-up names: the people come from a spreadsheet
            // (`new --participants`, `mix --participants`) or `mix --people N`.
            s.agenda = vec![phase(PhaseKind::Briefing, l("Welcome", "Accueil"), 10)];
            for i in 1..=4 {
                s.agenda.push(phase(
                    PhaseKind::Round,
                    format!("{} {i}", l("Round", "Tour")),
                    20,
                ));
            }
            s.agenda.push(phase(
                PhaseKind::Plenary,
                l("Harvest", "Récolte en plénière"),
                20,
            ));
        }
    }
    s.rotation = Rotation::Auto;
    s
}
