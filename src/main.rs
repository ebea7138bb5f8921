//! The `newsx` binary: see the `newsx-cli` crate.
#![forbid(unsafe_code)]

fn main() {
    std::process::exit(newsx_cli::main());
}
