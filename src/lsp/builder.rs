//! The one thread that builds corpora. Edits mark documents pending and wake it; it waits out
//! the debounce, takes every pending change at once, patches edits into a large corpus or
//! rebuilds on a worker, installs the new corpora and publishes the diagnostics that
//! changed. Being alone, it never installs an older build over a newer one.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering::Acquire};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crossbeam_channel::{Receiver, RecvTimeoutError, select};
use ls_types as lsp;

use super::client::{Client, diagnostics_body};
use super::diagnostics::{self, Computed};
use super::publication::install;
use super::server::{Builds, Server, Wake};
use super::workers::Workers;
use super::workspace::{Workspace, lock};
use crate::corpus::{DEFAULT_MAX_FILE_SIZE, Notice, PATCH_ABOVE};
use crate::process::{allocator, priority};
use crate::session::{Built, Job, build};

pub struct Builder {
    state: Arc<Mutex<Workspace>>,
    client: Client,
    wake: Wake,
    woken: Receiver<()>,
    builds: Arc<Builds>,
    workers: Workers,
    /// Rayon's threads for the whole rebuilds on `workers`, at background priority.
    background: Option<Arc<rayon::ThreadPool>>,
}

/// Starts the server's builder on a thread of its own.
pub fn start(server: &Server, woken: Receiver<()>) {
    let builder = Builder {
        state: server.state.clone(),
        client: server.client.clone(),
        wake: server.wake.clone(),
        woken,
        builds: server.builds.clone(),
        workers: Workers::new(),
        background: priority::background_pool(),
    };
    std::thread::spawn(move || builder.run());
}

/// How long the typing must stop before a large corpus is rebuilt whole.
const IDLE: Duration = Duration::from_millis(400);

/// How long nothing must change, and the client ask nothing, before the memory a large
/// build freed is given back to the system: the pages given back are faulted in again by
/// the next edit's analysis (a millisecond more for a keystroke in a 100 KB article), so a
/// writer's short pause keeps them; the next whole build reuses them meanwhile. Giving them
/// back holds the allocator's locks for milliseconds, which a request under way would wait
/// for, so it waits until the writer has stopped asking too (references asked one after
/// the other right after opening an article took twice as long).
const QUIET: Duration = Duration::from_secs(2);

/// Quiet for `QUIET` since the last change (the builder's timeout): how much longer to wait
/// before giving memory back, as the client asked something `since_asked` ago; none once
/// it has been quiet that long too, or never asked.
fn still_to_wait(since_asked: Option<Duration>) -> Option<Duration> {
    since_asked
        .and_then(|since| QUIET.checked_sub(since))
        .filter(|left| !left.is_zero())
}

impl Builder {
    fn run(self) {
        // The owed build failed: it is tried again after the next change, not every 400 ms.
        let mut failed = false;
        // A large build freed memory that is not given back yet (see `QUIET`).
        let mut freed = false;
        // How long to wait for a change before giving that memory back.
        let mut quiet = QUIET;
        loop {
            // A corpus with edits patched in owes a whole build once the typing stops.
            let owed = !failed && lock(&self.state).session.patched();
            let woken = match (owed, freed) {
                (true, _) => self.woken.recv_timeout(IDLE),
                (false, true) => self.woken.recv_timeout(quiet),
                (false, false) => (self.woken.recv()).map_err(|_| RecvTimeoutError::Disconnected),
            };
            quiet = QUIET;
            let idle = match woken {
                Ok(()) => false,
                Err(RecvTimeoutError::Timeout) if owed => true,
                Err(RecvTimeoutError::Timeout) => {
                    match still_to_wait(self.client.since_asked()) {
                        Some(left) => quiet = left,
                        None => {
                            allocator::give_back_freed_memory();
                            freed = false;
                        }
                    }
                    continue;
                }
                Err(RecvTimeoutError::Disconnected) => return,
            };
            if !idle {
                let debounce = lock(&self.state).settings.debounce;
                if !debounce.is_zero() {
                    std::thread::sleep(debounce);
                }
            }
            let (jobs, typing) = {
                let mut ws = lock(&self.state);
                let max_file_size = ws.settings.max_file_size.unwrap_or(DEFAULT_MAX_FILE_SIZE);
                ws.session.take_round(idle, max_file_size)
            };
            if jobs.is_empty() {
                continue;
            }
            match self.rebuild(jobs, typing, idle) {
                Ok(large) => freed |= large,
                Err(()) => failed = idle,
            }
            failed &= idle;
        }
    }

