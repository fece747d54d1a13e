//! What an editor does in one fuzz input: a short sequence of steps (open, edit, close an
//! article, and ask about a position or a range of it), decoded from the fuzzer's bytes by
//! `arbitrary`. Positions, ranges and versions are arbitrary: mostly near the text, now
//! and then anywhere a `u32` or an `i32` reaches.

use arbitrary::{Arbitrary, Result, Unstructured};

/// At most this many steps per input, so that one execution stays cheap.
pub const MAX_STEPS: usize = 12;

/// The articles a session can touch, in the small corpus of `editor` or around it.
#[derive(Arbitrary, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Article {
    /// A seed on disk, indexed with the folder.
    Indexed,
    /// Another seed on disk, with a `.ann` beside it.
    Annotated,
    /// A new article in the folder, not on disk yet.
    Draft,
    /// A Markdown article in the folder, not on disk.
    Notes,
    /// A file outside every folder the editor opened.
    Loose,
    /// The folder's `attest.toml`, open as a buffer.
    Settings,
    /// Not a file at all (`untitled:`).
    Untitled,
}

/// The text of an opened article or of an edit.
#[derive(Arbitrary, Clone, Debug)]
pub enum Words {
    /// One of the corpus's seeds, whole.
    Seed(bool),
    Own(String),
}

#[derive(Clone, Copy, Debug)]
pub struct At {
    pub line: u32,
    pub character: u32,
}

impl<'a> Arbitrary<'a> for At {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let near = |u: &mut Unstructured<'a>, within: u8| -> Result<u32> {
            let pick = u8::arbitrary(u)?;
            if pick < 240 {
                Ok(u32::from(pick % within))
            } else {
                u32::arbitrary(u)
            }
        };
        Ok(At {
            line: near(u, 64)?,
            character: near(u, 160)?,
        })
    }
}

#[derive(Arbitrary, Clone, Copy, Debug)]
pub struct Range {
    pub start: At,
    pub end: At,
}

#[derive(Arbitrary, Clone, Debug)]
pub struct Edit {
    /// `None` replaces the whole text.
    pub range: Option<Range>,
    pub words: Words,
}

#[derive(Arbitrary, Clone, Debug)]
pub enum Step {
    Open {
        article: Article,
        version: i32,
        words: Words,
    },
    Change {
        article: Article,
        version: i32,
        edits: Vec<Edit>,
    },
    Close {
        article: Article,
    },
    Hover {
        article: Article,
        at: At,
    },
    Definition {
        article: Article,
        at: At,
    },
    References {
        article: Article,
        at: At,
        declaration: bool,
    },
    Rename {
        article: Article,
        at: At,
        name: String,
    },
    CodeAction {
        article: Article,
        range: Range,
    },
}

/// One input: the client's position encoding and the steps.
#[derive(Debug)]
pub struct Session {
    pub utf8: bool,
    pub steps: Vec<Step>,
}

impl<'a> Arbitrary<'a> for Session {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        let utf8 = bool::arbitrary(u)?;
        let mut steps = Vec::new();
        while steps.len() < MAX_STEPS && !u.is_empty() {
            steps.push(Step::arbitrary(u)?);
        }
        Ok(Session { utf8, steps })
    }
}
