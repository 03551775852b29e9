//! The report: figures, goals and ratios as Markdown (for people) and JSON (for tools), with
//! the machine and the date. The hand-written analysis of missed goals
//! (docs/bench/analysis.md) is appended to the Markdown when present.

use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

use super::extract::{boolean, number, string};
use crate::sh::root;

/// What the run measured, as the steps left it.
#[derive(Debug)]
pub struct Inputs {
    /// CRITERION_HOME of the core benches.
    pub criterion: PathBuf,
    /// The store bench's JSON.
    pub store: String,
    /// The UI bench's JSON.
    pub ui: String,
    pub app_bytes: u64,
    pub floor_bytes: u64,
    /// The .deb and its size, or why it could not be built.
    pub deb: Result<(PathBuf, u64), String>,
    pub minutes: f64,
}

/// One line of the report.
struct Figure {
    key: &'static str,
    label: &'static str,
    value: Option<f64>,
    unit: &'static str,
    /// What it is compared with, in the same unit (a goal or a floor figure).
    against: Option<f64>,
    against_label: String,
    /// The largest acceptable ratio value/against, when there is a goal.
    goal_ratio: Option<f64>,
}

impl Figure {
    fn ratio(&self) -> Option<f64> {
        match (self.value, self.against) {
            (Some(v), Some(a)) if a > 0.0 => Some(v / a),
            _ => None,
        }
    }

    fn verdict(&self) -> &'static str {
        match (self.ratio(), self.goal_ratio) {
            (Some(r), Some(g)) if r <= g => "met",
            (Some(_), Some(_)) => "MISSED",
            (None, Some(_)) => "not measured",
            _ => "",
        }
    }
}

fn estimate_ns(inputs: &Inputs, id: &str) -> Option<f64> {
    let path = inputs.criterion.join(id).join("new/estimates.json");
    let text = std::fs::read_to_string(path).ok()?;
    number(&text, &["median", "point_estimate"])
}

