"""The proofs use the GUI tests' fixtures (a controller on the real sandbox, a private data dir) and, like them,
run in Italian, the app's default language, whichever tests ran before."""

from tests.ui.conftest import fresh_sandbox, make_controller, qt_translations  # noqa: F401
