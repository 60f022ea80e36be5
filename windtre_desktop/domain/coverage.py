"""Coverage (R-23): the operator's public pages where a business customer checks the network's coverage in
Italy and abroad. The app only links to them (they open in the system browser); no endpoint is involved."""

from __future__ import annotations

# WINDTRE Business's national coverage map (fixed and mobile network, by address)
NATIONAL_COVERAGE_URL = "https://www.windtrebusiness.it/partita-iva-aziende/vantaggi-e-rete/copertura-nazionale"
# WINDTRE Business's international roaming page: roaming coverage and operators by destination country
ABROAD_COVERAGE_URL = "https://www.windtrebusiness.it/en/support/mobile/abroad/international-roaming"
