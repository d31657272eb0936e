"""Importing many packages: outcomes per file, exit codes, replacing, cancelling, progress."""

from __future__ import annotations

import hashlib
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from itadesk.cli import main
from itadesk.domain.framework import framework_for
from itadesk.exchange import synthetic
from itadesk.exchange.importer import import_files
from itadesk.storage.aggregation import count_packages, office_rows, open_aggregation_db

FW = framework_for(2567)


def _write(folder: Path, code: str, seed: int = 0, district="เมือง", created_at=None) -> Path:
    f = folder / f"{code}-2567.ita.zip"
    if created_at is None and seed:  # another export of the same office: a later one
        created_at = datetime(2024, 10, 15, tzinfo=UTC) + timedelta(hours=seed)
    f.write_bytes(synthetic.synthetic_package(FW, random.Random(f"{code}{seed}"), code, "ทดสอบ",
                                              district, "ตำบล", created_at=created_at))
    return f


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def files(tmp_path):
    return [_write(tmp_path, f"20010{i:02d}") for i in range(4)]


def test_cli_imports_many_files_and_reports_each(tmp_path, files, capsys, monkeypatch):
    monkeypatch.setenv("ITADESK_LANG", "en")
    agg = tmp_path / "agg.db"
    assert main(["import", "--into", str(agg), *map(str, files)]) == 0
    out = capsys.readouterr().out
    for f in files:
        assert f"{f.name}: imported" in out
    assert "4 imported, 0 refused" in out
    with open_aggregation_db(agg) as db:
        assert count_packages(db) == 4


def test_cli_exits_nonzero_when_any_file_is_refused(tmp_path, files, capsys, monkeypatch):
    monkeypatch.setenv("ITADESK_LANG", "en")
    bad = tmp_path / "broken.ita.zip"
    bad.write_bytes(files[0].read_bytes()[:500])
    agg = tmp_path / "agg.db"
    assert main(["import", "--into", str(agg), str(files[1]), str(bad), str(files[2])]) == 1
    captured = capsys.readouterr()
    assert "broken.ita.zip refused" in captured.err
    assert "2 imported, 1 refused" in captured.out
    with open_aggregation_db(agg) as db:
        assert count_packages(db) == 2


def test_cli_refuses_an_office_file_as_target(tmp_path, files, capsys, monkeypatch):
    from itadesk.storage.database import open_db

    monkeypatch.setenv("ITADESK_LANG", "en")
    office = tmp_path / "office.db"
    with open_db(office):
        pass
    before = _digest(office)
    assert main(["import", "--into", str(office), str(files[0])]) == 2
    assert "office's own data file" in capsys.readouterr().err
    assert _digest(office) == before


def test_reimport_needs_replace_and_never_duplicates(tmp_path, files, capsys, monkeypatch):
    monkeypatch.setenv("ITADESK_LANG", "en")
    agg = tmp_path / "agg.db"
    assert main(["import", "--into", str(agg), str(files[0])]) == 0
    before = _digest(agg)
    (tmp_path / "new").mkdir()
    newer = _write(tmp_path / "new", "2001000", seed=7)
    assert main(["import", "--into", str(agg), str(newer)]) == 1
    err = capsys.readouterr().err
    assert "already imported" in err and "--replace" in err
    assert _digest(agg) == before
    assert main(["import", "--into", str(agg), "--replace", str(newer)]) == 0
    assert "replaced the earlier import" in capsys.readouterr().out
    with open_aggregation_db(agg) as db:
        assert count_packages(db) == 1
        (row,) = office_rows(db, 2567)
        assert row["source_name"] == newer.name


def test_confirm_replace_callback(tmp_path, files):
    asked = []
    (tmp_path / "new").mkdir()
    newer = _write(tmp_path / "new", "2001000", seed=7)
    with open_aggregation_db(tmp_path / "agg.db") as db:
        import_files(db, [files[0]])
        r1 = import_files(db, [newer], confirm_replace=lambda f, rec, old: asked.append(f) or False)
        r2 = import_files(db, [newer], confirm_replace=lambda f, rec, old: True)
        # the very same package again: nothing to ask, nothing written
        r3 = import_files(db, [newer], confirm_replace=lambda f, rec, old: asked.append(f) or True)
        assert count_packages(db) == 1
    assert asked == [newer.name]
    assert r1.outcomes[0].reason == "already_imported"
    assert r2.outcomes[0].status == "replaced"
    assert r3.outcomes[0].status == "unchanged"


