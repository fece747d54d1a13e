//! The lookup key of a word, as the word lists of `lexicon` spell theirs: lowercase, with
//! the typographic apostrophe (’) made straight. Accents are kept.

/// The lookup key of a word: lowercase, ’ → '.
pub fn key(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    push_key(word, &mut out);
    out
}

/// Appends the lookup key of `word` to `out`.
pub fn push_key(word: &str, out: &mut String) {
    if word.is_ascii() {
        let start = out.len();
        out.push_str(word);
        out[start..].make_ascii_lowercase();
        return;
    }
    for c in word.chars() {
        match c {
            'A'..='Z' => out.push(c.to_ascii_lowercase()),
            _ if c.is_ascii() => out.push(c),
            '\u{2019}' => out.push('\''),
            // Latin-1's capitals (« É », « Ç ») are their small letters less 0x20; its other
            // characters are small letters or have no case (« × » neither): the Unicode
            // tables are asked only beyond it.
            '\u{c0}'..='\u{de}' if c != '\u{d7}' => {
                out.push(char::from(c as u8 + 0x20));
            }
            '\u{80}'..='\u{ff}' => out.push(c),
            c if c.is_lowercase() => out.push(c),
            c => out.extend(c.to_lowercase()),
        }
    }
}

/// Whether the key of a word is its text with only its ASCII letters lowercased: its other
/// characters are Latin-1's small letters and signs (« é », « à », « \u{a0} »), with no
/// capital (« É ») and no ’ — most words of French news that are not all ASCII.
pub fn ascii_lowercase_is_key(word: &[u8]) -> bool {
    let mut i = 0;
    while i < word.len() {
        match word[i] {
            0..0x80 => i += 1,
            // U+0080..=U+00BF: no case.
            0xC2 => i += 2,
            // U+00C0..=U+00DE but « × » are capitals.
            0xC3 => match word.get(i + 1) {
                Some(&b) if b <= 0x9E && b != 0x97 => return false,
                _ => i += 2,
            },
            _ => return false,
        }
    }
    true
}

/// The key of the ASCII word of `n <= 8` letters, digits, « - » and « ' » at
/// `bytes[start..]`, as a [`ShortKey`]: those characters' lowercase is the byte with bit
/// 5 set.
pub fn short_ascii_key(bytes: &[u8], start: usize, n: usize) -> ShortKey {
    debug_assert!(
        n <= 8
            && (bytes[start..start + n].iter())
                .all(|&b| b.is_ascii_alphanumeric() || b == b'-' || b == b'\'')
    );
    let mask = (!0u64).checked_shr(64 - 8 * n as u32).unwrap_or(0);
    let word = crate::text::eight_bytes(bytes, start);
    ShortKey {
        bytes: (word | 0x2020_2020_2020_2020) & mask,
        len: n,
    }
}

/// A key of at most eight bytes, as its bytes, little-endian and zero-padded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ShortKey {
    pub bytes: u64,
    pub len: usize,
}

impl ShortKey {
    /// Whether the key ends with `suffix` (at most eight bytes).
    pub fn ends_with(&self, suffix: &[u8]) -> bool {
        let n = suffix.len();
        n <= self.len && {
            let shift = 8 * (self.len - n) as u32;
            let tail = self.bytes.checked_shr(shift).unwrap_or(0);
            tail == crate::text::eight_bytes(suffix, 0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{key, push_key, short_ascii_key};

    #[test]
    fn ascii_words_are_keyed_as_any_word() {
        let text = "L'AFP a dit qu'Emmanuel Macron, 47 ans, rock-n-roll X-2024 aujourd'hui";
        let mut out = String::from("é");
        for w in crate::text::words(text) {
            let w = w.span.of(text);
            push_key(w, &mut out);
            if w.len() <= 8 {
                let short = short_ascii_key(text.as_bytes(), text.find(w).unwrap_or(0), w.len());
                let padded = crate::text::eight_bytes(key(w).as_bytes(), 0);
                assert_eq!((short.bytes, short.len), (padded, w.len()), "{w}");
                for end in ["", "n", "rn", "ard", "aujourd'hui", "2024", "'", "x-2024"] {
                    assert_eq!(
                        short.ends_with(end.as_bytes()),
                        key(w).ends_with(end),
                        "{w} {end}"
                    );
                }
            }
        }
        assert_eq!(short_ascii_key(b"abc", 1, 0).bytes, 0, "no byte, none kept");
        assert_eq!(
            out,
            format!(
                "é{}",
                key("l'afpaditqu'emmanuelmacron47ansrock-n-rollx-2024aujourd'hui")
            )
        );
    }

    /// The definition, without the shortcuts.
    fn slow(word: &str) -> String {
        let mut out = String::new();
        for c in word.chars() {
            match c {
                '\u{2019}' => out.push('\''),
                c if c.is_lowercase() => out.push(c),
                c => out.extend(c.to_lowercase()),
            }
        }
        out
    }

    #[test]
    fn every_character_is_keyed_as_the_unicode_tables_say() {
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            // Alone, and in a word that is not all ASCII.
            let word = format!("é{c}");
            assert_eq!(key(&word), slow(&word), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn a_word_of_small_latin1_letters_is_its_own_key_once_its_ascii_is_lowercased() {
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            for word in [format!("É{c}e"), format!("Ab{c}")] {
                let key = key(&word);
                let mut own = word.clone();
                own.make_ascii_lowercase();
                if super::ascii_lowercase_is_key(word.as_bytes()) {
                    assert_eq!(own, key, "U+{:04X}", c as u32);
                }
            }
            let word = format!("Ab{c}d");
            let small_latin1 = c.is_ascii()
                || ('\u{80}'..='\u{ff}').contains(&c) && !('\u{c0}'..='\u{de}').contains(&c)
                || c == '×';
            assert_eq!(
                super::ascii_lowercase_is_key(word.as_bytes()),
                small_latin1,
                "U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn keys_of_newsroom_words() {
        assert_eq!(key("Aujourd’hui"), "aujourd'hui");
        assert_eq!(key("ÉTAT"), "état");
        assert_eq!(key("Çà\u{a0}et là"), "çà\u{a0}et là");
        assert_eq!(key("ÖL🙂"), "öl🙂");
        assert_eq!(key("İstanbul"), slow("İstanbul"));
        let mut out = String::from("déjà ");
        push_key("L’Élysée", &mut out);
        assert_eq!(out, "déjà l'élysée");
    }
}
