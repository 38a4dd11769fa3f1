//! French and English strings, as a typed table.
//!
//! Every user-facing string lives in [`Strings`]; there is one `static` per
//! language, so a missing translation is a compile error. Messages that take
//! parameters are rendered by exhaustive `match`es on [`Lang`] next to the
//! type they describe (see `core::validate::Problem::message`).

pub mod board;
pub mod cli;
pub mod clock;
pub mod debate;
pub mod followup;
pub mod forms;
pub mod help;
pub mod judge;
pub mod keys;
pub mod manual;
pub mod mix;
pub mod people;
pub mod problems;
pub mod refusals;
pub mod register;
pub mod runsheet;
pub mod serve;
pub mod setup;
pub mod setup_screen;
pub mod site;
pub mod store;
pub mod syntax;
pub mod templates;

pub use crate::core::lang::Lang;

/// The words of a language: the string tables and the typography of
/// French and English. A trait because [`Lang`] is a plain value of the
/// core, which holds no words; `use crate::i18n::Words` (or the
/// [`prelude`]) brings these methods to every `Lang`.
pub trait Words: Copy {
    /// Picks between an English and a French text.
    fn pick<T>(self, en: T, fr: T) -> T;
    /// Whether `n` takes the singular: 0 and 1 in French, 1 in English
    /// (« 0 vote », "0 votes").
    fn singular(self, n: i64) -> bool;
    /// The table of strings for this language.
    fn s(self) -> &'static Strings;
    /// The colon between a label and its value: "Tables: A" in English,
    /// "Tables : A" in French (espace avant les deux-points).
    fn colon(self) -> &'static str;
    /// French typography for a message built from parts: the space before
    /// `: ; ? !` and inside « » becomes non-breaking, so that no line ever
    /// starts with the sign. English text is returned as it is.
    fn typeset(self, text: String) -> String;
    /// Quoted words: « texte » in French (non-breaking spaces inside),
    /// “text” in English.
    fn quote(self, s: &str) -> String;
    /// [`Words::colon`] in HTML: the French space does not break.
    fn html_colon(self) -> &'static str;
    /// The words of the session templates.
    fn template(self) -> &'static crate::core::templates::TemplateWords;
    /// The words of the set-up screen.
    fn setup_screen(self) -> &'static setup_screen::SetupWords;
    /// The words of the débat mouvant.
    fn debate(self) -> &'static debate::DebateWords;
    /// The words of questionnaires.
    fn forms(self) -> &'static forms::FormsWords;
    /// The words of boards beyond SWOT.
    fn board(self) -> &'static board::BoardWords;
    /// The names of keys in this language.
    fn keys(self) -> &'static keys::KeyWords;
    /// The words of the manual page and the guide.
    fn manual(self) -> &'static manual::ManualWords;
    /// The words of the follow-up of proposals.
    fn followup(self) -> &'static followup::FollowupWords;
}

impl Words for Lang {
    fn pick<T>(self, en: T, fr: T) -> T {
        match self {
            Lang::Fr => fr,
            Lang::En => en,
        }
    }

    fn singular(self, n: i64) -> bool {
        match self {
            Lang::Fr => n.abs() <= 1,
            Lang::En => n.abs() == 1,
        }
    }

    fn s(self) -> &'static Strings {
        self.pick(&EN, &FR)
    }

    fn colon(self) -> &'static str {
        self.pick(": ", "\u{a0}: ")
    }

    fn typeset(self, text: String) -> String {
        if self == Lang::En || !text.contains([' ']) {
            return text;
        }
        let mut out = String::with_capacity(text.len() + 8);
        let mut chars = text.chars().peekable();
        let mut after_open = false;
        while let Some(c) = chars.next() {
            let before_sign = matches!(chars.peek(), Some(':' | ';' | '?' | '!' | '»'));
            if c == ' ' && (before_sign || after_open) {
                out.push('\u{a0}');
            } else {
                out.push(c);
            }
            after_open = c == '«';
        }
        out
    }

    fn quote(self, s: &str) -> String {
        match self {
            Lang::Fr => format!("«\u{a0}{s}\u{a0}»"),
            Lang::En => format!("“{s}”"),
        }
    }

    fn html_colon(self) -> &'static str {
        self.pick(": ", "&nbsp;: ")
    }

    fn template(self) -> &'static crate::core::templates::TemplateWords {
        self.pick(&templates::EN, &templates::FR)
    }

    fn setup_screen(self) -> &'static setup_screen::SetupWords {
        self.pick(&setup_screen::EN, &setup_screen::FR)
    }

    fn debate(self) -> &'static debate::DebateWords {
        self.pick(&debate::EN, &debate::FR)
    }

    fn forms(self) -> &'static forms::FormsWords {
        self.pick(&forms::EN, &forms::FR)
    }

    fn board(self) -> &'static board::BoardWords {
        self.pick(&board::EN, &board::FR)
    }

    fn keys(self) -> &'static keys::KeyWords {
        self.pick(&keys::EN, &keys::FR)
    }

    fn manual(self) -> &'static manual::ManualWords {
        self.pick(&manual::EN, &manual::FR)
    }

    fn followup(self) -> &'static followup::FollowupWords {
        self.pick(&followup::EN, &followup::FR)
    }
}

