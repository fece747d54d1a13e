//! Capitalised words that label rather than name: a newsroom's rubric set alone on its line
//! (« Dernière minute », "Breaking News"), a caption's credit label (« Crédit photo : »,
//! "Photo credit:"), and a credit rating ("AA-", « AAA »). Methods of the name scan.

use super::Scan;

/// Rubrics and kickers, as a newsroom sets them above or inside an article, lowercase: a
/// line that holds one of them and nothing else is a label, not a name.
const RUBRICS: &[&str] = &[
    "alerte info",
    "analyse",
    "analysis",
    "breaking",
    "breaking news",
    "décryptage",
    "dernière heure",
    "dernière minute",
    "dernières infos",
    "direct",
    "éditorial",
    "editorial",
    "en direct",
    "exclusif",
    "exclusive",
    "fact check",
    "flash info",
    "flash spécial",
    "just in",
    "live",
    "live updates",
    "news alert",
    "news flash",
    "opinion",
    "reportage",
    "tribune",
    "update",
    "urgent",
];

/// What a caption's credit opens with, lowercase: the words before the colon are a label;
/// the name after it is a name.
const CREDIT_LABELS: &[&str] = &[
    "credit",
    "credits",
    "crédit",
    "crédits",
    "crédit photo",
    "crédits photo",
    "crédits photos",
    "crédit image",
    "image",
    "image credit",
    "illustration",
    "photo",
    "photo credit",
    "photos",
    "photo credits",
];

/// The longest label, in bytes, with room for spaces around it.
const LONGEST: usize = 24;

/// Words that tell a sentence speaks of a credit rating, lowercase.
const RATING_WORDS: &[&str] = &[
    "abaisse",
    "abaissé",
    "abaissée",
    "downgrade",
    "downgraded",
    "downgrades",
    "dégrade",
    "dégradé",
    "dégradée",
    "fitch",
    "moody",
    "notation",
    "note",
    "rated",
    "rating",
    "ratings",
    "relève",
    "relevé",
    "relevée",
    "upgrade",
    "upgraded",
    "upgrades",
];

impl Scan<'_, '_> {
    /// Words `i..=j` are, with the words before them on their line, a rubric filling the
    /// line or a credit label before a colon.
    pub(super) fn label(&self, i: usize, j: usize) -> bool {
        let start = self.words[i].span.start;
        let end = self.words[j].span.end;
        // What follows on the line: nothing (a rubric) or a colon (a credit label).
        let next = self.text[end..].trim_start_matches([' ', '\t', '\u{a0}', '\r']);
        let labels = match next.as_bytes().first() {
            None | Some(b'\n') => RUBRICS,
            Some(b':') => CREDIT_LABELS,
            _ => return false,
        };
        // The line up to the words' end, a few words long at most.
        let from = start.saturating_sub(LONGEST);
        let line_start = match self.text.as_bytes()[from..start]
            .iter()
            .rposition(|&b| b == b'\n')
        {
            Some(n) => from + n + 1,
            None if from == 0 => 0,
            None => return false,
        };
        let label = self.text[line_start..end].trim();
        label.len() <= LONGEST && labels.contains(&super::super::word_key::key(label).as_str())
    }

    /// Word `i` is a credit rating: one to three times the same capital A, B or C (« AA »,
    /// "BBB", "AA-"), in a sentence of ratings (a rating word within twelve words).
    pub(super) fn rating(&self, i: usize) -> bool {
        let w = &self.words[i];
        let letters = w.span.of(self.text).as_bytes();
        let repeated = letters.len() <= 3
            && matches!(letters[0], b'A' | b'B' | b'C')
            && letters.iter().all(|&b| b == letters[0]);
        if !repeated {
            return false;
        }
        let around = i.saturating_sub(12)..(i + 13).min(self.words.len());
        around
            .filter(|&k| k != i)
            .any(|k| RATING_WORDS.contains(&self.tokens.key(k)))
    }
}
