//! The words of `tablee serve`: the tables' page on the phones, the
//! sheets put on the tables, and what the command prints. One table per
//! language; the page's script holds no words (they reach it as data
//! attributes of the page).

use super::Lang;
use super::Words;

#[derive(Debug)]
pub struct ServeWords {
    /// The page's title before the table: "Table".
    pub table: &'static str,
    /// The text box's label.
    pub your_post_it: &'static str,
    /// Under the text box.
    pub one_idea: &'static str,
    /// The column chooser's legend.
    pub column: &'static str,
    /// The send button.
    pub send: &'static str,
    /// Said once the laptop has it on disk.
    pub saved: &'static str,
    /// Said while a post-it waits for the laptop.
    pub sending: &'static str,
    /// Said when the laptop cannot be reached: the post-its stay.
    pub offline: &'static str,
    /// Said after "offline": how many wait on the phone.
    pub waiting: &'static str,
    /// The heading of what this phone has not sent yet.
    pub not_sent_yet: &'static str,
    /// A column with no post-it.
    pub empty: &'static str,
    /// A dot's button, before the post-it's text.
    pub add_dot: &'static str,
    pub remove_dot: &'static str,
    /// "dots left" after the number.
    pub dots_left: &'static str,
    /// "dot", "dots" after a count.
    pub dot: &'static str,
    pub dots: &'static str,
    /// Before the clock's minutes.
    pub left: &'static str,
    pub paused: &'static str,
    pub ready: &'static str,
    pub over: &'static str,
    /// The phase line: "Phase".
    pub phase: &'static str,
    /// "Round".
    pub round: &'static str,
    /// "Group".
    pub group: &'static str,
    /// The refusal, for a request without a valid key: nothing about the
    /// session.
    pub forbidden_title: &'static str,
    pub forbidden: &'static str,
    /// Too many requests from one phone.
    pub slow_down: &'static str,
    /// The server is closing or full.
    pub unavailable: &'static str,
    /// A post-it refused (empty, too long, no such column).
    pub refused: &'static str,
    /// The page without its script: after a post-it is saved.
    pub saved_reload: &'static str,
    /// The print sheet: how to join.
    pub sheet_scan: &'static str,
    pub sheet_or_type: &'static str,
    pub sheet_key: &'static str,
    pub sheet_same_network: &'static str,
    /// What `tablee serve` prints.
    pub serving: &'static str,
    pub stop_hint: &'static str,
    pub no_lan: &'static str,
    pub public_bind: &'static str,
    pub stopped: &'static str,
    pub sheets_written: &'static str,
    /// The board's region, for screen readers.
    pub board: &'static str,
    /// The facilitator's screen of the page.
    pub screen_title: &'static str,
    pub screen_serving: &'static str,
    pub screen_stopped: &'static str,
    /// What the screen says before the page is started.
    pub screen_start: &'static str,
    /// Under the codes.
    pub screen_scan: &'static str,
    /// After a renewal.
    pub renewed: &'static str,
    /// No page can be served from here (the demo, the tests' loop).
    pub no_page: &'static str,
    /// Time alone: the phone's own private post-its.
    pub mine: &'static str,
    pub alone_hint: &'static str,
    pub share_mine: &'static str,
    /// Skip link.
    pub skip_to_board: &'static str,
}

