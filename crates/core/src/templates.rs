//! Starting points for `tablee new`, built from the model so that every
//! template is valid by construction (and tested to be).

use uuid::Uuid;

use super::model::{Group, Phase, PhaseKind, Rotation, Session, Table, Topic};
use crate::lang::Lang;

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
    Phase::new(kind, title, minutes)
}

fn topic(key: &str, title: &str, question: &str) -> Topic {
    Topic {
        key: key.into(),
        title: title.into(),
        question: question.into(),
        board: Default::default(),
    }
}

fn table(key: &str, topic: &str, host: &str) -> Table {
    Table {
        key: key.into(),
        topic: topic.into(),
        host: host.into(),
        seats: None,
        whole_room: false,
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

/// The words a template writes into a session, in one language (the
/// application's `i18n::templates` holds one value per language).
#[derive(Debug)]
pub struct TemplateWords {
    pub first_topic: &'static str,
    pub second_topic: &'static str,
    pub success_question: &'static str,
    /// "Host A": the host of a group's table.
    pub host_of_group: &'static str,
    /// "Host A": a classic café's table host.
    pub host: &'static str,
    pub forming_groups: &'static str,
    pub aims: &'static str,
    pub round: &'static str,
    pub choosing_key_factors: &'static str,
    pub plenary_synthesis: &'static str,
    pub our_project: &'static str,
    pub swot_question: &'static str,
    pub briefing: &'static str,
    pub swot_inventory: &'static str,
    pub topic: &'static str,
    pub your_question: &'static str,
    pub welcome: &'static str,
    pub harvest: &'static str,
}

/// A new session from a template, in the given language.
pub fn build(
    template: Template,
    w: &TemplateWords,
    lang: Lang,
    title: &str,
    date: Option<jiff::civil::Date>,
    id: Uuid,
) -> Session {
    let mut s = Session::new(id, title);
    s.date = date;
    s.lang = lang;
    match template {
        Template::WorldCafe => {
            s.topics = vec![
                topic("T1", w.first_topic, w.success_question),
                topic("T2", w.second_topic, w.success_question),
            ];
            s.tables = vec![
                table("A", "T1", &format!("{} A", w.host_of_group)),
                table("B", "T1", &format!("{} B", w.host_of_group)),
                table("C", "T2", &format!("{} C", w.host_of_group)),
                table("D", "T2", &format!("{} D", w.host_of_group)),
            ];
            s.groups = numbered_groups(4);
            s.agenda = vec![
                phase(PhaseKind::Setup, w.forming_groups.to_string(), 5),
                phase(PhaseKind::Briefing, w.aims.to_string(), 15),
                phase(PhaseKind::Round, format!("{} 1", w.round), 20),
                phase(PhaseKind::Round, format!("{} 2", w.round), 20),
                phase(
                    PhaseKind::KeyFactors,
                    w.choosing_key_factors.to_string(),
                    10,
                ),
                phase(PhaseKind::Plenary, w.plenary_synthesis.to_string(), 15),
            ];
        }
        Template::Swot => {
            s.topics = vec![topic("SWOT", w.our_project, w.swot_question)];
            s.tables = vec![
                table("A", "SWOT", &format!("{} A", w.host_of_group)),
                table("B", "SWOT", &format!("{} B", w.host_of_group)),
            ];
            s.groups = numbered_groups(2);
            s.agenda = vec![
                phase(PhaseKind::Briefing, w.briefing.to_string(), 10),
                phase(PhaseKind::Round, w.swot_inventory.to_string(), 40),
                phase(
                    PhaseKind::KeyFactors,
                    w.choosing_key_factors.to_string(),
                    15,
                ),
                phase(PhaseKind::Plenary, w.plenary_synthesis.to_string(), 20),
            ];
        }
        Template::Classic => {
            s.topics = (1..=5)
                .map(|i| {
                    topic(
                        &format!("T{i}"),
                        &format!("{} {i}", w.topic),
                        w.your_question,
                    )
                })
                .collect();
            s.tables = ["A", "B", "C", "D", "E"]
                .iter()
                .enumerate()
                .map(|(i, k)| table(k, &format!("T{}", i + 1), &format!("{} {k}", w.host)))
                .collect();
            // No made-up names: the people come from a spreadsheet
            // (`new --participants`, `mix --participants`) or `mix --people N`.
            s.agenda = vec![phase(PhaseKind::Briefing, w.welcome.to_string(), 10)];
            for i in 1..=4 {
                s.agenda
                    .push(phase(PhaseKind::Round, format!("{} {i}", w.round), 20));
            }
            s.agenda
                .push(phase(PhaseKind::Plenary, w.harvest.to_string(), 20));
        }
    }
    s.rotation = Rotation::Auto;
    s
}
