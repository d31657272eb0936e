"""Every CLI command and option is documented in the README (as sqlite-utils does)."""

from __future__ import annotations

import argparse
from pathlib import Path

from itadesk.cli import build_parser

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _subparsers(parser):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action.choices
    return {}


def test_readme_opens_with_the_two_commands():
    block = README.split("```", 2)[1]
    assert "make run" in block and "make test" in block


def test_every_command_and_option_documented():
    missing = []
    for name, sub in _subparsers(build_parser()).items():
        if f"itadesk {name}" not in README:
            missing.append(name)
        for action in sub._actions:
            for opt in action.option_strings:
                if opt.startswith("--") and opt != "--help" and opt not in README:
                    missing.append(f"{name} {opt}")
    assert missing == []
