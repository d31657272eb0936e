"""Shared fixtures: every test gets its own temporary files and closes every database."""

from __future__ import annotations

import os
import tempfile

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
# Tests never touch the real user's data folder (default file, imported frameworks).
os.environ["ITADESK_DATA"] = tempfile.mkdtemp(prefix="itadesk-test-data-")


@pytest.fixture
def office_db(tmp_path):
    from itadesk.storage.database import open_db

    office = open_db(tmp_path / "office.db")
    yield office
    office.close()
