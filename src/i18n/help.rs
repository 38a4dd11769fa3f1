//! `--help` (and `tablee man`) in French: the same clap definitions, with
//! every about and help line replaced from [`french`], the headings and the
//! defaults and possible values written in French. A test walks the whole
//! command tree and fails on any text left without its French.

use crate::i18n::prelude::*;
use clap::Command;

/// The French of an English help text of the command tree.
pub(crate) fn french(en: &str) -> Option<&'static str> {
    Some(match en {
        "Run World Café and SWOT workshops from the terminal: rotation, round clock, post-its, syntheses." => {
            "Animer des World Cafés et des ateliers AFOM depuis le terminal : rotation, horloge des tours, post-its, synthèses."
        }
        "Language of messages: fr or en [default: from LC_ALL / LC_MESSAGES / LANG, else en]" => {
            "Langue des messages : fr ou en [par défaut : d'après LC_ALL / LC_MESSAGES / LANG, sinon en]"
        }
        "Write as this device name instead of this machine's own id (tests, lab set-ups)" => {
            "Écrire sous ce nom d'appareil plutôt que sous l'identifiant de cette machine (tests, essais)"
        }
        "Print help"
        | "Print help (see more with '--help')"
        | "Print help (see a summary with '-h')" => "Afficher l'aide",
        "Print version" => "Afficher la version",
        "Print this message or the help of the given subcommand(s)" => {
            "Afficher ce message ou l'aide de la commande donnée"
        }
        "Print a shell completion script: tablee completions bash > ~/.local/share/bash-completion/completions/tablee" => {
            "Afficher le script de complétion d'un shell : tablee completions bash > ~/.local/share/bash-completion/completions/tablee"
        }
        "bash, zsh, fish, powershell or elvish" => "bash, zsh, fish, powershell ou elvish",
        "Print the manual page (roff): tablee man > tablee.1 && man -l tablee.1" => {
            "Afficher la page de manuel (roff) : tablee man > tablee.1 && man -l tablee.1"
        }
        "Create a session folder with a session.ron from a template, or from options: --topic, --table, --groups or --participants, --rounds…" => {
            "Créer le dossier d'une séance et son session.ron à partir d'un modèle, ou d'options : --topic, --table, --groups ou --participants, --rounds…"
        }
        "The workshop's title, e.g. \"Conseil local du numérique\"" => {
            "Le titre de l'atelier, p. ex. \"Conseil local du numérique\""
        }
        "What kind of workshop to start from" => "Le modèle d'atelier de départ",
        "Two topics, four hosted tables, four groups, two rounds" => {
            "deux thèmes, quatre tables animées, quatre groupes, deux tours"
        }
        "One topic, one SWOT round, key factors and plenary" => {
            "un thème, un tour AFOM, facteurs clés et plénière"
        }
        "Classic café: five topic tables, four rounds, individuals move" => {
            "café classique : cinq tables thématiques, quatre tours, chacun·e circule seul·e"
        }
        "Start from an earlier workshop's plan (topics, tables, groups, agenda) with a fresh id and no post-its" => {
            "Partir du plan d'un atelier précédent (thèmes, tables, groupes, ordre du jour), avec un nouvel identifiant et sans post-its"
        }
        "A topic, KEY=\"Title\"; repeat for each topic (replaces the template's)" => {
            "Un thème, CLÉ=\"Titre\" ; à répéter pour chaque thème (remplace ceux du modèle)"
        }
        "A topic's question, KEY=\"Question?\"" => "La question d'un thème, CLÉ=\"Question ?\"",
        "A table, KEY=TOPIC or KEY=TOPIC:\"Host name\"; repeat for each table [default: one table per topic]" => {
            "Une table, CLÉ=THÈME ou CLÉ=THÈME:\"Nom de l'hôte\" ; à répéter pour chaque table [par défaut : une table par thème]"
        }
        "Groups that move together from table to table, numbered 1 to N" => {
            "Des groupes qui passent ensemble de table en table, numérotés de 1 à N"
        }
        "People who move one by one, from a spreadsheet (columns as for `tablee mix --participants`): they are seated at once" => {
            "Des personnes qui circulent une à une, d'après un tableur (colonnes comme pour `tablee mix --participants`) : elles sont placées aussitôt"
        }
        "Rounds (the agenda's Round phases)" => {
            "Nombre de tours (les phases Round de l'ordre du jour)"
        }
        "The day of the workshop [default: today]" => {
            "Le jour de l'atelier [par défaut : aujourd'hui]"
        }
        "Start time, e.g. 09:30" => "Heure de début, p. ex. 09:30",
        "Where it takes place" => "Le lieu",
        "Data folder that holds the sessions (bare session names are looked for there) [default: TABLEE_DIR, else sessions/ in the current folder if there is one, else sessions/ in the user's data folder]" => {
            "Dossier des séances (un nom de séance seul y est cherché) [par défaut : TABLEE_DIR, sinon sessions/ dans le dossier courant s'il existe, sinon sessions/ dans le dossier de données de l'utilisateur·rice]"
        }
        "A session folder, its session.ron, or a folder name inside --dir (its date may be left out); without it, a new session, written into the data folder at the first Ctrl-S" => {
            "Le dossier d'une séance, son session.ron ou un nom de dossier dans --dir (sa date peut être omise) ; sans lui, une nouvelle séance, écrite dans le dossier des séances au premier Ctrl-S"
        }
        "Validate session files; prints one `path:line:column: message` per problem" => {
            "Vérifier des fichiers de séance ; une ligne `chemin:ligne:colonne: message` par problème"
        }
        "Session folders or .ron files" => "Dossiers de séance ou fichiers .ron",
        "Prepare a session on screen: topics, tables, hosts, groups, participants and agenda, with the rotation as it changes" => {
            "Préparer une séance à l'écran : thèmes, tables, animateur·rices, groupes, participants et déroulé, avec la rotation à mesure"
        }
        "Show the rotation: who sits at which table, round by round" => {
            "Afficher la rotation : qui s'assoit à quelle table, tour par tour"
        }
        "A session folder, its session.ron, or a folder name inside --dir (its date may be left out)" => {
            "Un dossier de séance, son session.ron, ou le nom d'un dossier dans --dir (sa date peut être omise)"
        }
        "Output format [html: a page to print, with one card per person, in the session's exports/ folder]" => {
            "Format de sortie [html : une page à imprimer, avec une carte par personne, dans le dossier exports/ de la séance]"
        }
        "Print-ready: the seating per round, then one card per person" => {
            "prêt à imprimer : les places par tour, puis une carte par personne"
        }
        "Write here (replaced atomically); `-` for stdout" => {
            "Écrire ici (remplacé d'un seul coup) ; `-` pour la sortie standard"
        }
        "Order of the cards of people: by family name, given name, or first table" => {
            "Ordre des cartes : par nom de famille, par prénom ou par première table"
        }
        "By family name (the last word of the name), accents aside" => {
            "par nom de famille (le dernier mot du nom), sans tenir compte des accents"
        }
        "By given name (the first word)" => "par prénom (le premier mot)",
        "By the table of the first round, then family name" => {
            "par table du premier tour, puis par nom de famille"
        }
        "Seat participants person by person across tables and rounds (classic World Café), near the fewest repeated encounters possible" => {
            "Placer les participant·es une à une aux tables, tour par tour (World Café classique), avec le moins de rencontres répétées possible"
        }
        "Rounds to plan [default: the agenda's Round phases; added to an agenda that has none]" => {
            "Nombre de tours à planifier [par défaut : les phases Round de l'ordre du jour ; ajoutées s'il n'y en a pas]"
        }
        "Same seed, same plan (when the search stops at the bound or at --iterations)" => {
            "Même graine, même plan (quand la recherche s'arrête à la borne ou à --iterations)"
        }
        "Most seconds to search; stops earlier once the plan is provably best" => {
            "Durée de recherche maximale, en secondes ; s'arrête plus tôt dès que le plan est prouvé optimal"
        }
        "Stop after this many search steps instead of after --time (reproducible anywhere)" => {
            "S'arrêter après ce nombre d'étapes de recherche plutôt qu'après --time (reproductible partout)"
        }
        "No names yet: seat N people called P1…PN (written into participants)" => {
            "Pas encore de noms : placer N personnes nommées P1…PN (écrites dans participants)"
        }
        "The people to seat, from a CSV file: name, role, languages, organisation, arrives, leaves, table (or nom, rôle, langues, structure, arrivée, départ, table); written into the session" => {
            "Les personnes à placer, d'après un fichier CSV : nom, rôle, langues, structure, arrivée, départ, table (ou name, role, languages, organisation, arrives, leaves, table) ; écrites dans la séance"
        }
        "Run a workshop: the facilitator's screen (clock, agenda, who goes where), or with --table a note-taker's SWOT capture screen for that table" => {
            "Animer un atelier : l'écran d'animation (horloge, ordre du jour, qui va où), ou avec --table l'écran de saisie AFOM d'une table"
        }
        "Open the capture screen of this table (e.g. A) instead of the clock" => {
            "Ouvrir l'écran de saisie de cette table (p. ex. A) plutôt que l'horloge"
        }
        "A facilitator or projector screen that follows the room's clock without changing it" => {
            "Un écran d'animation ou de projection qui suit l'horloge de la salle sans la modifier"
        }
        "Rank proposals (or anything) by majority judgment from a paper tally: majority grade, ties broken by removing median grades, each candidate's merit profile" => {
            "Classer des propositions (ou autre chose) au jugement majoritaire depuis un dépouillement papier : mention majoritaire, égalités départagées en retirant les mentions médianes, profil de mérite de chacune"
        }
        "The paper tally (CSV, comma, semicolon or tab): a header line (candidate, then the grades, best first), then one line per candidate: its text, or the id of a proposal or post-it, then its number of votes for each grade" => {
            "Le dépouillement papier (CSV, virgule, point-virgule ou tabulation) : une ligne d'en-tête (candidat, puis les mentions, de la meilleure à la pire), puis une ligne par candidat : son texte, ou l'identifiant d'une proposition ou d'un post-it, puis son nombre de voix pour chaque mention"
        }
        "Add the first N of the ranking (and any tied with the Nth) to the follow-up register as proposals; those already in it are left as they are" => {
            "Ajouter les N premiers du classement (et ceux à égalité avec le N-ième) au registre de suivi comme propositions ; celles qui y sont déjà restent telles quelles"
        }
        "Write here (replaced atomically) instead of standard output" => {
            "Écrire ici (remplacé d'un coup) plutôt que sur la sortie standard"
        }
        "Print-ready, A4: the merit profiles drawn, then the table" => {
            "Prêt à imprimer, A4 : les profils de mérite dessinés, puis le tableau"
        }
        "The ballots, one per line (CSV): a header line (anything, then the candidates: texts or ids), then per ballot its label and the grade it gives each candidate (the grade's name, or its number from 1 for the best; empty: blank)" => {
            "Les bulletins, un par ligne (CSV) : une ligne d'en-tête (n'importe quoi, puis les candidats : textes ou identifiants), puis par bulletin son numéro et la mention donnée à chaque candidat (le nom de la mention, ou son numéro à partir de 1 pour la meilleure ; vide : sans mention)"
        }
        "The scale of the ballots, best first, separated by commas [default: the seven grades of majority judgment, in French or English]" => {
            "L'échelle des bulletins, de la meilleure mention à la pire, séparées par des virgules [par défaut : les sept mentions du jugement majoritaire, en français ou en anglais]"
        }
        "The theme of the proposals added (with --propose)" => {
            "Le thème des propositions ajoutées (avec --propose)"
        }
        "Serve the tables' page to the room's phones over the local network (no install, no internet): one address and QR code per table" => {
            "Servir la page des tables aux téléphones de la salle sur le réseau local (rien à installer, pas d'internet) : une adresse et un code QR par table"
        }
        "Listen on this address (repeatable); default: this laptop's local-network addresses and 127.0.0.1" => {
            "Écouter sur cette adresse (répétable) ; par défaut : les adresses de réseau local de cet ordinateur et 127.0.0.1"
        }
        "The port (0: any free one)" => "Le port (0 : n'importe lequel de libre)",
        "Write the sheets to put on the tables (an A4 page each: QR code, address, key) instead of serving" => {
            "Écrire les fiches à poser sur les tables (une page A4 chacune : code QR, adresse, clé) au lieu de servir la page"
        }
        "Where --print writes (default: standard output)" => {
            "Où --print écrit (par défaut : la sortie standard)"
        }
        "New keys for every table first: the old sheets and links stop working" => {
            "De nouvelles clés pour chaque table d'abord : les anciennes fiches et adresses ne marchent plus"
        }
        "The room's clock: current phase, its state and the time left" => {
            "L'horloge de la salle : phase en cours, son état et le temps restant"
        }
        "text (default) or json (for scripts)" => "text (par défaut) ou json (pour les scripts)",
        "Record a proposal (written directly, or promoted from a post-it with --from); prints its short id" => {
            "Enregistrer une proposition (écrite directement, ou reprise d'un post-it avec --from) ; affiche son identifiant court"
        }
        "Record the answer to a proposal (status, response, owner, condition, due date) or a progress note" => {
            "Enregistrer la réponse à une proposition (statut, réponse, porteur, condition, échéance) ou un point d'avancement"
        }
        "The « response to proposals » report across sessions: by theme and status, with answers, origins and history" => {
            "Le « retour sur les propositions » de une ou plusieurs séances : par thématique et par statut, avec les réponses, les origines et l'historique"
        }
        "The follow-up screen: proposals by theme and status, answered by keyboard" => {
            "L'écran de suivi : les propositions par thématique et par statut, auxquelles répondre au clavier"
        }
        "One or more sessions (a council's year); > and < move from one to the next" => {
            "Une ou plusieurs séances (l'année d'un conseil) ; > et < passent de l'une à l'autre"
        }
        "The topic it is about (a topic key of the session)" => {
            "Le thème dont elle parle (une clé de thème de la séance)"
        }
        "Its theme, free text; an existing theme is matched whatever the accents and case" => {
            "Sa thématique, en texte libre ; une thématique existante est reconnue quels que soient les accents et les majuscules"
        }
        "Promote this post-it (or the cluster it heads, or the key factor it is): its id or first characters, as `tablee notes` shows" => {
            "Reprendre ce post-it (ou le regroupement qu'il mène, ou le facteur clé qu'il est) : son identifiant ou ses premiers caractères, tels que `tablee notes` les affiche"
        }
        "A longer description" => "Une description plus longue",
        "A statement of the débat mouvant (repeat for each, in the order they are put); adds the debate to the agenda" => {
            "Une affirmation du débat mouvant (répétez l'option pour chacune, dans l'ordre où elles seront posées) ; ajoute le débat au déroulé"
        }
        "Correct a proposal already recorded (its id or first characters): the text given becomes its title, --theme its theme; the history keeps both" => {
            "Corriger une proposition déjà enregistrée (son identifiant ou ses premiers caractères) : le texte donné devient son intitulé, --theme sa thématique ; l'historique garde les anciens"
        }
        "Print even when some journals cannot be read; the document then says which are missing" => {
            "Imprimer même si des journaux sont illisibles ; le document dit alors lesquels manquent"
        }
        "Print even when some journals cannot be read; the report then says which are missing" => {
            "Imprimer même si des journaux sont illisibles ; le rapport dit alors lesquels manquent"
        }
        "The proposal's short text (by default, the post-it's with --from)" => {
            "Le texte court de la proposition (par défaut, celui du post-it avec --from)"
        }
        "The proposal's id, or its first characters (at least 4)" => {
            "L'identifiant de la proposition, ou ses premiers caractères (au moins 4)"
        }
        "accepted, modified, escalated, studying, clarify, refused, out-of-scope; or in-progress, done for a progress note (French names too: acceptée, remontée, à-l-étude, non-retenue, hors-périmètre, en-cours, réalisée…)" => {
            "acceptée, modifiée, remontée, à-l-étude, à-éclaircir, non-retenue, hors-périmètre ; ou en-cours, réalisée pour un point d'avancement (les noms anglais aussi : accepted, escalated, refused…)"
        }
        "Who carries it (to whom it is escalated, whose remit it is); \"\" clears it" => {
            "Qui la porte (à qui elle est remontée, de qui elle relève) ; \"\" l'efface"
        }
        "When: a year (2026), a month (2026-03) or a day (2026-03-15)" => {
            "Quand : une année (2026), un mois (2026-03) ou un jour (2026-03-15)"
        }
        "A condition, e.g. \"subject to funding\"; \"\" clears it" => {
            "Une condition, p. ex. \"sous réserve de l'obtention des crédits nécessaires\" ; \"\" l'efface"
        }
        "Another theme for it" => "Une autre thématique pour elle",
        "The day of a progress note (default: today)" => {
            "Le jour d'un point d'avancement (par défaut : aujourd'hui)"
        }
        "The response (the reason when refused, the question to clarify, what changes), or the progress note's text" => {
            "La réponse (le motif d'un refus, la question à éclaircir, ce qui change), ou le texte du point d'avancement"
        }
        "One or more sessions (a council's year): folders, session.ron files, or names inside --dir" => {
            "Une ou plusieurs séances (l'année d'un conseil) : dossiers, fichiers session.ron, ou noms dans --dir"
        }
        "Output format [md, txt, csv, json, decidim-proposals, decidim-results: stdout; html, xlsx: the first session's exports/ folder]" => {
            "Format de sortie [md, txt, csv, json, decidim-proposals, decidim-results : sortie standard ; html, xlsx : le dossier exports/ de la première séance]"
        }
        "The file Decidim's admin imports as proposals (CSV, `;`: title and body)" => {
            "Le fichier que l'administration de Decidim importe comme propositions (CSV, `;` : titre et corps)"
        }
        "The file Decidim's admin imports as accountability results (CSV, `;`: what the council carries, its answer, dates and progress)" => {
            "Le fichier que l'administration de Decidim importe comme résultats du suivi (CSV, `;` : ce que le conseil porte, sa réponse, ses dates et son avancement)"
        }
        "Only these statuses (repeat it); `awaiting` for those without an answer yet" => {
            "Seulement ces statuts (à répéter) ; `en-attente` pour celles qui n'ont pas encore de réponse"
        }
        "Only this theme" => "Seulement cette thématique",
        "Only what was proposed or answered on or after this day, marked as new" => {
            "Seulement ce qui a été proposé ou répondu depuis ce jour (inclus), marqué comme nouveau"
        }
        "Print-ready, A4" => "Prêt à imprimer, A4",
        "One row per proposal (RFC 4180, for scripts)" => {
            "Une ligne par proposition (RFC 4180, pour les scripts)"
        }
        "A workbook: one row per proposal, and the summary" => {
            "Un classeur : une ligne par proposition, et le résumé"
        }
        "Open data: one object per proposal (docs/proposals.schema.json), anonymous" => {
            "Données ouvertes : un objet par proposition (docs/proposals.schema.json), anonyme"
        }
        "Add one post-it to a table's SWOT; prints its id once it is on disk" => {
            "Ajouter un post-it à la grille AFOM d'une table ; affiche son identifiant une fois sur le disque"
        }
        "Table key, e.g. A" => "Clé de la table, p. ex. A",
        "s, w, o, t (strengths…) or a, f, o, r (atouts, faiblesses, opportunités, risques)" => {
            "a, f, o, r (atouts, faiblesses, opportunités, risques) ou s, w, o, t (strengths…)"
        }
        "Round number (the group is then taken from the rotation)" => {
            "Numéro du tour (le groupe est alors pris dans la rotation)"
        }
        "Group key" => "Clé du groupe",
        "The post-it's text" => "Le texte du post-it",
        "Import post-its transcribed from paper (CSV: table, round, group, quadrant, text, votes)" => {
            "Importer des post-its recopiés du papier (CSV : table, tour, groupe, quadrant, texte, votes)"
        }
        "CSV file, UTF-8, with a header row; `;` or `,` separated" => {
            "Fichier CSV en UTF-8, avec une ligne d'en-tête ; séparé par `;` ou `,`"
        }
        "Print the merged post-its, one per line (id, table, round, group, quadrant, votes, device, text)" => {
            "Afficher les post-its fusionnés, un par ligne (id, table, tour, groupe, quadrant, votes, appareil, texte)"
        }
        "Only this table" => "Seulement cette table",
        "Only this quadrant (s w o t, or a f o r)" => "Seulement ce quadrant (a f o r, ou s w o t)",
        "The column: on a SWOT s, w, o, t (strengths…) or a, f, o, r (atouts, faiblesses…); on named columns its number, letter or name; not needed for an open question" => {
            "La colonne : sur un SWOT a, f, o, r (atouts, faiblesses…) ou s, w, o, t (strengths…) ; sur des colonnes nommées son numéro, sa lettre ou son nom ; inutile pour une question ouverte"
        }
        "The column of rows that give none (a quadrant's letter; a column's number, letter or name)" => {
            "La colonne des lignes qui n'en donnent pas (la lettre d'un cadran ; le numéro, la lettre ou le nom d'une colonne)"
        }
        "Only this column: a quadrant (s w o t, or a f o r), or a column's number, letter or name" => {
            "Seulement cette colonne : un cadran (a f o r, ou s w o t), ou le numéro, la lettre ou le nom d'une colonne"
        }
        "Output format" => "Format de sortie",
        "Write the synthesis that organisers print: SWOT per topic, key factors, actions" => {
            "Écrire la synthèse à imprimer : AFOM par thème, facteurs clés, actions"
        }
        "One or more sessions (folders, session.ron files, or names inside --dir); topics with the same key are merged" => {
            "Une ou plusieurs séances (dossiers, fichiers session.ron ou noms dans --dir) ; les thèmes de même clé sont réunis"
        }
        "Output format [md, txt, csv, csv-actions, csv-forms: stdout; html, xlsx: the session's exports/ folder]" => {
            "Format de sortie [md, txt, csv, csv-actions, csv-forms : sortie standard ; html, xlsx : dossier exports/ de la séance]"
        }
        "One row per answer of every questionnaire's question, with its count and share (RFC 4180, for scripts)" => {
            "une ligne par réponse de chaque question des questionnaires, avec son nombre et sa part (RFC 4180, pour les scripts)"
        }
        "Type paper questionnaires in on a screen made for it (digits for answers, a row per form), or import them from a CSV file" => {
            "Saisir les questionnaires papier sur un écran fait pour cela (des chiffres pour les réponses, une ligne par formulaire), ou les importer d'un fichier CSV"
        }
        "Take the forms from this CSV file instead of the screen: a header line naming the questions (their words, or Q1, Q2…), then one line per form" => {
            "Prendre les formulaires dans ce fichier CSV plutôt qu'à l'écran : une ligne d'en-tête nommant les questions (leurs mots, ou Q1, Q2…), puis une ligne par formulaire"
        }
        "The questionnaire the file's forms answer, by its title (needed when the session has several)" => {
            "Le questionnaire auquel répondent les formulaires du fichier, par son titre (nécessaire quand la séance en a plusieurs)"
        }
        "One row per post-it (RFC 4180, for scripts)" => {
            "une ligne par post-it (RFC 4180, pour les scripts)"
        }
        "One row per plenary action (RFC 4180, for scripts)" => {
            "une ligne par action de la plénière (RFC 4180, pour les scripts)"
        }
        "A workbook of post-its, key factors and actions, for spreadsheets" => {
            "un classeur des post-its, facteurs clés et actions, pour les tableurs"
        }
        "Only this topic" => "Seulement ce thème",
        "Keep this tally in the session, so that its synthesis prints the ranking (a tally recorded again replaces it)" => {
            "Garder ce décompte dans la séance, pour que sa synthèse imprime le classement (un décompte gardé de nouveau le remplace)"
        }
        "The council's commitment to answer every proposal within a delay: 8w (weeks), 60d (days), 2m (months); proposals and the follow-up then show what is late first" => {
            "L'engagement du conseil à répondre à chaque proposition dans un délai : 8w (semaines), 60d (jours), 2m (mois) ; proposals et le suivi montrent alors d'abord ce qui est en retard"
        }
        "Late and due soon as of this day instead of today (what will be late on the day of the council)" => {
            "En retard et bientôt dû à ce jour plutôt qu'aujourd'hui (ce qui sera en retard le jour du conseil)"
        }
        "The facilitators' run-sheet: each phase with its start and end time, who leads it, what to say and do, its materials, and for rounds who sits where" => {
            "Le déroulé des animateurs et animatrices : chaque étape avec son heure de début et de fin, qui l'anime, ce qu'il faut dire et faire, son matériel, et pour les tours qui s'assoit où"
        }
        "Output format [html: a page to print, in the session's exports/ folder]" => {
            "Format de sortie [html : une page à imprimer, dans le dossier exports/ de la séance]"
        }
        "Start with a UTF-8 byte-order mark (for spreadsheet tools reading the CSV)" => {
            "Commencer par une marque d'ordre d'octets UTF-8 (pour les tableurs qui lisent le CSV)"
        }
        "List the sessions in the data folder" => "Lister les séances du dossier de données",
        "With --here once rounds are under way: plan the rounds to come again (people may move) instead of seating the late arrivals in the free seats" => {
            "Avec --here une fois les tours commencés : replanifier les tours à venir (des personnes peuvent changer de place) au lieu de placer les retardataires aux places libres"
        }
        "List who came by name after the counts (from the register and the door), for the council's own records: without it no participant is named" => {
            "Nommer les présent·es après les nombres (d'après le registre et l'accueil), pour les archives du conseil\u{a0}: sans cela aucun·e participant·e n'est nommé·e"
        }
        "List who came to the sessions by name after the counts (from the register and the door), for the council's own records: without it no participant is named" => {
            "Nommer les présent·es des séances après les nombres (d'après le registre et l'accueil), pour les archives du conseil\u{a0}: sans cela aucun·e participant·e n'est nommé·e"
        }
        "Who came, counted by this column of the council's register" => {
            "Qui est venu, compté selon cette colonne du registre du conseil"
        }
        "Change what the register says of a person (the fields given; --rename for the name)" => {
            "Changer ce que le registre dit d'une personne (les champs donnés ; --rename pour le nom)"
        }
        "Their name, corrected" => "Son nom, corrigé",
        "Seat who is here (ticked in at the door, tablee here), keeping the rounds already played as they were" => {
            "Placer qui est là (coché à l'accueil, tablee here), en gardant les tours déjà joués tels quels"
        }
        "With --here: the first round to plan again [default: the first round the room's clock has not started]" => {
            "Avec --here : le premier tour à replanifier [par défaut : le premier tour que l'horloge de la salle n'a pas commencé]"
        }
        "The door's screen: type a name, Enter ticks them in (a name nobody has: welcomed without an invitation)" => {
            "L'écran de l'accueil : taper un nom, Entrée coche la personne (un nom que personne n'a : accueilli·e sans invitation)"
        }
        "Invite people of the register to a session (by name, --all, or --role), and set the room's capacity" => {
            "Inviter des personnes du registre à une séance (par nom, --all ou --role), et fixer la jauge"
        }
        "A session folder, its session.ron, or a folder name inside --dir" => {
            "Un dossier de séance, son session.ron, ou un nom de dossier dans --dir"
        }
        "People of the register to invite" => "Les personnes du registre à inviter",
        "Everyone in the register" => "Tout le registre",
        "Everyone of this role (repeat for several)" => {
            "Toutes les personnes de ce rôle (à répéter pour plusieurs)"
        }
        "The most people the room takes (« jauge »)" => {
            "Le nombre de personnes que la salle accueille au plus (jauge)"
        }
        "The council's register: the people it invites (people.ron beside the sessions): list, add, import or export a spreadsheet, forget someone" => {
            "Le registre du conseil : les personnes qu'il invite (people.ron à côté des séances) : lister, ajouter, importer ou exporter un tableur, oublier quelqu'un"
        }
        "The door: tick in who arrives (by name from the register, or a walk-in), then how many are here against those invited and the room's capacity" => {
            "L'accueil : cocher qui arrive (par son nom dans le registre, ou sans invitation), puis combien sont là face aux invité·es et à la jauge"
        }
        "List the register, one person a line (the default)" => {
            "Lister le registre, une personne par ligne (par défaut)"
        }
        "Add a person to the register" => "Ajouter une personne au registre",
        "Add the people of a spreadsheet (CSV, columns in French or English: nom/name, rôle, structure, quartier, langues, besoins, contact); names already there are left as they are" => {
            "Ajouter les personnes d'un tableur (CSV, colonnes en français ou en anglais : nom/name, rôle, structure, quartier, langues, besoins, contact) ; les noms déjà là restent tels quels"
        }
        "The spreadsheet, saved as CSV (UTF-8, `;` or `,`)" => {
            "Le tableur, enregistré en CSV (UTF-8, `;` ou `,`)"
        }
        "Write the register as a spreadsheet (CSV), to stdout or -o FILE" => {
            "Écrire le registre en tableur (CSV), sur la sortie ou dans -o FICHIER"
        }
        "Remove a person from the register for good (journals hold only an id, which then names no one)" => {
            "Retirer une personne du registre pour de bon (les journaux ne gardent qu'un identifiant, qui ne nomme alors plus personne)"
        }
        "The person's name, as in the register" => "Le nom de la personne, comme dans le registre",
        "The person's name" => "Le nom de la personne",
        "Role (« habitante », « élu », « association »…)" => {
            "Rôle (« habitante », « élu », « association »…)"
        }
        "Organisation" => "Structure",
        "Neighbourhood or commune" => "Quartier ou commune",
        "Languages spoken, separated by spaces or commas" => {
            "Langues parlées, séparées par des espaces ou des virgules"
        }
        "Accessibility needs" => "Besoins d'accessibilité",
        "How to reach them" => "Comment la joindre",
        "People of the register who arrive (each name in quotes, or one word of it only they have)" => {
            "Les personnes du registre qui arrivent (chaque nom entre guillemets, ou un mot de celui-ci qu'elles seules ont)"
        }
        "Someone not in the register: added to it and ticked in (repeat for each)" => {
            "Quelqu'un qui n'est pas dans le registre : ajouté·e et coché·e (à répéter pour chacun·e)"
        }
        "Take back a tick given by mistake (repeat for each)" => {
            "Reprendre une coche donnée par erreur (à répéter pour chacun·e)"
        }
        "Minutes of each round, or a range: 20, 15-20" => {
            "Minutes de chaque tour, ou une fourchette : 20, 15-20"
        }
        "The instruction to the room in every round (shown on the projector, printed on the run-sheet)" => {
            "La consigne donnée à la salle à chaque tour (affichée au vidéoprojecteur, imprimée sur le déroulé)"
        }
        "Who leads the phases, e.g. \"Équipe d'animation\" (printed on the run-sheet)" => {
            "Qui anime les étapes, par ex. « Équipe d'animation » (imprimé sur le déroulé)"
        }
        "Publish the year's sessions, their syntheses and the answers to proposals as a static site in French and English (no script, nothing from outside), to copy to the city's web server" => {
            "Publier les séances de l'année, leurs synthèses et le retour sur les propositions en site statique en français et en anglais (sans script, rien venu d'ailleurs), à copier sur le serveur web de la ville"
        }
        "The folder to write the site into: new, empty, or a previous publication (updated)" => {
            "Le dossier où écrire le site : nouveau, vide, ou une publication précédente (mise à jour)"
        }
        "The site's title [default: « Ateliers et réponses », with the organiser when the sessions share one]" => {
            "Le titre du site [par défaut : « Ateliers et réponses », avec l'organisateur quand les séances en ont un seul]"
        }
        "Name the tables' hosts, as the printed synthesis does (left out by default: no participant is named)" => {
            "Nommer les hôtes des tables, comme la synthèse imprimée (laissés de côté par défaut : aucun·e participant·e n'est nommé·e)"
        }
        "Late as of this day instead of today" => "En retard à ce jour plutôt qu'aujourd'hui",
        "Publish even when some journals cannot be read; the pages then say which are missing" => {
            "Publier même si des journaux sont illisibles ; les pages disent alors lesquels manquent"
        }
        _ => return None,
    })
}

