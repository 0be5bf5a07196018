//! The pinned sqlfluff the T-SQL tests run, installed on first use so that `cargo test
//! --workspace` needs nothing but `python3` on a fresh machine.
//!
//! * `ROMSOFT_SQLFLUFF=/path/to/sqlfluff` uses that executable as is.
//! * Otherwise the version pinned in `sql/requirements.txt` is installed into
//!   `target/tools/sqlfluff-<version>` (the workspace `target/`, or `$CARGO_TARGET_DIR`) with
//!   `python3 -m venv` + `pip install -r sql/requirements.txt`, and reused afterwards once its
//!   `--version` matches the pin. When `venv`/`ensurepip` is missing (Debian without
//!   `python3-venv`), it falls back to `pip install --target`.
//! * Concurrent first uses (two `cargo test` runs, or two worktrees sharing a target dir) are
//!   safe: each builds into its own temporary folder beside the final one and renames it into
//!   place; the loser of the rename discards its copy and uses the winner's.

use std::{
    ffi::OsString,
    path::{Path, PathBuf},
    process::Command,
    time::{SystemTime, UNIX_EPOCH},
};

/// How to run sqlfluff: `program args… <sqlfluff arguments>` with `envs` set.
pub(super) struct Sqlfluff {
    pub program: PathBuf,
    pub args: Vec<String>,
    pub envs: Vec<(String, OsString)>,
}

impl Sqlfluff {
    pub fn command(&self) -> Command {
        let mut c = Command::new(&self.program);
        c.args(&self.args).envs(self.envs.iter().map(|(k, v)| (k, v)));
        c
    }

    fn version_output(&self) -> Option<String> {
        let out = self.command().arg("--version").output().ok()?;
        out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
    }
}

fn workspace_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    dir.canonicalize().unwrap_or(dir)
}

fn requirements() -> PathBuf {
    workspace_dir().join("sql/requirements.txt")
}

/// The version pinned as `sqlfluff==X` in `sql/requirements.txt`.
fn pinned_version() -> String {
    let path = requirements();
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .find_map(|l| l.strip_prefix("sqlfluff==").map(|v| v.trim().to_owned()))
        .unwrap_or_else(|| panic!("{}: no `sqlfluff==VERSION` pin", path.display()))
}

fn tools_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_dir().join("target"));
    target.join("tools")
}

/// A venv is run as `<dir>/bin/python -m sqlfluff`: unlike the `bin/sqlfluff` script (whose
/// shebang names the folder it was built in) this keeps working after the rename.
fn venv_runner(dir: &Path) -> Sqlfluff {
    let python = if cfg!(windows) { dir.join("Scripts/python.exe") } else { dir.join("bin/python") };
    Sqlfluff { program: python, args: vec!["-m".into(), "sqlfluff".into()], envs: Vec::new() }
}

/// The `pip install --target` fallback: the system python with the folder on `PYTHONPATH`.
fn target_runner(python: &str, dir: &Path) -> Sqlfluff {
    Sqlfluff {
        program: python.into(),
        args: vec!["-m".into(), "sqlfluff".into()],
        envs: vec![("PYTHONPATH".into(), dir.join("site").into_os_string())],
    }
}

fn runner_for(dir: &Path, python: &str) -> Sqlfluff {
    if dir.join("site").is_dir() { target_runner(python, dir) } else { venv_runner(dir) }
}

