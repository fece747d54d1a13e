//! Background threads yield the processor to the ones the writer waits for. A whole
//! rebuild after the typing stops runs on the builder's workers and rayon's threads; when a
//! keystroke comes meanwhile, its patch and the requests after it share the cores with that
//! rebuild until it sees the keystroke and stops. Linux gives each thread a nice value of
//! its own: the background threads take 10, and the scheduler serves the others first
//! (a thread at 10 weighs about a tenth of one at 0). Elsewhere, nothing: the nice value
//! is the whole process's there.

/// The nice value of a background thread: served after the others when they compete, at
/// full speed when alone.
#[cfg(target_os = "linux")]
const BACKGROUND: std::ffi::c_int = 10;

/// Lowers the calling thread's priority to `BACKGROUND`, never raises it (a server started
/// at 19 stays at 19); nothing if the system refuses.
#[cfg(target_os = "linux")]
pub fn background() {
    use std::ffi::{c_int, c_uint};
    unsafe extern "C" {
        fn getpriority(which: c_int, who: c_uint) -> c_int;
        fn setpriority(which: c_int, who: c_uint, prio: c_int) -> c_int;
    }
    const PRIO_PROCESS: c_int = 0;
    // SAFETY: both take integers and return one; with `who` 0 they read and change the
    // calling thread's nice value on Linux (setpriority(2), "Bugs"), and nothing else.
    unsafe {
        if getpriority(PRIO_PROCESS, 0) < BACKGROUND {
            setpriority(PRIO_PROCESS, 0, BACKGROUND);
        }
    }
}

#[cfg(not(target_os = "linux"))]
pub fn background() {}

/// Rayon's threads for the parallel part of work nobody waits for, at background priority;
/// none if the system gives no threads. Rayon's global threads stay at the normal priority:
/// a small corpus is rebuilt on them at each keystroke, and the writer waits for that.
pub fn background_pool() -> Option<std::sync::Arc<rayon::ThreadPool>> {
    let pool = (rayon::ThreadPoolBuilder::new())
        .thread_name(|i| format!("attest-background-{i}"))
        .start_handler(|_| background())
        .build();
    pool.ok().map(std::sync::Arc::new)
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    /// The calling thread's nice value.
    fn nice() -> i32 {
        let stat = std::fs::read_to_string("/proc/thread-self/stat").expect("/proc");
        // Fields after the command's closing parenthesis; the nice value is the 19th field.
        let after = &stat[stat.rfind(')').expect("stat") + 2..];
        after
            .split(' ')
            .nth(16)
            .expect("nice")
            .parse()
            .expect("a number")
    }

    #[test]
    fn a_background_thread_is_served_after_the_others() {
        let before = nice();
        let lowered = std::thread::spawn(|| {
            background();
            nice()
        });
        assert_eq!(lowered.join().unwrap(), BACKGROUND.max(before));
        assert_eq!(nice(), before, "only the calling thread");
    }

    #[test]
    fn the_background_pool_runs_at_background_priority() {
        let before = nice();
        let pool = background_pool().expect("threads");
        assert_eq!(pool.install(nice), BACKGROUND.max(before));
        assert_eq!(nice(), before, "only its own threads");
    }
}
