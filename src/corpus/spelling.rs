//! entity-spelling: one entity written two ways in one language (« Tokayev » / « Tokaïev »,
//! « Kassym-Shomart » / « Kassym-Jomart »). Each name word is compared with the word in the
//! same place of the name the articles of its own language give the entity: « Poutine » in a
//! French article and "Putin" in an English one are each language's spelling, not a
//! misspelling. Initials and acronyms are not misspellings, nor is a change of case.

use std::sync::Arc;

use rustc_hash::FxHashMap as HashMap;

use super::document::Document;
use super::entity::Entity;
use crate::analysis::{Code, Finding, Form, Mention, Related, gazetteer};
use crate::text::{Language, Span, fold};

/// A name as an article writes it: its entity, its words and its key.
type Written<'a> = (usize, &'a str, &'a str);

/// entity-spelling findings of `doc`: each of its mentions against the canonical name of
/// its entity (`entity_of`, by mention). Costs the mentions of that document.
pub fn spelling_findings(
    documents: &[Arc<Document>],
    entities: &[Arc<Entity>],
    doc: &Document,
    entity_of: &[u32],
) -> Vec<Finding> {
    let mut out = Vec::new();
    let language = doc.language();
    // What a name written one way gives, found once for each entity: a long article writes
    // its names again and again. Its findings at offsets from the mention's start, each
    // written out once and copied where the name is written again.
    let mut found: HashMap<Written, Vec<Finding>> = HashMap::default();
    for (m, &id) in doc.analysis.mentions.iter().zip(entity_of) {
        let id = id as usize;
        let e = &entities[id];
        let Some(local) = &e.local[language.index()] else {
            continue;
        };
        if e.forms.len() < 2 {
            continue; // one way of writing it: nothing written otherwise
        }
        let written = m.span.of(&doc.text);
        if m.form == Form::Acronym || written_as_named(written, &local.name) {
            continue; // as `misspelled_words` tells, with no name to look up
        }
        let findings = (found.entry((id, written, &m.key)))
            .or_insert_with(|| written_findings(documents, doc, language, m, e));
        out.extend(findings.iter().map(|f| Finding {
            span: f.span.shifted(m.span.start),
            ..f.clone()
        }));
    }
    out
}

/// The entity-spelling findings of mention `m` of `doc` (an article in `language`), whose
/// entity is `e`, at offsets from the mention's start.
fn written_findings(
    documents: &[Arc<Document>],
    doc: &Document,
    language: Language,
    m: &Mention,
    e: &Entity,
) -> Vec<Finding> {
    let Some(local) = &e.local[language.index()] else {
        return Vec::new();
    };
    let from = |s: Span| Span::new(s.start - m.span.start, s.end - m.span.start);
    (misspelled_words(&doc.text, language, m, e).into_iter())
        .map(|(span, right)| {
            let mut f = Finding::new(
                Code::EntitySpelling,
                from(span),
                format!(
                    "« {} » is spelled « {right} » elsewhere in the corpus ({})",
                    span.of(&doc.text),
                    local.name
                ),
            );
            if let Some(x) = local.mention {
                let span = documents[x.document()].analysis.mentions[x.mention()].span;
                f.related.push(Related {
                    document: Some(x.document()),
                    span,
                    message: format!("spelled « {} » here", local.name).into(),
                });
            }
            f
        })
        .collect()
}

/// Whether a name is written as the name its entity has in the article's language, or
/// as that name's last word: nothing to compare.
fn written_as_named(written: &str, name: &str) -> bool {
    written == name || name.split_whitespace().next_back() == Some(written)
}

/// The words of mention `m` (in `text`, an article in `language`) that the articles of that
/// language spell otherwise for its entity `e`, each with the word of the name it stands
/// for: « Tokayev » → « Tokaïev ».
pub fn misspelled_words<'e>(
    text: &str,
    language: Language,
    m: &Mention,
    e: &'e Entity,
) -> Vec<(Span, &'e str)> {
    let mut out = Vec::new();
    let Some(local) = &e.local[language.index()] else {
        return out;
    };
    if e.forms.len() < 2 || m.form == Form::Acronym {
        return out;
    }
    // Most mentions write the name, or its last word, as it is: nothing to compare.
    if written_as_named(m.span.of(text), &local.name) {
        return out;
    }
    // A place's name in the other language (« Russia », in « Russia Today » in a French
    // article) is that language's name of it, not a misspelling of « Russie ».
    // (An accent gone astray folds to the same key: that is still a misspelling.)
    if let Some(place) = gazetteer::place_id_folded(&m.key) {
        let canonical = fold(&local.name);
        if *m.key != *canonical && gazetteer::place_id_folded(&canonical) == Some(place) {
            return out;
        }
    }
    let canonical: Vec<&str> = local.name.split_whitespace().collect();
    let Some(surname) = canonical.last() else {
        return out;
    };
    let words: Vec<(usize, &str)> = word_offsets(m.span.of(text));
    let pairs: Vec<((usize, &str), &str)> = if words.len() == canonical.len() {
        words
            .iter()
            .copied()
            .zip(canonical.iter().copied())
            .collect()
    } else if let Some(&last) = words.last() {
        vec![(last, *surname)]
    } else {
        return out;
    };
    for ((offset, word), right) in pairs {
        let initial = word.trim_end_matches('.').chars().count() <= 1 || word.ends_with('.');
        if initial || word.to_lowercase() == right.to_lowercase() {
            continue;
        }
        let span = Span::new(m.span.start + offset, m.span.start + offset + word.len());
        out.push((span, right));
    }
    out
}

