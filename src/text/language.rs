//! Which language an article is written in, French or English, told by the short words
//! every sentence has (« le », « des », « est »; "the", "of", "is").

use super::words;

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

const FRENCH: &[&str] = &[
    "le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "dans", "pour", "que", "qui",
    "sur", "pas", "au", "aux", "par", "avec", "ont", "été", "il", "elle", "ce", "l", "d", "qu",
];
const ENGLISH: &[&str] = &[
    "the", "of", "and", "to", "is", "was", "for", "that", "in", "with", "on", "are", "by", "it",
    "he", "she", "from", "has", "have", "were", "be", "at", "this", "an", "which",
];

/// The language most of the text's first 12 KB's short words belong to.
pub fn guess(text: &str) -> Language {
    let (mut fr, mut en) = (0usize, 0usize);
    let head = &text[..super::floor_char_boundary(text, text.len().min(12_000))];
    for w in words(head) {
        let word = w.span.of(text);
        if word.len() > 5 {
            continue;
        }
        // Lowered in place: no allocation a word (an article has thousands).
        let mut buffer = [0u8; 8];
        let lower: std::borrow::Cow<str> = if word.is_ascii() {
            buffer[..word.len()].copy_from_slice(word.as_bytes());
            buffer[..word.len()].make_ascii_lowercase();
            std::str::from_utf8(&buffer[..word.len()])
                .unwrap_or_default()
                .into()
        } else {
            word.to_lowercase().into()
        };
        let lower = lower.trim_end_matches(['\'', '\u{2019}']);
        fr += usize::from(FRENCH.contains(&lower));
        en += usize::from(ENGLISH.contains(&lower));
    }
    match (fr, en) {
        (f, e) if f + e < 3 => Language::Unknown,
        (f, e) if f > e => Language::French,
        (f, e) if e > f => Language::English,
        _ => Language::Unknown,
    }
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
    fn elided_words_count_in_french() {
        // « l’accord », « qu’il »: the article and conjunction come off their word.
        assert_eq!(
            guess("L’accord qu’il a signé est dans l’intérêt des deux pays."),
            Language::French
        );
    }
}
