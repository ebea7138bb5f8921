//! Fuzz target: the plain-text article reader (header line, title, body; BOM, CR, invalid UTF-8).
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsx_runner::input::parse_text_file;
use std::sync::OnceLock;

static SETUP: OnceLock<(newsx_runner::Config, newsx_fuzz::Setup)> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let (config, setup) = SETUP.get_or_init(|| {
        (
            newsx_fuzz::config_with(&[]),
            newsx_fuzz::Setup::new(&["dates"]),
        )
    });
    match parse_text_file(data, "fuzz.txt", &config.input) {
        Ok(doc) => setup.check(&doc),
        Err(e) => {
            let mut out = Vec::new();
            setup.serializer.doc_error(&e, "fuzz.txt:1", &mut out);
            serde_json::from_slice::<serde_json::Value>(&out).expect("error record is JSON");
        }
    }
});
