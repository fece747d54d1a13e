//! The words of quantities, French and English, folded: lowercase ASCII, no accents.

use std::sync::LazyLock;

use super::vocab::{Table, WordSet};
use super::{Currency, Temperature};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Qual {
    Exact,
    More,
    AtLeast,
    Less,
    AtMost,
    Approx,
    Nearly,
    JustOver,
    JustUnder,
}
use Qual::*;

/// Qualifiers before a number, longest match wins (items are tokens; "'" any apostrophe).
#[rustfmt::skip]
pub(super) static QUALS: Table<Qual> = Table::new(&[
    ("plus de", More), ("plus d '", More), ("bien plus de", More), ("au - dela de", More),
    ("un peu plus de", JustOver), ("un peu plus d '", JustOver), ("moins de", Less),
    ("moins d '", Less), ("un peu moins de", JustUnder), ("un peu moins d '", JustUnder),
    ("au moins", AtLeast), ("pas moins de", AtLeast), ("pas moins d '", AtLeast),
    ("au plus", AtMost), ("pas plus de", AtMost), ("pas plus d '", AtMost), ("jusqu ' a", AtMost),
    ("environ", Approx), ("quelque", Approx), ("autour de", Approx), ("autour d '", Approx),
    ("aux alentours de", Approx), ("de l ' ordre de", Approx), ("approximativement", Approx),
    ("a peu pres", Approx), ("pres de", Nearly), ("pres d '", Nearly), ("presque", Nearly),
    ("quasiment", Nearly), ("pratiquement", Nearly), ("pas loin de", Nearly),
    ("more than", More), ("over", More), ("upwards of", More), ("in excess of", More),
    ("above", More), ("greater than", More), ("just over", JustOver), ("just above", JustOver),
    ("slightly more than", JustOver), ("fewer than", Less), ("less than", Less), ("under", Less),
    ("below", Less), ("just under", JustUnder), ("just below", JustUnder),
    ("slightly less than", JustUnder), ("at least", AtLeast), ("no fewer than", AtLeast),
    ("no less than", AtLeast), ("a minimum of", AtLeast), ("at most", AtMost), ("up to", AtMost),
    ("no more than", AtMost), ("a maximum of", AtMost), ("about", Approx), ("around", Approx),
    ("roughly", Approx), ("approximately", Approx), ("some", Approx), ("an estimated", Approx),
    ("nearly", Nearly), ("almost", Nearly), ("close to", Nearly), ("~", Approx), ("≈", Approx),
    (">", More), ("<", Less), ("≥", AtLeast), ("≤", AtMost),
]);

