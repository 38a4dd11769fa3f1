//! Finds where a value stands in RON text, to point at `line:column`.
//!
//! `ron` reports positions for syntax errors only. For semantic problems
//! (an unknown topic on a table…) we scan the text once into a light tree of
//! structs, lists and maps with the position of every field, entry and item,
//! then follow a [`DocPath`]. The scanner is tolerant: on anything it does not
//! understand it stops, and the lookup falls back to the nearest ancestor.

use tablee_core::validate::{DocPath, Seg};

/// A 1-based line and column (in characters), as `ron` counts them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pos {
    pub line: usize,
    pub col: usize,
}

impl std::fmt::Display for Pos {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.line, self.col)
    }
}

#[derive(Debug)]
enum Node {
    Scalar,
    /// `name: value` pairs of a struct.
    Struct(Vec<(String, Pos, Node)>),
    /// Items of a list or tuple.
    Seq(Vec<(Pos, Node)>),
    /// `"key": value` entries of a map (keys unquoted).
    Map(Vec<(String, Pos, Node)>),
    /// `Name([…])` or `({…})`: one list or map in parentheses, stepped
    /// through when following a path.
    Newtype(Box<Node>),
}

struct Scanner {
    chars: Vec<char>,
    i: usize,
    line: usize,
    col: usize,
}

impl Scanner {
    fn new(src: &str) -> Self {
        Scanner {
            chars: src.chars().collect(),
            i: 0,
            line: 1,
            col: 1,
        }
    }

