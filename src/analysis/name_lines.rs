//! Hard-wrapped lines: a column of print, an OCR'd page or a mail wrapped at a fixed width
//! breaks its lines in the middle of sentences. The word after such a break does not open a
//! sentence, so a capitalised word there is a name as anywhere else in a sentence (« arrivé
//! à⏎Lausanne », "landed at⏎Dover").

use crate::article::paragraph::Paragraph;
use crate::text::Word;

/// Whether word `i`, the first of its line, goes on the sentence of the line before: the
/// break is alone in its gap (no blank line), within one paragraph, after a lowercase word
/// or a comma that ends a line of five words or more (a shorter one is a heading's or a
/// list's: « Voie d'administration », "Opening hours").
pub(super) fn wrapped(text: &str, words: &[Word], i: usize, paragraphs: &[Paragraph]) -> bool {
    let before = &words[i - 1];
    if before.capitalised || before.numeric {
        return false;
    }
    let gap = &text[before.span.end..words[i].span.start];
    // Most sentences follow a stop, told by the gap's first byte.
    if !matches!(
        gap.as_bytes().first(),
        Some(b'\n' | b' ' | b',' | b'\r' | b'\t')
    ) {
        return false;
    }
    let Some((end, start)) = gap.split_once('\n') else {
        return false;
    };
    let blank = |s: &str| s.chars().all(|c| matches!(c, ' ' | '\t' | '\r'));
    if !blank(start) || !(blank(end) || end.trim_end() == ",") {
        return false;
    }
    let line_of_five = i >= 5
        && (i - 5..i - 1).all(|k| !text[words[k].span.end..words[k + 1].span.start].contains('\n'));
    if !line_of_five {
        return false;
    }
    // The words of one paragraph: a line that is a paragraph of its own ends its sentence.
    let at = paragraphs.partition_point(|p| p.span.end <= before.span.start);
    paragraphs
        .get(at)
        .is_some_and(|p| p.span.start <= before.span.start && words[i].span.end <= p.span.end)
}
