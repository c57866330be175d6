"""`newsevents watch`: poll news feeds in rounds and store each new item's page, coded."""

from newsevents.watch.fetch import Fetcher, Limits, Page
from newsevents.watch.watcher import RoundStats, Watcher, WatchOptions

__all__ = ["Fetcher", "Limits", "Page", "RoundStats", "WatchOptions", "Watcher"]
