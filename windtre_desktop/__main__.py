"""`python -m windtre_desktop` starts the desktop app."""

import sys

from windtre_desktop.app import main

sys.exit(main())