fn word_offsets(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push((s, &text[s..i]));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use crate::analysis::Code;
    use crate::article::Format;
    use crate::corpus::{Config, Corpus, Document};

    /// The corpus of these articles.
    fn corpus(texts: &[&str]) -> Corpus {
        let docs = texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                Document::new(
                    PathBuf::from(format!("/c/{i}.txt")),
                    t.to_string(),
                    Format::Text,
                )
            })
            .collect();
        Corpus::from_documents(docs, Config::default())
    }

    /// The words flagged entity-spelling in each article.
    fn flagged(corpus: &Corpus) -> Vec<Vec<String>> {
        (0..corpus.documents.len())
            .map(|d| {
                let text = &corpus.documents[d].text;
                (corpus.findings_of(d).iter())
                    .filter(|f| f.code == Code::EntitySpelling)
                    .map(|f| f.span.of(text).to_owned())
                    .collect()
            })
            .collect()
    }

    /// The entity of the first mention written `name` in article `d`.
    fn entity(corpus: &Corpus, d: usize, name: &str) -> usize {
        let doc = &corpus.documents[d];
        let m = (doc.analysis.mentions.iter())
            .position(|m| m.span.of(&doc.text) == name)
            .unwrap_or_else(|| panic!("{name} in {d}"));
        corpus.entity_of[d][m] as usize
    }

    const FR: &str = "Titre\n\nLe président Mikhaïl Doubrovine a reçu hier le maire de Lyon. Selon Mikhaïl Doubrovine, la réunion a été utile pour les deux villes et pour le pays.\n";
    const EN: &str = "Title\n\nPresident Mikhail Dubrovin met the mayor of Leeds on Monday. Mikhail Dubrovin said that the meeting was useful for the two cities and for the country.\n";

    #[test]
    fn each_language_spells_a_name_its_own_way() {
        let corpus = corpus(&[FR, FR, EN]);
        let (a, b) = ("Mikhaïl Doubrovine", "Mikhail Dubrovin");
        assert_eq!(entity(&corpus, 0, a), entity(&corpus, 2, b), "one person");
        // Written one way in French and another in English: no finding.
        assert!(
            flagged(&corpus).iter().all(Vec::is_empty),
            "{:?}",
            flagged(&corpus)
        );
    }

    /// An article, a name in it, a variant of the name, the variant's word that differs.
    const VARIANTS: [(&str, &str, &str, &str); 2] = [
        (FR, "Mikhaïl Doubrovine", "Mikhaïl Dubrovine", "Dubrovine"),
        (EN, "Mikhail Dubrovin", "Mikhail Doubrovin", "Doubrovin"),
    ];

    #[test]
    fn within_one_language_a_variant_is_a_misspelling_in_french_and_in_english() {
        for (text, name, other, word) in VARIANTS {
            let variant = text.replacen(name, other, 1);
            let corpus = corpus(&[text, text, &variant]);
            let found = flagged(&corpus);
            assert_eq!(found[2], [word], "{found:?}");
        }
    }

    /// A variant written several times is flagged at each place it is written, with the
    /// same words, in French and in English.
    #[test]
    fn a_variant_written_again_is_flagged_again() {
        for (text, name, other, word) in VARIANTS {
            let variant = text.replace(name, other);
            let twice = format!("{variant}\n{}", variant.replacen("Titre", "Suite", 1));
            let corpus = corpus(&[text, text, &twice]);
            let findings = corpus.findings_of(2);
            let flagged: Vec<_> = (findings.iter())
                .filter(|f| f.code == Code::EntitySpelling)
                .collect();
            assert_eq!(flagged.len(), 4, "{flagged:?}");
            let doc = &corpus.documents[2];
            let at: Vec<_> = doc.text.match_indices(word).map(|(i, _)| i).collect();
            assert_eq!(flagged.iter().map(|f| f.span.start).collect::<Vec<_>>(), at);
            for f in &flagged {
                assert_eq!(f.span.of(&doc.text), word);
                assert_eq!(f.message, flagged[0].message);
            }
        }
    }

    /// A place named in the other language's form (a title, a name holding it: « Russia
    /// Today » in a French article, "Le Monde de Paris" aside) is no misspelling of the
    /// article's own name for it, in French and in English; a real variant still is.
    #[test]
    fn a_place_s_name_in_the_other_language_is_no_misspelling() {
        let fr = "Titre\n\nLa Norvège et la Russie ont signé. La Russie a salué l’accord, dit Ana Roe, de la chaîne Norway Today, à Oslo.\n";
        let en = "Title\n\nNorway and Russia signed. Russia welcomed the deal, said Ana Roe of the Russie Magazine in Oslo.\n";
        for text in [fr, en] {
            let corpus = corpus(&[text, text]);
            let found = flagged(&corpus);
            assert!(found.iter().all(Vec::is_empty), "{text}: {found:?}");
        }
        let misspelt = fr.replacen("La Russie a", "La Rússie a", 1);
        let corpus = corpus(&[fr, fr, &misspelt]);
        assert_eq!(flagged(&corpus)[2], ["Rússie"]);
    }
}
