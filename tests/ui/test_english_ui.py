"""No Italian left in the English UI (issue 10): every screen of the English smoke tour, read as text, and
every English translation whose source is not English.

Proper names stay as they are: WINDTRE, offer names, people's and places' names, the state's "Sistema di
Interscambio", and what people typed (line aliases, ticket notes). The words below are Italian UI words
that none of those contain."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from windtre_desktop.i18n.translations import TRANSLATIONS_DIR

ITALIAN_ONLY = (
    "Ricarica", "Ricariche", "effettuata", "effettuate", "Carta scaduta", "scaduta", "voce mobile", "nazionale",
    "internazionale", "Richieste", "segnalazioni", "Passaggio", "Aggiorna", "Inserisci", "nuovo", "P.IVA",
    "Codice fiscale", "partita IVA", "Fattura", "Fatture", "scaricate", "scaricata", "archiviati", "pagata",
    "da pagare", "Argomento", "Avanti", "Indietro", "Annulla", "Chiudi", "Accedi", "Esci", "Conto", "Traffico",
    "Prodotti", "Fai da te", "Notifiche", "sostituzione", "blocco", "Reintegro", "Furto", "Smarrimento",
    "Registrati", "Crea", "Recupera", "Ricordami", "Scarica", "selezionate", "Salva", "Stampa", "Cerca",
    "Riprova", "dettaglio", "chiamate", "Tentativi", "esito", "Importo", "Azienda", "Profilo", "Sessione",
    "Nessuno", "annullata", "rifiutato", "In attesa", "conferma", "Motivo", "Servizi", "Dispositivi",
)
_PATTERN = re.compile(r"(?<![\w.])(" + "|".join(re.escape(word) for word in ITALIAN_ONLY) + r")(?!\w)", re.IGNORECASE)


def italian_words(text: str) -> list[str]:
    return _PATTERN.findall(text)


def test_the_word_list_catches_what_the_review_found():
    for found in ('You can follow it in "Richieste e segnalazioni"', "Ricarica effettuata", "Carta scaduta",
                  "voce internazionale", "Passaggio 2", "P.IVA 01234567897", "Codice fiscale", "SCADUTA"):
        assert italian_words(found), found
    for fine in ("WINDTRE Business", "Business Voce 1000", "Giuseppe Gatti (Assistenza tecnica 8)", "Dipendente2026!",
                 "Sistema di Interscambio", "Recharge made", "Card expired", "International call", "Step 2 of 4"):
        assert italian_words(fine) == [], fine


def test_english_translations_of_non_english_sources_are_all_finished():
    """A source text written in Italian (the portal's terms) must have its English translation."""
    tree = ET.parse(TRANSLATIONS_DIR / "windtre_en.ts")
    left = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            shown = source if translation.get("type") == "unfinished" else "".join(translation.itertext()) or source
            if italian_words(shown):
                left.append((context.findtext("name"), source))
    assert left == []


@pytest.fixture
def english_tour(smoke_tour):
    """The smoke tour in English (the dark run test_smoke_tour also reads): a .txt of visible texts beside
    each screenshot."""
    result, out = smoke_tour("en", "dark")
    assert result.returncode == 0, result.stdout + result.stderr
    return out


# what the tour types itself, as a receptionist would (free text stays as written)
TYPED_BY_THE_TOUR = ("SIM smarrita durante una trasferta.",)


def test_no_italian_on_any_screen_of_the_english_ui(english_tour):
    shots = sorted(english_tour.glob("*.png"))
    texts = [shot.with_suffix(".txt") for shot in shots]  # one text per screen (clipped.txt is the tour's report)
    assert len(shots) > 40 and all(text.exists() for text in texts)
    found = {}
    for path in texts:
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line not in TYPED_BY_THE_TOUR]
        assert lines, path.name  # every screen shows some text
        words = [(word, line) for line in lines for word in italian_words(line)]
        if words:
            found[path.stem] = words
    assert found == {}
    everything = "\n".join(path.read_text(encoding="utf-8") for path in texts)
    # the review's examples, now in English
    assert "Requests and reports" in everything and "Step 1 of 4" in everything
    assert re.search(r"Recharge made|Card expired|Payment refused", everything)
    assert re.search(r"National call|Call to mobile|International call", everything)
