"""Moved to domain.traffic_data (the views read these values too); this name goes once every import moved."""

from windtre_desktop.domain.traffic_data import *  # noqa: F403
from windtre_desktop.domain.traffic_data import __all__  # noqa: F401