fn figures(i: &Inputs) -> Vec<Figure> {
    let ms = |ns: Option<f64>| ns.map(|v| v / 1e6);
    let clone_ms = ms(estimate_ns(i, "baseline_clone_inputs"));
    let ui = |path: &[&str]| number(&i.ui, path);
    let store = |path: &[&str]| number(&i.store, path);
    let goal = |key, label, value, unit, goal: f64, text: &str| Figure {
        key,
        label,
        value,
        unit,
        against: Some(goal),
        against_label: text.to_string(),
        goal_ratio: Some(1.0),
    };
    let info = |key, label, value, unit, against: Option<f64>, text: &str| Figure {
        key,
        label,
        value,
        unit,
        against,
        against_label: text.to_string(),
        goal_ratio: None,
    };
    let mib = |b: f64| b / 1_048_576.0;
    let edits_measured = boolean(&i.ui, &["edits", "measured"]) == Some(true);
    vec![
        goal(
            "core_offers_list_ms",
            "Offers list: 300 offers judged (6 patient states each, all 56 covered; outcomes, \
             steps, fees and waits), 200 credentials",
            ms(estimate_ns(i, "offers/outline_300")),
            "ms",
            5.0,
            "goal 5 ms",
        ),
        info(
            "core_evaluate_offers_ms",
            "Offer verdicts written out in full: the same 300 offers, every reason and step",
            ms(estimate_ns(i, "offers/evaluate_300")),
            "ms",
            clone_ms,
            "cloning the inputs",
        ),
        info(
            "core_evaluate_offers_nationwide_ms",
            "Offer verdicts: 300 offers x all 56 patient states, 200 credentials",
            ms(estimate_ns(i, "offers/evaluate_300_nationwide")),
            "ms",
            clone_ms,
            "cloning the inputs",
        ),
        goal(
            "core_deadlines_1000_ms",
            "Deadlines of 1,000 credentials (and 300 offers)",
            ms(estimate_ns(i, "deadlines_1000")),
            "ms",
            2.0,
            "goal 2 ms",
        ),
        goal(
            "core_imlc_eligibility_us",
            "IMLC eligibility (200 credentials)",
            estimate_ns(i, "imlc_eligibility").map(|v| v / 1e3),
            "µs",
            50.0,
            "goal 50 µs",
        ),
        info(
            "baseline_clone_inputs_ms",
            "Baseline: cloning 300 offers + 200 credentials",
            clone_ms,
            "ms",
            None,
            "",
        ),
        info(
            "baseline_dataset_bundled_ms",
            "Baseline: parsing the bundled reference dataset",
            ms(estimate_ns(i, "baseline_dataset_bundled")),
            "ms",
            None,
            "",
        ),
        info(
            "store_open_load_10000_ms",
            "Store: open + load of 10,000 records",
            store(&["open_load_10000_records_ms"]),
            "ms",
            None,
            "",
        ),
        info(
            "store_write_p50_ms",
            "Store: durable write p50 (1,300 records, 10,000 updates)",
            store(&["write_p50_ms"]),
            "ms",
            None,
            "",
        ),
        goal(
            "store_write_p99_ms",
            "Store: durable write p99 (1,300 records, 10,000 updates)",
            store(&["write_p99_ms"]),
            "ms",
            20.0,
            "goal 20 ms",
        ),
        info(
            "store_large_write_p99_ms",
            "Store: durable write p99 in a 10,000-record store",
            store(&["large_write_p99_ms"]),
            "ms",
            None,
            "",
        ),
        info(
            "store_size_after_updates_mib",
            "Store: size on disk after 10,000 updates",
            store(&["size_after_updates_bytes"]).map(mib),
            "MiB",
            store(&["size_before_updates_bytes"]).map(mib),
            "before the updates",
        ),
        info(
            "app_binary_mib",
            "Release binary",
            Some(mib(i.app_bytes as f64)),
            "MiB",
            Some(mib(i.floor_bytes as f64)),
            "floor binary",
        ),
        goal(
            "deb_mib",
            ".deb bundle (Electron peers ship 80–150 MB)",
            i.deb.as_ref().ok().map(|(_, b)| *b as f64 / 1e6),
            "MB",
            15.0,
            "goal 15 MB",
        ),
        Figure {
            goal_ratio: Some(1.3),
            ..info(
                "startup_ms",
                "Start-up to rendered data (median)",
                ui(&["startup_ms", "app"]),
                "ms",
                ui(&["startup_ms", "floor"]),
                "floor; goal ≤ 1.3×",
            )
        },
        Figure {
            goal_ratio: Some(1.15),
            ..info(
                "pss_mib",
                "Memory after load: PSS of app + WebKit processes (median)",
                ui(&["pss_kib", "app"]).map(|k| k / 1024.0),
                "MiB",
                ui(&["pss_kib", "floor"]).map(|k| k / 1024.0),
                "floor; goal ≤ 1.15×",
            )
        },
        Figure {
            goal_ratio: Some(1.10),
            ..info(
                "pss_after_edits_mib",
                "Memory after 1,000 edits (vs before them)",
                ui(&["edits", "pss_after_kib"])
                    .filter(|_| edits_measured)
                    .map(|k| k / 1024.0),
                "MiB",
                ui(&["edits", "pss_before_kib"])
                    .filter(|_| edits_measured)
                    .map(|k| k / 1024.0),
                "before; goal < 10 % growth",
            )
        },
        goal(
            "idle_cpu_percent",
            "Idle CPU over the window, % of one core",
            ui(&["idle", "app_percent_of_core"]),
            "%",
            0.5,
            "goal 0.5 %",
        ),
        info(
            "floor_idle_cpu_percent",
            "Floor idle CPU, % of one core",
            ui(&["idle", "floor_percent_of_core"]),
            "%",
            None,
            "",
        ),
    ]
}

fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|t| {
            t.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, v)| v.trim().to_string())
        })
        .unwrap_or_else(|| "unknown".into())
}

