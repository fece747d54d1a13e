//! Quick fixes for entity-spelling findings: write the misspelled word of a name as the
//! corpus's canonical name spells it, in this article or everywhere.

use super::document_at;
use super::rename::Edit;
use crate::analysis::Code;
use crate::corpus::{Corpus, MentionRef, misspelled_words};
use crate::text::Span;

/// A quick fix: a title for the menu and the edits it makes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    pub title: String,
    pub edits: Vec<Edit>,
    /// The fix an editor may apply at a keystroke.
    pub preferred: bool,
}

/// One misspelling: which entity, the word as written, and as the canonical name spells it.
#[derive(PartialEq)]
struct Misspelling<'c> {
    entity: usize,
    word: &'c str,
    right: &'c str,
}

/// Fixes for the entity-spelling findings of `document` that touch `range`: « Spell
/// « Tokayev » as « Tokaïev » in this article », and everywhere in the corpus when other
/// articles write it so too.
pub fn spelling_fixes(corpus: &Corpus, document: usize, range: Span) -> Vec<Fix> {
    if document_at(corpus, document).is_none() {
        return Vec::new();
    }
    let mut seen: Vec<Misspelling> = Vec::new();
    let mut fixes = Vec::new();
    for f in corpus.findings_of(document) {
        let touches = f.span.start <= range.end && range.start <= f.span.end;
        if f.code != Code::EntitySpelling || !touches {
            continue;
        }
        let Some(wrong) = misspelling_at(corpus, document, f.span) else {
            continue;
        };
        if seen.contains(&wrong) {
            continue;
        }
        let here = corrections(corpus, &wrong, Some(document));
        let everywhere = corrections(corpus, &wrong, None);
        let title = format!("Spell « {} » as « {} »", wrong.word, wrong.right);
        let mut articles: Vec<usize> = everywhere.iter().map(|e| e.document).collect();
        articles.dedup();
        let elsewhere = everywhere.len() > here.len();
        if !here.is_empty() {
            fixes.push(Fix {
                title: format!("{title} in this article"),
                edits: here,
                preferred: true,
            });
        }
        if elsewhere {
            fixes.push(Fix {
                title: format!("{title} everywhere ({} articles)", articles.len()),
                edits: everywhere,
                preferred: false,
            });
        }
        seen.push(wrong);
    }
    fixes
}

/// The misspelling found at `span` of `document`.
fn misspelling_at(corpus: &Corpus, document: usize, span: Span) -> Option<Misspelling<'_>> {
    let doc = &corpus.documents[document];
    let mentions = &doc.analysis.mentions;
    let i = mentions.partition_point(|m| m.span.end < span.end);
    let mention = mentions.get(i).filter(|m| m.span.covers(span))?;
    let entity = corpus.entity_of[document][i] as usize;
    let (_, right) = misspelled_words(&doc.text, doc.language(), mention, &corpus.entities[entity])
        .into_iter()
        .find(|(s, _)| *s == span)?;
    Some(Misspelling {
        entity,
        word: span.of(&doc.text),
        right,
    })
}

/// Edits writing `wrong.right` over every `wrong.word` misspelling of its entity, in one
/// document or in all.
fn corrections(corpus: &Corpus, wrong: &Misspelling, only: Option<usize>) -> Vec<Edit> {
    let entity = &corpus.entities[wrong.entity];
    let mentions: Vec<MentionRef> = match only {
        Some(d) => entity.mentions.in_document(d).collect(),
        None => entity.mentions.iter().collect(),
    };
    let mut edits = Vec::new();
    for m in mentions {
        let doc = &corpus.documents[m.document()];
        let mention = &doc.analysis.mentions[m.mention()];
        // Most mentions do not hold the word at all; only those are spelled out.
        if !mention.span.of(&doc.text).contains(wrong.word) {
            continue;
        }
        for (span, right) in misspelled_words(&doc.text, doc.language(), mention, entity) {
            if right == wrong.right && span.of(&doc.text) == wrong.word {
                edits.push(Edit {
                    document: m.document(),
                    span,
                    new_text: right.to_string(),
                });
            }
        }
    }
    edits
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{ASTANA, Fixture, MOSCOU};
    use super::*;

    const KAZINFORM: &str = "Tokayev 🇰🇿 à Almaty

Le président Tokayev a visité l’usine. «\u{a0}C’est la plus grande usine du pays\u{a0}», a dit Tokayev.
";

    fn fixture() -> Fixture {
        Fixture::new(&[
            ("astana.txt", ASTANA),
            ("moscou.txt", MOSCOU),
            ("kazinform.txt", KAZINFORM),
        ])
    }

    fn edit(fx: &Fixture, file: &str, n: usize) -> Edit {
        Edit {
            document: fx.doc(file),
            span: fx.nth(file, "Tokayev", n),
            new_text: "Tokaïev".into(),
        }
    }

    #[test]
    fn a_misspelled_surname_is_fixed_here_or_everywhere() {
        let fx = fixture().cursor("moscou.txt", "reçu Tok|ayev");
        let fixes = spelling_fixes(&fx.corpus, fx.document, Span::new(fx.offset, fx.offset));
        assert_eq!(
            fixes,
            vec![
                Fix {
                    title: "Spell « Tokayev » as « Tokaïev » in this article".into(),
                    edits: vec![edit(&fx, "moscou.txt", 0), edit(&fx, "moscou.txt", 1)],
                    preferred: true,
                },
                Fix {
                    title: "Spell « Tokayev » as « Tokaïev » everywhere (2 articles)".into(),
                    edits: vec![
                        edit(&fx, "moscou.txt", 0),
                        edit(&fx, "moscou.txt", 1),
                        edit(&fx, "kazinform.txt", 0),
                        edit(&fx, "kazinform.txt", 1),
                        edit(&fx, "kazinform.txt", 2),
                    ],
                    preferred: false,
                },
            ]
        );
    }

    #[test]
    fn a_range_over_several_findings_offers_each_misspelling_once() {
        let fx = fixture();
        let moscou = fx.doc("moscou.txt");
        let all = Span::new(0, fx.corpus.documents[moscou].text.len());
        let fixes = spelling_fixes(&fx.corpus, moscou, all);
        assert_eq!(fixes.len(), 2);
    }

    #[test]
    fn no_fix_away_from_a_misspelling() {
        let fx = fixture().cursor("moscou.txt", "à Mos|cou");
        let here = Span::new(fx.offset, fx.offset);
        assert!(spelling_fixes(&fx.corpus, fx.document, here).is_empty());
        assert!(spelling_fixes(&fx.corpus, 99, here).is_empty());
    }
}
