//! Which language an article is written in, French or English, told by the short words
//! every sentence has (« le », « des », « est »; "the", "of", "is").

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Language {
    French,
    English,
    /// Too few of either's words to tell.
    Unknown,
}

impl Language {
    /// French, English, unknown: 0, 1, 2.
    pub fn index(self) -> usize {
        match self {
            Language::French => 0,
            Language::English => 1,
            Language::Unknown => 2,
        }
    }

    /// The ISO 639-1 code, as `attest.toml`'s `language` writes it.
    pub fn code(self) -> &'static str {
        match self {
            Language::French => "fr",
            Language::English => "en",
            Language::Unknown => "?",
        }
    }
}

/// The short words counted, as lists (the matches below are these, checked by a test).
#[cfg(test)]
pub(crate) const FRENCH: &[&str] = &[
    "le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "dans", "pour", "que", "qui",
    "sur", "pas", "au", "aux", "par", "avec", "ont", "été", "il", "elle", "ce", "l", "d", "qu",
];
#[cfg(test)]
pub(crate) const ENGLISH: &[&str] = &[
    "the", "of", "and", "to", "is", "was", "for", "that", "in", "with", "on", "are", "by", "it",
    "he", "she", "from", "has", "have", "were", "be", "at", "this", "an", "which",
];

/// One of `FRENCH`, as bytes (a match: a few comparisons, not a scan of the list).
fn is_french(w: &[u8]) -> bool {
    matches!(
        w,
        b"le"
            | b"la"
            | b"les"
            | b"des"
            | b"du"
            | b"de"
            | b"et"
            | b"est"
            | b"une"
            | b"un"
            | b"dans"
            | b"pour"
            | b"que"
            | b"qui"
            | b"sur"
            | b"pas"
            | b"au"
            | b"aux"
            | b"par"
            | b"avec"
            | b"ont"
            | b"il"
            | b"elle"
            | b"ce"
            | b"l"
            | b"d"
            | b"qu"
    ) || w == "été".as_bytes()
}

/// One of `ENGLISH`, as bytes.
fn is_english(w: &[u8]) -> bool {
    matches!(
        w,
        b"the"
            | b"of"
            | b"and"
            | b"to"
            | b"is"
            | b"was"
            | b"for"
            | b"that"
            | b"in"
            | b"with"
            | b"on"
            | b"are"
            | b"by"
            | b"it"
            | b"he"
            | b"she"
            | b"from"
            | b"has"
            | b"have"
            | b"were"
            | b"be"
            | b"at"
            | b"this"
            | b"an"
            | b"which"
    )
}

/// The language most of the text's first 3 KB's short words belong to (a few hundred
/// words: enough). Words are runs of letters (bytes of multi-byte characters included),
/// so « l’accord » gives « l »; the short ones are lowered in place and looked up.
pub fn guess(text: &str) -> Language {
    let (mut fr, mut en) = (0usize, 0usize);
    let head = &text.as_bytes()[..super::floor_char_boundary(text, text.len().min(3_000))];
    let letter = |b: u8| b.is_ascii_alphabetic() || b >= 0x80;
    let mut i = 0;
    while i < head.len() {
        if !letter(head[i]) {
            i += 1;
            continue;
        }
        let start = i;
        // Runs of ASCII letters, eight bytes at a time, and the bytes of other characters
        // between them; « ’ » (E2 80 99) ends a word as « ' » does.
        loop {
            i = super::ascii_letters_end(head, i);
            match head.get(i) {
                Some(&b) if b >= 0x80 && !is_rsquo(&head[i..]) => i += 1,
                _ => break,
            }
        }
        let len = i - start;
        if len <= 5 {
            // The word's bytes in one number, its capitals lowered: a capital's top bit,
            // moved two places down, is the bit that lowers it.
            let word = super::eight_bytes(head, start) & !(!0u64 << (8 * len));
            let lower = (word | super::ascii_letters_and_capitals(word).1 >> 2).to_le_bytes();
            let lower = &lower[..len];
            fr += usize::from(is_french(lower));
            en += usize::from(is_english(lower));
        }
        if is_rsquo(&head[i..]) {
            i += 3;
        }
    }
    match (fr, en) {
        (f, e) if f + e < 3 => Language::Unknown,
        (f, e) if f > e => Language::French,
        (f, e) if e > f => Language::English,
        _ => Language::Unknown,
    }
}

/// The bytes start with « ’ ».
fn is_rsquo(bytes: &[u8]) -> bool {
    bytes.starts_with("\u{2019}".as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_and_english_articles_are_told_apart() {
        assert_eq!(
            guess("Le président a été reçu à Astana, où il a signé des accords."),
            Language::French
        );
        assert_eq!(
            guess("The president was received in Astana, where he signed the agreements."),
            Language::English
        );
        assert_eq!(guess("Astana, 12 mars."), Language::Unknown);
    }

    #[test]
    fn the_byte_matches_are_the_word_lists() {
        for w in FRENCH {
            assert!(is_french(w.as_bytes()) && !is_english(w.as_bytes()), "{w}");
        }
        for w in ENGLISH {
            assert!(is_english(w.as_bytes()), "{w}");
        }
        assert!(!is_french(b"lyon") && !is_english(b"lyon"));
    }

    #[test]
    fn words_in_capitals_count_as_in_lowercase() {
        assert_eq!(
            guess("LE CHAT ET LE CHIEN DANS LA MAISON"),
            Language::French
        );
        assert_eq!(guess("THE CAT AND THE DOG IN THE HOUSE"), Language::English);
        // Only ASCII letters are lowered: « ÉTÉ » is not « été ».
        assert_eq!(guess("ÉTÉ ÉTÉ ÉTÉ"), Language::Unknown);
        assert_eq!(guess("été été été"), Language::French);
    }

    #[test]
    fn elided_words_count_in_french() {
        // « l’accord », « qu’il »: the article and conjunction come off their word.
        assert_eq!(
            guess("L’accord qu’il a signé est dans l’intérêt des deux pays."),
            Language::French
        );
    }
}
