//! `attest eval` with the real binary, on small corpora made for it: Attest's own
//! annotation read back as gold, one claim taken out of it, and two annotators whose
//! agreement is worked out by hand.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

fn attest(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_attest"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("attest runs")
}

fn json(o: &Output) -> Value {
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_slice(&o.stdout).expect("JSON on standard output")
}

fn group<'a>(v: &'a Value, name: &str) -> &'a Value {
    v["groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["name"] == name)
        .unwrap_or_else(|| panic!("no group {name} in {v:#}"))
}

fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn close(a: &Value, b: f64) {
    let a = a.as_f64().unwrap_or_else(|| panic!("{a} is not a number"));
    assert!((a - b).abs() < 1e-9, "{a} != {b}");
}

// Articles written for these tests, French and English, with « é », « ’ », a non-breaking
// space and an emoji before names, so that code points and bytes differ.
const ARTICLES: [(&str, &str); 3] = [
    (
        "fr/astana.txt",
        "Le Kazakhstan vote sur le nucléaire\n\n🇰🇿 L’été\u{a0}: selon Temur Umarov, 71 % des votants ont approuvé le projet dimanche à Astana. Le président Kassym-Jomart Tokaïev aurait fait savoir qu’il respecterait ce choix.\n\nSelon des sources proches du dossier, 12 sites ont été étudiés par le ministère de l’Énergie.\n",
    ),
    (
        "fr/moscou.txt",
        "Visite à Moscou\n\nKassym-Jomart Tokaïev a rencontré Vladimir Poutine à Moscou mardi. Plus de 80 % du brut kazakh passe par la Russie, selon Temur Umarov.\n",
    ),
    (
        "en/vote.txt",
        "Kazakhstan backs a nuclear plant\n\nVoters in Kazakhstan approved the plant with 71 percent in favour, according to Temur Umarov. President Kassym-Jomart Tokayev reportedly welcomed the result.\n\nThe ministry said 12 sites were studied in the north of the country.\n",
    ),
];

/// A gold corpus that is Attest's own `annotate --format brat` of the articles.
fn own_annotation(dir: &Path) {
    let texts = dir.join("texts");
    for (name, text) in ARTICLES {
        write(&texts, name, text);
    }
    for (name, text) in ARTICLES {
        let o = attest(&texts, &["annotate", name, "--format", "brat"]);
        assert_eq!(o.status.code(), Some(0));
        let ann = String::from_utf8(o.stdout).unwrap();
        write(&dir.join("gold"), name, text);
        write(&dir.join("gold"), &name.replace(".txt", ".ann"), &ann);
    }
}

#[test]
fn attest_s_own_annotation_as_gold_scores_one_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    own_annotation(dir.path());
    // What is compared is not nothing: names, claims, a named source, a hedge.
    let anns: String = ARTICLES
        .iter()
        .map(|(n, _)| {
            std::fs::read_to_string(dir.path().join("gold").join(n.replace(".txt", ".ann")))
                .unwrap()
        })
        .collect();
    for needed in [
        "\tPerson ",
        "\tLocation ",
        "\tClaim ",
        "Attribution",
        "\tSource Arg1:",
        "\tHedged T",
    ] {
        assert!(anns.contains(needed), "no {needed:?} in\n{anns}");
    }
    let v = json(&attest(
        dir.path(),
        &["eval", "gold", "--format", "json", "--details"],
    ));
    assert_eq!(
        v["differences"],
        Value::Array(vec![]),
        "{:#}",
        v["differences"]
    );
    for name in ["all", "fr", "en"] {
        let g = group(&v, name);
        for mode in ["strict", "lenient"] {
            for figure in ["precision", "recall", "f1"] {
                close(&g["entities"][mode]["micro"][figure], 1.0);
            }
        }
        close(&g["claims"]["precision"], 1.0);
        close(&g["claims"]["recall"], 1.0);
        close(&g["attribution"]["accuracy"], 1.0);
    }
    let all = group(&v, "all");
    close(&all["identity"]["f1"], 1.0);
    assert!(all["identity"]["names"].as_u64().unwrap() >= 10);
    close(&all["attribution"]["source_accuracy"], 1.0);
    close(&all["hedging"]["precision"], 1.0);
    close(&all["hedging"]["recall"], 1.0);
    assert_eq!(all["documents"], 3);
}

