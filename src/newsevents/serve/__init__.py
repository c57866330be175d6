"""`newsevents serve`: the analysis as an HTTP API and a dashboard (FastAPI on uvicorn)."""

from newsevents.serve.app import ServeSettings, create_app

__all__ = ["ServeSettings", "create_app"]
