//! The words of `tablee man` that clap does not give: the page's headings
//! and the sections written for people (exit codes, environment, files,
//! examples). One table per language; the French is typeset with the page.

#[derive(Debug)]
pub struct ManualWords {
    /// The manual's name, in the page's header.
    pub manual: &'static str,
    pub name: &'static str,
    pub synopsis: &'static str,
    pub description: &'static str,
    pub options: &'static str,
    pub commands: &'static str,
    /// What `tablee` alone does, under DESCRIPTION.
    pub alone: &'static str,
    pub exit_status: &'static str,
    /// (code, what it means)
    pub exit_codes: [(&'static str, &'static str); 3],
    pub environment: &'static str,
    /// (variable, what it does)
    pub variables: [(&'static str, &'static str); 4],
    pub files: &'static str,
    /// (path, what it holds)
    pub paths: [(&'static str, &'static str); 4],
    pub examples: &'static str,
    /// (what it does, the command)
    pub example_lines: [(&'static str, &'static str); 5],
}

pub static EN: ManualWords = ManualWords {
    manual: "tablee manual",
    name: "NAME",
    synopsis: "SYNOPSIS",
    description: "DESCRIPTION",
    options: "OPTIONS",
    commands: "COMMANDS",
    alone: "Alone, tablee opens the facilitator's screen on the demo workshop (copied into the data folder on first use); when its output is not a terminal it prints a short guide.",
    exit_status: "EXIT STATUS",
    exit_codes: [
        ("0", "the command did what it was asked"),
        (
            "1",
            "it could not, and said why on standard error (a mistake in a file, input refused, a folder that cannot be written); nothing was changed",
        ),
        (
            "2",
            "the command line itself is wrong (an unknown option, a missing argument)",
        ),
    ],
    environment: "ENVIRONMENT",
    variables: [
        (
            "TABLEE_DIR",
            "the data folder for every command when --dir is not given (default: sessions/ in the current folder if there is one, else in the user's data folder, ~/.local/share/tablee/sessions)",
        ),
        (
            "LC_ALL, LC_MESSAGES, LANG",
            "the language of messages and help when --lang is not given (fr or en)",
        ),
        (
            "NO_COLOR",
            "screens without colour (every state is also said in words)",
        ),
        (
            "XDG_CONFIG_HOME, XDG_STATE_HOME",
            "where this machine's device id and writer locks are kept, never in a shared folder",
        ),
    ],
    files: "FILES",
    paths: [
        (
            "sessions/NAME/session.ron",
            "a session: topics, tables, groups, agenda; plain text, hand-editable, checked by tablee check",
        ),
        (
            "sessions/NAME/devices/",
            "each laptop's post-its, votes and clock, one folder per device; only ever appended to, so a shared folder (Syncthing, Nextcloud, a network share) never loses a post-it",
        ),
        (
            "sessions/NAME/exports/",
            "syntheses and reports written without -o",
        ),
        ("~/.config/tablee/device-id", "this machine's device id"),
    ],
    examples: "EXAMPLES",
    example_lines: [
        (
            "Prepare a morning from options",
            "tablee new \"Conseil local du numérique\" \\\n    --topic CLN=\"Conseil local du numérique\" --groups 4 --rounds 2",
        ),
        (
            "Prepare it on screen",
            "tablee setup conseil-local-du-numerique",
        ),
        (
            "The facilitator's screen",
            "tablee run conseil-local-du-numerique",
        ),
        (
            "A note-taker at table A",
            "tablee run conseil-local-du-numerique --table A",
        ),
        (
            "The synthesis to print",
            "tablee synth conseil-local-du-numerique --format html",
        ),
    ],
};

pub static FR: ManualWords = ManualWords {
    manual: "Manuel de tablee",
    name: "NOM",
    synopsis: "SYNOPSIS",
    description: "DESCRIPTION",
    options: "OPTIONS",
    commands: "COMMANDES",
    alone: "Seul, tablee ouvre l'écran d'animation sur l'atelier de démonstration (copié dans le dossier des séances à la première utilisation)\u{a0}; quand sa sortie n'est pas un terminal, il affiche un court guide.",
    exit_status: "CODE DE RETOUR",
    exit_codes: [
        ("0", "la commande a fait ce qui était demandé"),
        (
            "1",
            "elle n'a pas pu, et a dit pourquoi sur la sortie d'erreur (une erreur dans un fichier, une saisie refusée, un dossier où l'on ne peut pas écrire)\u{a0}; rien n'a été modifié",
        ),
        (
            "2",
            "la ligne de commande elle-même est fausse (option inconnue, argument manquant)",
        ),
    ],
    environment: "ENVIRONNEMENT",
    variables: [
        (
            "TABLEE_DIR",
            "le dossier des séances pour toutes les commandes quand --dir n'est pas donné (par défaut\u{a0}: sessions/ dans le dossier courant s'il existe, sinon dans le dossier de données de l'utilisateur·rice, ~/.local/share/tablee/sessions)",
        ),
        (
            "LC_ALL, LC_MESSAGES, LANG",
            "la langue des messages et de l'aide quand --lang n'est pas donné (fr ou en)",
        ),
        (
            "NO_COLOR",
            "des écrans sans couleur (chaque état est aussi dit en toutes lettres)",
        ),
        (
            "XDG_CONFIG_HOME, XDG_STATE_HOME",
            "où sont gardés l'identifiant de cet appareil et ses verrous d'écriture, jamais dans un dossier partagé",
        ),
    ],
    files: "FICHIERS",
    paths: [
        (
            "sessions/NOM/session.ron",
            "une séance\u{a0}: thèmes, tables, groupes, déroulé\u{a0}; du texte, modifiable à la main, vérifié par tablee check",
        ),
        (
            "sessions/NOM/devices/",
            "les post-its, votes et l'horloge de chaque ordinateur, un dossier par appareil\u{a0}; on ne fait qu'y ajouter, si bien qu'un dossier partagé (Syncthing, Nextcloud, un partage réseau) ne perd jamais un post-it",
        ),
        (
            "sessions/NOM/exports/",
            "les synthèses et rapports écrits sans -o",
        ),
        (
            "~/.config/tablee/device-id",
            "l'identifiant de cet appareil",
        ),
    ],
    examples: "EXEMPLES",
    example_lines: [
        (
            "Préparer une matinée à partir d'options",
            "tablee new \"Conseil local du numérique\" \\\n    --topic CLN=\"Conseil local du numérique\" --groups 4 --rounds 2",
        ),
        (
            "La préparer à l'écran",
            "tablee setup conseil-local-du-numerique",
        ),
        (
            "L'écran d'animation",
            "tablee run conseil-local-du-numerique",
        ),
        (
            "Une personne qui prend les notes à la table A",
            "tablee run conseil-local-du-numerique --table A",
        ),
        (
            "La synthèse à imprimer",
            "tablee synth conseil-local-du-numerique --format html",
        ),
    ],
};