#[test]
fn a_gold_claim_removed_lowers_claim_precision_by_exactly_that() {
    let dir = tempfile::tempdir().unwrap();
    own_annotation(dir.path());
    let before = json(&attest(dir.path(), &["eval", "gold", "--format", "json"]));
    let claims = &group(&before, "all")["claims"];
    let n = claims["predicted"].as_u64().unwrap();
    assert!(n >= 3, "{claims}");
    // Take out the first claim of the English article and every line about it.
    let ann_path = dir.path().join("gold/en/vote.ann");
    let ann = std::fs::read_to_string(&ann_path).unwrap();
    let id = ann
        .lines()
        .find(|l| l.contains("\tClaim "))
        .and_then(|l| l.split('\t').next())
        .unwrap()
        .to_string();
    let kept: String = ann
        .lines()
        .filter(|l| {
            let mut words = l.split(['\t', ' ']);
            let first = words.next();
            first != Some(id.as_str()) && !words.any(|w| w == id || w == format!("Arg1:{id}"))
        })
        .map(|l| format!("{l}\n"))
        .collect();
    assert!(kept.len() < ann.len());
    std::fs::write(&ann_path, kept).unwrap();
    let after = json(&attest(dir.path(), &["eval", "gold", "--format", "json"]));
    let claims = &group(&after, "all")["claims"];
    assert_eq!(claims["predicted"].as_u64().unwrap(), n);
    assert_eq!(claims["right"].as_u64().unwrap(), n - 1);
    close(&claims["precision"], (n - 1) as f64 / n as f64);
    close(&claims["recall"], 1.0);
}

/// Two annotators of the same two articles. The second shifts « Russie » to « la
/// Russie », misses the ministry, adds « Astana », splits Umarov across the articles,
/// calls the hedged claim Anonymous and unhedged, and adds a claim.
fn two_annotators(dir: &Path) {
    let one = "Selon Temur Umarov, 80 % du brut passe par la Russie. Le ministère de l’Énergie aurait approuvé 12 projets à Astana.\n";
    let two = "Umarov said the pipeline carries most of the oil.\n";
    let at = |text: &str, w: &str| {
        let a = text[..text.find(w).unwrap()].chars().count();
        format!("{a} {}", a + w.chars().count())
    };
    let gold_one = format!(
        "T1\tPerson {}\tTemur Umarov\nN1\tReference T1 gold:umarov\tTemur Umarov\nT2\tLocation {}\tRussie\nN2\tReference T2 gold:russia\tRussie\nT3\tOrganization {}\tministère de l’Énergie\nN3\tReference T3 gold:energy\tministère de l’Énergie\nT4\tClaim {}\t80 % du brut passe par la Russie\nA1\tAttribution T4 Named\nR1\tSource Arg1:T4 Arg2:T1\nT5\tClaim {}\tLe ministère de l’Énergie aurait approuvé 12 projets\nA2\tAttribution T5 None\nA3\tHedged T5\n",
        at(one, "Temur Umarov"),
        at(one, "Russie"),
        at(one, "ministère de l’Énergie"),
        at(one, "80 % du brut passe par la Russie"),
        at(one, "Le ministère de l’Énergie aurait approuvé 12 projets"),
    );
    let other_one = format!(
        "T1\tPerson {}\tTemur Umarov\nN1\tReference T1 b:1\tUmarov\nT2\tLocation {}\tla Russie\nN2\tReference T2 b:2\tRussie\nT3\tLocation {}\tAstana\nN3\tReference T3 b:1\tAstana\nT4\tClaim {}\t80 % du brut\nA1\tAttribution T4 Named\nR1\tSource Arg1:T4 Arg2:T1\nT5\tClaim {}\taurait approuvé 12 projets\nA2\tAttribution T5 Anonymous\nT6\tClaim {}\tà Astana\nA3\tAttribution T6 None\n",
        at(one, "Temur Umarov"),
        at(one, "la Russie"),
        at(one, "Astana"),
        at(one, "80 % du brut"),
        at(one, "aurait approuvé 12 projets"),
        at(one, "à Astana"),
    );
    write(dir, "gold/fr/one.txt", one);
    write(dir, "gold/fr/one.ann", &gold_one);
    write(dir, "gold/en/two.txt", two);
    write(
        dir,
        "gold/en/two.ann",
        &format!(
            "T1\tPerson {}\tUmarov\nN1\tReference T1 gold:umarov\tTemur Umarov\n",
            at(two, "Umarov")
        ),
    );
    write(dir, "other/fr/one.ann", &other_one);
    write(
        dir,
        "other/en/two.ann",
        &format!(
            "T1\tPerson {}\tUmarov\nN1\tReference T1 b:3\tUmarov\n",
            at(two, "Umarov")
        ),
    );
}