    fn pos(&self) -> Pos {
        Pos {
            line: self.line,
            col: self.col,
        }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.i).copied()
    }

    fn peek_at(&self, k: usize) -> Option<char> {
        self.chars.get(self.i + k).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.i += 1;
        if c == '\n' {
            self.line += 1;
            self.col = 1;
        } else {
            self.col += 1;
        }
        Some(c)
    }

    /// Skips white space, `//` and nested `/* */` comments, and `#![…]` attributes.
    fn skip_trivia(&mut self) {
        loop {
            match (self.peek(), self.peek_at(1)) {
                (Some(c), _) if c.is_whitespace() => {
                    self.bump();
                }
                (Some('/'), Some('/')) => {
                    while let Some(c) = self.bump() {
                        if c == '\n' {
                            break;
                        }
                    }
                }
                (Some('/'), Some('*')) => {
                    self.bump();
                    self.bump();
                    let mut depth = 1;
                    while depth > 0 {
                        match (self.bump(), self.peek()) {
                            (None, _) => return,
                            (Some('/'), Some('*')) => {
                                self.bump();
                                depth += 1;
                            }
                            (Some('*'), Some('/')) => {
                                self.bump();
                                depth -= 1;
                            }
                            _ => {}
                        }
                    }
                }
                (Some('#'), Some('!')) => {
                    while let Some(c) = self.bump() {
                        if c == ']' {
                            break;
                        }
                    }
                }
                _ => return,
            }
        }
    }

    fn eat(&mut self, c: char) -> bool {
        self.skip_trivia();
        if self.peek() == Some(c) {
            self.bump();
            true
        } else {
            false
        }
    }

    /// A quoted or raw string; returns its contents (escapes kept simple).
    fn string(&mut self) -> Option<String> {
        let mut out = String::new();
        if self.peek() == Some('r') {
            self.bump();
            let mut hashes = 0;
            while self.peek() == Some('#') {
                self.bump();
                hashes += 1;
            }
            if self.bump() != Some('"') {
                return None;
            }
            loop {
                let c = self.bump()?;
                if c == '"' {
                    let mut n = 0;
                    while n < hashes && self.peek() == Some('#') {
                        self.bump();
                        n += 1;
                    }
                    if n == hashes {
                        return Some(out);
                    }
                    out.push('"');
                    out.extend(std::iter::repeat_n('#', n));
                } else {
                    out.push(c);
                }
            }
        }
        if self.bump() != Some('"') {
            return None;
        }
        loop {
            match self.bump()? {
                '"' => return Some(out),
                '\\' => {
                    let e = self.bump()?;
                    out.push(match e {
                        'n' => '\n',
                        't' => '\t',
                        other => other,
                    });
                }
                c => out.push(c),
            }
        }
    }

    fn word(&mut self) -> String {
        let mut out = String::new();
        while let Some(c) = self.peek() {
            if c.is_alphanumeric() || matches!(c, '_' | '.' | '+' | '-') {
                out.push(c);
                self.bump();
            } else {
                break;
            }
        }
        out
    }

    fn value(&mut self) -> Option<Node> {
        self.skip_trivia();
        match self.peek()? {
            '"' => {
                self.string()?;
                Some(Node::Scalar)
            }
            'r' if matches!(self.peek_at(1), Some('"') | Some('#')) => {
                self.string()?;
                Some(Node::Scalar)
            }
            '\'' => {
                self.bump();
                while let Some(c) = self.bump() {
                    if c == '\\' {
                        self.bump();
                    } else if c == '\'' {
                        break;
                    }
                }
                Some(Node::Scalar)
            }
            '[' => {
                self.bump();
                let mut items = Vec::new();
                loop {
                    if self.eat(']') {
                        return Some(Node::Seq(items));
                    }
                    self.skip_trivia();
                    let p = self.pos();
                    items.push((p, self.value()?));
                    if !self.eat(',') {
                        return self.eat(']').then_some(Node::Seq(items));
                    }
                }
            }
            '{' => {
                self.bump();
                let mut entries = Vec::new();
                loop {
                    if self.eat('}') {
                        return Some(Node::Map(entries));
                    }
                    self.skip_trivia();
                    let p = self.pos();
                    let key = if matches!(self.peek(), Some('"')) {
                        self.string()?
                    } else {
                        self.word()
                    };
                    if !self.eat(':') {
                        return None;
                    }
                    entries.push((key, p, self.value()?));
                    if !self.eat(',') {
                        return self.eat('}').then_some(Node::Map(entries));
                    }
                }
            }
            '(' => self.parens(),
            _ => {
                let w = self.word();
                if w.is_empty() {
                    return None;
                }
                // Stay just after the word unless `(` follows, so that a
                // value's end never takes in the comment after it.
                let save = (self.i, self.line, self.col);
                self.skip_trivia();
                if self.peek() == Some('(') {
                    self.parens()
                } else {
                    (self.i, self.line, self.col) = save;
                    Some(Node::Scalar)
                }
            }
        }
    }

    /// `( … )`: a struct when it starts with `name:`, otherwise a tuple.
    fn parens(&mut self) -> Option<Node> {
        self.bump(); // '('
        self.skip_trivia();
        let save = (self.i, self.line, self.col);
        let first = self.word();
        let is_struct = !first.is_empty() && {
            self.skip_trivia();
            self.peek() == Some(':') && self.peek_at(1) != Some(':')
        };
        (self.i, self.line, self.col) = save;
        if is_struct {
            let mut fields = Vec::new();
            loop {
                if self.eat(')') {
                    return Some(Node::Struct(fields));
                }
                self.skip_trivia();
                let p = self.pos();
                let name = self.word();
                if name.is_empty() || !self.eat(':') {
                    return None;
                }
                fields.push((name, p, self.value()?));
                if !self.eat(',') {
                    return self.eat(')').then_some(Node::Struct(fields));
                }
            }
        }
        let mut items = Vec::new();
        let tuple = |mut items: Vec<(Pos, Node)>| {
            if items.len() == 1 && matches!(items[0].1, Node::Seq(_) | Node::Map(_)) {
                Node::Newtype(Box::new(items.remove(0).1))
            } else {
                Node::Seq(items)
            }
        };
        loop {
            if self.eat(')') {
                return Some(tuple(items));
            }
            self.skip_trivia();
            let p = self.pos();
            items.push((p, self.value()?));
            if !self.eat(',') {
                return self.eat(')').then(|| tuple(items));
            }
        }
    }
}

