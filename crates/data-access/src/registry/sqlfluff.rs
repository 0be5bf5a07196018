//! The pinned sqlfluff the T-SQL tests run (`sql/requirements.txt`), installed on first use by
//! the shared pinned-tool installer (`tests/support/pytool.rs`). `ROMSOFT_SQLFLUFF` names an
//! executable to use instead.

#[path = "../../../../tests/support/pytool.rs"]
mod pytool;

pub(super) use pytool::Runner as Sqlfluff;

const SQLFLUFF: pytool::Tool =
    pytool::Tool { package: "sqlfluff", module: "sqlfluff", requirements: "sql/requirements.txt", override_env: "ROMSOFT_SQLFLUFF" };

/// The sqlfluff to run, installing the pinned one on first use.
pub(super) fn sqlfluff() -> Sqlfluff {
    pytool::runner(&SQLFLUFF)
}

#[test]
fn the_pin_is_read_from_requirements() {
    let v = SQLFLUFF.pinned_version();
    assert!(!v.is_empty() && v.chars().all(|c| c.is_ascii_digit() || c == '.'), "{v}");
}
