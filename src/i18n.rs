//! French and English strings, as a typed table.
//!
//! Every user-facing string lives in [`Strings`]; there is one `static` per
//! language, so a missing translation is a compile error. Messages that take
//! parameters are rendered by exhaustive `match`es on [`Lang`] next to the
//! type they describe (see `core::validate::Problem::message`).

use serde::{Deserialize, Serialize};

/// A language tablee speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Fr,
    #[default]
    En,
}

impl Lang {
    /// All languages, for tests and help listings.
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// The table of strings for this language.
    pub fn s(self) -> &'static Strings {
        match self {
            Lang::Fr => &FR,
            Lang::En => &EN,
        }
    }

    /// Picks between an English and a French text.
    pub fn pick<T>(self, en: T, fr: T) -> T {
        match self {
            Lang::Fr => fr,
            Lang::En => en,
        }
    }

    /// Parses `fr`, `en`, `fr_FR.UTF-8`, `en-GB`, `French`… (case-insensitive).
    pub fn parse(s: &str) -> Option<Lang> {
        let lower = s.trim().to_ascii_lowercase();
        if lower.starts_with("fr") {
            Some(Lang::Fr)
        } else if lower.starts_with("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The language from the environment: `LC_ALL`, then `LC_MESSAGES`, then
    /// `LANG` (the POSIX order); English when none names French or English.
    pub fn from_env() -> Lang {
        Self::from_env_values(|k| std::env::var(k).ok())
    }

    /// [`Lang::from_env`] over any source of variables (testable).
    pub fn from_env_values(get: impl Fn(&str) -> Option<String>) -> Lang {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Some(v) = get(key).filter(|v| !v.is_empty()) {
                // The first variable that is set decides, as in POSIX.
                return Lang::parse(&v).unwrap_or(Lang::En);
            }
        }
        Lang::En
    }

    /// The colon between a label and its value: "Tables: A" in English,
    /// "Tables : A" in French (espace avant les deux-points).
    pub fn colon(self) -> &'static str {
        self.pick(": ", " : ")
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }
}

/// One quadrant's words.
#[derive(Debug)]
pub struct QuadrantWords {
    /// "Atouts", "Strengths".
    pub name: &'static str,
    /// "à valoriser ou exploiter".
    pub hint: &'static str,
    /// The key-factor question (seed 002 §3.2).
    pub question: &'static str,
    /// "principal levier", "main lever".
    pub key_factor: &'static str,
    /// What the plenary does about it: "renforcer", "strengthen".
    pub action: &'static str,
}

