"""Layer (a) of the fault proofs: every driven operation of the contract, made with the app's ApiClient and
retry policy under each injected fault. The outcome must be a success (after a retry where the contract allows
one) or one of the app's typed errors whose words, as the app would show them, are clear: never another
exception, never JSON, a code or a traceback, never English words in an Italian session."""

from __future__ import annotations

import random
import re
import traceback
from dataclasses import dataclass

from soak.fault_bench import Bench
from soak.fault_operations import OPERATIONS, discover, openapi_operations
from windtre_desktop.api import errors
from windtre_desktop.api.errors import ApiError
from windtre_desktop.sandbox.messages import MESSAGES
from windtre_desktop.sync.outcomes import Failure

# "drop" drops the connection before the server acts, "drop_after" once it has committed; "expired" is a 401:
# every session ends just before the call
FAULTS = ("latency", "500", "429", "drop", "drop_after", "truncate", "malformed", "expired")
RAW_MARKERS = ("Traceback", "{", "}", "ERR-", "HTTP ", "Exception", "httpx", "json", "None")
ENGLISH_WORDS = re.compile(r"\b(the|please|was|cannot|could|did|answer|not valid|try again)\b", re.IGNORECASE)


@dataclass(frozen=True)
class CaseResult:
    operation: tuple[str, str]
    fault: str
    outcome: str  # "ok", or the Failure kind the app would get
    survived: bool
    detail: str = ""


def _client_texts() -> set[str]:
    """The English default words of every typed error: the app must never show them to an Italian user."""
    found: set[str] = set()
    stack = [errors.ApiError]
    while stack:
        cls = stack.pop()
        found.add(cls.default_message)
        stack.extend(cls.__subclasses__())
    return found


def _templates(language: str) -> list[re.Pattern]:
    return [re.compile(re.escape(texts[language]).replace(r"\{", "{").replace(r"\}", "}")
                       .replace("{", "(?:").replace("}", ")?") + "$")
            for texts in MESSAGES.values() if language in texts]


_OTHER_LANGUAGE = {"it": "en", "en": "it"}
CLIENT_TEXTS = _client_texts()


def unclear(error: Exception, language: str = "it") -> str | None:
    """Why the words the app would show for `error` are not clear to a user of `language`, or None if they are.
    An empty message is clear: every view then shows its own translated words for the failure's kind."""
    if not isinstance(error, ApiError):
        return f"not a typed error: {type(error).__name__}"
    failure = Failure.from_error(error)
    if failure.kind == "error":
        return "the app cannot tell what kind of failure this is"
    return unclear_text(failure.message, language) if failure.message else None


def unclear_text(text: str, language: str = "it") -> str | None:
    """Why `text`, shown to a user of `language`, is not clear words of that language, or None."""
    if any(marker in text for marker in RAW_MARKERS):
        return f"raw text shown: {text!r}"
    if text in CLIENT_TEXTS:
        return f"the client's own English words shown: {text!r}"
    if language == "it" and ENGLISH_WORDS.search(text):
        return f"English words in an Italian session: {text!r}"
    other = _OTHER_LANGUAGE.get(language)
    if other and any(p.match(text) for p in _TEMPLATES[other]) and not any(
            p.match(text) for p in _TEMPLATES[language]):
        return f"the server's {other} words in a {language} session: {text!r}"
    return None


_TEMPLATES = {language: _templates(language) for language in ("it", "en")}


def inject(bench: Bench, fault: str, path: str, count: int = 1) -> None:
    """Arm `fault` on `path` for `count` requests (-1: until disarmed); "expired" ends every session now."""
    if fault == "expired":
        bench.expire_sessions()
    elif fault == "drop_after":
        bench.arm("drop", path, after=True, count=count)
    else:
        bench.arm(fault, path, count=count)


def run_case(bench: Bench, ids: dict, key: tuple[str, str], fault: str) -> CaseResult:
    """One operation under one fault; the bench's faults are cleared afterwards whatever happened."""
    try:
        prepared = OPERATIONS[key](bench, ids)
    except Exception as error:  # noqa: BLE001 - a set-up that fails is reported, not a crash of the run
        return CaseResult(key, fault, "setup", False, f"set-up failed: {error!r}")
    try:
        inject(bench, fault, prepared.path)
        prepared.run()
        return CaseResult(key, fault, "ok", True)
    except Exception as error:  # noqa: BLE001 - every failure is judged
        problem = unclear(error)
        kind = Failure.from_error(error).kind
        if problem is not None and not isinstance(error, ApiError):
            problem += " | " + "".join(traceback.format_exception_only(error)).strip()
        return CaseResult(key, fault, kind, problem is None, problem or "")
    finally:
        bench.disarm()


def plan(sample: int | None = None, seed: int = 16) -> list[tuple[tuple[str, str], str]]:
    """Every driven operation × every fault, or (`sample`) that many faults per operation, chosen by a seeded
    RNG so a run can be repeated."""
    rng = random.Random(seed)
    cases = []
    for key in sorted(OPERATIONS):
        faults = list(FAULTS) if sample is None else rng.sample(FAULTS, sample)
        cases.extend((key, fault) for fault in faults)
    return cases


def run_api_layer(bench: Bench, sample: int | None = None, seed: int = 16) -> list[CaseResult]:
    ids = discover(bench)
    return [run_case(bench, ids, key, fault) for key, fault in plan(sample, seed)]


def covered_operations() -> set[tuple[str, str]]:
    return set(OPERATIONS) & openapi_operations()
