//! How the server asks the C library's allocator (glibc's) to keep its memory: in one arena
//! a core, and with the pages a large rebuild frees given back to the system. Elsewhere,
//! nothing.
//!
//! glibc makes up to eight arenas a core, one for each thread that allocates while another
//! holds an arena. The server builds corpora on several threads and frees them on others,
//! and the free space each arena keeps between live blocks stays with the process: the more
//! arenas, the more memory held for nothing after a day of edits. One arena for all threads
//! would keep the least, but the parallel indexing's threads would wait for its lock; one a
//! core keeps little and makes none wait.

/// One arena a core, to be set before the server starts any thread: glibc's tunable
/// `M_ARENA_MAX` (the `MALLOC_ARENA_MAX` variable).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
pub fn one_arena_a_core() {
    unsafe extern "C" {
        fn mallopt(param: std::ffi::c_int, value: std::ffi::c_int) -> std::ffi::c_int;
    }
    const M_ARENA_MAX: std::ffi::c_int = -8;
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let arenas = std::ffi::c_int::try_from(cores).unwrap_or(std::ffi::c_int::MAX);
    // SAFETY: `mallopt` takes two integers and returns a flag; it changes a limit of the
    // allocator, not any allocation.
    unsafe {
        mallopt(M_ARENA_MAX, arenas);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn one_arena_a_core() {}

/// Gives the pages the allocator holds free back to the system: glibc keeps them for the
/// process, and a whole build of a large corpus frees about as much as the corpus takes.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
pub fn give_back_freed_memory() {
    unsafe extern "C" {
        fn malloc_trim(pad: usize) -> std::ffi::c_int;
    }
    // SAFETY: glibc's `malloc_trim` takes any padding, returns a flag, and only releases
    // memory no allocation holds; it locks each arena while it works.
    unsafe {
        malloc_trim(0);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn give_back_freed_memory() {}