/// The language of the environment: `LC_ALL`, then `LC_MESSAGES`, then
/// `LANG` (the POSIX order); English when none names French or English.
/// A share in percent: "32 %" in French (the sign kept on the line),
/// "32%" in English.
pub fn percent(n: impl std::fmt::Display, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("{n}\u{a0}%"),
        Lang::En => format!("{n}%"),
    }
}

pub fn lang_from_env() -> Lang {
    Lang::from_env_values(|k| std::env::var(k).ok())
}

/// The language the locale names, if it names French or English.
pub fn lang_from_env_known() -> Option<Lang> {
    Lang::from_env_values_known(|k| std::env::var(k).ok())
}

/// The name of a kind of phase.
pub trait PhaseKindName {
    fn label(self, lang: Lang) -> &'static str;
}

impl PhaseKindName for crate::core::model::PhaseKind {
    fn label(self, lang: Lang) -> &'static str {
        lang.s().phase_kinds[self.index()]
    }
}

/// What a file needs to speak: `use crate::i18n::prelude::*` brings the
/// language and every trait that words a type of the core or the store.
pub mod prelude {
    pub use super::board::{ItemLabels, QuadrantNames, RankedLabels, TopicColumns};
    pub use super::people::PeopleProblemWords;
    pub use super::problems::{ProblemWords, ThingWords};
    pub use super::refusals::{
        OpErrorWords, PlanErrorWords, SessionWords, TextErrorWords, VoteErrorWords,
    };
    pub use super::setup::SetupProblemWords;
    pub use super::store::{DiagnosticWords, LockErrorWords, SaidWords};
    pub use super::syntax::SyntaxWords;
    pub use super::{Lang, PhaseKindName, Words};
}

