//! The knowledge base's names found in the articles: a name or alias of an entry, written
//! as the entry writes it and standing as a word of its own, is a mention of that entry
//! wherever it appears, even where the rules saw no name (a name in lower case after an
//! article, a name the rules split or took for a common word). The rules' own mentions
//! stand; a known name is added only where it overlaps none of them.

use std::sync::Arc;

use aho_corasick::{AhoCorasick, MatchKind};

use super::{Document, KnowledgeBase};
use crate::analysis::mention::{self, Mention};
use crate::text::Span;

/// Every name and alias of a knowledge base, to look for in a text at once.
#[derive(Clone, Debug)]
pub struct KnownNames {
    automaton: Option<AhoCorasick>,
    /// The entry of each pattern.
    entry: Vec<usize>,
}

impl KnownNames {
    pub fn new(knowledge: &KnowledgeBase) -> KnownNames {
        let mut patterns = Vec::new();
        let mut entry = Vec::new();
        for (i, e) in knowledge.entities.iter().enumerate() {
            for name in std::iter::once(&e.name).chain(&e.aliases) {
                // One letter is no name to look for.
                if name.trim().chars().count() >= 2 {
                    patterns.push(name.trim());
                    entry.push(i);
                }
            }
        }
        let automaton = (!patterns.is_empty())
            .then(|| {
                AhoCorasick::builder()
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(&patterns)
                    .ok()
            })
            .flatten();
        KnownNames { automaton, entry }
    }
}

/// A mention the knowledge base found (not the rules, not an annotator).
fn is_known(m: &Mention) -> bool {
    !m.annotated && m.identity().is_some()
}

impl KnowledgeBase {
    /// The mentions of this knowledge base's names in `doc` where the rules found none, and
    /// whether `doc` holds mentions an earlier knowledge base found.
    fn known_names_in(&self, doc: &Document) -> (Vec<Mention>, bool) {
        let mentions = &doc.analysis.mentions;
        let had_known = mentions.iter().any(is_known);
        let names = self.names();
        let Some(automaton) = &names.automaton else {
            return (Vec::new(), had_known);
        };
        let text = &doc.text;
        let mut found = Vec::new();
        let mut next = 0;
        for m in automaton.find_iter(text.as_str()) {
            let span = Span::new(m.start(), m.end());
            if !stands_alone(text, span) {
                continue;
            }
            // The mentions (by start) that end after this name starts.
            while next < mentions.len() && mentions[next].span.end <= span.start {
                next += 1;
            }
            let overlaps = mentions[next..]
                .iter()
                .take_while(|o| o.span.start < span.end)
                .any(|o| !is_known(o));
            if overlaps {
                continue;
            }
            let entry = &self.entities[names.entry[m.pattern().as_usize()]];
            let mut known = mention::annotated(text, span, entry.kind, Some(entry.id.clone()));
            known.annotated = false;
            found.push(known);
        }
        (found, had_known)
    }

    /// `doc` with this knowledge base's names found in it (see the module): the same
    /// document when that changes nothing.
    pub fn recognise(&self, doc: Arc<Document>) -> Arc<Document> {
        let (found, had_known) = self.known_names_in(&doc);
        if found.is_empty() && !had_known {
            return doc;
        }
        let mut mentions = doc.analysis.mentions.clone();
        merge(&mut mentions, found);
        Arc::new(doc.with_mentions(mentions))
    }

    /// The same for a document not shared yet, changed in place.
    pub fn recognise_in(&self, doc: &mut Document) {
        let (found, had_known) = self.known_names_in(doc);
        if found.is_empty() && !had_known {
            return;
        }
        let mut mentions = std::mem::take(&mut doc.analysis.mentions);
        merge(&mut mentions, found);
        doc.set_mentions(mentions);
    }
}

/// The mentions an earlier knowledge base found out, `found` in, in the order of the text.
fn merge(mentions: &mut Vec<Mention>, found: Vec<Mention>) {
    mentions.retain(|m| !is_known(m));
    mentions.extend(found);
    mentions.sort_by_key(|m| (m.span.start, m.span.end));
}

