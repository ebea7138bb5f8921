//! newsx-dates: the dates extractor (in progress; not registered with the runner yet).
#![forbid(unsafe_code)]
