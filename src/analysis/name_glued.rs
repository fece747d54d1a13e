//! Words that OCR, or a line break lost in copying, glues to the end of a name: a place the
//! gazetteer knows and the function word after it (« Portugalet », « Vienneà », "Osloand"),
//! a name and the capitalised word opening the next sentence (« DurandLe », « Lisbonne
//! L’hiver » read as one, "HarperThe"). The name ends where the glued word starts. And a
//! word glued to an underscore is a piece of a file's or an account's name ("Brenda_cv.doc",
//! « Odile_Varga »), no name of its own.

use super::Scan;
use super::gazetteer;
use super::lx;

/// Function words that OCR glues, lowercase, to the place before them, by their last byte:
/// a name's word is tried only against those it ends like.
fn glued_lowercase(last: u8) -> &'static [&'static str] {
    match last {
        0xA0 => &["à", "jusqu'à", "jusqu’à"], // the last byte of « à »
        b'c' => &["avec"],
        b'd' => &["and"],
        b'e' => &["de", "elle", "the"],
        b'h' => &["with"],
        b'i' => &["qui"],
        b'n' => &["en"],
        b'r' => &["par", "pour", "sur", "for"],
        b's' => &["dans", "des", "nous", "sans", "was"],
        b't' => &["est", "et"],
        b'u' => &["au", "du"],
        b'x' => &["aux"],
        _ => &[],
    }
}

/// Words opening a sentence that a lost line break glues, capitalised, to the name before
/// them; one before an apostrophe (« L’ », « C’ », « D’ ») too.
const GLUED_OPENERS: &[&str] = &[
    "Au", "C", "Ce", "Cette", "D", "Dans", "Elle", "Elles", "En", "Et", "Il", "Ils", "L", "La",
    "Le", "Les", "Mais", "Nous", "On", "Un", "Une", "But", "He", "She", "The", "They", "We",
];

impl<'t> Scan<'_, 't> {
    /// Word `i` is glued to an underscore, before or after it ("Brenda_cv.doc").
    pub(super) fn in_identifier(&self, i: usize) -> bool {
        let span = self.words[i].span;
        let bytes = self.text.as_bytes();
        bytes.get(span.end) == Some(&b'_') || (span.start > 0 && bytes[span.start - 1] == b'_')
    }

    /// Where the name in word `k` ends, if a word is glued to its end (see the module).
    pub(super) fn glued_end(&self, k: usize) -> Option<usize> {
        let w = &self.words[k];
        if !w.capitalised || w.numeric || w.all_caps {
            return None;
        }
        let word = w.span.of(self.text);
        let bytes = word.as_bytes();
        // One pass tells most words from a glued one: no ASCII capital past the third byte,
        // no hyphen, an end no function word has.
        let (mut capital, mut hyphen) = (false, false);
        for &b in bytes.get(3..).unwrap_or_default() {
            capital |= b.is_ascii_uppercase();
            hyphen |= b == b'-';
        }
        let last = bytes.last().copied().unwrap_or(0);
        let function_word = hyphen || !glued_lowercase(last).is_empty();
        let head = (capital.then(|| self.glued_opener(word)).flatten()).or_else(|| {
            function_word
                .then(|| self.glued_function_word(k, word, hyphen))
                .flatten()
        });
        head.map(|head| w.span.start + head)
    }

    /// « DurandLe », « LisbonneL’hiver »: the bytes before a capitalised opener glued to a
    /// name of three letters or more.
    fn glued_opener(&self, word: &'t str) -> Option<usize> {
        // The openers start with an ASCII capital: words without one past their third byte
        // (nearly all) are passed over byte by byte.
        let bytes = word.as_bytes();
        for at in (3..bytes.len()).filter(|&at| bytes[at].is_ascii_uppercase()) {
            let head = &word[..at];
            if !head.ends_with(char::is_alphabetic) || head.chars().count() < 3 {
                continue;
            }
            let tail = &word[at..];
            let opener = tail.split(['\'', '’']).next().unwrap_or(tail);
            let elided = opener.len() < tail.len();
            // A lone capital is an opener only before its apostrophe: « PortugaL » is
            // OCR's misread final letter.
            let whole = if elided {
                opener.len() == 1
            } else {
                opener.len() == tail.len() && opener.len() > 1
            };
            if whole && GLUED_OPENERS.contains(&opener) {
                return Some(at);
            }
        }
        None
    }

    /// « Portugalet », « Vienneà », « Grèceelle-même »: the bytes of a place the gazetteer
    /// knows (a country, a capital, a region; four bytes or more) before a lowercase function word, where the
    /// whole word is neither a place nor a people's word (« Malien »).
    fn glued_function_word(&self, k: usize, word: &'t str, hyphen: bool) -> Option<usize> {
        let bytes = word.as_bytes();
        // Where a part ends: at a hyphen (past the third byte, `hyphen` says if any) or
        // the word's end.
        let hyphens = (hyphen.then(|| memchr::memchr_iter(b'-', bytes)))
            .into_iter()
            .flatten()
            .filter(|&at| at >= 4);
        for end in hyphens.chain([bytes.len()]).filter(|&end| end >= 4) {
            let part = &bytes[..end];
            for glued in glued_lowercase(part[end - 1]) {
                if !ends_with(part, glued.as_bytes()) {
                    continue;
                }
                let head = &word[..end - glued.len()];
                if head.len() < 4 || !head.ends_with(char::is_lowercase) {
                    continue;
                }
                if gazetteer::lookup_folded(&self.fold(head).0).is_none() {
                    continue;
                }
                if self.tokens.is(k, lx::DEMONYMS) || self.known_place(word) {
                    return None;
                }
                return Some(head.len());
            }
        }
        None
    }
}

/// `part` ends with the short word `end`, compared from its last byte: the candidates share
/// the part's last byte, and their byte before it tells most apart (no call to `memcmp`).
fn ends_with(part: &[u8], end: &[u8]) -> bool {
    part.len() >= end.len() && part.iter().rev().zip(end.iter().rev()).all(|(a, b)| a == b)
}
