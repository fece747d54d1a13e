//! Hedging: conditional or speculative wording (« aurait fait savoir », « nul doute que »,
//! "reportedly"). « aurait pu » is a counterfactual, not a hedge.

use super::lexicon as lx;
use super::tokens::Tokens;
use crate::text::Span;

/// Hedges among words `range`, each spanning its wording (« aurait » takes the participle
/// and infinitive after it).
#[inline]
pub fn hedges(
    t: &Tokens,
    range: std::ops::Range<usize>,
    skip: &impl Fn(usize) -> bool,
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
        let hedge_word = t.is(i, lx::HEDGES);
        if !hedge_word && !t.is(i, lx::HEDGE_STARTS) {
            i += 1;
            continue;
        }
        let key = t.key(i);
        // A participle hedges as a clause set off by a comma (« …, laissant penser que »,
        // "…, suggesting"); "is suggesting", "what I'm suggesting" propose.
        if participle(key) && !after_comma(t, i) {
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

/// The hedge of a claim whose words are `focus`, among its sentence's `hedges`: the first,
/// but a hedge that opens a participle clause after a comma (« …, semblant boiter »,
/// "…, suggesting they fled") hedges that clause, not the words before it.
pub fn of_claim(t: &Tokens, hedges: &[Span], focus: Span) -> Option<Span> {
    hedges
        .iter()
        .copied()
        .find(|&h| focus.end > h.start || !opens_a_participle_clause(t, h))
}

/// Whether the hedge `h` is a participle (« semblant », "appearing to", "suggesting") set
/// off by a comma before it: it hedges its own clause.
pub fn opens_a_participle_clause(t: &Tokens, h: Span) -> bool {
    let k = t.within(h).start;
    k < t.len() && after_comma(t, k) && participle(t.key(k))
}

/// The hedges that are participles: they open a clause of their own.
fn participle(key: &str) -> bool {
    matches!(key, "suggesting" | "appearing" | "semblant" | "laissant")
}

fn after_comma(t: &Tokens, k: usize) -> bool {
    k > 0 && t.gap(k - 1, k).contains(',')
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
    fn unconfirmed_or_conflicting_reports_are_hedges() {
        assert_eq!(
            found("Selon des informations non confirmées, le maire a démissionné."),
            ["informations non confirmées"]
        );
        assert_eq!(
            found("Des informations contradictoires disent que le pont a cédé."),
            ["informations contradictoires"]
        );
        assert_eq!(
            found("Unconfirmed reports say the mayor resigned."),
            ["Unconfirmed reports"]
        );
        assert_eq!(
            found("There were conflicting reports that the bridge gave way."),
            ["conflicting reports"]
        );
        // What is unconfirmed is a thing, not what is reported.
        assert!(found("Des vidéos non confirmées du pont ont circulé.").is_empty());
        assert!(found("Unverified videos of the bridge spread online.").is_empty());
    }

    #[test]
    fn a_belief_with_no_one_holding_it_is_a_hedge() {
        assert_eq!(
            found("Le journal croit savoir que le maire a démissionné."),
            ["croit savoir"]
        );
        assert_eq!(
            found("The wreck is thought to be the oldest."),
            ["thought to be"]
        );
        assert_eq!(
            found("The crew is thought to have left Orbec."),
            ["thought to have"]
        );
    }

    #[test]
    fn a_participle_of_inference_is_a_hedge() {
        assert_eq!(
            found("Les hommes portaient des plaies, laissant penser qu’ils avaient été battus."),
            ["laissant penser"]
        );
        assert_eq!(
            found("The men bore wounds, suggesting they had been beaten."),
            ["suggesting"]
        );
        // Not set off by a comma, the participle is what someone did or proposes.
        assert!(found("Il a menti en laissant penser que le pont tenait.").is_empty());
        assert!(found("Nobody is suggesting that the bridge be closed.").is_empty());
    }

    #[test]
    fn a_participle_hedge_hedges_its_own_clause() {
        let hedge_of = |text: &str, focus: &str| {
            let t = Tokens::new(text);
            let hs = hedges(&t, 0..t.len(), &|_| false);
            let a = text.find(focus).unwrap();
            of_claim(&t, &hs, Span::new(a, a + focus.len())).map(|h| h.of(text).to_owned())
        };
        let fr = "Douze hommes ont été blessés, semblant boiter.";
        assert_eq!(hedge_of(fr, "Douze hommes"), None);
        assert_eq!(hedge_of(fr, "semblant boiter").as_deref(), Some("semblant"));
        let en = "Twelve men were hurt, appearing to limp.";
        assert_eq!(hedge_of(en, "Twelve men"), None);
        assert_eq!(
            hedge_of(en, "appearing to limp").as_deref(),
            Some("appearing to")
        );
        // The conditional of the main clause hedges the whole sentence.
        let fr = "Douze hommes auraient été blessés, selon Radiofil.";
        assert!(hedge_of(fr, "Douze hommes").is_some());
        let en = "Twelve men were reportedly hurt, sources said.";
        assert!(hedge_of(en, "Twelve men").is_some());
    }

    #[test]
    fn a_counterfactual_is_not_a_hedge() {
        assert!(found("Cela aurait pu leur arriver aussi.").is_empty());
    }
}
