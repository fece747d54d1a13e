//! The real `attest` binary: output formats, exit codes, and one clear message per bad
//! file while the run goes on.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn attest(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_attest"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("attest runs")
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

#[test]
fn check_prints_compiler_style_lines() {
    let o = attest(&root(), &["check", "seeds"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    let line = out
        .lines()
        .find(|l| l.contains("[source-anonymous]"))
        .expect("an anonymous source in the seeds");
    assert!(
        line.starts_with("seeds/000_0ebfb2c6ff608d17.txt:11:1: warning[source-anonymous] "),
        "{line}"
    );
    assert!(stderr(&o).contains("5 articles checked"));
}

/// What a fact-checker acts on comes first and is short: errors and warnings are listed,
/// information and hints only with `--all`; the summary says what the warnings are and
/// what was left unlisted. The machine formats list everything.
#[test]
fn check_lists_what_to_act_on_and_says_what_it_left_out() {
    let severities = |out: &str| -> Vec<String> {
        out.lines()
            .filter(|l| !l.starts_with(' ')) // a related place's note
            .filter_map(|l| l.split(": ").nth(1))
            .filter_map(|s| s.split('[').next())
            .map(str::to_owned)
            .collect()
    };
    let o = attest(&root(), &["check", "seeds"]);
    let listed = severities(&stdout(&o));
    assert!(!listed.is_empty());
    assert!(
        listed.iter().all(|s| s == "warning" || s == "error"),
        "{listed:?}"
    );
    let summary = stderr(&o);
    assert!(
        summary.contains("warnings (") && summary.contains("claim-unsourced"),
        "{summary}"
    );
    assert!(
        summary.contains("not listed (--all lists them)"),
        "{summary}"
    );
    let all = attest(&root(), &["check", "--all", "seeds"]);
    let every = severities(&stdout(&all));
    assert!(every.iter().any(|s| s == "hint") && every.iter().any(|s| s == "information"));
    assert!(!stderr(&all).contains("not listed"), "{}", stderr(&all));
    let json = attest(&root(), &["check", "--format", "json", "seeds"]);
    assert_eq!(
        stdout(&json).lines().count(),
        every.len(),
        "JSON lists everything"
    );
}

#[test]
fn json_lines_count_columns_in_characters() {
    let o = attest(&root(), &["check", "--format", "json", "seeds"]);
    let text = std::fs::read_to_string(root().join("seeds/000_0ebfb2c6ff608d17.txt")).unwrap();
    let mut checked = 0;
    for line in stdout(&o).lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
        for k in [
            "file",
            "line",
            "column",
            "end_line",
            "end_column",
            "start_byte",
            "end_byte",
            "severity",
            "code",
            "message",
            "related",
        ] {
            assert!(keys.contains(&k), "{k} missing in {line}");
        }
        if v["file"] != "seeds/000_0ebfb2c6ff608d17.txt" {
            continue;
        }
        let start = v["start_byte"].as_u64().unwrap() as usize;
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let column = text[line_start..start].chars().count() + 1;
        assert_eq!(v["column"].as_u64().unwrap() as usize, column, "{line}");
        assert_eq!(
            v["line"].as_u64().unwrap() as usize,
            text[..start].matches('\n').count() + 1
        );
        checked += 1;
    }
    assert!(checked >= 3);
}

#[test]
fn sarif_is_a_sarif_2_1_0_log() {
    let o = attest(&root(), &["check", "--format", "sarif", "seeds"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["version"], "2.1.0");
    let results = v["runs"][0]["results"].as_array().unwrap();
    assert!(results.iter().any(|r| r["ruleId"] == "claim-unsourced"));
}

#[test]
fn exit_status_is_1_with_errors_and_2_on_bad_usage() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("attest.toml"),
        "[severity]\nclaim-unsourced = \"error\"\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "Titre\n\nLe pays partage la plus longue frontière terrestre continue au monde.\n",
    )
    .unwrap();
    let o = attest(dir.path(), &["check"]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert!(stdout(&o).contains("error[claim-unsourced]"));
    assert_eq!(
        attest(dir.path(), &["check", "--format", "xml"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(attest(dir.path(), &["frobnicate"]).status.code(), Some(2));
}

#[test]
fn a_path_that_does_not_exist_is_bad_usage_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Un titre\n\nTexte.\n").unwrap();
    for args in [
        &["check", "nonexistent"][..],
        &["check", "a.txt", "nonexistent"],
        &["check", "--format", "json", "nonexistent"],
        &["entities", "nonexistent"],
    ] {
        let o = attest(dir.path(), args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert_eq!(
            stderr(&o),
            "attest: nonexistent: no such file or folder\n",
            "{args:?}"
        );
        assert_eq!(stdout(&o), "", "{args:?}");
    }
    assert_eq!(
        attest(dir.path(), &["check", "a.txt"]).status.code(),
        Some(0)
    );
}

#[test]
fn every_command_has_help_with_examples() {
    for cmd in [
        vec!["--help"],
        vec!["check", "--help"],
        vec!["annotate", "--help"],
        vec!["entities", "--help"],
        vec!["eval", "--help"],
    ] {
        let o = attest(&root(), &cmd);
        assert!(o.status.success());
        assert!(stdout(&o).contains("Examples:"), "{cmd:?}");
    }
}

#[test]
fn brat_output_counts_code_points_and_ties_mentions_to_entities() {
    let o = attest(&root(), &["annotate", "seeds/003_b21e87a935b8b5cf.txt"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = std::fs::read_to_string(root().join("seeds/003_b21e87a935b8b5cf.txt")).unwrap();
    let chars: Vec<char> = text.chars().collect();
    let out = stdout(&o);
    let mut ids = std::collections::HashSet::new();
    let mut tokayev_ids = std::collections::HashSet::new();
    let mut sources = 0;
    for line in out.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        match &line[..1] {
            "T" => {
                let (kind, offsets) = fields[1].split_once(' ').unwrap();
                assert!(["Person", "Organization", "Location", "Other", "Claim"].contains(&kind));
                let pieces: Vec<String> = offsets
                    .split(';')
                    .map(|p| {
                        let (a, b) = p.split_once(' ').unwrap();
                        chars[a.parse::<usize>().unwrap()..b.parse::<usize>().unwrap()]
                            .iter()
                            .collect()
                    })
                    .collect();
                assert_eq!(pieces.join(" "), fields[2], "{line}");
                ids.insert(fields[0].to_string());
            }
            "N" => {
                let target = fields[1].split(' ').nth(1).unwrap();
                assert!(ids.contains(target), "{line}");
                if fields[2] == "Kassym-Jomart Tokaïev" {
                    tokayev_ids.insert(fields[1].split(' ').nth(2).unwrap().to_string());
                }
            }
            "A" => assert!(ids.contains(fields[1].split(' ').nth(1).unwrap()), "{line}"),
            // A Named claim's source: the claim, then the mention that names it.
            "R" => {
                let parts: Vec<&str> = fields[1].split(' ').collect();
                assert_eq!(parts[0], "Source", "{line}");
                let claim = parts[1].strip_prefix("Arg1:").unwrap();
                let source = parts[2].strip_prefix("Arg2:").unwrap();
                assert!(ids.contains(claim) && ids.contains(source), "{line}");
                sources += 1;
            }
            _ => panic!("unexpected line {line}"),
        }
    }
    assert_eq!(tokayev_ids.len(), 1, "every Tokayev/Tokaïev shares one id");
    assert!(sources > 0, "a Named claim points at its source");
}

#[test]
fn entities_json_lists_kinds_forms_and_mentions() {
    let o = attest(&root(), &["entities", "--format", "json", "seeds"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let list = v.as_array().unwrap();
    let poutine = list
        .iter()
        .find(|e| e["name"] == "Vladimir Poutine")
        .expect("Poutine listed");
    assert_eq!(poutine["kind"], "person");
    let forms: Vec<&str> = poutine["forms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap())
        .collect();
    assert!(forms.contains(&"V. Poutine") && forms.contains(&"Poutine"));
    let m = &poutine["mentions"][0];
    for k in ["file", "line", "column", "text"] {
        assert!(!m[k].is_null(), "{k}");
    }
    for e in list {
        assert!(
            ["person", "organization", "location", "other"].contains(&e["kind"].as_str().unwrap())
        );
    }
}

#[test]
fn bad_files_get_one_message_each_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("attest.toml"), "[corpus]\nmax_file_size = 2000\n").unwrap();
    std::fs::write(
        d.join("good.txt"),
        "Titre\n\nSelon des sources proches du dossier, tout va bien.\n",
    )
    .unwrap();
    std::fs::write(
        d.join("latin1.txt"),
        b"Titre\n\nLe caf\xE9 est noir, selon les experts.\n",
    )
    .unwrap();
    std::fs::write(d.join("binary.txt"), b"PK\x03\x04\x00\x00\x00binary").unwrap();
    std::fs::write(d.join("empty.txt"), b"").unwrap();
    std::fs::write(d.join("huge.txt"), "mot ".repeat(1000)).unwrap();
    std::os::unix::fs::symlink(d.join("missing.txt"), d.join("dangling.txt")).unwrap();
    std::fs::create_dir(d.join("loop")).unwrap();
    std::os::unix::fs::symlink(d.join("loop"), d.join("loop/again")).unwrap();

    let o = attest(d, &["check"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    let once = |needle: &str| {
        assert_eq!(
            err.matches(needle).count(),
            1,
            "« {needle} » once in:\n{err}"
        );
    };
    once("latin1.txt: not valid UTF-8");
    once("binary.txt: skipped: binary file");
    once("empty.txt: empty article");
    once("huge.txt: skipped: 4.0 KB is over the 2.0 KB limit");
    once("dangling.txt: cannot read");
    once("symbolic link loop");
    let out = stdout(&o);
    assert!(
        out.contains("good.txt:3:1: warning[source-anonymous]"),
        "{out}"
    );
    assert!(
        out.contains("latin1.txt:3:19: warning[source-anonymous]"),
        "{out}"
    );
}

#[test]
fn annotate_merge_keeps_human_lines_and_adds_what_does_not_overlap() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Titre\n\nÀ l’été 🇰🇿, Vladimir Poutine a visité Astana. Zorglub parle à Moscou.\n";
    let start = text[..text.find("Zorglub").unwrap()].chars().count();
    let human = format!(
        "T7\tOrganization {start} {}\tZorglub\n#1\tAnnotatorNotes T7\tun groupe\nX9\tmystère\n",
        start + 7
    );
    std::fs::write(dir.path().join("a.txt"), text).unwrap();
    std::fs::write(dir.path().join("a.ann"), &human).unwrap();
    let o = attest(dir.path(), &["annotate", "a.txt", "--merge"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.starts_with(&human),
        "human lines first, unchanged:\n{out}"
    );
    let added: Vec<&str> = out[human.len()..].lines().collect();
    assert!(
        added
            .iter()
            .any(|l| l.starts_with("T8\tPerson") && l.ends_with("Vladimir Poutine")),
        "{added:?}"
    );
    assert!(
        !added.iter().any(|l| l.ends_with("\tZorglub")),
        "no overlap with T7"
    );
    let ids: Vec<&str> = out.lines().map(|l| l.split('\t').next().unwrap()).collect();
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "fresh unique ids");

    let w = attest(dir.path(), &["annotate", "a.txt", "--write"]);
    assert!(w.status.success());
    assert_eq!(
        std::fs::read_to_string(dir.path().join("a.ann")).unwrap(),
        out
    );
}
