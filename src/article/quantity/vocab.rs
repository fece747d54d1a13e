//! The vocabulary of the scanners of quantities and dates: the folded words (lowercase, no
//! accents) of all their patterns, numbered from 1 so that matching a word is comparing
//! numbers; sets of such words; and tables of patterns, compiled once to numbers.

use std::sync::{LazyLock, OnceLock};

use unicode_normalization::char::is_combining_mark;

/// The folded words of every pattern of the quantity and date scanners, numbered from 1.
pub(super) struct Vocab {
    pub words: Vec<&'static str>,
    /// Each word as a [`Key`], by number.
    keys: Vec<Key>,
    /// Open addressing by the top `64 - shift` bits of [`hash`]: numbers, 0 for empty.
    slots: Vec<u16>,
    shift: u32,
}

/// A folded word of at most [`MAX`] bytes, zero-padded, little-endian.
type Key = [u64; 3];
const MAX: usize = 24;

fn key_of(word: &[u8]) -> Option<Key> {
    let mut buf = [0u8; MAX];
    buf.get_mut(..word.len())?.copy_from_slice(word);
    Some(std::array::from_fn(|k| {
        u64::from_le_bytes(buf[8 * k..8 * k + 8].try_into().unwrap_or_default())
    }))
}

fn hash(k: &Key) -> u64 {
    let h = k[0] ^ k[1].rotate_left(21) ^ k[2].rotate_left(42);
    h.wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// The key of the ASCII letters `bytes[start..start + n]`, lowercased (`n <= MAX`): eight
/// bytes at a time, as many as the word has (one for most words).
#[inline]
fn ascii_key(bytes: &[u8], start: usize, n: usize) -> Key {
    if n <= 8 {
        // Most words: one load, and the other two parts known to be zero where inlined.
        let mask = if n == 8 { !0 } else { (1u64 << (8 * n)) - 1 };
        let eight = crate::text::eight_bytes(bytes, start);
        return [(eight | 0x2020_2020_2020_2020) & mask, 0, 0];
    }
    let mut k: Key = [0; 3];
    for (i, w) in k.iter_mut().enumerate().take(n.div_ceil(8)) {
        let at = start + 8 * i;
        let r = (n - 8 * i).min(8);
        let eight = match bytes.get(at..at + 8) {
            Some(b) => u64::from_le_bytes(b.try_into().unwrap_or_default()),
            None => {
                let mut buf = [0u8; 8];
                buf[..r].copy_from_slice(&bytes[at..at + r]);
                u64::from_le_bytes(buf)
            }
        };
        let mask = if r == 8 { !0 } else { (1u64 << (8 * r)) - 1 };
        *w = (eight | 0x2020_2020_2020_2020) & mask;
    }
    k
}

pub(super) static VOCAB: LazyLock<Vocab> = LazyLock::new(|| {
    let patterns = super::words::patterns().into_iter();
    let patterns = patterns.chain(crate::article::date::patterns());
    let mut words = vec![""];
    for w in patterns.flat_map(|p| p.split(' ')) {
        if w.len() <= MAX && !w.contains('\0') && !words[1..].contains(&w) {
            words.push(w);
        }
    }
    let keys: Vec<Key> = words.iter().filter_map(|w| key_of(w.as_bytes())).collect();
    let size = (words.len() * 4).next_power_of_two();
    let shift = 64 - size.trailing_zeros();
    let mut slots = vec![0; size];
    for (id, k) in keys.iter().enumerate().skip(1) {
        let mut s = (hash(k) >> shift) as usize;
        while slots[s] != 0 {
            s = (s + 1) & (size - 1);
        }
        slots[s] = id as u16;
    }
    Vocab {
        words,
        keys,
        slots,
        shift,
    }
});

impl Vocab {
    /// The number of the ASCII letters `bytes[start..start + n]` lowercased, 0 if none
    /// (`n >= 1`); inlined in the tokenizer's loop, where most words are ASCII.
    #[inline]
    pub(super) fn ascii_id(&self, bytes: &[u8], start: usize, n: usize) -> u16 {
        if n > MAX {
            return 0;
        }
        self.id(&ascii_key(bytes, start, n))
    }

    /// The number of the lowercase ASCII letters `key` (at most eight, zero-padded,
    /// little-endian), 0 if none: [`Vocab::ascii_id`] of a word read eight bytes at once.
    #[inline]
    pub(super) fn short_id(&self, key: u64) -> u16 {
        self.id(&[key, 0, 0])
    }

    /// The number of the lowercase ASCII letters `first` then `second` (eight, then at
    /// most eight, zero-padded, little-endian), 0 if none: [`Vocab::ascii_id`] of a word of
    /// eight to fifteen letters read eight bytes at a time.
    #[inline]
    pub(super) fn pair_id(&self, first: u64, second: u64) -> u16 {
        self.id(&[first, second, 0])
    }

    /// The number of the folded word `k`, 0 if it is in no pattern.
    #[inline]
    fn id(&self, k: &Key) -> u16 {
        let mask = self.slots.len() - 1;
        let mut s = (hash(k) >> self.shift) as usize;
        loop {
            let id = self.slots[s];
            let w = &self.keys[id as usize];
            // Scalar, to load the key as it was stored.
            if id == 0 || (w[0] ^ k[0]) | (w[1] ^ k[1]) | (w[2] ^ k[2]) == 0 {
                return id;
            }
            s = (s + 1) & mask;
        }
    }
}

/// The number of a vocabulary word (folded), 0 for none.
pub(crate) fn word_id(word: &str) -> u16 {
    key_of(word.as_bytes()).map_or(0, |k| VOCAB.id(&k))
}

/// A set of vocabulary words, for membership tests in one step.
pub(crate) struct WordSet(Vec<u64>);

impl WordSet {
    pub fn new<'w>(words: impl IntoIterator<Item = &'w str>) -> Self {
        let mut bits = vec![0u64; VOCAB.words.len().div_ceil(64)];
        for w in words {
            let id = word_id(w) as usize;
            debug_assert!(id != 0, "{w:?} is in no pattern");
            bits[id / 64] |= 1 << (id % 64);
        }
        WordSet(bits)
    }

    pub fn contains(&self, id: u16) -> bool {
        id != 0 && self.0[id as usize / 64] & (1 << (id % 64)) != 0
    }
}

