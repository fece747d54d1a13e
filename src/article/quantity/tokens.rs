//! Tokens for the scanners of quantities and dates: words (letters), numbers (ASCII digits)
//! and single other characters, each with the whitespace before it. Each word is folded
//! once (lowercase, no accents) against the vocabulary of the tables of both scanners, so
//! that matching a pattern is comparing `&'static str`s, and most words match nothing fast.

use std::collections::HashSet;
use std::sync::OnceLock;

use unicode_normalization::char::is_combining_mark;

/// The folded words of every pattern of the quantity and date scanners.
fn vocabulary() -> &'static HashSet<&'static str> {
    static VOCABULARY: OnceLock<HashSet<&'static str>> = OnceLock::new();
    VOCABULARY.get_or_init(|| {
        let patterns = super::words::patterns().into_iter();
        let patterns = patterns.chain(crate::article::date::patterns());
        patterns.flat_map(|p| p.split(' ')).collect()
    })
}

/// The vocabulary word `word` folds to, if any: « Février » → "fevrier".
fn fold(word: &str) -> Option<&'static str> {
    let mut buf = [0u8; 24];
    let mut n = 0;
    for c in word.chars() {
        let c = match c {
            'A'..='Z' => c.to_ascii_lowercase(),
            c if c.is_ascii() => c,
            c if is_combining_mark(c) => continue,
            c => c.to_lowercase().next().unwrap_or(c),
        };
        let c = match c {
            'à' | 'â' | 'ä' | 'á' | 'ã' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' | 'í' | 'ì' => 'i',
            'ô' | 'ö' | 'ó' | 'ò' => 'o',
            'ù' | 'û' | 'ü' | 'ú' => 'u',
            'ç' => 'c',
            'ÿ' => 'y',
            c => c,
        };
        if !c.is_ascii() || n == buf.len() {
            return None;
        }
        buf[n] = c as u8;
        n += 1;
    }
    let folded = std::str::from_utf8(&buf[..n]).ok()?;
    vocabulary().get(folded).copied()
}

pub(crate) fn is_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '‘' | '`' | '´')
}

pub(crate) fn opening(c: char) -> bool {
    matches!(
        c,
        '(' | '[' | '{' | '«' | '“' | '"' | '‘' | '\'' | '’' | '~' | '≈' | '<' | '>' | '≥' | '≤'
    )
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    Num,
    Punct(char),
}

/// Whitespace before a token: none, one character on the line, more, or a line break.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gap {
    Glued,
    One,
    Many,
    Line,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub gap: Gap,
    /// For a word of the vocabulary, its folded form.
    pub key: Option<&'static str>,
}

/// A text cut into words (letters), numbers (ASCII digits) and single other characters;
/// shared with `date`. Accessors take any index and answer "no" past the end.
pub(crate) struct Toks<'a> {
    pub text: &'a str,
    pub t: Vec<Tok>,
}

fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    c.is_alphanumeric() || is_combining_mark(c)
}

