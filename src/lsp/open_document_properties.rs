//! The document store against its model (`lsp::typing`): random edits, placed as an editor
//! places them, give the text the model gives.

use proptest::prelude::*;

use super::*;
use crate::lsp::typing::{Draft, edit, encoding};

/// Texts to type into: empty, one line of hard characters, CRLF lines, a seed.
const STARTS: &[&str] = &[
    "",
    "«\u{a0}Élysée\u{202f}» l’a dit 🇰🇿 à Astana",
    "Titre\r\n\r\nL’été\u{a0}: 😀 Tokaïev\r\na déclaré.\r\n",
    "Titre\n\nÀ l’été 🇰🇿, Vladimir Poutine a visité Astana.\nPlus de 80\u{a0}% du brut.\n",
    include_str!("../../seeds/002_c61638ce0868d39f.txt"),
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn edits_give_the_text_the_model_gives(
        start in prop::sample::select(STARTS),
        encoding in encoding(),
        edits in prop::collection::vec(edit(), 1..40),
    ) {
        let mut doc = OpenDocument::new(start, 1, Format::Text);
        let mut draft = Draft::new(start);
        for e in &edits {
            let change = e.change(&draft, encoding);
            doc.apply(&change, encoding);
            draft.apply(&change, encoding);
            prop_assert_eq!(doc.text(), draft.text(), "after {:?}", change);
        }
    }
}
