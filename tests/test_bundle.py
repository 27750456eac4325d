"""The PyInstaller onedir bundle builds from build.spec and runs, and the Linux package made from
it installs, starts to its sign-in screen on a real X server, and uninstalls without touching the
user's data.

The bundle is built once for the module. The package test needs root and dpkg (CI has both: it
runs as root on Debian) and installs the package on this machine for the length of the test.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.sync.conftest import county_keys, server_store  # noqa: F401 - fixtures

ROOT = Path(__file__).resolve().parents[1]
APPID = "cn.stationledger.ledger"
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("bundle")
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    subprocess.run([str(pyinstaller), "--noconfirm", "--log-level", "ERROR",
                    "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
                    str(ROOT / "build.spec")], cwd=ROOT, check=True, timeout=900)
    return work / "dist" / "station-ledger"


def _env(**extra) -> dict:
    env = {**os.environ, "STATION_LEDGER_FAST_KDF": "1", **extra}
    env.pop("PYTHONPATH", None)
    return env


@pytest.mark.slow
def test_bundle_builds_and_runs(bundle, tmp_path):
    program = bundle / "station-ledger-cli"
    bundled = bundle / "_internal" / "resources"
    assert (bundle / "station-ledger").exists(), "the windowed desktop program"
    assert (bundled / "fonts" / "NotoSerifTibetan-Regular.ttf").exists()
    assert (bundled / "fonts" / "OFL-NotoSerifTibetan.txt").exists()
    assert (bundled / "icons" / "station-ledger-256.png").exists()
    assert list((bundled / "i18n").glob("*.qm")), "compiled translations are bundled"
    from app.version import app_version

    version = subprocess.run([str(program), "--version"], env=_env(), capture_output=True,
                             text=True, check=True, timeout=120)
    assert app_version() in version.stdout  # the bundle knows its own version
    data = tmp_path / "data"
    subprocess.run([str(program), "--data-dir", str(data), "demo", "--households", "3"],
                   check=True, env=_env(), cwd=tmp_path, capture_output=True, timeout=300)
    verified = subprocess.run([str(program), "--data-dir", str(data), "verify", "--user", "admin"],
                              input="demo1234\n", env=_env(), cwd=tmp_path, capture_output=True,
                              text=True, check=True, timeout=120)
    report = json.loads(verified.stdout)
    assert report["integrity_check"] == "ok" and report["records"]["household"] == 3


def _tree_digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _xwd_to_png(xwd: bytes, out: Path) -> None:
    """Convert an X window dump (ZPixmap, least significant byte first, 24 or 32 bits a pixel:
    what Xvfb's 24-bit screen gives) to PNG."""
    from PySide6.QtGui import QImage

    header = [int.from_bytes(xwd[i:i + 4], "big") for i in range(0, 100, 4)]
    header_size, width, height = header[0], header[4], header[5]
    bits_per_pixel, bytes_per_line, ncolors = header[11], header[12], header[19]
    formats = {24: QImage.Format.Format_BGR888, 32: QImage.Format.Format_RGB32}
    assert bits_per_pixel in formats and header[7] == 0, header  # LSBFirst
    pixels = xwd[header_size + 12 * ncolors:][:bytes_per_line * height]
    image = QImage(pixels, width, height, bytes_per_line, formats[bits_per_pixel]).copy()
    assert image.save(str(out))


@pytest.mark.slow
def test_deb_installs_starts_and_removes_keeping_user_data(bundle, tmp_path):
    if os.geteuid() != 0 or not shutil.which("dpkg") or not shutil.which("Xvfb"):
        pytest.skip("needs root, dpkg and Xvfb (CI has them)")
    out = tmp_path / "deb"
    subprocess.run(["bash", str(ROOT / "scripts" / "build-deb.sh"), str(bundle), str(out)],
                   check=True, cwd=ROOT, timeout=600, capture_output=True)
    (package,) = out.glob(f"{APPID}_*.deb")
    contents = subprocess.run(["dpkg-deb", "--contents", str(package)], capture_output=True,
                              text=True, check=True).stdout
    assert f"./opt/apps/{APPID}/info" in contents
    assert f"./opt/apps/{APPID}/entries/applications/{APPID}.desktop" in contents
    info = subprocess.run(["dpkg-deb", "-I", str(package)], capture_output=True, text=True).stdout
    assert "postinst" not in info and "postrm" not in info and "preinst" not in info

    home = tmp_path / "home"
    data = home / ".local" / "share" / "StationLedger"  # the platform's default data folder
    installed = Path("/opt/apps") / APPID / "files"
    subprocess.run(["dpkg", "-i", str(package)], check=True, capture_output=True, timeout=300)
    xvfb = None
    app = None
    try:
        assert (installed / "station-ledger").exists()
        env = _env(HOME=str(home), XDG_DATA_HOME=str(home / ".local" / "share"),
                   XDG_STATE_HOME=str(home / ".local" / "state"))
        env.pop("STATION_LEDGER_HOME", None)
        env.pop("STATION_LEDGER_LOG_DIR", None)
        subprocess.run(["/usr/bin/station-ledger", "demo", "--households", "3"], env=env,
                       check=True, capture_output=True, timeout=300)
        before = _tree_digest(data)
        display = ":%d" % (90 + os.getpid() % 9)
        xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten",
                                 "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1.0)
        env = {**env, "DISPLAY": display}
        env.pop("QT_QPA_PLATFORM", None)
        app = subprocess.Popen([str(installed / "station-ledger")], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        log = home / ".local" / "state" / "StationLedger" / "log" / "station-ledger.log"
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if log.exists() and "sign-in screen shown" in log.read_text(encoding="utf-8"):
                break
            assert app.poll() is None, app.stdout.read().decode(errors="replace")
            time.sleep(0.2)
        else:
            pytest.fail("the installed program did not reach its sign-in screen in 90 s")
        time.sleep(1.5)  # let it paint
        dump = subprocess.run(["xwd", "-root", "-silent", "-display", display],
                              capture_output=True, check=True, timeout=60).stdout
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        shot = SCREENSHOTS / "deb-installed-sign-in.png"
        _xwd_to_png(dump, shot)
        assert shot.stat().st_size > 10_000  # a painted window, not an empty screen
    finally:
        if app is not None and app.poll() is None:
            app.send_signal(signal.SIGTERM)
            app.wait(timeout=30)
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(timeout=30)
        subprocess.run(["dpkg", "-r", APPID], capture_output=True, timeout=300)
    assert not Path("/opt/apps", APPID).exists()
    assert not Path("/usr/bin/station-ledger").exists()
    assert _tree_digest(data) == before, "removing the package changed the user's data"


def _bundle_at_version(bundle: Path, target: Path, version: str, root: Path) -> Path:
    """A copy of the built bundle that says it is `version` (its distribution metadata is where
    a bundle reads its version) and trusts the release root, as a release build does: the
    stand-in for building the next release."""
    shutil.copytree(bundle, target, symlinks=True)
    (target / "_internal" / "resources" / "update").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(root, target / "_internal" / "resources" / "update" / "root.json")
    (metadata,) = (target / "_internal").glob("station_ledger-*.dist-info/METADATA")
    text = metadata.read_text(encoding="utf-8")
    metadata.write_text("\n".join(f"Version: {version}" if line.startswith("Version:") else line
                                  for line in text.splitlines()) + "\n", encoding="utf-8")
    return target


@pytest.mark.slow
def test_installed_bundle_updates_itself_through_the_county_and_goes_back(bundle, tmp_path,
                                                                          server_store,
                                                                          county_keys):
    from app.server.api import create_app
    from app.updates.release import add_release, init_repository, publish_to_county
    from app.version import app_version
    from tests.sync.sync_support import ServerThread

    current = app_version()
    major, minor, patch = (int(part) for part in current.split(".")[:3])
    newer, broken = f"{major}.{minor}.{patch + 1}", f"{major}.{minor}.{patch + 2}"
    root = init_repository(tmp_path / "repo", tmp_path / "release-keys")
    installed = _bundle_at_version(bundle, tmp_path / "installed", current, root)
    add_release(tmp_path / "repo", tmp_path / "release-keys",
                _bundle_at_version(bundle, tmp_path / "next", newer, root), newer)
    county_updates = tmp_path / "county-updates"
    publish_to_county(tmp_path / "repo", county_updates)
    server = ServerThread(create_app(server_store, county_keys,
                                     updates_dir=county_updates)).start()
    data = tmp_path / "data"
    cli = installed / "station-ledger-cli"

    def run(*args, stdin=""):
        return subprocess.run([str(cli), "--data-dir", str(data), *args], input=stdin,
                              env=_env(), capture_output=True, text=True, timeout=300)

    try:
        assert run("demo", "--households", "2").returncode == 0
        fetched = run("update", "--user", "admin", "--from", server.url, stdin="demo1234\n")
        assert fetched.returncode == 0, fetched.stderr
        assert f"version {newer} verified" in fetched.stdout
        assert run("--version").stdout.startswith(f"station-ledger {newer} ")  # now the newer
        assert run("--version").stdout.startswith(f"station-ledger {newer} ")  # and it stays

        # a release that cannot start: the next start tries it once, then goes back to `newer`
        failing = _bundle_at_version(bundle, tmp_path / "broken", broken, root)
        (failing / "_internal" / "base_library.zip").write_bytes(b"not a zip")
        add_release(tmp_path / "repo", tmp_path / "release-keys", failing, broken)
        publish_to_county(tmp_path / "repo", county_updates)
        fetched = run("update", "--user", "admin", "--from", server.url, stdin="demo1234\n")
        assert f"version {broken} verified" in fetched.stdout, fetched.stderr
        assert run("--version").returncode != 0  # the broken one fails to start
        assert run("--version").stdout.startswith(f"station-ledger {newer} ")  # went back
        state = json.loads((data / "app-versions" / "state.json").read_text())
        assert broken in state["bad"] and newer in state["good"]
        verified = run("verify", "--user", "admin", stdin="demo1234\n")
        assert json.loads(verified.stdout)["integrity_check"] == "ok"
    finally:
        server.stop()