/// The usage line and headings of a help page, in French.
/// The help page as clap renders it, in French typography: its headings
/// ("Commandes:", "Options:", which clap writes with the colon against the
/// word) get their space, and every space before a sign is non-breaking.
pub fn french_page(rendered: String) -> String {
    let mut page = String::with_capacity(rendered.len() + 16);
    for line in rendered.split_inclusive('\n') {
        let heading = line.trim_end();
        match heading.strip_suffix(':') {
            Some(word)
                if !word.is_empty()
                    && !word.starts_with(' ')
                    && !word.contains(' ')
                    && word.chars().all(|c| c.is_alphabetic()) =>
            {
                page.push_str(word);
                page.push_str(" :");
                page.push_str(&line[heading.len()..]);
            }
            _ => page.push_str(line),
        }
    }
    super::Lang::Fr.typeset(page)
}

const TEMPLATE: &str = "{about-with-newline}\nUtilisation : {usage}\n\n{all-args}{after-help}";

/// `cmd` with every help text in French. It is built first, so that the
/// help and version options and the `help` command clap adds are there to
/// translate too.
pub fn in_french(mut cmd: Command) -> Command {
    cmd.build();
    localise(cmd)
}

/// Defaults and possible values are written into the help line (clap
/// prints its own in English).
fn localise(cmd: Command) -> Command {
    let mut cmd = cmd
        .help_template(TEMPLATE)
        .subcommand_help_heading("Commandes")
        .subcommand_value_name("COMMANDE");
    if let Some(fr) = cmd.get_about().and_then(|a| french(&a.to_string())) {
        cmd = cmd.about(fr).long_about(fr);
    }
    cmd = cmd.mut_args(|arg| {
        let Some(en) = arg.get_help().map(|h| h.to_string()) else {
            return arg;
        };
        let mut help = french(&en).unwrap_or("").to_string();
        let values: Vec<String> = arg
            .get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(
                |v| match v.get_help().and_then(|h| french(&h.to_string())) {
                    Some(h) => format!("{} : {h}", v.get_name()),
                    None => v.get_name().to_string(),
                },
            )
            .collect();
        let is_lang = arg.get_long() == Some("lang");
        let takes = arg.get_action().takes_values();
        let shown = takes && !values.is_empty() && !is_lang;
        if shown {
            help.push_str(&format!(" — valeurs : {}", values.join(" ; ")));
        }
        let defaults: Vec<String> = arg
            .get_default_values()
            .iter()
            .map(|d| d.to_string_lossy().into_owned())
            .collect();
        // What the help line says itself (--dir's default) is not said twice.
        if takes && !defaults.is_empty() && !arg.is_hide_default_value_set() {
            help.push_str(&format!(" [par défaut : {}]", defaults.join(", ")));
        }
        let env = arg.get_env().map(|e| e.to_string_lossy().into_owned());
        if let Some(env) = env.as_ref().filter(|_| !arg.is_hide_env_set()) {
            help.push_str(&format!(" [variable d'environnement : {env}]"));
        }
        arg.help(help.clone())
            .long_help(help)
            .hide_env(env.is_some())
            .hide_possible_values(takes && (shown || is_lang))
            .hide_default_value(true)
    });
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        cmd = cmd.mut_subcommand(name, localise);
    }
    cmd
}

