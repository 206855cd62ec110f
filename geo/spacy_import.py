"""spaCy imported without its command-line interface, which the geoparser never uses.

Why: ``import spacy`` imports ``spacy.cli`` (for the one name ``spacy.info``), and with it
weasel, typer, httpx, rich and jinja2: about 0.2 s of CPU of the 0.65 s the import costs. A
build spends it in the build process before its workers can start, while the other core waits.
Here spaCy is imported with ``spacy.cli`` held back by two placeholder modules for the duration
of the import; afterwards ``spacy.cli`` is imported as usual on first use (``import spacy.cli``,
``from spacy.cli import ...``, or the attribute ``spacy.cli``), and ``spacy.info`` calls the real
``spacy.cli.info.info``. Nothing else of spaCy changes. If spaCy is already imported, or anything
here fails (another spaCy version), spaCy is imported as it always was.
"""

from __future__ import annotations

import importlib
import logging
import sys
import types
from typing import Any

log = logging.getLogger(__name__)

_CLI, _INFO = "spacy.cli", "spacy.cli.info"


def info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: spaCy's own, imported on first call."""
    from spacy.cli.info import info as real

    return real(*args, **kwargs)


def _spacy_getattr(name: str) -> Any:
    """Module ``__getattr__`` of ``spacy`` (PEP 562): ``spacy.cli`` imported on first use."""
    if name == "cli":
        return importlib.import_module(_CLI)
    raise AttributeError(f"module 'spacy' has no attribute {name!r}")


def import_spacy() -> types.ModuleType:
    """``import spacy``, without importing ``spacy.cli`` (see the module's docstring)."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    cli = types.ModuleType(_CLI)
    cli.__path__ = []  # a package: "spacy.cli.info" is looked up in sys.modules
    placeholder = types.ModuleType(_INFO)
    placeholder.info = info  # type: ignore[attr-defined]
    sys.modules[_CLI], sys.modules[_INFO] = cli, placeholder
    try:
        import spacy
    except Exception:  # not the spaCy this knows: import it as usual
        log.debug("importing spaCy without its CLI failed; importing it as usual", exc_info=True)
        for name in [n for n in sys.modules if n == "spacy" or n.startswith("spacy.")]:
            del sys.modules[name]
        import spacy

        return spacy
    finally:
        for name, module in ((_INFO, placeholder), (_CLI, cli)):
            if sys.modules.get(name) is module:
                del sys.modules[name]
    if spacy.__dict__.get("cli") is cli:
        del spacy.cli
    if "__getattr__" not in spacy.__dict__:
        spacy.__getattr__ = _spacy_getattr  # type: ignore[attr-defined]
    return spacy
