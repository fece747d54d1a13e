//! A whole find-references reply as JSON bytes, without a `lsp::Location` per place: an
//! entity named in every article has 100,000 mentions, and a 13 MB reply built as
//! protocol values, then as a `serde_json::Value` tree by the protocol library, took half
//! a second. Here each document's URI is made and escaped once, each mention's range is
//! read from what its document placed when it was made (`Document::mention_range`), and
//! the array is written once into a buffer of its exact size.
//!
//! The bytes mean what `serde_json` makes of the `Vec<lsp::Location>` (a test compares
//! them); the keys come in the protocol's order (`uri`, `range`, `start`, `end`, `line`,
//! `character`) rather than the library's sorted order, which JSON does not distinguish.

use crate::corpus::{Corpus, MentionRef};
use crate::text::Encoding;

/// The places of a reply, in its order, and the documents they are in.
pub struct Places {
    /// Per run of consecutive places in one document: the JSON that opens each of its
    /// locations, up to the start line, and how many places follow.
    runs: Vec<(Vec<u8>, usize)>,
    /// `[start line, start column, end line, end column]` per place.
    ranges: Vec<[u32; 4]>,
}

const START_CHARACTER: &[u8] = b",\"character\":";
const END_LINE: &[u8] = b"},\"end\":{\"line\":";
const END_CHARACTER: &[u8] = b",\"character\":";
const CLOSE: &[u8] = b"}}}";

impl Places {
    /// Places the mentions `found` in `encoding`, in their order (runs of one document
    /// share its URI). A place whose path makes no URI is left out, as
    /// `convert::location` leaves it out.
    pub fn new(corpus: &Corpus, found: &[MentionRef], encoding: Encoding) -> Places {
        let mut places = Places {
            runs: Vec::new(),
            ranges: Vec::with_capacity(found.len()),
        };
        for run in found.chunk_by(|a, b| a.document == b.document) {
            let doc = &corpus.documents[run[0].document];
            let Some(uri) = super::convert::uri_of(&doc.path) else {
                continue;
            };
            let mut prefix = b"{\"uri\":".to_vec();
            // A string always serialises.
            serde_json::to_writer(&mut prefix, uri.as_str()).expect("a string");
            prefix.extend_from_slice(b",\"range\":{\"start\":{\"line\":");
            places.runs.push((prefix, run.len()));
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
        for (prefix, count) in &self.runs {
            total += count * (prefix.len() + fixed);
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
        for (prefix, count) in &self.runs {
            for &[l0, c0, l1, c1] in ranges.by_ref().take(*count) {
                if !first {
                    out.push(b',');
                }
                first = false;
                out.extend_from_slice(prefix);
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

    fn library(fx: &Fixture, found: &[MentionRef], encoding: Encoding) -> serde_json::Value {
        let mut uris = Uris::new(&fx.corpus);
        let locations: Vec<lsp::Location> = found
            .iter()
            .filter_map(|&m| {
                let span = fx.corpus.documents[m.document].analysis.mentions[m.mention].span;
                uris.location(m.document, span, encoding)
            })
            .collect();
        serde_json::to_value(locations).unwrap()
    }

    fn ours(fx: &Fixture, found: &[MentionRef], encoding: Encoding) -> serde_json::Value {
        let places = Places::new(&fx.corpus, found, encoding);
        let mut out = Vec::new();
        places.write_json(&mut out);
        assert_eq!(out.len(), places.json_len(), "the length is exact");
        serde_json::from_slice(&out).unwrap()
    }

    #[test]
    fn the_bytes_mean_what_serde_json_makes_of_the_locations() {
        // Paths that need escaping in a URI: spaces, accents, an apostrophe, a percent;
        // and a relative path, which makes no URI: both leave its places out.
        let fx = Fixture::new(&[
            ("/corpus/dépêches d’été/l’Élysée 100%.txt", ACCENTS),
            ("/corpus/a b.txt", PLAIN),
            ("relative.txt", PLAIN),
            ("/corpus/z.txt", ACCENTS),
        ]);
        // Every mention of every document; then runs of one document again, out of text
        // order.
        let mut found: Vec<MentionRef> = (fx.corpus.documents.iter().enumerate())
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
            let want = library(&fx, &found, encoding);
            assert_eq!(ours(&fx, &found, encoding), want, "{encoding:?}");
            let without_relative = found.iter().filter(|l| l.document != 2).count();
            assert_eq!(want.as_array().unwrap().len(), without_relative);
        }
        // Columns differ between encodings after the emoji and the accents.
        assert_ne!(
            ours(&fx, &found, Encoding::Utf8),
            ours(&fx, &found, Encoding::Utf16)
        );
        assert_ne!(
            ours(&fx, &found, Encoding::Utf32),
            ours(&fx, &found, Encoding::Utf16)
        );
        let escaped = library(&fx, &found, Encoding::Utf16)[0]["uri"].clone();
        assert!(
            escaped.as_str().unwrap().contains("%20100%25.txt"),
            "{escaped}"
        );
    }

    #[test]
    fn no_places_is_an_empty_array() {
        let fx = Fixture::new(&[("/corpus/a.txt", PLAIN)]);
        assert_eq!(ours(&fx, &[], Encoding::Utf16), serde_json::json!([]));
    }
}
