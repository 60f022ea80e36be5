"""Writes the sandbox's OpenAPI document to docs/openapi.json (`python -m windtre_desktop.sandbox.openapi_dump`)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from windtre_desktop.sandbox.app import create_app
from windtre_desktop.sandbox.state import SandboxConfig

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"


def openapi_text() -> str:
    """The OpenAPI document exactly as committed: sorted keys, indent 2, trailing newline."""
    app = create_app(SandboxConfig(lines=1))
    return json.dumps(app.openapi(), sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0]) if args else DEFAULT_PATH
    path.write_text(openapi_text(), encoding="utf-8", newline="\n")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
