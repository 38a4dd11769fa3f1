//! The words of the council's register (`tablee people`) and of the
//! check-in at the door (`tablee here`).

use crate::i18n::{Lang, Words};

/// The register's spreadsheet columns, in the order written.
pub fn columns(lang: Lang) -> [&'static str; 7] {
    lang.pick(
        [
            "name",
            "role",
            "organisation",
            "place",
            "languages",
            "needs",
            "contact",
        ],
        [
            "nom",
            "rôle",
            "structure",
            "quartier",
            "langues",
            "besoins",
            "contact",
        ],
    )
}

/// The comment lines at the top of `people.ron`.
pub fn file_header(lang: Lang) -> &'static str {
    lang.pick(
        "// The council's register: the people it invites (tablee people).\n// Journals never hold a name, only these ids.\n",
        "// Le registre du conseil : les personnes qu'il invite (tablee people).\n// Les journaux ne gardent jamais un nom, seulement ces identifiants.\n",
    )
}

/// What `tablee people` and `tablee here` say.
#[derive(Debug, Clone, Copy)]
pub enum Said<'a> {
    Empty,
    Count {
        n: usize,
    },
    Added {
        name: &'a str,
    },
    Edited {
        name: &'a str,
    },
    /// Sessions that still seat a forgotten person by name.
    StillSeated {
        name: &'a str,
        sessions: &'a str,
    },
    /// Documents exported before (cards, syntheses with --names) that
    /// still hold a forgotten person's name: tablee never deletes them.
    StillInExports {
        name: &'a str,
        files: &'a str,
    },
    /// A new name someone else already has.
    NameTaken {
        name: &'a str,
    },
    Twice {
        name: &'a str,
    },
    EmptyName,
    Imported {
        added: usize,
        kept: usize,
    },
    NoNameColumn,
    EmptyNameAt {
        line: usize,
    },
    TwiceAt {
        line: usize,
        name: &'a str,
        first: usize,
    },
    Unreadable {
        reason: &'a str,
    },
    NothingImported,
    NotInRegister {
        name: &'a str,
    },
    WhichOne {
        name: &'a str,
        them: &'a str,
    },
    Forgot {
        name: &'a str,
    },
    NothingWritten,
    /// « Ici : 29 (27 des 30 invité·es, 2 sans invitation) · jauge 30 ».
    Here {
        here: usize,
        invited_here: usize,
        invited: usize,
        walk_ins: usize,
    },
    Capacity {
        capacity: u32,
    },
    OverCapacity {
        capacity: u32,
    },
    HereList,
    Expected,
    Invited {
        n: usize,
        capacity: Option<u32>,
    },
    /// `mix --here` with nobody ticked in at the door.
    NobodyHere,
    /// Late arrivals could not be seated without moving anyone.
    NoPlan,
    /// Late arrivals seated, nobody moved: how many are seated.
    LateSeated {
        people: usize,
        from_round: usize,
    },
    /// `mix --here`: who is seated, and from which round.
    Reseated {
        people: usize,
        from_round: usize,
    },
    /// Someone ticked in has a need to see to: « ♿ Sophie Martin : fauteuil ».
    Needs {
        name: &'a str,
        needs: &'a str,
    },
}