/// Where `path` points in `src`; the nearest ancestor that exists when the
/// path cannot be followed to the end; `1:1` when nothing can be followed.
pub fn locate(src: &str, path: &DocPath) -> Pos {
    let mut sc = Scanner::new(src);
    sc.skip_trivia();
    let start = sc.pos();
    let Some(root) = sc.value() else {
        return start;
    };
    let mut node = &root;
    let mut pos = start;
    for seg in &path.0 {
        // Step through a newtype wrapper such as `Groups([...])`.
        while let Node::Newtype(inner) = node {
            node = inner;
        }
        let next = match (node, seg) {
            (Node::Struct(fields), Seg::Field(name)) => fields
                .iter()
                .find(|(n, _, _)| n == name)
                .map(|(_, p, n)| (*p, n)),
            (Node::Seq(items), Seg::Index(i)) => items.get(*i).map(|(p, n)| (*p, n)),
            (Node::Map(entries), Seg::Key(k)) => entries
                .iter()
                .find(|(key, _, _)| key == k)
                .map(|(_, p, n)| (*p, n)),
            _ => None,
        };
        match next {
            Some((p, n)) => {
                pos = p;
                node = n;
            }
            None => break,
        }
    }
    pos
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: &str = r#"// a comment
#![enable(implicit_some)]
(
    format_version: 1,
    title: "x /* not a comment */",
    tables: [
        (key: "A", topic: "CLN"),
        /* block */ (key: "B",
            topic: "XXX"),
    ],
    rotation: Groups([
        {"A": ["1"], "B": ["2"]},
        {"A": ["2", "1"]},
    ]),
)"#;

    fn at(path: DocPath) -> String {
        locate(SRC, &path).to_string()
    }

    #[test]
    fn follows_fields_items_and_keys() {
        let root = DocPath::root;
        assert_eq!(at(root().field("title")), "5:5");
        assert_eq!(at(root().field("tables").index(1).field("topic")), "9:13");
        assert_eq!(at(root().field("tables").index(0)), "7:9");
        assert_eq!(
            at(root().field("rotation").index(1).key("A").index(1)),
            "13:21"
        );
    }

    #[test]
    fn a_list_of_one_tuple_is_not_a_wrapper() {
        let src = "(apart: [(\"Ana\", \"Bob\")])";
        let path = DocPath::root().field("apart").index(0).index(1);
        assert_eq!(locate(src, &path).to_string(), "1:18");
    }

    #[test]
    fn falls_back_to_nearest_ancestor() {
        let root = DocPath::root;
        assert_eq!(at(root().field("tables").index(7).field("topic")), "6:5");
        assert_eq!(at(root().field("nope")), "3:1");
        assert_eq!(locate("(((", &root().field("x")).to_string(), "1:1");
    }
}

/// What surrounds a position in RON text, to explain a syntax error there.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Context {
    /// Brackets `(`, `[`, `{` still open at the position, innermost last,
    /// each with where it opened (strings and comments skipped).
    pub open: Vec<(char, Pos)>,
    /// Just after the last token before the position: where a forgotten
    /// comma belongs.
    pub after_previous: Option<Pos>,
    /// The field whose value is at the position: the last `name:` before
    /// it at the same depth.
    pub field: Option<String>,
    /// The text at the position, up to the next `,`, bracket or line end
    /// (at most 40 characters).
    pub token: String,
}

/// Scans `src` up to `at` for [`Context`].
pub fn context(src: &str, at: Pos) -> Context {
    let mut s = Scanner::new(src);
    let mut cx = Context::default();
    // The field named last at each depth.
    let mut fields: Vec<Option<String>> = vec![None];
    loop {
        s.skip_trivia();
        if s.pos() >= at {
            break;
        }
        let Some(c) = s.peek() else { break };
        match c {
            '(' | '[' | '{' => {
                cx.open.push((c, s.pos()));
                fields.push(None);
                s.bump();
            }
            ')' | ']' | '}' => {
                let opener = match c {
                    ')' => '(',
                    ']' => '[',
                    _ => '{',
                };
                if cx.open.last().is_some_and(|(o, _)| *o == opener) {
                    cx.open.pop();
                    fields.pop();
                }
                s.bump();
            }
            '"' => {
                s.string();
            }
            'r' if matches!(s.peek_at(1), Some('"' | '#')) => {
                s.string();
            }
            c if c.is_alphanumeric() || c == '_' => {
                let w = s.word();
                // A field name is followed by `:` (after trivia).
                let mark = (s.i, s.line, s.col);
                s.skip_trivia();
                let is_field = s.peek() == Some(':') && s.pos() < at;
                (s.i, s.line, s.col) = mark;
                if is_field && let Some(f) = fields.last_mut() {
                    *f = Some(w);
                }
            }
            _ => {
                s.bump();
            }
        }
        cx.after_previous = Some(s.pos());
    }
    cx.field = fields.last().cloned().flatten();
    let rest = s.chars.get(s.i..).unwrap_or_default();
    let closer = matches!(rest.first(), Some(')' | ']' | '}'));
    cx.token = rest
        .iter()
        .enumerate()
        .take_while(|&(k, c)| (closer && k == 0) || !matches!(c, ',' | ')' | ']' | '}' | '\n'))
        .map(|(_, c)| c)
        .take(40)
        .collect::<String>()
        .trim()
        .to_string();
    cx
}
