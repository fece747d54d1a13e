//! A find-references reply written as JSON bytes, without a `lsp::Location` per place: each
//! document's URI from `uri_cache`, each mention's range as its document placed it
//! (`Document::mention_range`); whole, in parts as it goes out (`reply`), or in batches
//! (`partial`). The bytes mean what `serde_json` makes of the `Vec<lsp::Location>`.

use std::sync::Arc;

use super::decimal::{digits, write_number};
use super::reply;
use super::uri_cache::UriTable;
use crate::corpus::{Corpus, MentionRef};
use crate::text::Encoding;

/// The places of a reply, in its order, and the documents they are in. It holds what it
/// needs, so that a reply can be written while it goes out (`reply::stream_result`).
pub struct Places {
    corpus: Arc<Corpus>,
    uris: Arc<UriTable>,
    /// Per run of consecutive places in one document: the document (whose URI the table
    /// has made), and how many places follow.
    runs: Vec<(usize, usize)>,
    /// `[start line, start column, end line, end column]` per place.
    ranges: Vec<[u32; 4]>,
    json_len: usize,
}

/// Places from which placing and counting take two threads.
const PARALLEL_FROM: usize = 20_000;

/// Places in a part of a reply written while it goes out.
const PART: usize = 8000;

const OPEN: &[u8] = b"{\"uri\":";
const START_LINE: &[u8] = b",\"range\":{\"start\":{\"line\":";
const START_CHARACTER: &[u8] = b",\"character\":";
const END_LINE: &[u8] = b"},\"end\":{\"line\":";
const END_CHARACTER: &[u8] = b",\"character\":";
const CLOSE: &[u8] = b"}}}";

impl Places {
    /// Places the mentions `found` in `encoding`, in their order (runs of one document
    /// share its URI), and counts the bytes they make. A place whose path makes no URI is
    /// left out, as `convert::location` leaves it out. Many places are placed and counted
    /// on two threads: the reply's first byte waits for its length.
    pub fn new(
        corpus: Arc<Corpus>,
        uris: Arc<UriTable>,
        found: &[MentionRef],
        encoding: Encoding,
    ) -> Places {
        let mut runs = Vec::new();
        let mut uri_bytes = 0;
        let mut left_out = false;
        for run in found.chunk_by(|a, b| a.document == b.document) {
            match uris.json(&corpus, run[0].document) {
                Some(uri) => {
                    runs.push((run[0].document, run.len()));
                    uri_bytes += run.len() * uri.len();
                }
                None => left_out = true,
            }
        }
        let kept: std::borrow::Cow<[MentionRef]> = if left_out {
            let has_uri = |m: &&MentionRef| uris.json(&corpus, m.document).is_some();
            found.iter().filter(has_uri).copied().collect()
        } else {
            found.into()
        };
        let place = |m: &MentionRef| {
            let [start, end] = corpus.documents[m.document].mention_range(m.mention, encoding);
            [start.line, start.column, end.line, end.column]
        };
        let digits = |range: &[u32; 4]| range.iter().map(|&n| digits(n)).sum::<usize>();
        let place_all = |mentions: &[MentionRef]| {
            let ranges: Vec<[u32; 4]> = mentions.iter().map(place).collect();
            let bytes: usize = ranges.iter().map(digits).sum();
            (ranges, bytes)
        };
        // The second half on a thread of its own, not on rayon's pool: a rebuild may hold
        // the pool for a second, and a query must not wait for it.
        let (ranges, number_bytes) = if kept.len() >= PARALLEL_FROM {
            let (first, second) = kept.split_at(kept.len() / 2);
            let (mut ranges, bytes, (rest, rest_bytes)) = std::thread::scope(|scope| {
                let second = scope.spawn(|| place_all(second));
                let (ranges, bytes) = place_all(first);
                // Placing only reads: a panic there is a bug, passed on as the query's.
                let rest = second
                    .join()
                    .unwrap_or_else(|p| std::panic::resume_unwind(p));
                (ranges, bytes, rest)
            });
            ranges.extend_from_slice(&rest);
            (ranges, bytes + rest_bytes)
        } else {
            place_all(&kept)
        };
        let each = OPEN.len()
            + START_LINE.len()
            + START_CHARACTER.len()
            + END_LINE.len()
            + END_CHARACTER.len()
            + CLOSE.len();
        // Brackets, commas, then what each place writes.
        let json_len =
            2 + ranges.len().saturating_sub(1) + ranges.len() * each + uri_bytes + number_bytes;
        Places {
            corpus,
            uris,
            runs,
            ranges,
            json_len,
        }
    }

    /// Document `d`'s URI as a JSON string (made when the places were).
    fn uri(&self, d: usize) -> &str {
        self.uris.json(&self.corpus, d).unwrap_or_default()
    }

    pub fn len(&self) -> usize {
        self.ranges.len()
    }

    /// The length of `write_json`'s output.
    pub fn json_len(&self) -> usize {
        self.json_len
    }

    /// `write_json`'s output part by part, each of `PART` places (about 1 MB, the pipe's
    /// width), for a buffer that takes part after part: a 13 MB buffer came fresh from
    /// the system at each reply, to be faulted in page by page.
    pub fn into_parts(self) -> reply::WritePart {
        let mut next = 0;
        Box::new(move |out| {
            let to = (next + PART).min(self.len());
            self.write_json_part(next..to, out);
            next = to;
            next < self.len()
        })
    }

    /// Appends the JSON array of the locations to `out`.
    pub fn write_json(&self, out: &mut Vec<u8>) {
        self.write_json_part(0..self.len(), out);
    }

