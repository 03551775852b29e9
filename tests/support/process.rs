//! A program a test starts together with everything it starts in turn (a wrapper such as
//! strace, the app, WebKit's web and network processes): in a process group of its own,
//! ended as a whole, with a deadline, when the test stops it or fails.

use std::os::unix::process::CommandExt;
use std::process::{Child, Command, ExitStatus};
use std::time::{Duration, Instant};

/// How long the killed processes may take to disappear.
const GONE_LIMIT: Duration = Duration::from_secs(10);

/// A started program and its descendants.
#[derive(Debug)]
pub struct ProcessGroup {
    child: Option<Child>,
    what: String,
}

/// One process as /proc shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcessInfo {
    pub pid: u32,
    pub parent: u32,
    pub group: u32,
    /// The kernel's short name (`comm`), at most 15 bytes.
    pub name: String,
    /// R, S, D, Z, …
    pub state: char,
}

impl ProcessGroup {
    /// Starts `command` as the leader of a new process group; `what` names it in failures.
    pub fn spawn(command: &mut Command, what: &str) -> ProcessGroup {
        let child = command
            .process_group(0)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {what}: {e}"));
        ProcessGroup {
            child: Some(child),
            what: what.to_string(),
        }
    }

    /// The leader's pid, which is also the group's id.
    pub fn id(&self) -> u32 {
        self.child.as_ref().map(Child::id).unwrap_or_default()
    }

    /// The leader's exit status, if it has exited (reaping it).
    pub fn try_wait(&mut self) -> Option<ExitStatus> {
        let child = self.child.as_mut()?;
        child
            .try_wait()
            .unwrap_or_else(|e| panic!("cannot poll {}: {e}", self.what))
    }

    /// Live processes (zombies excluded) in the group or descended from its leader.
    pub fn members(&self) -> Vec<ProcessInfo> {
        match &self.child {
            Some(child) => members_of(child.id()),
            None => Vec::new(),
        }
    }

    /// Kills every member, reaps the leader and waits until no member is left alive. Fails
    /// the test naming the survivors when some are still there after 10 s.
    pub fn stop(mut self) {
        let survivors = self.end();
        assert!(
            survivors.is_empty(),
            "{} left processes running {} s after SIGKILL: {survivors:#?}",
            self.what,
            GONE_LIMIT.as_secs()
        );
    }

    fn end(&mut self) -> Vec<ProcessInfo> {
        let Some(mut child) = self.child.take() else {
            return Vec::new();
        };
        let leader = child.id();
        let started = Instant::now();
        let mut targets: Vec<u32> = Vec::new();
        loop {
            // Again and again: a process may fork while the others are being killed.
            let members = members_of(leader);
            for p in &members {
                if !targets.contains(&p.pid) {
                    targets.push(p.pid);
                }
            }
            if !members.is_empty() {
                let mut kill = Command::new("kill");
                kill.arg("-KILL").arg("--");
                kill.args(members.iter().map(|p| p.pid.to_string()));
                kill.stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::null());
                let _ = kill.status();
            }
            let _ = child.kill();
            let _ = child.try_wait();
            let alive: Vec<ProcessInfo> = processes()
                .into_iter()
                .filter(|p| targets.contains(&p.pid) && p.state != 'Z')
                .collect();
            if alive.is_empty() && members.is_empty() {
                let _ = child.wait();
                return Vec::new();
            }
            if started.elapsed() > GONE_LIMIT {
                let _ = child.try_wait();
                return alive;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for ProcessGroup {
    fn drop(&mut self) {
        let survivors = self.end();
        if !survivors.is_empty() {
            eprintln!(
                "{} left processes running after SIGKILL: {survivors:#?}",
                self.what
            );
        }
    }
}

/// Live processes in the group led by `leader` or descended from it.
fn members_of(leader: u32) -> Vec<ProcessInfo> {
    let all = processes();
    let mut members: Vec<ProcessInfo> = all
        .iter()
        .filter(|p| p.group == leader || p.pid == leader)
        .cloned()
        .collect();
    // Descendants that left the group (a new session) are ended too.
    loop {
        let known: Vec<u32> = members.iter().map(|p| p.pid).collect();
        let more: Vec<ProcessInfo> = all
            .iter()
            .filter(|p| known.contains(&p.parent) && !known.contains(&p.pid))
            .cloned()
            .collect();
        if more.is_empty() {
            break;
        }
        members.extend(more);
    }
    members.retain(|p| p.state != 'Z');
    members
}

/// Every process on the machine.
pub fn processes() -> Vec<ProcessInfo> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|e| {
            let pid: u32 = e.file_name().to_str()?.parse().ok()?;
            let stat = std::fs::read_to_string(e.path().join("stat")).ok()?;
            // "pid (name) state parent group …"; the name may hold spaces and parentheses.
            let open = stat.find('(')?;
            let close = stat.rfind(')')?;
            let name = stat.get(open + 1..close)?.to_string();
            let mut rest = stat.get(close + 1..)?.split_whitespace();
            let state = rest.next()?.chars().next()?;
            let parent = rest.next()?.parse().ok()?;
            let group = rest.next()?.parse().ok()?;
            Some(ProcessInfo {
                pid,
                parent,
                group,
                name,
                state,
            })
        })
        .collect()
}
