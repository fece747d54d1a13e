use super::*;
use proptest::prelude::*;

type Found<'t> = (&'t str, Option<i32>, Option<u8>, Option<u8>);

/// Each date of `text` as (span text, year, month, day).
fn found(text: &str) -> Vec<Found<'_>> {
    let all = find_dates(text);
    all.iter()
        .map(|d| (&text[d.span.start..d.span.end], d.year, d.month, d.day))
        .collect()
}

fn only(text: &str) -> Found<'_> {
    let all = found(text);
    assert_eq!(all.len(), 1, "{text:?}: {all:?}");
    all[0]
}

fn none(texts: &[&str]) {
    for text in texts {
        assert!(found(text).is_empty(), "{text:?}: {:?}", found(text));
    }
}

#[test]
fn day_and_month_with_weekday() {
    let text = "Vladimir Poutine a démarré mercredi 27 novembre au Kazakhstan";
    assert_eq!(
        only(text),
        ("mercredi 27 novembre", None, Some(11), Some(27))
    );
    assert_eq!(
        only("Ce 27 novembre, Izvestia"),
        ("27 novembre", None, Some(11), Some(27))
    );
    assert_eq!(
        only("Tokaïev le 17 juin."),
        ("17 juin", None, Some(6), Some(17))
    );
}

#[test]
fn day_month_and_year() {
    assert_eq!(
        only("le 27 novembre 2024 à Astana"),
        ("27 novembre 2024", Some(2024), Some(11), Some(27))
    );
    assert_eq!(
        only("le 3\u{a0}novembre\u{a0}2024"),
        ("3\u{a0}novembre\u{a0}2024", Some(2024), Some(11), Some(3))
    );
}

#[test]
fn first_of_the_month() {
    assert_eq!(only("le 1er mars"), ("1er mars", None, Some(3), Some(1)));
    assert_eq!(
        only("le 1er mars 2022"),
        ("1er mars 2022", Some(2022), Some(3), Some(1))
    );
}

#[test]
fn month_and_year() {
    let text = "La dernière visite remonte à novembre 2023.";
    assert_eq!(only(text), ("novembre 2023", Some(2023), Some(11), None));
    let text = "les sanctions imposées depuis mars 2014 par l’Union";
    assert_eq!(only(text), ("mars 2014", Some(2014), Some(3), None));
    assert_eq!(
        only("since March 2014"),
        ("March 2014", Some(2014), Some(3), None)
    );
}

#[test]
fn season_and_year_give_the_year() {
    assert_eq!(
        only("À l’été 2024, le président"),
        ("été 2024", Some(2024), None, None)
    );
    assert_eq!(
        only("à l'hiver 2023"),
        ("hiver 2023", Some(2023), None, None)
    );
    assert_eq!(
        only("in summer 2024"),
        ("summer 2024", Some(2024), None, None)
    );
    none(&["il a été 2024 fois"]);
}

#[test]
fn decades() {
    let text = "Dans les années 1920, plus de 1,3 million d'Ukrainiens";
    assert_eq!(only(text), ("années 1920", Some(1920), None, None));
    assert_eq!(only("in the 1920s"), ("1920s", Some(1920), None, None));
    assert_eq!(only("in the 1920’s"), ("1920’s", Some(1920), None, None));
}

#[test]
fn month_alone() {
    assert_eq!(
        only("En février, le ministère"),
        ("février", None, Some(2), None)
    );
    assert_eq!(
        only("depuis son invasion en février."),
        ("février", None, Some(2), None)
    );
    assert_eq!(only("in February"), ("February", None, Some(2), None));
    assert_eq!(only("fin février"), ("février", None, Some(2), None));
    assert_eq!(only("à la mi-mars"), ("mars", None, Some(3), None));
    assert_eq!(only("au mois de mai"), ("mai", None, Some(5), None));
    assert_eq!(only("novembre dernier"), ("novembre", None, Some(11), None));
    assert_eq!(only("plus loin en avril"), ("avril", None, Some(4), None));
}

#[test]
fn month_names_without_accents_or_in_capitals() {
    assert_eq!(only("le 3 fevrier").2, Some(2));
    assert_eq!(only("le 15 août").2, Some(8));
    assert_eq!(only("le 15 aout").2, Some(8));
    assert_eq!(only("le 25 décembre").2, Some(12));
    assert_eq!(only("LE 25 DECEMBRE 2023").1, Some(2023));
    assert_eq!(only("le 25 De\u{301}cembre").2, Some(12));
}

#[test]
fn iso_dates() {
    assert_eq!(
        only(" date 2023-01 Le pouvoir"),
        ("2023-01", Some(2023), Some(1), None)
    );
    assert_eq!(
        only("le 2023-01-15."),
        ("2023-01-15", Some(2023), Some(1), Some(15))
    );
    none(&["2023-13", "2014-2016", "2023-01-45", "x2023-01"]);
}

