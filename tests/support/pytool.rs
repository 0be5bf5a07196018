//! Pinned Python tools the tests run (sqlfluff for the T-SQL scripts, schemathesis for the
//! OpenAPI document), installed on first use so that `cargo test --workspace` needs nothing
//! but `python3` on a fresh machine. Included with `#[path]` by the test code that uses it.
//!
//! * `<override_env>=/path/to/tool` uses that executable as is.
//! * Otherwise the version pinned as `package==X` in the requirements file is installed into
//!   `target/tools/<package>-<version>` (the workspace `target/`, or `$CARGO_TARGET_DIR`) with
//!   `python3 -m venv` + `pip install -r <requirements>`, and reused afterwards once its
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

/// A tool to install: its package, the module `python -m` runs, and where its pin is.
pub struct Tool {
    pub package: &'static str,
    pub module: &'static str,
    /// Relative to the workspace root.
    pub requirements: &'static str,
    /// An environment variable naming an executable to use instead.
    pub override_env: &'static str,
}

/// How to run a tool: `program args… <tool arguments>` with `envs` set.
pub struct Runner {
    pub program: PathBuf,
    pub args: Vec<String>,
    pub envs: Vec<(String, OsString)>,
}

impl Runner {
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

impl Tool {
    fn requirements(&self) -> PathBuf {
        workspace_dir().join(self.requirements)
    }

    /// The version pinned as `<package>==X` in the requirements file.
    pub fn pinned_version(&self) -> String {
        let path = self.requirements();
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let prefix = format!("{}==", self.package);
        text.lines()
            .map(|l| l.split('#').next().unwrap_or("").trim())
            .find_map(|l| l.strip_prefix(prefix.as_str()).map(|v| v.trim().to_owned()))
            .unwrap_or_else(|| panic!("{}: no `{prefix}VERSION` pin", path.display()))
    }
}

fn tools_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_dir().join("target"));
    target.join("tools")
}

/// A venv is run as `<dir>/bin/python -m <module>`: unlike the `bin/<tool>` script (whose
/// shebang names the folder it was built in) this keeps working after the rename.
fn venv_runner(tool: &Tool, dir: &Path) -> Runner {
    let python = if cfg!(windows) { dir.join("Scripts/python.exe") } else { dir.join("bin/python") };
    Runner { program: python, args: vec!["-m".into(), tool.module.into()], envs: Vec::new() }
}

/// The `pip install --target` fallback: the system python with the folder on `PYTHONPATH`.
fn target_runner(tool: &Tool, python: &str, dir: &Path) -> Runner {
    Runner {
        program: python.into(),
        args: vec!["-m".into(), tool.module.into()],
        envs: vec![("PYTHONPATH".into(), dir.join("site").into_os_string())],
    }
}

fn runner_for(tool: &Tool, dir: &Path, python: &str) -> Runner {
    if dir.join("site").is_dir() { target_runner(tool, python, dir) } else { venv_runner(tool, dir) }
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

/// Installs the pinned tool into `tmp` (a venv, or `tmp/site` with `pip --target`).
fn install(tool: &Tool, python: &str, tmp: &Path) -> Result<(), String> {
    let req = tool.requirements();
    let pip_args = ["--disable-pip-version-check", "--no-input", "--quiet"];
    let venv = run(Command::new(python).args(["-m", "venv"]).arg(tmp), &format!("{python} -m venv"));
    match venv {
        Ok(()) => run(
            Command::new(venv_runner(tool, tmp).program).args(["-m", "pip", "install"]).args(pip_args).arg("-r").arg(&req),
            &format!("pip install -r {} (venv)", tool.requirements),
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

/// The tool to run, installing the pinned version on first use. Panics with what to install
/// when that is impossible.
pub fn runner(tool: &Tool) -> Runner {
    if let Some(p) = std::env::var_os(tool.override_env).filter(|p| !p.is_empty()) {
        let s = Runner { program: p.clone().into(), args: Vec::new(), envs: Vec::new() };
        assert!(s.version_output().is_some(), "{}={} does not run (`--version` failed)", tool.override_env, p.display());
        return s;
    }
    let version = tool.pinned_version();
    let package = tool.package;
    let python = ["python3", "python"]
        .into_iter()
        .find(|p| Command::new(p).arg("--version").output().is_ok_and(|o| o.status.success()))
        .unwrap_or_else(|| {
            panic!(
                "python3 is not installed: the tests install {package} {version} with it into target/tools. \
                 Install Python 3 with its venv module (e.g. `apt-get install python3 python3-venv`), \
                 or set {} to a {package} executable",
                tool.override_env
            )
        });
    let tools = tools_dir();
    let dir = tools.join(format!("{package}-{version}"));
    let matches = |s: &Runner| s.version_output().is_some_and(|v| v.split_whitespace().any(|w| w == version));

    if dir.exists() {
        let existing = runner_for(tool, &dir, python);
        if matches(&existing) {
            return existing;
        }
        // Left broken (e.g. the Python it was built with is gone): build it again.
        eprintln!("{} does not run {package} {version}; reinstalling", dir.display());
        let stale = tools.join(format!(".stale-{}", unique()));
        if std::fs::rename(&dir, &stale).is_ok() {
            let _ = std::fs::remove_dir_all(&stale);
        }
    }

    std::fs::create_dir_all(&tools).unwrap_or_else(|e| panic!("{}: {e}", tools.display()));
    let tmp = tools.join(format!(".{package}-{version}.tmp-{}", unique()));
    eprintln!("installing {package} {version} into {} (first use)", dir.display());
    let installed = install(tool, python, &tmp);
    if let Err(e) = installed {
        let _ = std::fs::remove_dir_all(&tmp);
        panic!("could not install {package} {version} with {python}: {e}");
    }
    let fresh = runner_for(tool, &tmp, python);
    assert!(matches(&fresh), "the {package} installed into {} does not report version {version}", tmp.display());
    // Publish atomically; if another run got there first, keep its copy and drop ours.
    if std::fs::rename(&tmp, &dir).is_err() {
        let _ = std::fs::remove_dir_all(&tmp);
    }
    let done = runner_for(tool, &dir, python);
    assert!(matches(&done), "{} does not run {package} {version}", dir.display());
    done
}

/// A name no other process or thread uses at the same time.
fn unique() -> String {
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    format!("{}-{nanos}", std::process::id())
}

