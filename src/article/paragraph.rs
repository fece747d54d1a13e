//! Paragraphs: blocks of lines between blank lines. A short line with no closing
//! punctuation standing alone is a heading (a title, a section head, a pull line). With no
//! blank line anywhere, each line is a paragraph — or, when the lines are wrapped at a
//! width (plain-text wire copy), a paragraph ends at a line that left room for the next
//! line's first word.

use crate::text::{Span, ascii_run, ascii_spaces, eight_bytes};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    pub span: Span,
    pub heading: bool,
}

/// How a body's lines make its paragraphs (see [`Lines::of`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Lines {
    /// Blocks of lines between blank lines.
    Blocks,
    /// Each line is a paragraph: web copy writes one a line, with no blank line anywhere;
    /// but a line broken after a word no sentence ends with (« mais le⏎») goes on to the
    /// next.
    Each,
    /// Lines wrapped at this many characters, no blank line anywhere: a paragraph ends at a
    /// line that left room for the next line's first word.
    Wrapped(usize),
}

/// The paragraphs of `text[body]`, trimmed of surrounding whitespace.
pub fn paragraphs(text: &str, body: Span) -> Vec<Paragraph> {
    paragraphs_of(text, body, Lines::of(body.of(text)))
}

/// The same, told how the body's lines make its paragraphs.
pub(super) fn paragraphs_of(text: &str, body: Span, lines: Lines) -> Vec<Paragraph> {
    let s = body.of(text);
    // Room for a paragraph a line at most, taken once.
    let mut out = Vec::with_capacity(memchr::memchr_iter(b'\n', s.as_bytes()).count() + 1);
    split_into(text, body, lines, &mut out);
    out
}

/// The paragraphs of the lines of `text[lines]`, put on `out` (see [`Lines`]). `lines`
/// starts a line outside any paragraph: at the body's start, after a blank line, or
/// anywhere when each line is a paragraph.
pub(super) fn split_into(text: &str, lines: Span, mode: Lines, out: &mut Vec<Paragraph>) {
    let mut block: Option<Span> = None;
    let s = lines.of(text);
    let ends = memchr::memchr_iter(b'\n', s.as_bytes()).map(|i| i + 1);
    let mut from = 0;
    for to in ends.chain((!s.is_empty() && !s.ends_with('\n')).then_some(s.len())) {
        let line = &s[from..to];
        let line_span = Span::new(lines.start + from, lines.start + to);
        from = to;
        if line.trim().is_empty() {
            if let Some(b) = block.take() {
                push(text, b, out);
            }
            continue;
        }
        block = Some(block.map_or(line_span, |b| Span::new(b.start, line_span.end)));
        let ends_here = match mode {
            Lines::Blocks => false,
            // A line broken after a word no sentence ends with goes on to the next.
            Lines::Each => !super::sentence::ends_open(line),
            // A wrapped line ends its paragraph when the next line's first word would have
            // fitted after it.
            Lines::Wrapped(width) => {
                let next = s[to..].split('\n').next().unwrap_or("");
                let first_word = (next.split_whitespace().next()).map_or(0, |w| w.chars().count());
                first_word == 0 || line.trim_end().chars().count() + 1 + first_word <= width
            }
        };
        if ends_here && let Some(b) = block.take() {
            push(text, b, out);
        }
    }
    if let Some(b) = block {
        push(text, b, out);
    }
}

/// Wrapped lines are this wide at most, in characters, and at least this wide.
const WRAP_WIDTHS: std::ops::RangeInclusive<usize> = 40..=120;

/// A wrapped line is full when it is within this many characters of the width.
const FULL_WITHIN: usize = 12;

