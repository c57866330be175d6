"""Where coded events are kept: an embedded DuckDB file (schema in schema.sql, upgrades in migrations.py)."""

from newsevents.store.store import Store, default_db_path

__all__ = ["Store", "default_db_path"]
