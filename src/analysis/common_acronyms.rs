//! Acronyms of common things: « produit intérieur brut (PIB) », "water treatment unit (WTU)".
//! An acronym set in brackets after lowercase words whose initials spell it stands for
//! those words, a thing and not a name: none of its mentions in the article is a person,
//! an organisation or a place. Capitalised words before it name something (« Commission
//! des marchés de Valdorge (CMV) »: `define_acronyms`), and so do lowercase words with an
//! institution's word (« institut norlandais des sondages (INS) »).
//!
//! So is a French acronym after « un » or « une » (« les patients qui subissent une TRV »,
//! « souffrir d’un SBR »): a name takes the definite article (« la CFVD »), a thing counted
//! takes the indefinite one. Not when the article also writes it with the definite article
//! (« une UEN plus forte », then « l’UEN a voté »: an institution qualified), nor English
//! "a" or "an", which come before an acronym that qualifies the next noun ("a NVRC team").

use super::lexicon;
use super::mention::{Form, Mention};
use crate::analysis::kind::KindVotes;
use crate::text::fold;

/// Takes every kind from the mentions of the acronyms that the article defines by
/// lowercase words.
pub fn unkind_common_acronyms(text: &str, mentions: &mut [Mention]) {
    // « une UE plus forte » beside « l’UE a voté »: a name the article also writes with the
    // definite article is an institution qualified, not a thing counted. Looked for only
    // when an acronym comes after « un » or « une ».
    let acronyms = || mentions.iter().filter(|m| m.form == Form::Acronym);
    let indefinite: Vec<&str> = (acronyms())
        .filter(|m| after_un_or_une(text, m))
        .map(|m| &*m.key)
        .collect();
    let named: Vec<&str> = match indefinite.is_empty() {
        true => Vec::new(),
        false => (acronyms())
            .filter(|m| after_definite_article(text, m))
            .map(|m| &*m.key)
            .collect(),
    };
    let common: Vec<std::sync::Arc<str>> = acronyms()
        .filter(|m| {
            (indefinite.contains(&&*m.key) && !named.contains(&&*m.key))
                || spelled_by_words_before(text, m)
        })
        .map(|m| m.key.clone())
        .collect();
    if common.is_empty() {
        return;
    }
    for m in mentions.iter_mut().filter(|m| common.contains(&m.key)) {
        m.votes = KindVotes::default();
        m.set_common_thing();
    }
}

/// Whether the word right before the acronym `m` is the French indefinite article « un » or
/// « une », elided « d’ » before it aside (« d’une TRV »).
fn after_un_or_une(text: &str, m: &Mention) -> bool {
    let word = word_before(text, m).map(|w| w.rsplit(['\'', '’']).next().unwrap_or(w));
    matches!(word, Some("un" | "une" | "Un" | "Une"))
}

/// The word before the acronym `m`, spaces between them; none when no space parts them.
fn word_before<'t>(text: &'t str, m: &Mention) -> Option<&'t str> {
    let before = text[..m.span.start].trim_end_matches([' ', '\u{a0}']);
    (before.len() < m.span.start)
        .then(|| before.rsplit(char::is_whitespace).next().unwrap_or(before))
}

/// Whether the French definite article comes right before the acronym `m`: « la », « le »,
/// « les », « du », « des », « au », « aux », or an elided « l’ ».
fn after_definite_article(text: &str, m: &Mention) -> bool {
    let before = text[..m.span.start].trim_end_matches([' ', '\u{a0}']);
    if let Some(rest) = before.strip_suffix(['’', '\'']) {
        return rest.ends_with(['l', 'L'])
            && !rest[..rest.len() - 1].ends_with(|c: char| c.is_alphabetic());
    }
    word_before(text, m).is_some_and(|word| {
        ["la", "le", "les", "du", "des", "au", "aux"]
            .iter()
            .any(|a| word.eq_ignore_ascii_case(a))
    })
}

/// Whether the acronym `m`, in brackets, is spelled by the initials of the lowercase words
/// right before its bracket (the small words between them passed over).
fn spelled_by_words_before(text: &str, m: &Mention) -> bool {
    if !text[m.span.end..].starts_with(')') {
        return false;
    }
    let Some(before) = text[..m.span.start].trim_end().strip_suffix('(') else {
        return false;
    };
    let letters: Vec<char> = fold(m.span.of(text))
        .chars()
        .filter(char::is_ascii_alphabetic)
        .collect();
    if letters.len() < 2 {
        return false;
    }
    let mut wanted = letters.iter().rev();
    let mut next = wanted.next();
    // The words before the bracket, last first, on its line.
    let line = before.rsplit('\n').next().unwrap_or(before);
    for word in line.split_whitespace().rev().take(3 * letters.len()) {
        let Some(letter) = next else {
            break;
        };
        // « l’unité »: the word after the elided article.
        let word = word.rsplit(['\'', '’']).next().unwrap_or(word);
        let word = word.trim_matches(|c: char| !c.is_alphabetic());
        if word.is_empty() || !word.chars().all(|c| c.is_lowercase() || c == '-') {
            return false;
        }
        if SMALL_WORDS.contains(&word) {
            continue;
        }
        if !fold(word).starts_with(*letter) {
            return false;
        }
        next = wanted.next();
        // « institut norlandais des sondages (INS) », "national water agency": an
        // institution written in lowercase is still one.
        if lexicon::is(&lexicon::key(word), lexicon::ORGANIZATION_HEADS) {
            return false;
        }
    }
    next.is_none()
}

/// Words an acronym leaves out (« unité de traitement des eaux (UTE) », "bureau of labor
/// statistics").
const SMALL_WORDS: [&str; 14] = [
    "de", "du", "des", "la", "le", "les", "et", "à", "of", "the", "and", "for", "on", "in",
];

#[cfg(test)]
mod tests {
    use crate::analysis::{EntityKind, mentions};
    use crate::article::{Article, Format};

    fn kinds(text: &str) -> Vec<(&str, EntityKind)> {
        let article = Article::parse(text, Format::Text);
        (mentions(text, &article).iter())
            .map(|m| (m.span.of(text), m.kind))
            .collect()
    }

    #[test]
    fn an_acronym_of_lowercase_words_names_nothing() {
        use EntityKind::{Organization, Other};
        let fr = "Hier, l’unité de traitement des eaux (UTE) de Valdorge a fermé. L’UTE rouvrira, \
                  selon la Commission des marchés de Valdorge (CMV).";
        let found = kinds(fr);
        assert!(found.contains(&("UTE", Other)), "{found:?}");
        assert!(
            !found.iter().any(|&(n, k)| n == "UTE" && k != Other),
            "{found:?}"
        );
        assert!(found.contains(&("CMV", Organization)), "{found:?}");
        let fr = "Hier, l’agence nationale des eaux (ANE) a parlé.";
        assert!(kinds(fr).contains(&("ANE", Organization)), "an institution");
        let en = "Yesterday the water treatment unit (WTU) of Valdorge closed. The WTU will \
                  reopen, said the Valdorge Market Commission (VMC).";
        let found = kinds(en);
        assert!(found.contains(&("WTU", Other)), "{found:?}");
        assert!(
            !found.iter().any(|&(n, k)| n == "WTU" && k != Other),
            "{found:?}"
        );
        assert!(found.contains(&("VMC", Organization)), "{found:?}");
        let en = "Yesterday the national water agency (NWA) spoke.";
        assert!(kinds(en).contains(&("NWA", Organization)), "an institution");
    }
}
