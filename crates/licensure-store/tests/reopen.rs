//! Closing a store and opening it again in the same process, as the app does when it
//! restores a backup or opens the data again after another process let go: the storage
//! engine releases its own file lock a moment after the last handle is dropped, and an open
//! in that moment must wait for it, not fail. Another holder of the process lock is still
//! refused at once.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use licensure_core::reminder::DeadlineMark;
use licensure_store::{Store, StoreError};

/// Spins on every core until dropped, so that the engine's background threads are slow to
/// finish, as on a loaded machine.
struct BusyCores {
    stop: Arc<AtomicBool>,
    threads: Vec<std::thread::JoinHandle<()>>,
}

impl BusyCores {
    fn start() -> BusyCores {
        let stop = Arc::new(AtomicBool::new(false));
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        let threads = (0..cores * 2)
            .map(|_| {
                let stop = stop.clone();
                std::thread::spawn(move || {
                    let mut x: u64 = 1;
                    while !stop.load(Ordering::Relaxed) {
                        x = std::hint::black_box(
                            x.wrapping_mul(6364136223846793005).wrapping_add(1),
                        );
                    }
                })
            })
            .collect();
        BusyCores { stop, threads }
    }
}

impl Drop for BusyCores {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        for t in self.threads.drain(..) {
            let _ = t.join();
        }
    }
}

#[test]
fn a_store_closed_and_opened_again_200_times_under_load_always_opens() {
    let _busy = BusyCores::start();
    let dir = tempfile::tempdir().expect("temp dir");
    for round in 0..200 {
        let store = Store::open(dir.path())
            .unwrap_or_else(|e| panic!("round {round}: open after close failed: {e:?}"));
        // A durable write, so that the engine has background work in flight when it closes.
        let key = format!("c{}:expiry:2027-01-01", round % 7);
        store
            .set_deadline_mark(&key, Some(&DeadlineMark::Done))
            .unwrap_or_else(|e| panic!("round {round}: write failed: {e:?}"));
        assert_eq!(
            store.deadline_marks().expect("marks").len(),
            (round + 1).min(7),
            "round {round}: what was written before the close is read after it"
        );
        drop(store);
    }
}

#[test]
fn a_store_still_open_keeps_a_second_open_out_at_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path()).expect("open");
    match Store::open(dir.path()) {
        Err(StoreError::InUse(path)) => assert_eq!(path, dir.path()),
        other => panic!("expected in use, got {other:?}"),
    }
    drop(store);
    Store::open(dir.path()).expect("open once the first is closed");
}
