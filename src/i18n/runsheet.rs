//! The words of the facilitators' run-sheet (`tablee agenda`). One table
//! per language.

#[derive(Debug)]
pub struct RunSheetWords {
    pub title: &'static str,
    pub time: &'static str,
    pub phase: &'static str,
    pub lead: &'static str,
    pub say: &'static str,
    pub materials: &'static str,
    pub seating: &'static str,
    pub total: &'static str,
    /// When the session has no start time: times count from its start.
    pub from_start: &'static str,
    pub minutes: &'static str,
}

pub static EN: RunSheetWords = RunSheetWords {
    title: "Run-sheet",
    time: "Time",
    phase: "Phase",
    lead: "Leads",
    say: "To say and do",
    materials: "Materials",
    seating: "Who sits where",
    total: "In all",
    from_start: "No start time in the session: times count from the start (set start: \"09:30\" to print clock times).",
    minutes: "min",
};

pub static FR: RunSheetWords = RunSheetWords {
    title: "Déroulé",
    time: "Heure",
    phase: "Étape",
    lead: "Anime",
    say: "À dire et à faire",
    materials: "Matériel",
    seating: "Qui s'assoit où",
    total: "En tout",
    from_start: "La séance n'a pas d'heure de début\u{a0}: les heures comptent depuis le début (indiquez start: \"09:30\" pour imprimer des heures).",
    minutes: "min",
};
