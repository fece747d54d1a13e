//! Forecasts and plans (« devrait », « sera », "will", "expected"): what they say is not
//! yet a fact. A figure forecast by no one named is no claim (ANNOTATION.md); one a named
//! institution or a study publishes, a speaker's own pledge, what goes on as it is and a
//! forecast compared with the fact are.

use super::claim::{clause, first_or_second_person};
use super::lexicon as lx;
use super::tokens::Tokens;
use crate::article::Quantity;

/// A figure of what is forecast or planned (« la dette devrait atteindre 112 % du PIB »,
/// "the shortfall is expected to hit 7%"): a forecast word in the figure's clause. What
/// a named institution forecasts is a claim (ANNOTATION.md §5), what no one is named for
/// is not.
pub fn projected(t: &Tokens, range: std::ops::Range<usize>, q: &Quantity) -> bool {
    let k = t.within(q.span).start;
    if k >= range.end || k < range.start {
        return false;
    }
    let (a, b) = clause(t, range, k);
    // Not « les prévisions », "than expected", "the expected 4%" (a forecast compared with
    // the fact), nor « ont prévu », "had expected" (a forecast made, a fact).
    let made = |w: usize| {
        w > a
            && matches!(
                t.key(w - 1),
                "the"
                    | "than"
                    | "as"
                    | "le"
                    | "la"
                    | "les"
                    | "l'"
                    | "que"
                    | "qu'"
                    | "a"
                    | "ont"
                    | "avait"
                    | "avaient"
                    | "had"
                    | "has"
                    | "have"
            )
    };
    // A speaker's own pledge (« nous ramènerons le déficit à 3 % », "we will cut it by 20
    // percent") is a promise to hold them to, as debate fact-checkers do: still a figure.
    // What will go on as it is (« va continuer de », "will continue to pay 60 percent")
    // is a fact of today.
    let goes_on = |w: usize| (w + 1..(w + 3).min(b + 1)).any(|c| t.key(c).starts_with("continu"));
    // A forecast that a study or figures show in its clause is published, as a named
    // institution's is ("a study has shown families will save $400").
    let shown = t.classes_of(a..b + 1) & lx::FINDINGS.0 != 0;
    !shown
        && forecast(t, a..b + 1)
        && (a..=b).any(|w| t.is(w, lx::FORECASTS) && !made(w) && t.key(w) != "would" && !goes_on(w))
        && !first_or_second_person(t, a..b + 1)
}

/// A forecast or a plan among words `range` (« devrait », « sera », "will", "likely"):
/// what it says is not yet a fact.
pub fn forecast(t: &Tokens, range: std::ops::Range<usize>) -> bool {
    t.classes_of(range) & lx::FORECASTS.0 != 0
}

#[cfg(test)]
mod tests {
    use crate::analysis::document::tests::statistics;

    #[test]
    fn a_figure_forecast_by_no_one_named_is_no_statistic() {
        assert!(
            statistics("Titre\n\nLa dette de Valdorge devrait atteindre 140 % du budget en 2031.")
                .is_empty()
        );
        assert!(
            statistics("Title\n\nThe Orbec shortfall is expected to hit 7.2% next year.")
                .is_empty()
        );
        assert!(statistics("Title\n\nOrbec will cut its deficit to 2 percent by 2031.").is_empty());
        // Forecast by a named institution: a claim (what it published can be checked).
        assert_eq!(
            statistics(
                "Titre\n\nSelon l’institut Norstat, la dette devrait atteindre 140 % en 2031."
            ),
            ["140 %"]
        );
        // A speaker's own pledge, what goes on as it is, a forecast a study shows: figures.
        assert_eq!(
            statistics("Title\n\nWe will cut the Orbec deficit to 2 percent by 2031."),
            ["2 percent"]
        );
        assert_eq!(
            statistics("Titre\n\nLe déficit de Brescoux que nous visons sera de 3 % en 2031."),
            ["3 %"]
        );
        assert_eq!(
            statistics("Title\n\nThe top earners will continue to pay 61 percent of the tax."),
            ["61 percent of the tax"]
        );
        assert_eq!(
            statistics("Titre\n\nLes ménages de Brescoux vont continuer à payer 61 % de la taxe."),
            ["61 % de la taxe"]
        );
        assert_eq!(
            statistics("Title\n\nA study has shown Orbec families will save 400 dollars a year."),
            ["400 dollars"]
        );
        // A forecast compared with the fact, or a forecast made: facts.
        assert_eq!(
            statistics(
                "Title\n\nThe Orbec deficit reached 6.3 percent, above the expected 5.1 percent."
            ),
            ["6.3 percent", "5.1 percent"]
        );
        assert_eq!(
            statistics(
                "Titre\n\nLe déficit dépasse les prévisions de la mairie, qui avaient prévu 3,8 %."
            ),
            ["3,8 %"]
        );
    }
}
