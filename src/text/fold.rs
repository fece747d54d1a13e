//! Folding names for matching (DESIGN.md §5): two spellings of one name fold to one key.

use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// Folds a name to its matching key: NFKD, diacritics dropped, lowercase, apostrophes and
/// dashes unified, whitespace collapsed, and French transliteration neutralised so that
/// « Tokaïev » = "Tokayev", « Doubnov » = "Dubnov", « Poutine » = "Putin",
/// « Narychkine » = "Naryshkin".
pub fn fold(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    fold_into(name, &mut key);
    key
}

/// One letter folded as [`fold`] folds it in a name: an initial compared accents aside
/// (« É » is e).
pub fn fold_letter(c: char) -> String {
    fold(c.encode_utf8(&mut [0; 4]))
}

/// [`fold`] into `key`, emptied first: names folded one after another into one buffer.
pub fn fold_into(name: &str, key: &mut String) {
    key.clear();
    if plain_is_lowercase(name.as_bytes()) {
        key.push_str(name);
        key.make_ascii_lowercase();
    } else {
        plain(name, key);
    }
    // Most names are not transliterated: only those that are, are taken apart to be.
    if transliterates(key.as_bytes()) {
        let mut bytes = std::mem::take(key).into_bytes();
        transliterate(&mut bytes);
        *key = String::from_utf8(bytes).expect("a str's bytes, changed only where they are ASCII");
    }
}

/// Whether the plain form of `name` is its ASCII lowercase: printable ASCII but « ` »,
/// words separated by single spaces (most names).
fn plain_is_lowercase(name: &[u8]) -> bool {
    let mut after_space = true;
    for &b in name {
        match b {
            b'a'..=b'~' | b'!'..=b'_' => after_space = false,
            b' ' if !after_space => after_space = true,
            _ => return false,
        }
    }
    !after_space || name.is_empty()
}

/// The name decomposed, without diacritics, lowercase, apostrophes and dashes unified,
/// whitespace collapsed, onto the empty `plain`: the first step of [`fold`].
fn plain(name: &str, plain: &mut String) {
    let mut pending_space = false;
    for c in name.chars() {
        if c.is_ascii() {
            push_ascii(c as u8, plain, &mut pending_space);
        } else if let Some(letter) = latin_letter(c) {
            push_ascii(letter, plain, &mut pending_space);
        } else {
            push_decomposed(c, plain, &mut pending_space);
        }
    }
}

/// A character beyond ASCII onto the plain form: its compatibility decomposition without
/// the combining marks.
fn push_decomposed(c: char, plain: &mut String, pending_space: &mut bool) {
    decompose_compatible(c, |d| {
        if d.is_ascii() {
            push_ascii(d as u8, plain, pending_space);
        } else if !is_combining_mark(d) {
            push_other(d, plain, pending_space);
        }
    });
}

/// The ASCII letter an accented letter of Latin-1 decomposes to, its marks dropped
/// (« é » → e, « Ç » → C), as [`push_decomposed`] would find it.
fn latin_letter(c: char) -> Option<u8> {
    Some(match c {
        'À'..='Å' => b'A',
        'à'..='å' => b'a',
        'Ç' => b'C',
        'ç' => b'c',
        'È'..='Ë' => b'E',
        'è'..='ë' => b'e',
        'Ì'..='Ï' => b'I',
        'ì'..='ï' => b'i',
        'Ñ' => b'N',
        'ñ' => b'n',
        'Ò'..='Ö' => b'O',
        'ò'..='ö' => b'o',
        'Ù'..='Ü' => b'U',
        'ù'..='ü' => b'u',
        'Ý' => b'Y',
        'ý' | 'ÿ' => b'y',
        _ => return None,
    })
}

/// An ASCII character of the name onto its plain form: « ` » an apostrophe, whitespace
/// one space before the next character (none at the start), the rest in lowercase.
fn push_ascii(b: u8, plain: &mut String, pending_space: &mut bool) {
    let c = match b {
        b'`' => '\'',
        b' ' | b'\t'..=b'\r' => {
            *pending_space = !plain.is_empty();
            return;
        }
        b => char::from(b.to_ascii_lowercase()),
    };
    if *pending_space {
        plain.push(' ');
        *pending_space = false;
    }
    plain.push(c);
}

/// Any other character onto its plain form: apostrophes and dashes unified, the marks of a
/// line break inside a word dropped, whitespace one space before the next character, the
/// rest in lowercase.
fn push_other(c: char, plain: &mut String, pending_space: &mut bool) {
    let c = match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{02B9}' | '\u{00B4}' => '\'',
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE63}' | '\u{FF0D}' => '-',
        // A line break's mark inside a word (« Léopol¬dine »): the word is whole.
        '¬' | '\u{ad}' => return,
        c if c.is_whitespace() => {
            *pending_space = !plain.is_empty();
            return;
        }
        c => c,
    };
    if *pending_space {
        plain.push(' ');
        *pending_space = false;
    }
    plain.extend(c.to_lowercase());
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// French transliterations of Cyrillic names, mapped onto the English ones, word by word
/// (words end at a space or a dash): ou → u, ch → sh, y between vowels → i, a final -ine
/// → -in. In place: none makes a word longer. Read byte by byte: every byte it changes or
/// looks at is ASCII, and the bytes of other characters are copied as they are.
fn transliterate(bytes: &mut Vec<u8>) {
    let (mut read, mut written, mut word_start) = (0, 0, 0);
    // The last byte written in the word, after replacements: « ouy » reads as « uy ».
    let mut prev: Option<u8> = None;
    while let Some(&b) = bytes.get(read) {
        let next = bytes.get(read + 1).copied();
        read += 1;
        let last = match (b, next) {
            (b' ' | b'-', _) => {
                written = without_final_e(bytes, word_start, written);
                bytes[written] = b;
                written += 1;
                word_start = written;
                prev = None;
                continue;
            }
            (b'o', Some(b'u')) => {
                read += 1;
                b'u'
            }
            (b'c', Some(b'h')) => {
                read += 1;
                bytes[written] = b's';
                written += 1;
                b'h'
            }
            // « ou » after the y counts as the vowel u.
            (b'y', _) if prev.is_some_and(is_vowel) && next.is_some_and(is_vowel) => b'i',
            (b, _) => b,
        };
        bytes[written] = last;
        written += 1;
        prev = Some(last);
    }
    written = without_final_e(bytes, word_start, written);
    bytes.truncate(written);
}