/// Scale words after a number: « 1,3 million », « 2 milliards », "2 billion".
#[rustfmt::skip]
pub(super) static SCALES: Table<f64> = Table::new(&[
    ("mille", 1e3), ("thousand", 1e3), ("hundred", 1e2), ("million", 1e6), ("millions", 1e6),
    ("milliard", 1e9), ("milliards", 1e9), ("billion", 1e9), ("billions", 1e9),
    ("trillion", 1e12),
]);
/// Abbreviated scales: « 2 Mds € », "$3bn".
#[rustfmt::skip]
pub(super) static ABBREVIATED: Table<f64> = Table::new(&[
    ("md", 1e9), ("mds", 1e9), ("mrd", 1e9), ("mrds", 1e9), ("bn", 1e9),
]);
#[rustfmt::skip]
pub(super) static PERCENT: Table<()> = Table::new(&[
    ("pour cent", ()), ("pourcent", ()), ("percent", ()), ("per cent", ()),
]);
/// Degrees after a number, with their scale when named: « 2 degrés », "35 degrees
/// Fahrenheit".
#[rustfmt::skip]
pub(super) static DEGREES: Table<Temperature> = Table::new(&[
    ("degre", Temperature::Unsaid), ("degres", Temperature::Unsaid),
    ("degree", Temperature::Unsaid), ("degrees", Temperature::Unsaid),
    ("degre celsius", Temperature::Celsius), ("degres celsius", Temperature::Celsius),
    ("degree celsius", Temperature::Celsius), ("degrees celsius", Temperature::Celsius),
    ("degre fahrenheit", Temperature::Fahrenheit), ("degres fahrenheit", Temperature::Fahrenheit),
    ("degree fahrenheit", Temperature::Fahrenheit), ("degrees fahrenheit", Temperature::Fahrenheit),
]);
/// Currency names after a number or scale: « euros », « millions de dollars ».
#[rustfmt::skip]
pub(super) static CURRENCIES: Table<Currency> = Table::new(&[
    ("euro", Currency::Eur), ("euros", Currency::Eur), ("dollar", Currency::Usd),
    ("dollars", Currency::Usd), ("rouble", Currency::Rub), ("roubles", Currency::Rub),
    ("ruble", Currency::Rub), ("rubles", Currency::Rub), ("livres sterling", Currency::Gbp),
    ("pounds sterling", Currency::Gbp), ("tenge", Currency::Kzt), ("tenges", Currency::Kzt),
    ("hryvnia", Currency::Uah), ("hryvnias", Currency::Uah), ("yuan", Currency::Cny),
    ("yuans", Currency::Cny), ("yen", Currency::Jpy), ("yens", Currency::Jpy),
    ("francs suisses", Currency::Chf), ("swiss francs", Currency::Chf),
]);
/// Numbers in words: counts only before a noun; « un », "a", "one" only before a scale.
#[rustfmt::skip]
pub(super) static NUMBER_WORDS: Table<f64> = Table::new(&[
    ("un", 1.0), ("une", 1.0), ("a", 1.0), ("one", 1.0), ("deux", 2.0), ("trois", 3.0),
    ("quatre", 4.0), ("cinq", 5.0), ("six", 6.0), ("sept", 7.0), ("huit", 8.0), ("neuf", 9.0),
    ("dix", 10.0), ("onze", 11.0), ("douze", 12.0), ("quinze", 15.0), ("vingt", 20.0),
    ("trente", 30.0), ("cent", 100.0), ("mille", 1e3), ("two", 2.0), ("three", 3.0),
    ("four", 4.0), ("five", 5.0), ("seven", 7.0), ("eight", 8.0), ("nine", 9.0), ("ten", 10.0),
    ("eleven", 11.0), ("twelve", 12.0), ("fifteen", 15.0), ("twenty", 20.0), ("thirty", 30.0),
    ("treize", 13.0), ("quatorze", 14.0), ("seize", 16.0), ("quarante", 40.0),
    ("cinquante", 50.0), ("soixante", 60.0), ("thirteen", 13.0), ("fourteen", 14.0),
    ("sixteen", 16.0), ("seventeen", 17.0), ("eighteen", 18.0), ("nineteen", 19.0),
    ("forty", 40.0), ("fifty", 50.0), ("sixty", 60.0), ("seventy", 70.0), ("eighty", 80.0),
    ("ninety", 90.0),
]);
/// After « un », « une », "a": « une dizaine », « un millier », "a dozen".
#[rustfmt::skip]
pub(super) static APPROX_WORDS: Table<f64> = Table::new(&[
    ("dizaine", 10.0), ("douzaine", 12.0), ("quinzaine", 15.0), ("vingtaine", 20.0),
    ("trentaine", 30.0), ("quarantaine", 40.0), ("cinquantaine", 50.0), ("soixantaine", 60.0),
    ("centaine", 100.0), ("millier", 1e3), ("dozen", 12.0),
]);
/// « des milliers de », "hundreds of": between twice and ten times the unit.
#[rustfmt::skip]
pub(super) static COLLECTIVES: Table<f64> = Table::new(&[
    ("dizaines", 10.0), ("centaines", 100.0), ("milliers", 1e3), ("millions", 1e6),
    ("milliards", 1e9), ("tens", 10.0), ("dozens", 12.0), ("hundreds", 100.0),
    ("thousands", 1e3), ("billions", 1e9),
]);

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Frac {
    Plain,
    /// English "half", "a third": only before "of", "the"… ("a third time" is no fraction).
    BeforeOf,
    Majority,
}