fn run(cmd: &mut Command, what: &str) -> Result<(), String> {
    let out = cmd.output().map_err(|e| format!("{what}: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{what} failed ({}):\n{}{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}

/// Installs the pinned sqlfluff into `tmp` (a venv, or `tmp/site` with `pip --target`).
fn install(python: &str, tmp: &Path) -> Result<(), String> {
    let req = requirements();
    let pip_args = ["--disable-pip-version-check", "--no-input", "--quiet"];
    let venv = run(Command::new(python).args(["-m", "venv"]).arg(tmp), &format!("{python} -m venv"));
    match venv {
        Ok(()) => run(
            Command::new(venv_runner(tmp).program).args(["-m", "pip", "install"]).args(pip_args).arg("-r").arg(&req),
            "pip install -r sql/requirements.txt (venv)",
        ),
        Err(venv_error) => {
            // No ensurepip: install the packages into a plain folder with the system pip.
            let _ = std::fs::remove_dir_all(tmp);
            run(
                Command::new(python)
                    .args(["-m", "pip", "install"])
                    .args(pip_args)
                    .arg("--target")
                    .arg(tmp.join("site"))
                    .arg("-r")
                    .arg(&req),
                &format!("{python} -m pip install --target"),
            )
            .map_err(|pip_error| {
                format!(
                    "{venv_error}\n{pip_error}\nInstall the Python venv module (e.g. `apt-get install python3-venv`) \
                     or pip (`apt-get install python3-pip`)"
                )
            })
        }
    }
}

/// The sqlfluff to run, installing the pinned one on first use. Panics with what to install
/// when that is impossible.
pub(super) fn sqlfluff() -> Sqlfluff {
    if let Some(p) = std::env::var_os("ROMSOFT_SQLFLUFF").filter(|p| !p.is_empty()) {
        let s = Sqlfluff { program: p.clone().into(), args: Vec::new(), envs: Vec::new() };
        assert!(s.version_output().is_some(), "ROMSOFT_SQLFLUFF={} does not run (`--version` failed)", p.display());
        return s;
    }
    let version = pinned_version();
    let python = ["python3", "python"]
        .into_iter()
        .find(|p| Command::new(p).arg("--version").output().is_ok_and(|o| o.status.success()))
        .unwrap_or_else(|| {
            panic!(
                "python3 is not installed: the T-SQL test installs sqlfluff {version} with it into target/tools. \
                 Install Python 3 with its venv module (e.g. `apt-get install python3 python3-venv`), \
                 or set ROMSOFT_SQLFLUFF to a sqlfluff executable, or ROMSOFT_SKIP_SQLFLUFF=1 to skip this check"
            )
        });
    let tools = tools_dir();
    let dir = tools.join(format!("sqlfluff-{version}"));
    let matches = |s: &Sqlfluff| s.version_output().is_some_and(|v| v.split_whitespace().any(|w| w == version));

    if dir.exists() {
        let existing = runner_for(&dir, python);
        if matches(&existing) {
            return existing;
        }
        // Left broken (e.g. the Python it was built with is gone): build it again.
        eprintln!("{} does not run sqlfluff {version}; reinstalling", dir.display());
        let stale = tools.join(format!(".stale-{}", unique()));
        if std::fs::rename(&dir, &stale).is_ok() {
            let _ = std::fs::remove_dir_all(&stale);
        }
    }

    std::fs::create_dir_all(&tools).unwrap_or_else(|e| panic!("{}: {e}", tools.display()));
    let tmp = tools.join(format!(".sqlfluff-{version}.tmp-{}", unique()));
    eprintln!("installing sqlfluff {version} into {} (first use)", dir.display());
    let installed = install(python, &tmp);
    if let Err(e) = installed {
        let _ = std::fs::remove_dir_all(&tmp);
        panic!("could not install sqlfluff {version} with {python}: {e}");
    }
    let fresh = runner_for(&tmp, python);
    assert!(matches(&fresh), "the sqlfluff installed into {} does not report version {version}", tmp.display());
    // Publish atomically; if another run got there first, keep its copy and drop ours.
    if std::fs::rename(&tmp, &dir).is_err() {
        let _ = std::fs::remove_dir_all(&tmp);
    }
    let done = runner_for(&dir, python);
    assert!(matches(&done), "{} does not run sqlfluff {version}", dir.display());
    done
}

/// A name no other process or thread uses at the same time.
fn unique() -> String {
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    format!("{}-{nanos}", std::process::id())
}

#[test]
fn the_pin_is_read_from_requirements() {
    let v = pinned_version();
    assert!(!v.is_empty() && v.chars().all(|c| c.is_ascii_digit() || c == '.'), "{v}");
}
