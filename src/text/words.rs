//! Words of a text, as the entity and claim rules see them: letters and digits joined by
//! inner hyphens, with French elisions (« l’ », « d’ », « qu’ ») split off as words of
//! their own, so « l’Ukraine » gives « l’ » and « Ukraine ».

use super::Span;
use super::eight_bytes::{ascii_letters_and_capitals, eight_bytes};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word {
    pub span: Span,
    /// First letter is uppercase.
    pub capitalised: bool,
    /// Two or more letters, all uppercase (« OTSC », "U.S" is not one).
    pub all_caps: bool,
    /// Starts with a digit.
    pub numeric: bool,
    /// Every character is ASCII: letters, digits, « - » and « ' ».
    pub ascii: bool,
}

pub(crate) const ELISIONS: &[&str] = &[
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
];

fn is_word_char(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphanumeric(),
        // The common cases of Latin text answered without the Unicode tables: Latin-1's
        // letters, Latin Extended-A and -B; its spaces and signs (« », NBSP) and general
        // punctuation (’ “ ” – — …, narrow spaces) are not word characters.
        '\u{c0}'..='\u{24f}' => c != '×' && c != '÷',
        'ª' | '²' | '³' | 'µ' | '¹' | 'º' | '¼' | '½' | '¾' => true,
        '\u{80}'..='\u{bf}' | '\u{2000}'..='\u{206f}' => false,
        _ => c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c),
    }
}

pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

/// Also the line-break marks that OCR and typesetting leave inside a word: « ¬ » (« Léopol¬dine »)
/// and the soft hyphen.
pub(crate) fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}' | '¬' | '\u{ad}')
}

/// The character at byte `i` and its length.
#[inline]
fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        return (b as char, 1);
    }
    let c = text[i..].chars().next().unwrap_or(' ');
    (c, c.len_utf8())
}

/// Every word of `text`, in order.
pub fn words(text: &str) -> Vec<Word> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 6);
    let mut i = 0;
    while i < bytes.len() {
        // Spaces and ASCII punctuation between words, a byte at a time.
        let b = bytes[i];
        if b < 0x80 && !b.is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        // An ASCII letter or digit here, else a character to decode.
        let (c, len) = if b < 0x80 {
            (char::from(b), 1)
        } else {
            char_at(text, i)
        };
        if !is_word_char(c) {
            i += len;
            continue;
        }
        let start = i;
        let mut ascii = len == 1;
        i += len;
        loop {
            i += bytes[i..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric())
                .count();
            let Some(&b) = bytes.get(i) else {
                break;
            };
            // Only « - » and « ' » join words among ASCII's other characters.
            if b < 0x80 && b != b'-' && b != b'\'' {
                break;
            }
            let (c, len) = char_at(text, i);
            if is_word_char(c) {
                ascii &= len == 1;
                i += len;
                continue;
            }
            let joiner = is_hyphen(c) || is_apostrophe(c);
            let after = i + len;
            if !(joiner && after < bytes.len() && is_word_char(char_at(text, after).0)) {
                break;
            }
            if is_apostrophe(c) {
                let before = &text[start..i];
                if ELISIONS.iter().any(|e| before.eq_ignore_ascii_case(e)) {
                    // « l’ » is a word; the next word starts after the apostrophe.
                    ascii &= len == 1;
                    i = after;
                    break;
                }
                let rest = &text[after..];
                let possessive =
                    rest.starts_with('s') && !rest[1..].chars().next().is_some_and(is_word_char);
                if possessive {
                    break;
                }
            }
            ascii &= len == 1;
            i = after;
        }
        out.push(word(text, Span::new(start, i), ascii, c));
    }
    out
}

impl Word {
    /// The word at `span` of `text`: letters and digits, all ASCII or not.
    #[inline]
    pub fn at(text: &str, span: Span, ascii: bool) -> Word {
        let n = span.len();
        if !(ascii && (1..=8).contains(&n)) {
            return word(text, span, ascii, char_at(text, span.start).0);
        }
        // Most words: their bytes at once.
        let bytes = text.as_bytes();
        let first = bytes[span.start];
        let capitalised = first.is_ascii_uppercase();
        let all_caps = capitalised && {
            let eight = eight_bytes(bytes, span.start) & (!0 >> (64 - 8 * n as u32));
            let (letters, capitals) = ascii_letters_and_capitals(eight);
            letters.count_ones() >= 2 && capitals == letters
        };
        Word {
            span,
            capitalised,
            all_caps,
            numeric: first.is_ascii_digit(),
            ascii,
        }
    }
}

