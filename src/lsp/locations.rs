//! A whole find-references reply as JSON bytes, without a `lsp::Location` per place: an
//! entity named in every article has 100,000 mentions, and a 13 MB reply built as
//! protocol values, then as a `serde_json::Value` tree by the protocol library, took half
//! a second. Here each document's URI is made and escaped once per corpus build
//! (`UriCache`), each mention's range is read from what its document placed when it was
//! made (`Document::mention_range`), and the array is written once into a buffer of its
//! exact size.
//!
//! The bytes mean what `serde_json` makes of the `Vec<lsp::Location>` (a test compares
//! them); the keys come in the protocol's order (`uri`, `range`, `start`, `end`, `line`,
//! `character`) rather than the library's sorted order, which JSON does not distinguish.

use std::sync::{Arc, Mutex, OnceLock, Weak};

use crate::corpus::{Corpus, MentionRef};
use crate::text::Encoding;

/// The URIs of the documents of the corpora last asked about, as JSON strings, each made
/// on first use: making one escapes and parses the path (0.3 µs), 3 ms for an entity named
/// in 10,000 articles. A table lives as long as its corpus is among the last few asked
/// about; a rebuilt corpus gets a new one.
#[derive(Default)]
pub struct UriCache(Mutex<Vec<Arc<UriTable>>>);

pub struct UriTable {
    /// Held so that the corpus's address is not reused while the table may be found by it.
    corpus: Weak<Corpus>,
    json: Vec<OnceLock<Option<Box<str>>>>,
}

/// Tables kept: one per root folder being queried, in practice.
const TABLES: usize = 4;

impl UriCache {
    pub fn table(&self, corpus: &Arc<Corpus>) -> Arc<UriTable> {
        let mut tables = self.0.lock().unwrap_or_else(|e| e.into_inner());
        tables.retain(|t| t.corpus.strong_count() > 0);
        if let Some(t) = tables
            .iter()
            .find(|t| t.corpus.as_ptr() == Arc::as_ptr(corpus))
        {
            return t.clone();
        }
        let table = Arc::new(UriTable {
            corpus: Arc::downgrade(corpus),
            json: (0..corpus.documents.len())
                .map(|_| OnceLock::new())
                .collect(),
        });
        if tables.len() == TABLES {
            tables.remove(0);
        }
        tables.push(table.clone());
        table
    }
}

