//! The words of majority judgment (`tablee judge`): the default scale of
//! grades, the ranking's headings, and what is wrong with a tally. One
//! table per language.

use super::Lang;

#[derive(Debug)]
pub struct JudgeWords {
    pub title: &'static str,
    /// The seven grades of the default scale, best first.
    pub grades: [&'static str; 7],
    pub rank: &'static str,
    pub candidate: &'static str,
    pub majority_grade: &'static str,
    pub profile: &'static str,
    pub candidates: &'static str,
    pub voters: &'static str,
    pub scale: &'static str,
    /// "better than its majority grade" / "worse", after a share.
    pub better: &'static str,
    pub worse: &'static str,
    /// How the ranking is made, in one sentence under the title.
    pub how: &'static str,
    /// The chart of merit profiles: its title and what it shows.
    pub chart_title: &'static str,
    pub chart_desc: &'static str,
}

pub static EN: JudgeWords = JudgeWords {
    title: "Majority judgment",
    grades: [
        "Excellent",
        "Very good",
        "Good",
        "Fairly good",
        "Passable",
        "Insufficient",
        "Reject",
    ],
    rank: "Rank",
    candidate: "Candidate",
    majority_grade: "Majority grade",
    profile: "merit profile",
    candidates: "candidates",
    voters: "voters",
    scale: "scale",
    better: "better",
    worse: "worse",
    chart_title: "Merit profiles",
    chart_desc: "One bar per candidate, in the ranking's order, from the best grade (left) to the worst (right); the dashed line marks the median: the grade under it is the majority grade. The numbers are in the table that follows.",
    how: "Ranked by majority grade (the median grade, the lower one for an even number of voters); equal majority grades are told apart by removing median grades one by one (Balinski & Laraki).",
};

pub static FR: JudgeWords = JudgeWords {
    title: "Jugement majoritaire",
    grades: [
        "Excellent",
        "Très bien",
        "Bien",
        "Assez bien",
        "Passable",
        "Insuffisant",
        "À rejeter",
    ],
    rank: "Rang",
    candidate: "Candidat",
    majority_grade: "Mention majoritaire",
    profile: "profil de mérite",
    candidates: "candidats",
    voters: "votants",
    scale: "échelle",
    better: "au-dessus",
    worse: "en dessous",
    chart_title: "Profils de mérite",
    chart_desc: "Une barre par candidat, dans l'ordre du classement, de la meilleure mention (à gauche) à la pire (à droite)\u{a0}; la ligne pointillée marque la médiane\u{a0}: la mention qu'elle traverse est la mention majoritaire. Les nombres sont dans le tableau qui suit.",
    how: "Classement par mention majoritaire (la mention médiane, la plus basse des deux pour un nombre pair de votants)\u{a0}; à mention égale, les mentions médianes sont retirées une à une (Balinski et Laraki).",
};

pub fn words(lang: Lang) -> &'static JudgeWords {
    match lang {
        Lang::En => &EN,
        Lang::Fr => &FR,
    }
}