#[test]
fn numeric_dates() {
    assert_eq!(
        only("le 15/01/2023"),
        ("15/01/2023", Some(2023), Some(1), Some(15))
    );
    assert_eq!(
        only("on 01/15/2023"),
        ("01/15/2023", Some(2023), Some(1), Some(15))
    );
    none(&["24/7", "1/3", "13/13/2023"]);
}

#[test]
fn english_dates() {
    assert_eq!(
        only("on November 27, 2024."),
        ("November 27, 2024", Some(2024), Some(11), Some(27))
    );
    assert_eq!(
        only("on 27 November 2024"),
        ("27 November 2024", Some(2024), Some(11), Some(27))
    );
    let text = "Wednesday, November 27, 2024";
    assert_eq!(only(text), (text, Some(2024), Some(11), Some(27)));
    assert_eq!(
        only("the 27th of November"),
        ("27th of November", None, Some(11), Some(27))
    );
    assert_eq!(
        only("Nov. 27, 2024"),
        ("Nov. 27, 2024", Some(2024), Some(11), Some(27))
    );
}

#[test]
fn bare_years_only_after_a_trigger() {
    assert_eq!(only("in 2014, Russia"), ("2014", Some(2014), None, None));
    assert_eq!(only("En 2014, la Russie"), ("2014", Some(2014), None, None));
    assert_eq!(only("depuis 2014"), ("2014", Some(2014), None, None));
    assert_eq!(only("since 2014"), ("2014", Some(2014), None, None));
    assert_eq!(only("l’an 2000"), ("2000", Some(2000), None, None));
    assert_eq!(only("l'année 2023"), ("2023", Some(2023), None, None));
    assert_eq!(only("jusqu’en 2030").1, Some(2030));
    none(&[
        "the 2014 elections",
        "2014",
        "plus de 2000 soldats",
        "en 2000 %",
        "en 20140",
    ]);
}

#[test]
fn mars_and_may_need_a_day_or_year() {
    none(&[
        "sur Mars",
        "Mars est rouge",
        "I may go",
        "in may be",
        "3 may be",
        "a march",
        "May I?",
    ]);
    assert_eq!(only("le 3 mars").2, Some(3));
    assert_eq!(only("en mars").2, Some(3));
    assert_eq!(only("May 3").3, Some(3));
    assert_eq!(only("3 May 2024").1, Some(2024));
    assert_eq!(only("may 2024").2, Some(5));
    assert_eq!(only("in May").2, Some(5));
}

#[test]
fn abbreviations_need_a_day() {
    assert_eq!(
        only("le 12 nov. 2024"),
        ("12 nov. 2024", Some(2024), Some(11), Some(12))
    );
    none(&["sept 2024", "sept personnes", "sept 5 personnes", "Dec"]);
}

#[test]
fn seed_article_dates() {
    let text = include_str!("../../seeds/004_779f11e57f10b339.txt");
    let spans: Vec<&str> = found(text).into_iter().map(|d| d.0).collect();
    let expected = [
        "mercredi 27 novembre",
        "novembre 2023",
        "été 2024",
        "27 novembre",
        "20 octobre",
        "3 novembre",
        "mars 2014",
        "21 novembre",
    ];
    assert_eq!(spans, expected);
}

fn well_formed(text: &str) {
    let mut end = 0;
    for d in find_dates(text) {
        let s = d.span;
        assert!(
            end <= s.start && s.start < s.end && s.end <= text.len(),
            "{text:?}"
        );
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "{text:?}"
        );
        assert!(d.month.is_none_or(|m| (1..=12).contains(&m)), "{text:?}");
        assert!(d.day.is_none_or(|m| (1..=31).contains(&m)), "{text:?}");
        end = s.end;
    }
}

#[test]
fn every_slice_of_a_seed_is_well_formed() {
    let text = include_str!("../../seeds/004_779f11e57f10b339.txt");
    let bounds: Vec<usize> = (0..=text.len())
        .filter(|&b| text.is_char_boundary(b))
        .collect();
    for (n, &b) in bounds.iter().enumerate() {
        well_formed(&text[b..bounds[(n + 61).min(bounds.len() - 1)]]);
    }
}

proptest! {
    #[test]
    fn arbitrary_text_is_well_formed(s in "\\PC*") {
        well_formed(&s);
    }

    #[test]
    fn date_like_text_is_well_formed(s in "[0-9 /.,’'-]{0,12}(mars|May|novembre|été|années)?[0-9 /.,-]{0,12}") {
        well_formed(&s);
    }
}
