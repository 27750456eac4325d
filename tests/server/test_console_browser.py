"""The county console in a real browser: Debian's chromium driven by selenium (headless)
against a county server on 127.0.0.1 with two demo stations synced into it.

Signs in, reads the stations and the month (its figures equal the two stations' own monthly
reports added up; its villages named with their station), switches to Tibetan and back,
downloads the PDF (checked with pdftotext), checks the web fonts (they never hold the first
paint back; the text is drawn in them once they have arrived), makes an enrolment code,
enrolls a third station's device with it, revokes that device and sees its next push refused,
sets a contract target and finds it on the station after a sync. Screenshots in zh_CN and bo go to test-artifacts/console/."""
from __future__ import annotations

import shutil
import subprocess
import time
from datetime import date
from pathlib import Path

import pytest

from app.reports.export import prepare_monthly
from app.reports.figures import rollup
from app.server.enrollment import issue_enrollment_code
from tests.sync.sync_support import fingerprint_of
from app.services.demo import create_demo_station
from app.services.station import sign_in, sign_out
from app.sync.client import SyncClient
from app.sync.transport import HttpTransport, ServerRefused
from tests.server.console_support import PASSWORDS, add_accounts

CHROMIUM = shutil.which("chromium")
CHROMEDRIVER = shutil.which("chromedriver")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "console"

pytestmark = [pytest.mark.slow, pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="Debian packages chromium and chromium-driver are not installed (scripts/setup.sh)")]


@pytest.fixture()
def browser(tmp_path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    downloads = tmp_path / "downloads"
    downloads.mkdir()
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                 f"--user-data-dir={tmp_path / 'chromium-profile'}",
                 "--window-size=1400,1800", "--lang=zh-CN"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {
        "download.default_directory": str(downloads), "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.execute_cdp_cmd("Page.setDownloadBehavior",
                           {"behavior": "allow", "downloadPath": str(downloads)})
    driver.downloads = downloads
    yield driver
    driver.quit()


def wait_for(predicate, seconds: float = 30):
    """`predicate()`'s first truthy answer; a page still loading (element missing or
    replaced) counts as not yet."""
    from selenium.common.exceptions import (NoSuchElementException,
                                            StaleElementReferenceException)

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            found = predicate()
        except (NoSuchElementException, StaleElementReferenceException):
            found = None
        if found:
            return found
        time.sleep(0.2)
    raise AssertionError("timed out waiting")


def go(driver, element_id: str) -> None:
    """Click a link or a form button that loads a new page, and wait until the new page has
    replaced the old one (finding an element before that can find the old page's element,
    which then goes stale)."""
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By

    old = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.ID, element_id).click()

    def replaced() -> bool:
        try:
            old.get_attribute("lang")
            return False
        except StaleElementReferenceException:
            return driver.execute_script("return document.readyState") == "complete"

    wait_for(replaced)


def switch_language(driver, code: str, html_lang: str) -> None:
    """Click the language link and wait for the page in that language. On a loaded machine
    a click right after a resize can be lost: the link is clicked once more if so."""
    from selenium.webdriver.common.by import By

    for attempt in range(2):
        driver.find_element(By.ID, f"lang-{code}").click()
        try:
            wait_for(lambda: driver.find_element(By.TAG_NAME, "html").get_attribute("lang")
                     == html_lang, 15)
            return
        except AssertionError:
            if attempt:
                raise


