"""windtre-desktop: desktop client for WINDTRE Business self-care."""

__version__ = "0.1.0"
APP_NAME = "windtre-desktop"
