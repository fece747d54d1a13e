//! Quotations: « … », “ … ”, „ … “ and "…". A quotation left open runs to the end of its
//! paragraph (a pull quote whose closing mark was lost is still a quotation).

use crate::text::Span;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    /// From the opening mark to the closing one, both included.
    pub span: Span,
    /// The quoted words, marks and inner spaces excluded.
    pub inner: Span,
    /// Inside another quotation.
    pub nested: bool,
    pub closed: bool,
    /// How many words are quoted, counted as far as [`Quote::WORDS_COUNTED`]: counted once,
    /// when its paragraph is read.
    pub words: u8,
}

impl Quote {
    /// How far the words of a quotation are counted.
    pub const WORDS_COUNTED: usize = 8;

    /// Whether at least `n` words are quoted (`n` no more than `WORDS_COUNTED`): one to
    /// three words are a term being cited, not a quotation.
    pub fn has_words(&self, n: usize) -> bool {
        debug_assert!(n <= Quote::WORDS_COUNTED);
        n <= usize::from(self.words)
    }
}

/// How many words `quoted` has, counted only as far as `Quote::WORDS_COUNTED`.
fn words_counted(quoted: &str) -> u8 {
    super::paragraph::words_up_to(quoted, Quote::WORDS_COUNTED) as u8
}

/// The quotations of one paragraph.
pub fn quotes(text: &str, paragraph: Span, out: &mut Vec<Quote>) {
    let from = out.len();
    let s = paragraph.of(text);
    let mut open: Vec<(usize, char)> = Vec::new();
    // Only quotation marks matter: « » and “ ” „ start with bytes C2 and E2.
    let marks = memchr::memchr3_iter(b'"', 0xC2, 0xE2, s.as_bytes())
        .filter_map(|i| s[i..].chars().next().map(|c| (i, c)));
    for (i, c) in marks {
        let at = paragraph.start + i;
        let straight_closes = c == '"' && open.last().is_some_and(|&(_, o)| o == '"');
        if straight_closes || matches!(c, '»' | '”') || (c == '“' && last_is(&open, '„')) {
            let Some(pos) = open.iter().rposition(|&(_, o)| closes(o, c)) else {
                continue;
            };
            let (start, _) = open[pos];
            open.truncate(pos);
            push(
                text,
                Span::new(start, at + c.len_utf8()),
                !open.is_empty(),
                true,
                out,
            );
        } else if c == '"' && closes_a_word(s, i) {
            // A straight mark glued to the word before it and followed by a space or a
            // stop closes a quotation: with none open it is stray, and opens nothing.
        } else if matches!(c, '«' | '“' | '„' | '"') {
            open.push((at, c));
        }
    }
    // Unclosed: the outermost runs to the paragraph's end, or to the reporting clause that
    // ends it (« …, a-t-il ajouté », "…, he said").
    if let Some(&(start, _)) = open.first() {
        let end =
            reporting_clause(&text[start..paragraph.end]).map_or(paragraph.end, |e| start + e);
        push(text, Span::new(start, end), false, false, out);
    }
    // Only this paragraph's quotations: those before are in order already.
    out[from..].sort_by_key(|q| (q.span.start, std::cmp::Reverse(q.span.end)));
}

/// Verbs that report what was said, as a quotation's closing clause writes them.
const REPORTING: &[&str] = &[
    "said",
    "says",
    "added",
    "told",
    "explained",
    "noted",
    "stressed",
    "insisted",
    "déclaré",
    "dit",
    "ajouté",
    "expliqué",
    "souligné",
    "indiqué",
    "affirmé",
    "précisé",
    "déclare",
    "explique",
    "ajoute",
    "souligne",
    "indique",
    "affirme",
    "précise",
    "poursuit",
];

/// Where a quotation left open ends: at the comma before a reporting clause (« …, a-t-il
/// ajouté », « …, a déclaré X », "…, he said", "…, said Ana Roe"), the closing mark lost.
/// A mark with no word before such a comma quotes nothing: a stray mark, not a quotation
/// that ends there.
fn reporting_clause(quoted: &str) -> Option<usize> {
    let first_word = quoted.find(char::is_alphanumeric)?;
    quoted.match_indices(',').map(|(i, _)| i).find(|&i| {
        if i < first_word {
            return false;
        }
        let words: Vec<&str> = quoted[i + 1..]
            .split_whitespace()
            .take(3)
            .map(|w| w.trim_end_matches(['.', ',', ';']))
            .collect();
        let reporting = |w: &&str| REPORTING.contains(&w.to_lowercase().as_str());
        let inverted = words.first().is_some_and(|w| {
            ["a-t-il", "a-t-elle", "ont-ils", "ont-elles"].contains(&w.to_lowercase().as_str())
        });
        let pronoun = words.first().is_some_and(|w| {
            ["he", "she", "they", "il", "elle"].contains(&w.to_lowercase().as_str())
        });
        inverted
            || (pronoun && words.get(1).is_some_and(reporting))
            || words.first().is_some_and(reporting)
            || (words.first().is_some_and(|w| matches!(*w, "a" | "ont"))
                && words.get(1).is_some_and(reporting))
    })
}

/// Whether the straight mark at byte `i` of `s` is shaped as a closing one: right after a
/// word, a stop or a bracket (not a space), and before a space, a punctuation mark or the
/// end (« …1900)", souvent », `word".`).
pub(super) fn closes_a_word(s: &str, i: usize) -> bool {
    let before = s[..i].chars().next_back();
    let after = s[i + 1..].chars().next();
    before.is_some_and(|b| !b.is_whitespace() && !matches!(b, '(' | '[' | '—' | '–' | '-' | '\''))
        && after.is_none_or(|a| {
            a.is_whitespace() || matches!(a, ',' | '.' | ';' | ':' | '!' | '?' | ')' | ']')
        })
}