impl Said<'_> {
    pub fn text(&self, lang: Lang) -> String {
        use Said::*;
        let t = match (*self, lang) {
            (Empty, Lang::En) => {
                "The register is empty: tablee people add NAME, or tablee people import FILE.csv"
                    .to_string()
            }
            (Empty, Lang::Fr) => {
                "Le registre est vide : tablee people add NOM, ou tablee people import FICHIER.csv"
                    .to_string()
            }
            (Count { n }, Lang::En) => format!("{n} in the register"),
            (Count { n }, Lang::Fr) => format!("{n} dans le registre"),
            (Added { name }, Lang::En) => format!("Added to the register: {name}"),
            (Added { name }, Lang::Fr) => format!("Ajouté·e au registre : {name}"),
            (StillSeated { name, sessions }, Lang::En) => format!("⚠ {name} is still seated by name in: {sessions} — seating by name is kept in those sessions' journals (docs/people.md); remove them from the participants on the set-up screen"),
            (StillSeated { name, sessions }, Lang::Fr) => format!("⚠ {name} est encore placé·e par son nom dans : {sessions} — le placement par nom reste dans les journaux de ces séances (docs/people.md) ; retirez la personne des participant·es dans l'écran de préparation"),
            (StillInExports { name, files }, Lang::En) => format!("⚠ {name} is still named in documents exported before: {files} — tablee never deletes a file: delete or export them again"),
            (StillInExports { name, files }, Lang::Fr) => format!("⚠ {name} est encore nommé·e dans des documents exportés avant : {files} — tablee ne supprime jamais un fichier : supprimez-les ou exportez-les à nouveau"),
            (NameTaken { name }, Lang::En) => {
                format!("{name} is already in the register: nothing changed")
            }
            (NameTaken { name }, Lang::Fr) => {
                format!("{name} est déjà dans le registre : rien n'est changé")
            }
            (Edited { name }, Lang::En) => format!("Changed in the register: {name}"),
            (Edited { name }, Lang::Fr) => format!("Modifié·e dans le registre : {name}"),
            (Twice { name }, Lang::En) => {
                format!("{name} is already in the register: nothing added")
            }
            (Twice { name }, Lang::Fr) => {
                format!("{name} est déjà dans le registre : rien n'est ajouté")
            }
            (EmptyName, Lang::En) => "a person needs a name: nothing added".to_string(),
            (EmptyName, Lang::Fr) => {
                "une personne a besoin d'un nom : rien n'est ajouté".to_string()
            }
            (Imported { added, kept }, Lang::En) => {
                format!("{added} added to the register, {kept} already there left as they were")
            }
            (Imported { added, kept }, Lang::Fr) => {
                format!("{added} ajouté·es au registre, {kept} déjà là laissé·es telles quelles")
            }
            (NoNameColumn, Lang::En) => "line 1: no name column (name or nom)".to_string(),
            (NoNameColumn, Lang::Fr) => "ligne 1 : pas de colonne de nom (nom ou name)".to_string(),
            (EmptyNameAt { line }, Lang::En) => format!("line {line}: no name"),
            (EmptyNameAt { line }, Lang::Fr) => format!("ligne {line} : pas de nom"),
            (TwiceAt { line, name, first }, Lang::En) => {
                format!("line {line}: {name} is already on line {first}")
            }
            (TwiceAt { line, name, first }, Lang::Fr) => {
                format!("ligne {line} : {name} est déjà à la ligne {first}")
            }
            (Unreadable { reason }, Lang::En) => format!("the file cannot be read: {reason}"),
            (Unreadable { reason }, Lang::Fr) => {
                format!("le fichier ne peut pas être lu : {reason}")
            }
            (NothingImported, Lang::En) => {
                "Nothing was imported: fix the file and import it again.".to_string()
            }
            (NothingImported, Lang::Fr) => {
                "Rien n'a été importé : corrigez le fichier et importez-le de nouveau.".to_string()
            }
            (NotInRegister { name }, Lang::En) => {
                format!("{name} is not in the register: tick them in with --walk-in \"{name}\"")
            }
            (NotInRegister { name }, Lang::Fr) => format!(
                "{name} n'est pas dans le registre : accueillez la personne avec --walk-in \"{name}\""
            ),
            (WhichOne { name, them }, Lang::En) => {
                format!("{name} could be {them}: type more of the name")
            }
            (WhichOne { name, them }, Lang::Fr) => {
                format!("{name} peut être {them} : tapez davantage du nom")
            }
            (Forgot { name }, Lang::En) => format!(
                "{name} is removed from the register; the journals never held the name, only an id that now names no one"
            ),
            (Forgot { name }, Lang::Fr) => format!(
                "{name} est retiré·e du registre ; les journaux n'ont jamais gardé le nom, seulement un identifiant qui ne nomme plus personne"
            ),
            (NothingWritten, Lang::En) => "Nothing was written.".to_string(),
            (NothingWritten, Lang::Fr) => "Rien n'a été écrit.".to_string(),
            (
                Here {
                    here,
                    invited_here,
                    invited,
                    walk_ins,
                },
                Lang::En,
            ) => {
                if invited > 0 {
                    format!(
                        "Here: {here} ({invited_here} of the {invited} invited, {walk_ins} without an invitation)"
                    )
                } else {
                    format!("Here: {here}")
                }
            }
            (
                Here {
                    here,
                    invited_here,
                    invited,
                    walk_ins,
                },
                Lang::Fr,
            ) => {
                if invited > 0 {
                    format!(
                        "Présent·es : {here} ({invited_here} des {invited} invité·es, {walk_ins} sans invitation)"
                    )
                } else {
                    format!("Présent·es : {here}")
                }
            }
            (Capacity { capacity }, Lang::En) => format!("room for {capacity}"),
            (Capacity { capacity }, Lang::Fr) => format!("jauge {capacity}"),
            (OverCapacity { capacity }, Lang::En) => {
                format!("⚠ more than the room's {capacity} places")
            }
            (OverCapacity { capacity }, Lang::Fr) => {
                format!("⚠ au-delà de la jauge de {capacity} places")
            }
            (Invited { n, capacity: None }, Lang::En) => format!("{n} invited"),
            (Invited { n, capacity: None }, Lang::Fr) => format!("{n} invité·es"),
            (
                Invited {
                    n,
                    capacity: Some(c),
                },
                Lang::En,
            ) => format!("{n} invited, room for {c}"),
            (
                Invited {
                    n,
                    capacity: Some(c),
                },
                Lang::Fr,
            ) => format!("{n} invité·es, jauge {c}"),
            (NoPlan, Lang::En) => "the late arrivals cannot be seated without moving anyone: plan the rounds to come again (tablee mix SESSION --here --replan)".to_string(),
            (NoPlan, Lang::Fr) => "les retardataires ne peuvent être placé·es sans déplacer personne : replanifiez les tours à venir (tablee mix SÉANCE --here --replan)".to_string(),
            (LateSeated { people, from_round }, Lang::En) => format!("Late arrivals seated from round {from_round}, nobody moved: {people} people"),
            (LateSeated { people, from_round }, Lang::Fr) => format!("Retardataires placé·es à partir du tour {from_round}, personne n'est déplacé : {people} personnes"),
            (NobodyHere, Lang::En) => {
                "nobody is ticked in at the door yet (tablee here): nothing planned".to_string()
            }
            (NobodyHere, Lang::Fr) => {
                "personne n'est encore coché à l'accueil (tablee here) : rien n'est planifié"
                    .to_string()
            }
            (
                Reseated {
                    people,
                    from_round: 1,
                },
                Lang::En,
            ) => format!("Seated with who is here: {people} people, every round"),
            (
                Reseated {
                    people,
                    from_round: 1,
                },
                Lang::Fr,
            ) => format!("Placé avec qui est là : {people} personnes, tous les tours"),
            (Reseated { people, from_round }, Lang::En) => format!(
                "Seated with who is here: {people} people from round {from_round} (the rounds before it as played)"
            ),
            (Reseated { people, from_round }, Lang::Fr) => format!(
                "Placé avec qui est là : {people} personnes à partir du tour {from_round} (les tours d'avant tels que joués)"
            ),
            (Needs { name, needs }, Lang::En) => format!("♿ {name}: {needs}"),
            (Needs { name, needs }, Lang::Fr) => format!("♿ {name} : {needs}"),
            (HereList, Lang::En) => "Here:".to_string(),
            (HereList, Lang::Fr) => "Présent·es :".to_string(),
            (Expected, Lang::En) => "Invited, not here yet:".to_string(),
            (Expected, Lang::Fr) => "Invité·es, pas encore là :".to_string(),
        };
        lang.typeset(t)
    }
}

