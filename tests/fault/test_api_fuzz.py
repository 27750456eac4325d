"""Fuzzing of the county server's HTTP API with schemathesis, from its own OpenAPI
description: every operation gets generated requests (valid by the schema, and not); the
server must never answer 5xx or fail to answer, and nothing generated may change its records.
Skipped, saying so, if schemathesis is not installed (it is in the dev extras)."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from sqlalchemy import func, select

from tests.fault.figures import report, scaled

schemathesis = pytest.importorskip("schemathesis")


@pytest.fixture()
def county_app(tmp_path):
    from app.server.api import create_app
    from app.server.db import ServerStore
    from app.server.enrollment import issue_enrollment_code
    from app.server.keys import create_county_keys

    store = ServerStore(f"sqlite:///{tmp_path / 'county.db'}")
    store.create_schema()
    issue_enrollment_code(store, "cgt", station_name="蔡公堂")  # an open code to guess at
    yield create_app(store, create_county_keys(tmp_path / "keys")), store
    store.close()


def test_server_api_never_fails_on_generated_requests(county_app):
    from app.server.db import Device, ServerRecord

    app, store = county_app
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    figures = {"cases": 0, "failures": [], "operations": 0, "statuses": {}}
    per_operation = scaled(40, 400)
    for result in schema.get_all_operations():
        operation = result.ok()
        figures["operations"] += 1

        @settings(max_examples=per_operation, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(operation.as_strategy())
        def call(case):
            figures["cases"] += 1
            try:
                response = case.call()
            except Exception as exc:  # noqa: BLE001 - a request the server could not answer
                figures["failures"].append(f"{operation.label}: {type(exc).__name__}: {exc!s:.100}")
                return
            status = response.status_code
            figures["statuses"][str(status)] = figures["statuses"].get(str(status), 0) + 1
            if status >= 500:
                figures["failures"].append(f"{operation.label}: HTTP {status}")

        call()
    with store.transaction() as session:
        changed = (session.scalar(select(func.count()).select_from(ServerRecord))
                   + session.scalar(select(func.count()).select_from(Device)))
    report("fuzz_server_api", "schemathesis against the county server's OpenAPI",
           cases=figures["cases"], failures=len(figures["failures"]) + changed,
           operations=figures["operations"], statuses=figures["statuses"],
           first_failures=figures["failures"][:5])
    assert figures["operations"] >= 4
    assert figures["failures"] == [] and changed == 0