def test_same_office_twice_in_one_batch(tmp_path, files):
    with open_aggregation_db(tmp_path / "agg.db") as db:
        report = import_files(db, [files[0], files[0]])
    # the very same package twice: stored once, the second is simply nothing new
    assert [o.status for o in report.outcomes] == ["imported", "unchanged"]


def test_progress_and_cancel(tmp_path, files):
    seen = []

    def progress(i, n, outcome):
        seen.append((i, n, outcome.status))

    checked = []  # cancel is polled before each file
    with open_aggregation_db(tmp_path / "agg.db") as db:
        report = import_files(db, files, progress=progress,
                              cancel=lambda: checked.append(1) or len(checked) > 2)
        assert count_packages(db) == 2
    assert report.cancelled
    assert seen == [(1, 4, "imported"), (2, 4, "imported"), (3, 4, "cancelled"), (4, 4, "cancelled")]


def test_process_pool_gives_the_same_result(tmp_path, files):
    bad = tmp_path / "bad.ita.zip"
    bad.write_bytes(b"PK\x03\x04 nonsense")
    with open_aggregation_db(tmp_path / "agg.db") as db:
        report = import_files(db, [*files, bad], workers=2)
        assert count_packages(db) == 4
    assert [o.status for o in report.outcomes] == ["imported"] * 4 + ["refused"]
    assert report.outcomes[-1].reason == "damaged_zip"


# ------------------------------------------------------------------ batched commits

def test_a_run_is_committed_in_batches_and_fully_at_the_end(tmp_path, files, monkeypatch):
    from itadesk.exchange import importer

    monkeypatch.setattr(importer, "COMMIT_EVERY", 3)
    path = tmp_path / "agg.db"
    seen = []
    with open_aggregation_db(path) as db:
        def progress(i, n, outcome):
            # what another reader sees when a file is reported imported: it is committed
            # (reported only once its batch is), the batch of three before the fourth
            with open_aggregation_db(path) as other:
                seen.append(count_packages(other))

        import_files(db, files, progress=progress, workers=1)
        assert not db.conn.in_transaction
    assert seen == [3, 3, 3, 4]
    with open_aggregation_db(path) as other:
        assert count_packages(other) == 4


def test_an_interrupt_mid_run_keeps_the_complete_packages_written_before_it(tmp_path, files):
    path = tmp_path / "agg.db"
    calls = []

    def fw_for(year):  # Ctrl-C while the fourth file is being checked
        calls.append(year)
        if len(calls) == 4:
            raise KeyboardInterrupt
        return framework_for(year)

    seen = []
    with open_aggregation_db(path) as db:
        with pytest.raises(KeyboardInterrupt):
            import_files(db, files, fw_for=fw_for, workers=1,
                         progress=lambda i, n, o: seen.append(o.status))
        assert not db.conn.in_transaction
    assert seen == ["imported"] * 3
    with open_aggregation_db(path) as db:
        assert count_packages(db) == 3
        assert {r["office_code"] for r in office_rows(db, 2567)} == {"2001000", "2001001", "2001002"}


def test_a_refused_write_inside_a_batch_leaves_the_others(tmp_path, files):
    from itadesk.exchange.importer import check_file
    from itadesk.storage.aggregation import (
        AggregationError,
        commit_pending,
        package_complete,
        table_counts,
        write_package,
    )

    recs = [check_file(f, framework_for)[0] for f in files[:2]]
    with open_aggregation_db(tmp_path / "agg.db") as db:
        write_package(db, recs[0], replace=False, commit=False)
        before = table_counts(db)
        with pytest.raises(AggregationError):
            write_package(db, recs[0], replace=False, commit=False)
        assert table_counts(db) == before and db.conn.in_transaction
        write_package(db, recs[1], replace=False, commit=False)
        commit_pending(db)
        assert not db.conn.in_transaction
        assert all(package_complete(db, r) for r in recs)
        assert count_packages(db) == 2
