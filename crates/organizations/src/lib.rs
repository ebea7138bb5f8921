//! newsx-organizations: the organizations extractor (in progress; not registered with the runner yet).
#![forbid(unsafe_code)]