/// Every help text of the command tree, for the test.
#[cfg(test)]
pub(crate) fn texts(cmd: &Command, out: &mut Vec<String>) {
    if let Some(about) = cmd.get_about() {
        out.push(about.to_string());
    }
    for arg in cmd.get_arguments() {
        out.extend(arg.get_help().map(|h| h.to_string()));
        out.extend(
            arg.get_possible_values()
                .iter()
                .filter_map(|v| v.get_help().map(|h| h.to_string())),
        );
    }
    for sub in cmd.get_subcommands() {
        texts(sub, out);
    }
}

/// A command-line mistake in French (clap words its errors in English).
/// `None` for help and version pages, and for kinds left to clap.
pub fn french_error(e: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind as C, ContextValue, ErrorKind as K};
    let get = |k: C| -> Option<String> {
        e.get(k).map(|v| match v {
            ContextValue::String(s) => s.clone(),
            ContextValue::Strings(v) => v.join(", "),
            ContextValue::StyledStr(s) => s.to_string(),
            ContextValue::StyledStrs(v) => v
                .iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>()
                .join(", "),
            ContextValue::Number(n) => n.to_string(),
            ContextValue::Bool(b) => b.to_string(),
            _ => String::new(),
        })
    };
    let arg = get(C::InvalidArg).unwrap_or_default();
    let value = get(C::InvalidValue).unwrap_or_default();
    let suggestion = get(C::SuggestedSubcommand)
        .or_else(|| get(C::SuggestedArg))
        .or_else(|| get(C::SuggestedValue))
        .map(|s| format!(" ; vouliez-vous dire « {s} » ?"))
        .unwrap_or_default();
    let what = match e.kind() {
        K::MissingRequiredArgument => format!("il manque {arg}"),
        K::InvalidValue => {
            let valid = get(C::ValidValue)
                .map(|v| format!(" (valeurs possibles : {v})"))
                .unwrap_or_default();
            format!("« {value} » n'est pas une valeur possible pour {arg}{valid}{suggestion}")
        }
        K::ValueValidation => {
            let number = std::error::Error::source(e).is_some_and(|s| {
                s.is::<std::num::ParseIntError>() || s.is::<std::num::ParseFloatError>()
            });
            if number {
                format!("« {value} » ne convient pas à {arg} : un nombre est attendu, p. ex. 4")
            } else {
                format!("« {value} » ne convient pas à {arg}")
            }
        }
        K::InvalidSubcommand => {
            let sub = get(C::InvalidSubcommand).unwrap_or_default();
            format!("commande inconnue « {sub} »{suggestion}")
        }
        K::UnknownArgument if suggestion.is_empty() && arg.starts_with('-') => format!(
            "option inconnue « {arg} » ; pour un texte qui commence par « - », \
             écrivez-le après « -- » : -- \"{arg} …\""
        ),
        K::UnknownArgument => format!("option inconnue « {arg} »{suggestion}"),
        K::ArgumentConflict => {
            let prior = get(C::PriorArg).unwrap_or_default();
            format!("{arg} et {prior} ne vont pas ensemble : gardez l'une des deux")
        }
        K::NoEquals | K::TooManyValues | K::TooFewValues | K::WrongNumberOfValues => {
            format!("nombre de valeurs incorrect pour {arg}")
        }
        K::MissingSubcommand => "il manque la commande".to_string(),
        _ => return None,
    };
    let usage = get(C::Usage).map(|u| {
        let u = u.trim();
        u.strip_prefix("Usage:").unwrap_or(u).trim().to_string()
    });
    // `tablee new` from `tablee new [OPTIONS] <NAME>`.
    let command: String = usage
        .as_deref()
        .unwrap_or("tablee")
        .split_whitespace()
        .take_while(|w| !w.starts_with(['[', '<', '-']))
        .collect::<Vec<_>>()
        .join(" ");
    let usage = usage
        .map(|u| format!("\n\nUtilisation : {u}"))
        .unwrap_or_default();
    Some(format!(
        "erreur : {what}{usage}\n\nPour en savoir plus : {command} --help\n"
    ))
}
