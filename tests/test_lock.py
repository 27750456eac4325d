"""requirements.lock drives every install: each dependency named in pyproject.toml (the app's and
the dev extra's) is pinned there to a version that satisfies it, and what is installed in this
environment is exactly what the lock says (scripts/setup.sh installed from it)."""
from __future__ import annotations

import re
import tomllib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]


def _pins() -> dict[str, str]:
    text = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    return {canonicalize_name(name): pinned
            for name, pinned in re.findall(r"^([A-Za-z0-9_.\-]+)==([^\s;\\]+)", text, re.M)}


def test_every_dependency_is_pinned_in_the_lock():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = project["dependencies"] + project["optional-dependencies"]["dev"]
    pins = _pins()
    for line in wanted:
        requirement = Requirement(line)
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement.name} is not in requirements.lock: run scripts/lock.sh"
        assert requirement.specifier.contains(pins[name], prereleases=True), \
            f"{requirement.name}: the lock pins {pins[name]}, pyproject wants {requirement.specifier}"


def test_installed_versions_are_the_locked_ones():
    mismatched = {}
    for name, pinned in _pins().items():
        try:
            installed = version(name)
        except PackageNotFoundError:
            continue  # a platform-specific pin (e.g. colorama on Windows)
        if installed != pinned:
            mismatched[name] = (installed, pinned)
    assert not mismatched, f"installed ≠ locked (run scripts/setup.sh): {mismatched}"