#[test]
fn two_annotators_agree_as_worked_out_by_hand() {
    let dir = tempfile::tempdir().unwrap();
    two_annotators(dir.path());
    let v = json(&attest(
        dir.path(),
        &["eval", "gold", "--against", "other", "--format", "json"],
    ));
    let all = group(&v, "all");
    // Names: the other marks Umarov twice, « la Russie », « Astana »; two are exact, three
    // overlap a gold name of their kind; the gold has four.
    let strict = &all["entities"]["strict"];
    assert_eq!(strict["micro"]["right"], 2);
    assert_eq!(strict["micro"]["predicted"], 4);
    assert_eq!(strict["micro"]["gold"], 4);
    close(&strict["micro"]["f1"], 0.5);
    close(&strict["Person"]["f1"], 1.0);
    close(&strict["Location"]["precision"], 0.0);
    assert_eq!(
        strict["Organization"]["f1"],
        Value::Null,
        "nothing predicted"
    );
    close(&all["entities"]["lenient"]["micro"]["precision"], 0.75);
    close(&all["entities"]["lenient"]["micro"]["recall"], 0.75);
    // Identity: clusters pure (precision 1); Umarov split in two, 1/2 each → recall 3/4.
    close(&all["identity"]["precision"], 1.0);
    close(&all["identity"]["recall"], 0.75);
    close(&all["identity"]["f1"], 2.0 * 0.75 / 1.75);
    // Claims: 2 of the other's 3 overlap a gold claim; both gold claims are found.
    close(&all["claims"]["precision"], 2.0 / 3.0);
    close(&all["claims"]["recall"], 1.0);
    close(&all["claims"]["f1"], 0.8);
    // Attribution: Named agreed with the right source, None read as Anonymous.
    close(&all["attribution"]["accuracy"], 0.5);
    assert_eq!(all["attribution"]["confusion"]["None"]["Anonymous"], 1);
    close(&all["attribution"]["source_accuracy"], 1.0);
    // Hedging: the gold's one hedge missed; the other hedges nothing.
    close(&all["hedging"]["recall"], 0.0);
    assert_eq!(all["hedging"]["precision"], Value::Null);
    // Per language: the English article alone.
    let en = group(&v, "en");
    assert_eq!(en["documents"], 1);
    close(&en["entities"]["strict"]["micro"]["f1"], 1.0);
    assert_eq!(en["claims"], Value::Null);
}

#[test]
fn a_malformed_gold_line_is_reported_and_the_rest_scored() {
    let dir = tempfile::tempdir().unwrap();
    two_annotators(dir.path());
    let args = ["eval", "gold", "--against", "other", "--format", "json"];
    let clean = json(&attest(dir.path(), &args));
    let ann = dir.path().join("gold/en/two.ann");
    let mut text = std::fs::read_to_string(&ann).unwrap();
    // Line 3 uses spaces for tabs; line 4 is an event, another schema.
    text.push_str("T9 Person 0 6 Umarov\nE1\tSay:T1\n");
    std::fs::write(&ann, text).unwrap();
    let o = attest(dir.path(), &args);
    let stderr = String::from_utf8_lossy(&o.stderr).to_string();
    assert!(
        stderr.contains("gold/en/two.ann:3: fields are separated by spaces, not tabs"),
        "{stderr}"
    );
    let v = json(&o);
    assert_eq!(v["problems"][0]["line"], 3);
    assert_eq!(v["ignored"]["E lines (events)"], 1);
    assert_eq!(v["groups"], clean["groups"], "the rest scored as before");
}

#[test]
fn the_table_shows_each_language_and_the_details_each_difference() {
    let dir = tempfile::tempdir().unwrap();
    two_annotators(dir.path());
    let o = attest(
        dir.path(),
        &["eval", "gold", "--against", "other", "--details"],
    );
    assert_eq!(o.status.code(), Some(0));
    let out = String::from_utf8(o.stdout).unwrap();
    let head = out
        .lines()
        .find(|l| l.trim_start().starts_with("all"))
        .unwrap();
    let columns: Vec<&str> = head.split_whitespace().collect();
    assert_eq!(columns, ["all", "en", "fr"], "{out}");
    let f1 = out
        .lines()
        .find(|l| l.starts_with("entities strict F1"))
        .unwrap();
    let figures: Vec<&str> = f1.split_whitespace().skip(3).collect();
    assert_eq!(figures, ["0.500", "1.000", "0.333"], "{f1}");
    for line in [
        "gold/fr/one.txt:1: entity span: Location « la Russie » (gold Location « Russie »)",
        "gold/fr/one.txt:1: entity missed: Organization « ministère de l’Énergie »",
        "gold/fr/one.txt:1: entity extra: Location « Astana »",
        "gold/fr/one.txt:1: claim extra: « à Astana »",
        "gold/fr/one.txt:1: attribution Anonymous for « Le ministère de l’Énergie aurait approuvé 12 projets » (gold None)",
    ] {
        assert!(out.contains(line), "no {line:?} in\n{out}");
    }
}

#[test]
fn a_missing_folder_is_bad_usage() {
    let dir = tempfile::tempdir().unwrap();
    let o = attest(dir.path(), &["eval", "nowhere"]);
    assert_eq!(o.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("nowhere: no such folder"), "{stderr}");
    write(dir.path(), "plain/a.txt", "Text without annotation.\n");
    let o = attest(dir.path(), &["eval", "plain"]);
    assert_eq!(o.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("a.txt: no .ann beside it"), "{stderr}");
}
