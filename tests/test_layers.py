"""The layers of the house hold (docs/architecture.md): the import-linter contracts in
pyproject.toml, no import cycle between modules, and the headless packages really import no Qt
(and the county server no station code) when loaded in a fresh interpreter."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_are_kept(capsys):
    import importlinter.cli as importlinter  # in requirements.lock: a missing linter is a failure
    code = importlinter.lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True,
                                     no_logo=True)
    assert code == 0, capsys.readouterr().out[-4000:]


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index, low, on_stack, stack, found, counter = {}, {}, set(), [], [], 0
    for root in edges:
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_the_cycle_finder_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []




def test_no_import_cycles_between_modules():
    import grimp
    graph = grimp.build_graph("app")
    edges = {module: {imported for imported in graph.find_modules_directly_imported_by(module)
                      if imported.startswith("app")} for module in graph.modules}
    assert _cycles(edges) == []


HEADLESS_CHECK = r"""
import importlib, pkgutil, sys
import app
skip = ("app.ui", "app.cli", "app.__main__")
for info in pkgutil.walk_packages(app.__path__, "app."):
    if not info.name.startswith(skip) and ".migrations" not in info.name:  # Alembic's env
        importlib.import_module(info.name)
qt = sorted(name for name in sys.modules if name.split(".")[0] == "PySide6")
assert not qt, qt
print("ok")
"""

SERVER_CHECK = r"""
import importlib, pkgutil, sys
import app.server
for info in pkgutil.walk_packages(app.server.__path__, "app.server."):
    if ".migrations" not in info.name:  # Alembic's env
        importlib.import_module(info.name)
# known, listed in pyproject.toml (county-apart): the roll-up reads the bundled catalogue
known = {"app.services", "app.services.catalog"}
station = sorted(name for name in sys.modules if name == "app.sync.client"
                 or name.startswith(("app.services", "app.ui", "app.cli", "PySide6")))
assert set(station) <= known, station
print("ok")
"""


@pytest.mark.parametrize("script", [HEADLESS_CHECK, SERVER_CHECK], ids=["headless-no-qt", "server"])
def test_loaded_in_a_fresh_interpreter(script):
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-3000:]


def test_environment_variables_are_read_in_one_place():
    readers = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "app").rglob("*.py")
                     if path.name != "environment.py"
                     and any(word in path.read_text(encoding="utf-8")
                             for word in ("os.environ", "os.getenv", "getenv(")))
    assert readers == [], "read environment variables in app/environment.py"


def test_the_county_server_reads_its_settings_in_one_place():
    """The county server's configuration is one settings object (app/server/settings.py,
    pydantic-settings): no server module reads the station's environment module, and no
    other module builds a settings class of its own."""
    server = ROOT / "app" / "server"
    station_env = sorted(str(path.relative_to(ROOT)) for path in server.rglob("*.py")
                         if "app.environment" in path.read_text(encoding="utf-8"))
    assert station_env == [], "the county server's settings live in app/server/settings.py"
    settings_classes = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "app").rglob("*.py")
                              if "pydantic_settings" in path.read_text(encoding="utf-8"))
    assert settings_classes == ["app/server/settings.py"]