impl<'a> Toks<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut t = Vec::with_capacity(text.len() / 5 + 1);
        let mut gap = Gap::Line;
        let mut chars = text.char_indices().peekable();
        while let Some((start, c)) = chars.next() {
            if c.is_whitespace() {
                gap = match gap {
                    _ if matches!(c, '\n'..='\r' | '\u{85}' | '\u{2028}' | '\u{2029}') => Gap::Line,
                    Gap::Glued => Gap::One,
                    Gap::One => Gap::Many,
                    g => g,
                };
                continue;
            }
            let kind = match c {
                '0'..='9' => Kind::Num,
                c if is_letter(c) => Kind::Word,
                c => Kind::Punct(c),
            };
            let mut end = start + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                let same = match kind {
                    Kind::Num => d.is_ascii_digit(),
                    Kind::Word => is_letter(d),
                    Kind::Punct(_) => false,
                };
                if !same {
                    break;
                }
                end = j + d.len_utf8();
                chars.next();
            }
            let key = match kind {
                Kind::Word if end - start <= 48 => fold(&text[start..end]),
                _ => None,
            };
            t.push(Tok {
                key,
                start,
                end,
                kind,
                gap,
            });
            gap = Gap::Glued;
        }
        Toks { text, t }
    }

    pub fn len(&self) -> usize {
        self.t.len()
    }

    pub fn str(&self, i: usize) -> &'a str {
        self.t.get(i).map_or("", |k| &self.text[k.start..k.end])
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.t.get(i).map(|k| k.kind)
    }

    pub fn pc(&self, i: usize) -> Option<char> {
        match self.kind(i)? {
            Kind::Punct(c) => Some(c),
            _ => None,
        }
    }

    /// Token `i` touches the one before (so `i >= 1`).
    pub fn glued(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|k| k.gap == Gap::Glued)
    }

    /// Token `i` exists and is on the line of the one before.
    pub fn near(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|k| k.gap != Gap::Line)
    }

    /// Token `i` exists and is separated from the one before by spaces on one line.
    pub fn spaced(&self, i: usize) -> bool {
        self.t
            .get(i)
            .is_some_and(|k| matches!(k.gap, Gap::One | Gap::Many))
    }

    pub fn num_glued(&self, i: usize) -> bool {
        self.glued(i) && self.kind(i) == Some(Kind::Num)
    }

    pub fn word_glued(&self, i: usize) -> bool {
        self.glued(i) && self.kind(i) == Some(Kind::Word)
    }

    /// Token `i` is the word `kw` (lowercase, no accents), which must be in the vocabulary.
    pub fn word(&self, i: usize, kw: &str) -> bool {
        debug_assert!(vocabulary().contains(kw), "{kw:?} is in no pattern");
        self.key(i) == Some(kw)
    }

    pub fn key(&self, i: usize) -> Option<&'static str> {
        self.t.get(i)?.key
    }

    /// Nothing glued before `i` but an opening bracket or quote: not « G20 », « COVID-19 ».
    pub fn clean_start(&self, i: usize) -> bool {
        let attached = |k: usize| matches!(self.kind(k), Some(Kind::Word | Kind::Num));
        !self.glued(i)
            || self.pc(i - 1).is_some_and(opening) && !(self.glued(i - 1) && attached(i - 2))
    }

    /// Nothing glued after `i` but punctuation that does not lead to more digits.
    pub fn clean_end(&self, i: usize) -> bool {
        !self.glued(i + 1)
            || self
                .pc(i + 1)
                .is_some_and(|c| ".,;:!?)]}»”\"'’…".contains(c))
                && !self.num_glued(i + 2)
    }

    fn item(&self, i: usize, item: &str) -> bool {
        match item {
            "'" => self.pc(i).is_some_and(is_apostrophe),
            "-" => self.pc(i).is_some_and(is_dash),
            _ if item.starts_with(|c: char| c.is_ascii_alphabetic()) => self.word(i, item),
            _ => self.pc(i).is_some_and(|c| item.starts_with(c)),
        }
    }

    /// The tokens from `i` spell `pat` (items separated by ' ', "'" any apostrophe) on one
    /// line: the index after them.
    pub fn seq(&self, i: usize, pat: &str) -> Option<usize> {
        let mut j = i;
        for item in pat.split(' ') {
            if !self.item(j, item) || (j > i && !self.near(j)) {
                return None;
            }
            j += 1;
        }
        Some(j)
    }

    /// The tokens just before `end` spell `pat`, on the line of `end`: where they start.
    pub fn seq_back(&self, end: usize, pat: &str) -> Option<usize> {
        let start = end.checked_sub(pat.split(' ').count())?;
        (self.near(end) && self.seq(start, pat) == Some(end)).then_some(start)
    }

    /// The longest entry of `table` spelled from `i`: its value and the index after it.
    pub fn lookup<T: Copy>(&self, i: usize, table: &[(&str, T)]) -> Option<(T, usize)> {
        let key = self.key(i)?;
        let mut best: Option<(T, usize)> = None;
        for &(pat, v) in table {
            let head = pat.as_bytes().get(key.len()).is_none_or(|&b| b == b' ');
            if !(head && pat.starts_with(key)) {
                continue;
            }
            if let Some(e) = self.seq(i, pat)
                && best.is_none_or(|(_, b)| e > b)
            {
                best = Some((v, e));
            }
        }
        best
    }
}
