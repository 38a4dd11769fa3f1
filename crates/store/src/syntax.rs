//! A RON syntax or type error as a structured kind, with what a person needs
//! to fix it: the closest field or value to a misspelt one, the format of a
//! date, the bracket left open and where it opened. The sentences are in
//! `i18n::syntax`.

use super::locate::{self, Pos};

/// What kind of value a field wanted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wanted {
    WholeNumber,
    Number,
    Text,
    YesNo,
    List,
    Group,
    Name,
    Optional,
}

/// A syntax or type error, ready to be worded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Syntax {
    /// `hots:` in a `Table`: the fields it has, and the closest one.
    UnknownField {
        found: String,
        outer: Option<String>,
        expected: &'static [&'static str],
        closest: Option<&'static str>,
    },
    MissingField {
        field: &'static str,
        outer: Option<String>,
    },
    DuplicateField {
        field: &'static str,
    },
    /// `kind: Setupp`: the values allowed, and the closest one.
    UnknownValue {
        found: String,
        expected: &'static [&'static str],
        closest: Option<&'static str>,
    },
    /// A date that is not `YYYY-MM-DD` (`11/10/2024`).
    BadDate {
        field: Option<String>,
        found: String,
    },
    /// A time that is not `HH:MM` (`9h30`).
    BadTime {
        field: Option<String>,
        found: String,
    },
    /// A value of the wrong kind: `minutes: "5"`.
    Wrong {
        wanted: Wanted,
        field: Option<String>,
        found: String,
    },
    /// A forgotten comma: the position is where it belongs.
    MissingComma,
    /// The file ends with a bracket still open.
    Unclosed {
        open: char,
        at: Pos,
    },
    /// A closing bracket that is not the one the innermost open bracket
    /// needs.
    Mismatched {
        found: char,
        open: char,
        at: Pos,
    },
    UnclosedText,
    UnclosedComment,
    /// A character that cannot start anything here.
    Unexpected(char),
    /// Text after the session's closing bracket.
    Trailing,
    /// Anything else, with the parser's own words (in English).
    Other(String),
}

/// The closest of `expected` to `found`, if close enough to be a typo.
fn closest(found: &str, expected: &'static [&'static str]) -> Option<&'static str> {
    let found = found.to_lowercase();
    expected
        .iter()
        .map(|e| (strsim::damerau_levenshtein(&found, &e.to_lowercase()), *e))
        .filter(|(d, e)| *d <= 2.max(e.len() / 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, e)| e)
}

/// The bracket that closes `open`.
pub fn closer_of(open: char) -> char {
    match open {
        '(' => ')',
        '[' => ']',
        _ => '}',
    }
}

/// Fields that hold a date or a time of day.
const DATE_FIELDS: [&str; 2] = ["date", "due"];
const TIME_FIELDS: [&str; 1] = ["start"];

