//! newsx-runner (in progress).
#![forbid(unsafe_code)]