/// Proportions in words, as percentages.
#[rustfmt::skip]
pub(super) static FRACTIONS: Table<(f64, Frac)> = Table::new(&[
    ("la moitie", (50.0, Frac::Plain)), ("un tiers", (100.0 / 3.0, Frac::Plain)),
    ("le tiers", (100.0 / 3.0, Frac::Plain)), ("deux tiers", (200.0 / 3.0, Frac::Plain)),
    ("les deux tiers", (200.0 / 3.0, Frac::Plain)), ("un quart", (25.0, Frac::Plain)),
    ("le quart", (25.0, Frac::Plain)), ("trois quarts", (75.0, Frac::Plain)),
    ("les trois quarts", (75.0, Frac::Plain)), ("la majorite", (50.0, Frac::Majority)),
    ("la plupart", (50.0, Frac::Majority)), ("half", (50.0, Frac::BeforeOf)),
    ("a third", (100.0 / 3.0, Frac::BeforeOf)), ("one third", (100.0 / 3.0, Frac::Plain)),
    ("one - third", (100.0 / 3.0, Frac::Plain)), ("two thirds", (200.0 / 3.0, Frac::Plain)),
    ("two - thirds", (200.0 / 3.0, Frac::Plain)), ("a quarter", (25.0, Frac::BeforeOf)),
    ("one quarter", (25.0, Frac::Plain)), ("three quarters", (75.0, Frac::Plain)),
    ("three - quarters", (75.0, Frac::Plain)), ("the majority", (50.0, Frac::Majority)),
    ("a majority", (50.0, Frac::Majority)),
]);
/// Between a number and what it counts: « d’Ukrainiens », "of people".
pub(super) static OF: Table<()> =
    Table::new(&[("de", ()), ("d '", ()), ("des", ()), ("du", ()), ("of", ())]);
#[rustfmt::skip]
/// After [`OF`]: « de la population », "of the exports".
pub(super) static ARTICLES: Table<()> = Table::new(&[
    ("la", ()), ("le", ()), ("les", ()), ("l '", ()), ("ses", ()), ("leurs", ()), ("ces", ()),
    ("nos", ()), ("the", ()), ("its", ()), ("their", ()), ("these", ()), ("those", ()),
    ("his", ()), ("her", ()), ("our", ()), ("all", ()),
]);
/// Words before a number that is a label, not a count: « article 49.3 », "page 12".
#[rustfmt::skip]
pub(super) const NOT_COUNTS: &[&str] = &[
    "article", "articles", "page", "pages", "p", "chapitre", "chapter", "numero", "number", "no",
    "n", "section", "tome", "alinea", "paragraphe", "resolution", "route", "vol", "version",
];
/// Words that are not a counted noun.
#[rustfmt::skip]
pub(super) const STOP: &[&str] = &[
    "de", "des", "du", "d", "la", "le", "les", "l", "un", "une", "et", "ou", "en", "a", "au",
    "aux", "pour", "par", "sur", "sous", "dans", "avec", "sans", "que", "qui", "qu", "ne", "n",
    "se", "s", "il", "elle", "ils", "elles", "on", "nous", "vous", "eux", "est", "sont", "ont",
    "ete", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "mais", "plus",
    "moins", "entre", "contre", "selon", "depuis", "apres", "avant", "pendant", "chez", "vers",
    "tres", "deja", "encore", "aussi", "y", "dont", "lors", "the", "an", "of", "and", "or",
    "in", "on", "at", "to", "for", "by", "with", "from", "as", "is", "are", "was", "were", "be",
    "been", "has", "have", "had", "that", "which", "who", "this", "these", "those", "its",
    "their", "his", "her", "than", "more", "less", "into", "over", "under", "about", "per",
    "not", "no", "also", "them", "us", "it", "he", "she", "they", "we", "you", "i", "fois",
    "may", "can", "will", "would", "could", "should", "must", "might", "did", "does", "do",
    "shall",
];

/// Before a collective: « des milliers », « plusieurs centaines », "several thousand".
#[rustfmt::skip]
pub(super) static DETERMINERS: Table<()> = Table::new(&[
    ("des", ()), ("plusieurs", ()), ("quelques", ()), ("several", ()), ("many", ()),
]);
/// After a fraction word, not a proportion: « un quart d’heure », « le tiers monde ».
#[rustfmt::skip]
pub(super) const NOT_FRACTIONS: &[&str] = &[
    "heure", "heures", "finale", "finales", "monde", "hour", "final", "century", "temps",
];

