//! A find-references reply written as JSON bytes by a plain loop, without a
//! `lsp::Location` per place: each document's URI escaped once (`Document::named`), each
//! mention's range as its document placed it (`Document::mention_range`), the numbers by
//! `itoa`. The bytes mean what `serde_json` makes of the `Vec<lsp::Location>`.

use crate::corpus::{Corpus, MentionRef};
use crate::text::{Encoding, Position};

use super::convert::uri_json;

/// Appends the JSON array of the locations of `found` to `out`, in their order. A place
/// whose path makes no URI is left out, as `convert::location` leaves it out.
pub fn write(corpus: &Corpus, found: &[MentionRef], encoding: Encoding, out: &mut Vec<u8>) {
    let mut numbers = itoa::Buffer::new();
    let mut first = true;
    out.push(b'[');
    let mut prefix = Vec::new();
    for run in found.chunk_by(|a, b| a.document() == b.document()) {
        let doc = &corpus.documents[run[0].document()];
        let Some(uri) = uri_json(doc) else {
            continue;
        };
        prefix.clear();
        prefix.extend_from_slice(b"{\"uri\":");
        prefix.extend_from_slice(uri.as_bytes());
        prefix.extend_from_slice(b",\"range\":");
        out.reserve(run.len() * (prefix.len() + 60));
        for m in run {
            if !std::mem::take(&mut first) {
                out.push(b',');
            }
            let [start, end] = doc.mention_range(m.mention(), encoding);
            out.extend_from_slice(&prefix);
            range(out, [start, end], &mut numbers);
            out.push(b'}');
        }
    }
    out.push(b']');
}

/// Appends an LSP range, `{"start":{"line":…,"character":…},"end":{…}}`, from its two
/// positions, as `serde_json` writes an `lsp::Range`.
pub(super) fn range(out: &mut Vec<u8>, [start, end]: [Position; 2], numbers: &mut itoa::Buffer) {
    for (key, p) in [(&b"{\"start\":"[..], start), (b",\"end\":", end)] {
        out.extend_from_slice(key);
        out.extend_from_slice(b"{\"line\":");
        out.extend_from_slice(numbers.format(p.line).as_bytes());
        out.extend_from_slice(b",\"character\":");
        out.extend_from_slice(numbers.format(p.column).as_bytes());
        out.push(b'}');
    }
    out.push(b'}');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lsp::convert;
    use crate::queries::fixture::Fixture;
    use ls_types as lsp;
    use std::sync::Arc;

    /// Names after « é », « ’ », non-breaking spaces (U+00A0, U+202F) and an emoji beyond
    /// U+FFFF on their lines, a line ending in `\r\n`.
    const ACCENTS: &str = "L’Élysée\u{a0}a reçu Vladimir Poutine à Paris.\r\n«\u{202f}Poutine\u{202f}» 🇰🇿 a dit à Kassym-Jomart Tokaïev, puis Poutine est parti.\n\nLe Kremlin et Poutine, selon l’AFP, à Moscou 🎉 puis à Astana.\n";
    const PLAIN: &str =
        "Poutine est à Astana.\n\nTokaïev reçoit Poutine à Astana, dit le Kremlin.\n";

    fn library(corpus: &Corpus, found: &[MentionRef], encoding: Encoding) -> serde_json::Value {
        let locations: Vec<lsp::Location> = found
            .iter()
            .filter_map(|&m| {
                let span = corpus.documents[m.document()].analysis.mentions[m.mention()].span;
                convert::location(corpus, m.document(), span, encoding)
            })
            .collect();
        serde_json::to_value(locations).unwrap()
    }

    fn ours(corpus: &Arc<Corpus>, found: &[MentionRef], encoding: Encoding) -> serde_json::Value {
        let mut out = Vec::new();
        write(corpus, found, encoding, &mut out);
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
                    .map(move |mention| MentionRef::new(document, mention))
            })
            .collect();
        assert!(found.len() > 12, "{found:?}");
        found.push(found[3]);
        found.push(found[0]);
        found.extend_from_slice(&found.clone()[..3]);
        for encoding in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
            let want = library(&corpus, &found, encoding);
            assert_eq!(ours(&corpus, &found, encoding), want, "{encoding:?}");
            let without_relative = found.iter().filter(|l| l.document() != 2).count();
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
    fn no_places_is_an_empty_array() {
        let corpus = Arc::new(Fixture::new(&[("/corpus/a.txt", PLAIN)]).corpus);
        assert_eq!(ours(&corpus, &[], Encoding::Utf16), serde_json::json!([]));
    }
}