impl Syntax {
    /// The kind of `err` and where to point, from the error and the text.
    pub fn of(err: &ron::error::SpannedError, src: &str) -> (Syntax, Pos) {
        use ron::error::Error as E;
        let at = Pos {
            line: err.span.start.line,
            col: err.span.start.col,
        };
        let end = Pos {
            line: err.span.end.line,
            col: err.span.end.col,
        };
        let mut cx = locate::context(src, at);
        // The value the parser refused, when it says where it ends (a
        // refused date: its span starts inside the quotes).
        let spanned = src[offset(src, at)..offset(src, end.max(at))].trim();
        if !spanned.is_empty() {
            cx.token = spanned.to_string();
        }
        // `"11/10/2024"` → `11/10/2024`: a date or time as it was typed.
        let literal = {
            let t = cx.token.strip_prefix("Some(").unwrap_or(&cx.token);
            let t = t.strip_prefix('"').unwrap_or(t);
            t.split('"').next().unwrap_or(t).to_string()
        };
        let wrong = |wanted| Syntax::Wrong {
            wanted,
            field: cx.field.clone(),
            found: cx.token.clone(),
        };
        let at_end = src[offset(src, end.max(at))..].trim().is_empty();
        // A date or time field whose text jiff refused (or that is not text).
        let refused_value = matches!(err.code, E::Message(_) | E::ExpectedString);
        let in_field = |fields: &[&str]| cx.field.as_deref().is_some_and(|f| fields.contains(&f));
        let kind = match &err.code {
            // The file ends inside a bracket, whatever the parser expected.
            _ if at_end && !cx.open.is_empty() => {
                let (open, at) = *cx.open.last().expect("checked");
                Syntax::Unclosed { open, at }
            }
            // A field name expected, a new group or text found: the group
            // before was not closed.
            E::ExpectedIdentifier
                if matches!(cx.token.chars().next(), Some('(' | '[' | '"'))
                    && cx.open.last().is_some_and(|(o, _)| *o == '(') =>
            {
                let (open, at) = *cx.open.last().expect("checked");
                Syntax::Unclosed { open, at }
            }
            _ if matches!(cx.token.chars().next(), Some(')' | ']' | '}'))
                && cx
                    .open
                    .last()
                    .is_some_and(|&(o, _)| !cx.token.starts_with(closer_of(o))) =>
            {
                let (open, at) = *cx.open.last().expect("checked");
                Syntax::Mismatched {
                    found: cx.token.chars().next().expect("checked"),
                    open,
                    at,
                }
            }
            E::NoSuchStructField {
                expected,
                found,
                outer,
            } => Syntax::UnknownField {
                found: found.clone(),
                outer: outer.clone(),
                expected,
                closest: closest(found, expected),
            },
            E::MissingStructField { field, outer } => Syntax::MissingField {
                field,
                outer: outer.clone(),
            },
            E::DuplicateStructField { field, .. } => Syntax::DuplicateField { field },
            E::NoSuchEnumVariant {
                expected, found, ..
            } => Syntax::UnknownValue {
                found: found.clone(),
                expected,
                closest: closest(found, expected),
            },
            _ if refused_value && in_field(&DATE_FIELDS) => Syntax::BadDate {
                field: cx.field.clone(),
                found: literal,
            },
            _ if refused_value && in_field(&TIME_FIELDS) => Syntax::BadTime {
                field: cx.field.clone(),
                found: literal,
            },
            // `minutes: 5.5`: the parser read 5, then stopped at `.5`.
            E::ExpectedComma
                if src[offset(src, at)..].starts_with('.')
                    && src[offset(src, at) + 1..].starts_with(|c: char| c.is_ascii_digit()) =>
            {
                let dot = offset(src, at);
                let start = src[..dot]
                    .rfind(|c: char| !c.is_ascii_digit())
                    .map_or(0, |i| i + 1);
                let end = src[dot + 1..]
                    .find(|c: char| !c.is_ascii_digit())
                    .map_or(src.len(), |i| dot + 1 + i);
                return (
                    Syntax::Wrong {
                        wanted: Wanted::WholeNumber,
                        field: cx.field.clone(),
                        found: src[start..end].to_string(),
                    },
                    at,
                );
            }
            E::ExpectedComma => {
                let at = cx.after_previous.unwrap_or(at);
                return (Syntax::MissingComma, at);
            }
            E::ExpectedInteger | E::IntegerOutOfBounds | E::InvalidIntegerDigit { .. } => {
                wrong(Wanted::WholeNumber)
            }
            E::ExpectedFloat => wrong(Wanted::Number),
            E::ExpectedStringEnd => Syntax::UnclosedText,
            E::ExpectedString | E::ExpectedChar => wrong(Wanted::Text),
            E::ExpectedBoolean => wrong(Wanted::YesNo),
            E::ExpectedArray => wrong(Wanted::List),
            E::ExpectedStructLike | E::ExpectedNamedStructLike(_) | E::ExpectedMap => {
                wrong(Wanted::Group)
            }
            E::ExpectedIdentifier => wrong(Wanted::Name),
            E::ExpectedOption => wrong(Wanted::Optional),
            E::InvalidValueForType { expected, .. } => {
                let e = expected.to_lowercase();
                if e.contains("integer") || e.contains("u32") || e.contains("u64") {
                    wrong(Wanted::WholeNumber)
                } else if e.contains("string") {
                    wrong(Wanted::Text)
                } else if e.contains("bool") {
                    wrong(Wanted::YesNo)
                } else if e.contains("sequence") {
                    wrong(Wanted::List)
                } else {
                    Syntax::Other(err.code.to_string())
                }
            }
            E::UnclosedBlockComment => Syntax::UnclosedComment,
            E::UnexpectedChar(c) => Syntax::Unexpected(*c),
            E::TrailingCharacters => Syntax::Trailing,
            other => Syntax::Other(other.to_string()),
        };
        (kind, at)
    }
}