pub static EN: ServeWords = ServeWords {
    table: "Table",
    your_post_it: "Your post-it",
    one_idea: "One idea per post-it. What you type stays here until it is sent.",
    column: "Where it goes",
    send: "Add the post-it",
    saved: "✓ saved",
    sending: "sending…",
    offline: "No network: kept on this phone, sent again as soon as the laptop answers",
    waiting: "waiting on this phone",
    not_sent_yet: "Not sent yet",
    empty: "nothing yet",
    add_dot: "Add a dot to",
    remove_dot: "Take a dot back from",
    dots_left: "dots left",
    dot: "dot",
    dots: "dots",
    left: "left",
    paused: "paused",
    ready: "ready",
    over: "over time",
    phase: "Phase",
    round: "Round",
    group: "Group",
    forbidden_title: "Not this way",
    forbidden: "This address needs the key printed on your table's sheet. Scan the table's code again, or ask the facilitator.",
    slow_down: "Too many requests from this phone: wait a few seconds.",
    unavailable: "The laptop is closing or busy: try again in a moment.",
    refused: "Not added",
    saved_reload: "Saved on the laptop.",
    sheet_scan: "Scan this code with a phone's camera",
    sheet_or_type: "or type this address in a browser",
    sheet_key: "Table key",
    sheet_same_network: "The phone must be on the room's Wi-Fi",
    serving: "Serving the tables' page",
    stop_hint: "Ctrl-C stops it (the post-its already saved stay saved).",
    no_lan: "No local network found (no Wi-Fi, no cable): the page is served on this laptop only. Join the room's Wi-Fi or start this laptop's hotspot, then start again; or name an address with --bind.",
    public_bind: "This address is not a local network's: anyone who can reach it can try the keys.",
    stopped: "Stopped: every post-it acknowledged is on disk.",
    sheets_written: "Table sheets written",
    board: "The table's post-its",
    skip_to_board: "Go to the post-its",
    screen_title: "The tables' page",
    screen_serving: "serving",
    screen_stopped: "stopped",
    screen_start: "Enter starts the page: each table opens it on a phone by scanning its code (same Wi-Fi, nothing to install). tablee serve --print writes the sheets to put on the tables.",
    screen_scan: "Scan with a phone's camera",
    renewed: "New keys: the old sheets and links no longer open the page.",
    no_page: "The tables' page needs a session saved on disk.",
    mine: "Your post-its, private until shared",
    alone_hint: "Time alone: what you write stays on this phone's list, seen by no one else, until you or the facilitator share it.",
    share_mine: "Share my post-its with the room",
};

pub static FR: ServeWords = ServeWords {
    table: "Table",
    your_post_it: "Votre post-it",
    one_idea: "Une idée par post-it. Ce que vous tapez reste ici jusqu'à l'envoi.",
    column: "Où le placer",
    send: "Ajouter le post-it",
    saved: "✓ enregistré",
    sending: "envoi…",
    offline: "Pas de réseau\u{a0}: gardé sur ce téléphone, renvoyé dès que l'ordinateur répond",
    waiting: "en attente sur ce téléphone",
    not_sent_yet: "Pas encore envoyés",
    empty: "rien pour l'instant",
    add_dot: "Ajouter une gommette à",
    remove_dot: "Retirer une gommette de",
    dots_left: "gommettes restantes",
    dot: "gommette",
    dots: "gommettes",
    left: "restantes",
    paused: "en pause",
    ready: "prêt",
    over: "temps dépassé",
    phase: "Phase",
    round: "Tour",
    group: "Groupe",
    forbidden_title: "Pas par ici",
    forbidden: "Cette adresse demande la clé imprimée sur la fiche de votre table. Scannez à nouveau le code de la table, ou demandez à l'animatrice ou l'animateur.",
    slow_down: "Trop de demandes depuis ce téléphone\u{a0}: attendez quelques secondes.",
    unavailable: "L'ordinateur s'arrête ou est occupé\u{a0}: réessayez dans un instant.",
    refused: "Non ajouté",
    saved_reload: "Enregistré sur l'ordinateur.",
    sheet_scan: "Scannez ce code avec l'appareil photo d'un téléphone",
    sheet_or_type: "ou tapez cette adresse dans un navigateur",
    sheet_key: "Clé de la table",
    sheet_same_network: "Le téléphone doit être sur le Wi-Fi de la salle",
    serving: "Page des tables en service",
    stop_hint: "Ctrl-C l'arrête (les post-its déjà enregistrés le restent).",
    no_lan: "Aucun réseau local trouvé (ni Wi-Fi, ni câble)\u{a0}: la page n'est servie que sur cet ordinateur. Rejoignez le Wi-Fi de la salle ou activez le point d'accès de cet ordinateur, puis relancez\u{a0}; ou donnez une adresse avec --bind.",
    public_bind: "Cette adresse n'est pas celle d'un réseau local\u{a0}: qui peut la joindre peut essayer les clés.",
    stopped: "Arrêtée\u{a0}: chaque post-it confirmé est sur le disque.",
    sheets_written: "Fiches des tables écrites",
    board: "Les post-its de la table",
    skip_to_board: "Aller aux post-its",
    screen_title: "La page des tables",
    screen_serving: "en service",
    screen_stopped: "arrêtée",
    screen_start: "Entrée démarre la page\u{a0}: chaque table l'ouvre sur un téléphone en scannant son code (même Wi-Fi, rien à installer). tablee serve --print écrit les fiches à poser sur les tables.",
    screen_scan: "Scannez avec l'appareil photo d'un téléphone",
    renewed: "Nouvelles clés\u{a0}: les anciennes fiches et adresses n'ouvrent plus la page.",
    no_page: "La page des tables demande une séance enregistrée sur le disque.",
    mine: "Vos post-its, privés jusqu'au partage",
    alone_hint: "Temps individuel\u{a0}: ce que vous écrivez reste dans la liste de ce téléphone, vu de personne d'autre, jusqu'à ce que vous ou l'animation le partagiez.",
    share_mine: "Partager mes post-its avec la salle",
};

