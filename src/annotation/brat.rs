//! brat standoff (`.ann`), read and written back. Every line is kept as it was written and
//! written back byte for byte unless its offsets were moved; lines that are not understood
//! are kept too, and reported. Offsets count Unicode code points, end-exclusive.

/// One line of a `.ann` file, as read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// 1-based.
    pub number: usize,
    /// The line as written, without its line break (a `\r` before it is kept).
    pub raw: String,
    pub item: Item,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item {
    /// `T1<TAB>Person 0 5;9 16<TAB>Vladimir Poutine`
    TextBound {
        id: String,
        kind: String,
        fragments: Vec<(usize, usize)>,
        text: String,
    },
    /// `R1<TAB>Type Arg1:T1 Arg2:T2`
    Relation {
        id: String,
        kind: String,
        args: Vec<(String, String)>,
    },
    /// `E1<TAB>Type:T2 Role:T1`
    Event {
        id: String,
        kind: String,
        trigger: String,
        args: Vec<(String, String)>,
    },
    /// `A1<TAB>Verified T3`, `A1<TAB>Status T3 Disputed` (and legacy `M` lines)
    Attribute {
        id: String,
        name: String,
        target: String,
        value: Option<String>,
    },
    /// `N1<TAB>Reference T1 Wikidata:Q7747<TAB>Vladimir Putin`
    Normalization {
        id: String,
        kind: String,
        target: String,
        reference: String,
        text: String,
    },
    /// `#1<TAB>AnnotatorNotes T3<TAB>free text`
    Note {
        id: String,
        kind: String,
        target: String,
        text: String,
    },
    /// `*<TAB>Equiv T1 T2`
    Equiv {
        kind: String,
        ids: Vec<String>,
    },
    Blank,
    /// Not understood: kept verbatim, reported once.
    Unknown,
}

/// A line that is malformed or inconsistent, with the reason, for a finding at that line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub message: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Standoff {
    pub lines: Vec<Line>,
    /// The file ended with a line break.
    pub final_newline: bool,
}

/// Reads a `.ann` file's text. Never fails: what cannot be read is kept and reported.
pub fn parse(text: &str) -> (Standoff, Vec<Problem>) {
    let mut lines = Vec::new();
    let mut problems = Vec::new();
    let mut ids = std::collections::HashSet::new();
    let body = text.strip_suffix('\n').unwrap_or(text);
    if !text.is_empty() {
        for (i, raw) in body.split('\n').enumerate() {
            let number = i + 1;
            let item = match parse_line(raw.strip_suffix('\r').unwrap_or(raw)) {
                Ok(item) => item,
                Err(why) => {
                    problems.push(Problem {
                        line: number,
                        message: format!("{why}; the line is kept as it is"),
                    });
                    Item::Unknown
                }
            };
            // A malformed line still holds its id: a later line reusing it is a duplicate.
            let id = raw
                .split(['\t', ' '])
                .next()
                .filter(|id| id.len() > 1 && *id != "*");
            if let Some(id) = id.filter(|_| !matches!(item, Item::Blank))
                && !ids.insert(id.to_owned())
            {
                problems.push(Problem {
                    line: number,
                    message: format!("duplicate id {id}"),
                });
            }
            lines.push(Line {
                number,
                raw: raw.to_owned(),
                item,
            });
        }
    }
    let standoff = Standoff {
        lines,
        final_newline: text.ends_with('\n'),
    };
    (standoff, problems)
}

impl Item {
    pub fn id(&self) -> Option<&str> {
        match self {
            Item::TextBound { id, .. }
            | Item::Relation { id, .. }
            | Item::Event { id, .. }
            | Item::Attribute { id, .. }
            | Item::Normalization { id, .. }
            | Item::Note { id, .. } => Some(id),
            Item::Equiv { .. } | Item::Blank | Item::Unknown => None,
        }
    }
}

