//! The app's own files (WebAssembly, script, style) served brotli-compressed.
//!
//! A member on a small data plan downloads the WebAssembly once per version
//! of the app. Compressing it on every request costs the server, and only
//! gzip is quick enough for that; brotli at its best quality saves about a
//! fifth more, but takes seconds — so it is done once, after a new build,
//! into a `.br` file next to each, which the file service hands to browsers
//! that accept it.

use std::path::{Path, PathBuf};

/// Files worth compressing (the rest of `pkg/` is type declarations).
const COMPRESSIBLE: [&str; 3] = ["wasm", "js", "css"];

fn compressed_path(file: &Path) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(".br");
    PathBuf::from(name)
}

fn sources(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().and_then(|e| e.to_str()).is_some_and(|e| COMPRESSIBLE.contains(&e)))
        .collect();
    files.sort();
    files
}

fn modified(p: &Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(p).and_then(|m| m.modified()).ok()
}

/// Whether `compressed` was made from the file as it is now: each copy is
/// stamped with the modification time its file had when it was read, so a
/// new build (even one landing while the copy was being made) no longer
/// matches.
fn fresh(file: &Path, compressed: &Path) -> bool {
    matches!((modified(file), modified(compressed)), (Some(f), Some(c)) if c == f)
}

/// Removes every compressed copy older than its file, before the server
/// answers anyone: a browser must never be given last build's WebAssembly
/// under this build's name. Quick (no compression); returns what it removed.
pub fn drop_stale(dir: &Path) -> Vec<PathBuf> {
    let mut dropped = Vec::new();
    for file in sources(dir) {
        let br = compressed_path(&file);
        if br.exists() && !fresh(&file, &br) && std::fs::remove_file(&br).is_ok() {
            dropped.push(br);
        }
    }
    dropped
}

/// Writes the missing compressed copies (slow: run it off the async
/// threads). Each is written under a temporary name and renamed, so a
/// request never reads half a file. Returns (file, size, compressed size).
pub fn precompress(dir: &Path) -> std::io::Result<Vec<(PathBuf, u64, u64)>> {
    let mut made = Vec::new();
    for file in sources(dir) {
        let br = compressed_path(&file);
        if fresh(&file, &br) {
            continue;
        }
        let Some(stamp) = modified(&file) else { continue };
        let bytes = std::fs::read(&file)?;
        let mut out = Vec::with_capacity(bytes.len() / 3);
        let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
        brotli::BrotliCompress(&mut bytes.as_slice(), &mut out, &params)?;
        // Two servers started at once on one site each write their own.
        let tmp = PathBuf::from(format!("{}.{}.tmp", br.display(), std::process::id()));
        std::fs::write(&tmp, &out)?;
        std::fs::File::options().write(true).open(&tmp)?.set_modified(stamp)?;
        std::fs::rename(&tmp, &br)?;
        made.push((file, bytes.len() as u64, out.len() as u64));
    }
    Ok(made)
}

/// At start: drops stale copies at once, then compresses in the background
/// (until it is done, the usual on-the-fly gzip answers).
pub fn prepare(pkg: PathBuf) {
    for gone in drop_stale(&pkg) {
        tracing::info!(file = %gone.display(), "stale compressed copy removed");
    }
    tokio::task::spawn_blocking(move || match precompress(&pkg) {
        Ok(made) => {
            for (file, size, compressed) in made {
                tracing::info!(file = %file.display(), size, compressed, "brotli copy written");
            }
        }
        // A read-only site directory: the files are still served, gzipped.
        Err(e) => tracing::warn!(error = %e, dir = %pkg.display(), "could not write brotli copies"),
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("pot-commun-assets-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn unbrotli(path: &Path) -> Vec<u8> {
        let mut out = Vec::new();
        brotli::Decompressor::new(std::fs::File::open(path).unwrap(), 4096).read_to_end(&mut out).unwrap();
        out
    }

    #[test]
    fn writes_a_copy_that_decodes_to_the_file_and_only_for_web_files() {
        let dir = scratch("copy");
        let wasm: Vec<u8> = (0..200_000u32).flat_map(|i| (i % 251).to_le_bytes()).collect();
        std::fs::write(dir.join("app.wasm"), &wasm).unwrap();
        std::fs::write(dir.join("app.js"), "export function start() { return 1; }\n".repeat(100)).unwrap();
        std::fs::write(dir.join("app.d.ts"), "declare const x: number;").unwrap();
        let made = precompress(&dir).unwrap();
        assert_eq!(made.len(), 2, "wasm and js, not the type declarations");
        assert_eq!(unbrotli(&dir.join("app.wasm.br")), wasm);
        assert!(!dir.join("app.d.ts.br").exists());
        let (_, size, compressed) = made.iter().find(|m| m.0.ends_with("app.wasm")).unwrap();
        assert!(compressed < &(size / 10), "{compressed} of {size}");
        assert!(precompress(&dir).unwrap().is_empty(), "done once, not at every start");
        assert!(drop_stale(&dir).is_empty());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_new_build_drops_the_old_copy_before_anyone_gets_it() {
        let dir = scratch("stale");
        std::fs::write(dir.join("app.wasm"), b"old build old build old build").unwrap();
        precompress(&dir).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(dir.join("app.wasm"), b"new build new build new build").unwrap();
        assert!(!fresh(&dir.join("app.wasm"), &dir.join("app.wasm.br")));
        assert_eq!(drop_stale(&dir), vec![dir.join("app.wasm.br")]);
        assert!(!dir.join("app.wasm.br").exists());
        assert_eq!(precompress(&dir).unwrap().len(), 1);
        assert_eq!(unbrotli(&dir.join("app.wasm.br")), b"new build new build new build");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