/// Every fixed string tablee shows. One value per language below.
#[derive(Debug)]
pub struct Strings {
    /// S, W, O, T in that order.
    pub quadrants: [QuadrantWords; 4],
    pub internal: &'static str,
    pub external: &'static str,
    pub favourable: &'static str,
    pub unfavourable: &'static str,
    /// Phase kinds, in `PhaseKind::ALL` order.
    pub phase_kinds: [&'static str; 7],
    pub round: &'static str,
    pub rounds: &'static str,
    pub topics: &'static str,
    pub table: &'static str,
    pub host: &'static str,
    pub topic: &'static str,
    pub group: &'static str,
    pub groups: &'static str,
    pub participants: &'static str,
    pub tables: &'static str,
    pub minutes_short: &'static str,
    pub rotation: &'static str,
    pub itineraries: &'static str,
    /// Heading of the cards to cut out, one per participant.
    pub cards: &'static str,
    /// A round someone is not there for.
    pub absent: &'static str,
    pub notes: &'static str,
    pub post_its: &'static str,
    pub error: &'static str,
    pub warning: &'static str,
    pub no_sessions: &'static str,
    pub date: &'static str,
    pub title: &'static str,
    pub path: &'static str,
    pub all_good: &'static str,
    pub demo_intro: &'static str,
    /// Said after a problem that stops a file from loading.
    pub fix_hint: &'static str,
    pub tui: TuiWords,
    pub synth: SynthWords,
}

/// Words of the printed synthesis.
#[derive(Debug)]
pub struct SynthWords {
    pub synthesis: &'static str,
    pub agenda: &'static str,
    pub phase: &'static str,
    pub planned: &'static str,
    pub actual: &'static str,
    pub vote: &'static str,
    pub votes: &'static str,
    pub actions: &'static str,
    pub key_factors: &'static str,
    pub chosen: &'static str,
    /// Said of a key factor nobody picked: the vote leaders stand in.
    pub by_votes: &'static str,
    pub not_chosen: &'static str,
    pub nothing: &'static str,
    pub no_actions: &'static str,
    /// "said 3 times".
    pub similar: &'static str,
    pub sessions: &'static str,
    /// Legend of "A · R1 · G2".
    pub source_legend: &'static str,
    /// Short round and group letters used in sources.
    pub round_letter: &'static str,
    pub group_letter: &'static str,
    pub favourable_side: &'static str,
    pub unfavourable_side: &'static str,
    pub page: &'static str,
    pub unknown_table: &'static str,
}

/// Words of the terminal screens.
#[derive(Debug)]
pub struct TuiWords {
    pub phase: &'static str,
    pub ready: &'static str,
    pub running: &'static str,
    pub paused: &'static str,
    pub soon: &'static str,
    pub time_up: &'static str,
    pub overtime: &'static str,
    pub muted: &'static str,
    pub agenda: &'static str,
    pub planned: &'static str,
    pub actual: &'static str,
    pub projected_end: &'static str,
    pub now_seated: &'static str,
    pub next_moves: &'static str,
    pub no_rotation: &'static str,
    pub stays: &'static str,
    /// "Find" prompt over the individual seating.
    pub find: &'static str,
    pub page: &'static str,
    /// Hint on the individual seating: Tab pages, / finds.
    pub board_keys: &'static str,
    pub nobody_found: &'static str,
    pub people_short: &'static str,
    pub enlarge: &'static str,
    pub quit_running: &'static str,
    pub footer: &'static str,
    pub help_title: &'static str,
    /// (keys, what they do)
    pub help: [(&'static str, &'static str); 12],
    pub clock_not_saved: &'static str,
    pub last_phase: &'static str,
}

pub static EN: Strings = Strings {
    quadrants: [
        QuadrantWords {
            name: "Strengths",
            hint: "to build on",
            question: "Which levers should we strengthen?",
            key_factor: "main lever",
            action: "How to strengthen the main lever",
        },
        QuadrantWords {
            name: "Weaknesses",
            hint: "to improve",
            question: "Which brakes must we overcome?",
            key_factor: "main brake",
            action: "How to overcome the main brake",
        },
        QuadrantWords {
            name: "Opportunities",
            hint: "to seize",
            question: "Which opportunities should we take advantage of?",
            key_factor: "biggest opportunity",
            action: "How to exploit the biggest opportunity",
        },
        QuadrantWords {
            name: "Threats",
            hint: "to watch or anticipate",
            question: "Which risks must we prevent or mitigate?",
            key_factor: "most critical risk",
            action: "How to prevent or mitigate the most critical risk",
        },
    ],
    internal: "Internal (within our control)",
    external: "External (beyond our control)",
    favourable: "Favourable",
    unfavourable: "Unfavourable",
    phase_kinds: [
        "Set-up",
        "Briefing",
        "Round",
        "Key factors",
        "Plenary",
        "Break",
        "Free",
    ],
    round: "Round",
    rounds: "rounds",
    topics: "Topics",
    table: "Table",
    host: "Host",
    topic: "Topic",
    group: "Group",
    groups: "Groups",
    participants: "Participants",
    tables: "Tables",
    minutes_short: "min",
    rotation: "Rotation",
    itineraries: "Itineraries",
    cards: "One card per person: cut along the dotted lines",
    absent: "not there",
    notes: "Notes",
    post_its: "Post-its",
    error: "error",
    warning: "warning",
    no_sessions: "No sessions yet. Create one with: tablee new \"My workshop\"",
    date: "Date",
    title: "Title",
    path: "Path",
    all_good: "all good",
    demo_intro: "tablee runs World Café and SWOT workshops from the terminal.",
    fix_hint: "fix the file or run 'tablee check' for details",
    tui: TuiWords {
        phase: "Phase",
        ready: "READY — space to start",
        running: "RUNNING",
        paused: "PAUSED",
        soon: "ENDING SOON",
        time_up: "TIME UP",
        overtime: "OVERTIME",
        muted: "alert muted",
        agenda: "Agenda",
        planned: "planned",
        actual: "actual",
        projected_end: "Projected end",
        now_seated: "Now",
        next_moves: "Next round",
        no_rotation: "No rotation for this phase",
        stays: "stays",
        find: "Find",
        page: "page",
        board_keys: "Tab: page · /: find a name",
        nobody_found: "No name matches",
        people_short: "p.",
        enlarge: "Enlarge the window",
        quit_running: "A round is running. Quit? y / n (the clock keeps running)",
        footer: "space start/pause · +/- minute · n next · b back · m mute · p projector · ? help · q quit",
        help_title: "Keys",
        help: [
            ("space", "start, pause or resume the clock"),
            ("+  -", "add or remove one minute"),
            ("n", "next phase (starts at once if the clock runs)"),
            ("b", "back to the previous phase"),
            ("m", "mute or unmute the alert"),
            ("p", "projector view: clock and who goes where, very large"),
            ("Tab  /", "individual seating: next page, find a name"),
            ("?", "this help"),
            (
                "Esc",
                "close this help, clear the search, or leave the projector view",
            ),
            ("q", "quit (asks first while a round runs)"),
            ("Ctrl-C", "quit at once; the clock is saved"),
            ("", "The clock keeps running while tablee is closed."),
        ],
        clock_not_saved: "CLOCK NOT SAVED",
        last_phase: "This is the last phase",
    },
    synth: SynthWords {
        synthesis: "Synthesis",
        agenda: "Agenda",
        phase: "Phase",
        planned: "planned",
        actual: "actual",
        vote: "vote",
        votes: "votes",
        actions: "Actions",
        key_factors: "Key factors",
        chosen: "chosen by the room",
        by_votes: "not chosen yet; most votes",
        not_chosen: "not chosen, no votes yet",
        nothing: "no post-it",
        no_actions: "no action recorded",
        similar: "similar to",
        sessions: "Sessions",
        source_legend: "Where: table · R round · G group",
        round_letter: "R",
        group_letter: "G",
        favourable_side: "Favourable side",
        unfavourable_side: "Unfavourable side",
        page: "page",
        unknown_table: "Tables not in the session",
    },
};

pub static FR: Strings = Strings {
    quadrants: [
        QuadrantWords {
            name: "Atouts",
            hint: "à valoriser ou exploiter",
            question: "Quels sont les leviers à renforcer ?",
            key_factor: "principal levier",
            action: "Comment renforcer le principal levier",
        },
        QuadrantWords {
            name: "Faiblesses",
            hint: "à améliorer",
            question: "Quels sont les freins à surmonter ?",
            key_factor: "principal frein",
            action: "Comment surmonter le principal frein",
        },
        QuadrantWords {
            name: "Opportunités",
            hint: "à saisir",
            question: "Quelles sont les opportunités dont il faut tirer parti ?",
            key_factor: "plus grande opportunité",
            action: "Comment exploiter la plus grande opportunité",
        },
        QuadrantWords {
            name: "Risques",
            hint: "à surveiller ou anticiper",
            question: "Quels sont les risques à prévenir ou atténuer ?",
            key_factor: "risque le plus critique",
            action: "Comment prévenir ou atténuer le risque le plus critique",
        },
    ],
    internal: "Interne (compétence ou pilotage municipal)",
    external: "Externe (non maîtrisable a priori)",
    favourable: "Positif (éléments favorables)",
    unfavourable: "Négatif (éléments défavorables)",
    phase_kinds: [
        "Mise en place",
        "Présentation",
        "Tour",
        "Facteurs clés",
        "Plénière",
        "Pause",
        "Libre",
    ],
    round: "Tour",
    rounds: "tours",
    topics: "Thèmes",
    table: "Table",
    host: "Animateur·rice",
    topic: "Thème",
    group: "Groupe",
    groups: "Groupes",
    participants: "Participant·es",
    tables: "Tables",
    minutes_short: "min",
    rotation: "Rotation",
    itineraries: "Parcours",
    cards: "Une carte par personne : découpez le long des pointillés",
    absent: "absent·e",
    notes: "Notes",
    post_its: "Post-its",
    error: "erreur",
    warning: "attention",
    no_sessions: "Aucune session pour l'instant. Créez-en une : tablee new \"Mon atelier\"",
    date: "Date",
    title: "Titre",
    path: "Chemin",
    all_good: "tout est bon",
    demo_intro: "tablee anime des ateliers World Café et SWOT depuis le terminal.",
    fix_hint: "corrigez le fichier ou lancez 'tablee check' pour le détail",
    tui: TuiWords {
        phase: "Phase",
        ready: "PRÊT — espace pour démarrer",
        running: "EN COURS",
        paused: "EN PAUSE",
        soon: "BIENTÔT FINI",
        time_up: "TEMPS ÉCOULÉ",
        overtime: "DÉPASSEMENT",
        muted: "alerte coupée",
        agenda: "Ordre du jour",
        planned: "prévu",
        actual: "réel",
        projected_end: "Fin prévue",
        now_seated: "Maintenant",
        next_moves: "Tour suivant",
        no_rotation: "Pas de rotation pendant cette phase",
        stays: "reste",
        find: "Chercher",
        page: "page",
        board_keys: "Tab : page · / : chercher un nom",
        nobody_found: "Aucun nom ne correspond",
        people_short: "pers.",
        enlarge: "Agrandissez la fenêtre",
        quit_running: "Un tour est en cours. Quitter ? o / n (l'horloge continue)",
        footer: "espace départ/pause · +/- minute · n suivante · b précédente · m son · p projecteur · ? aide · q quitter",
        help_title: "Touches",
        help: [
            ("espace", "démarrer, mettre en pause ou reprendre l'horloge"),
            ("+  -", "ajouter ou retirer une minute"),
            ("n", "phase suivante (démarre aussitôt si l'horloge tourne)"),
            ("b", "revenir à la phase précédente"),
            ("m", "couper ou remettre l'alerte sonore"),
            ("p", "vue projecteur : horloge et qui va où, en très grand"),
            (
                "Tab  /",
                "placement individuel : page suivante, chercher un nom",
            ),
            ("?", "cette aide"),
            (
                "Échap",
                "fermer l'aide, effacer la recherche, ou quitter la vue projecteur",
            ),
            ("q", "quitter (demande confirmation pendant un tour)"),
            (
                "Ctrl-C",
                "quitter tout de suite ; l'horloge est enregistrée",
            ),
            ("", "L'horloge continue de tourner quand tablee est fermé."),
        ],
        clock_not_saved: "HORLOGE NON ENREGISTRÉE",
        last_phase: "C'est la dernière phase",
    },
    synth: SynthWords {
        synthesis: "Synthèse",
        agenda: "Déroulé",
        phase: "Phase",
        planned: "prévu",
        actual: "réel",
        vote: "vote",
        votes: "votes",
        actions: "Actions",
        key_factors: "Facteurs clés",
        chosen: "choisi par la salle",
        by_votes: "pas encore choisi ; le plus de votes",
        not_chosen: "non choisi, aucun vote",
        nothing: "aucun post-it",
        no_actions: "aucune action notée",
        similar: "proche de",
        sessions: "Sessions",
        source_legend: "Où : table · T tour · G groupe",
        round_letter: "T",
        group_letter: "G",
        favourable_side: "Côté favorable",
        unfavourable_side: "Côté défavorable",
        page: "page",
        unknown_table: "Tables absentes de la session",
    },
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn env_order_is_posix() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(key, _)| *key == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(Lang::from_env_values(env(&[])), Lang::En);
        assert_eq!(
            Lang::from_env_values(env(&[("LANG", "fr_FR.UTF-8")])),
            Lang::Fr
        );
        assert_eq!(
            Lang::from_env_values(env(&[("LC_ALL", "en_GB.UTF-8"), ("LANG", "fr_FR.UTF-8")])),
            Lang::En
        );
        assert_eq!(
            Lang::from_env_values(env(&[("LANG", "de_DE.UTF-8")])),
            Lang::En
        );
        assert_eq!(
            Lang::from_env_values(env(&[("LC_ALL", ""), ("LANG", "fr")])),
            Lang::Fr
        );
    }

    #[test]
    fn every_language_has_distinct_quadrant_names() {
        for lang in Lang::ALL {
            let names: std::collections::HashSet<_> =
                lang.s().quadrants.iter().map(|q| q.name).collect();
            assert_eq!(names.len(), 4, "{lang:?}");
        }
    }
}