fn parse_line(line: &str) -> Result<Item, String> {
    if line.trim().is_empty() {
        return Ok(Item::Blank);
    }
    let mut fields = line.splitn(3, '\t');
    let id = fields.next().unwrap_or("");
    let Some(body) = fields.next() else {
        return Err(if line.contains(' ') {
            "fields are separated by spaces, not tabs".into()
        } else {
            "no tab after the id".into()
        });
    };
    let rest = fields.next();
    let words: Vec<&str> = body.split(' ').filter(|w| !w.is_empty()).collect();
    let mut chars = id.chars();
    let first = chars.next().unwrap_or(' ');
    // The number after the kind letter; the id may start with any char, not only ASCII.
    let number = chars.as_str();
    let numbered = !number.is_empty()
        && number
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_');
    if first != '*' && !numbered {
        return Err(format!("unknown id `{id}`"));
    }
    let pair = |w: &&str| w.split_once(':').map(|(a, b)| (a.to_owned(), b.to_owned()));
    match first {
        'T' => {
            let (kind, offsets) = body
                .split_once(' ')
                .ok_or("a T line needs a type and offsets")?;
            let fragments = offsets
                .split(';')
                .map(|f| {
                    let mut n = f
                        .split(' ')
                        .filter(|s| !s.is_empty())
                        .map(str::parse::<usize>);
                    match (n.next(), n.next(), n.next()) {
                        (Some(Ok(a)), Some(Ok(b)), None) if a <= b => Ok((a, b)),
                        (Some(Ok(a)), Some(Ok(b)), None) => {
                            Err(format!("offsets {a} {b} are reversed"))
                        }
                        _ => Err(format!("offsets `{f}` are not two numbers")),
                    }
                })
                .collect::<Result<Vec<_>, _>>()?;
            Ok(Item::TextBound {
                id: id.into(),
                kind: kind.into(),
                fragments,
                text: rest.unwrap_or("").into(),
            })
        }
        'R' => {
            let (kind, args) = words.split_first().ok_or("a relation needs a type")?;
            let args = args
                .iter()
                .map(pair)
                .collect::<Option<Vec<_>>>()
                .ok_or("relation arguments are Role:Id")?;
            Ok(Item::Relation {
                id: id.into(),
                kind: (*kind).into(),
                args,
            })
        }
        'E' => {
            let (trigger, args) = words.split_first().ok_or("an event needs a trigger")?;
            let (kind, trigger) = pair(trigger).ok_or("an event starts with Type:Id")?;
            let args = args
                .iter()
                .map(pair)
                .collect::<Option<Vec<_>>>()
                .ok_or("event arguments are Role:Id")?;
            Ok(Item::Event {
                id: id.into(),
                kind,
                trigger,
                args,
            })
        }
        'A' | 'M' => match words.as_slice() {
            [name, target] => Ok(Item::Attribute {
                id: id.into(),
                name: (*name).into(),
                target: (*target).into(),
                value: None,
            }),
            [name, target, value] => Ok(Item::Attribute {
                id: id.into(),
                name: (*name).into(),
                target: (*target).into(),
                value: Some((*value).into()),
            }),
            _ => Err("an attribute is Name Target [Value]".into()),
        },
        'N' => match words.as_slice() {
            [kind, target, reference] => Ok(Item::Normalization {
                id: id.into(),
                kind: (*kind).into(),
                target: (*target).into(),
                reference: (*reference).into(),
                text: rest.unwrap_or("").into(),
            }),
            _ => Err("a normalization is Type Target Database:Id".into()),
        },
        '#' => match words.as_slice() {
            [kind, target] => Ok(Item::Note {
                id: id.into(),
                kind: (*kind).into(),
                target: (*target).into(),
                text: rest.unwrap_or("").into(),
            }),
            _ => Err("a note is Type Target, then the note".into()),
        },
        '*' => {
            let (kind, ids) = words.split_first().ok_or("an equivalence needs a type")?;
            Ok(Item::Equiv {
                kind: (*kind).into(),
                ids: ids.iter().map(|s| (*s).into()).collect(),
            })
        }
        _ => Err(format!("unknown line kind `{first}`")),
    }
}

impl Standoff {
    /// The file's text: every line as it was read (or as moved), in order.
    pub fn write(&self) -> String {
        let mut out = String::new();
        for (i, line) in self.lines.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            out.push_str(&line.raw);
        }
        if self.final_newline {
            out.push('\n');
        }
        out
    }

    /// The text-bound annotation with this id.
    pub fn text_bound(&self, id: &str) -> Option<&Line> {
        self.lines
            .iter()
            .find(|l| matches!(&l.item, Item::TextBound { id: i, .. } if i == id))
    }

    /// Lines about annotation `id` (attributes, normalizations, notes).
    pub fn about<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Item> + 'a {
        self.lines
            .iter()
            .map(|l| &l.item)
            .filter(move |item| match item {
                Item::Attribute { target, .. }
                | Item::Normalization { target, .. }
                | Item::Note { target, .. } => target == id,
                _ => false,
            })
    }

    /// A fresh id with this prefix (`T`, `A`, `N`, `#`), one above every id in use.
    pub fn next_id(&self, prefix: char) -> String {
        let n = self
            .lines
            .iter()
            .filter_map(|l| l.item.id())
            .filter(|id| id.starts_with(prefix))
            .filter_map(|id| id[1..].parse::<usize>().ok())
            .max()
            .unwrap_or(0);
        format!("{prefix}{}", n + 1)
    }
}

impl Standoff {
    /// Moves the text-bound spans through one edit of the article: code points `a..b`
    /// replaced by `inserted` code points. Spans after the edit shift; a span the edit
    /// touches stretches over it, so that its words, no longer the ones written, show as
    /// stale. Returns whether any line changed.
    pub fn shift(&mut self, a: usize, b: usize, inserted: usize) -> bool {
        let removed = b - a;
        // In usize all along: a file may hold offsets past isize::MAX, and they stay there.
        let moved = |x: usize| {
            if inserted >= removed {
                x.saturating_add(inserted - removed)
            } else {
                x.saturating_sub(removed - inserted)
            }
        };
        let mut changed = false;
        for line in &mut self.lines {
            let Item::TextBound {
                id,
                kind,
                fragments,
                text,
            } = &mut line.item
            else {
                continue;
            };
            let before = fragments.clone();
            for (s, e) in fragments.iter_mut() {
                if *e <= a {
                    continue; // wholly before the edit (typing right after a name too)
                }
                if *s >= b {
                    (*s, *e) = (moved(*s), moved(*e));
                    continue;
                }
                // The edit is inside or across the span.
                let start = (*s).min(a);
                let end = if *e >= b {
                    moved(*e)
                } else {
                    a.saturating_add(inserted)
                };
                (*s, *e) = (start, end.max(start));
            }
            if *fragments != before {
                // A file written on Windows keeps its line ends.
                let cr = if line.raw.ends_with('\r') { "\r" } else { "" };
                line.raw = text_bound_line(id, kind, fragments, text) + cr;
                changed = true;
            }
        }
        changed
    }
}

/// The raw line of a text-bound annotation, as brat writes it.
pub fn text_bound_line(id: &str, kind: &str, fragments: &[(usize, usize)], text: &str) -> String {
    let offsets: Vec<String> = fragments.iter().map(|(a, b)| format!("{a} {b}")).collect();
    format!("{id}\t{kind} {}\t{text}", offsets.join(";"))
}

#[cfg(test)]
#[path = "brat_tests.rs"]
mod tests;
