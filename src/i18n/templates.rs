//! The words of the session templates `tablee new` writes: placeholders
//! an organiser replaces (and `check` notices when they are left).

use super::Lang;

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

impl Lang {
    pub fn template(self) -> &'static TemplateWords {
        match self {
            Lang::Fr => &FR,
            Lang::En => &EN,
        }
    }
}