fn memory_gib() -> f64 {
    std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|t| {
            t.lines()
                .find(|l| l.starts_with("MemTotal:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse::<f64>().ok())
        })
        .map(|kib| kib / 1_048_576.0)
        .unwrap_or(0.0)
}

/// Today's UTC date, from the clock (days since 1970 to a civil date).
fn today() -> String {
    let days = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() / 86_400)
        .unwrap_or(0) as i64;
    // Howard Hinnant's days-to-civil algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

fn show(v: Option<f64>) -> String {
    match v {
        Some(x) if x >= 100.0 => format!("{x:.0}"),
        Some(x) if x >= 1.0 => format!("{x:.2}"),
        Some(x) => format!("{x:.4}"),
        None => "not measured".into(),
    }
}

fn json_number(v: Option<f64>) -> String {
    v.filter(|x| x.is_finite())
        .map(|x| format!("{x}"))
        .unwrap_or_else(|| "null".into())
}

fn json_string(s: &str) -> String {
    let escaped: String = s
        .chars()
        .flat_map(|c| match c {
            '"' => vec!['\\', '"'],
            '\\' => vec!['\\', '\\'],
            '\n' => vec!['\\', 'n'],
            c if (c as u32) < 0x20 => vec![' '],
            c => vec![c],
        })
        .collect();
    format!("\"{escaped}\"")
}

/// The Markdown and JSON reports.
pub fn render(i: &Inputs) -> (String, String) {
    let figures = figures(i);
    let date = today();
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(0);
    let model = cpu_model();
    let memory = memory_gib();

    let mut md = format!(
        "# Licensure performance against the floor of the stack\n\n\
         Generated by `cargo xtask bench` on {date} in {:.1} minutes.\n\n\
         Machine: {cores} CPU(s), {model}, {memory:.1} GiB of memory. \
         Other builds may have been running on it; rerun on a quiet machine for firmer figures.\n\n\
         The floor is `bench/floor-app`: a bare Tauri window (same Tauri version and features, \
         release profile) showing a static page that sets the same `data-loaded` marker. \
         Start-up is timed from the WebDriver new-session request (which launches the process) \
         to the marker, for both, so the driver's overhead is in both figures.\n\n\
         | Figure | Value | Compared with | Ratio | Goal |\n|---|---|---|---|---|\n",
        i.minutes
    );
    for f in &figures {
        md.push_str(&format!(
            "| {} | {} {} | {} | {} | {} |\n",
            f.label,
            show(f.value),
            f.unit,
            match f.against {
                Some(a) => format!("{} {} ({})", show(Some(a)), f.unit, f.against_label),
                None => "—".into(),
            },
            f.ratio()
                .map(|r| format!("{r:.2}×"))
                .unwrap_or_else(|| "—".into()),
            f.verdict(),
        ));
    }
    if boolean(&i.ui, &["edits", "measured"]) == Some(false) {
        let why = string(&i.ui, &["edits", "why"]).unwrap_or_default();
        md.push_str(&format!("\nMemory after edits: not measured ({why}).\n"));
    }
    if let Err(why) = &i.deb {
        md.push_str(&format!("\n.deb: not built ({why}).\n"));
    }
    md.push_str(&format!(
        "\nRaw outputs: store bench `{}`; UI bench `{}`.\n",
        i.store.trim(),
        i.ui.trim()
    ));
    if let Ok(analysis) = std::fs::read_to_string(root().join("docs/bench/analysis.md")) {
        md.push('\n');
        md.push_str(&analysis);
    }

    let mut json = format!(
        "{{\n  \"date\": {},\n  \"minutes\": {},\n  \"machine\": {{ \"cpus\": {cores}, \"model\": {}, \"memory_gib\": {} }},\n  \"figures\": [\n",
        json_string(&date),
        json_number(Some(i.minutes)),
        json_string(&model),
        json_number(Some(memory)),
    );
    let rows: Vec<String> = figures
        .iter()
        .map(|f| {
            format!(
                "    {{ \"key\": {}, \"label\": {}, \"value\": {}, \"unit\": {}, \"against\": {}, \"against_label\": {}, \"ratio\": {}, \"goal_ratio\": {}, \"verdict\": {} }}",
                json_string(f.key),
                json_string(f.label),
                json_number(f.value),
                json_string(f.unit),
                json_number(f.against),
                json_string(&f.against_label),
                json_number(f.ratio()),
                json_number(f.goal_ratio),
                json_string(f.verdict()),
            )
        })
        .collect();
    json.push_str(&rows.join(",\n"));
    json.push_str(&format!(
        "\n  ],\n  \"store\": {},\n  \"ui\": {}\n}}\n",
        i.store.trim(),
        i.ui.trim()
    ));
    (md, json)
}
