//! Sentences. A full stop after an initial (« V. Poutine », « K-J. Tokaïev »), a known
//! abbreviation (« M. », "Mr.", "U.S.") or inside a quotation does not end a sentence; a
//! line break always does.

use crate::text::Span;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub paragraph: usize,
}

const ABBREVIATIONS: &[&str] = &[
    "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "mgr", "st", "ste", "mr", "mrs", "ms",
    "jr", "sr", "gen", "gén", "sen", "rep", "gov", "col", "lt", "capt", "prof", "etc", "cf", "ex",
    "vol", "no", "p", "pp", "art", "av", "vs", "env", "inc", "ltd", "co", "corp", "dept", "jan",
    "feb", "fév", "févr", "aug", "sept", "oct", "nov", "dec", "déc", "janv", "juil",
];

fn is_opening(c: char) -> bool {
    matches!(c, '«' | '“' | '„')
}

fn is_closing(c: char) -> bool {
    matches!(c, '»' | '”')
}

/// Splits one paragraph into sentences.
pub fn sentences(text: &str, paragraph: Span, index: usize, out: &mut Vec<Sentence>) {
    let mut offset = paragraph.start;
    for line in paragraph.of(text).split_inclusive('\n') {
        split_line(text, Span::new(offset, offset + line.len()), index, out);
        offset += line.len();
    }
}

fn split_line(text: &str, line: Span, paragraph: usize, out: &mut Vec<Sentence>) {
    let s = line.of(text);
    let mut start = 0;
    let mut depth = 0usize;
    let mut straight_open = false;
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        match c {
            c if is_opening(c) => depth += 1,
            c if is_closing(c) => depth = depth.saturating_sub(1),
            '"' => straight_open = !straight_open,
            '.' | '!' | '?' | '…' => {
                if depth > 0 || straight_open {
                    continue;
                }
                // Let closing marks and further stops ride along: « ?» « ...).
                let mut j = k + 1;
                while j < chars.len() && matches!(chars[j].1, '.' | '!' | '?' | '…' | ')') {
                    j += 1;
                }
                let Some(next) = chars[j..].iter().find(|(_, c)| !c.is_whitespace()) else {
                    continue;
                };
                if j == k + 1 && !chars[j..].first().is_some_and(|(_, c)| c.is_whitespace()) {
                    continue; // "U.S.A", « 1.5 », an URL: no space after the stop.
                }
                if c == '.' && (abbreviation_before(&s[..i]) || !starts_sentence(next.1)) {
                    continue;
                }
                if c != '.' && !starts_sentence(next.1) {
                    continue;
                }
                let end = chars.get(j).map_or(s.len(), |&(e, _)| e);
                push(text, line.start + start, line.start + end, paragraph, out);
                start = next.0;
            }
            _ => {}
        }
    }
    push(text, line.start + start, line.end, paragraph, out);
}

fn starts_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_ascii_digit()
        || is_opening(c)
        || matches!(c, '"' | '‘' | '(' | '—' | '–' | '-')
}

/// The word before a full stop is an initial or an abbreviation.
fn abbreviation_before(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || matches!(c, '(' | '«' | '"' | '“'))
        .next()
        .unwrap_or("");
    if word.is_empty() {
        return false;
    }
    // « V », « K-J », "U.S": single letters, joined by hyphens or stops.
    let initials = word
        .split(['-', '.'])
        .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase));
    initials || ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}

fn push(text: &str, start: usize, end: usize, paragraph: usize, out: &mut Vec<Sentence>) {
    let span = super::paragraph::trim(text, Span::new(start, end));
    if !span.is_empty() {
        out.push(Sentence { span, paragraph });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        sentences(text, Span::new(0, text.len()), 0, &mut out);
        out.iter().map(|s| s.span.of(text)).collect()
    }

    #[test]
    fn initials_do_not_end_sentences() {
        assert_eq!(
            split("Selon V. Poutine, tout va bien. K-J. Tokaïev a répondu. S. Narychkine aussi."),
            [
                "Selon V. Poutine, tout va bien.",
                "K-J. Tokaïev a répondu.",
                "S. Narychkine aussi."
            ]
        );
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            split("M. Sandu a gagné. Mr. Smith went to the U.S. Army base. He left."),
            [
                "M. Sandu a gagné.",
                "Mr. Smith went to the U.S. Army base.",
                "He left."
            ]
        );
    }

    #[test]
    fn quotations_hold_their_sentences() {
        assert_eq!(
            split("«Nous ne pouvons pas. Elles l'ont fait.» Aibek Smadiyarov, porte-parole. Fin."),
            [
                "«Nous ne pouvons pas. Elles l'ont fait.» Aibek Smadiyarov, porte-parole.",
                "Fin."
            ]
        );
    }

    #[test]
    fn questions_exclamations_and_line_breaks_end_sentences() {
        assert_eq!(
            split("Quel impact ? Aucun ! Vraiment\nUne ligne"),
            ["Quel impact ?", "Aucun !", "Vraiment", "Une ligne"]
        );
    }

    #[test]
    fn decimals_and_lowercase_continuations_stay() {
        assert_eq!(
            split("Il a 1.5 point. et puis rien."),
            ["Il a 1.5 point. et puis rien."]
        );
    }
}