/// The words of the page and the command.
pub fn words(lang: Lang) -> &'static ServeWords {
    lang.pick(&EN, &FR)
}

/// What `tablee serve` says of a problem, with a fix.
#[derive(Debug, Clone, Copy)]
pub enum Said {
    /// `keys.ron` is of a newer format.
    KeysNewer(u32),
    /// How to start again from new keys.
    KeysFix,
    /// The port is taken.
    PortTaken(u16),
    /// `--bind` names an address this laptop does not have.
    NoSuchAddress,
    /// So many private post-its of time alone shown to the room.
    Shared(usize),
    /// « partager » with no private post-it.
    NothingPrivate,
}

impl Said {
    pub fn text(self, lang: Lang) -> String {
        lang.typeset(match (self, lang) {
            (Said::KeysNewer(v), Lang::En) => {
                format!("version {v}, written by a newer tablee: update tablee")
            }
            (Said::KeysNewer(v), Lang::Fr) => {
                format!("version {v}, écrite par un tablee plus récent : mettez tablee à jour")
            }
            (Said::KeysFix, Lang::En) => {
                "tablee serve --renew-keys makes new keys (the old file is kept beside it)".into()
            }
            (Said::KeysFix, Lang::Fr) => {
                "tablee serve --renew-keys refait les clés (l'ancien fichier est gardé à côté)"
                    .into()
            }
            (Said::PortTaken(p), Lang::En) => {
                format!("another program uses port {p}: choose another with --port")
            }
            (Said::PortTaken(p), Lang::Fr) => {
                format!("un autre programme utilise le port {p} : choisissez-en un autre avec --port")
            }
            (Said::NoSuchAddress, Lang::En) => "this laptop has no such address: see its addresses with `ip addr` (Linux), `ipconfig` (Windows) or System Settings › Network (macOS), or leave --bind out".into(),
            (Said::Shared(n), Lang::En) => match n {
                1 => "1 post-it of time alone shared with the room".into(),
                n => format!("{n} post-its of time alone shared with the room"),
            },
            (Said::Shared(n), Lang::Fr) => match n {
                1 => "1 post-it du temps individuel partagé avec la salle".into(),
                n => format!("{n} post-its du temps individuel partagés avec la salle"),
            },
            (Said::NothingPrivate, Lang::En) => {
                "no private post-it to share (those written on phones during time alone)".into()
            }
            (Said::NothingPrivate, Lang::Fr) => {
                "aucun post-it privé à partager (ceux écrits sur les téléphones pendant le temps individuel)".into()
            }
            (Said::NoSuchAddress, Lang::Fr) => "cet ordinateur n'a pas cette adresse : voyez ses adresses avec `ip addr` (Linux), `ipconfig` (Windows) ou Réglages › Réseau (macOS), ou retirez --bind".into(),
        })
    }
}

/// What went wrong with the keys' file, where, and the fix.
pub fn keys_problem(e: &crate::store::keys::KeysError, lang: Lang) -> String {
    let (path, why) = match e {
        crate::store::keys::KeysError::Io { path, source } => {
            (path, crate::i18n::store::io_message(source, lang))
        }
        crate::store::keys::KeysError::Syntax { path, message } => (path, message.clone()),
        crate::store::keys::KeysError::Version { path, found } => {
            (path, Said::KeysNewer(*found).text(lang))
        }
    };
    let fix = Said::KeysFix.text(lang);
    format!("tablee serve: {}: {why}; {fix}", path.display())
}
