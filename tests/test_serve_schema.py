"""A property-based run of every API operation against its OpenAPI schema: no server error."""

from __future__ import annotations

from pathlib import Path

import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from newsevents.serve import ServeSettings, create_app
from serve_data import build_store


def test_serve_schema_finds_no_server_error(tmp_path: Path) -> None:
    app = create_app(ServeSettings(db=build_store(tmp_path / "events.duckdb")))
    with TestClient(app):  # runs the application's start-up and shut-down
        schema = schemathesis.openapi.from_asgi("/openapi.json", app)
        operations = [result.ok() for result in schema.get_all_operations()]
        assert len(operations) >= 10
        for operation in operations:

            @given(case=operation.as_strategy())
            @settings(max_examples=30, deadline=None, database=None, suppress_health_check=list(HealthCheck))
            def no_server_error(case: schemathesis.Case) -> None:
                response = case.call()
                case.validate_response(response, checks=[not_a_server_error])

            no_server_error()