impl Lines {
    /// How the lines of `s` make its paragraphs: blocks between blank lines when it has a
    /// blank line between two lines of text. Else wrapped when the longest line is of a
    /// width prose is wrapped at, and the lines that end no sentence are, but for one in
    /// five, about as long (the first may be a title); else each line is a paragraph when
    /// most of its lines end a sentence (hard-wrapped prose ends its lines anywhere); else
    /// blocks.
    pub(super) fn of(s: &str) -> Lines {
        let (mut lines, mut ended) = (0usize, 0usize);
        let mut seen_text = false;
        let mut blank_after_text = false;
        // The length in characters of each line, and whether it ends a sentence, while no
        // line is too long to be wrapped: web copy's first long paragraph stops the count.
        let mut widths: Option<Vec<(usize, bool)>> = Some(Vec::new());
        for line in s.split('\n') {
            let line = line.trim_end_matches(['\r', ' ', '\t', '\u{a0}']);
            if line.trim().is_empty() {
                blank_after_text |= seen_text;
                continue;
            }
            if blank_after_text {
                return Lines::Blocks; // a blank line between two lines of text
            }
            seen_text = true;
            let last = line
                .trim_end_matches(['»', '"', '”', '\u{202f}'])
                .chars()
                .last();
            let ends = matches!(last, Some('.' | '!' | '?' | '…' | ':'));
            // A line cut in its sentence goes on to the next: no line of its own.
            lines += usize::from(!super::sentence::ends_open(line));
            ended += usize::from(ends);
            if let Some(w) = &mut widths {
                if line.len() > 4 * WRAP_WIDTHS.end() {
                    widths = None;
                } else {
                    w.push((line.chars().count(), ends));
                }
            }
        }
        if let Some(widths) = widths {
            let width = widths.iter().map(|&(w, _)| w).max().unwrap_or(0);
            // The first line may be a title, of any length.
            let open = widths.iter().skip(1).filter(|&&(_, ends)| !ends);
            let (open, full) = open.fold((0, 0), |(n, f), &(w, _)| {
                (n + 1, f + usize::from(w + FULL_WITHIN >= width))
            });
            if WRAP_WIDTHS.contains(&width) && open >= 3 && full * 5 >= open * 4 {
                return Lines::Wrapped(width);
            }
        }
        if lines >= 3 && ended * 2 >= lines {
            Lines::Each
        } else {
            Lines::Blocks
        }
    }
}

fn push(text: &str, block: Span, out: &mut Vec<Paragraph>) {
    let span = trim(text, block);
    if span.is_empty() {
        return;
    }
    out.push(Paragraph {
        span,
        heading: looks_like_heading(span.of(text)),
    });
}

/// The span without leading and trailing whitespace (non-breaking spaces included).
pub fn trim(text: &str, span: Span) -> Span {
    let s = span.of(text);
    let start = span.start + (s.len() - s.trim_start().len());
    let end = span.start + s.trim_end().len();
    Span::new(start, end.max(start))
}

fn looks_like_heading(block: &str) -> bool {
    // A closing quotation mark ends a heading unless a full stop stands inside it.
    let trimmed = block
        .trim_end()
        .trim_end_matches(['»', '"', '”', ' ', '\u{a0}', '\u{202f}']);
    let quoted = trimmed.len() < block.trim_end().len();
    let last = trimmed.chars().last().unwrap_or('.');
    let ends_sentence = matches!(last, '.' | '!' | '…' | ':' | ';' | ',');
    // The cheap test first: most paragraphs end their last sentence.
    !(ends_sentence || (quoted && last == '?'))
        && memchr::memchr(b'\n', block.as_bytes()).is_none()
        && fewer_words_than(block, 15)
        // A line cut in its sentence (« Le pont a rouvert en mars, mais le »): no title.
        && !super::sentence::ends_open(block)
}

/// Whether `s` has fewer than `n` words (runs of characters between white space), counted
/// no further than the `n`th.
fn fewer_words_than(s: &str, n: usize) -> bool {
    words_up_to(s, n) < n
}

