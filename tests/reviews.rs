//! Fact-checks: ClaimReview records in reviews/*.json give matching claims their verdict.

use std::path::Path;
use std::process::Command;

use attest::analysis::Code;
use attest::corpus::Corpus;

const REVIEWS: &str = r#"[
 {"@type": "ClaimReview", "claimReviewed": "Plus de 80 % du brut kazakh transite par le territoire russe",
  "reviewRating": {"ratingValue": 1, "bestRating": 5, "worstRating": 1, "alternateName": "Faux"},
  "author": {"name": "AFP Factuel"}, "datePublished": "2024-11-28", "url": "https://factuel.afp.com/x"},
 {"@type": "ClaimReview", "claimReviewed": "Le Kazakhstan partage avec la Russie la plus longue frontière terrestre continue au monde",
  "reviewRating": {"alternateName": "Trompeur"}},
 {"@type": "ClaimReview", "claimReviewed": "Le Kazakhstan est le premier producteur mondial d'uranium",
  "reviewRating": {"alternateName": "Vrai"}}
]"#;

fn seeds_with_reviews() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for e in std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), dir.path().join(e.file_name())).unwrap();
    }
    std::fs::write(dir.path().join("attest.toml"), "").unwrap();
    std::fs::create_dir(dir.path().join("reviews")).unwrap();
    std::fs::write(dir.path().join("reviews/afp.json"), REVIEWS).unwrap();
    std::fs::write(
        dir.path().join("reviews/page.json"),
        "{\"@graph\": [{\"name\": \"not a review\"}]}",
    )
    .unwrap();
    dir
}

fn found(c: &Corpus, prefix: &str) -> Vec<(Code, String)> {
    let d = c
        .documents
        .iter()
        .position(|d| {
            d.path
                .file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with(prefix)
        })
        .unwrap();
    let text = &c.documents[d].text;
    c.findings_of(d)
        .iter()
        .map(|f| (f.code, f.span.of(text).to_string()))
        .collect()
}

#[test]
fn verdicts_become_findings_and_true_ones_silence_the_claim() {
    let dir = seeds_with_reviews();
    let c = Corpus::load(&[dir.path().to_path_buf()]);
    let f002 = found(&c, "002");
    assert!(
        f002.contains(&(Code::ClaimRefuted, "plus de 80% du brut kazakh".into())),
        "{f002:?}"
    );
    assert!(
        !f002
            .iter()
            .any(|(code, t)| *code == Code::ClaimUnsourced && t.contains("uranium")),
        "true: no finding"
    );
    let f000 = found(&c, "000");
    assert!(
        f000.contains(&(
            Code::ClaimDisputed,
            "la plus longue frontière terrestre continue au monde".into()
        )),
        "{f000:?}"
    );
    let side = c.side_files();
    assert!(
        side.iter()
            .any(|s| s.path.ends_with("page.json") && s.findings[0].code == Code::KbInvalid)
    );
}

#[test]
fn check_exits_1_on_a_refuted_claim() {
    let dir = seeds_with_reviews();
    let o = Command::new(env!("CARGO_BIN_EXE_attest"))
        .arg("check")
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("error[claim-refuted]") && out.contains("AFP Factuel"),
        "{out}"
    );
}