/// The words of the attendance section of a synthesis.
#[derive(Debug)]
pub struct AttendanceWords {
    pub heading: &'static str,
    pub session: &'static str,
    pub invited: &'static str,
    pub came: &'static str,
    pub of_invited: &'static str,
    pub first_time: &'static str,
    pub capacity: &'static str,
    pub role: &'static str,
    pub organisation: &'static str,
    pub place: &'static str,
    /// People the register says nothing of in that column, or no longer
    /// in the register.
    pub no_value: &'static str,
    /// Distinct people who came at least once.
    pub people: &'static str,
    /// « venu·es / invité·es » in a cell.
    pub came_of_invited: &'static str,
    pub counts_only: &'static str,
    /// The list of who came, by name (`--names`): its caption, its first
    /// column, the mark of a session attended, and what the document says
    /// of it.
    pub who_came: &'static str,
    pub name: &'static str,
    pub was_there: &'static str,
    pub named: &'static str,
}

pub static ATTENDANCE_EN: AttendanceWords = AttendanceWords {
    heading: "Attendance",
    session: "Session",
    invited: "Invited",
    came: "Came",
    of_invited: "of them invited",
    first_time: "First time",
    capacity: "Capacity",
    role: "Role",
    organisation: "Organisation",
    place: "Neighbourhood or commune",
    no_value: "Not given",
    people: "Different people",
    came_of_invited: "came / invited",
    counts_only: "Counts only, from the register and the check-ins at the door: no one is named (--names lists who came, for the council's own records).",
    who_came: "Who came",
    name: "Name",
    was_there: "✓",
    named: "From the register and the check-ins at the door. Who came is listed by name, as the organiser asked (--names): a document for the council, not for publication.",
};

