//! Hedging: conditional or speculative wording (« aurait fait savoir », « nul doute que »,
//! "reportedly"). « aurait pu » is a counterfactual, not a hedge.

use super::lexicon as lx;
use super::tokens::Tokens;
use crate::text::Span;

/// Hedges among words `range`, each spanning its wording (« aurait » takes the participle
/// and infinitive after it).
pub fn hedges(
    t: &Tokens,
    range: std::ops::Range<usize>,
    skip: &dyn Fn(usize) -> bool,
) -> Vec<Span> {
    let mut out = Vec::new();
    // The cheap test first, on the words' classes: most sentences hedge nothing.
    if t.classes_of(range.clone()) & (lx::HEDGES.0 | lx::HEDGE_STARTS.0) == 0 {
        return out;
    }
    let mut i = range.start;
    'words: while i < range.end {
        if skip(i) {
            i += 1;
            continue;
        }
        let key = t.key(i);
        let hedge_word = t.is(i, lx::HEDGES);
        if !hedge_word && !t.is(i, lx::HEDGE_STARTS) {
            i += 1;
            continue;
        }
        for phrase in lx::HEDGE_PHRASES.iter().filter(|p| p[0] == key) {
            let end = i + phrase.len();
            if end <= range.end
                && phrase.iter().enumerate().all(|(n, w)| t.key(i + n) == *w)
                && (i..end - 1).all(|k| t.blank_gap(k, k + 1))
            {
                out.push(t.span(i, end - 1));
                i = end;
                continue 'words;
            }
        }
        if hedge_word {
            let mut end = i;
            if t.key(i).starts_with("aur") || t.key(i).starts_with("ser") {
                let next = i + 1;
                if next < range.end && t.is(next, lx::COUNTERFACTUALS) {
                    i += 2;
                    continue;
                }
                while end + 1 < range.end
                    && end < i + 2
                    && t.blank_gap(end, end + 1)
                    && !t.words[end + 1].capitalised
                    && !t.is(end + 1, lx::FUNCTION_WORDS)
                {
                    end += 1;
                }
            }
            out.push(t.span(i, end));
            i = end + 1;
            continue;
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        let t = Tokens::new(text);
        hedges(&t, 0..t.len(), &|_| false)
            .iter()
            .map(|s| s.of(text))
            .collect()
    }

    #[test]
    fn the_journalistic_conditional_is_a_hedge() {
        assert_eq!(
            found("Maria Zakharova aurait fait savoir que tout va bien."),
            ["aurait fait savoir"]
        );
    }

    #[test]
    fn speculative_phrases_are_hedges() {
        assert_eq!(
            found("Mais nul doute que la colère viendra."),
            ["nul doute"]
        );
        assert_eq!(found("The troops reportedly left."), ["reportedly"]);
    }

    #[test]
    fn a_forecast_or_a_modal_is_no_hedged_fact() {
        assert!(found("Le Parlement devrait adopter la loi, qui pourrait passer.").is_empty());
        assert!(found("The vote will likely pass and could probably be close.").is_empty());
        let found = found(
            "Dix civils auraient été tués. The suspect appeared to be hurt; he appeared in court.",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].starts_with("auraient"));
        assert_eq!(found[1], "appeared to");
    }

    #[test]
    fn an_adjective_of_doubt_qualifies_its_noun_not_the_fact() {
        assert!(found("Les auteurs présumés ont été arrêtés à Brescoux.").is_empty());
        assert!(found("The supposed culprits were arrested in Orbec.").is_empty());
    }

    #[test]
    fn seeming_is_a_hedge() {
        assert_eq!(found("Le gardien semblait désorienté."), ["semblait"]);
        assert_eq!(found("The guard seemed dazed."), ["seemed"]);
        assert_eq!(found("He left, appearing to limp."), ["appearing to"]);
    }

    #[test]
    fn a_counterfactual_is_not_a_hedge() {
        assert!(found("Cela aurait pu leur arriver aussi.").is_empty());
    }
}
