//! The English check-worthiness model: how it reads a sentence, and the claims it adds where
//! the rules find none.

use super::{MODEL, each_word};
use crate::analysis::claim::ClaimKind;
use crate::analysis::document::analyze;
use crate::analysis::finding::Code;
use crate::analysis::lexicon::{self as lx, key};
use crate::article::Format;
use crate::text::{ENGLISH_SHORT_WORDS, FRENCH_SHORT_WORDS};

#[test]
fn a_sentence_s_language_is_told_by_the_words_that_tell_an_article_s() {
    for w in ENGLISH_SHORT_WORDS {
        assert!(lx::is(w, lx::ENGLISH_SHORT_WORDS), "{w}");
    }
    for w in FRENCH_SHORT_WORDS {
        // « l’ », « d’ », « qu’ » are words with their apostrophe.
        let w = match *w {
            "l" | "d" | "qu" => format!("{w}'"),
            w => key(w),
        };
        assert!(lx::is(&w, lx::FRENCH_SHORT_WORDS), "{w}");
    }
}

/// The committed weights are read whole: a bias that says most sentences are not
/// check-worthy, and thousands of words, figures and shares among the strongest.
#[test]
fn the_model_is_read_from_its_file() {
    let model = &*MODEL;
    assert!(model.bias < -1.0, "{}", model.bias);
    assert!(model.weights.len() > 3_000, "{}", model.weights.len());
    for sign in ["0", "%", "percent", "million"] {
        assert!(model.weights.get(sign) as i64 > 500, "{sign}");
    }
    assert_eq!(model.weights.get("valdorge"), 0);
}

fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    each_word(text, |w| out.push(w.to_string()));
    out
}

#[test]
fn words_are_read_as_the_model_was_trained() {
    assert_eq!(
        words("Taxes rose 5% in the 1990s, by $3.5 billion — Ça n’a pas été dit."),
        [
            "taxes", "rose", "0", "%", "in", "the", "0", "by", "$", "0", "0", "billion", "ça", "n",
            "a", "pas", "été", "dit"
        ]
    );
}

/// The claims of `text` the model made, by their words.
fn statements(text: &str) -> Vec<&str> {
    analyze(text, Format::Text)
        .claims
        .iter()
        .filter(|c| c.kind == ClaimKind::Statement)
        .map(|c| c.focus.of(text))
        .collect()
}

#[test]
fn an_english_statement_of_fact_with_no_figure_is_a_claim() {
    let text = "The governor of Norland has no plan for health care and the state budget is in deficit.\n\n\
                Unemployment in Valdorge went up under the governor while taxes on the middle class went up too.\n\n\
                The federal government gives more money to the banks than to the schools of Brescoux.\n";
    assert_eq!(
        statements(text),
        [
            "The governor of Norland has no plan for health care and the state budget is in deficit",
            "Unemployment in Valdorge went up under the governor while taxes on the middle class went up too",
            "The federal government gives more money to the banks than to the schools of Brescoux",
        ]
    );
}

#[test]
fn thanks_opinions_and_forecasts_are_no_statements() {
    for text in [
        "Thank you all for coming here tonight, it is a pleasure to be with you.\n",
        "I think that is a wonderful idea and I want to thank the senator for it.\n",
        "The senator will vote against the veterans bill and the tax on farms next year.\n",
    ] {
        assert_eq!(statements(text), [] as [&str; 0], "{text}");
    }
}

/// No French data that may ship could train a model: a French sentence is left to the
/// rules, English words and names in it too.
#[test]
fn the_model_reads_english_sentences_only() {
    for text in [
        "Le gouverneur de Norland n’a aucun plan pour la santé et le budget de l’État est en déficit.\n",
        "Le gouvernement fédéral donne plus d’argent aux banques qu’aux écoles de Brescoux.\n",
        "Le chômage à Valdorge a augmenté sous le gouverneur, with taxes on the middle class.\n",
        // English names, and words the model knows: a French sentence all the same.
        "Medicare, Medicaid et Social Security : le programme du gouverneur coupe les budgets fédéraux.\n",
    ] {
        assert_eq!(statements(text), [] as [&str; 0], "{text}");
    }
}

/// A statement is a claim (hover, `annotate`, `eval`); like an event, it raises no warning
/// of its own: the model is less sure of it than the rules are of a figure.
#[test]
fn a_statement_raises_no_warning() {
    let text =
        "The governor of Norland has no plan for health care and the state budget is in deficit.\n";
    assert_eq!(statements(text).len(), 1);
    let findings = analyze(text, Format::Text).findings;
    assert!(
        findings.iter().all(|f| f.code != Code::ClaimUnsourced),
        "{findings:?}"
    );
}