/// The vocabulary number the word `text[start..end]` folds to, 0 if none: « Février » →
/// "fevrier".
pub(super) fn fold(text: &str, start: usize, end: usize, ascii: bool) -> u16 {
    if ascii {
        return match end - start {
            0 => 0,
            n => VOCAB.ascii_id(text.as_bytes(), start, n),
        };
    }
    match fold_latin1(&text.as_bytes()[start..end]) {
        Some(key) => key.map_or(0, |k| VOCAB.id(&k)),
        None => fold_chars(&text[start..end]),
    }
}

/// The folded form of the character U+00C0 + k, for the `k < 64` of the second byte of
/// its UTF-8 (0xC3, 0x80 + k); 0 for one that folds to no ASCII letter (« æ », « ñ »).
const LATIN1_FOLDED: [u8; 64] = {
    let mut t = [0u8; 64];
    let mut k = 0;
    while k < 64 {
        t[k] = fold_char((0xC0 + k as u32) as u8 as char);
        k += 1;
    }
    t
};

/// The ASCII letter a character of Latin-1's letters (U+00C0..=U+00FF) folds to, 0 if
/// none.
const fn fold_char(c: char) -> u8 {
    // Latin-1's capitals are their small letters less 0x20 (« × » has no case).
    let c = match c {
        '\u{c0}'..='\u{de}' if c != '×' => (c as u8 + 0x20) as char,
        c => c,
    };
    match c {
        'à' | 'â' | 'ä' | 'á' | 'ã' => b'a',
        'é' | 'è' | 'ê' | 'ë' => b'e',
        'î' | 'ï' | 'í' | 'ì' => b'i',
        'ô' | 'ö' | 'ó' | 'ò' => b'o',
        'ù' | 'û' | 'ü' | 'ú' => b'u',
        'ç' => b'c',
        'ÿ' => b'y',
        _ => 0,
    }
}

/// The folded key of a word of ASCII and Latin-1 letters, byte by byte: `Some(None)` when
/// it folds to no vocabulary word's spelling (a letter with no ASCII fold, too long);
/// `None` for a word with other characters, folded by [`fold_chars`].
fn fold_latin1(word: &[u8]) -> Option<Option<Key>> {
    let mut buf = [0u8; MAX];
    let (mut n, mut i) = (0, 0);
    while i < word.len() {
        let b = word[i];
        let c = match b {
            0..0x80 => b.to_ascii_lowercase(),
            0xC3 => LATIN1_FOLDED[usize::from(*word.get(i + 1)? & 0x3F)],
            _ => return None,
        };
        i += if b < 0x80 { 1 } else { 2 };
        if c == 0 || n == MAX {
            return Some(None);
        }
        buf[n] = c;
        n += 1;
    }
    Some(Some(padded_key(&buf)))
}

