//! Output formats for `attest check`. (Being written.)
