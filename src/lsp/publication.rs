//! A built corpus installed in its root, the readings of its open documents kept, the
//! documents of a superseded build put back in waiting; what to publish is `diagnostics`'.

use super::builder::keep_readings;
use super::diagnostics::{self, Publication};
use super::job::Built;
use super::workspace::Workspace;

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

/// Installs the new corpora, and puts the superseded jobs' documents back in waiting for
/// the next build.
pub(super) fn install(ws: &mut Workspace, built: Vec<Built>) -> Installed {
    let mut publish = Vec::new();
    let mut unchecked = Vec::new();
    let mut superseded = false;
    let mut replaced = Vec::new();
    for mut b in built {
        let Some(new) = b.corpus else {
            superseded = true;
            ws.pending.extend(b.paths);
            continue;
        };
        for path in &b.paths {
            match b.unchecked.iter().find(|(p, _)| p == path) {
                // Told once, not at every edit.
                Some((_, message)) if ws.unchecked.insert(path.clone()) => {
                    unchecked.push(message.clone())
                }
                Some(_) => {}
                None => {
                    ws.unchecked.remove(path);
                }
            }
        }
        for (path, version, read) in std::mem::take(&mut b.readings) {
            keep_readings(ws, &path, version, read);
        }
        let root = &mut ws.roots[b.root];
        root.built.extend(b.versions);
        let previous = std::mem::replace(&mut root.corpus, new);
        if !ws.flags.pull_diagnostics {
            publish.extend(diagnostics::after_install(
                ws,
                b.root,
                &previous,
                std::mem::take(&mut b.diagnostics),
            ));
        }
        replaced.push(previous);
    }
    Installed {
        publish,
        refresh: ws.flags.pull_diagnostics && ws.flags.diagnostic_refresh,
        unchecked,
        superseded,
        replaced,
    }
}
