//! How a long-running attest process shares the machine: the allocator's arenas and the
//! memory given back (`allocator`), and background threads that yield the processor
//! (`priority`). No protocol here: the language server calls them.

pub mod allocator;
pub mod priority;
