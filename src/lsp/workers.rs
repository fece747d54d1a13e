//! Threads for the work that must not hold the loop up: requests (`server`) and rebuilds
//! (`builder`).

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};

use crossbeam_channel::{Receiver, Sender};

/// Workers at most.
const WORKERS: usize = 16;

/// Threads kept once started, since a thread just made waits behind
/// every busy one for its first turn (milliseconds on a loaded machine), where a thread
/// woken from waiting goes first. One more is made when none is free, so that requests
/// waiting for a build never hold back the others, up to `WORKERS`: each thread keeps a
/// malloc arena of its own, and memory must stay flat however many requests come at once.
pub struct Workers {
    idle: Arc<AtomicUsize>,
    started: AtomicUsize,
    jobs: Sender<Job>,
    queue: Receiver<Job>,
}

type Job = Box<dyn FnOnce() + Send>;

impl Workers {
    pub fn new() -> Workers {
        let (jobs, queue) = crossbeam_channel::unbounded();
        Workers {
            idle: Arc::default(),
            started: AtomicUsize::new(0),
            jobs,
            queue,
        }
    }

    /// Runs `job` on a free worker, or a new one, or once one is free.
    pub fn run(&self, job: Job) {
        // A free worker is taken (it counted itself free before it waits for a job), or,
        // with every worker busy and no room for another, the job waits for one.
        let free = (self.idle.fetch_update(SeqCst, SeqCst, |n| n.checked_sub(1))).is_ok();
        if free || self.started.fetch_add(1, SeqCst) >= WORKERS {
            if !free {
                self.started.fetch_sub(1, SeqCst);
            }
            let _ = self.jobs.send(job);
            return;
        }
        let (idle, queue) = (self.idle.clone(), self.queue.clone());
        std::thread::spawn(move || {
            // A job that panics is its own end, not its worker's (nor the worker count's).
            let _ = catch_unwind(AssertUnwindSafe(job));
            loop {
                idle.fetch_add(1, SeqCst);
                match queue.recv() {
                    Ok(job) => {
                        let _ = catch_unwind(AssertUnwindSafe(job));
                    }
                    Err(_) => return,
                }
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    /// More requests at once than workers: each still runs, on at most `WORKERS` threads,
    /// and a free worker takes the next without a thread more.
    #[test]
    fn requests_run_on_at_most_the_workers_and_all_run() {
        let workers = Workers::new();
        let (release, released) = crossbeam_channel::unbounded::<()>();
        let (done, finished) = crossbeam_channel::unbounded();
        for i in 0..WORKERS + 5 {
            let (released, done) = (released.clone(), done.clone());
            workers.run(Box::new(move || {
                let _ = released.recv();
                let _ = done.send(i);
            }));
        }
        assert_eq!(workers.started.load(SeqCst), WORKERS);
        for _ in 0..WORKERS + 5 {
            release.send(()).unwrap();
        }
        let mut ran: Vec<usize> = (0..WORKERS + 5)
            .map(|_| finished.recv_timeout(Duration::from_secs(30)).unwrap())
            .collect();
        ran.sort();
        assert_eq!(ran, (0..WORKERS + 5).collect::<Vec<_>>());
        let next = done.clone();
        workers.run(Box::new(move || {
            let _ = next.send(99);
        }));
        assert_eq!(finished.recv_timeout(Duration::from_secs(30)), Ok(99));
        assert_eq!(workers.started.load(SeqCst), WORKERS, "no thread more");
    }
}
