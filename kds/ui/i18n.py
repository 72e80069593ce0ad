"""Languages of the user interface: the translation catalogues, compiled and loaded at run time.

`translations/kds_<lang>.ts` are the committed catalogues: `python -m kds.ui.i18n update` runs
`pyside6-lupdate` over `kds/ui`, `kds/app.py` and the platforms' specs (their names and setup hints)
to add new strings, a translator fills them in.
The compiled `.qm` files are never committed (`.gitignore`); `apply_language` finds one this way:

1. next to the `.ts`, when it is at least as new (`packaging/build.sh` and `python -m kds.ui.i18n
   compile` put them there; a PyInstaller bundle ships only these);
2. else in the user cache dir (`<cache>/kds/translations/`), compiled there with `lrelease` from the
   PySide6 wheel when missing or older than the `.ts` (a source checkout needs no build step);
3. else a stale `.qm`, else none: the interface stays in English, the source language.

Qt's own catalogue (`qtbase_<lang>.qm`) is loaded too, so standard buttons and context menus match.
Installing a translator makes Qt send `LanguageChange` to every widget: the windows retranslate
themselves, so switching language needs no restart. `QLocale.setDefault` follows the language, so
times and money (`kds.ui.wording`) are written the way the chosen market writes them.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kds.station.settings import APP_NAME, Language

log = logging.getLogger(__name__)

CATALOGUE = "kds"
"""Catalogue files are `<CATALOGUE>_<language>.ts`."""

NATIVE_NAMES = {
    Language.EN: "English",
    Language.PT_BR: "Português (Brasil)",
    Language.ZH_HK: "中文（香港）",
    Language.ZH_CN: "中文（简体）",
    Language.ID: "Bahasa Indonesia",
    Language.VI: "Tiếng Việt",
    Language.TH: "ภาษาไทย",
}
"""Each language in its own words: the language picker must be readable by whoever needs it."""

LOCALES = {
    Language.EN: "en_US",
    Language.PT_BR: "pt_BR",
    Language.ZH_HK: "zh_HK",
    Language.ZH_CN: "zh_CN",
    Language.ID: "id_ID",
    Language.VI: "vi_VN",
    Language.TH: "th_TH",
}
"""The locale whose conventions (time, decimal and thousands separators, currency place) each language uses."""

QT_CATALOGUES = {
    Language.PT_BR: ("pt_BR", "pt"),
    Language.ZH_HK: ("zh_HK", "zh_TW"),  # Qt ships Traditional Chinese as zh_TW only
    Language.ZH_CN: ("zh_CN",),
    Language.ID: ("id",),
    Language.VI: ("vi",),
    Language.TH: ("th",),
}
"""Qt's own catalogues to try for each language, best first (Qt has none for some: English stays)."""

CJK_FAMILIES = {Language.ZH_HK: "Noto Sans CJK HK", Language.ZH_CN: "Noto Sans CJK SC"}
"""The Han font each Chinese variant should draw with: the same character has regional shapes."""


def source_root() -> Path:
    """Where `translations/` is: beside a frozen bundle's files, else at the repository root."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if bundle else Path(__file__).resolve().parents[2]


def translations_dir() -> Path:
    """The directory of the `.ts` catalogues (and of `.qm` files built next to them)."""
    return source_root() / "translations"


def cache_dir() -> Path:
    """Where catalogues compiled at run time go."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "translations"


def qt_tool(name: str) -> Path | None:
    """The `lupdate` or `lrelease` program of the PySide6 wheel (or one on PATH), if any."""
    import PySide6

    exe = Path(PySide6.__file__).resolve().parent / (f"{name}.exe" if sys.platform == "win32" else name)
    if exe.is_file():
        return exe
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    return Path(found) if found else None


def compile_catalogue(ts: Path, qm: Path) -> bool:
    """Compile `ts` into `qm` with `lrelease`; False (and a log line) when that is not possible."""
    lrelease = qt_tool("lrelease")
    if lrelease is None:
        log.warning("cannot compile %s: lrelease is not installed", ts.name)
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True,
                       timeout=60)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("cannot compile %s: %s", ts.name, exc)
        return False
    return qm.is_file()


def _fresh(qm: Path, ts: Path) -> bool:
    return qm.is_file() and (not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime)


def catalogue(language: Language | str, *, directory: Path | None = None, cache: Path | None = None) -> Path | None:
    """The compiled catalogue of `language`, compiling it into the cache when needed (see the module docs)."""
    name = f"{CATALOGUE}_{Language(language).value}"
    directory = directory or translations_dir()
    ts, beside = directory / f"{name}.ts", directory / f"{name}.qm"
    if _fresh(beside, ts):
        return beside
    cached = (cache or cache_dir()) / f"{name}.qm"
    if ts.is_file() and (_fresh(cached, ts) or compile_catalogue(ts, cached)):
        return cached
    for stale in (beside, cached):
        if stale.is_file():
            log.warning("using the older compiled catalogue %s", stale)
            return stale
    return None


def locale_for(language: Language | str) -> QLocale:
    """The locale of `language` (for times, numbers and money)."""
    return QLocale(LOCALES[Language(language)])