/// The key of a word written zero-padded in `buf`.
fn padded_key(buf: &[u8; MAX]) -> Key {
    std::array::from_fn(|i| {
        u64::from_le_bytes(buf[8 * i..8 * i + 8].try_into().unwrap_or_default())
    })
}

/// [`fold`] of any word, a character at a time.
fn fold_chars(word: &str) -> u16 {
    let mut buf = [0u8; MAX];
    let mut n = 0;
    for c in word.chars() {
        let c = if c.is_ascii() {
            c.to_ascii_lowercase()
        } else {
            let c = match c {
                // Latin-1 letters: no combining marks, and simple lowercase.
                '\u{c0}'..='\u{ff}' => match fold_char(c) {
                    0 => return 0,
                    a => a as char,
                },
                c if is_combining_mark(c) => continue,
                c => c.to_lowercase().next().unwrap_or(c),
            };
            match c {
                'à' | 'â' | 'ä' | 'á' | 'ã' => 'a',
                'é' | 'è' | 'ê' | 'ë' => 'e',
                'î' | 'ï' | 'í' | 'ì' => 'i',
                'ô' | 'ö' | 'ó' | 'ò' => 'o',
                'ù' | 'û' | 'ü' | 'ú' => 'u',
                'ç' => 'c',
                'ÿ' => 'y',
                c => c,
            }
        };
        if !c.is_ascii() || n == buf.len() {
            return 0;
        }
        buf[n] = c as u8;
        n += 1;
    }
    VOCAB.id(&padded_key(&buf))
}

/// One item of a pattern: a word, any apostrophe ("'"), any dash ("-"), or a character.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Item {
    Word(u16),
    Apostrophe,
    Dash,
    Char(char),
}

fn item(s: &str) -> Item {
    match s {
        "'" => Item::Apostrophe,
        "-" => Item::Dash,
        _ if s.starts_with(|c: char| c.is_ascii_alphabetic()) => {
            debug_assert!(word_id(s) != 0, "{s:?} is in no pattern");
            Item::Word(word_id(s))
        }
        // An empty item matches nothing: a letter is never a punctuation token.
        _ => Item::Char(s.chars().next().unwrap_or('a')),
    }
}

/// Patterns (items separated by ' ', "'" any apostrophe) with their values, compiled to
/// vocabulary numbers on first use.
pub(crate) struct Table<T: 'static> {
    pub entries: &'static [(&'static str, T)],
    compiled: OnceLock<Compiled<T>>,
}

pub(super) struct Compiled<T> {
    /// The items of each entry, in table order.
    pub plain: Vec<(Vec<Item>, T)>,
    /// The entries starting with a word, by the number of that word (table order among
    /// equals).
    pub sorted: Vec<(u16, Vec<Item>, T)>,
    pub firsts: WordSet,
    /// The indices in `plain` of the entries ending in each item (table order among
    /// equals), by that item.
    pub by_last: Vec<(Item, Vec<usize>)>,
}

