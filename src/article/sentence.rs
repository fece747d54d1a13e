//! Sentences. A full stop after an initial (« V. Poutine », « K-J. Tokaïev »), a known
//! abbreviation (« M. », "Mr.", "U.S.") or inside a quotation does not end a sentence; a
//! line break does, unless its line was wrapped (as long as the paragraph's longest, with
//! no room left for the next line's first word) or broken after a word no sentence ends
//! with (« mais le⏎», "the⏎").

use crate::text::Span;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub paragraph: usize,
}

const ABBREVIATIONS: &[&str] = &[
    "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "mgr", "st", "ste", "mr", "mrs", "ms",
    "jr", "sr", "gen", "gén", "sen", "rep", "gov", "col", "lt", "capt", "prof", "etc", "cf", "ex",
    "vol", "no", "p", "pp", "art", "av", "vs", "env", "inc", "ltd", "co", "corp", "dept", "jan",
    "feb", "fév", "févr", "aug", "sept", "oct", "nov", "dec", "déc", "janv", "juil",
];

/// No abbreviation has more characters: a longer word is none, and is not looked up.
const ABBREVIATION_CHARS: usize = 4;

/// The bytes a sentence scan stops at: stops, straight quotes, and the first byte of
/// « » “ ” „ and … (C2 and E2).
static MARKS: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[b'"' as usize] = true;
    t[0xC2] = true;
    t[0xE2] = true;
    t
};

/// Where the next byte of [`MARKS`] is, from an offset on: two searches (the stops, then
/// the quotation marks' bytes) whose answers are kept until the scan passes them.
struct Marks<'a> {
    bytes: &'a [u8],
    /// The next stop and the next quotation byte found, the line's length for none.
    stop: usize,
    quote: usize,
}

impl<'a> Marks<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        let mut marks = Marks {
            bytes,
            stop: 0,
            quote: 0,
        };
        marks.search_stop(0);
        marks.search_quote(0);
        marks
    }

    fn search_stop(&mut self, from: usize) {
        let rest = self.bytes.get(from..).unwrap_or_default();
        self.stop = from + memchr::memchr3(b'.', b'!', b'?', rest).unwrap_or(rest.len());
    }

    fn search_quote(&mut self, from: usize) {
        let rest = self.bytes.get(from..).unwrap_or_default();
        self.quote = from + memchr::memchr3(b'"', 0xC2, 0xE2, rest).unwrap_or(rest.len());
    }

    /// The first byte of [`MARKS`] at or after `i`, or the line's length.
    fn next(&mut self, i: usize) -> usize {
        if self.stop < i {
            self.search_stop(i);
        }
        if self.quote < i {
            self.search_quote(i);
        }
        self.stop.min(self.quote)
    }
}

fn is_opening(c: char) -> bool {
    matches!(c, '«' | '“' | '„')
}

fn is_closing(c: char) -> bool {
    matches!(c, '»' | '”')
}

/// Prose is wrapped at this many characters at least: shorter lines are broken on purpose.
const WRAPPED_WIDTH: usize = 40;

/// Whether a line ends with a word no sentence ends with: an article, a preposition, a
/// conjunction (« mais le », "highlighted the", « à la »): a line broken in the middle of
/// its sentence, which goes on to the next.
pub(super) fn ends_open(line: &str) -> bool {
    let line = line.trim_end();
    let last = line
        .rsplit(|c: char| c.is_whitespace() || c == '\'' || c == '’')
        .next()
        .unwrap_or("");
    // Most lines end with a stop, a closing mark or a long word.
    if last.len() > 5 || last.ends_with(|c: char| !c.is_alphabetic()) {
        return false;
    }
    let last = last.to_lowercase();
    OPEN_WORDS.contains(&last.as_str())
        && line.len() > last.len()
        && !line[..line.len() - last.len()].ends_with(['\'', '’'])
}

/// Words no sentence ends with, French and English (lowercase).
const OPEN_WORDS: &[&str] = &[
    "le", "la", "les", "un", "une", "des", "du", "de", "au", "aux", "à", "et", "ou", "mais",
    "dans", "sur", "pour", "par", "avec", "sans", "sous", "vers", "chez", "dont", "ce", "cet",
    "cette", "ces", "son", "sa", "ses", "leur", "leurs", "the", "a", "an", "of", "to", "in", "on",
    "at", "by", "for", "with", "from", "and", "or", "but", "as", "into", "than", "its", "their",
    "his", "her", "our", "this", "these", "those",
];

/// Whether a line ends with a stop, maybe inside a closing quotation mark.
fn ends_a_sentence(line: &str) -> bool {
    let last = line
        .trim_end()
        .trim_end_matches(['»', '"', '”', '\u{202f}', '\u{a0}', ' '])
        .chars()
        .last();
    matches!(last, Some('.' | '!' | '?' | '…' | ':'))
}

/// Splits one paragraph into sentences.
pub fn sentences(text: &str, paragraph: Span, index: usize, out: &mut Vec<Sentence>) {
    let s = paragraph.of(text);
    let bytes = s.as_bytes();
    // Most paragraphs are one line.
    if memchr::memchr(b'\n', bytes).is_none_or(|at| at + 1 == bytes.len()) {
        return split_line(text, paragraph, index, out);
    }
    // Each line with its line break, if it has one (as `split_inclusive`); a wrapped line
    // joined to the next.
    let lines: Vec<&str> = s.split_inclusive('\n').collect();
    let chars = |line: &str| line.trim_end().chars().count();
    let width = lines.iter().map(|l| chars(l)).max().unwrap_or(0);
    let mut from = 0;
    let mut end = 0;
    for (k, line) in lines.iter().enumerate() {
        end += line.len();
        let next_word = lines.get(k + 1).and_then(|n| n.split_whitespace().next());
        let wrapped = next_word.is_some()
            && (ends_open(line)
                || width >= WRAPPED_WIDTH
                    && !ends_a_sentence(line)
                    && next_word.is_some_and(|w| chars(line) + 1 + w.chars().count() > width));
        if !wrapped {
            if end > from {
                let run = Span::new(paragraph.start + from, paragraph.start + end);
                split_line(text, run, index, out);
            }
            from = end;
        }
    }
}

