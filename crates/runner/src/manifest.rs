//! The resume manifest: committed progress of a run writing to a file, kept beside it
//! (`<output>.newsx-manifest.json`) and replaced atomically after every committed batch.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::config::hex;
use crate::input::InputFile;

/// Committed progress of one output file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// Format version of this file.
    pub version: u32,
    /// SHA-256 of everything that shapes the output (config text, format, shard, extractors, version).
    pub config_hash: String,
    /// SHA-256 of the input list (paths, sizes, modification times).
    pub input_hash: String,
    /// Input documents (positions, every shard included) fully processed and written.
    pub documents: u64,
    /// Length of the output file holding exactly those documents.
    pub output_bytes: u64,
    /// Documents written so far (this shard only).
    pub written: u64,
    /// Error records written so far.
    pub errors: u64,
    /// True once the run finished.
    pub complete: bool,
}

/// Where the manifest of `output` lives.
pub fn manifest_path(output: &Path) -> PathBuf {
    let mut name = output.as_os_str().to_owned();
    name.push(".newsx-manifest.json");
    PathBuf::from(name)
}

/// The fingerprint of the inputs: paths, sizes and modification times, in order.
pub fn input_hash(files: &[InputFile]) -> String {
    let mut h = Sha256::new();
    for f in files {
        h.update(f.path.as_os_str().as_encoded_bytes());
        h.update([0]);
        h.update(f.size.unwrap_or(u64::MAX).to_le_bytes());
        h.update(f.mtime.unwrap_or(u128::MAX).to_le_bytes());
    }
    hex(&h.finalize())
}

/// A SHA-256 (hex) of the given parts, separated unambiguously.
pub fn hash_parts(parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update((p.len() as u64).to_le_bytes());
        h.update(p.as_bytes());
    }
    hex(&h.finalize())
}

impl Manifest {
    /// Reads a manifest.
    pub fn read(path: &Path) -> io::Result<Manifest> {
        let bytes = fs::read(path)?;
        serde_json::from_slice(&bytes).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
    }

    /// Writes it atomically: temporary file, fsync, rename, fsync of the directory.
    pub fn write(&self, path: &Path) -> io::Result<()> {
        let mut tmp = path.as_os_str().to_owned();
        tmp.push(".tmp");
        let tmp = PathBuf::from(tmp);
        {
            let mut f = File::create(&tmp)?;
            serde_json::to_writer_pretty(&mut f, self)?;
            f.write_all(b"\n")?;
            f.sync_all()?;
        }
        fs::rename(&tmp, path)?;
        if let Some(dir) = path.parent() {
            let dir = if dir.as_os_str().is_empty() {
                Path::new(".")
            } else {
                dir
            };
            if let Ok(d) = File::open(dir) {
                let _ = d.sync_all();
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_atomically() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out.jsonl");
        let path = manifest_path(&out);
        assert!(path
            .to_string_lossy()
            .ends_with("out.jsonl.newsx-manifest.json"));
        let m = Manifest {
            version: 1,
            config_hash: hash_parts(&["a", "b"]),
            input_hash: input_hash(&[]),
            documents: 5,
            output_bytes: 77,
            written: 5,
            errors: 1,
            complete: false,
        };
        m.write(&path).unwrap();
        assert_eq!(Manifest::read(&path).unwrap(), m);
        assert_ne!(hash_parts(&["ab", ""]), hash_parts(&["a", "b"]));
    }
}
