//! The words of a block (`text::words`) read off the tokens its quantities and dates are
//! scanned in (`quantity::Toks`): the block is cut into letters, digits and signs once,
//! for both. A word is letters and digits glued together, joined by a hyphen or an
//! apostrophe between two of them; an elision (« l’ ») ends at its apostrophe, and a
//! possessive ("Putin's") is not joined.

use super::quantity::{Gap, Kind, Toks};
use crate::text::{ELISIONS, Span, Word, is_apostrophe, is_hyphen};

/// Appends the words of the tokens' text to `out`, at offsets `offset` bytes further on.
pub(crate) fn push_words(t: &Toks, offset: usize, out: &mut Vec<Word>) {
    let (text, toks) = (t.text, &t.t[..]);
    let glued_letters = |k: usize| {
        toks.get(k)
            .is_some_and(|n| n.gap == Gap::Glued && !matches!(n.kind, Kind::Punct(_)))
    };
    let mut k = 0;
    while k < toks.len() {
        let first = &toks[k];
        k += 1;
        if matches!(first.kind, Kind::Punct(_)) {
            continue;
        }
        let (start, mut end, mut ascii) = (first.start, first.end, first.ascii);
        loop {
            while glued_letters(k) {
                (end, ascii) = (toks[k].end, ascii & toks[k].ascii);
                k += 1;
            }
            let Some(joiner) = toks.get(k) else {
                break;
            };
            let Kind::Punct(c) = joiner.kind else {
                break;
            };
            let apostrophe = is_apostrophe(c);
            if joiner.gap != Gap::Glued || !(apostrophe || is_hyphen(c)) || !glued_letters(k + 1) {
                break;
            }
            if apostrophe {
                let before = &text[start..joiner.start];
                if ELISIONS.iter().any(|e| before.eq_ignore_ascii_case(e)) {
                    // « l’ » is a word; the next one starts after the apostrophe.
                    (end, ascii, k) = (joiner.end, ascii & c.is_ascii(), k + 1);
                    break;
                }
                let after = &toks[k + 1];
                let possessive = after.kind == Kind::Word
                    && &text[after.start..after.end] == "s"
                    && !glued_letters(k + 2);
                if possessive {
                    break;
                }
            }
            let after = &toks[k + 1];
            (end, ascii, k) = (after.end, ascii & c.is_ascii() & after.ascii, k + 2);
        }
        let w = Word::at(text, Span::new(start, end), ascii);
        out.push(Word {
            span: w.span.shifted(offset),
            ..w
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::words;

    fn from_tokens(text: &str) -> Vec<Word> {
        let mut out = Vec::new();
        push_words(&Toks::new(text), 0, &mut out);
        out
    }

    #[test]
    fn the_words_of_the_tokens_are_the_words_of_the_text() {
        for text in [
            "l’Ukraine d'Astana Kassym-Jomart aujourd’hui",
            "Putin's war, «OTSC». Putin’s s's S's x's2 l's",
            "L’État\u{a0}a dit 🙂 aujourd’hui-même : « Kassym-Jomart » - 12,5 % ÉTÉ-2024",
            "l’OTAN\u{a0}🙂 G20 A Ab'CD AB'CD ÉTAT Été 1er COVID-19 F-16 2023-01-15",
            "Léopol¬dine, pro\u{ad}gramme, x‐y x‑y ab--cd -ab- 'ab' ab' qu’il jusqu'à QU'IL",
            "ab\u{301}c e\u{301}s's 3's a²b ½-x ×y ÷ ⅓ ٣٤ 日本語 ab\u{200b}cd",
            "",
            "x",
            "l'",
            "l'a",
            "'s",
        ] {
            assert_eq!(from_tokens(text), words(text), "{text:?}");
        }
    }

    #[test]
    fn words_are_placed_at_the_offset_given() {
        let mut out = Vec::new();
        push_words(&Toks::new("la Banque"), 10, &mut out);
        assert_eq!(
            out.iter()
                .map(|w| (w.span.start, w.span.end))
                .collect::<Vec<_>>(),
            [(10, 12), (13, 19)]
        );
    }

    proptest::proptest! {
        #[test]
        fn any_text_gives_the_same_words(
            text in proptest::collection::vec(
                proptest::sample::select(vec![
                    "a", "B", "s", "l", "qu", "7", "-", "'", "’", "ʼ", "‐", "¬", "\u{ad}", " ",
                    "\u{a0}", "\n", "é", "É", "\u{301}", "×", ".", "«", "🙂", "²", "S",
                ]),
                0..24,
            )
        ) {
            let text = text.concat();
            proptest::prop_assert_eq!(from_tokens(&text), words(&text));
        }
    }
}