class Translations:
    """The translators installed in one application, and the language they are for."""

    def __init__(self) -> None:
        """Nothing installed: the interface speaks English."""
        self.language = Language.EN
        self._installed: list[QTranslator] = []
        self._system_locale: QLocale | None = None

    def reset(self) -> None:
        """Back to no translation and the locale the process started with (tests)."""
        self.apply(Language.EN)
        if self._system_locale is not None:
            QLocale.setDefault(self._system_locale)

    def apply(self, language: Language | str) -> bool:
        """Switch the whole interface to `language` (widgets get `LanguageChange`).

        Returns:
            False when the language's catalogue could not be found or loaded (English is shown).
        """
        language = Language(language)
        if self._system_locale is None:
            self._system_locale = QLocale()
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed.clear()
        QLocale.setDefault(locale_for(language))
        prefer_cjk_family(language)
        self.language = language
        if language is Language.EN:
            return True
        ok = False
        path = catalogue(language)
        app_translator = QTranslator()
        if path is not None and app_translator.load(str(path)):
            self._installed.append(app_translator)
            ok = True
        else:
            log.warning("no translation catalogue for %s: the interface stays in English", language.value)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for candidate in QT_CATALOGUES.get(language, ()):
            qt_translator = QTranslator()
            if qt_translator.load(f"qtbase_{candidate}", qt_dir):
                self._installed.append(qt_translator)
                break
        # Qt's catalogue first, then ours on top: the last installed translator is asked first.
        for translator in self._installed[::-1]:
            QCoreApplication.installTranslator(translator)
        return ok


def prefer_cjk_family(language: Language) -> None:
    """Make `kds.ui.theme.FONT_FAMILIES` draw Han characters in `language`'s regional shapes.

    The list is read whenever a font is made, so fonts made after this (the window applies its
    theme again on a language change) follow; without this, Hong Kong Chinese would be drawn with
    Simplified Chinese glyph shapes.
    """
    from kds.ui import theme

    wanted = CJK_FAMILIES.get(language, CJK_FAMILIES[Language.ZH_CN])
    families = [f for f in theme.FONT_FAMILIES if f not in CJK_FAMILIES.values()]
    at = families.index("Sans Serif") if "Sans Serif" in families else len(families)
    families.insert(at, wanted)
    theme.FONT_FAMILIES[:] = families


_TRANSLATIONS = Translations()


def apply_language(language: Language | str) -> bool:
    """Show the interface in `language` from now on (see `Translations.apply`)."""
    return _TRANSLATIONS.apply(language)


def reset_language() -> None:
    """No translation, and the process's own locale again (what tests start from)."""
    _TRANSLATIONS.reset()


def current_language() -> Language:
    """The language the interface is in."""
    return _TRANSLATIONS.language


def ui_sources(root: Path | None = None) -> list[Path]:
    """The Python files whose strings make up the catalogue: `kds/ui/**.py`, `kds/app.py` and the specs.

    A platform's spec (`kds/platforms/<name>/spec.py`) marks the texts the screens show of it with
    `QT_TRANSLATE_NOOP` (`kds.platforms.spec`).
    """
    root = root or Path(__file__).resolve().parents[2]
    specs = sorted((root / "kds" / "platforms").glob("*/spec.py"))
    return [*sorted((root / "kds" / "ui").rglob("*.py")), root / "kds" / "app.py", *specs]


def update_catalogues(directory: Path | None = None, languages: list[Language] | None = None) -> list[Path]:
    """Run `lupdate` over `ui_sources()` into every `.ts` (new strings come in unfinished; gone ones go)."""
    lupdate = qt_tool("lupdate")
    if lupdate is None:
        raise RuntimeError("lupdate is not installed (it comes with the pyside6-essentials wheel)")
    directory = directory or translations_dir()
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    root = Path(__file__).resolve().parents[2]
    for language in languages or list(Language):
        ts = directory / f"{CATALOGUE}_{language.value}.ts"
        sources = [str(p.relative_to(root)) for p in ui_sources(root)]
        subprocess.run([str(lupdate), "-no-obsolete", "-locations", "relative", "-target-language", language.value,
                        *sources, "-ts", str(ts)], check=True, capture_output=True, cwd=root, timeout=120)
        written.append(ts)
    return written


def compile_all(directory: Path | None = None) -> list[Path]:
    """Compile every `.ts` of `directory` into a `.qm` beside it."""
    directory = directory or translations_dir()
    done = []
    for ts in sorted(directory.glob(f"{CATALOGUE}_*.ts")):
        qm = ts.with_suffix(".qm")
        if not compile_catalogue(ts, qm):
            raise RuntimeError(f"could not compile {ts}")
        done.append(qm)
    return done


def main(argv: list[str] | None = None) -> int:
    """`python -m kds.ui.i18n update|compile`: refresh the catalogues from the code, or compile them."""
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["update"]:
        paths = update_catalogues()
    elif args[:1] == ["compile"]:
        paths = compile_all()
    else:
        print("usage: python -m kds.ui.i18n update|compile", file=sys.stderr)  # noqa: T201 - a command's usage
        return 2
    for path in paths:
        print(path)  # noqa: T201 - the command's output is the list of files it wrote
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