fn last_is(open: &[(usize, char)], c: char) -> bool {
    open.last().is_some_and(|&(_, o)| o == c)
}

fn closes(open: char, close: char) -> bool {
    matches!(
        (open, close),
        ('«', '»') | ('“', '”') | ('„', '“') | ('„', '”') | ('"', '"')
    )
}

fn push(text: &str, span: Span, nested: bool, closed: bool, out: &mut Vec<Quote>) {
    let s = span.of(text);
    let open_len = s.chars().next().map_or(0, char::len_utf8);
    let close_len = if closed {
        s.chars().last().map_or(0, char::len_utf8)
    } else {
        0
    };
    let inner = Span::new(span.start + open_len, span.end - close_len);
    let inner = super::paragraph::trim(text, inner);
    out.push(Quote {
        span,
        inner,
        nested,
        closed,
        words: words_counted(inner.of(text)),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&str, bool, bool)> {
        let mut out = Vec::new();
        quotes(text, Span::new(0, text.len()), &mut out);
        out.iter()
            .map(|q| (q.inner.of(text), q.nested, q.closed))
            .collect()
    }

    #[test]
    fn a_quotation_has_its_words_counted_as_far_as_asked() {
        // Non-breaking and narrow spaces part words; « l’État » and an emoji are one each.
        let text =
            "«\u{a0}Nous tiendrons l’État\u{202f}» et “we 🎉 will” et «\u{a0}Grand\u{a0}Jeu\u{a0}»";
        let mut qs = Vec::new();
        quotes(text, Span::new(0, text.len()), &mut qs);
        let counts: Vec<[bool; 4]> = (qs.iter())
            .map(|q| [2, 3, 4, 0].map(|n| q.has_words(n)))
            .collect();
        assert_eq!(
            counts,
            [
                [true, true, false, true],
                [true, true, false, true],
                [true, false, false, true]
            ]
        );
    }

    #[test]
    fn words_are_counted_up_to_the_number_asked_as_in_full() {
        for inner in [
            "",
            " ",
            "non",
            "un deux\u{a0}trois",
            " un  deux\ttrois\nquatre ",
            "l’été 😀 – é, ’ 12",
            "a b c d e f g",
        ] {
            let text = format!("«{inner}»");
            let mut qs = Vec::new();
            push(&text, Span::new(0, text.len()), false, true, &mut qs);
            let q = &qs[0];
            assert_eq!(q.inner.of(&text), inner.trim(), "{inner:?}");
            let count = inner.split_whitespace().count();
            for n in 0..=Quote::WORDS_COUNTED {
                assert_eq!(q.has_words(n), count >= n, "{inner:?} {n}");
            }
        }
    }

    #[test]
    fn french_english_and_straight_quotes() {
        let text = "Il a dit «\u{a0}non\u{a0}», “yes” et \"peut-être\".";
        assert_eq!(
            found(text),
            [
                ("non", false, true),
                ("yes", false, true),
                ("peut-être", false, true)
            ]
        );
    }

    #[test]
    fn nested_quotes_are_marked() {
        let text = "«La Russie parle de \"coup de poignard\" ici»";
        assert_eq!(
            found(text),
            [
                ("La Russie parle de \"coup de poignard\" ici", false, true),
                ("coup de poignard", true, true)
            ]
        );
    }

    #[test]
    fn an_unclosed_quote_runs_to_the_paragraph_end() {
        let text = "« Qu’est-ce que c’est que cette ingratitude ?";
        assert_eq!(
            found(text),
            [("Qu’est-ce que c’est que cette ingratitude ?", false, false)]
        );
    }

    #[test]
    fn an_unclosed_quote_ends_before_the_clause_that_reports_it() {
        assert_eq!(
            found("« Le pont a cédé. Nous partons, a-t-il ajouté. La suite."),
            [("Le pont a cédé. Nous partons", false, false)]
        );
        assert_eq!(
            found("“The bridge gave way. We are leaving, he said and left."),
            [("The bridge gave way. We are leaving", false, false)]
        );
        assert_eq!(
            found("“The bridge gave way, said Ana Roe."),
            [("The bridge gave way", false, false)]
        );
        // A stray closing mark before the clause quotes nothing.
        assert!(found("Il pleut\", dit Ana Roe. La suite.").is_empty());
        // A comma with no reporting clause after it ends nothing.
        assert_eq!(
            found("“The bridge, old and weak, gave way"),
            [("The bridge, old and weak, gave way", false, false)]
        );
    }

    #[test]
    fn a_stray_closing_mark_is_ignored() {
        assert_eq!(found("d' »ânes rusés »."), []);
    }

    #[test]
    fn a_stray_straight_closing_mark_opens_nothing() {
        // The quotation before it closed, a glued mark before a comma is left over: the
        // next quotation is paired as written.
        assert_eq!(
            found("Il a vu \"deux crues\" (en 1910)\", dit-elle. \"Le pont a tenu\", dit Ana Roe."),
            [("deux crues", false, true), ("Le pont a tenu", false, true)]
        );
        assert_eq!(
            found(
                "He saw \"two floods\" (in 1910)\", she said. \"The bridge held\", said Ana Roe."
            ),
            [
                ("two floods", false, true),
                ("The bridge held", false, true)
            ]
        );
    }
}
