//! The words of the session templates `tablee new` writes: placeholders
//! an organiser replaces (and `check` notices when they are left).

use uuid::Uuid;

use super::{Lang, Words};
use crate::core::model::Session;
use crate::core::templates::Template;
pub use crate::core::templates::TemplateWords;

/// A new session from a template, in the given language: the core's
/// template with this language's words.
pub fn build(
    template: Template,
    lang: Lang,
    title: &str,
    date: Option<jiff::civil::Date>,
    id: Uuid,
) -> Session {
    crate::core::templates::build(template, lang.template(), lang, title, date, id)
}

/// Whether `text` is one a template wrote for an organiser to replace.
pub fn is_placeholder(text: &str) -> bool {
    placeholders().contains(text)
}

/// Everything `check` judges in a session: the core's validation, then
/// the text a template left to replace.
pub fn validate(session: &Session) -> Vec<crate::core::validate::Problem> {
    let mut out = crate::core::validate::validate(session);
    out.extend(crate::core::validate::placeholders(session, is_placeholder));
    out
}

/// The placeholders `session` still holds, with their positions in `file`.
pub fn placeholders_in(
    file: &crate::store::session_file::SessionFile,
) -> Vec<(crate::core::validate::Problem, crate::store::locate::Pos)> {
    file.locate(crate::core::validate::placeholders(
        &file.session,
        is_placeholder,
    ))
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

pub static EN: TemplateWords = TemplateWords {
    first_topic: "First topic",
    second_topic: "Second topic",
    success_question: "What are the conditions for success?",
    host_of_group: "Host",
    host: "Host",
    forming_groups: "Forming the groups",
    aims: "Aims and ground rules",
    round: "Round",
    choosing_key_factors: "Choosing the key factors",
    plenary_synthesis: "Plenary synthesis",
    our_project: "Our project",
    swot_question: "Strengths, weaknesses, opportunities and threats of the project",
    briefing: "Briefing",
    swot_inventory: "SWOT inventory",
    topic: "Topic",
    your_question: "Your question here",
    welcome: "Welcome",
    harvest: "Harvest",
};

pub static FR: TemplateWords = TemplateWords {
    first_topic: "Premier thème",
    second_topic: "Second thème",
    success_question: "Quelles sont les conditions de réussite\u{a0}?",
    host_of_group: "Animateur·rice",
    host: "Hôte",
    forming_groups: "Mise en place des groupes",
    aims: "Présentation des objectifs et des modalités",
    round: "Tour",
    choosing_key_factors: "Sélection des facteurs clés",
    plenary_synthesis: "Synthèse en plénière",
    our_project: "Notre projet",
    swot_question: "Atouts, faiblesses, opportunités et risques du projet",
    briefing: "Présentation",
    swot_inventory: "Inventaire AFOR",
    topic: "Thème",
    your_question: "Votre question ici",
    welcome: "Accueil",
    harvest: "Récolte en plénière",
};