/// The word at `span`, whose first character is `first`.
#[inline(always)]
fn word(text: &str, span: Span, ascii: bool, first: char) -> Word {
    let capitalised = if first.is_ascii() {
        first.is_ascii_uppercase()
    } else {
        first.is_uppercase()
    };
    // Only a capitalised word can be all capitals: most words stop here.
    // Two letters or more, all capitals: the first small letter (most often the second)
    // ends the count.
    let all_caps = capitalised && {
        let mut n = 0;
        let all = if ascii {
            (span.of(text).bytes().filter(u8::is_ascii_alphabetic)).all(|b| {
                n += 1;
                b.is_ascii_uppercase()
            })
        } else {
            (span.of(text).chars().filter(|c| c.is_alphabetic())).all(|c| {
                n += 1;
                c.is_uppercase()
            })
        };
        all && n >= 2
    };
    Word {
        span,
        capitalised,
        all_caps,
        numeric: first.is_ascii_digit(),
        ascii,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_latin_shortcuts_agree_with_the_unicode_tables() {
        let tables =
            |c: char| c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c);
        for c in ('\u{80}'..='\u{24f}').chain('\u{2000}'..='\u{206f}') {
            assert_eq!(
                super::is_word_char(c),
                tables(c),
                "{c:?} (U+{:04X})",
                c as u32
            );
        }
    }

    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        words(text).iter().map(|w| w.span.of(text)).collect()
    }

    #[test]
    fn elisions_split_off_and_hyphens_join() {
        assert_eq!(
            texts("l’Ukraine d'Astana Kassym-Jomart aujourd’hui"),
            [
                "l’",
                "Ukraine",
                "d'",
                "Astana",
                "Kassym-Jomart",
                "aujourd’hui"
            ]
        );
    }

    #[test]
    fn possessives_and_punctuation_end_words() {
        assert_eq!(texts("Putin's war, «OTSC»."), ["Putin", "s", "war", "OTSC"]);
    }

    #[test]
    fn words_are_found_at_their_offsets_among_spaces_signs_and_emoji() {
        let text = "L’État\u{a0}a dit 🙂 aujourd’hui-même : « Kassym-Jomart » - 12,5 % ÉTÉ-2024";
        let found = words(text);
        let expected = [
            "L’",
            "État",
            "a",
            "dit",
            "aujourd’hui-même",
            "Kassym-Jomart",
            "12",
            "5",
            "ÉTÉ-2024",
        ];
        assert_eq!(texts(text), expected);
        let mut from = 0;
        for (w, e) in found.iter().zip(expected) {
            let at = from + text[from..].find(e).unwrap_or(usize::MAX - from);
            assert_eq!((w.span.start, w.span.end), (at, at + e.len()), "{e}");
            from = w.span.end;
        }
        assert!(found[1].capitalised && !found[1].all_caps);
        assert!(found[8].capitalised && found[8].all_caps);
        assert!(found[6].numeric && !found[6].capitalised);
        let ascii: Vec<bool> = found.iter().map(|w| w.ascii).collect();
        let expected: Vec<bool> = expected.iter().map(|e| e.is_ascii()).collect();
        assert_eq!(ascii, expected);
        assert!(words("Putin's aujourd'hui rock-n-roll")[2].ascii);
        assert!(!words("aujourd’hui")[0].ascii);
        assert!(!words("l’État")[0].ascii && words("l'État")[0].ascii);
        assert!(words("Putin’s")[0].ascii);
    }

    #[test]
    fn capitals_and_acronyms_are_marked() {
        let text = "OTSC Astana kazakh K-J";
        let w = words(text);
        assert!(w[0].all_caps && w[0].capitalised);
        assert!(w[1].capitalised && !w[1].all_caps);
        assert!(!w[2].capitalised);
        assert!(w[3].all_caps);
        // ASCII words and others, among an elision, a non-breaking space and an emoji.
        let text = "l’OTAN\u{a0}🙂 G20 A Ab'CD AB'CD ÉTAT Été";
        let marks: Vec<(&str, bool, bool)> = (words(text).iter())
            .map(|w| (w.span.of(text), w.capitalised, w.all_caps))
            .collect();
        assert_eq!(
            marks,
            [
                ("l’", false, false),
                ("OTAN", true, true),
                ("G20", true, false),
                ("A", true, false),
                ("Ab'CD", true, false),
                ("AB'CD", true, true),
                ("ÉTAT", true, true),
                ("Été", true, false),
            ]
        );
    }
}
