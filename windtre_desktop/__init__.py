"""windtre-desktop: desktop client for WINDTRE Business self-care.

`__version__` has one source, pyproject.toml's version, read from the installed package's metadata (which
the PyInstaller bundle carries too). It is read on first use (PEP 562), so a start does not load
importlib.metadata before its first frame."""

APP_NAME = "windtre-desktop"
DISTRIBUTION = "windtre-desktop"
# Only when running from a source tree that was never installed (no metadata to read): says so plainly.
SOURCE_TREE_VERSION = "0+source-tree"


def __getattr__(name: str) -> str:
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        value = version(DISTRIBUTION)
    except PackageNotFoundError:
        value = SOURCE_TREE_VERSION
    globals()["__version__"] = value
    return value
