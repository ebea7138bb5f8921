//! newsx-entities: the entities extractor (in progress; not registered with the runner yet).
#![forbid(unsafe_code)]