pub static ATTENDANCE_FR: AttendanceWords = AttendanceWords {
    heading: "Présences",
    session: "Séance",
    invited: "Invité·es",
    came: "Venu·es",
    of_invited: "dont invité·es",
    first_time: "Première fois",
    capacity: "Jauge",
    role: "Rôle",
    organisation: "Structure",
    place: "Quartier ou commune",
    no_value: "Non indiqué",
    people: "Personnes différentes",
    came_of_invited: "venu·es / invité·es",
    counts_only: "Des nombres seulement, d'après le registre et l'accueil\u{a0}: personne n'est nommé (--names donne la liste des présent·es, pour les archives du conseil).",
    who_came: "Présent·es",
    name: "Nom",
    was_there: "✓",
    named: "D'après le registre et l'accueil. Les présent·es sont nommé·es, à la demande de l'organisateur (--names)\u{a0}: un document pour le conseil, pas à publier.",
};

pub fn attendance_words(lang: Lang) -> &'static AttendanceWords {
    lang.pick(&ATTENDANCE_EN, &ATTENDANCE_FR)
}

/// Over the year: « 6 personnes différentes, 2 revenues au moins une
/// fois, 1 invitée jamais venue ».
pub fn year_line(people: usize, returning: usize, never: usize, lang: Lang) -> String {
    let t = match lang {
        Lang::En => format!(
            "Over these sessions: {people} different {}, {returning} came back at least once, {never} invited and never came",
            if people == 1 { "person" } else { "people" }
        ),
        Lang::Fr => format!(
            "Sur ces séances : {people} {} différente{}, {returning} revenue{} au moins une fois, {never} invitée{} jamais venue{}",
            if people <= 1 { "personne" } else { "personnes" },
            if people <= 1 { "" } else { "s" },
            if returning <= 1 { "" } else { "s" },
            if never <= 1 { "" } else { "s" },
            if never <= 1 { "" } else { "s" },
        ),
    };
    lang.typeset(t)
}