/// One quadrant's words.
#[derive(Debug)]
pub struct QuadrantWords {
    /// "A", "S": the letter of labels (A1, S1) and of quadrant keys.
    pub letter: char,
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
    pub phase_kinds: [&'static str; 9],
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
    /// Header of a column of counts ("how many").
    pub how_many: &'static str,
    /// Heading of the cards to cut out, one per participant.
    pub cards: &'static str,
    /// A round someone is not there for.
    pub absent: &'static str,
    pub post_its: &'static str,
    pub warning: &'static str,
    pub no_sessions: &'static str,
    pub date: &'static str,
    pub title: &'static str,
    pub path: &'static str,
    pub all_good: &'static str,
    /// `check`, when only warnings were found.
    pub usable_with_warnings: &'static str,
    pub demo_intro: &'static str,
    /// Said after a problem that stops a file from loading.
    pub fix_hint: &'static str,
    pub tui: TuiWords,
    pub cap: CaptureWords,
    pub synth: SynthWords,
    pub sheet: SheetWords,
}

/// Words of the capture, key-factor and plenary screens.
#[derive(Debug)]
pub struct CaptureWords {
    pub new_post_it: &'static str,
    pub editing: &'static str,
    pub filter: &'static str,
    pub tally_prompt: &'static str,
    pub by_hand: &'static str,
    /// Said of the header's ✓: every change of this screen is on disk.
    pub saved: &'static str,
    pub not_saved: &'static str,
    /// Changes handed to the disk and not confirmed yet.
    pub saving: &'static str,
    /// This laptop's journal file vanished or was replaced under the screen.
    pub journal_replaced: &'static str,
    /// The session file changed on disk and was read again.
    pub session_reloaded: &'static str,
    /// The session file changed on disk and has an error.
    pub session_unreadable: &'static str,
    /// Set-up events changed the plan (another laptop's set-up screen).
    pub setup_followed: &'static str,
    /// Set-up events left the plan with an error: the screen keeps the
    /// plan it had.
    pub setup_has_error: &'static str,
    /// "new from other tables".
    pub arrived: &'static str,
    pub axis_internal: &'static str,
    pub axis_external: &'static str,
    pub empty_quadrant: &'static str,
    pub own_dots: &'static str,
    pub others_shown: &'static str,
    pub move_keys: &'static str,
    pub merge_keys: &'static str,
    pub tally_keys: &'static str,
    pub too_long_to_type: &'static str,
    /// In the input box's title while the text is over the limit.
    pub over_limit: &'static str,
    pub characters: &'static str,
    pub limit_is: &'static str,
    pub input_undone: &'static str,
    pub input_cleared: &'static str,
    pub redone: &'static str,
    pub nothing_to_redo: &'static str,
    pub nothing_to_select: &'static str,
    pub edit_cancelled: &'static str,
    pub how_to_quit: &'static str,
    pub deleted: &'static str,
    /// Said when the board is left empty (typing again).
    pub deleted_typing: &'static str,
    pub merge_same: &'static str,
    pub not_in_cluster: &'static str,
    pub undone: &'static str,
    pub nothing_to_undo: &'static str,
    pub undo_add: &'static str,
    pub undo_edit: &'static str,
    pub undo_delete: &'static str,
    pub undo_move: &'static str,
    pub undo_merge: &'static str,
    pub undo_split: &'static str,
    pub undo_dot: &'static str,
    pub undo_tally: &'static str,
    pub quit_unsaved: &'static str,
    pub pick_table: &'static str,
    pub no_such_table: &'static str,
    pub key_factors: &'static str,
    pub plenary: &'static str,
    pub no_topics: &'static str,
    pub votes_hidden: &'static str,
    pub votes_not_hidden: &'static str,
    pub chosen: &'static str,
    pub leading: &'static str,
    pub tie: &'static str,
    pub tie_hint: &'static str,
    pub not_chosen_yet: &'static str,
    pub new_action: &'static str,
    pub editing_action: &'static str,
    pub no_actions_yet: &'static str,
    pub action_withdrawn: &'static str,
}

/// The spreadsheet's sheet names and column headers.
#[derive(Debug)]
pub struct SheetWords {
    pub post_its: &'static str,
    pub key_factors: &'static str,
    pub actions: &'static str,
    pub session: &'static str,
    pub date: &'static str,
    pub topic: &'static str,
    pub table: &'static str,
    pub round: &'static str,
    pub group: &'static str,
    pub quadrant: &'static str,
    pub label: &'static str,
    pub text: &'static str,
    pub votes: &'static str,
    pub item_votes: &'static str,
    pub cluster_of: &'static str,
    pub key_factor: &'static str,
    pub how: &'static str,
    /// The pick an action answers.
    pub answers: &'static str,
    pub yes: &'static str,
}

/// Words of the printed synthesis.
#[derive(Debug)]
pub struct SynthWords {
    pub synthesis: &'static str,
    /// People who wrote during time alone.
    pub contributors: &'static str,
    pub agenda: &'static str,
    pub phase: &'static str,
    pub planned: &'static str,
    pub actual: &'static str,
    pub vote: &'static str,
    pub votes: &'static str,
    /// The chart of votes per column: on a SWOT, on other boards.
    pub votes_chart: [&'static str; 2],
    pub votes_chart_desc: &'static str,
    pub actions: &'static str,
    pub key_factors: &'static str,
    pub chosen: &'static str,
    /// Said of a key factor nobody picked: the vote leaders stand in.
    pub by_votes: &'static str,
    /// Said of the whole room's table.
    pub whole_room: &'static str,
    pub not_chosen: &'static str,
    pub nothing: &'static str,
    pub no_actions: &'static str,
    /// The cover's table of every topic's key factors.
    pub at_a_glance: &'static str,
    /// "3 workshops" on the cover of a synthesis of several sessions.
    pub workshops: &'static str,
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
    /// Past the planned length, within the phase's range.
    pub margin: &'static str,
    pub muted: &'static str,
    pub agenda: &'static str,
    pub planned: &'static str,
    pub actual: &'static str,
    pub projected_end: &'static str,
    pub now_seated: &'static str,
    /// Who sits where in the round to come, outside the rounds.
    pub coming_seated: &'static str,
    pub next_moves: &'static str,
    pub no_rotation: &'static str,
    pub stays: &'static str,
    /// "Find" prompt over the individual seating.
    pub find: &'static str,
    pub page: &'static str,
    /// Hint on the individual seating: / finds, Tab pages (" · " between
    /// the two: where both do not fit, the first is shown alone).
    pub board_keys: &'static str,
    pub nobody_found: &'static str,
    pub people_short: &'static str,
    /// After "15 p." when every table has as many people: "at every table".
    pub at_every_table: &'static str,
    pub enlarge: &'static str,
    pub quit_running: &'static str,
    pub help_title: &'static str,
    pub last_phase: &'static str,
    /// A sync conflict or a shared device name, found when the screen
    /// opened. Short: it shares the header with the phase (`check` says
    /// what and how to settle it).
    pub conflict_banner: &'static str,
    /// On a screen opened with --follow, when a clock key is pressed.
    pub follow_only: &'static str,
    /// The header's mark of a following screen.
    pub following: &'static str,
}

pub static EN: Strings = Strings {
    quadrants: [
        QuadrantWords {
            letter: 'S',
            name: "Strengths",
            hint: "to build on",
            question: "Which levers should we strengthen?",
            key_factor: "main lever",
            action: "How to strengthen the main lever",
        },
        QuadrantWords {
            letter: 'W',
            name: "Weaknesses",
            hint: "to improve",
            question: "Which brakes must we overcome?",
            key_factor: "main brake",
            action: "How to overcome the main brake",
        },
        QuadrantWords {
            letter: 'O',
            name: "Opportunities",
            hint: "to seize",
            question: "Which opportunities should we take advantage of?",
            key_factor: "biggest opportunity",
            action: "How to exploit the biggest opportunity",
        },
        QuadrantWords {
            letter: 'T',
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
        "Moving debate",
        "Time alone",
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
    how_many: "How many",
    cards: "One card per person: cut along the dotted lines",
    absent: "not there",
    post_its: "Post-its",
    warning: "warning",
    no_sessions: "no sessions yet. Create one with: tablee new \"My workshop\", or on screen with: tablee setup",
    date: "Date",
    title: "Title",
    path: "Path",
    all_good: "all good",
    usable_with_warnings: "usable, but see the warnings above",
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
        margin: "MARGIN BEFORE OVERTIME",
        muted: "alert muted",
        agenda: "Agenda",
        planned: "planned",
        actual: "actual",
        projected_end: "Projected end",
        now_seated: "Now",
        coming_seated: "Coming up",
        next_moves: "Next round",
        no_rotation: "No rotation for this phase",
        stays: "stays",
        find: "Find",
        page: "page",
        board_keys: "/: find a name · Tab: page",
        nobody_found: "No name matches",
        people_short: "p.",
        at_every_table: "at every table",
        enlarge: "Enlarge the window",
        quit_running: "A round is running. Quit? y / n (the clock keeps running)",
        help_title: "Keys",
        last_phase: "This is the last phase",
        conflict_banner: "Conflict, nothing lost: tablee check",
        follow_only: "This screen follows the room's clock (--follow): drive it from a facilitator's screen",
        following: "following the room's clock",
    },
    cap: CaptureWords {
        new_post_it: "New post-it",
        editing: "Editing the post-it (Enter saves, Esc cancels)",
        filter: "Filter",
        tally_prompt: "Room's count",
        by_hand: " (set by hand)",
        saved: "all saved",
        not_saved: "NOT SAVED",
        saving: "saving",
        journal_replaced: "This laptop's journal file was replaced or removed by another program (a sync tool?): its changes are being written again",
        session_reloaded: "session.ron changed on disk: read again",
        session_unreadable: "session.ron changed on disk but has an error; the screen keeps the plan it had until it is fixed",
        setup_followed: "the set-up changed on another screen: the plan follows",
        setup_has_error: "the set-up saved on another screen has an error (tablee setup says which); the screen keeps the plan it had until it is fixed",
        arrived: "new from other devices",
        axis_internal: "INTERNAL",
        axis_external: "EXTERNAL",
        empty_quadrant: "(nothing yet)",
        own_dots: "your dots",
        others_shown: "other tables shown",
        move_keys: "Move to: S/A W/F O T/R (or 1–4) · Esc cancel",
        merge_keys: "Merge: select the post-it to join, then Enter · Esc cancel",
        tally_keys: "Type the number, Enter to record, Esc to cancel",
        too_long_to_type: "Ctrl-U empties the input (Ctrl-Z brings it back), or split it into several post-its",
        over_limit: "too long: Ctrl-U empties it",
        characters: "characters",
        limit_is: "the limit is",
        input_undone: "The input is back to empty; Ctrl-Z again undoes the last change to the board",
        input_cleared: "Input emptied (Ctrl-Z brings it back)",
        redone: "Redone:",
        nothing_to_redo: "Nothing to redo",
        nothing_to_select: "No post-it here yet",
        edit_cancelled: "Edit cancelled: your draft is back",
        how_to_quit: "Ctrl-Q quits (everything saved is on disk)",
        deleted: "Deleted · Ctrl-Z undoes",
        deleted_typing: "Deleted · Ctrl-Z undoes",
        merge_same: "These two are already in one cluster",
        not_in_cluster: "This post-it is in no cluster",
        undone: "Undone:",
        nothing_to_undo: "Nothing to undo",
        undo_add: "new post-it",
        undo_edit: "edit",
        undo_delete: "deletion",
        undo_move: "move",
        undo_merge: "merge",
        undo_split: "split",
        undo_dot: "dot",
        undo_tally: "count",
        quit_unsaved: "A post-it is being typed, or some are NOT SAVED. Quit anyway and lose them? y / n",
        pick_table: "Capture which table?",
        no_such_table: "No table has that key",
        key_factors: "Key factors",
        plenary: "Plenary",
        no_topics: "This session has no topics",
        votes_hidden: "votes hidden until the vote is closed (v)",
        votes_not_hidden: "Votes are not hidden in this session: nothing to close",
        chosen: "CHOSEN",
        leading: "most votes",
        tie: "TIE",
        tie_hint: "Tie: pick one on the key-factor screen (k)",
        not_chosen_yet: "not chosen yet (no votes, no pick)",
        new_action: "New action",
        editing_action: "Editing the action",
        no_actions_yet: "(no action yet)",
        action_withdrawn: "Action withdrawn",
    },
    sheet: SheetWords {
        post_its: "Post-its",
        key_factors: "Key factors",
        actions: "Actions",
        session: "Session",
        date: "Date",
        topic: "Topic",
        table: "Table",
        round: "Round",
        group: "Group",
        quadrant: "Column",
        label: "Label",
        text: "Text",
        votes: "Votes",
        item_votes: "Votes with its cluster",
        cluster_of: "Grouped under",
        key_factor: "Key factor",
        how: "How",
        answers: "Answers",
        yes: "yes",
    },
    synth: SynthWords {
        synthesis: "Synthesis",
        contributors: "people who wrote",
        agenda: "Agenda",
        phase: "Phase",
        planned: "planned",
        actual: "actual",
        vote: "vote",
        votes: "votes",
        votes_chart: ["Votes by quadrant", "Votes by column"],
        votes_chart_desc: "One bar per column of the board, in its order; the length is the number of votes (dots) on its post-its. The numbers are in the table that follows.",
        actions: "Actions",
        key_factors: "Key factors",
        chosen: "chosen by the room",
        by_votes: "not chosen yet; most votes",
        whole_room: "whole room",
        not_chosen: "not chosen, no votes yet",
        nothing: "no post-it",
        no_actions: "no action recorded",
        at_a_glance: "Key factors at a glance",
        workshops: "workshops",
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
            letter: 'A',
            name: "Atouts",
            hint: "à valoriser ou exploiter",
            question: "Quels sont les leviers à renforcer\u{a0}?",
            key_factor: "principal levier",
            action: "Comment renforcer le principal levier",
        },
        QuadrantWords {
            letter: 'F',
            name: "Faiblesses",
            hint: "à améliorer",
            question: "Quels sont les freins à surmonter\u{a0}?",
            key_factor: "principal frein",
            action: "Comment surmonter le principal frein",
        },
        QuadrantWords {
            letter: 'O',
            name: "Opportunités",
            hint: "à saisir",
            question: "Quelles sont les opportunités dont il faut tirer parti\u{a0}?",
            key_factor: "plus grande opportunité",
            action: "Comment exploiter la plus grande opportunité",
        },
        QuadrantWords {
            letter: 'R',
            name: "Risques",
            hint: "à surveiller ou anticiper",
            question: "Quels sont les risques à prévenir ou atténuer\u{a0}?",
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
        "Débat mouvant",
        "Temps individuel",
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
    how_many: "Nombre",
    cards: "Une carte par personne\u{a0}: découpez le long des pointillés",
    absent: "absent·e",
    post_its: "Post-its",
    warning: "attention",
    no_sessions: "aucune séance pour l'instant. Créez-en une\u{a0}: tablee new \"Mon atelier\", ou à l'écran\u{a0}: tablee setup",
    date: "Date",
    title: "Titre",
    path: "Chemin",
    all_good: "tout est bon",
    usable_with_warnings: "utilisable, mais voyez les avertissements ci-dessus",
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
        margin: "MARGE AVANT DÉPASSEMENT",
        muted: "alerte coupée",
        agenda: "Ordre du jour",
        planned: "prévu",
        actual: "réel",
        projected_end: "Fin prévue",
        now_seated: "Maintenant",
        coming_seated: "À venir",
        next_moves: "Tour suivant",
        no_rotation: "Pas de rotation pendant cette phase",
        stays: "reste",
        find: "Chercher",
        page: "page",
        board_keys: "/\u{a0}: chercher un nom · Tab\u{a0}: page",
        nobody_found: "Aucun nom ne correspond",
        people_short: "pers.",
        at_every_table: "à chaque table",
        enlarge: "Agrandissez la fenêtre",
        quit_running: "Un tour est en cours. Quitter\u{a0}? o / n (l'horloge continue)",
        help_title: "Touches",
        last_phase: "C'est la dernière phase",
        conflict_banner: "Conflit sans perte\u{a0}: tablee check",
        follow_only: "Cet écran suit le minuteur de la salle (--follow)\u{a0}: pilotez-le depuis un écran d'animation",
        following: "suit le minuteur de la salle",
    },
    cap: CaptureWords {
        new_post_it: "Nouveau post-it",
        editing: "Modification du post-it (Entrée enregistre, Échap annule)",
        filter: "Filtre",
        tally_prompt: "Compte de la salle",
        by_hand: " (à la main)",
        saved: "tout est enregistré",
        saving: "enregistrement",
        journal_replaced: "Le fichier journal de cet ordinateur a été remplacé ou supprimé par un autre programme (un outil de synchronisation\u{a0}?)\u{a0}: ses modifications sont réécrites",
        session_reloaded: "session.ron a changé sur le disque\u{a0}: relu",
        session_unreadable: "session.ron a changé sur le disque mais contient une erreur\u{a0}; l'écran garde le déroulé d'avant jusqu'à sa correction",
        setup_followed: "le réglage a changé sur un autre écran\u{a0}: le déroulé suit",
        setup_has_error: "le réglage enregistré sur un autre écran contient une erreur (tablee setup dit laquelle)\u{a0}; l'écran garde le déroulé d'avant jusqu'à sa correction",
        not_saved: "NON ENREGISTRÉ",
        arrived: "nouveaux d'autres postes",
        axis_internal: "INTERNE",
        axis_external: "EXTERNE",
        empty_quadrant: "(rien pour l'instant)",
        own_dots: "vos gommettes",
        others_shown: "autres tables affichées",
        move_keys: "Déplacer vers\u{a0}: A/S F/W O R/T (ou 1–4) · Échap annule",
        merge_keys: "Regrouper\u{a0}: sélectionnez le post-it à rejoindre, puis Entrée · Échap annule",
        tally_keys: "Tapez le nombre, Entrée pour l'enregistrer, Échap pour annuler",
        too_long_to_type: "Ctrl-U vide la saisie (Ctrl-Z la fait revenir), ou découpez-la en plusieurs post-its",
        over_limit: "trop long\u{a0}: Ctrl-U le vide",
        characters: "caractères",
        limit_is: "la limite est de",
        input_undone: "La saisie est revenue à vide\u{a0}; Ctrl-Z à nouveau annule la dernière modification du tableau",
        input_cleared: "Saisie vidée (Ctrl-Z la fait revenir)",
        redone: "Rétabli\u{a0}:",
        nothing_to_redo: "Rien à rétablir",
        nothing_to_select: "Pas encore de post-it ici",
        edit_cancelled: "Modification annulée\u{a0}: votre brouillon est revenu",
        how_to_quit: "Ctrl-Q pour quitter (tout ce qui est enregistré est sur le disque)",
        deleted: "Supprimé · Ctrl-Z pour annuler",
        deleted_typing: "Supprimé · Ctrl-Z pour annuler",
        merge_same: "Ces deux post-its sont déjà regroupés",
        not_in_cluster: "Ce post-it n'est dans aucun regroupement",
        undone: "Annulé\u{a0}:",
        nothing_to_undo: "Rien à annuler",
        undo_add: "nouveau post-it",
        undo_edit: "modification",
        undo_delete: "suppression",
        undo_move: "déplacement",
        undo_merge: "regroupement",
        undo_split: "séparation",
        undo_dot: "gommette",
        undo_tally: "compte",
        quit_unsaved: "Un post-it est en cours de saisie, ou certains sont NON ENREGISTRÉS. Quitter quand même et les perdre\u{a0}? o / n",
        pick_table: "Saisir pour quelle table\u{a0}?",
        no_such_table: "Aucune table n'a cette clé",
        key_factors: "Facteurs clés",
        plenary: "Plénière",
        no_topics: "Cette séance n'a pas de thème",
        votes_hidden: "votes masqués jusqu'à la clôture du vote (v)",
        votes_not_hidden: "Les votes ne sont pas masqués dans cette séance\u{a0}: rien à clore",
        chosen: "CHOISI",
        leading: "le plus de votes",
        tie: "EX AEQUO",
        tie_hint: "Ex aequo\u{a0}: choisissez sur l'écran des facteurs clés (k)",
        not_chosen_yet: "pas encore choisi (ni votes, ni choix)",
        new_action: "Nouvelle action",
        editing_action: "Modification de l'action",
        no_actions_yet: "(pas encore d'action)",
        action_withdrawn: "Action retirée",
    },
    sheet: SheetWords {
        post_its: "Post-its",
        key_factors: "Facteurs clés",
        actions: "Actions",
        session: "Session",
        date: "Date",
        topic: "Thème",
        table: "Table",
        round: "Tour",
        group: "Groupe",
        quadrant: "Cadran",
        label: "Repère",
        text: "Texte",
        votes: "Voix",
        item_votes: "Voix avec son regroupement",
        cluster_of: "Regroupé sous",
        key_factor: "Facteur clé",
        how: "Comment",
        answers: "Répond à",
        yes: "oui",
    },
    synth: SynthWords {
        synthesis: "Synthèse",
        contributors: "personnes ayant écrit",
        agenda: "Déroulé",
        phase: "Phase",
        planned: "prévu",
        actual: "réel",
        vote: "vote",
        votes: "votes",
        votes_chart: ["Votes par cadran", "Votes par colonne"],
        votes_chart_desc: "Une barre par colonne du tableau, dans son ordre\u{a0}; sa longueur est le nombre de votes (gommettes) de ses post-its. Les nombres sont dans le tableau qui suit.",
        actions: "Actions",
        key_factors: "Facteurs clés",
        chosen: "choisi par la salle",
        by_votes: "pas encore choisi\u{a0}; le plus de votes",
        whole_room: "toute la salle",
        not_chosen: "non choisi, aucun vote",
        nothing: "aucun post-it",
        no_actions: "aucune action notée",
        at_a_glance: "Les facteurs clés en un coup d'œil",
        workshops: "ateliers",
        similar: "proche de",
        sessions: "Sessions",
        source_legend: "Où\u{a0}: table · T tour · G groupe",
        round_letter: "T",
        group_letter: "G",
        favourable_side: "Côté favorable",
        unfavourable_side: "Côté défavorable",
        page: "page",
        unknown_table: "Tables absentes de la séance",
    },
};

/// Said after a merge, with the keys the selection binds to split and undo.
pub fn merged(lang: Lang, split: &str, undo: &str) -> String {
    match lang {
        Lang::En => format!("Merged · {split} splits, {undo} undoes"),
        Lang::Fr => format!("Regroupés · {split} sépare, {undo} annule"),
    }
}

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
