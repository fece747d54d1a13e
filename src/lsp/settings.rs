//! What the editor configures: through `initializationOptions` or
//! `workspace/didChangeConfiguration`, either bare or under an `attest` key:
//! `{"diagnostics": {"debounceMs": 150, "scope": "openFiles"}, "severity": {"claim-hedged":
//! "warning"}, "maxFileSize": 10485760}`.

use std::collections::HashMap;
use std::time::Duration;

use crate::analysis::{Code, Finding, Severity};

/// Which documents' diagnostics the server pushes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Scope {
    /// The documents open in the editor (and files of settings and knowledge that have
    /// problems): what the writer is working on, at once, whatever the corpus's size.
    #[default]
    OpenFiles,
    /// Every article of the corpus, for a Problems panel over the whole workspace.
    Workspace,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    pub debounce: Duration,
    pub scope: Scope,
    pub severity: HashMap<Code, Severity>,
    pub max_file_size: Option<u64>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            debounce: Duration::from_millis(150),
            scope: Scope::default(),
            severity: HashMap::new(),
            max_file_size: None,
        }
    }
}

impl Settings {
    /// The editor's severities over the corpus's.
    pub fn override_severities(&self, findings: &mut [Finding]) {
        for f in findings {
            if let Some(&s) = self.severity.get(&f.code) {
                f.severity = s;
            }
        }
    }

    /// Settings read from the client's JSON over these; what is malformed is named in the
    /// returned messages and left as it was.
    pub fn merge(&mut self, value: &serde_json::Value) -> Vec<String> {
        let value = value.get("attest").unwrap_or(value);
        let s = self;
        let mut problems = Vec::new();
        if let Some(ms) = value.pointer("/diagnostics/debounceMs") {
            match ms.as_u64() {
                Some(ms) => s.debounce = Duration::from_millis(ms.min(10_000)),
                None => problems.push(format!(
                    "diagnostics.debounceMs: expected milliseconds, got {ms}"
                )),
            }
        }
        if let Some(scope) = value.pointer("/diagnostics/scope") {
            match scope.as_str() {
                Some("openFiles") => s.scope = Scope::OpenFiles,
                Some("workspace") => s.scope = Scope::Workspace,
                _ => problems.push(format!(
                    "diagnostics.scope: expected \"openFiles\" or \"workspace\", got {scope}"
                )),
            }
        }
        if let Some(map) = value.get("severity").and_then(|v| v.as_object()) {
            for (code, level) in map {
                match (Code::parse(code), level.as_str().and_then(Severity::parse)) {
                    (Some(c), Some(l)) => {
                        s.severity.insert(c, l);
                    }
                    _ => problems.push(format!("severity.{code}: unknown code or level {level}")),
                }
            }
        }
        if value.get("language").is_some() {
            problems.push(
                "language: not a setting (any more): Attest reads French and English articles alike"
                    .into(),
            );
        }
        if let Some(size) = value.get("maxFileSize") {
            match size.as_u64() {
                Some(size) => s.max_file_size = Some(size),
                None => problems.push(format!("maxFileSize: expected bytes, got {size}")),
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn settings_are_read_bare_or_under_attest() {
        let mut s = Settings::default();
        let problems = s.merge(&json!({
            "attest": {"diagnostics": {"debounceMs": 0}, "severity": {"claim-hedged": "warning"}}
        }));
        assert!(problems.is_empty());
        assert_eq!(s.debounce, Duration::ZERO);
        assert_eq!(s.severity[&Code::ClaimHedged], Severity::Warning);
        assert_eq!(s.scope, Scope::OpenFiles, "open files by default");
        s.merge(&json!({"maxFileSize": 1000, "diagnostics": {"scope": "workspace"}}));
        assert_eq!(s.max_file_size, Some(1000));
        assert_eq!(s.scope, Scope::Workspace);
        assert_eq!(s.debounce, Duration::ZERO, "earlier settings are kept");
    }

    #[test]
    fn malformed_settings_are_named_and_ignored() {
        let mut s = Settings::default();
        let problems = s.merge(&json!({
            "diagnostics": {"debounceMs": "fast", "scope": "everything"},
            "severity": {"claim-made-up": "error"}, "language": "fr", "maxFileSize": "10 MB"
        }));
        assert_eq!(problems.len(), 5, "{problems:?}");
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with("maxFileSize: expected bytes"))
        );
        assert_eq!(s, Settings::default());
    }
}