def shot(driver, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    height = driver.execute_script("return document.body.scrollHeight")
    driver.set_window_size(1400, max(900, min(height + 120, 4000)))
    driver.save_screenshot(str(path))
    return path


def rendered_fonts(driver, selector: str) -> list[dict]:
    """The fonts Chromium drew the text of the first element matching `selector` with
    (DevTools CSS.getPlatformFontsForNode): familyName, isCustomFont (a web font), glyphCount."""
    driver.execute_cdp_cmd("DOM.enable", {})
    driver.execute_cdp_cmd("CSS.enable", {})
    root = driver.execute_cdp_cmd("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
    node = driver.execute_cdp_cmd("DOM.querySelector", {"nodeId": root,
                                                        "selector": selector})["nodeId"]
    return driver.execute_cdp_cmd("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]


def web_font_drawn(driver, family: str, face: str, selector: str) -> bool:
    """The console's web font `family` has arrived and the element's text is drawn in it."""
    loaded = driver.execute_script(
        "return [...document.fonts].some(f => f.family.includes(arguments[0])"
        " && f.status === 'loaded')", family)
    return loaded and any(f["isCustomFont"] and f["familyName"] == face and f["glyphCount"]
                          for f in rendered_fonts(driver, selector))


def number(text: str) -> float:
    return float(text.replace(",", ""))


@pytest.mark.parametrize("county_db_url", ["sqlite"], indirect=True)
def test_a_county_admin_works_the_console_in_a_real_browser(tmp_path, browser, live_server,
                                                           server_store):
    from selenium.webdriver.common.by import By

    month = date.today().strftime("%Y-%m")
    own_reports = []
    for index, (key, households) in enumerate((("caigongtang", 12), ("niangre", 8))):
        create_demo_station(tmp_path / key, households_count=households, seed=300 + index)
        workspace = sign_in(tmp_path / key, "admin", "demo1234")
        try:
            client = SyncClient(workspace.store, HttpTransport(live_server.url))
            client.enroll(live_server.url, issue_enrollment_code(
                server_store, key, station_name=f"{key} station"),
                fingerprint=live_server.fingerprint)
            client.sync_now()
            assert client.pending_changes() == 0
            own_reports.append(prepare_monthly(workspace, month).summary)
        finally:
            sign_out(workspace)
    expected = rollup(own_reports)
    add_accounts(server_store)
    url = live_server.url

    # sign in (Chinese is the default)
    browser.get(f"{url}/console/stations")
    assert browser.current_url.endswith("/console/login")
    browser.find_element(By.ID, "username").send_keys("admin")
    browser.find_element(By.ID, "password").send_keys(PASSWORDS["admin"])
    go(browser, "sign-in")
    wait_for(lambda: browser.current_url.endswith("/console/stations"))
    page = browser.find_element(By.TAG_NAME, "main").text
    assert "caigongtang station" in page and "niangre station" in page
    assert "社工站" in browser.find_element(By.TAG_NAME, "h1").text
    assert browser.find_element(By.CSS_SELECTOR, "#station-caigongtang .last-contact").text != "—"
    from app.version import app_version, schema_revision  # what the devices said they run

    assert browser.find_element(By.CSS_SELECTOR, "#station-caigongtang .app-version").text == \
        app_version()
    assert browser.find_element(By.CSS_SELECTOR,
                                "#station-caigongtang .schema-revision").text == schema_revision()
    shot(browser, "stations-zh_CN")
    # the web fonts never hold the first paint back (font-display: swap), nothing but the
    # Tibetan page's own face is preloaded, and the text takes the font once it has arrived
    assert set(browser.execute_script(
        "return [...document.fonts].map(f => f.display)")) == {"swap"}
    assert not browser.find_elements(By.CSS_SELECTOR, 'link[rel="preload"]')
    wait_for(lambda: web_font_drawn(browser, "Ledger CJK", "Noto Sans SC", "h1"))

    # the month: the county figures are the stations' own reports added up
    go(browser, "nav-month")
    wait_for(lambda: "/console/month" in browser.current_url)
    for period, css in (("current", "current"), ("previous", "previous"),
                        ("year_to_date", "ytd")):
        total = expected.periods[period].total
        for measure in ("households_visited", "visits", "case_files", "case_services",
                        "group_activities", "themed_activities", "resource_links",
                        "person_times"):
            cell = browser.find_element(
                By.CSS_SELECTOR, f'#county-figures tr[data-measure="{measure}"] td.{css}')
            assert number(cell.text) == total.value(measure), (period, measure)
        money = browser.find_element(
            By.CSS_SELECTOR, f'#county-figures tr[data-measure="resource_amount_fen"] td.{css}')
        assert round(number(money.text) * 100) == total.resource_amount_fen
    assert expected.current.total.visits > 0
    # the chart's bars carry the same person-times by domain
    for label in browser.find_elements(By.CSS_SELECTOR, "#chart-domain text.bar-current"):
        code = label.get_attribute("data-code")
        assert int(label.text) == expected.current.breakdowns["domain"][code].person_times
    assert browser.find_elements(By.CSS_SELECTOR, "#chart-domain text.bar-current")
    for key, own in zip(("caigongtang", "niangre"), own_reports):
        cell = browser.find_element(
            By.CSS_SELECTOR, f'#per-station tr[data-station="{key}"] td[data-measure="visits"]')
        assert number(cell.text) == own.current.total.visits
    # both demo stations have the same five villages: each row names its station
    pairs = [(row.find_element(By.CSS_SELECTOR, "th.village").text,
              row.find_element(By.CSS_SELECTOR, "td.station").text)
             for row in browser.find_elements(By.CSS_SELECTOR, "#by-village tbody tr")]
    assert len(pairs) == len(set(pairs))
    assert {"caigongtang station", "niangre station"} <= {station for _v, station in pairs}
    shot(browser, "month-zh_CN")

    # Tibetan, then the PDF in Tibetan
    switch_language(browser, "bo", "bo")
    assert "ཟླ་བ" in browser.find_element(By.TAG_NAME, "body").text
    assert browser.find_element(By.ID, "nav-stations").text == "སྤྱི་ཚོགས་ལས་ཀའི་ས་ཚིགས"
    assert [link.get_attribute("href").rsplit("/", 1)[-1] for link in browser.find_elements(
        By.CSS_SELECTOR, 'link[rel="preload"][as="font"]')] == ["NotoSerifTibetan-Regular.ttf"]
    wait_for(lambda: web_font_drawn(browser, "Ledger Tibetan", "Noto Serif Tibetan",
                                    "#nav-stations"))
    assert "/console/month" in browser.current_url  # the switch stays on the page
    shot(browser, "month-bo")
    browser.find_element(By.ID, "download-pdf").click()
    pdf = wait_for(lambda: [p for p in browser.downloads.glob("*.pdf")])[0]
    wait_for(lambda: pdf.stat().st_size > 1000 and not list(browser.downloads.glob("*.crdownload")))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert month in text and "ཟླ་བ" in text
    go(browser, "nav-stations")
    shot(browser, "stations-bo")
    for page in ("province", "users", "devices"):
        go(browser, f"nav-{page}")
        wait_for(lambda: f"/console/{page}" in browser.current_url)
        shot(browser, f"{page}-bo")
    switch_language(browser, "zh_CN", "zh-CN")
    assert browser.find_element(By.ID, "nav-stations").text == "社工站"

    # a contract target set by the county arrives on the station with its next sync
    from selenium.webdriver.support.ui import Select

    go(browser, "nav-targets")
    Select(browser.find_element(By.ID, "target-station-pick")).select_by_value("caigongtang")
    year = date.today().year
    go(browser, "show-targets")
    Select(browser.find_element(By.ID, "target-measure")).select_by_value("case_files")
    browser.find_element(By.ID, "target-value").send_keys("48")
    go(browser, "set-target")
    row = wait_for(lambda: browser.find_elements(
        By.CSS_SELECTOR, '#target-list tr[data-measure="case_files"][data-domain=""]'))[0]
    assert row.find_element(By.CSS_SELECTOR, "td.target").text == "48"
    shot(browser, "targets-zh_CN")
    workspace = sign_in(tmp_path / "caigongtang", "admin", "demo1234")
    try:
        SyncClient(workspace.store, HttpTransport(url)).sync_now()
        from sqlalchemy import select

        from app.models import ContractTarget

        with workspace.read() as session:
            arrived = [(t.year, t.measure, t.domain_code, t.target) for t in session.scalars(
                select(ContractTarget).where(ContractTarget.deleted_at.is_(None)))]
        assert (year, "case_files", "", 48) in arrived
        station_report = prepare_monthly(workspace, month).summary
        mine = [p for p in station_report.targets if p.measure == "case_files"
                and p.domain_code == "" and p.target == 48]
        assert len(mine) == 1
    finally:
        sign_out(workspace)
    # the month page shows the station's progress against it, as the station's report does
    browser.get(f"{url}/console/month?month={month}")
    progress = browser.find_element(By.CSS_SELECTOR, '#target-progress tr[data-station='
                                    '"caigongtang"][data-measure="case_files"][data-domain=""]')
    assert progress.find_element(By.CSS_SELECTOR, "td.target").text == "48"
    assert number(progress.find_element(By.CSS_SELECTOR, "td.ytd").text) == \
        mine[0].actual_year_to_date
    shot(browser, "month-targets-zh_CN")

    # an enrolment code for a new station, used by a real device
    go(browser, "nav-devices")
    browser.find_element(By.ID, "code-station").send_keys("gamma")
    browser.find_element(By.ID, "code-name").send_keys("丙社工站")
    browser.find_element(By.ID, "code-label").send_keys("卓玛的笔记本")
    browser.find_element(By.ID, "code-new-station").click()  # a new station, explicitly
    Select(browser.find_element(By.ID, "code-role")).select_by_value("admin")  # its computer
    go(browser, "make-code")
    code = wait_for(lambda: browser.find_elements(By.ID, "new-code"))[0].text
    assert len(code) == 19
    shot(browser, "devices-new-code-zh_CN")
    create_demo_station(tmp_path / "gamma", households_count=3, seed=400)
    workspace = sign_in(tmp_path / "gamma", "admin", "demo1234")
    try:
        client = SyncClient(workspace.store, HttpTransport(url))
        client.enroll(url, code, fingerprint=fingerprint_of(url))
        client.sync_now()
        device_id = workspace.store.device_id
        browser.get(f"{url}/console/devices")
        row = browser.find_element(By.ID, f"device-{device_id}")
        assert "卓玛的笔记本" in row.text and "丙社工站" in row.text
        # the code was shown once: it is not on the page any more
        assert not browser.find_elements(By.ID, "new-code")
        browser.find_element(By.ID, f"revoke-{device_id}").click()
        question = wait_for(lambda: browser.find_elements(By.ID, "question"))[0].text
        assert "卓玛的笔记本" in question and "无法撤销" in question
        go(browser, "confirm")
        wait_for(lambda: "revoked" in browser.find_element(
            By.ID, f"device-{device_id}").get_attribute("class"))
        shot(browser, "devices-revoked-zh_CN")
        from app.services.households import HouseholdInput, PersonInput, create_household
        from app.services.queries import villages

        with workspace.read() as session:
            village = villages(session, workspace.station_id)[0].id
        create_household(workspace, HouseholdInput(village_id=village, address_zh="新户1号"),
                         [PersonInput(name_zh="新户主", relation="head", sex="F")])
        with pytest.raises(ServerRefused) as refused:
            client.sync_now()
        assert refused.value.status == 403
        assert client.pending_changes() > 0  # nothing counted as delivered
    finally:
        sign_out(workspace)

    # the audit trail shows the sign-in, the code, the export and the revocation
    go(browser, "nav-audit")
    trail = browser.find_element(By.ID, "audit").text
    for action in ("sign_in", "export_month", "enrolment_code_issued", "device_revoked",
                   "contract_target_set"):
        assert action in trail