fn split_line(text: &str, line: Span, paragraph: usize, out: &mut Vec<Sentence>) {
    let s = line.of(text);
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut depth = 0usize;
    let mut straight_open = false;
    // The quotation open at depth 0 follows a colon (« X a déclaré : « … » »): its speaker
    // is given before it, and it ends its sentence when it ends with a stop.
    let mut after_colon = false;
    let mut i = 0;
    // Byte-level scan: only quotation marks and stops matter, and all but « … » are found
    // by their first byte.
    let mut marks = Marks::new(bytes);
    while i < bytes.len() {
        i = marks.next(i);
        let Some(&b) = bytes.get(i) else {
            break;
        };
        if !MARKS[usize::from(b)] {
            i += 1;
            continue;
        }
        let (c, len) = if b < 0x80 {
            (b as char, 1)
        } else {
            match s[i..].chars().next() {
                Some(c) => (c, c.len_utf8()),
                None => break,
            }
        };
        let quotes = matches!(c, '"' | '«' | '»' | '“' | '”' | '„');
        let opens = quotes
            && match c {
                '"' => !straight_open && !super::quote::closes_a_word(s, i),
                c => is_opening(c),
            };
        if opens && depth == 0 && !straight_open {
            after_colon = s[start..i].trim_end().ends_with(':');
        }
        let closes_last = quotes
            && after_colon
            && match c {
                '"' => straight_open && depth == 0,
                c => is_closing(c) && depth == 1 && !straight_open,
            };
        if closes_last && ends_with_stop(&s[start..i]) {
            let j = i + len;
            let rest = &s[j..];
            let next_start = rest.len() - rest.trim_start().len();
            if next_start > 0
                && rest[next_start..]
                    .chars()
                    .next()
                    .is_some_and(starts_sentence)
            {
                push(text, line.start + start, line.start + j, paragraph, out);
                start = j + next_start;
            }
        }
        match c {
            c if is_opening(c) => depth += 1,
            c if is_closing(c) => depth = depth.saturating_sub(1),
            '"' if opens || straight_open => straight_open = !straight_open,
            '.' | '!' | '?' | '…' if depth == 0 && !straight_open => {
                // Let closing marks and further stops ride along: « ?» « ...).
                let mut j = i + len;
                while let Some(n) = s[j..].chars().next() {
                    if !matches!(n, '.' | '!' | '?' | '…' | ')') {
                        break;
                    }
                    j += n.len_utf8();
                }
                let rest = &s[j..];
                let next_start = rest.len() - rest.trim_start().len();
                let Some(next) = rest[next_start..].chars().next() else {
                    i += len;
                    continue;
                };
                // "U.S.A", « 1.5 », an URL: no space after the stop. But a word in lowercase
                // glued to a capitalised one lost its space (« du conseil.Dès lors »).
                let glued = j == i + len && next_start == 0 && !lost_space(&s[..i], rest);
                let continues =
                    !starts_sentence(next) || (c == '.' && abbreviation_before(&s[..i])) || glued;
                if !continues {
                    push(text, line.start + start, line.start + j, paragraph, out);
                    start = j + next_start;
                }
            }
            _ => {}
        }
        i += len;
    }
    push(text, line.start + start, line.end, paragraph, out);
}

/// Whether a stop between `before` and `after` lost the space after it: two lowercase
/// letters end the word before, and a capital then a lowercase letter start the word after.
fn lost_space(before: &str, after: &str) -> bool {
    let mut b = before.chars().rev();
    let mut a = after.chars();
    b.next().is_some_and(char::is_lowercase)
        && b.next().is_some_and(char::is_lowercase)
        && a.next().is_some_and(char::is_uppercase)
        && a.next().is_some_and(char::is_lowercase)
}

/// Whether quoted words end with a stop, closing marks aside (« … s’alourdir. »).
fn ends_with_stop(quoted: &str) -> bool {
    quoted
        .trim_end()
        .chars()
        .next_back()
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | '…'))
}

fn starts_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_ascii_digit()
        || is_opening(c)
        || matches!(c, '"' | '‘' | '(' | '—' | '–' | '-')
}

/// The word before a full stop is an initial or an abbreviation.
fn abbreviation_before(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || matches!(c, '(' | '«' | '"' | '“'))
        .next()
        .unwrap_or("");
    if word.is_empty() {
        return false;
    }
    // « V », « K-J », "U.S": single letters, joined by hyphens or stops.
    let initials = word
        .split(['-', '.'])
        .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase));
    // An ASCII word is compared as it is written, without a lowercase copy.
    // A character lowercases to one character or more: a longer word's lowercase is too.
    let listed = if word.is_ascii() {
        word.len() <= ABBREVIATION_CHARS
            && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
    } else {
        word.chars().nth(ABBREVIATION_CHARS).is_none()
            && ABBREVIATIONS.contains(&word.to_lowercase().as_str())
    };
    initials || listed
}

fn push(text: &str, start: usize, end: usize, paragraph: usize, out: &mut Vec<Sentence>) {
    let span = super::paragraph::trim(text, Span::new(start, end));
    if !span.is_empty() {
        out.push(Sentence { span, paragraph });
    }
}

#[cfg(test)]
#[path = "sentence_tests.rs"]
mod tests;