/// The byte offset of a 1-based line and column (in characters).
fn offset(src: &str, at: Pos) -> usize {
    let mut line_start = 0;
    for _ in 1..at.line {
        match src[line_start..].find('\n') {
            Some(i) => line_start += i + 1,
            None => return src.len(),
        }
    }
    src[line_start..]
        .char_indices()
        .nth(at.col.saturating_sub(1))
        .map_or(src.len(), |(i, _)| line_start + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind_of(src: &str) -> (Syntax, Pos) {
        #[derive(serde::Deserialize, Debug)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct Table {
            key: String,
            host: Option<String>,
            minutes: Option<u32>,
            date: Option<jiff::civil::Date>,
        }
        let err = super::super::session_file::ron_options()
            .from_str::<Vec<Table>>(src)
            .expect_err("an error");
        Syntax::of(&err, src)
    }

    #[test]
    fn a_misspelt_field_names_the_closest_one() {
        let (k, at) = kind_of("[(key: \"A\", hots: \"Ana\")]");
        let Syntax::UnknownField { found, closest, .. } = k else {
            panic!("{k:?}")
        };
        assert_eq!((found.as_str(), closest), ("hots", Some("host")));
        assert_eq!(at, Pos { line: 1, col: 13 });
        let (k, _) = kind_of("[(key: \"A\", colour: \"red\")]");
        assert!(matches!(k, Syntax::UnknownField { closest: None, .. }));
    }

    #[test]
    fn a_date_and_a_wrong_type_name_their_field() {
        let (k, _) = kind_of("[(key: \"A\", date: \"11/10/2024\")]");
        assert_eq!(
            k,
            Syntax::BadDate {
                field: Some("date".into()),
                found: "11/10/2024".into()
            }
        );
        let (k, _) = kind_of("[(key: \"A\", minutes: \"5\")]");
        assert!(
            matches!(&k, Syntax::Wrong { wanted: Wanted::WholeNumber, field: Some(f), .. } if f == "minutes"),
            "{k:?}"
        );
    }

    #[test]
    fn a_missing_comma_points_after_the_previous_value() {
        let (k, at) = kind_of("[\n  (key: \"A\")\n  (key: \"B\"),\n]");
        assert_eq!(k, Syntax::MissingComma);
        assert_eq!(at, Pos { line: 2, col: 13 });
    }

    #[test]
    fn an_open_bracket_is_found_where_it_opened() {
        let (k, at) = kind_of("[\n  (key: \"A\",\n  (key: \"B\"),\n]");
        assert_eq!(
            k,
            Syntax::Unclosed {
                open: '(',
                at: Pos { line: 2, col: 3 }
            }
        );
        assert_eq!(at, Pos { line: 3, col: 3 });
        let (k, _) = kind_of("[\n  (key: \"A\"],\n]");
        assert_eq!(
            k,
            Syntax::Mismatched {
                found: ']',
                open: '(',
                at: Pos { line: 2, col: 3 }
            }
        );
        let (k, _) = kind_of("[\n  (key: \"A\"),\n  (key: \"B\"");
        assert_eq!(
            k,
            Syntax::Unclosed {
                open: '(',
                at: Pos { line: 3, col: 3 }
            }
        );
    }
}