    /// Appends the part of `write_json`'s output that holds the places `part`: the opening
    /// bracket with the first place, a comma before every other, the closing bracket with
    /// the last. The parts of consecutive ranges make the whole array.
    pub fn write_json_part(&self, part: std::ops::Range<usize>, out: &mut Vec<u8>) {
        if part.start == 0 {
            out.push(b'[');
        }
        // One place at a time in `place`: a comma, what every place of the run starts
        // with (made once a run), then the numbers and the keys between them, written at
        // their places; then copied out at once.
        let mut place = Vec::new();
        let mut run_start = 0;
        for &(d, count) in &self.runs {
            let run = run_start..run_start + count;
            run_start += count;
            let (from, to) = (run.start.max(part.start), run.end.min(part.end));
            if from >= to {
                continue;
            }
            place.clear();
            place.push(b',');
            place.extend_from_slice(OPEN);
            place.extend_from_slice(self.uri(d).as_bytes());
            place.extend_from_slice(START_LINE);
            let numbers_at = place.len();
            place.resize(numbers_at + MOST, 0);
            out.reserve((to - from) * (numbers_at + MOST));
            for (i, range) in self.ranges[from..to].iter().enumerate() {
                let end = write_numbers(&mut place, numbers_at, range);
                // No comma before the first place of the array.
                let skip = usize::from(from + i == 0);
                out.extend_from_slice(&place[skip..end]);
            }
        }
        if part.end == self.len() && part.start <= part.end {
            out.push(b']');
        }
    }
}

/// The most a place writes after its run's prefix: four numbers of up to ten digits and
/// the keys between them.
const MOST: usize = 40 + START_CHARACTER.len() + END_LINE.len() + END_CHARACTER.len() + CLOSE.len();

/// Writes `[l0, c0, l1, c1]` with the keys between them and the closing braces at
/// `out[at..]`, which has room for `MOST` bytes; where they end.
fn write_numbers(out: &mut [u8], at: usize, &[l0, c0, l1, c1]: &[u32; 4]) -> usize {
    let mut at = write_number(out, at, l0);
    out[at..at + START_CHARACTER.len()].copy_from_slice(START_CHARACTER);
    at = write_number(out, at + START_CHARACTER.len(), c0);
    out[at..at + END_LINE.len()].copy_from_slice(END_LINE);
    at = write_number(out, at + END_LINE.len(), l1);
    out[at..at + END_CHARACTER.len()].copy_from_slice(END_CHARACTER);
    at = write_number(out, at + END_CHARACTER.len(), c1);
    out[at..at + CLOSE.len()].copy_from_slice(CLOSE);
    at + CLOSE.len()
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
        let uris = crate::lsp::uri_cache::UriCache::default().table(corpus);
        let places = Places::new(corpus.clone(), uris, found, encoding);
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
        // So many places that they are placed and counted on two threads.
        let many: Vec<MentionRef> = (found.iter().cycle().take(PARALLEL_FROM + 7))
            .copied()
            .collect();
        for encoding in [Encoding::Utf8, Encoding::Utf16] {
            let want = library(&corpus, &many, encoding);
            assert_eq!(ours(&corpus, &many, encoding), want, "{encoding:?}");
        }
        let escaped = library(&corpus, &found, Encoding::Utf16)[0]["uri"].clone();
        assert!(
            escaped.as_str().unwrap().contains("%20100%25.txt"),
            "{escaped}"
        );
    }

    /// Parts of any size, written one after the other, make the whole array; so do the
    /// parts a reply is streamed in.
    #[test]
    fn parts_make_the_whole_array() {
        let corpus =
            Arc::new(Fixture::new(&[("/corpus/a.txt", ACCENTS), ("/corpus/b.txt", PLAIN)]).corpus);
        let mut found: Vec<MentionRef> = (corpus.documents.iter().enumerate())
            .flat_map(|(document, doc)| {
                (0..doc.analysis.mentions.len())
                    .map(move |mention| MentionRef { document, mention })
            })
            .collect();
        found.extend_from_slice(&found.clone()[..2]);
        for found in [&found[..], &[]] {
            let uris = crate::lsp::uri_cache::UriCache::default().table(&corpus);
            let places = Places::new(corpus.clone(), uris, found, Encoding::Utf16);
            let mut whole = Vec::new();
            places.write_json(&mut whole);
            assert_eq!(whole.len(), places.json_len());
            for size in 1..=places.len() + 1 {
                let (mut joined, mut from) = (Vec::new(), 0);
                loop {
                    let to = (from + size).min(places.len());
                    places.write_json_part(from..to, &mut joined);
                    from = to;
                    if from == places.len() {
                        break;
                    }
                }
                assert_eq!(joined, whole, "parts of {size}");
            }
            let mut write = places.into_parts();
            let mut joined = Vec::new();
            while write(&mut joined) {}
            assert_eq!(joined, whole);
        }
    }

    #[test]
    fn a_place_s_numbers_and_keys_are_written_at_their_places() {
        let mut place = vec![b'x'; 2 + MOST];
        let end = write_numbers(&mut place, 2, &[u32::MAX; 4]);
        assert_eq!(end, 2 + MOST, "the largest place fills its room");
        let end = write_numbers(&mut place, 2, &[3, 10, 4, 0]);
        let text = "3,\"character\":10},\"end\":{\"line\":4,\"character\":0}}}";
        assert_eq!(std::str::from_utf8(&place[2..end]).unwrap(), text);
    }

    #[test]
    fn no_places_is_an_empty_array() {
        let corpus = Arc::new(Fixture::new(&[("/corpus/a.txt", PLAIN)]).corpus);
        assert_eq!(ours(&corpus, &[], Encoding::Utf16), serde_json::json!([]));
    }
}