/// Whether [`transliterate`] changes `bytes`. Every rule it applies changes them, and
/// where the first applies nothing before was changed: it is found in the bytes as they
/// are.
fn transliterates(bytes: &[u8]) -> bool {
    let mut word_start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let next = || bytes.get(i + 1).copied();
        let applies = match b {
            b'o' => next() == Some(b'u'),
            b'c' => next() == Some(b'h'),
            b'y' => i > word_start && is_vowel(bytes[i - 1]) && next().is_some_and(is_vowel),
            b' ' | b'-' => {
                let ine = without_final_e(bytes, word_start, i) < i;
                word_start = i + 1;
                ine
            }
            _ => continue,
        };
        if applies {
            return true;
        }
    }
    without_final_e(bytes, word_start, bytes.len()) < bytes.len()
}

/// Where the word written at `start..end` ends once a final -ine (of a word of more than
/// four bytes) loses its e.
fn without_final_e(bytes: &[u8], start: usize, end: usize) -> usize {
    if end - start > 4 && bytes[..end].ends_with(b"ine") {
        end - 1
    } else {
        end
    }
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn french_and_english_transliterations_meet() {
        assert_eq!(fold("Tokaïev"), fold("Tokayev"));
        assert_eq!(fold("Doubnov"), fold("Dubnov"));
        assert_eq!(fold("Poutine"), fold("Putin"));
        assert_eq!(fold("Narychkine"), fold("Naryshkin"));
    }

    #[test]
    fn case_accents_apostrophes_dashes_and_spaces_fold() {
        assert_eq!(fold("Côte d’Ivoire"), "cote d'ivoire");
        assert_eq!(fold("Saint–Pétersbourg"), fold("saint-petersbourg"));
        assert_eq!(fold("Maïa\u{00A0}\u{00A0}Sandu"), "maia sandu");
    }

    proptest::proptest! {
        #[test]
        fn a_name_told_plain_as_its_lowercase_is_so(
            name in proptest::collection::vec(
                proptest::sample::select(vec![
                    "A", "b", "ou", "Ch", "-", "'", "`", " ", "  ", "\t", "\n", "\u{1}", "é",
                    "\u{a0}", "’", "~", "7",
                ]),
                0..12,
            )
        ) {
            let name = name.concat();
            let mut plain = String::new();
            super::plain(&name, &mut plain);
            if super::plain_is_lowercase(name.as_bytes()) {
                proptest::prop_assert_eq!(plain, name.to_ascii_lowercase());
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn a_name_is_transliterated_when_its_transliteration_differs(
            name in proptest::collection::vec(
                proptest::sample::select(vec![
                    "o", "u", "c", "h", "y", "a", "e", "i", "n", "ine", " ", "-", "é", "k",
                ]),
                0..14,
            )
        ) {
            let name = name.concat();
            let mut bytes = name.clone().into_bytes();
            super::transliterate(&mut bytes);
            proptest::prop_assert_eq!(
                super::transliterates(name.as_bytes()),
                bytes != name.as_bytes()
            );
        }
    }

    #[test]
    fn a_latin_letter_is_its_decomposition_without_marks() {
        for c in '\u{80}'..='\u{24f}' {
            if let Some(letter) = super::latin_letter(c) {
                let mut decomposed = String::new();
                super::push_decomposed(c, &mut decomposed, &mut false);
                assert_eq!(
                    decomposed,
                    char::from(letter).to_ascii_lowercase().to_string()
                );
            }
        }
    }

    /// The plain form with every character beyond ASCII decomposed.
    fn plain_decomposed(name: &str) -> String {
        let (mut plain, mut pending_space) = (String::new(), false);
        for c in name.chars() {
            if c.is_ascii() {
                super::push_ascii(c as u8, &mut plain, &mut pending_space);
            } else {
                super::push_decomposed(c, &mut plain, &mut pending_space);
            }
        }
        plain
    }

    proptest::proptest! {
        #[test]
        fn a_name_is_plain_as_decomposed(name in "[ a-zA-Z\u{80}-\u{24f}\u{300}-\u{36f}\u{2018}-\u{2019}\u{2010}-\u{2015}]{0,12}") {
            let mut plain = String::new();
            super::plain(&name, &mut plain);
            proptest::prop_assert_eq!(plain, plain_decomposed(&name));
        }
    }

    #[test]
    fn different_names_stay_different() {
        assert_ne!(fold("Kassym-Jomart"), fold("Kassym-Shomart"));
        assert_ne!(fold("Moscou"), fold("Minsk"));
    }
}