    /// Rebuilds (or patches) the corpora the jobs touch, installs them, publishes what
    /// changed.
    ///
    /// `typing` is given when every job is `Job::typing`: the workspace's revision when the
    /// jobs were taken. Such a build stops as soon as the revision moves (an edit, an open, a
    /// close), at its next look at the stop check (see `Corpus::build_unless`), and drops
    /// what it built, installing nothing; its documents wait for the next build. The whole
    /// build owed once the typing stops (`idle`) runs on a worker: the builder stops waiting
    /// for it when the revision moves, puts its documents back in `pending` and goes on to
    /// patch the new edit in; the corpus stays patched, and the build owed. Requests waiting
    /// for a build are woken as soon as it is installed. Whether a large corpus built whole
    /// replaced another (much memory freed); an error when the build failed (a panic
    /// inside, caught).
    fn rebuild(&self, jobs: Vec<Job>, typing: Option<u64>, idle: bool) -> Result<bool, ()> {
        let patched = jobs.iter().all(|j| j.changes.patch);
        let paths: Vec<PathBuf> = jobs.iter().flat_map(Job::paths).collect();
        // The revision as it moves, looked at without the workspace's lock.
        let revision = lock(&self.state).session.revision_counter();
        let typed_since = move |now: &AtomicU64| typing.is_some_and(|r| now.load(Acquire) != r);
        let built = match typing.filter(|_| idle) {
            // On this thread: a patch is a few milliseconds, and no rebuild that does not
            // give way is waited for any less; a panic inside is one dropped build.
            None => catch_unwind(AssertUnwindSafe(|| {
                let stop = || typed_since(&revision);
                build_all(&self.state, jobs, &stop, Some(&self.client))
            }))
            .map_err(drop),
            // On a worker: the builder stops waiting for it when an edit comes.
            Some(_) => {
                let (done, task) = crossbeam_channel::bounded(1);
                self.workers.run(Box::new({
                    let (state, client) = (self.state.clone(), self.client.clone());
                    let (pool, revision) = (self.background.clone(), revision.clone());
                    move || {
                        // The builder's workers run nothing but whole rebuilds: they and
                        // their parallel part yield to a keystroke's patch and the requests.
                        priority::background();
                        let stop = || typed_since(&revision);
                        let build = || build_all(&state, jobs, &stop, Some(&client));
                        let _ = done.send(match pool {
                            Some(pool) => pool.install(build),
                            None => build(),
                        });
                    }
                }));
                // Each wake is an edit or a change on disk; the rebuild gives way to an edit,
                // and the wakes it takes are given back for the loop.
                let mut woken = false;
                let built = loop {
                    select! {
                        recv(task) -> built => break built.map_err(drop),
                        recv(self.woken) -> _ => woken = true,
                    }
                    if typed_since(&revision) {
                        // The rebuild sees it too, and stops at its next look.
                        lock(&self.state).session.pending.extend(paths);
                        let _ = self.wake.try_send(());
                        return Ok(false);
                    }
                };
                if woken {
                    let _ = self.wake.try_send(());
                }
                built
            }
        };
        let Ok(mut built) = built else {
            let message = "attest: a rebuild failed and was dropped (see the server's log)";
            self.client.log(lsp::MessageType::ERROR, message.into());
            return Err(());
        };
        let notices: Vec<Notice> = built
            .iter_mut()
            .flat_map(|(b, _)| std::mem::take(&mut b.notices))
            .collect();
        let installed = install(&mut lock(&self.state), built);
        if !installed.replaced.is_empty() {
            // The requests waiting for it answer now, not once what it replaced is freed.
            self.builds.installed();
        }
        if installed.superseded {
            let _ = self.wake.try_send(());
        }
        for (uri, diagnostics, version) in installed.publish {
            self.client
                .send(diagnostics_body(&uri, &diagnostics, version));
        }
        notices.iter().for_each(|n| self.client.notice(n));
        for message in installed.unchecked {
            self.client.show(lsp::MessageType::WARNING, message);
        }
        if installed.refresh {
            // Answered whenever the client likes.
            self.client
                .request("workspace/diagnostic/refresh", &(), |_| {});
        }
        // A large corpus built whole replaced one that shared little with it: what the old
        // one held is freed out of the lock, and on a worker, as it takes milliseconds the
        // next keystroke's patch must not wait for; its pages are given back once all is
        // quiet. A patch's corpus shares nearly all with the one it replaced.
        let replaced = installed.replaced;
        let large = !patched && (replaced.iter()).any(|c| c.documents.len() > PATCH_ABOVE);
        if large {
            self.workers.run(Box::new(move || drop(replaced)));
        } else {
            drop(replaced);
        }
        Ok(large)
    }
}

/// The blocking half of a rebuild: each job's corpus, and for push clients the diagnostics
/// that changed (`diagnostics::of_build`). Every job stops as soon as `stop` says so, its corpus dropped.
///
/// Given a `client`, the edited documents' diagnostics go out as soon as they are
/// computed, before the other documents' (the writer waits for its own first): they are
/// of the whole new corpus, for the version the writer still has, so they are what the
/// install would publish; the others follow it. Without one, all wait for the install.
fn build_all(
    state: &Mutex<Workspace>,
    jobs: Vec<Job>,
    stop: &(dyn Fn() -> bool + Sync),
    client: Option<&Client>,
) -> Vec<(Built, Computed)> {
    jobs.into_iter()
        .map(|job| {
            let b = build(job, stop);
            match diagnostics::of_build(state, &b, stop, client) {
                Some(computed) => (b, computed),
                None => (Built::superseded(b.root, b.paths), Computed::new()),
            }
        })
        .collect()
}

#[cfg(test)]
#[path = "builder_properties.rs"]
mod properties;

#[cfg(test)]
#[path = "builder_rounds_tests.rs"]
mod rounds_tests;
