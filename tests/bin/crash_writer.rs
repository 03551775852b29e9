//! The writer side of the crash-safety test: a seeded random mix of credential creates,
//! updates and deletes against a real store, announced before and acknowledged after.
//!
//! Usage: `crash_writer DATA_DIR SEED OPS`. Protocol on standard output, one line each:
//! `open` once the store is open; `intent <op> <id> <notes>` before a store call;
//! `ack` once it returned Ok (the change is flushed); `refused` when it returned Err.
//! The parent kills this process with SIGKILL at random moments and checks that every
//! acknowledged change survived. Limits: credentials only (the other records share the same
//! commit path).

#![allow(clippy::expect_used, clippy::unwrap_used)] // a test program: failing loudly is the point

use std::io::Write;
use std::path::PathBuf;

use licensure_store::Store;

/// xorshift64*: small, seeded, good enough to pick operations.
struct Xorshift(u64);

impl Xorshift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

fn say(line: &str) {
    let mut out = std::io::stdout().lock();
    writeln!(out, "{line}").expect("stdout");
    out.flush().expect("stdout");
}

fn credential(id: &str, notes: &str) -> serde_json::Value {
    serde_json::json!({
        "id": id,
        "detail": {
            "kind": "board_certification",
            "board": "American Board of Internal Medicine",
            "specialty": "Internal Medicine",
            "body": "abms",
            "expires": "2029-12-31",
            "time_unlimited": false
        },
        "notes": notes
    })
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dir = PathBuf::from(&args[1]);
    let seed: u64 = args[2].parse().expect("seed");
    let ops: u64 = args[3].parse().expect("ops");
    let mut rng = Xorshift(seed.max(1));
    let store = Store::open(&dir).expect("open");
    say("open");
    let mut ids: Vec<String> = store
        .credentials()
        .expect("credentials")
        .into_iter()
        .map(|c| c.id)
        .collect();
    for n in 0..ops {
        let choice = rng.below(10);
        // Notes of varying length (up to ~6 KB) so some records span sled pages.
        let notes = format!("s{seed}n{n}-{}", "x".repeat(rng.below(6000) as usize));
        let (op, id) = if ids.is_empty() || choice < 4 {
            ("create", format!("w{seed}x{n}"))
        } else if choice < 8 {
            ("update", ids[rng.below(ids.len() as u64) as usize].clone())
        } else {
            ("delete", ids[rng.below(ids.len() as u64) as usize].clone())
        };
        say(&format!("intent {op} {id} {notes}"));
        let result = match op {
            "delete" => store.delete_credential(&id).map(|_| ()),
            _ => store
                .save_credential(
                    serde_json::from_value(credential(&id, &notes)).expect("credential"),
                )
                .map(|_| ()),
        };
        match result {
            Ok(()) => {
                say("ack");
                match op {
                    "create" => ids.push(id),
                    "delete" => ids.retain(|i| *i != id),
                    _ => {}
                }
            }
            Err(e) => say(&format!("refused {e}")),
        }
    }
}
