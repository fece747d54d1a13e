//! A round of builds installed in the session (`Session::install`), and what the client is
//! owed of it: the diagnostics to push (`diagnostics::after_install`), a refresh for pull
//! clients, the writer told of documents not checked.

use super::diagnostics::{self, Computed, Publication};
use super::workspace::Workspace;
use crate::session::Built;

/// What an install did.
pub(super) struct Installed {
    /// The diagnostics to push: those that changed, and only for the version just built.
    pub(super) publish: Vec<Publication>,
    /// Whether pull clients should be told to pull again.
    pub(super) refresh: bool,
    /// What to tell the writer about open documents too large to check, once each.
    pub(super) unchecked: Vec<String>,
    /// A build was superseded: its documents wait for the next one.
    pub(super) superseded: bool,
    /// The corpora the new ones replaced (one a corpus installed), to drop once the
    /// workspace is unlocked: freeing a whole corpus takes milliseconds that no request
    /// should wait.
    pub(super) replaced: Vec<std::sync::Arc<crate::corpus::Corpus>>,
}

/// Installs the new corpora, each with the diagnostics its build computed for push clients,
/// and puts the superseded jobs' documents back in waiting for the next build.
pub(super) fn install(ws: &mut Workspace, built: Vec<(Built, Computed)>) -> Installed {
    let mut publish = Vec::new();
    let mut unchecked = Vec::new();
    let mut superseded = false;
    let mut replaced = Vec::new();
    for (b, computed) in built {
        let root = b.root;
        let Some(install) = ws.session.install(b) else {
            superseded = true;
            continue;
        };
        unchecked.extend(install.unchecked);
        if !ws.flags.pull_diagnostics {
            let previous = &install.previous;
            publish.extend(diagnostics::after_install(ws, root, previous, computed));
        }
        replaced.push(install.previous);
    }
    Installed {
        publish,
        refresh: ws.flags.pull_diagnostics && ws.flags.diagnostic_refresh,
        unchecked,
        superseded,
        replaced,
    }
}
