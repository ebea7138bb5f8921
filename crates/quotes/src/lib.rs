//! newsx-quotes: the quotes extractor (in progress; not registered with the runner yet).
#![forbid(unsafe_code)]