/// Whether the match at `span` is a word of its own: no letter or digit just before or
/// just after it (« Varga » in « Vargas » is not the name).
fn stands_alone(text: &str, span: Span) -> bool {
    let before = text[..span.start].chars().next_back();
    let after = text[span.end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::analysis::EntityKind;
    use crate::article::Format;

    fn knowledge(toml: &str) -> KnowledgeBase {
        let mut kb = KnowledgeBase::default();
        kb.add_file(PathBuf::from("/c/attest.toml"), toml);
        assert!(kb.problems.is_empty(), "{:?}", kb.problems);
        kb
    }

    const KB: &str = "[[entity]]\nid = \"ville-de-brume\"\nkind = \"location\"\nname = \"Brumeville\"\naliases = [\"la cité des brumes\", \"the misty city\"]\n\n[[entity]]\nid = \"ofra\"\nkind = \"organization\"\nname = \"Office des forêts\"\naliases = [\"OFRA\"]\n";

    fn spans_of(doc: &Document) -> Vec<&str> {
        doc.analysis
            .mentions
            .iter()
            .map(|m| m.span.of(&doc.text))
            .collect()
    }

    #[test]
    fn a_known_name_the_rules_miss_is_a_mention_of_its_entry() {
        let text = "Titre\n\nLe maire de la cité des brumes a parlé hier soir.\n";
        let doc = Document::new(PathBuf::from("/c/a.txt"), text.into(), Format::Text);
        assert!(!spans_of(&doc).contains(&"la cité des brumes"));
        let doc = knowledge(KB).recognise(Arc::new(doc));
        let m = (doc.analysis.mentions.iter())
            .find(|m| m.span.of(&doc.text) == "la cité des brumes")
            .expect("the alias, found");
        assert_eq!(m.kind, EntityKind::Location);
        assert_eq!(m.identity(), Some("ville-de-brume"));
    }

    #[test]
    fn a_known_name_in_english_too_and_only_as_a_word_of_its_own() {
        let text =
            "Title\n\nCrowds filled the misty city on Saturday; the misty cityscape is no name.\n";
        let doc = Document::new(PathBuf::from("/c/a.txt"), text.into(), Format::Text);
        let doc = knowledge(KB).recognise(Arc::new(doc));
        let known: Vec<(&str, usize)> = (doc.analysis.mentions.iter())
            .filter(|m| m.identity().is_some())
            .map(|m| (m.span.of(&doc.text), m.span.start))
            .collect();
        assert_eq!(known, [("the misty city", text.find("the misty").unwrap())]);
    }

    #[test]
    fn the_rules_mentions_stand_and_nothing_known_changes_nothing() {
        let text = "Titre\n\nLe président Aurel Brumeville-Sandor parle à Lyon.\n";
        let doc = Arc::new(Document::new(
            PathBuf::from("/c/a.txt"),
            text.into(),
            Format::Text,
        ));
        let before = spans_of(&doc).join("|");
        let after = knowledge(KB).recognise(doc.clone());
        assert!(
            Arc::ptr_eq(&doc, &after),
            "nothing found: the same document"
        );
        assert_eq!(spans_of(&after).join("|"), before);
    }

    #[test]
    fn a_new_knowledge_base_takes_back_what_the_old_one_found() {
        let text = "Titre\n\nLe maire de la cité des brumes a parlé à Lyon.\n";
        let doc = Arc::new(Document::new(
            PathBuf::from("/c/a.txt"),
            text.into(),
            Format::Text,
        ));
        let plain = spans_of(&doc).join("|");
        let known = knowledge(KB).recognise(doc);
        assert_ne!(spans_of(&known).join("|"), plain);
        let empty = KnowledgeBase::default().recognise(known);
        assert_eq!(spans_of(&empty).join("|"), plain);
        // Placed again from its own mentions, in every encoding.
        for (i, m) in empty.analysis.mentions.iter().enumerate() {
            let want =
                [m.span.start, m.span.end].map(|o| empty.position(o, crate::text::Encoding::Utf16));
            assert_eq!(empty.mention_range(i, crate::text::Encoding::Utf16), want);
        }
    }

    /// Across the corpus: the alias the rules miss in one article is the entity the rules
    /// found by its name in another; and a knowledge base edited in the editor finds its
    /// names again (`Corpus::apply` with the buffers).
    #[test]
    fn a_known_name_joins_its_entity_across_the_corpus_and_follows_the_knowledge_base() {
        let dir = tempfile::tempdir().expect("a folder");
        std::fs::write(dir.path().join("attest.toml"), KB).expect("attest.toml");
        let a = dir.path().join("a.txt");
        let b = dir.path().join("b.txt");
        std::fs::write(&a, "Titre\n\nLe maire de Brumeville a parlé hier.\n").expect("a");
        std::fs::write(&b, "Titre\n\nOn a fêté la cité des brumes samedi.\n").expect("b");
        let corpus = Arc::new(super::super::Corpus::load(&[dir.path().to_path_buf()]));
        let mention_of = |corpus: &super::super::Corpus, path: &std::path::Path, name: &str| {
            let d = corpus.document(path)?;
            let doc = &corpus.documents[d];
            let m = doc
                .analysis
                .mentions
                .iter()
                .position(|m| m.span.of(&doc.text) == name)?;
            Some(corpus.entity_of[d][m])
        };
        let town = mention_of(&corpus, &a, "Brumeville").expect("the name");
        assert_eq!(mention_of(&corpus, &b, "la cité des brumes"), Some(town));
        let changes = super::super::Changes {
            knowledge: Some(std::collections::HashMap::from([(
                dir.path().join("attest.toml"),
                String::new(),
            )])),
            ..Default::default()
        };
        let (emptied, _) = corpus.apply(changes, &|| false).expect("done");
        assert_eq!(
            mention_of(&emptied, &b, "la cité des brumes"),
            None,
            "taken back"
        );
    }
}