/// The words of the door's screen.
#[derive(Debug)]
pub struct DoorWords {
    pub title: &'static str,
    /// Said after a walk-in's name.
    pub walk_in: &'static str,
    /// The register could not be read: nobody is added to it.
    pub unreadable: &'static str,
    /// The input's title.
    pub name: &'static str,
    /// Nobody in the list: Enter welcomes the name typed.
    pub nobody: &'static str,
    /// The register is empty.
    pub empty: &'static str,
    /// Marks someone not invited.
    pub not_invited: &'static str,
    /// While the room is seated again.
    pub seating: &'static str,
}

pub static DOOR_EN: DoorWords = DoorWords {
    title: "Door",
    walk_in: "welcomed without an invitation, added to the register",
    unreadable: "the register cannot be read (see the banner): nobody can be added to it",
    name: "Name (Enter ticks in)",
    nobody: "Nobody of that name: Enter welcomes them without an invitation",
    empty: "The register is empty: type a name and Enter to welcome someone, or import the council's people (tablee people import)",
    not_invited: "not invited",
    seating: "Seating who is here…",
};

pub static DOOR_FR: DoorWords = DoorWords {
    title: "Accueil",
    walk_in: "accueilli·e sans invitation, ajouté·e au registre",
    unreadable: "le registre ne peut pas être lu (voir le bandeau)\u{a0}: personne ne peut y être ajouté",
    name: "Nom (Entrée coche)",
    nobody: "Personne de ce nom\u{a0}: Entrée l'accueille sans invitation",
    empty: "Le registre est vide\u{a0}: tapez un nom puis Entrée pour accueillir quelqu'un, ou importez les personnes du conseil (tablee people import)",
    not_invited: "sans invitation",
    seating: "Placement de qui est là…",
};

pub fn door_words(lang: Lang) -> &'static DoorWords {
    lang.pick(&DOOR_EN, &DOOR_FR)
}

/// « Présent·es : 29 (27 des 30 invité·es, 2 sans invitation) · jauge 30 ».
pub fn summary(session: &crate::core::model::Session, here: &[uuid::Uuid], lang: Lang) -> String {
    let invited_here = here
        .iter()
        .filter(|id| session.invited.contains(id))
        .count();
    let mut parts = vec![
        Said::Here {
            here: here.len(),
            invited_here,
            invited: session.invited.len(),
            walk_ins: here.len() - invited_here,
        }
        .text(lang),
    ];
    if let Some(c) = session.capacity {
        parts.push(if here.len() > c as usize {
            Said::OverCapacity { capacity: c }.text(lang)
        } else {
            Said::Capacity { capacity: c }.text(lang)
        });
    }
    parts.join(" · ")
}

/// How a seat naming no one is shown (followed by a number): someone
/// forgotten, someone ticked in on another laptop whose register entry
/// has not arrived here yet.
pub fn nobody(lang: Lang) -> crate::core::seats::Nobody<'static> {
    lang.pick(
        crate::core::seats::Nobody {
            forgotten: "Forgotten person",
            unknown: "Not in this register yet",
        },
        crate::core::seats::Nobody {
            forgotten: "Personne oubliée",
            unknown: "Pas encore dans ce registre",
        },
    )
}

/// `session` as people read it: names from the register in its seats
/// (see [`crate::core::seats::as_shown`]).
pub fn shown(
    session: &crate::core::model::Session,
    register: &crate::core::register::Register,
    lang: Lang,
) -> crate::core::model::Session {
    crate::core::seats::as_shown(session, register, nobody(lang))
}

/// One seat's name as shown.
pub fn seat_name(register: &crate::core::register::Register, seat: &str, lang: Lang) -> String {
    use crate::core::seats::Shown;
    match crate::core::seats::shown(register, seat) {
        Shown::Name(n) => n.to_string(),
        Shown::Forgotten => nobody(lang).forgotten.to_string(),
        Shown::Unknown => nobody(lang).unknown.to_string(),
    }
}