impl<T: Copy> Table<T> {
    pub const fn new(entries: &'static [(&'static str, T)]) -> Self {
        Table {
            entries,
            compiled: OnceLock::new(),
        }
    }

    pub(super) fn compiled(&self) -> &Compiled<T> {
        self.compiled.get_or_init(|| {
            let plain: Vec<(Vec<Item>, T)> = (self.entries.iter())
                .map(|&(p, v)| (p.split(' ').map(item).collect(), v))
                .collect();
            let mut sorted: Vec<_> = (plain.iter())
                .filter_map(|(items, v)| match items[0] {
                    Item::Word(id) => Some((id, items.clone(), *v)),
                    _ => None,
                })
                .collect();
            sorted.sort_by_key(|e| e.0);
            let firsts = (self.entries.iter()).filter_map(|(p, _)| {
                let w = p.split(' ').next()?;
                w.starts_with(|c: char| c.is_ascii_alphabetic())
                    .then_some(w)
            });
            let mut by_last: Vec<(Item, Vec<usize>)> = Vec::new();
            for (e, (items, _)) in plain.iter().enumerate() {
                let last = items[items.len() - 1];
                match by_last.iter_mut().find(|(item, _)| *item == last) {
                    Some((_, entries)) => entries.push(e),
                    None => by_last.push((last, vec![e])),
                }
            }
            Compiled {
                plain,
                sorted,
                firsts: WordSet::new(firsts),
                by_last,
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_fold_to_their_number() {
        for c in '\u{c0}'..='\u{ff}' {
            if c != '×' && c != '÷' {
                assert!(!is_combining_mark(c), "{c:?}");
                let lower = if c <= '\u{de}' {
                    char::from(c as u8 + 0x20)
                } else {
                    c
                };
                assert_eq!(c.to_lowercase().collect::<String>(), lower.to_string());
            }
        }
        let fold = |w: &str, a| super::fold(w, 0, w.len(), a);
        assert_eq!(fold("FÉVRIER", false), word_id("fevrier"));
        assert_eq!(fold("Février", false), word_id("fevrier"));
        assert_eq!(fold("fe\u{301}vrier", false), word_id("fevrier"));
        assert_eq!(fold("İn", false), word_id("in"));
        assert_eq!(fold("MaRs", true), word_id("mars"));
        assert_ne!(word_id("mars"), 0);
        assert_eq!(fold("marss", true), 0);
    }

    #[test]
    fn latin1_words_fold_byte_by_byte_as_char_by_char() {
        let mut words: Vec<String> = ('\u{80}'..='\u{ff}')
            .flat_map(|c| [format!("f{c}vrier"), format!("{c}te"), format!("AO{c}T")])
            .collect();
        words.extend(
            [
                "FÉVRIER",
                "décembre",
                "août",
                "Ñu",
                "e\u{301}te",
                "İn",
                "àéîôùç",
            ]
            .map(String::from),
        );
        words.push(format!("{}é", "a".repeat(MAX - 1)));
        words.push(format!("{}é", "a".repeat(MAX)));
        words.push(format!("{}\u{301}", "a".repeat(MAX)));
        for w in &words {
            let fast = fold_latin1(w.as_bytes()).map(|k| k.map_or(0, |k| VOCAB.id(&k)));
            assert!(fast.is_none_or(|id| id == fold_chars(w)), "{w:?}");
            let latin1 = w
                .chars()
                .all(|c| c.is_ascii() || ('\u{c0}'..='\u{ff}').contains(&c));
            assert_eq!(fast.is_some(), latin1, "{w:?}");
        }
        assert_ne!(fold_chars("août"), 0);
    }

    #[test]
    fn ascii_words_found_where_they_stand() {
        let line = "l’été\u{a0}😀 né en MARS, Mars? marss May";
        let id_at = |w: &str| {
            let start = line.find(w).unwrap_or(usize::MAX);
            VOCAB.ascii_id(line.as_bytes(), start, w.len())
        };
        assert_ne!(word_id("mars"), 0);
        assert_eq!(id_at("MARS"), word_id("mars"));
        assert_eq!(id_at("Mars"), word_id("mars"));
        assert_eq!(id_at("en"), word_id("en"));
        // Near the end of the text, where fewer than MAX bytes are left.
        assert_eq!(id_at("May"), word_id("may"));
        assert_eq!(id_at("marss"), 0);
        // Longer than eight bytes, in the text and at its very end.
        for text in ["Septembre 2024 😀", "l’été\u{a0}SEPTEMBRE"] {
            let start = text.find('S').unwrap_or(usize::MAX);
            let id = VOCAB.ascii_id(text.as_bytes(), start, "septembre".len());
            assert_eq!(id, word_id("septembre"), "{text}");
        }
        assert_ne!(word_id("septembre"), 0);
        let long = "a".repeat(MAX + 1);
        assert_eq!(VOCAB.ascii_id(long.as_bytes(), 0, MAX + 1), 0);
        for w in ["l", "n", "MARS", "Mars", "en", "May", "marss"] {
            let start = line.find(w).unwrap_or(usize::MAX);
            let end = start + w.len();
            assert_eq!(fold(line, start, end, true), id_at(w), "{w}");
            assert_eq!(fold(line, start, end, false), id_at(w), "{w}");
        }
    }
}