/// How many words `s` has (runs of characters between white space, as `split_whitespace`
/// tells them), counted no further than `n`: its ASCII bytes eight at a time.
pub(super) fn words_up_to(s: &str, n: usize) -> usize {
    let (mut words, mut in_word) = (0, false);
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // The ASCII bytes from `i`, eight at most, at once: a word starts at a byte that is
        // not white space after one that is (or, for the first, after the byte before).
        let x = eight_bytes(bytes, i);
        let ascii = ascii_run(x).min(bytes.len() - i);
        if ascii > 0 {
            let these = if ascii == 8 {
                !0
            } else {
                (1 << (8 * ascii)) - 1
            };
            let others = !ascii_spaces(x & these) & these & 0x8080_8080_8080_8080;
            let before = others << 8 | u64::from(in_word) << 7;
            words += (others & !before).count_ones() as usize;
            if words >= n {
                return n;
            }
            in_word = others >> (8 * ascii - 1) != 0;
            i += ascii;
            continue;
        }
        // A character that is not ASCII (« \u{a0} » is white space).
        let c = s[i..].chars().next().unwrap_or_default();
        if !c.is_whitespace() && !in_word {
            words += 1;
            if words >= n {
                return n;
            }
        }
        in_word = !c.is_whitespace();
        i += c.len_utf8();
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        paragraphs(text, Span::new(0, text.len()))
            .iter()
            .map(|p| p.span.of(text))
            .collect()
    }

    #[test]
    fn with_no_blank_line_anywhere_each_line_is_a_paragraph() {
        let text = "Un titre\nSelon Temur Umarov, le pays a voté.\nLe taux a atteint 63 %.\nFin de l’article.\n";
        assert_eq!(
            texts(text),
            [
                "Un titre",
                "Selon Temur Umarov, le pays a voté.",
                "Le taux a atteint 63 %.",
                "Fin de l’article."
            ]
        );
        let text = "A headline\nTurnout was 63 percent, officials said.\nThe plant will cost 12 billion dollars.\n";
        assert_eq!(texts(text).len(), 3);
    }

    #[test]
    fn hard_wrapped_prose_and_blank_lines_keep_their_blocks() {
        // Lines cut mid-sentence: one paragraph, as before.
        let text = "The plant will cost\ntwelve billion dollars, the\nministry said on Monday.\n";
        assert_eq!(texts(text).len(), 1);
        // A blank line anywhere: blocks between blank lines.
        let text = "Titre\n\nUne phrase.\nUne autre.\nEncore une.\n";
        assert_eq!(
            texts(text),
            ["Titre", "Une phrase.\nUne autre.\nEncore une."]
        );
    }

    #[test]
    fn a_line_cut_after_a_word_no_sentence_ends_with_goes_on_to_the_next() {
        let text = "Un titre\nLe pont de Corvel a rouvert en mars, après deux ans de travaux, mais le\ntrafic reste limité.\nLe maire s’en félicite.\nLe chantier a été fermé en 1998, mais le";
        let p = paragraphs(text, Span::new(0, text.len()));
        let got: Vec<_> = p.iter().map(|p| (p.span.of(text), p.heading)).collect();
        assert_eq!(
            got,
            [
                ("Un titre", true),
                (
                    "Le pont de Corvel a rouvert en mars, après deux ans de travaux, mais le\ntrafic reste limité.",
                    false
                ),
                ("Le maire s’en félicite.", false),
                // Cut, not a title.
                ("Le chantier a été fermé en 1998, mais le", false),
            ]
        );
        let text = "A headline\nThe Orbec bridge reopened in March after two years of works, and the\ntraffic is still limited.\nThe mayor is pleased.\n";
        assert_eq!(
            texts(text),
            [
                "A headline",
                "The Orbec bridge reopened in March after two years of works, and the\ntraffic is still limited.",
                "The mayor is pleased."
            ]
        );
    }

    #[test]
    fn lines_wrapped_at_a_width_end_their_paragraph_where_they_left_room() {
        let text = "Dernière minute\n\
VALDORGE, 3 mars (Norpress) - Le conseil municipal de Valdorge a voté mardi\n\
la fermeture du pont de Corvel, fermé depuis l’hiver à la circulation des\n\
camions, a indiqué la mairie.\n\
Les travaux doivent durer deux ans selon le service des routes, qui estime\n\
leur coût à 12 millions d’euros pour la commune et la région réunies.\n\
Le maire a refusé de commenter.\n";
        assert_eq!(
            texts(text),
            [
                "Dernière minute",
                "VALDORGE, 3 mars (Norpress) - Le conseil municipal de Valdorge a voté mardi\n\
la fermeture du pont de Corvel, fermé depuis l’hiver à la circulation des\n\
camions, a indiqué la mairie.",
                "Les travaux doivent durer deux ans selon le service des routes, qui estime\n\
leur coût à 12 millions d’euros pour la commune et la région réunies.",
                "Le maire a refusé de commenter."
            ]
        );
        let text = "ORBEC, May 4 (Norpress) - The Orbec harbour board voted on Tuesday to close\n\
the old ferry pier, shut to heavy trucks since the winter, the board said in\n\
a statement.\n\
Repairs will take two years and cost twelve million dollars, according to\n\
the port's engineers, who inspected the pier in March.\n\
Ferries will berth at the north quay meanwhile, and the board expects the\n\
timetable to change twice before the new pier opens.\n\
The mayor declined to comment.\n";
        let got = texts(text);
        assert_eq!(got.len(), 4, "{got:?}");
        assert!(got[0].ends_with("the board said in\na statement."));
        // One paragraph a line, of any length, stays one paragraph a line.
        let text = "A headline\nTurnout was 63 percent, officials said on Sunday evening.\nThe plant will cost 12 billion dollars.\nIt opens in May.\nThe mayor was pleased.\n";
        assert_eq!(texts(text).len(), 5);
    }

    #[test]
    fn blank_lines_split_paragraphs_and_short_lines_are_headings() {
        let text = "Un titre\n\nPremière phrase. Deuxième.\n \u{a0}\nUne autre ligne\nqui suit.\n";
        let p = paragraphs(text, Span::new(0, text.len()));
        let got: Vec<_> = p.iter().map(|p| (p.span.of(text), p.heading)).collect();
        assert_eq!(
            got,
            [
                ("Un titre", true),
                ("Première phrase. Deuxième.", false),
                ("Une autre ligne\nqui suit.", false)
            ]
        );
    }

    #[test]
    fn a_short_line_ending_in_a_quotation_is_a_heading_unless_it_ends_a_sentence() {
        let heading = "Une alliance « éprouvée par la vie »";
        assert!(paragraphs(heading, Span::new(0, heading.len()))[0].heading);
        let prose = "Il a dit « non, jamais. »";
        assert!(!paragraphs(prose, Span::new(0, prose.len()))[0].heading);
    }

    /// Words are told apart by any white space, as `split_whitespace` tells them.
    #[test]
    fn words_are_counted_as_white_space_splits_them() {
        for s in [
            "",
            " ",
            "un",
            " un deux\u{a0}trois\u{202f}quatre\t cinq ",
            "one two three four five six seven eight nine ten eleven twelve thirteen fourteen",
            "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen",
            "Le\u{2003}pont\u{3000}de Corvel, « éprouvé » 😀 ",
            "a\x0bb\x0cc\rd\ne\u{1c}f\u{85}g\u{2028}h",
        ] {
            let count = s.split_whitespace().count();
            for n in 1..20 {
                assert_eq!(fewer_words_than(s, n), count < n, "{s:?} {n}");
                assert_eq!(words_up_to(s, n), count.min(n), "{s:?} {n}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn any_text_has_its_words_counted_as_white_space_splits_them(
            text in proptest::collection::vec(
                proptest::sample::select(vec![
                    "a", "Bc", " ", "  ", "\t", "\n", "\x0b", "\u{1c}", "\u{a0}", "é", "😀",
                    "abcdefgh", "-", "\u{2003}", "\u{85}",
                ]),
                0..24,
            ),
            n in 1usize..20,
        ) {
            let text = text.concat();
            let count = text.split_whitespace().count();
            proptest::prop_assert_eq!(words_up_to(&text, n), count.min(n));
        }
    }

    #[test]
    fn a_question_standing_alone_is_a_heading() {
        let text = "Quel impact sur les relations russo-kazakhes ?";
        assert!(paragraphs(text, Span::new(0, text.len()))[0].heading);
    }
}
