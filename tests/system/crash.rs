//! Crash safety: a writer process is killed with SIGKILL at random moments (while opening,
//! mid-write, mid-backup); after every kill the database opens, every acknowledged change is
//! there, and nothing is half-written.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use licensure_store::backup::{backups_dir, list_backups, read_document};
use licensure_store::document::parse_import;
use licensure_store::Store;

/// Independent data directories, each killed `KILLS_PER_DIR` times in a row.
const DIRS: u64 = 10;
const KILLS_PER_DIR: u64 = 22;
/// A kill lands uniformly within this many milliseconds after the start.
const MAX_DELAY_MS: u64 = 500;

struct Xorshift(u64);

impl Xorshift {
    fn below(&mut self, n: u64) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D) % n.max(1)
    }
}

/// What the writer said before it died.
#[derive(Debug, Default)]
struct Transcript {
    opened: bool,
    acknowledged: Vec<(String, String, String)>,
    in_flight: Option<(String, String, String)>,
}

fn read_transcript(lines: Vec<String>) -> Transcript {
    let mut t = Transcript::default();
    for line in lines {
        if line == "open" {
            t.opened = true;
        } else if let Some(rest) = line.strip_prefix("intent ") {
            let mut parts = rest.splitn(3, ' ');
            let op = parts.next().unwrap_or_default().to_string();
            let id = parts.next().unwrap_or_default().to_string();
            let notes = parts.next().unwrap_or_default().to_string();
            t.in_flight = Some((op, id, notes));
        } else if line == "ack" {
            let done = t.in_flight.take().expect("ack without intent");
            t.acknowledged.push(done);
        } else if line.starts_with("refused") {
            panic!("the writer's change was refused: {line}");
        }
    }
    t
}

fn apply(model: &mut BTreeMap<String, String>, (op, id, notes): &(String, String, String)) {
    if op == "delete" {
        model.remove(id);
    } else {
        model.insert(id.clone(), notes.clone());
    }
}

/// Opens the store after a kill and checks it against the model; returns the store's actual
/// content (which resolves the one change that may or may not have landed).
fn check(
    dir: &Path,
    model: &BTreeMap<String, String>,
    t: &Transcript,
    what: &str,
) -> BTreeMap<String, String> {
    let store =
        Store::open(dir).unwrap_or_else(|e| panic!("{what}: the database does not open: {e}"));
    let actual: BTreeMap<String, String> = store
        .credentials()
        .unwrap_or_else(|e| panic!("{what}: a record cannot be read: {e}"))
        .into_iter()
        .map(|c| (c.id, c.notes))
        .collect();
    let mut acknowledged = model.clone();
    for change in &t.acknowledged {
        apply(&mut acknowledged, change);
    }
    let mut with_in_flight = acknowledged.clone();
    if let Some(change) = &t.in_flight {
        apply(&mut with_in_flight, change);
    }
    assert!(
        actual == acknowledged || actual == with_in_flight,
        "{what}: the store does not hold the acknowledged state ({} acknowledged, in flight {:?}); \
         missing or stale ids: {:?}",
        t.acknowledged.len(),
        t.in_flight.as_ref().map(|(op, id, _)| (op, id)),
        acknowledged
            .iter()
            .filter(|(k, v)| actual.get(*k) != Some(*v))
            .map(|(k, _)| k)
            .collect::<Vec<_>>()
    );
    let text = store.export().expect("export").to_json();
    parse_import(&text).unwrap_or_else(|r| panic!("{what}: the export does not import back: {r}"));
    drop(store);
    // Every finished backup verifies; the newest one is a valid document.
    let backups = list_backups(dir).expect("list backups");
    if let Some(newest) = backups.first() {
        read_document(&backups_dir(dir).join(&newest.file_name))
            .unwrap_or_else(|e| panic!("{what}: the newest backup is unusable: {e}"));
    }
    actual
}

#[test]
fn acknowledged_changes_survive_sigkill_at_random_moments() {
    let writer = env!("CARGO_BIN_EXE_crash_writer");
    let started = Instant::now();
    let (mut kills, mut during_open, mut checks, mut acknowledged) = (0u64, 0u64, 0u64, 0usize);
    let mut rng = Xorshift(0x5EED_C0FF_EE15_0001);
    for d in 0..DIRS {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut model = BTreeMap::new();
        for k in 0..KILLS_PER_DIR {
            let seed = d * 1000 + k + 1;
            let what = format!("dir {d}, kill {k} (seed {seed})");
            let mut child = Command::new(writer)
                .arg(dir.path())
                .arg(seed.to_string())
                .arg("100000")
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .expect("start the writer");
            let stdout = child.stdout.take().expect("stdout");
            let reader = std::thread::spawn(move || {
                BufReader::new(stdout)
                    .lines()
                    .map_while(Result::ok)
                    .collect::<Vec<_>>()
            });
            std::thread::sleep(Duration::from_millis(rng.below(MAX_DELAY_MS)));
            child.kill().expect("SIGKILL");
            let status = child.wait().expect("wait");
            assert!(
                !status.success(),
                "{what}: the writer finished before the kill"
            );
            let transcript = read_transcript(reader.join().expect("reader"));
            kills += 1;
            if !transcript.opened {
                during_open += 1;
            }
            acknowledged += transcript.acknowledged.len();
            model = check(dir.path(), &model, &transcript, &what);
            checks += 1;
        }
    }
    println!(
        "crash safety: {kills} SIGKILLs ({during_open} before the store was open), {checks} \
         checks, {acknowledged} acknowledged changes verified, {:.1}s",
        started.elapsed().as_secs_f64()
    );
    assert!(kills >= 200, "too few kills: {kills}");
    assert!(
        during_open > 0,
        "no kill landed while opening: widen the delays"
    );
    assert!(
        acknowledged > kills as usize,
        "too few acknowledged changes: {acknowledged}"
    );
}
