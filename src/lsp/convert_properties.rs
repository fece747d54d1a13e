//! Requests and edits place a client's position on the same character: `convert::offset`,
//! which hover, rename and the code actions use, against the model the document store is
//! checked against (`lsp::typing`).

use proptest::prelude::*;

use super::*;
use crate::article::Format;
use crate::lsp::typing::{Draft, edit, encoding, typed_text};

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn requests_place_positions_where_edits_do(
        text in typed_text(),
        encoding in encoding(),
        edits in prop::collection::vec(edit(), 1..10),
    ) {
        let draft = Draft::new(&text);
        let doc = Document::new("article.txt".into(), text.clone(), Format::Text);
        let ranges = edits.iter().filter_map(|e| e.change(&draft, encoding).range);
        for p in ranges.flat_map(|r| [r.start, r.end]) {
            let character = draft.place(p, encoding);
            let byte = text.char_indices().nth(character).map_or(text.len(), |(b, _)| b);
            prop_assert_eq!(offset(&doc, p, encoding), byte, "{:?} in {:?}", p, &text);
        }
    }
}
