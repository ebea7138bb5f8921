//! The tagger's mentions: see [`newsx_core::mentions`].

pub use newsx_core::mentions::*;
