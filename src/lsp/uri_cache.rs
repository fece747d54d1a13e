//! The URIs of a corpus's documents as JSON strings, for the find-references replies the
//! server writes itself (`locations`): made once a document, not once a place.

use std::sync::{Arc, Mutex, OnceLock, Weak};

use crate::corpus::{Corpus, Document};

/// The URIs of the documents of the corpora last asked about, as JSON strings, each made
/// on first use: making one escapes and parses the path (0.3 µs), 3 ms for an entity named
/// in 10,000 articles. A table lives as long as its corpus is among the last few asked
/// about; a rebuilt corpus gets a new one, which takes over the URIs of the documents it
/// shares with the table made before it (a keystroke rebuilds the corpus with one document
/// changed: the next find-references does not make 10,000 URIs again).
#[derive(Default)]
pub struct UriCache(Mutex<Vec<Arc<UriTable>>>);

pub struct UriTable {
    /// Held so that the corpus's address is not reused while the table may be found by it.
    corpus: Weak<Corpus>,
    root: Option<std::path::PathBuf>,
    /// The corpus's documents, held so that a later table can tell which are the same.
    documents: Vec<Arc<Document>>,
    json: Vec<OnceLock<Option<Arc<str>>>>,
}

/// Tables kept: one per root folder being queried, in practice.
const TABLES: usize = 4;

impl UriCache {
    pub fn table(&self, corpus: &Arc<Corpus>) -> Arc<UriTable> {
        let mut tables = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let alive = |t: &Arc<UriTable>| t.corpus.strong_count() > 0;
        if let Some(t) = (tables.iter())
            .find(|t| t.corpus.as_ptr() == Arc::as_ptr(corpus) && alive(t))
            .cloned()
        {
            tables.retain(alive);
            return t;
        }
        // The last table made for a corpus of the same root folder, if any (which of its
        // documents are the same is told by their addresses, held by the table).
        let before = (tables.iter().rev())
            .find(|t| t.root == corpus.root)
            .cloned();
        tables.retain(alive);
        let table = Arc::new(UriTable::new(corpus, before.as_deref()));
        if tables.len() == TABLES {
            tables.remove(0);
        }
        tables.push(table.clone());
        table
    }
}

impl UriTable {
    /// A table for `corpus`, with the URIs `before` made for the same documents.
    fn new(corpus: &Arc<Corpus>, before: Option<&UriTable>) -> UriTable {
        let json = (corpus.documents.iter().enumerate())
            .map(|(d, doc)| {
                let made = before.and_then(|b| {
                    let same = b.documents.get(d).is_some_and(|old| Arc::ptr_eq(old, doc));
                    same.then(|| b.json[d].get().cloned()).flatten()
                });
                made.map(OnceLock::from).unwrap_or_default()
            })
            .collect();
        UriTable {
            corpus: Arc::downgrade(corpus),
            root: corpus.root.clone(),
            documents: corpus.documents.clone(),
            json,
        }
    }

    /// Document `d`'s URI as a JSON string; none for a path that makes no URI.
    pub fn json(&self, corpus: &Corpus, d: usize) -> Option<&str> {
        let made = self.json[d].get_or_init(|| {
            let uri = super::convert::uri_of(&corpus.documents[d].path)?;
            // A string always serialises.
            Some(
                serde_json::to_string(uri.as_str())
                    .expect("a string")
                    .into(),
            )
        });
        made.as_deref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::queries::fixture::Fixture;

    #[test]
    fn a_uri_table_serves_its_corpus_only() {
        let corpus = || Arc::new(Fixture::new(&[("/corpus/a.txt", TEXT)]).corpus);
        let cache = UriCache::default();
        let a = corpus();
        let b = corpus();
        let ta = cache.table(&a);
        assert!(Arc::ptr_eq(&ta, &cache.table(&a)));
        assert!(!Arc::ptr_eq(&ta, &cache.table(&b)));
        assert_eq!(ta.json(&a, 0), Some("\"file:///corpus/a.txt\""));
        // A corpus dropped takes its table out of the cache at the next look-up.
        drop(a);
        cache.table(&b);
        assert_eq!(cache.0.lock().unwrap().len(), 1);
        for _ in 0..10 {
            cache.table(&corpus());
        }
        assert!(cache.0.lock().unwrap().len() <= TABLES);
    }

    const TEXT: &str = "Poutine est à Astana.\n\nTokaïev reçoit Poutine à Astana.\n";

    /// A table made for a corpus rebuilt with one article changed has the URIs already
    /// made for the others (the same strings), and makes the changed one's when asked.
    #[test]
    fn a_rebuilt_corpus_takes_over_the_uris_of_the_articles_it_shares() {
        let first = Arc::new(
            Fixture::new(&[
                ("/corpus/a.txt", TEXT),
                ("/corpus/l’été 100%.txt", TEXT),
                ("/corpus/c.txt", TEXT),
            ])
            .corpus,
        );
        let cache = UriCache::default();
        let before = cache.table(&first);
        let made: Vec<String> = (0..3)
            .map(|d| before.json(&first, d).expect("an absolute path").to_owned())
            .collect();
        assert!(
            made[1].contains("l%E2%80%99%C3%A9t%C3%A9%20100%25"),
            "{}",
            made[1]
        );
        // Asked again about the same corpus: the same table.
        assert!(Arc::ptr_eq(&before, &cache.table(&first)));

        let changed = first.documents[1].path.clone();
        let document = Document::new(
            changed.clone(),
            format!("{TEXT}Et Moscou.\n"),
            crate::article::Format::Text,
        );
        let second = Arc::new(first.with_changes(vec![(changed, Some(Arc::new(document)))]));
        drop(first);
        let after = cache.table(&second);
        assert!(!Arc::ptr_eq(&before, &after));
        let taken: Vec<bool> = (0..3).map(|d| after.json[d].get().is_some()).collect();
        assert_eq!(
            taken,
            [true, false, true],
            "the changed article's URI is made anew"
        );
        for (d, uri) in made.iter().enumerate() {
            assert_eq!(after.json(&second, d), Some(uri.as_str()));
        }
        // A corpus of other documents takes nothing over (fixtures have no root folder: the
        // documents are told apart by their addresses).
        let elsewhere = Arc::new(Fixture::new(&[("/other/a.txt", TEXT)]).corpus);
        let table = cache.table(&elsewhere);
        assert!(table.json[0].get().is_none());
        assert_eq!(table.json(&elsewhere, 0), Some("\"file:///other/a.txt\""));
    }
}