pub(super) fn currency_sign(c: char) -> Option<Currency> {
    Some(match c {
        '€' => Currency::Eur,
        '$' => Currency::Usd,
        '£' => Currency::Gbp,
        '₽' => Currency::Rub,
        '₸' => Currency::Kzt,
        '₴' => Currency::Uah,
        '¥' => Currency::Cny,
        _ => return None,
    })
}

/// « un », « une », "a" before an approximate number: « une dizaine », "a dozen".
pub(super) static ONE: Table<()> = Table::new(&[("un", ()), ("une", ()), ("a", ())]);

pub(super) static NOT_COUNT_WORDS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(NOT_COUNTS.iter().copied()));
pub(super) static STOP_WORDS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(STOP.iter().copied()));
pub(super) static NOT_FRACTION_WORDS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(NOT_FRACTIONS.iter().copied()));

/// The words a quantity in words can start with (see `word_core`): `alone` whatever
/// follows, `leads` before a word of `follows` or a punctuation mark only.
pub(super) struct Starts {
    pub alone: WordSet,
    pub leads: WordSet,
    pub follows: WordSet,
}

pub(super) static STARTS: LazyLock<Starts> = LazyLock::new(|| {
    fn firsts<T>(t: &[(&'static str, T)]) -> Vec<&'static str> {
        t.iter().filter_map(|e| e.0.split(' ').next()).collect()
    }
    let (mut alone, mut leads, mut follows) = (vec![], vec![], vec![]);
    // A pattern that starts a quantity only before its second item if it has one, else only
    // before a word of `then`.
    let mut before = |p: &'static str, then: &[&'static str]| {
        let mut items = p.split(' ');
        leads.extend(items.next());
        match items.next() {
            Some(second) => {
                follows.extend(Some(second).filter(|w| w.starts_with(char::is_alphabetic)))
            }
            None => follows.extend(then),
        }
    };
    for &(p, _) in FRACTIONS.entries {
        if p.contains(' ') {
            before(p, &[]);
        } else {
            alone.push(p);
        }
    }
    for &(p, _) in DETERMINERS.entries {
        before(p, &firsts(COLLECTIVES.entries));
    }
    for &(p, _) in ONE.entries {
        before(p, &firsts(APPROX_WORDS.entries));
    }
    for &(p, v) in NUMBER_WORDS.entries {
        if v == 1.0 {
            before(p, &firsts(SCALES.entries));
        } else {
            alone.extend(p.split(' ').next());
        }
    }
    alone.extend(firsts(COLLECTIVES.entries));
    Starts {
        alone: WordSet::new(alone),
        leads: WordSet::new(leads),
        follows: WordSet::new(follows),
    }
});

/// Every pattern above, and the words the scanner names itself.
pub(super) fn patterns() -> Vec<&'static str> {
    let mut all = vec!["us", "mille", "entre", "between", "et", "and", "of"];
    all.extend(QUALS.entries.iter().map(|e| e.0));
    all.extend(
        SCALES
            .entries
            .iter()
            .chain(ABBREVIATED.entries)
            .map(|e| e.0),
    );
    let tables = [
        PERCENT.entries,
        OF.entries,
        ARTICLES.entries,
        DETERMINERS.entries,
    ];
    all.extend(tables.into_iter().flatten().map(|e| e.0));
    all.extend(CURRENCIES.entries.iter().map(|e| e.0));
    all.extend(DEGREES.entries.iter().map(|e| e.0));
    let tables = [
        NUMBER_WORDS.entries,
        APPROX_WORDS.entries,
        COLLECTIVES.entries,
    ];
    all.extend(tables.into_iter().flatten().map(|e| e.0));
    all.extend(FRACTIONS.entries.iter().map(|e| e.0));
    all.extend(NOT_COUNTS.iter().chain(STOP).chain(NOT_FRACTIONS));
    all.extend(ONE.entries.iter().map(|e| e.0));
    all
}
