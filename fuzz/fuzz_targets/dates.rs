//! Fuzz target: the dates extractor(s) through the pipeline, with output checks.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static SETUP: OnceLock<newsx_fuzz::Setup> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let setup = SETUP.get_or_init(|| newsx_fuzz::Setup::new(&["dates"]));
    setup.check(&newsx_fuzz::document(data));
});