impl UriTable {
    /// Document `d`'s URI as a JSON string; none for a path that makes no URI.
    fn json(&self, corpus: &Corpus, d: usize) -> Option<&str> {
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

/// The places of a reply, in its order, and the documents they are in.
pub struct Places<'a> {
    /// Per run of consecutive places in one document: its URI as a JSON string, and how
    /// many places follow.
    runs: Vec<(&'a str, usize)>,
    /// `[start line, start column, end line, end column]` per place.
    ranges: Vec<[u32; 4]>,
}

const OPEN: &[u8] = b"{\"uri\":";
const START_LINE: &[u8] = b",\"range\":{\"start\":{\"line\":";
const START_CHARACTER: &[u8] = b",\"character\":";
const END_LINE: &[u8] = b"},\"end\":{\"line\":";
const END_CHARACTER: &[u8] = b",\"character\":";
const CLOSE: &[u8] = b"}}}";

impl<'a> Places<'a> {
    /// Places the mentions `found` in `encoding`, in their order (runs of one document
    /// share its URI). A place whose path makes no URI is left out, as
    /// `convert::location` leaves it out.
    pub fn new(
        corpus: &Corpus,
        uris: &'a UriTable,
        found: &[MentionRef],
        encoding: Encoding,
    ) -> Places<'a> {
        let mut places = Places {
            runs: Vec::new(),
            ranges: Vec::with_capacity(found.len()),
        };
        for run in found.chunk_by(|a, b| a.document == b.document) {
            let doc = &corpus.documents[run[0].document];
            let Some(uri) = uris.json(corpus, run[0].document) else {
                continue;
            };
            places.runs.push((uri, run.len()));
            places.ranges.extend(run.iter().map(|m| {
                let [start, end] = doc.mention_range(m.mention, encoding);
                [start.line, start.column, end.line, end.column]
            }));
        }
        places
    }

    pub fn len(&self) -> usize {
        self.ranges.len()
    }

    /// The length of `write_json`'s output.
    pub fn json_len(&self) -> usize {
        let fixed = START_CHARACTER.len() + END_LINE.len() + END_CHARACTER.len() + CLOSE.len();
        let mut total = 2 + self.len().saturating_sub(1); // brackets, commas
        let mut ranges = self.ranges.iter();
        for (uri, count) in &self.runs {
            total += count * (OPEN.len() + uri.len() + START_LINE.len() + fixed);
            for range in ranges.by_ref().take(*count) {
                total += range.iter().map(|&n| digits(n)).sum::<usize>();
            }
        }
        total
    }

    /// Appends the JSON array of the locations to `out`.
    pub fn write_json(&self, out: &mut Vec<u8>) {
        let mut number = itoa::Buffer::new();
        out.push(b'[');
        let mut ranges = self.ranges.iter();
        let mut first = true;
        for (uri, count) in &self.runs {
            for &[l0, c0, l1, c1] in ranges.by_ref().take(*count) {
                if !first {
                    out.push(b',');
                }
                first = false;
                out.extend_from_slice(OPEN);
                out.extend_from_slice(uri.as_bytes());
                out.extend_from_slice(START_LINE);
                out.extend_from_slice(number.format(l0).as_bytes());
                out.extend_from_slice(START_CHARACTER);
                out.extend_from_slice(number.format(c0).as_bytes());
                out.extend_from_slice(END_LINE);
                out.extend_from_slice(number.format(l1).as_bytes());
                out.extend_from_slice(END_CHARACTER);
                out.extend_from_slice(number.format(c1).as_bytes());
                out.extend_from_slice(CLOSE);
            }
        }
        out.push(b']');
    }
}

/// Decimal digits of `n`.
fn digits(n: u32) -> usize {
    n.checked_ilog10().map_or(1, |d| d as usize + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lsp::convert::Uris;
    use crate::queries::fixture::Fixture;
    use tower_lsp_server::ls_types as lsp;

    /// Names after « é », « ’ », non-breaking spaces (U+00A0, U+202F) and an emoji beyond
    /// U+FFFF on their lines, a line ending in `\r\n`.
    const ACCENTS: &str = "L’Élysée\u{a0}a reçu Vladimir Poutine à Paris.\r\n«\u{202f}Poutine\u{202f}» 🇰🇿 a dit à Kassym-Jomart Tokaïev, puis Poutine est parti.\n\nLe Kremlin et Poutine, selon l’AFP, à Moscou 🎉 puis à Astana.\n";
    const PLAIN: &str =
        "Poutine est à Astana.\n\nTokaïev reçoit Poutine à Astana, dit le Kremlin.\n";

    fn library(corpus: &Corpus, found: &[MentionRef], encoding: Encoding) -> serde_json::Value {
        let mut uris = Uris::new(corpus);
        let locations: Vec<lsp::Location> = found
            .iter()
            .filter_map(|&m| {
                let span = corpus.documents[m.document].analysis.mentions[m.mention].span;
                uris.location(m.document, span, encoding)
            })
            .collect();
        serde_json::to_value(locations).unwrap()
    }

    fn ours(corpus: &Arc<Corpus>, found: &[MentionRef], encoding: Encoding) -> serde_json::Value {
        let uris = UriCache::default().table(corpus);
        let places = Places::new(corpus, &uris, found, encoding);
        let mut out = Vec::new();
        places.write_json(&mut out);
        assert_eq!(out.len(), places.json_len(), "the length is exact");
        serde_json::from_slice(&out).unwrap()
    }

    #[test]
    fn the_bytes_mean_what_serde_json_makes_of_the_locations() {
        // Paths that need escaping in a URI: spaces, accents, an apostrophe, a percent;
        // and a relative path, which makes no URI: both leave its places out.
        let corpus = Arc::new(
            Fixture::new(&[
                ("/corpus/dépêches d’été/l’Élysée 100%.txt", ACCENTS),
                ("/corpus/a b.txt", PLAIN),
                ("relative.txt", PLAIN),
                ("/corpus/z.txt", ACCENTS),
            ])
            .corpus,
        );
        // Every mention of every document; then runs of one document again, out of text
        // order.
        let mut found: Vec<MentionRef> = (corpus.documents.iter().enumerate())
            .flat_map(|(document, doc)| {
                (0..doc.analysis.mentions.len())
                    .map(move |mention| MentionRef { document, mention })
            })
            .collect();
        assert!(found.len() > 12, "{found:?}");
        found.push(found[3]);
        found.push(found[0]);
        found.extend_from_slice(&found.clone()[..3]);
        for encoding in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
            let want = library(&corpus, &found, encoding);
            assert_eq!(ours(&corpus, &found, encoding), want, "{encoding:?}");
            let without_relative = found.iter().filter(|l| l.document != 2).count();
            assert_eq!(want.as_array().unwrap().len(), without_relative);
        }
        // Columns differ between encodings after the emoji and the accents.
        assert_ne!(
            ours(&corpus, &found, Encoding::Utf8),
            ours(&corpus, &found, Encoding::Utf16)
        );
        assert_ne!(
            ours(&corpus, &found, Encoding::Utf32),
            ours(&corpus, &found, Encoding::Utf16)
        );
        let escaped = library(&corpus, &found, Encoding::Utf16)[0]["uri"].clone();
        assert!(
            escaped.as_str().unwrap().contains("%20100%25.txt"),
            "{escaped}"
        );
    }

    #[test]
    fn a_uri_table_serves_its_corpus_only() {
        let corpus = || Arc::new(Fixture::new(&[("/corpus/a.txt", PLAIN)]).corpus);
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

    #[test]
    fn no_places_is_an_empty_array() {
        let corpus = Arc::new(Fixture::new(&[("/corpus/a.txt", PLAIN)]).corpus);
        assert_eq!(ours(&corpus, &[], Encoding::Utf16), serde_json::json!([]));
    }
}
