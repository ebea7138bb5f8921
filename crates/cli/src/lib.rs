//! newsx-cli (in progress).
#![forbid(unsafe_code)]
