//! A built corpus installed in its root: the open documents not checked noted (their writer
//! told once), the readings of the open documents kept, the versions built recorded; the
//! documents of a superseded build put back in waiting.

use std::sync::Arc;

use super::Session;
use super::jobs::Built;
use crate::corpus::Corpus;

/// What installing one build did.
pub(crate) struct Install {
    /// The corpus the new one replaced: what was shown of it is the server's to compare,
    /// and it is to be dropped once the session is unlocked (freeing a whole corpus takes
    /// milliseconds that no request should wait).
    pub(crate) previous: Arc<Corpus>,
    /// What to tell the writer about open documents not checked, once each.
    pub(crate) unchecked: Vec<String>,
}

impl Session {
    /// Installs a build's corpus in its root; `None` when a newer edit superseded the build,
    /// whose documents then wait for the next one.
    pub(crate) fn install(&mut self, mut b: Built) -> Option<Install> {
        let Some(new) = b.corpus else {
            self.pending.extend(b.paths);
            return None;
        };
        let mut unchecked = Vec::new();
        for path in &b.paths {
            match b.unchecked.iter().find(|(p, _)| p == path) {
                // Told once, not at every edit.
                Some((_, message)) if self.unchecked.insert(path.clone()) => {
                    unchecked.push(message.clone())
                }
                Some(_) => {}
                None => {
                    self.unchecked.remove(path);
                }
            }
        }
        for (path, version, read) in std::mem::take(&mut b.readings) {
            self.keep_readings(&path, version, read);
        }
        let root = &mut self.roots[b.root];
        root.built.extend(b.versions);
        let previous = std::mem::replace(&mut root.corpus, new);
        Some(Install {
            previous,
            unchecked,
        })
    }
}
