//! newsx-ner: the named-entity tagger (in progress; not registered with the runner yet).
#![forbid(unsafe_code)]