/// What `tablee judge` says.
#[derive(Debug, Clone, Copy)]
pub enum Said<'a> {
    /// The tally has no line at all.
    Empty,
    /// The first line names no grade.
    NoGrades,
    /// The first line's grade cells are numbers: it is not a header.
    HeaderIsData { cell: &'a str },
    /// A line the CSV reader could not read (an unclosed quote).
    Unreadable { line: usize },
    /// A line has another number of cells than the header.
    Cells {
        line: usize,
        found: usize,
        wanted: usize,
    },
    /// A count is not a whole number.
    NotACount {
        line: usize,
        grade: &'a str,
        cell: &'a str,
    },
    /// A line with no candidate.
    NoCandidate { line: usize },
    /// The same candidate on two lines.
    Twice {
        line: usize,
        first: usize,
        candidate: &'a str,
    },
    /// No candidate line under the header.
    NoCandidates,
    /// More voters than a tally can hold.
    TooMany { line: usize, max: u64 },
    /// The same grade named twice in the header.
    GradeTwice { grade: &'a str },
    /// A ballot's cell that is no grade of the scale.
    NotAGrade {
        line: usize,
        candidate: &'a str,
        cell: &'a str,
        scale: &'a str,
    },
    /// Ballots: a header and no ballot under it.
    NoBallots,
    /// What to do, after any of the above.
    Fix,
    /// What to do with a file of ballots.
    FixBallots,
    /// What --propose added to the register.
    Proposed {
        added: &'a str,
        n: usize,
        there: usize,
    },
    /// A proposal's description, when the ranking made it.
    Description {
        rank: usize,
        grade: &'a str,
        voters: u64,
    },
    /// "2 blank grades counted as « À rejeter »".
    Blank { n: u64, worst: &'a str },
    /// --record kept the tally in the session.
    Recorded,
}

impl Said<'_> {
    pub fn text(&self, lang: Lang) -> String {
        use Said::*;
        let fr = lang == Lang::Fr;
        match *self {
            Empty if fr => "le décompte est vide".into(),
            Empty => "the tally is empty".into(),
            NoGrades if fr => "la première ligne doit nommer le candidat puis les mentions, de la meilleure à la pire (candidat;Excellent;Très bien;…)".into(),
            NoGrades => "the first line must name the candidate then the grades, best first (candidate,Excellent,Very good,…)".into(),
            HeaderIsData { cell } if fr => format!("la première ligne doit nommer les mentions, pas les compter («\u{a0}{cell}\u{a0}»)"),
            HeaderIsData { cell } => format!("the first line must name the grades, not count them (\"{cell}\")"),
            Unreadable { line } if fr => format!("ligne {line}\u{a0}: illisible (un guillemet non fermé\u{a0}?)"),
            Unreadable { line } => format!("line {line}: unreadable (a quote not closed?)"),
            Cells { line, found, wanted } if fr => format!("ligne {line}\u{a0}: {found} cases, l'en-tête en a {wanted}"),
            Cells { line, found, wanted } => format!("line {line}: {found} cells, the header has {wanted}"),
            NotACount { line, grade, cell } if fr => format!("ligne {line}, colonne «\u{a0}{grade}\u{a0}»\u{a0}: «\u{a0}{cell}\u{a0}» n'est pas un nombre entier de voix"),
            NotACount { line, grade, cell } => format!("line {line}, column \"{grade}\": \"{cell}\" is not a whole number of votes"),
            NoCandidate { line } if fr => format!("ligne {line}\u{a0}: pas de candidat dans la première case"),
            NoCandidate { line } => format!("line {line}: no candidate in the first cell"),
            Twice { line, first, candidate } if fr => format!("ligne {line}\u{a0}: «\u{a0}{candidate}\u{a0}» est déjà à la ligne {first}"),
            Twice { line, first, candidate } => format!("line {line}: \"{candidate}\" is already on line {first}"),
            NoCandidates if fr => "aucun candidat sous l'en-tête".into(),
            NoCandidates => "no candidate under the header".into(),
            TooMany { line, max } if fr => format!("ligne {line}\u{a0}: plus de {max} voix"),
            TooMany { line, max } => format!("line {line}: more than {max} votes"),
            GradeTwice { grade } if fr => format!("la mention «\u{a0}{grade}\u{a0}» est deux fois dans l'en-tête"),
            GradeTwice { grade } => format!("the grade \"{grade}\" is twice in the header"),
            NotAGrade { line, candidate, cell, scale } if fr => format!("ligne {line}, colonne «\u{a0}{candidate}\u{a0}»\u{a0}: «\u{a0}{cell}\u{a0}» n'est pas une mention de l'échelle ({scale}) ni son numéro"),
            NotAGrade { line, candidate, cell, scale } => format!("line {line}, column \"{candidate}\": \"{cell}\" is neither a grade of the scale ({scale}) nor its number"),
            NoBallots if fr => "aucun bulletin sous l'en-tête".into(),
            NoBallots => "no ballot under the header".into(),
            FixBallots if fr => "corrigez le fichier et relancez\u{a0}: une ligne d'en-tête (n'importe quoi, puis les candidats), puis une ligne par bulletin (son numéro, puis la mention donnée à chaque candidat, ou son numéro à partir de 1 pour la meilleure\u{a0}; vide\u{a0}: sans mention)\u{a0}; --grades donne une autre échelle".into(),
            FixBallots => "fix the file and run again: one header line (anything, then the candidates), then one line per ballot (its label, then the grade it gives each candidate, or the grade's number from 1 for the best; empty: blank); --grades gives another scale".into(),
            Fix if fr => "corrigez le fichier et relancez\u{a0}: une ligne d'en-tête (candidat puis les mentions, de la meilleure à la pire), puis une ligne par candidat (son texte ou son identifiant, puis le nombre de voix pour chaque mention)".into(),
            Fix => "fix the file and run again: one header line (candidate, then the grades, best first), then one line per candidate (its text or id, then the number of votes for each grade)".into(),
            Proposed { added, n, there } if fr => {
                let mut s = match n {
                    0 => "aucune proposition ajoutée au registre".to_string(),
                    1 => format!("1 proposition ajoutée au registre\u{a0}: {added}"),
                    n => format!("{n} propositions ajoutées au registre\u{a0}: {added}"),
                };
                if there > 0 {
                    s.push_str(&format!(" ({there} y étai{} déjà)", if there > 1 { "ent" } else { "t" }));
                }
                s
            }
            Proposed { added, n, there } => {
                let mut s = match n {
                    0 => "no proposal added to the register".to_string(),
                    1 => format!("1 proposal added to the register: {added}"),
                    n => format!("{n} proposals added to the register: {added}"),
                };
                if there > 0 {
                    s.push_str(&format!(" ({there} already there)"));
                }
                s
            }
            Description { rank, grade, voters } if fr => format!("Jugement majoritaire\u{a0}: rang {rank}, mention «\u{a0}{grade}\u{a0}» ({voters} votants)"),
            Description { rank, grade, voters } => format!("Majority judgment: rank {rank}, majority grade \"{grade}\" ({voters} voters)"),
            Blank { n, worst } if fr => format!("{n} sans mention, comptée{} «\u{a0}{worst}\u{a0}»", if n > 1 { "s" } else { "" }),
            Blank { n, worst } => format!("{n} blank, counted as \"{worst}\""),
            Recorded if fr => "décompte gardé dans la séance\u{a0}: sa synthèse imprime le classement (tablee synth)".into(),
            Recorded => "tally kept in the session: its synthesis prints the ranking (tablee synth)".into(),
        }
    }
}
